#include "workspace/demo.h"

#include "workspace/democontext.h"

#include <QCoreApplication>

namespace workspace {

store::Status createDemo(Workspace &workspace, const DemoOptions &options)
{
    const auto existing = workspace.accounts().all();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return store::Error{QCoreApplication::translate("workspace",
                                                        "The demo can only be created in an empty "
                                                        "workspace."),
                            {}};
    // The demo's "now" is 09:00 UTC of its day, so that its items fall at the same hours on every run. Without
    // a day given, the last 09:00 that has passed: before 09:00 UTC it is yesterday's, or the demo's newest
    // items would lie in the future (ahead of anything that arrives, and outside "the last hour").
    QDate today = options.today;
    if (!today.isValid()) {
        const QDateTime current = QDateTime::currentDateTimeUtc();
        today = current.time() >= QTime(9, 0) ? current.date() : current.date().addDays(-1);
    }
    demo::Context context{
        workspace, QRandomGenerator(options.seed), QDateTime(today, QTime(9, 0), Qt::UTC), {}};
    store::Transaction transaction(workspace.database());
    for (auto step : {&demo::addAccounts, &demo::addAudience, &demo::addPosts, &demo::addPostMetrics}) {
        if (const auto s = step(context); !s)
            return s;
    }
    if (const auto s = demo::addMentions(context, options.mentions); !s)
        return s;
    if (const auto s = workspace.setTimeZone(QTimeZone("Europe/London")); !s)
        return s;
    if (!transaction.commit())
        return store::Error{QCoreApplication::translate("workspace", "The demo could not be saved."), {}};
    return store::ok();
}

namespace demo {

store::Status addAccounts(Context &context)
{
    using domain::Platform;
    const QList<domain::Account> accounts = {
        {0, Platform::X, kEmbassyEn, QStringLiteral("Embassy (EN)"), QStringLiteral("en"),
         QStringLiteral("Europe/London"), QStringLiteral("1000000001")},
        {0, Platform::X, kAmbassador, QStringLiteral("Ambassador (EN)"), QStringLiteral("en"),
         QStringLiteral("Europe/London"), QStringLiteral("1000000002")},
        {0, Platform::X, kEmbassyRu, QStringLiteral("Посольство (RU)"), QStringLiteral("ru"),
         QStringLiteral("Europe/London"), QStringLiteral("1000000003")},
        {0, Platform::Facebook, kFacebook, QStringLiteral("Embassy in London (Facebook)"),
         QStringLiteral("en"), QStringLiteral("Europe/London"), QStringLiteral("200000000000001")},
        {0, Platform::Weibo, kWeibo, QStringLiteral("大使馆 (Weibo)"), QStringLiteral("zh"),
         QStringLiteral("Asia/Shanghai"), QStringLiteral("5000000001")},
    };
    for (auto account : accounts) {
        const auto id = context.workspace.accounts().add(account);
        if (!id)
            return id.error();
        account.id = *id;
        context.accounts << account;
    }
    return store::ok();
}

} // namespace demo
} // namespace workspace
