#include "platforms/sandbox/state.h"

namespace platforms::sandbox {

namespace {

struct Place
{
    const char *location;
    const char *province;
    const char *city;
};

// Plausible places for generated profiles (Weibo codes: 11 Beijing, 31 Shanghai, 44 Guangdong, 400 abroad).
const Place places[] = {
    {"London, UK", "400", "1"},  {"Manchester", "400", "1"}, {"Москва", "400", "2"},
    {"Санкт-Петербург", "400", "2"}, {"北京", "11", "1"},       {"上海", "31", "1"},
    {"广州", "44", "1"},          {"Edinburgh, Scotland", "400", "1"}, {"", "", ""},
    {"Paris", "400", "3"},
};

const char *const bios[] = {
    "Journalist at a national daily", "Foreign affairs correspondent", "PhD student, international relations",
    "Teacher. Opinions my own.", "Business development, energy sector", "Photographer and traveller",
    "Журналист, международная политика", "Студент МГИМО", "记者，国际新闻", "大学生，喜欢旅游", "",
};

const char *const english[] = {
    "@%1 when will the visa office reopen?", "Thank you @%1 for the reception yesterday",
    "@%1 is the consulate open on Monday?", "Interesting statement from @%1 today",
    "@%1 please answer my email about the documents",
};
const char *const russian[] = {
    "@%1 когда откроется визовый отдел?", "Спасибо @%1 за вчерашний приём", "@%1 работает ли консульство в понедельник?",
};
const char *const chinese[] = {
    "@%1 请问签证处什么时候开放？", "感谢@%1 昨天的招待会", "@%1 领事馆周一开门吗？",
};

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

} // namespace

State::State(quint32 seedValue) : rng(seedValue)
{
    seed();
}

QString State::nextId()
{
    return QString::number(++m_nextId);
}

QString State::newToken(const QString &platform, const QString &kind, const QString &subject, qint64 lifetimeSecs,
                        const QString &scope)
{
    const QString value = QStringLiteral("sbx-%1-%2-%3").arg(platform, kind).arg(rng.generate64(), 0, 36);
    Token t{platform, kind, subject, lifetimeSecs > 0 ? now().addSecs(lifetimeSecs) : QDateTime(), false, scope};
    tokens.insert(value, t);
    return value;
}

const Token *State::token(const QString &value) const
{
    const auto it = tokens.constFind(value);
    return it == tokens.constEnd() ? nullptr : &*it;
}

Token *State::token(const QString &value)
{
    const auto it = tokens.find(value);
    return it == tokens.end() ? nullptr : &*it;
}

QString State::randomLanguage()
{
    const quint32 r = rng.bounded(10u);
    return r < 5 ? QStringLiteral("en") : r < 8 ? QStringLiteral("ru") : QStringLiteral("zh");
}

QString State::randomText(const QString &language)
{
    const char *pattern = language == QLatin1String("ru")   ? pick(rng, russian)
                          : language == QLatin1String("zh") ? pick(rng, chinese)
                                                            : pick(rng, english);
    return QString::fromUtf8(pattern);
}

QString State::addXAccount(const QString &handle, const QString &name)
{
    User u = makeStranger(QStringLiteral("x"));
    u.handle = handle;
    u.name = name;
    u.verified = true;
    u.verifiedType = QStringLiteral("government");
    QStringList followers;
    const int count = 10 + int(rng.bounded(20u));
    for (int i = 0; i < count; ++i)
        followers.append(makeStranger(QStringLiteral("x")).id);
    u.followers = followers.size();
    users.insert(u.id, u);
    xFollowersOf.insert(u.id, followers);
    xAccounts.append(u.id);
    return newToken(QStringLiteral("x"), QStringLiteral("access"), u.id, 0,
                    tokens.value(xToken()).scope);
}

const User &State::xUser(const QString &id) const
{
    if (id == xMe.id)
        return xMe;
    static const User nobody;
    const auto it = users.constFind(id);
    return it == users.constEnd() ? nobody : *it;
}

User &State::makeStranger(const QString &platform)
{
    User u;
    u.id = platform == QLatin1String("facebook") ? QString::number(100000000000000LL + rng.bounded(899999999u))
                                                 : nextId();
    const quint32 n = rng.bounded(100000u);
    u.handle = QStringLiteral("user%1").arg(n);
    u.name = QStringLiteral("User %1").arg(n);
    const Place &place = pick(rng, places);
    u.location = QString::fromUtf8(place.location);
    u.province = QString::fromLatin1(place.province);
    u.city = QString::fromLatin1(place.city);
    u.description = QString::fromUtf8(pick(rng, bios));
    u.gender = rng.bounded(2u) ? QStringLiteral("f") : QStringLiteral("m");
    u.verified = rng.bounded(20u) == 0;
    u.verifiedType = u.verified ? QStringLiteral("blue") : QStringLiteral("none");
    u.followers = rng.bounded(5000u);
    u.following = rng.bounded(800u);
    u.createdAt = now().addDays(-qint64(rng.bounded(3000u)));
    users.insert(u.id, u);
    return users[u.id];
}

void State::seed()
{
    xMe = User{QStringLiteral("1500000000000000001"), QStringLiteral("AttacheEmbassy"), QStringLiteral("Embassy (EN)"),
               QStringLiteral("Official account of the embassy"), QStringLiteral("London"), {}, {}, {}, true,
               QStringLiteral("government"), 0, 120, now().addYears(-10)};
    weiboMe = User{QStringLiteral("5000000001"), QStringLiteral("使馆"), QStringLiteral("使馆"),
                   QStringLiteral("官方微博"), QStringLiteral("北京"), QStringLiteral("11"), QStringLiteral("1"),
                   QStringLiteral("n"), true, {}, 0, 50, now().addYears(-8)};
    fbUser = User{QStringLiteral("100000000000001"), {}, QStringLiteral("Press Officer"), {}, {}, {}, {}, {}, false,
                  {}, 0, 0, now().addYears(-5)};
    fbPageId = QStringLiteral("200000000000001");
    fbPageName = QStringLiteral("Embassy Page");

    tokens.insert(xToken(), Token{QStringLiteral("x"), QStringLiteral("access"), xMe.id, {}, false,
                                  QStringLiteral("tweet.read tweet.write users.read follows.read offline.access "
                                                 "media.write")});
    tokens.insert(fbUserToken(), Token{QStringLiteral("facebook"), QStringLiteral("user"), fbUser.id, {}, false, {}});
    tokens.insert(fbPageToken(), Token{QStringLiteral("facebook"), QStringLiteral("page"), fbPageId, {}, false, {}});
    tokens.insert(weiboToken(), Token{QStringLiteral("weibo"), QStringLiteral("access"), weiboMe.id, {}, false, {}});

    for (int i = 0; i < 30; ++i)
        xFollowers.append(makeStranger(QStringLiteral("x")).id);
    xMe.followers = xFollowers.size();
    xAccounts.append(xMe.id);
    for (int i = 0; i < 20; ++i)
        weiboFollowers.append(makeStranger(QStringLiteral("weibo")).id);
    weiboMe.followers = 2000; // the platform shows only a sample of these

    // Two Facebook posts with a few comments each, so comment listings have something from the start.
    for (int p = 0; p < 2; ++p) {
        Post post = Post::make(QStringLiteral("facebook"), fbPageId + QLatin1Char('_') + nextId(), fbPageId,
                  QStringLiteral("Embassy news %1").arg(p + 1), now().addDays(-2 + p));
        posts.append(post);
        for (int c = 0; c < 3; ++c) {
            const User &author = makeStranger(QStringLiteral("facebook"));
            comments.append(Comment{QStringLiteral("facebook"), post.id.section(QLatin1Char('_'), 1) + QLatin1Char('_') + nextId(), post.id, {},
                                    author.id, randomText(randomLanguage()).arg(fbPageName),
                                    now().addSecs(-3600 * (10 - c)), false});
        }
    }
    retiredMetrics = {QStringLiteral("page_fans_gender_age"), QStringLiteral("page_fans_country"),
                      QStringLiteral("page_fans_city")};
}

} // namespace platforms::sandbox
