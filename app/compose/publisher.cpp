#include "compose/publisher.h"

#include "compose/clientprovider.h"
#include "compose/mediarules.h"
#include "compose/platformschedule.h"
#include "compose/publishlease.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/platformclient.h"
#include "text/threadsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPublisher, "attache.compose.publisher")

namespace compose {

using domain::VariantState;
using Kind = platforms::PlatformError::Kind;
using Attempt = domain::VariantPart::Attempt;
using domain::Platform;

namespace {

// Links are rewritten by platforms (t.co), and white space may be trimmed: compare what remains.
QString comparable(const QString &text)
{
    static const QRegularExpression links(QStringLiteral(R"((https?://|www\.)\S+)"));
    QString s = text;
    s.replace(links, QStringLiteral("<link>"));
    return s.simplified();
}

// How many of the account's latest posts an interrupted attempt is looked for among: enough for every post
// the publisher itself may have sent since (it sends at most 50 due variants a round).
constexpr int kReconcileWindow = 300;

// How long an upload id is used again by a retry (X keeps uploads 24 hours; Facebook's unpublished photos
// last).
constexpr qint64 kUploadReuseSecs = 12 * 3600;

// How long before its scheduled time a post read back may have been made and still be ours.
constexpr qint64 kClockSkewMs = 10 * 60 * 1000;
// Facebook schedules from 10 minutes ahead (half a minute more for the request's way there).
const qint64 kPlatformScheduleMinLeadSecs = platformScheduleWindow(domain::Platform::Facebook)->minLeadSecs;
} // namespace

bool sameText(const QString &ours, const QString &theirs)
{
    return comparable(ours) == comparable(theirs);
}

Publisher::Publisher(const store::Database &database, ClientProvider &clients, QString holder,
                     QObject *parent)
    : QObject(parent), m_database(database), m_posts(database), m_parts(database), m_attachments(database),
      m_clients(clients), m_lease(std::make_unique<PublishLease>(database, std::move(holder))),
      m_timer(new QTimer(this)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_timer, &QTimer::timeout, this, &Publisher::tick);
}

Publisher::~Publisher()
{
    m_lease->release();
}

bool Publisher::start(int intervalMs)
{
    if (!tick())
        return false;
    m_timer->start(intervalMs);
    return true;
}

void Publisher::stop()
{
    m_timer->stop();
    m_lease->release();
}

QString Publisher::leaseHolder() const
{
    return m_lease->otherHolder().isEmpty() ? m_lease->holder() : m_lease->otherHolder();
}

void Publisher::setLeaseSeconds(int seconds)
{
    m_lease->setTtlSeconds(seconds);
}

void Publisher::setRetryDelayMs(int first, int max)
{
    m_retryFirstMs = first;
    m_retryMaxMs = max;
}

QString Publisher::actor() const
{
    return QStringLiteral("publisher:") + m_lease->holder();
}

bool Publisher::tick()
{
    const QDateTime now = m_clock();
    if (!m_lease->acquire(now)) {
        qCInfo(lcPublisher) << "another publisher holds the lease:" << m_lease->otherHolder();
        return false;
    }
    // First what an interruption left half-done: it may or may not be on the platform already.
    const auto stuck = m_posts.variantsInState(VariantState::Publishing);
    if (!stuck)
        qCWarning(lcPublisher) << "cannot read interrupted attempts:" << stuck.error().detail;
    if (stuck) {
        for (const auto &v : *stuck) {
            if (!m_inFlight.contains(v.id) && m_notBefore.value(v.id) <= now) {
                m_inFlight.insert(v.id);
                reconcile(v, false);
            }
        }
    }
    const auto due = m_posts.dueVariants(now, 50);
    if (!due)
        qCWarning(lcPublisher) << "cannot read the queue:" << due.error().message << due.error().detail;
    if (due) {
        for (const auto &v : *due) {
            if (m_inFlight.contains(v.id) || m_notBefore.value(v.id) > now)
                continue;
            // Too close to its time for the platform's own scheduling (the publisher was away): it goes out
            // the ordinary way when its time comes.
            if (v.scheduledAt > now && now.secsTo(v.scheduledAt) < kPlatformScheduleMinLeadSecs)
                continue;
            QString whyNot;
            if (!m_clients.client(v.accountId, &whyNot)) {
                // Not claimed while the account cannot publish; said at once, failed only after a grace
                // period, so a locked keychain at night delays a post instead of losing it, and nothing waits
                // unseen.
                if (v.scheduledAt.secsTo(now) < m_graceSeconds) {
                    if (!m_reportedBlocked.contains(v.id)) {
                        m_reportedBlocked.insert(v.id);
                        emit blocked(v.id, whyNot);
                    }
                    continue;
                }
            }
            // A thread's parts are stored before the claim, so a claimed thread always knows its parts.
            if (QString ignored; !prepareThread(v, m_clients.client(v.accountId, &ignored)))
                continue;
            // Committed before anything is sent; refused if another publisher claimed it first.
            if (!m_posts.transition(v.id, VariantState::Publishing, actor()))
                continue;
            auto claimed = v;
            claimed.state = VariantState::Publishing;
            publish(claimed);
        }
    }
    if (m_inFlight.isEmpty())
        emit idle();
    return true;
}

bool Publisher::prepareThread(const domain::Variant &variant, platforms::PlatformClient *client)
{
    if (!variant.asThread || !client || client->platform() != Platform::X)
        return true;
    const QStringList texts = text::ThreadSplitter::split(variant.text);
    if (texts.size() < 2)
        return true; // fits in one post: no thread
    if (const auto stored = m_parts.ensureParts(variant.id, texts); !stored) {
        qCWarning(lcPublisher) << "cannot store the parts of" << variant.id << stored.error().detail;
        return false;
    }
    return true;
}

void Publisher::publish(const domain::Variant &variant)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
    if (!client) {
        fail(variant, whyNot);
        return;
    }
    m_inFlight.insert(variant.id);
    // Attachments are checked again before anything is sent: a file may have gone, or the rules changed.
    const bool commentReply = !variant.replyToRemoteId.isEmpty() && client->platform() != Platform::X;
    if (const auto attached = m_attachments.attachments(variant.id); attached && !attached->isEmpty()) {
        QStringList problems;
        QString overall;
        if (!MediaRules::check(client->platform(), *attached, commentReply, &problems, &overall)) {
            problems.removeAll(QString());
            fail(variant, overall.isEmpty() ? problems.join(QLatin1Char(' ')) : overall);
            return;
        }
    }
    if (const auto parts = m_parts.parts(variant.id); parts && !parts->isEmpty()) {
        continueThread(variant);
        return;
    }
    if (commentReply) {
        sendReplyComment(variant, client);
        return;
    }
    withMedia(variant, client,
              [this, variant, client](const QStringList &ids) { send(variant, client, ids); });
}

void Publisher::withMedia(const domain::Variant &variant, platforms::PlatformClient *client,
                          std::function<void(const QStringList &)> next)
{
    const auto attached = m_attachments.attachments(variant.id);
    if (!attached) {
        backOff(variant, attached.error().message);
        return;
    }
    uploadNext(variant, client, *attached, {}, std::move(next));
}

void Publisher::uploadNext(const domain::Variant &variant, platforms::PlatformClient *client,
                           QList<domain::Attachment> pending, QStringList ids,
                           std::function<void(const QStringList &)> next)
{
    while (!pending.isEmpty()) {
        const domain::Attachment a = pending.first();
        // Weibo's pictures travel with the post itself: their ids live only in the client, never reused.
        const bool fresh = !a.uploadId.isEmpty() && client->platform() != Platform::Weibo &&
                           a.uploadedAt.isValid() && a.uploadedAt.secsTo(m_clock()) < kUploadReuseSecs;
        if (!fresh)
            break;
        ids << a.uploadId;
        pending.removeFirst();
    }
    if (pending.isEmpty()) {
        next(ids);
        return;
    }
    const domain::Attachment a = pending.takeFirst();
    QFile file(a.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(variant, QCoreApplication::translate("compose", "The attached file %1 cannot be read: %2")
                          .arg(a.filePath, file.errorString()));
        return;
    }
    platforms::MediaUpload upload;
    upload.data = file.readAll();
    upload.mimeType = a.mimeType;
    upload.fileName = QFileInfo(a.filePath).fileName();
    // What goes out is what was attached (and verified): a file changed since is not sent.
    if (!a.sha256.isEmpty() && MediaRules::sha256Of(upload.data) != a.sha256) {
        fail(variant, QCoreApplication::translate(
                          "compose", "The attached file %1 changed after it was attached; attach it again.")
                          .arg(upload.fileName));
        return;
    }
    client->uploadMedia(
        upload, this,
        [this, variant, client, a, pending, ids, next](const platforms::Result<QString> &r) mutable {
            if (!r.ok()) {
                const platforms::PlatformError &e = r.error();
                if (e.kind == Kind::Transient || e.kind == Kind::RateLimited || e.uncertain)
                    backOff(variant, e.userMessage());
                else
                    fail(variant, e.userMessage());
                return;
            }
            if (const auto s = m_attachments.recordUpload(a.id, r.value(), m_clock()); !s)
                qCWarning(lcPublisher) << "upload of" << a.id << "not recorded" << s.error().detail;
            ids << r.value();
            uploadNext(variant, client, std::move(pending), std::move(ids), std::move(next));
        });
}

void Publisher::send(const domain::Variant &variant, platforms::PlatformClient *client,
                     const QStringList &mediaIds)
{
    platforms::PublishRequest request;
    request.text = variant.text;
    request.mediaIds = mediaIds;
    if (client->platform() == Platform::X)
        request.replyToId = variant.replyToRemoteId;
    if (variant.scheduleOnPlatform && client->platform() == Platform::Facebook &&
        m_clock().secsTo(variant.scheduledAt) >= kPlatformScheduleMinLeadSecs)
        request.scheduleAt = variant.scheduledAt;
    client->publish(request, this, [this, variant](const platforms::Result<platforms::PublishResult> &r) {
        if (!r.ok()) {
            onPublishError(variant, r.error());
            return;
        }
        onPublished(variant, r.value().remoteId);
    });
}

void Publisher::sendReplyComment(const domain::Variant &variant, platforms::PlatformClient *client)
{
    // Weibo answers a comment on a post and wants both ids; the post is the inbox item's conversation.
    QString postId;
    if (client->platform() == Platform::Weibo) {
        const auto conversation = m_posts.conversationOf(variant.accountId, variant.replyToRemoteId);
        postId = conversation ? *conversation : QString();
        if (postId.isEmpty()) {
            fail(variant,
                 QCoreApplication::translate(
                     "compose", "The comment this answers is no longer in the inbox, so the post it is on "
                                "is not known and Weibo cannot take the reply."));
            return;
        }
    }
    client->replyToComment(variant.replyToRemoteId, postId, variant.text, this,
                           [this, variant](const platforms::Result<platforms::PublishResult> &r) {
                               if (!r.ok()) {
                                   onPublishError(variant, r.error());
                                   return;
                               }
                               onPublished(variant, r.value().remoteId);
                           });
}

void Publisher::onPublished(const domain::Variant &variant, const QString &remoteId)
{
    // A reply's item gets its first reply in the same step, at this time (store::PostRepository).
    if (const auto s = m_posts.recordPublished(variant.id, remoteId, actor(), m_clock()); !s) {
        // Published, but the record failed (disk full?): leave it "publishing" so the next round
        // reconciles and records it, rather than ever sending it again.
        qCWarning(lcPublisher) << "published" << variant.id << "but could not record it:" << s.error().detail;
    } else {
        emit published(variant.id, remoteId);
    }
    done(variant.id);
}

void Publisher::onPublishError(const domain::Variant &variant, const platforms::PlatformError &error)
{
    if (error.uncertain) {
        reconcile(variant, false);
        return;
    }
    switch (error.kind) {
    case Kind::Duplicate:
        reconcile(variant, true);
        return;
    case Kind::Transient:
    case Kind::RateLimited:
        if (error.kind == Kind::RateLimited && error.resetAt.isValid())
            m_notBefore.insert(variant.id, error.resetAt);
        backOff(variant, error.userMessage());
        return;
    default:
        fail(variant, error.userMessage());
        return;
    }
}

void Publisher::notFoundAfterDuplicate(const domain::Variant &variant)
{
    fail(variant, QCoreApplication::translate(
                      "compose", "The platform says this text was already posted, but it is not among the "
                                 "account's recent posts. Change the text a little and schedule it again."));
}

void Publisher::reconcile(const domain::Variant &variant, bool afterDuplicate)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
    if (!client) {
        // Cannot look: leave it "publishing" (never resend blind) and look again later.
        m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
        done(variant.id);
        return;
    }
    if (const auto parts = m_parts.parts(variant.id); parts && !parts->isEmpty()) {
        continueThread(variant); // each part carries its own attempt
        return;
    }
    if (!variant.replyToRemoteId.isEmpty() && client->platform() != Platform::X) {
        reconcileReplyComment(variant, client, afterDuplicate);
        return;
    }
    if (variant.scheduleOnPlatform && client->platform() == Platform::Facebook) {
        reconcileOnPlatformSchedule(variant, client, afterDuplicate);
        return;
    }
    client->recentPosts(kReconcileWindow, this, [this, variant, afterDuplicate](const auto &r) {
        if (!r.ok()) {
            m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
            qCInfo(lcPublisher) << "cannot reconcile" << variant.id << "yet:" << r.error().platformMessage;
            done(variant.id);
            return;
        }
        const qint64 earliest =
            variant.scheduledAt.isValid() ? variant.scheduledAt.toMSecsSinceEpoch() - kClockSkewMs : 0;
        for (const platforms::RemotePost &post : r.value()) {
            const bool recent = !post.createdAt.isValid() || post.createdAt.toMSecsSinceEpoch() >= earliest;
            if (recent && sameText(variant.text, post.text)) {
                onPublished(variant, post.id);
                return;
            }
        }
        if (afterDuplicate) {
            notFoundAfterDuplicate(variant);
            return;
        }
        backOff(variant, QCoreApplication::translate(
                             "compose",
                             "The last attempt was interrupted and the post is not on the platform; it will "
                             "be sent again."));
    });
}

void Publisher::reconcileReplyComment(const domain::Variant &variant, platforms::PlatformClient *client,
                                      bool afterDuplicate)
{
    if (client->platform() == Platform::Weibo) {
        // Weibo offers no listing of one's own comments to look in, but refuses to repeat one's previous
        // comment: an interrupted reply is sent again, and that refusal proves the first one arrived.
        if (afterDuplicate) {
            qCInfo(lcPublisher) << "Weibo refused a repeat of reply" << variant.id
                                << "- the first one arrived";
            onPublished(variant, {});
            return;
        }
        backOff(variant,
                QCoreApplication::translate(
                    "compose", "The last attempt was interrupted; the reply will be sent again (Weibo "
                               "refuses it if the first one arrived)."));
        return;
    }
    // Facebook: the reply is among the comments of the post the answered item is on.
    const auto conversation = m_posts.conversationOf(variant.accountId, variant.replyToRemoteId);
    platforms::MentionQuery query;
    query.postId = conversation && !conversation->isEmpty() ? *conversation : variant.replyToRemoteId;
    query.pageSize = 100;
    client->fetchMentions(query, this, [this, variant, afterDuplicate](const auto &r) {
        if (!r.ok()) {
            m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
            qCInfo(lcPublisher) << "cannot reconcile reply" << variant.id
                                << "yet:" << r.error().platformMessage;
            done(variant.id);
            return;
        }
        for (const platforms::IncomingItem &item : r.value().items) {
            if (sameText(variant.text, item.text)) {
                onPublished(variant, item.id);
                return;
            }
        }
        if (afterDuplicate) {
            notFoundAfterDuplicate(variant);
            return;
        }
        backOff(variant,
                QCoreApplication::translate(
                    "compose", "The last attempt was interrupted and the reply is not on the platform; it "
                               "will be sent again."));
    });
}

void Publisher::reconcileOnPlatformSchedule(const domain::Variant &variant, platforms::PlatformClient *client,
                                            bool afterDuplicate)
{
    // A post scheduled on Facebook is not in the feed yet: look among the Page's scheduled posts (and the
    // feed, in case its time has come meanwhile).
    auto *facebook = qobject_cast<platforms::facebook::FacebookClient *>(client);
    if (!facebook) {
        backOff(variant,
                QCoreApplication::translate(
                    "compose", "The last attempt was interrupted; it will be checked and sent again."));
        return;
    }
    facebook->scheduledPosts(100, this, [this, variant, afterDuplicate, client](const auto &r) {
        if (!r.ok()) {
            m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
            done(variant.id);
            return;
        }
        for (const platforms::RemotePost &post : r.value()) {
            if (sameText(variant.text, post.text)) {
                onPublished(variant, post.id);
                return;
            }
        }
        client->recentPosts(kReconcileWindow, this, [this, variant, afterDuplicate](const auto &feed) {
            if (feed.ok()) {
                for (const platforms::RemotePost &post : feed.value()) {
                    if (sameText(variant.text, post.text)) {
                        onPublished(variant, post.id);
                        return;
                    }
                }
            }
            if (afterDuplicate) {
                notFoundAfterDuplicate(variant);
                return;
            }
            backOff(variant,
                    QCoreApplication::translate(
                        "compose", "The last attempt was interrupted and the post is not on the platform; "
                                   "it will be sent again."));
        });
    });
}

void Publisher::continueThread(const domain::Variant &variant)
{
    const auto parts = m_parts.parts(variant.id);
    if (!parts) {
        m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
        done(variant.id);
        return;
    }
    QString previous = variant.replyToRemoteId;
    for (const domain::VariantPart &part : *parts) {
        if (part.attempt == Attempt::Sent) {
            previous = part.remoteId;
            continue;
        }
        if (part.attempt == Attempt::Sending) {
            // Interrupted or uncertain: it may be on the platform already. Look before sending anything.
            reconcilePart(variant, part, false);
            return;
        }
        auto claimAndSend = [this, variant, part, previous](const QStringList &mediaIds) {
            // Committed before the request leaves, so this part can never go out twice.
            if (const auto s = m_parts.move(variant.id, part.index, Attempt::Pending, Attempt::Sending); !s) {
                qCWarning(lcPublisher)
                    << "cannot claim part" << part.index << "of" << variant.id << s.error().message;
                m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
                done(variant.id);
                return;
            }
            sendPart(variant, part, previous, mediaIds);
        };
        QString whyNot;
        platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
        if (part.index == 0 && client) {
            // The pictures go with the first post of the thread (uploaded before the part is claimed).
            withMedia(variant, client, claimAndSend);
            return;
        }
        claimAndSend({});
        return;
    }
    // Every part is out: the variant is published as its first post.
    onPublished(variant, parts->isEmpty() ? QString() : parts->first().remoteId);
}

void Publisher::sendPart(const domain::Variant &variant, const domain::VariantPart &part,
                         const QString &replyTo, const QStringList &mediaIds)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
    if (!client) {
        // Not sent: the part may be claimed again later.
        m_parts.move(variant.id, part.index, Attempt::Sending, Attempt::Pending);
        backOff(variant, whyNot);
        return;
    }
    platforms::PublishRequest request;
    request.text = part.text;
    request.replyToId = replyTo;
    request.mediaIds = mediaIds;
    client->publish(request, this,
                    [this, variant, part](const platforms::Result<platforms::PublishResult> &r) {
                        if (r.ok()) {
                            if (const auto s = m_parts.move(variant.id, part.index, Attempt::Sending,
                                                            Attempt::Sent, r.value().remoteId);
                                !s) {
                                // Sent but not recorded: it stays "sending" and is found by reconciliation
                                // next round.
                                qCWarning(lcPublisher)
                                    << "part" << part.index << "of" << variant.id << "sent, not recorded";
                                m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
                                done(variant.id);
                                return;
                            }
                            continueThread(variant);
                            return;
                        }
                        const platforms::PlatformError &error = r.error();
                        if (error.uncertain || error.kind == Kind::Duplicate) {
                            reconcilePart(variant, part, error.kind == Kind::Duplicate);
                            return;
                        }
                        // Refused before it was carried out: the part may be claimed again.
                        m_parts.move(variant.id, part.index, Attempt::Sending, Attempt::Pending);
                        if (error.kind == Kind::Transient || error.kind == Kind::RateLimited) {
                            if (error.kind == Kind::RateLimited && error.resetAt.isValid())
                                m_notBefore.insert(variant.id, error.resetAt);
                            backOff(variant, error.userMessage());
                            return;
                        }
                        fail(variant, error.userMessage());
                    });
}

void Publisher::reconcilePart(const domain::Variant &variant, const domain::VariantPart &part,
                              bool afterDuplicate)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
    if (!client) {
        m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
        done(variant.id);
        return;
    }
    client->recentPosts(kReconcileWindow, this, [this, variant, part, afterDuplicate](const auto &r) {
        if (!r.ok()) {
            m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
            qCInfo(lcPublisher) << "cannot reconcile part" << part.index << "of" << variant.id << "yet";
            done(variant.id);
            return;
        }
        const qint64 earliest =
            variant.scheduledAt.isValid() ? variant.scheduledAt.toMSecsSinceEpoch() - kClockSkewMs : 0;
        for (const platforms::RemotePost &post : r.value()) {
            const bool recent = !post.createdAt.isValid() || post.createdAt.toMSecsSinceEpoch() >= earliest;
            if (recent && sameText(part.text, post.text)) {
                if (!m_parts.move(variant.id, part.index, Attempt::Sending, Attempt::Sent, post.id)) {
                    m_notBefore.insert(variant.id, m_clock().addMSecs(m_retryFirstMs));
                    done(variant.id);
                    return;
                }
                continueThread(variant);
                return;
            }
        }
        m_parts.move(variant.id, part.index, Attempt::Sending, Attempt::Pending);
        if (afterDuplicate) {
            notFoundAfterDuplicate(variant);
            return;
        }
        backOff(variant,
                QCoreApplication::translate(
                    "compose", "The last attempt was interrupted and this part of the thread is not on "
                               "the platform; it will be sent again."));
    });
}

void Publisher::backOff(const domain::Variant &variant, const QString &reason)
{
    const int attempt = ++m_attempts[variant.id];
    if (!m_notBefore.contains(variant.id) || m_notBefore.value(variant.id) <= m_clock()) {
        const qint64 base =
            std::min<qint64>(m_retryMaxMs, qint64(m_retryFirstMs) << std::min(attempt - 1, 16));
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        m_notBefore.insert(variant.id, m_clock().addMSecs(qint64(double(base) * jitter)));
    }
    if (const auto s = m_posts.transition(variant.id, VariantState::Scheduled, actor(), reason); !s)
        qCWarning(lcPublisher) << "could not put" << variant.id << "back in the queue:" << s.error().message;
    emit deferred(variant.id, reason);
    done(variant.id);
}

void Publisher::fail(const domain::Variant &variant, const QString &reason)
{
    if (const auto s = m_posts.transition(variant.id, VariantState::Failed, actor(), reason); !s)
        qCWarning(lcPublisher) << "could not mark" << variant.id << "failed:" << s.error().message;
    emit failed(variant.id, reason);
    done(variant.id);
}

void Publisher::done(qint64 variantId)
{
    m_inFlight.remove(variantId);
    if (m_inFlight.isEmpty())
        emit idle();
}

} // namespace compose
