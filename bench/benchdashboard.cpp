#include "benchdashboard.h"

#include "audience/aggregator.h"
#include "audience/bioclassifier.h"
#include "audience/dashboardpane.h"
#include "audience/gazetteer.h"
#include "audience/locationresolver.h"
#include "benchoptions.h"
#include "common/accountlistmodel.h"
#include "store/database.h"
#include "store/postmetricsrepository.h"
#include "workspace/session.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

domain::Account account(domain::Platform platform, const QString &handle, const QString &name)
{
    domain::Account a;
    a.platform = platform;
    a.handle = handle;
    a.displayName = name;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    return a;
}

// A year of weekly snapshots ending with `latest`, the earlier ones smaller in proportion.
bool addHistory(workspace::Workspace &ws, const domain::AudienceSnapshot &latest, const QDateTime &now)
{
    store::Transaction transaction(ws.database());
    for (int week = 52; week >= 0; --week) {
        const double scale = 1.0 - 0.004 * week;
        domain::AudienceSnapshot s = latest;
        s.takenAt = now.addDays(-7 * week);
        s.followers = qint64(double(latest.followers) * scale);
        s.sampleSize = qint64(double(latest.sampleSize) * scale);
        s.verifiedFollowers = qint64(double(latest.verifiedFollowers) * scale);
        for (auto &share : s.shares)
            share.count = qint64(double(share.count) * scale);
        if (!ws.audience().add(s))
            return false;
    }
    return transaction.commit();
}

bool addPosts(workspace::Workspace &ws, const domain::Account &a, const QDateTime &now, int count)
{
    store::PostRepository &posts = ws.posts();
    QList<store::PostMetric> metrics;
    for (int i = 0; i < count; ++i) {
        domain::Post post;
        post.title = QStringLiteral("Post %1 of %2").arg(i).arg(a.displayName);
        domain::Variant v;
        v.accountId = a.id;
        v.language = a.language;
        v.text = post.title;
        post.variants = {v};
        const auto id = posts.create(post, QStringLiteral("bench"));
        if (!id)
            return false;
        const qint64 variant = posts.find(*id)->variants.first().id;
        const QDateTime at = now.addSecs(-qint64(i) * 365 * 86400 / count);
        const QString remote = QStringLiteral("%1%2").arg(a.id).arg(i, 12, 10, QLatin1Char('0'));
        if (!posts.transition(variant, domain::VariantState::InReview, QStringLiteral("bench")) ||
            !posts.transition(variant, domain::VariantState::Approved, QStringLiteral("bench")) ||
            !posts.schedule(variant, at, QStringLiteral("bench")) ||
            !posts.transition(variant, domain::VariantState::Publishing, QStringLiteral("bench")) ||
            !posts.recordPublished(variant, remote, QStringLiteral("bench")))
            return false;
        metrics.append({a.id, remote, variant, at, now, 20000 + i * 37, -1, 300 + i, 40, 25, 5, {}});
    }
    return bool(store::PostMetricsRepository(ws.database()).save(metrics));
}

bool addMentions(workspace::Workspace &ws, const QList<domain::Account> &accounts, const QDateTime &now, int count)
{
    QList<domain::Mention> mentions;
    const domain::Stance stances[] = {domain::Stance::Criticism, domain::Stance::Question, domain::Stance::Support,
                                      domain::Stance::Neutral};
    for (int i = 0; i < count; ++i) {
        domain::Mention m;
        m.accountId = accounts[i % accounts.size()].id;
        m.remoteId = QStringLiteral("m%1").arg(i);
        m.authorHandle = QStringLiteral("@reader%1").arg(i % 5000);
        m.text = QStringLiteral("What does the embassy say about item %1?").arg(i);
        m.language = QStringLiteral("en");
        m.stance = stances[i % 4];
        m.createdAt = now.addSecs(-qint64(i) * 365 * 86400 / count);
        mentions << m;
    }
    return bool(ws.mentions().insert(mentions));
}

// Median of `rounds` synchronous refreshes, in milliseconds.
double measure(ui::DashboardPane &pane, int rounds)
{
    // Let a background reload the setters started finish first.
    while (pane.isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        pane.reloadNow();
        ms << double(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int benchDashboardRefresh(const QStringList &locations, const QStringList &bios)
{
    QTemporaryDir dir;
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(dir.filePath(QStringLiteral("bench.attache")), {}, &error);
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error.error.message));
        return 1;
    }
    using domain::Platform;
    QList<domain::Account> accounts = {
        account(Platform::X, QStringLiteral("@en"), QStringLiteral("Embassy (EN)")),
        account(Platform::X, QStringLiteral("@amb"), QStringLiteral("Ambassador (EN)")),
        account(Platform::X, QStringLiteral("@ru"), QStringLiteral("Embassy (RU)")),
        account(Platform::Facebook, QStringLiteral("page"), QStringLiteral("Embassy (Facebook)")),
        account(Platform::Weibo, QStringLiteral("weibo"), QStringLiteral("Embassy (Weibo)")),
    };
    for (auto &a : accounts)
        a.id = *ws->accounts().add(a);

    // The million followers, counted into each account's latest snapshot (shares 40/25/15/12/8%).
    const auto gazetteer = audience::Gazetteer::loadDefault();
    audience::LocationResolver resolver(gazetteer);
    const audience::BioClassifier classifier;
    const double split[] = {0.40, 0.25, 0.15, 0.12, 0.08};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype next = 0;
    QElapsedTimer aggregateTimer;
    aggregateTimer.start();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        audience::AudienceAggregator aggregator(resolver, classifier);
        const qsizetype count = i + 1 == accounts.size() ? locations.size() - next
                                                          : qsizetype(double(locations.size()) * split[i]);
        for (qsizetype k = 0; k < count; ++k, ++next)
            aggregator.add({locations[next], bios[next % bios.size()], next % 40 == 0});
        domain::AudienceSnapshot latest = aggregator.snapshot();
        latest.accountId = accounts[i].id;
        if (!addHistory(*ws, latest, now))
            return 1;
    }
    const double aggregatePerSecond = double(locations.size()) * 1000.0 / double(aggregateTimer.elapsed());
    for (const auto &a : accounts) {
        if (a.platform != Platform::Weibo && !addPosts(*ws, a, now, 60))
            return 1;
    }
    if (!addMentions(*ws, accounts, now, 20000))
        return 1;

    workspace::Session session(std::move(ws), workspace::Session::Mode::Demo);
    ui::AccountListModel model;
    model.setAccounts(accounts);
    ui::DashboardPane pane(session, model);
    pane.resize(1400, 2600);
    const double single = measure(pane, 7);
    QList<qint64> all;
    for (const auto &a : accounts)
        all << a.id;
    pane.setSelectedAccounts(all);
    const double overlaid = measure(pane, 7);
    pane.setSideBySide(true);
    const double sideBySide = measure(pane, 7);

    bench::report("audience.aggregate.followers_per_s", aggregatePerSecond, "followers/s");
    bench::report("audience.refresh.one_account_ms", single, "ms");
    bench::report("audience.refresh.five_overlaid_ms", overlaid, "ms");
    bench::report("audience.refresh.five_side_by_side_ms", sideBySide, "ms");
    bench::report("audience.refresh_ms", std::max({single, overlaid, sideBySide}), "ms");
    return 0;
}
