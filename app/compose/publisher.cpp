#include "compose/publisher.h"

#include "compose/clientprovider.h"
#include "compose/publishlease.h"
#include "platforms/platformclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPublisher, "attache.compose.publisher")

namespace compose {

using domain::VariantState;
using Kind = platforms::PlatformError::Kind;

namespace {
QString translate(const char *text)
{
    return QCoreApplication::translate("compose", text);
}

// Links are rewritten by platforms (t.co), and white space may be trimmed: compare what remains.
QString comparable(const QString &text)
{
    static const QRegularExpression links(QStringLiteral(R"((https?://|www\.)\S+)"));
    QString s = text;
    s.replace(links, QStringLiteral("<link>"));
    return s.simplified();
}

// How long before its scheduled time a post read back may have been made and still be ours.
constexpr qint64 kClockSkewMs = 10 * 60 * 1000;
} // namespace

bool sameText(const QString &ours, const QString &theirs)
{
    return comparable(ours) == comparable(theirs);
}

Publisher::Publisher(const store::Database &database, ClientProvider &clients, QString holder,
                     QObject *parent)
    : QObject(parent), m_database(database), m_posts(database), m_clients(clients),
      m_lease(std::make_unique<PublishLease>(database, std::move(holder))), m_timer(new QTimer(this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
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
            QString whyNot;
            if (!m_clients.client(v.accountId, &whyNot)) {
                // Not claimed while the account cannot publish; said at once, failed only after a grace period,
                // so a locked keychain at night delays a post instead of losing it, and nothing waits unseen.
                if (v.scheduledAt.secsTo(now) < m_graceSeconds) {
                    if (!m_reportedBlocked.contains(v.id)) {
                        m_reportedBlocked.insert(v.id);
                        emit blocked(v.id, whyNot);
                    }
                    continue;
                }
            }
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

void Publisher::publish(const domain::Variant &variant)
{
    QString whyNot;
    platforms::PlatformClient *client = m_clients.client(variant.accountId, &whyNot);
    if (!client) {
        fail(variant, whyNot);
        return;
    }
    m_inFlight.insert(variant.id);
    platforms::PublishRequest request;
    request.text = variant.text;
    client->publish(request, this, [this, variant](const platforms::Result<platforms::PublishResult> &r) {
        if (!r.ok()) {
            onPublishError(variant, r.error());
            return;
        }
        if (const auto s = m_posts.recordPublished(variant.id, r.value().remoteId, actor()); !s) {
            // Published, but the record failed (disk full?): leave it "publishing" so the next round
            // reconciles and records it, rather than ever sending it again.
            qCWarning(lcPublisher) << "published" << variant.id
                                   << "but could not record it:" << s.error().detail;
        } else {
            emit published(variant.id, r.value().remoteId);
        }
        done(variant.id);
    });
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
    client->recentPosts(50, this, [this, variant, afterDuplicate](const auto &r) {
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
                if (m_posts.recordPublished(variant.id, post.id, actor()))
                    emit published(variant.id, post.id);
                done(variant.id);
                return;
            }
        }
        if (afterDuplicate) {
            fail(variant,
                 translate("The platform says this text was already posted, but it is not among the "
                           "account's recent posts. Change the text a little and schedule it again."));
            return;
        }
        backOff(variant,
                translate("The last attempt was interrupted and the post is not on the platform; it will "
                          "be sent again."));
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
