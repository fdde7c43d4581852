#pragma once

#include "domain/account.h"
#include "domain/post.h"
#include "store/result.h"
#include "text/countresult.h"
#include "text/platformcounter.h"

#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace store {
class PostRepository;
}

namespace compose {

// The composer's state for one post, below the widgets: its title, target accounts, the text of each
// per-account variant with its exact counter, and what is not yet written to the store. The post is created in
// the store as soon as there is text, and every later change is written within a second of the last one
// (autosave), so nothing typed is lost to a crash.
class PostDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostDraft)
public:
    // One variant as the composer holds it.
    struct VariantDraft
    {
        domain::Account account;
        QString language;   // "en", "ru", "zh"
        QString text;
        qint64 variantId = 0; // 0 until the post is in the store
        domain::VariantState state = domain::VariantState::Draft;
        bool dirty = false;   // changed since it was last written
        text::CountResult count;
        bool asThread = false;   // X: publish an over-long text as a numbered thread
        QString replyToRemoteId; // what it answers (set by the inbox's reply editor)
    };

    // Two or more variants for different accounts with the same text: what the platforms forbid.
    struct IdenticalGroup
    {
        QList<int> variants;           // indexes into variants()
        QList<domain::Platform> platforms; // each platform concerned, once
    };

    static constexpr int kDefaultAutosaveMs = 800;

    PostDraft(store::PostRepository &posts, const QString &actor, QObject *parent = nullptr);
    ~PostDraft() override;

    // A new post for these accounts (one variant each, in the account's language). Nothing is stored until the
    // first text arrives.
    void startNew(const QList<domain::Account> &targets, const QString &title = {});
    // The post from the store; `accounts` are the workspace's accounts (for platforms and names).
    store::Status open(qint64 postId, const QList<domain::Account> &accounts);
    // Reads the variants' workflow states again (someone submitted or verified them meanwhile); texts are kept.
    void refreshStates();
    // Forgets the post (after flushing it).
    void clear();

    qint64 postId() const { return m_postId; }
    bool isStored() const { return m_postId != 0; }
    bool isEmpty() const { return m_variants.isEmpty(); }
    QString title() const { return m_title; }
    // The office's name for the post: kept for the first write of a new post, renamed in the store (audited)
    // once it is stored.
    void setTitle(const QString &title);
    store::Status rename(const QString &title);
    // Another target account: a draft variant (stored at once when the post is).
    store::Status addTarget(const domain::Account &account);
    // Takes an account off the post; refused with the reason once its variant was published or is scheduled.
    store::Status removeTarget(qint64 accountId);
    const QList<VariantDraft> &variants() const { return m_variants; }
    int indexOfAccount(qint64 accountId) const;
    int indexOfVariant(qint64 variantId) const;
    // Whether the variant's text may still change (not on its way to, or on, the platform).
    bool isEditable(int index) const;
    // Editing this variant sends it back to review (it is approved or scheduled).
    bool editReturnsToReview(int index) const;

    // A new text for one variant: counted at once, stored at once if the post is new, else within the
    // autosave delay.
    void setText(int index, const QString &text);
    void copyText(int to, int from);
    // X: whether an over-long variant goes out as a numbered reply chain (stored at once, audited).
    store::Status setAsThread(int index, bool asThread);
    // The parts an over-long X variant goes out as when published as a thread (the text itself when it fits).
    QStringList threadParts(int index) const;

    // Pictures attached to a variant, in order (empty before the post is stored).
    QList<domain::Attachment> attachments(int index) const;
    // Attaches a file (stores the post first if it is new); refused when it cannot be read. A picture the
    // platform does not take is kept and its problem shown (mediaProblems), so the user sees why.
    store::Result<qint64> attach(int index, const QString &path);
    store::Status detach(int index, qint64 attachmentId);
    // Each attachment's problem for the variant's platform (same order) and one about the whole set; true
    // when there is none.
    bool mediaProblems(int index, QStringList *perAttachment, QString *overall) const;
    bool isDirty() const;
    // Writes every changed variant now (closing, switching posts). Returns the first error.
    store::Status flush();
    void setAutosaveDelay(int ms);
    int autosaveDelay() const;

    QList<IdenticalGroup> identicalTexts() const;
    // The warning for one group, in words for the user ("X forbids…"); empty when nothing is identical.
    static QString identicalWarning(const IdenticalGroup &group, const QList<VariantDraft> &variants);

    static text::CountRules rulesFor(domain::Platform platform);
    static int limitFor(domain::Platform platform);
    static text::CountResult count(domain::Platform platform, const QString &text);

signals:
    void countChanged(int index);
    void textReplaced(int index); // changed by the draft itself (copy from another variant)
    void created(qint64 postId);
    void saved(int index);
    // The store moved the variant (an approved variant edited goes back to review).
    void stateChanged(int index, domain::VariantState from, domain::VariantState to);
    void identicalChanged();
    void stateRefreshed(int index);
    void attachmentsChanged(int index);
    void targetsChanged();
    void failed(const QString &message);

private:
    store::Status create();
    store::Status writeVariant(int index);
    store::Status attachmentsEdited(int index);
    QString derivedTitle() const;

    store::PostRepository &m_posts;
    QString m_actor;
    QString m_title;
    qint64 m_postId = 0;
    QList<VariantDraft> m_variants;
    QTimer *m_autosave;
    QList<QList<int>> m_lastIdentical;
};

} // namespace compose
