// The demo's published history: a post about once a month over the year on the embassy's X accounts and
// its Facebook page, each with the reach and engagement its platform would report, so the dashboards can mark
// posts on the growth chart and chart each post's reach. The launch of the Year of Language and Literature in
// the spring is the post that moved the followers.
#include "workspace/demo.h"
#include "workspace/democontext.h"

#include "store/database.h"
#include "store/postmetricsrepository.h"
#include "store/timecodec.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace workspace::demo {

namespace {
const QStringList &titles()
{
    static const QStringList list = {
        QStringLiteral("Consular reception days"),
        QStringLiteral("Ambassador at Chatham House"),
        QStringLiteral("Christmas and New Year greetings"),
        QStringLiteral("Year of Language and Literature launch"), // in the spring, when the followers jumped
        QStringLiteral("Trade mission to Manchester"),
        QStringLiteral("Tchaikovsky evening at the Barbican"),
        QStringLiteral("Visa centre opening hours"),
        QStringLiteral("Pushkin exhibition opens"),
        QStringLiteral("Science cooperation forum"),
        QStringLiteral("Ambassador's interview with the BBC"),
        QStringLiteral("Students: summer schools in Moscow"),
        QStringLiteral("Ambassador meets the Lord Mayor"),
        QStringLiteral("Russian films at the London festival"),
        QStringLiteral("Chess masterclass for schools"),
        QStringLiteral("Book fair in Edinburgh"),
        QStringLiteral("Consulate closed for the holiday"),
        QStringLiteral("Space exhibition at the Science Museum"),
        QStringLiteral("Literature prize shortlist"),
        QStringLiteral("Business breakfast in the City"),
        QStringLiteral("Autumn concert season"),
        QStringLiteral("Remembrance Sunday"),
        QStringLiteral("Year of Language and Literature: results"),
    };
    return list;
}
} // namespace

store::Status addPostMetrics(Context &context)
{
    store::PostRepository &posts = context.workspace.posts();
    const store::Database &database = context.workspace.database();
    struct Target
    {
        QString handle;
        double reachPerFollower; // how far a post travels, in followers
        int offset;              // days, so the accounts do not all post the same day
    };
    const QList<Target> targets = {{kEmbassyEn, 0.9, 0}, {kFacebook, 0.6, 2}, {kAmbassador, 1.2, 5}};
    int serial = 0;
    QList<store::PostMetric> metrics;
    for (const Target &t : targets) {
        const domain::Account &account = context.account(t.handle);
        const auto history = context.workspace.audience().followerHistory(account.id);
        if (!history)
            return history.error();
        for (qsizetype i = 0; i < titles().size(); ++i) {
            // About one a month, so the posts of today's work stay on top of the composer's list.
            const QDateTime at = context.now.addDays(-365 + t.offset + qint64(i) * 31 + 3).addSecs(3600);
            if (at >= context.now)
                break;
            domain::Post post;
            post.title = titles().at(i);
            domain::Variant v;
            v.accountId = account.id;
            v.language = account.language;
            v.text = post.title;
            post.variants = {v};
            const auto postId = posts.create(post, QStringLiteral("press.attache"));
            if (!postId)
                return postId.error();
            const qint64 variant = posts.find(*postId)->variants.first().id;
            store::Status s = posts.transition(variant, domain::VariantState::InReview, QStringLiteral("press.attache"));
            if (s)
                s = posts.transition(variant, domain::VariantState::Approved, QStringLiteral("counsellor"));
            if (s)
                s = posts.schedule(variant, at, QStringLiteral("press.attache"));
            if (s)
                s = posts.transition(variant, domain::VariantState::Publishing, QStringLiteral("publisher"));
            const QString remoteId = account.platform == domain::Platform::Facebook
                                         ? account.remoteId + QStringLiteral("_9%1").arg(++serial, 8, 10, QLatin1Char('0'))
                                         : QStringLiteral("18%1").arg(++serial, 17, 10, QLatin1Char('0'));
            if (s)
                s = posts.recordPublished(variant, remoteId, QStringLiteral("publisher"));
            if (!s)
                return s;
            // Went out in the past: its publication time is what the growth chart marks.
            // (The audit log keeps the demo's real creation time: it is append-only.)
            QSqlQuery q(database.connection());
            q.prepare(QStringLiteral("UPDATE variants SET updated_at = ?, scheduled_at = ? WHERE id = ?"));
            q.addBindValue(store::toStored(at));
            q.addBindValue(store::toStored(at));
            q.addBindValue(variant);
            QSqlQuery postTimes(database.connection());
            postTimes.prepare(QStringLiteral("UPDATE posts SET created_at = ?, updated_at = ? WHERE id = ?"));
            postTimes.addBindValue(store::toStored(at.addDays(-2)));
            postTimes.addBindValue(store::toStored(at));
            postTimes.addBindValue(*postId);
            if (!q.exec() || !postTimes.exec())
                return store::Error{QCoreApplication::translate("workspace", "The demo could not be saved."),
                                    q.lastError().text() + postTimes.lastError().text()};
            // Followers at the time, and what the post did with them.
            qint64 followers = history->isEmpty() ? 1000 : history->first().followers;
            for (const auto &p : *history) {
                if (p.at <= at)
                    followers = p.followers;
            }
            const bool launch = post.title == QLatin1String("Year of Language and Literature launch");
            const double spread = (0.6 + context.random.bounded(80) / 100.0) * (launch ? 4.0 : 1.0);
            const qint64 reach = std::llround(double(followers) * t.reachPerFollower * spread);
            const double rate = 0.012 + context.random.bounded(25) / 1000.0; // 1.2% to 3.7% engage
            const qint64 engaged = std::llround(double(reach) * rate);
            store::PostMetric m;
            m.accountId = account.id;
            m.remoteId = remoteId;
            m.variantId = variant;
            m.publishedAt = at;
            m.fetchedAt = context.now;
            m.reactions = engaged * 70 / 100;
            m.comments = engaged * 12 / 100;
            m.shares = engaged * 13 / 100;
            if (account.platform == domain::Platform::Facebook) {
                m.reach = reach;
                m.impressions = reach * 14 / 10;
            } else {
                m.impressions = reach;
                m.quotes = engaged * 5 / 100;
            }
            metrics << m;
        }
    }
    return store::PostMetricsRepository(database).save(metrics);
}

} // namespace workspace::demo
