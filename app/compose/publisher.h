#pragma once

#include "store/database.h"
#include "store/attachmentrepository.h"
#include "store/postrepository.h"
#include "store/variantpartrepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

class QTimer;

namespace platforms {
class PlatformClient;
struct PlatformError;
struct RemotePost;
} // namespace platforms

namespace compose {

class ClientProvider;
class PublishLease;

// Sends each approved, scheduled variant to its platform at its time, exactly once.
//
// Exactly once, because: the variant is moved to "publishing" and committed before the request leaves; that
// step is conditional, so two publishers can never both claim it (and a lease keeps a second one from running
// at all). When the outcome is uncertain (a crash, a timeout after sending, a dropped connection) the variant
// stays "publishing" and is reconciled by reading the account's recent posts: found means published (its id
// is recorded), not found means it goes back to "scheduled" and is tried again. A duplicate refusal on a
// retry is treated as a signal to reconcile, not as a failure. Transient errors retry with backoff; permanent
// ones mark the variant failed with the platform's reason.
//
// A variant that answers an inbox item (replyToRemoteId) goes out as a reply: on X a post with
// in_reply_to_tweet_id, on Facebook and Weibo a comment reply. An X variant over the limit marked "as thread"
// goes out as a numbered reply chain whose parts (store::VariantPartRepository) are stored before the variant is
// claimed; each part is claimed (pending → sending, committed) before its request and recorded when it is sent,
// so after any interruption the thread resumes at the first part not sent, reconciling an uncertain one first.
// A Facebook variant scheduled "on Facebook" is handed over at once with the platform's own scheduling.
class Publisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Publisher)
public:
    Publisher(const store::Database &database, ClientProvider &clients, QString holder,
              QObject *parent = nullptr);
    ~Publisher() override;

    // Checks for due work every intervalMs while the lease is ours. False when another publisher holds the
    // lease.
    bool start(int intervalMs = 15000);
    void stop();
    // One round: renew the lease, reconcile what an interruption left "publishing", publish what is due.
    // False when the lease is held by someone else.
    bool tick();
    // Nothing in flight.
    bool isIdle() const { return m_inFlight.isEmpty(); }
    QString leaseHolder() const;

    // For tests: what "now" is, and how long transient failures wait.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setRetryDelayMs(int first, int max);
    // A due variant whose account is not connected waits this long (the keychain may be locked for a moment,
    // a token being renewed) before it is marked failed with the reason. Default 30 minutes.
    void setNotConnectedGraceSeconds(int seconds) { m_graceSeconds = seconds; }
    // How long the lease outlives this publisher if it dies without releasing it. Default 60 s.
    void setLeaseSeconds(int seconds);

signals:
    void published(qint64 variantId, const QString &remoteId);
    // The platform refused it for good (or the account cannot publish); reason is for the user.
    void failed(qint64 variantId, const QString &reason);
    // Waiting to try again after a transient problem.
    void deferred(qint64 variantId, const QString &reason);
    // Due, but its account cannot publish right now (said once per variant); reason is for the user.
    void blocked(qint64 variantId, const QString &reason);
    void idle();

private:
    void publish(const domain::Variant &variant);
    void send(const domain::Variant &variant, platforms::PlatformClient *client, const QStringList &mediaIds);
    // Uploads the variant's attachments that have no fresh upload id yet (recording each id), then runs next
    // with the ids in order. On a failure the variant is backed off or failed and next never runs.
    void withMedia(const domain::Variant &variant, platforms::PlatformClient *client,
                   std::function<void(const QStringList &)> next);
    void uploadNext(const domain::Variant &variant, platforms::PlatformClient *client,
                    QList<domain::Attachment> pending, QStringList ids, std::function<void(const QStringList &)> next);
    void sendReplyComment(const domain::Variant &variant, platforms::PlatformClient *client);
    void onPublished(const domain::Variant &variant, const QString &remoteId);
    void reconcile(const domain::Variant &variant, bool afterDuplicate);
    void reconcileReplyComment(const domain::Variant &variant, platforms::PlatformClient *client,
                               bool afterDuplicate);
    void reconcileOnPlatformSchedule(const domain::Variant &variant, platforms::PlatformClient *client,
                                     bool afterDuplicate);
    // The parts an X thread goes out as (stored before the variant is claimed); empty when it is one post.
    bool prepareThread(const domain::Variant &variant, platforms::PlatformClient *client);
    void continueThread(const domain::Variant &variant);
    void sendPart(const domain::Variant &variant, const domain::VariantPart &part, const QString &replyTo,
                  const QStringList &mediaIds);
    void reconcilePart(const domain::Variant &variant, const domain::VariantPart &part, bool afterDuplicate);
    void notFoundAfterDuplicate(const domain::Variant &variant);
    void onPublishError(const domain::Variant &variant, const platforms::PlatformError &error);
    void backOff(const domain::Variant &variant, const QString &reason);
    void fail(const domain::Variant &variant, const QString &reason);
    void done(qint64 variantId);
    QString actor() const;

    const store::Database &m_database;
    store::PostRepository m_posts;
    store::VariantPartRepository m_parts;
    store::AttachmentRepository m_attachments;
    ClientProvider &m_clients;
    std::unique_ptr<PublishLease> m_lease;
    QTimer *m_timer;
    std::function<QDateTime()> m_clock;
    QSet<qint64> m_inFlight;
    QHash<qint64, QDateTime> m_notBefore; // transient failures: not again before this time
    QHash<qint64, int> m_attempts;
    QSet<qint64> m_reportedBlocked;
    int m_graceSeconds = 30 * 60;
    int m_retryFirstMs = 30000;
    int m_retryMaxMs = 15 * 60000;
};

// Whether a post read back from the platform is the variant's text (platforms may shorten links or trim
// space).
bool sameText(const QString &ours, const QString &theirs);

} // namespace compose
