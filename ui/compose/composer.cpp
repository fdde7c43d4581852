#include "compose/composer.h"

#include "audience/audiencehintlabel.h"
#include "common/icons.h"
#include "compose/postdraft.h"
#include "compose/spellchecker.h"
#include "compose/varianteditor.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTime>
#include <QVBoxLayout>

namespace ui {

namespace {
const QString kOpenPostKey = QStringLiteral("compose.open_post");

int languageOrder(const QString &language)
{
    if (language.startsWith(QLatin1String("en")))
        return 0;
    if (language.startsWith(QLatin1String("ru")))
        return 1;
    if (language.startsWith(QLatin1String("zh")))
        return 2;
    return 3;
}

QString columnTitle(int order)
{
    switch (order) {
    case 0:
        return Composer::tr("English");
    case 1:
        return Composer::tr("Russian");
    case 2:
        return Composer::tr("Chinese");
    default:
        return Composer::tr("Other languages");
    }
}
} // namespace

Composer::Composer(workspace::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_draft(new compose::PostDraft(workspace.posts(), workspace.actor(), this)),
      m_dictionaries(new SpellDictionaries(this)), m_heading(new QLabel), m_title(new QLineEdit),
      m_saved(new QLabel), m_targetsBox(new QWidget), m_targets(new QListWidget), m_targetsNote(new QLabel),
      m_columns(new QSplitter(Qt::Horizontal)), m_empty(new QLabel), m_identical(new QLabel)
{
    setObjectName(QStringLiteral("composer"));
    if (const auto accounts = workspace.accounts().all())
        m_accounts = *accounts;

    m_heading->setObjectName(QStringLiteral("composerHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setObjectName(QStringLiteral("postTitle"));
    m_title->setPlaceholderText(tr("Title for the office (never published) — name it before you type"));
    m_title->setAccessibleName(tr("Title"));
    connect(m_title, &QLineEdit::textEdited, m_draft, &compose::PostDraft::setTitle);
    // A stored post is renamed when the title is left (audited); an empty title is refused and restored.
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_draft->isStored() || m_title->text().trimmed() == m_draft->title())
            return;
        if (const store::Status s = m_draft->rename(m_title->text()); !s) {
            emit statusMessage(s.error().message);
            m_title->setText(m_draft->title());
            return;
        }
        emit statusMessage(tr("Renamed to “%1”.").arg(m_draft->title()));
        emit postRenamed(m_draft->postId());
    });
    m_saved->setObjectName(QStringLiteral("savedState"));
    auto *doneButton = new QPushButton(tr("Done"));
    doneButton->setObjectName(QStringLiteral("composerDone"));
    doneButton->setToolTip(tr("Close the editor; everything typed is already saved"));
    connect(doneButton, &QPushButton::clicked, this, [this] {
        flush();
        m_workspace.settings().setValue(kOpenPostKey, QString());
        emit done();
    });

    auto *head = new QHBoxLayout;
    head->addWidget(m_heading);
    head->addWidget(m_title, 1);
    head->addWidget(m_saved);
    head->addWidget(doneButton);

    // Targets: every account of the workspace, checkable, with its platform's icon.
    auto *targetsTitle = new QLabel(tr("Post to"));
    targetsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setAccessibleName(tr("Target accounts"));
    m_targets->setIconSize(QSize(18, 18));
    for (const auto &a : std::as_const(m_accounts)) {
        auto *item = new QListWidgetItem(platformIcon(a.platform), a.displayName, m_targets);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(tr("%1 on %2, in %3").arg(a.handle, domain::platformDisplayName(a.platform), a.language));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_targets, &QListWidget::itemChanged, this, &Composer::targetsChanged);
    m_targetsNote->setObjectName(QStringLiteral("hint"));
    m_targetsNote->setWordWrap(true);
    auto *targetsLayout = new QVBoxLayout(m_targetsBox);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(targetsTitle);
    targetsLayout->addWidget(m_targets, 1);
    targetsLayout->addWidget(m_targetsNote);
    m_targetsBox->setMaximumWidth(230);

    m_empty->setObjectName(QStringLiteral("hint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Choose the accounts this message goes to. Each gets its own variant, in its language, "
                        "side by side."));
    m_columns->setChildrenCollapsible(false);

    m_identical->setObjectName(QStringLiteral("identicalWarning"));
    m_identical->setWordWrap(true);
    m_identical->setTextFormat(Qt::RichText);
    m_identical->setStyleSheet(QStringLiteral("background: #fff4d6; color: #6b4a00; border: 1px solid #e8c46a; "
                                              "border-radius: 4px; padding: 6px;"));
    m_identical->hide();

    auto *editors = new QVBoxLayout;
    editors->addWidget(m_empty, 1);
    editors->addWidget(m_columns, 1);
    editors->addWidget(m_identical);
    auto *body = new QHBoxLayout;
    body->addWidget(m_targetsBox);
    body->addLayout(editors, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addLayout(body, 1);

    connect(m_draft, &compose::PostDraft::created, this, [this](qint64 postId) {
        for (int i = 0; i < m_draft->variants().size(); ++i) {
            const auto &v = m_draft->variants()[i];
            if (QTextDocument *doc = m_newDocuments.take(v.account.id))
                m_documents.insert(v.variantId, doc);
            if (i < m_editors.size() && m_editors[i]->isAdapted())
                m_workspace.settings().setValue(adaptedKey(v.variantId), QStringLiteral("1"));
        }
        m_workspace.settings().setValue(kOpenPostKey, QString::number(postId));
        emit statusMessage(tr("Saved as a draft."));
        showStoredTargets();
        m_title->setText(m_draft->title());
        m_heading->setText(tr("Draft"));
        updateSaved();
        emit postCreated(postId);
    });
    connect(m_draft, &compose::PostDraft::saved, this, &Composer::updateSaved);
    connect(m_draft, &compose::PostDraft::countChanged, this, &Composer::updateSaved);
    connect(m_draft, &compose::PostDraft::identicalChanged, this, &Composer::updateIdentical);
    connect(m_draft, &compose::PostDraft::failed, this, [this](const QString &message) {
        m_saved->setText(tr("Not saved: %1").arg(message));
        m_saved->setStyleSheet(QStringLiteral("color: #c62828;"));
        emit statusMessage(tr("The draft could not be saved: %1").arg(message));
    });
    connect(m_draft, &compose::PostDraft::stateChanged, this,
            [this](int index, domain::VariantState from, domain::VariantState to) {
                const auto &v = m_draft->variants().at(index);
                emit statusMessage(tr("%1: edited while %2, so it is %3 again and must be verified before it "
                                      "goes out.")
                                       .arg(v.account.displayName, domain::stateDisplayName(from).toLower(),
                                            domain::stateDisplayName(to).toLower()));
                emit variantMoved(v.variantId);
            });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Composer::flush);
    startNew();
}

Composer::~Composer()
{
    // Whatever autosave had not written yet goes now, before the editors and the draft go.
    m_draft->flush();
    m_draft->disconnect();
}

QString Composer::adaptedKey(qint64 variantId) const
{
    return QStringLiteral("compose.adapted.%1").arg(variantId);
}

qint64 Composer::postId() const
{
    return m_draft->postId();
}

void Composer::refreshStates()
{
    m_draft->refreshStates();
}

void Composer::flush()
{
    if (const store::Status s = m_draft->flush(); !s)
        emit statusMessage(tr("The draft could not be saved: %1").arg(s.error().message));
}

void Composer::hideEvent(QHideEvent *event)
{
    flush(); // the window closes or the pane changes: write at once
    QWidget::hideEvent(event);
}

void Composer::startNew()
{
    flush();
    m_draft->startNew({});
    qDeleteAll(m_newDocuments);
    m_newDocuments.clear();
    const QSignalBlocker block(m_targets);
    for (int i = 0; i < m_targets->count(); ++i)
        m_targets->item(i)->setCheckState(Qt::Unchecked);
    m_targets->setEnabled(true);
    m_targetsBox->show();
    m_targetsNote->setText(tr("The draft is saved as soon as you type."));
    m_heading->setText(tr("New post"));
    m_title->setReadOnly(false);
    m_title->clear();
    m_title->setFocus();
    rebuildEditors();
}

bool Composer::openPost(qint64 postId)
{
    if (postId == m_draft->postId())
        return true;
    flush();
    if (const store::Status s = m_draft->open(postId, m_accounts); !s) {
        emit statusMessage(s.error().message);
        startNew();
        return false;
    }
    showStoredTargets();
    m_heading->setText(tr("Editing"));
    m_title->setText(m_draft->title());
    m_workspace.settings().setValue(kOpenPostKey, QString::number(postId));
    rebuildEditors();
    return true;
}

void Composer::showStoredTargets()
{
    // The accounts of a stored post can still change: adding one adds a draft variant; one whose variant was
    // published or is scheduled cannot be taken off (the draft says why).
    const QSignalBlocker block(m_targets);
    for (int i = 0; i < m_targets->count(); ++i) {
        const qint64 id = m_targets->item(i)->data(Qt::UserRole).toLongLong();
        m_targets->item(i)->setCheckState(m_draft->indexOfAccount(id) >= 0 ? Qt::Checked : Qt::Unchecked);
    }
    m_targetsBox->show();
    m_targetsNote->setStyleSheet(QString());
    m_targetsNote->setText(tr("Ticking an account adds a draft variant for it; one already published or "
                              "scheduled stays."));
}

void Composer::changeStoredTargets()
{
    for (int i = 0; i < m_targets->count(); ++i) {
        QListWidgetItem *item = m_targets->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool wanted = item->checkState() == Qt::Checked;
        const bool present = m_draft->indexOfAccount(id) >= 0;
        if (wanted == present)
            continue;
        const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                          [id](const domain::Account &a) { return a.id == id; });
        const store::Status s = wanted ? m_draft->addTarget(*account) : m_draft->removeTarget(id);
        if (!s) {
            const QSignalBlocker block(m_targets);
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
            m_targetsNote->setText(s.error().message);
            m_targetsNote->setStyleSheet(QStringLiteral("color: #c62828;"));
            emit statusMessage(s.error().message);
            return;
        }
        m_targetsNote->setStyleSheet(QString());
        m_targetsNote->setText(wanted ? tr("%1 added: write its variant.").arg(account->displayName)
                                      : tr("%1 taken off the post.").arg(account->displayName));
    }
    rebuildEditors();
    emit targetsEdited(m_draft->postId());
}

void Composer::targetsChanged()
{
    if (m_draft->isStored()) {
        changeStoredTargets();
        return;
    }
    QList<domain::Account> targets;
    for (int i = 0; i < m_targets->count(); ++i) {
        if (m_targets->item(i)->checkState() == Qt::Checked)
            targets << m_accounts[i];
    }
    m_draft->startNew(targets, m_title->text());
    rebuildEditors();
}

QTextDocument *Composer::documentFor(int index)
{
    const auto &v = m_draft->variants().at(index);
    QTextDocument *&doc = v.variantId ? m_documents[v.variantId] : m_newDocuments[v.account.id];
    if (doc) {
        if (doc->toPlainText() != v.text) {
            // Changed elsewhere since: take the stored text, as an undoable edit.
            QTextCursor cursor(doc);
            cursor.select(QTextCursor::Document);
            cursor.insertText(v.text);
        }
        return doc;
    }
    doc = new QTextDocument(this);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setPlainText(v.text);
    doc->clearUndoRedoStacks();
    return doc;
}

void Composer::rebuildEditors()
{
    m_editors.clear();
    while (m_columns->count() > 0)
        delete m_columns->widget(0);
    const auto &variants = m_draft->variants();
    m_empty->setVisible(variants.isEmpty());
    m_columns->setVisible(!variants.isEmpty());
    QMap<int, QList<int>> byLanguage;
    for (int i = 0; i < variants.size(); ++i)
        byLanguage[languageOrder(variants[i].language)] << i;
    QHash<int, VariantEditor *> editorAt;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        auto *column = new QWidget;
        column->setObjectName(QStringLiteral("languageColumn"));
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(4, 0, 4, 0);
        auto *title = new QLabel(columnTitle(it.key()));
        title->setStyleSheet(QStringLiteral("font-weight: 600; color: palette(dark); padding: 2px;"));
        columnLayout->addWidget(title);
        auto *inner = new QWidget;
        auto *innerLayout = new QVBoxLayout(inner);
        innerLayout->setContentsMargins(0, 0, 0, 0);
        for (int i : it.value()) {
            auto *editor = new VariantEditor(*m_draft, i, documentFor(i), *m_dictionaries);
            editor->setAttribute(Qt::WA_StyledBackground);
            editor->setStyleSheet(QStringLiteral("#variantEditor { background: palette(window); border: 1px solid "
                                                 "palette(mid); border-radius: 6px; }"));
            const qint64 variantId = variants[i].variantId;
            if (variantId)
                editor->setAdapted(m_workspace.settings().value(adaptedKey(variantId)) == QLatin1String("1"));
            connect(editor, &VariantEditor::adaptedChanged, this, [this, i](bool adapted) {
                const qint64 id = m_draft->variants().at(i).variantId;
                if (id)
                    m_workspace.settings().setValue(adaptedKey(id), adapted ? QStringLiteral("1") : QString());
            });
            connect(editor, &VariantEditor::message, this, &Composer::statusMessage);
            // Who the account's audience is, to tailor the variant to it (ui/audience).
            if (QLabel *hint = newAudienceHintLabel(m_workspace, variants[i].account))
                innerLayout->addWidget(hint);
            innerLayout->addWidget(editor, 1);
            editorAt.insert(i, editor);
        }
        auto *scroll = new QScrollArea;
        scroll->setWidget(inner);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        columnLayout->addWidget(scroll, 1);
        m_columns->addWidget(column);
    }
    m_columns->setSizes(QList<int>(m_columns->count(), 1000)); // equal columns, side by side
    for (int i = 0; i < variants.size(); ++i)
        m_editors << editorAt.value(i);
    updateIdentical();
    updateSaved();
}

void Composer::updateIdentical()
{
    const auto groups = m_draft->identicalTexts();
    QStringList lines;
    for (const auto &g : groups)
        lines << QStringLiteral("⚠ ") + compose::PostDraft::identicalWarning(g, m_draft->variants()).toHtmlEscaped();
    m_identical->setText(lines.join(QStringLiteral("<br>")));
    m_identical->setVisible(!lines.isEmpty());
}

void Composer::updateSaved()
{
    m_saved->setStyleSheet(QStringLiteral("color: palette(dark);"));
    if (m_draft->isEmpty())
        m_saved->clear();
    else if (!m_draft->isStored())
        m_saved->setText(tr("Saved as you type"));
    else if (m_draft->isDirty())
        m_saved->setText(tr("Saving…"));
    else
        m_saved->setText(tr("All changes saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

} // namespace ui
