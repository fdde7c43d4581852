#include "compose/varianteditor.h"

#include "common/icons.h"
#include "compose/attachmentstrip.h"
#include "compose/entityhighlighter.h"
#include "compose/postdraft.h"
#include "compose/spellchecker.h"
#include "compose/variantpreview.h"
#include "text/threadsplitter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {
QString languageName(const QString &language)
{
    if (language.startsWith(QLatin1String("ru")))
        return VariantEditor::tr("Russian");
    if (language.startsWith(QLatin1String("zh")))
        return VariantEditor::tr("Chinese");
    if (language.startsWith(QLatin1String("en")))
        return VariantEditor::tr("English");
    return language;
}

// The editor's own highlighter, created once per document and kept with it.
EntityHighlighter *highlighterOf(QTextDocument *document)
{
    if (auto *h = document->findChild<EntityHighlighter *>())
        return h;
    return new EntityHighlighter(document);
}
} // namespace

VariantEditor::VariantEditor(compose::PostDraft &draft, int index, QTextDocument *document,
                             SpellDictionaries &dictionaries, QWidget *parent)
    : QWidget(parent), m_draft(draft), m_index(index), m_document(document), m_dictionaries(dictionaries),
      m_highlighter(highlighterOf(document)), m_state(new QLabel), m_copy(new QToolButton),
      m_adapted(new QCheckBox(tr("Adapted"))), m_dictionary(new QComboBox), m_spellStatus(new QLabel),
      m_preview(new QToolButton), m_stack(new QStackedWidget), m_edit(new QPlainTextEdit), m_card(new VariantPreview),
      m_counter(new QLabel), m_split(new QPushButton(tr("Show the parts…"))),
      m_asThread(new QCheckBox(tr("Publish as thread"))), m_parts(new QLabel),
      m_attachments(new AttachmentStrip(draft, index))
{
    setObjectName(QStringLiteral("variantEditor"));
    const auto &v = m_draft.variants().at(m_index);
    setProperty("accountId", v.account.id);

    auto *icon = new QLabel;
    icon->setPixmap(platformIcon(v.account.platform).pixmap(20, 20));
    auto *name = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>%2 · %3</span>")
                                .arg(v.account.displayName.toHtmlEscaped(), v.account.handle.toHtmlEscaped(),
                                     languageName(v.language).toHtmlEscaped()));
    name->setObjectName(QStringLiteral("variantTitle"));
    name->setTextFormat(Qt::RichText);
    m_state->setObjectName(QStringLiteral("variantState"));
    m_state->setTextFormat(Qt::RichText);

    m_copy->setText(tr("Copy from…"));
    m_copy->setPopupMode(QToolButton::InstantPopup);
    m_copy->setMenu(new QMenu(m_copy));
    m_copy->setToolTip(tr("Start from another variant's text, then adapt it to this account"));
    connect(m_copy->menu(), &QMenu::aboutToShow, this, &VariantEditor::fillCopyMenu);
    m_adapted->setToolTip(tr("Mark this variant as adapted to its account and audience (platforms forbid "
                             "identical posts on several accounts)"));
    connect(m_adapted, &QCheckBox::toggled, this, &VariantEditor::adaptedChanged);

    // Per-variant spelling language: English in British or American spelling, Russian; none for Chinese.
    m_dictionary->setAccessibleName(tr("Spelling"));
    m_dictionary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dictionary->setMinimumContentsLength(9);
    const QString preferred = SpellChecker::defaultDictionary(v.language);
    if (v.language.startsWith(QLatin1String("en"))) {
        m_dictionary->addItem(tr("English (UK)"), QStringLiteral("en_GB"));
        m_dictionary->addItem(tr("English (US)"), QStringLiteral("en_US"));
    } else if (!preferred.isEmpty()) {
        m_dictionary->addItem(languageName(v.language), preferred);
    }
    m_dictionary->addItem(tr("No spell checking"), QString());
    if (m_dictionary->count() == 1) {
        // Chinese: Hunspell has no dictionary for it, so there is nothing to choose.
        m_dictionary->hide();
        m_spellStatus->setText(tr("No spell checking"));
        m_spellStatus->setStyleSheet(QStringLiteral("color: gray;"));
    }
    connect(m_dictionary, &QComboBox::currentIndexChanged, this, &VariantEditor::chooseDictionary);
    m_spellStatus->setObjectName(QStringLiteral("spellStatus"));

    m_preview->setText(tr("Preview"));
    m_preview->setCheckable(true);
    m_preview->setToolTip(tr("How the platform will show this variant"));
    connect(m_preview, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_card->setVariant(m_draft.variants().at(m_index).account, m_draft.variants().at(m_index).text,
                               m_draft.variants().at(m_index).count,
                               compose::PostDraft::limitFor(m_draft.variants().at(m_index).account.platform));
        m_stack->setCurrentIndex(on ? 1 : 0);
    });

    m_edit->setDocument(m_document);
    m_edit->setObjectName(QStringLiteral("variantText"));
    m_edit->setAccessibleName(tr("Text for %1").arg(v.account.displayName));
    m_edit->setPlaceholderText(tr("Write the %1 variant for %2…").arg(languageName(v.language), v.account.displayName));
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    m_edit->setMinimumHeight(110);
    connect(m_edit, &QPlainTextEdit::customContextMenuRequested, this, &VariantEditor::showContextMenu);
    connect(m_document, &QTextDocument::contentsChanged, this, &VariantEditor::takeText);
    m_stack->addWidget(m_edit);
    m_stack->addWidget(m_card);
    // Image files dropped on the text are attached, not pasted as their paths.
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    connect(m_attachments, &AttachmentStrip::message, this, &VariantEditor::message);

    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_split->setObjectName(QStringLiteral("splitThread"));
    m_split->setToolTip(tr("Show how this text splits into a numbered thread of valid posts"));
    connect(m_split, &QPushButton::clicked, this, &VariantEditor::showThread);
    m_asThread->setObjectName(QStringLiteral("asThread"));
    m_asThread->setToolTip(tr("Too long for one post: send it as a chain of numbered posts, each replying to "
                              "the one before"));
    m_asThread->setChecked(v.asThread);
    connect(m_asThread, &QCheckBox::toggled, this, [this](bool on) {
        if (const store::Status s = m_draft.setAsThread(m_index, on); !s) {
            const QSignalBlocker block(m_asThread);
            m_asThread->setChecked(!on);
            m_asThread->setToolTip(s.error().message);
        }
        updateCount();
    });
    m_parts->setObjectName(QStringLiteral("threadSummary"));
    m_parts->setTextFormat(Qt::RichText);
    m_parts->setWordWrap(true);
    m_parts->setStyleSheet(QStringLiteral("color: #555555;"));

    auto *head = new QHBoxLayout;
    head->setSpacing(6);
    head->addWidget(icon);
    head->addWidget(name, 1);
    if (!v.replyToRemoteId.isEmpty()) {
        // Written in the inbox as an answer: it goes out as a reply to that item, not as a post of its own.
        auto *reply = new QLabel(tr("↩ Reply"));
        reply->setObjectName(QStringLiteral("replyMark"));
        reply->setToolTip(tr("Goes out as a reply to item %1 of the inbox").arg(v.replyToRemoteId));
        head->addWidget(reply);
    }
    head->addWidget(m_state);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(m_copy);
    tools->addWidget(m_adapted);
    tools->addStretch();
    tools->addWidget(m_spellStatus);
    tools->addWidget(m_dictionary);
    tools->addWidget(m_preview);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_asThread);
    foot->addWidget(m_split);
    foot->addStretch();
    foot->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_parts);
    layout->addLayout(foot);

    connect(&m_draft, &compose::PostDraft::countChanged, this, [this](int i) {
        if (i == m_index)
            updateCount();
    });
    connect(&m_draft, &compose::PostDraft::textReplaced, this, [this](int i) {
        if (i != m_index)
            return;
        // Through a cursor, not setPlainText: the copy can be undone like typing.
        m_updating = true;
        QTextCursor cursor(m_document);
        cursor.select(QTextCursor::Document);
        cursor.insertText(m_draft.variants().at(m_index).text);
        m_updating = false;
        setAdapted(false);
    });
    connect(&m_draft, &compose::PostDraft::stateChanged, this, [this](int i) {
        if (i == m_index)
            updateState();
    });
    connect(&m_draft, &compose::PostDraft::created, this, &VariantEditor::updateState);
    connect(&m_draft, &compose::PostDraft::stateRefreshed, this, [this](int i) {
        if (i == m_index)
            updateState();
    });

    m_dictionary->setCurrentIndex(std::max(0, m_dictionary->findData(preferred)));
    chooseDictionary();
    updateCount();
    updateState();
}

qint64 VariantEditor::accountId() const
{
    return m_draft.variants().at(m_index).account.id;
}

bool VariantEditor::isAdapted() const
{
    return m_adapted->isChecked();
}

void VariantEditor::setAdapted(bool adapted)
{
    m_adapted->setChecked(adapted);
}

void VariantEditor::refresh()
{
    updateState();
    updateCount();
}

bool VariantEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_edit->viewport() || watched == m_edit) &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (AttachmentStrip::filesIn(drop->mimeData()).isEmpty())
            return false; // text is dropped as text
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            m_attachments->attachFiles(AttachmentStrip::filesIn(drop->mimeData()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VariantEditor::takeText()
{
    if (m_updating)
        return;
    m_draft.setText(m_index, m_document->toPlainText());
}

void VariantEditor::updateCount()
{
    const auto &v = m_draft.variants().at(m_index);
    const int limit = compose::PostDraft::limitFor(v.account.platform);
    const bool over = v.count.weightedLength > limit;
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(v.count.weightedLength), locale.toString(limit)));
    m_counter->setStyleSheet(over ? QStringLiteral("color: #c62828; font-weight: 600;")
                                  : QStringLiteral("color: palette(text);"));
    m_counter->setToolTip(over ? tr("%1 characters over %2's limit: the part on red will not fit.")
                                     .arg(v.count.weightedLength - limit)
                                     .arg(domain::platformDisplayName(v.account.platform))
                               : tr("Counted as %1 counts: links as 23, emoji as 2, CJK as 2.")
                                     .arg(domain::platformDisplayName(v.account.platform)));
    const bool canThread = over && v.account.platform == domain::Platform::X;
    const bool thread = canThread && v.asThread;
    m_split->setVisible(canThread);
    m_asThread->setVisible(canThread);
    m_asThread->setEnabled(m_draft.isEditable(m_index));
    m_parts->setVisible(thread);
    if (thread) {
        // Goes out as a thread: nothing overflows, each part is within the limit. Show the parts as they stand.
        const QStringList parts = m_draft.threadParts(m_index);
        QStringList lines;
        for (int i = 0; i < parts.size(); ++i) {
            const QString suffix = text::ThreadSplitter::suffix(i + 1, int(parts.size()));
            QString body = parts[i];
            if (body.endsWith(suffix))
                body.chop(suffix.size());
            const QString shown = body.size() > 70 ? body.left(70).trimmed() + QStringLiteral("…") : body;
            lines << QStringLiteral("<b>%1/%2</b> %3").arg(i + 1).arg(parts.size()).arg(shown.toHtmlEscaped());
        }
        m_parts->setText(lines.join(QStringLiteral("<br>")));
        m_counter->setText(tr("%n posts in a thread", nullptr, int(parts.size())));
        m_counter->setStyleSheet(QStringLiteral("color: palette(text);"));
        m_counter->setToolTip(tr("Each part is within %1's limit; they go out as a chain of replies.")
                                  .arg(domain::platformDisplayName(v.account.platform)));
    }
    m_highlighter->setOverflowFrom(over && !thread ? v.count.validRangeEnd + 1 : -1);
    if (m_preview->isChecked())
        m_card->setVariant(v.account, v.text, v.count, limit);
}

void VariantEditor::updateState()
{
    const auto &v = m_draft.variants().at(m_index);
    const bool editable = m_draft.isEditable(m_index);
    m_edit->setReadOnly(!editable);
    m_copy->setEnabled(editable && m_draft.variants().size() > 1);
    QString chip;
    if (!editable) {
        chip = tr("%1 — can no longer be edited").arg(domain::stateDisplayName(v.state));
    } else if (m_draft.editReturnsToReview(m_index)) {
        chip = tr("%1 — editing sends it back to review").arg(domain::stateDisplayName(v.state));
        chip = QStringLiteral("<span style='color:#b26a00'>%1</span>").arg(chip.toHtmlEscaped());
    } else if (v.variantId) {
        chip = domain::stateDisplayName(v.state);
    } else {
        chip = tr("Not saved yet");
    }
    m_state->setText(chip);
}

void VariantEditor::chooseDictionary()
{
    const QString name = m_dictionary->currentData().toString();
    if (m_dictionary->isHidden())
        return;
    SpellChecker *checker = name.isEmpty() ? nullptr : m_dictionaries.checker(name);
    if (checker && !checker->isValid()) {
        m_spellStatus->setText(tr("⚠ no dictionary"));
        m_spellStatus->setToolTip(checker->problem());
        m_dictionary->setToolTip(checker->problem());
        m_highlighter->setSpellChecker(nullptr);
        return;
    }
    m_spellStatus->clear();
    m_spellStatus->setToolTip({});
    m_dictionary->setToolTip(name.isEmpty() ? tr("Spelling is not checked for this variant")
                                            : tr("Spelling checked with Hunspell's %1 dictionary").arg(name));
    m_highlighter->setSpellChecker(checker);
}

void VariantEditor::showContextMenu(const QPoint &pos)
{
    contextMenuAt(pos)->exec(m_edit->viewport()->mapToGlobal(pos));
}

std::unique_ptr<QMenu> VariantEditor::contextMenuAt(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu(pos));
    QTextCursor at = m_edit->cursorForPosition(pos);
    int start = 0, length = 0;
    if (!m_edit->isReadOnly() && m_highlighter->misspeltAt(at.position(), &start, &length)) {
        SpellChecker *checker = m_highlighter->spellChecker();
        QTextCursor word(m_document);
        word.setPosition(start);
        word.setPosition(start + length, QTextCursor::KeepAnchor);
        const QString misspelt = word.selectedText();
        QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
        const QStringList suggestions = checker->suggestions(misspelt).mid(0, 6);
        QList<QAction *> added;
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            added << none;
        }
        for (const QString &s : suggestions) {
            auto *a = new QAction(s, menu.get());
            QFont f = a->font();
            f.setBold(true);
            a->setFont(f);
            connect(a, &QAction::triggered, this, [word, s]() mutable { word.insertText(s); });
            added << a;
        }
        auto *ignore = new QAction(tr("Ignore “%1”").arg(misspelt), menu.get());
        connect(ignore, &QAction::triggered, this, [this, checker, misspelt] {
            checker->ignore(misspelt);
            m_highlighter->rehighlight();
        });
        added << ignore;
        menu->insertActions(first, added);
        menu->insertSeparator(first);
    }
    return menu;
}

void VariantEditor::fillCopyMenu()
{
    QMenu *menu = m_copy->menu();
    menu->clear();
    const auto &variants = m_draft.variants();
    for (int i = 0; i < variants.size(); ++i) {
        if (i == m_index)
            continue;
        const auto &v = variants[i];
        QAction *a = menu->addAction(platformIcon(v.account.platform),
                                     tr("%1 (%2)").arg(v.account.displayName, languageName(v.language)));
        a->setEnabled(!v.text.isEmpty());
        connect(a, &QAction::triggered, this, [this, i] { m_draft.copyText(m_index, i); });
    }
}

void VariantEditor::showThread()
{
    const auto &v = m_draft.variants().at(m_index);
    const QStringList parts = text::ThreadSplitter::split(v.text);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Thread for %1").arg(v.account.displayName));
    auto *intro = new QLabel(tr("Too long for one post on X: as a thread it goes out as these %n numbered "
                                "posts, each within the limit and each replying to the one before. Tick "
                                "“Publish as thread” to send it so, or shorten the text.",
                                nullptr, int(parts.size())));
    intro->setWordWrap(true);
    auto *list = new QTextBrowser;
    list->setObjectName(QStringLiteral("threadParts"));
    QString html;
    const QLocale locale;
    for (int i = 0; i < parts.size(); ++i) {
        const auto count = compose::PostDraft::count(domain::Platform::X, parts[i]);
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>(%2 / %3)</span><br>%4</p>")
                    .arg(tr("Post %1").arg(i + 1), locale.toString(count.weightedLength),
                         locale.toString(compose::PostDraft::limitFor(domain::Platform::X)),
                         VariantPreview::textHtml(domain::Platform::X, parts[i]));
    }
    list->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *copy = buttons->addButton(tr("Copy the parts"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the numbered posts, separated by blank lines, to paste them elsewhere"));
    connect(copy, &QPushButton::clicked, &dialog, [parts] {
        QGuiApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 460);
    dialog.exec();
}

} // namespace ui
