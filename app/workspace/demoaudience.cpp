// The demo's audience: a year of weekly snapshots per account whose latest shares are the interview's figures
// (X: 39% UK, 15% US, 4% Russia, interests business, news, politics; Facebook: 46% UK, half of them in
// London, interest culture; 295 and 300 verified followers on the embassy's and the Ambassador's accounts).
#include "workspace/demo.h"
#include "workspace/democontext.h"

#include <cmath>

namespace workspace::demo {

namespace {

struct Share
{
    const char *key;
    double share; // of the sample (countries, interests) or of the verified followers (kinds)
};

struct Profile
{
    QString handle;
    qint64 followersYearAgo;
    qint64 followersNow;
    qint64 verifiedYearAgo;
    qint64 verifiedNow;
    qint64 sampleCap; // 0: every follower is known; Weibo only lets us read a capped sample
    QList<Share> countries;
    QList<Share> cities;    // share of the whole sample, key "CC/City"
    QList<Share> interests; // multi-label: a follower can have several
    QList<Share> verifiedKinds;
};

const QList<Share> kEnglishVerifiedKinds = {
    {"journalist", 0.34}, {"diplomat", 0.18},        {"mp", 0.12},  {"foreign_correspondent", 0.10},
    {"business", 0.08},   {"local_authority", 0.07}, {"mep", 0.06}, {"other", 0.05},
};

QList<Profile> profiles()
{
    return {
        {kEmbassyEn,
         15600,
         18020,
         268,
         295,
         0,
         {{"GB", 0.39},
          {"US", 0.15},
          {"RU", 0.04},
          {"DE", 0.04},
          {"FR", 0.03},
          {"IE", 0.03},
          {"IN", 0.03},
          {"CA", 0.02},
          {"AU", 0.02},
          {"UA", 0.02},
          {"NL", 0.02},
          {"IT", 0.02},
          {"ES", 0.02}},
         {{"GB/London", 0.175},
          {"GB/Manchester", 0.025},
          {"GB/Edinburgh", 0.02},
          {"US/New York", 0.04},
          {"US/Washington", 0.02},
          {"RU/Moscow", 0.02}},
         {{"business", 0.34},
          {"news", 0.31},
          {"politics", 0.29},
          {"culture", 0.12},
          {"travel", 0.08},
          {"sport", 0.05},
          {"science", 0.04}},
         kEnglishVerifiedKinds},
        {kAmbassador,
         9100,
         11240,
         271,
         300,
         0,
         {{"GB", 0.41},
          {"US", 0.13},
          {"RU", 0.05},
          {"DE", 0.04},
          {"FR", 0.04},
          {"BE", 0.03},
          {"IE", 0.02},
          {"CA", 0.02},
          {"CH", 0.02}},
         {{"GB/London", 0.2}, {"GB/Oxford", 0.02}, {"US/Washington", 0.03}, {"BE/Brussels", 0.025}},
         {{"politics", 0.36}, {"news", 0.30}, {"business", 0.27}, {"culture", 0.10}, {"science", 0.04}},
         kEnglishVerifiedKinds},
        {kEmbassyRu,
         4800,
         6310,
         38,
         52,
         0,
         {{"RU", 0.38},
          {"GB", 0.27},
          {"UA", 0.06},
          {"KZ", 0.05},
          {"BY", 0.04},
          {"US", 0.04},
          {"DE", 0.04},
          {"LV", 0.02}},
         {{"RU/Moscow", 0.17}, {"RU/Saint Petersburg", 0.07}, {"GB/London", 0.15}},
         {{"politics", 0.30}, {"news", 0.28}, {"culture", 0.22}, {"travel", 0.10}, {"business", 0.09}},
         {{"journalist", 0.5}, {"diplomat", 0.3}, {"other", 0.2}}},
        {kFacebook,
         11000,
         12630,
         0,
         0,
         0,
         {{"GB", 0.46},
          {"RU", 0.09},
          {"US", 0.07},
          {"UA", 0.03},
          {"DE", 0.03},
          {"LT", 0.02},
          {"IE", 0.02},
          {"FR", 0.02}},
         {{"GB/London", 0.23}, {"GB/Manchester", 0.03}, {"GB/Birmingham", 0.02}, {"RU/Moscow", 0.04}},
         {{"culture", 0.48},
          {"travel", 0.21},
          {"news", 0.15},
          {"education", 0.12},
          {"politics", 0.09},
          {"business", 0.06}},
         {}},
        {kWeibo,
         21400,
         26050,
         58,
         75,
         500,
         {{"CN", 0.92}, {"HK", 0.02}, {"RU", 0.02}, {"TW", 0.01}},
         {{"CN/Beijing", 0.3}, {"CN/Shanghai", 0.19}, {"CN/Harbin", 0.06}, {"CN/Guangzhou", 0.05}},
         {{"culture", 0.31}, {"travel", 0.26}, {"news", 0.2}, {"business", 0.14}, {"education", 0.1}},
         {{"business", 0.4}, {"journalist", 0.3}, {"other", 0.3}}},
    };
}

qint64 rounded(double value)
{
    return qint64(std::llround(value));
}

// A share a year ago drifts up to ±3 points from today's and converges linearly on today's figure.
double drifted(double now, double drift, double progress)
{
    return std::max(0.0, now + drift * (1.0 - progress));
}

} // namespace

store::Status addAudience(Context &context)
{
    constexpr int kWeeks = 52;
    for (const Profile &p : profiles()) {
        const auto &account = context.account(p.handle);
        QList<double> drift;
        for (qsizetype i = 0; i < p.countries.size() + p.interests.size(); ++i)
            drift << (context.random.bounded(600) - 300) / 10000.0;
        for (int week = 0; week <= kWeeks; ++week) {
            const double progress = double(week) / kWeeks;
            // Growth is not a straight line: a little noise, and a jump in the spring (the Year of Language
            // and Literature launch) so the chart has something to explain.
            const double noise = week == kWeeks ? 0.0 : (context.random.bounded(200) - 100) / 10000.0;
            const double spring = week >= 14 ? 0.25 : 0.0;
            const double curve = std::min(1.0, progress * 0.75 + spring * progress + noise);
            domain::AudienceSnapshot s;
            s.accountId = account.id;
            s.takenAt = context.now.addDays(-7 * (kWeeks - week));
            s.followers = week == kWeeks
                              ? p.followersNow
                              : rounded(p.followersYearAgo + (p.followersNow - p.followersYearAgo) * curve);
            s.verifiedFollowers = rounded(p.verifiedYearAgo + (p.verifiedNow - p.verifiedYearAgo) * progress);
            s.sampleSize = p.sampleCap > 0 ? std::min(p.sampleCap, s.followers) : s.followers;
            qint64 placed = 0;
            for (qsizetype i = 0; i < p.countries.size(); ++i) {
                const qint64 count =
                    rounded(s.sampleSize * drifted(p.countries[i].share, drift[i] / 3, progress));
                placed += count;
                s.shares.append(
                    {domain::AudienceDimension::Country, QString::fromLatin1(p.countries[i].key), count});
            }
            // Whoever has no resolvable location: shown as "unknown", never guessed.
            s.shares.append({domain::AudienceDimension::Country, QStringLiteral("unknown"),
                             std::max<qint64>(0, s.sampleSize - placed)});
            for (const auto &city : p.cities)
                s.shares.append({domain::AudienceDimension::City, QString::fromUtf8(city.key),
                                 rounded(s.sampleSize * city.share)});
            for (qsizetype i = 0; i < p.interests.size(); ++i)
                s.shares.append({domain::AudienceDimension::Interest, QString::fromLatin1(p.interests[i].key),
                                 rounded(s.sampleSize * drifted(p.interests[i].share,
                                                                drift[p.countries.size() + i], progress))});
            qint64 kinds = 0;
            for (qsizetype i = 0; i < p.verifiedKinds.size(); ++i) {
                const bool last = i == p.verifiedKinds.size() - 1;
                const qint64 count = last ? s.verifiedFollowers - kinds
                                          : rounded(s.verifiedFollowers * p.verifiedKinds[i].share);
                kinds += count;
                s.shares.append({domain::AudienceDimension::VerifiedKind,
                                 QString::fromLatin1(p.verifiedKinds[i].key), count});
            }
            if (const auto added = context.workspace.audience().add(s); !added)
                return added.error();
        }
    }
    return store::ok();
}

} // namespace workspace::demo
