#include "inbox/replyeditor.h"

#include "common/icons.h"
#include "compose/postdraft.h"
#include "inbox/replysender.h"
#include "inbox/replytemplate.h"
#include "inbox/savedrepliesdialog.h"
#include "inbox/savedreplymodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ReplyEditor::ReplyEditor(workspace::Workspace &workspace, SavedReplyModel &savedReplies,
                         domain::Mention mention, domain::Account account, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_savedModel(savedReplies), m_mention(std::move(mention)),
      m_account(std::move(account)), m_refusal(ReplySender::refusal(m_mention, m_account)),
      m_saved(new QComboBox), m_language(new QComboBox), m_text(new QPlainTextEdit), m_counter(new QLabel),
      m_problem(new QLabel), m_failed(new QLabel), m_send(new QPushButton)
{
    setObjectName(QStringLiteral("replyEditor"));
    setWindowTitle(tr("Reply to %1").arg(m_mention.authorHandle));
    const bool review = ReplySender(m_workspace).repliesNeedReview();

    // Who answers: the account the item came to, on its platform.
    auto *icon = new QLabel;
    icon->setPixmap(platformIcon(m_account.platform).pixmap(20, 20));
    auto *from = new QLabel(tr("From <b>%1</b> <span style='color:gray'>%2 on %3</span>")
                                .arg(m_account.displayName.toHtmlEscaped(), m_account.handle.toHtmlEscaped(),
                                     domain::platformDisplayName(m_account.platform).toHtmlEscaped()));
    from->setObjectName(QStringLiteral("replyFrom"));
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(from, 1);

    // What is answered, quoted.
    auto *quote = new QLabel(QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span></p><blockquote>%3</blockquote>")
                                 .arg(m_mention.authorName.toHtmlEscaped(), m_mention.authorHandle.toHtmlEscaped(),
                                      m_mention.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    quote->setObjectName(QStringLiteral("replyQuote"));
    quote->setWordWrap(true);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    quote->setStyleSheet(QStringLiteral("#replyQuote { background: palette(alternate-base); padding: 6px; "
                                        "border-left: 3px solid palette(mid); }"));

    // Saved replies: pick one, in English or Russian.
    m_saved->setObjectName(QStringLiteral("savedReplies"));
    m_saved->setModel(&m_savedModel);
    m_saved->setPlaceholderText(tr("Insert a saved reply…"));
    m_saved->setCurrentIndex(-1);
    m_saved->setToolTip(tr("Replaces the text with the saved reply, its placeholders filled in for this item"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->setCurrentIndex(m_mention.language == QLatin1String("ru") ? 1 : 0);
    m_language->setAccessibleName(tr("Language of the saved reply"));
    connect(m_saved, &QComboBox::activated, this, &ReplyEditor::applySavedReply);
    auto *manage = new QPushButton(tr("Manage…"));
    manage->setToolTip(tr("Add, change or delete the workspace's saved replies"));
    connect(manage, &QPushButton::clicked, this, [this] {
        SavedRepliesDialog dialog(m_savedModel, m_workspace.actor(), this);
        dialog.exec();
        m_saved->setCurrentIndex(-1);
    });
    auto *templates = new QHBoxLayout;
    templates->addWidget(m_saved, 1);
    templates->addWidget(m_language);
    templates->addWidget(manage);

    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setAccessibleName(tr("Reply text"));
    m_text->setPlaceholderText(tr("Write the reply…"));
    m_text->setMinimumHeight(120);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReplyEditor::updateCount);
    m_counter->setObjectName(QStringLiteral("replyCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_problem->setObjectName(QStringLiteral("replyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_send->setObjectName(QStringLiteral("sendReply"));
    m_send->setText(review ? tr("Send for review") : tr("Send"));
    m_send->setToolTip(review ? tr("The workspace requires review of replies: a colleague verifies it, then the "
                                   "publisher sends it.")
                              : tr("The publisher sends it within moments (Ctrl+Enter)."));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &ReplyEditor::send);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(quote);

    if (!m_refusal.isEmpty()) {
        // X's rule: say it plainly and offer the browser instead of a button that would only fail.
        auto *refused = new QLabel(m_refusal);
        refused->setObjectName(QStringLiteral("replyRefusal"));
        refused->setWordWrap(true);
        refused->setStyleSheet(QStringLiteral("#replyRefusal { background: #fdecea; color: #8a1c1c; padding: 8px; "
                                              "border-radius: 4px; }"));
        layout->addWidget(refused);
        auto *browser = buttons->addButton(tr("Open in browser"), QDialogButtonBox::AcceptRole);
        browser->setObjectName(QStringLiteral("openInBrowser"));
        browser->setDefault(true);
        disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
        connect(browser, &QPushButton::clicked, this, &ReplyEditor::openInBrowser);
        m_send->hide();
        m_saved->setEnabled(false);
        m_language->setEnabled(false);
        manage->setEnabled(false);
        m_text->setEnabled(false);
    } else {
        buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    }
    // A retry of a reply the platform refused says why it did not go out (showFailedReply()).
    m_failed->setObjectName(QStringLiteral("replyFailed"));
    m_failed->setWordWrap(true);
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failed->setStyleSheet(
        QStringLiteral("#replyFailed { background: #fff4e5; color: #7a4100; padding: 8px; "
                       "border-radius: 4px; }"));
    m_failed->hide();
    layout->addWidget(m_failed);
    layout->addLayout(templates);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 480);
    updateCount();
    m_text->setFocus();
}

void ReplyEditor::applySavedReply(int row)
{
    const store::SavedReply *r = m_savedModel.reply(row);
    if (!r)
        return;
    const bool russian = m_language->currentData().toString() == QLatin1String("ru");
    QString text = russian ? r->textRu : r->textEn;
    if (text.isEmpty())
        text = russian ? r->textEn : r->textRu; // better the other language than nothing
    m_text->setPlainText(ReplyTemplate::fill(text, m_mention, m_account));
    m_text->moveCursor(QTextCursor::End);
    m_text->setFocus();
}

void ReplyEditor::showFailedReply(const QString &text, const QString &reason)
{
    m_failed->setText(
        tr("Our earlier reply did not go out. The platform said: %1\nIts text is below: change what "
           "the platform objected to, then send it again.")
            .arg(reason));
    m_failed->setVisible(m_refusal.isEmpty());
    if (!m_refusal.isEmpty())
        return; // nothing can be sent from here: the browser is offered instead
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

void ReplyEditor::updateCount()
{
    const QString text = m_text->toPlainText();
    const auto count = compose::PostDraft::count(m_account.platform, text);
    const int limit = compose::PostDraft::limitFor(m_account.platform);
    const bool over = count.weightedLength > limit;
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(count.weightedLength), locale.toString(limit)));
    m_counter->setStyleSheet(over ? QStringLiteral("color: #c62828; font-weight: 600;") : QString());
    m_counter->setToolTip(over ? tr("%1 characters over %2's limit.")
                                     .arg(count.weightedLength - limit)
                                     .arg(domain::platformDisplayName(m_account.platform))
                               : tr("Counted as %1 counts them.").arg(domain::platformDisplayName(m_account.platform)));
    m_send->setEnabled(m_refusal.isEmpty() && !text.trimmed().isEmpty() && !over);
}

bool ReplyEditor::send()
{
    if (!m_send->isEnabled())
        return false;
    const auto result = ReplySender(m_workspace).send(m_mention, m_account, m_text->toPlainText());
    if (!result) {
        m_problem->setText(result.error().message);
        m_problem->show();
        return false;
    }
    m_sentVariant = result->variantId;
    emit sent(m_mention.id, result->variantId, result->inReview);
    accept();
    return true;
}

void ReplyEditor::openInBrowser()
{
    const QUrl url = ReplyTemplate::itemUrl(m_mention, m_account);
    if (url.isValid())
        QDesktopServices::openUrl(url);
    accept();
}

} // namespace ui
