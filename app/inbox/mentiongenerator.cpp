#include "inbox/mentiongenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace inbox {

namespace {

// Texts by language (en, ru, zh) and stance (criticism, question, support, neutral). %1 is our handle, %2 a
// topic or place. Written to read like what embassies get, and to carry the cues the classifier knows.
const char *const kTexts[3][4][5] = {
    {
        {"@%1 your statement on %2 is shameful propaganda", "@%1 disgraceful silence about %2. Nobody believes you",
         "@%1 the sanctions hurt ordinary people, stop lying about %2", "@%1 terrible service at the consulate again, awful",
         "@%1 what a pathetic excuse for the %2 decision"},
        {"@%1 when will the visa office reopen?", "@%1 is the consulate open on Monday?",
         "@%1 how do I apply for a visa to visit %2?", "@%1 what documents do I need for %2?",
         "@%1 could you clarify your position on %2?"},
        {"Thank you @%1 for the wonderful reception", "@%1 great exhibition about %2, well done!",
         "@%1 excellent concert last night, thank you", "Proud to see @%1 supporting %2, brilliant",
         "@%1 lovely event, we really enjoyed it"},
        {"@%1 published the programme for %2", "Statement from @%1 today about %2",
         "@%1 the ambassador met the mayor to discuss %2", "Reading the @%1 press release on %2",
         "@%1 the delegation arrives for %2 on Tuesday"},
    },
    {
        {"@%1 позор, опять пропаганда про %2", "@%1 ваше заявление о %2 — ложь и лицемерие",
         "@%1 ужасная работа консульства, никто не отвечает", "@%1 это отвратительно, санкции бьют по людям",
         "@%1 стыдно читать такое про %2"},
        {"@%1 когда откроется визовый отдел?", "@%1 работает ли консульство в понедельник?",
         "@%1 какие документы нужны для поездки в %2?", "@%1 подскажите, как получить визу?",
         "@%1 будет ли продлён приём заявлений?"},
        {"Спасибо @%1 за вчерашний приём", "@%1 прекрасная выставка, молодцы!",
         "@%1 отличный концерт, спасибо большое", "@%1 замечательное мероприятие про %2",
         "Благодарим @%1 за помощь, всё прошло хорошо"},
        {"@%1 опубликовал программу на %2", "Заявление @%1 сегодня о %2",
         "@%1 посол встретился с мэром, обсуждали %2", "@%1 делегация прибудет во вторник",
         "@%1 пресс-релиз о %2"},
    },
    {
        {"@%1 又是宣传，太可耻了", "@%1 你们关于%2的声明令人失望，简直是谎言", "@%1 领事馆的服务太差了，非常糟糕",
         "@%1 虚伪的表态，没人相信", "@%1 对%2的沉默令人愤怒"},
        {"@%1 请问签证处什么时候开放？", "@%1 领事馆周一开门吗？", "@%1 去%2需要什么材料？", "@%1 请问如何申请签证？",
         "@%1 能否说明一下对%2的立场？"},
        {"感谢@%1 昨天的招待会", "@%1 展览非常精彩，谢谢！", "@%1 音乐会太棒了，感谢", "支持@%1 的%2活动，很好",
         "@%1 活动很成功，谢谢大使馆"},
        {"@%1 发布了%2的日程", "@%1 今天就%2发表声明", "@%1 大使会见了市长，讨论%2", "@%1 代表团周二抵达",
         "@%1 关于%2的新闻稿"},
    },
};
const char *const kTopics[3][8] = {
    {"the summit", "the pipeline", "energy prices", "the grain deal", "student exchanges", "the festival", "Geneva",
     "the election"},
    {"саммит", "газопровод", "цены на энергию", "зерновую сделку", "обмен студентами", "фестиваль", "Женеву",
     "выборы"},
    {"峰会", "管道项目", "能源价格", "粮食协议", "学生交流", "文化节", "日内瓦", "选举"},
};
const char *const kBios[] = {
    "Journalist at The Times. Views my own.", "BBC correspondent in Moscow", "Member of Parliament for Islington North",
    "MEP, foreign affairs committee", "Councillor, Camden Council", "Diplomat. Tweets are personal",
    "Editor at Reuters", "Корреспондент ТАСС в Лондоне", "Depute au Parlement europeen",
    "Coffee, books and cats", "Dad of two. Football fan", "Software engineer in Leeds", "Student at UCL",
    "Travel photographer", "Retired teacher", "Small business owner", "", "", "", "",
    "Люблю путешествовать", "Инженер из Манчестера", "旅行爱好者", "学生，住在伦敦", "",
};
const char *const kNames[] = {"Anna", "James", "Olga", "Wei", "Sarah", "Dmitry", "Li Na", "Tom", "Елена", "王伟",
                              "Mark", "Ирина", "Chen", "Emma", "Sergei", "小明"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

} // namespace

MentionGenerator::MentionGenerator(quint32 seed, QString ourHandle, qint64 expected, QDateTime to, int spreadDays)
    : m_rng(seed), m_handle(std::move(ourHandle)),
      m_atMs(to.toMSecsSinceEpoch() - qint64(spreadDays) * 24 * 3600 * 1000),
      m_stepMs(std::max<qint64>(1, qint64(spreadDays) * 24 * 3600 * 1000 / std::max<qint64>(1, expected))),
      m_nextId(1860000000000000000LL + qint64(seed) * 100000000LL)
{
    if (m_handle.startsWith(QLatin1Char('@')))
        m_handle.remove(0, 1);
}

QString MentionGenerator::text(int stance, int language)
{
    const char *pattern = kTexts[language][stance][m_rng.bounded(5u)];
    QString t = QString::fromUtf8(pattern);
    // A few do not name us (a reply thread that dropped the handle): X would not let us answer those.
    const QString handle = m_rng.bounded(20u) == 0 ? QStringLiteral("someone_else") : m_handle;
    t.replace(QLatin1String("%1"), handle);
    t.replace(QLatin1String("%2"), QString::fromUtf8(pick(m_rng, kTopics[language])));
    return t;
}

QByteArray MentionGenerator::nextXPage(int count)
{
    QJsonArray data;
    QJsonArray users;
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_nextId++;
        // Languages as an embassy in London sees them; criticism is the largest share in a crisis.
        const quint32 l = m_rng.bounded(10u);
        const int language = l < 5 ? 0 : (l < 8 ? 1 : 2);
        const quint32 s = m_rng.bounded(100u);
        const int stance = s < 35 ? 0 : (s < 55 ? 1 : (s < 75 ? 2 : 3));
        // On in time, a step at a time, with a little jitter.
        m_atMs += m_stepMs;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(
            m_atMs + qint64(m_rng.bounded(quint32(std::min<qint64>(m_stepMs, 1000000)))), Qt::UTC);
        const QString authorId = QString::number(1000000 + m_rng.bounded(5000000u));
        QJsonObject post{{QStringLiteral("id"), QString::number(id)},
                         {QStringLiteral("text"), text(stance, language)},
                         {QStringLiteral("author_id"), authorId},
                         {QStringLiteral("created_at"), at.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("lang"), language == 0 ? QStringLiteral("en")
                                                  : language == 1 ? QStringLiteral("ru") : QStringLiteral("zh")}};
        // A third answer one of a few of "our" posts: a conversation to show.
        if (m_rng.bounded(3u) == 0) {
            const QString root = QString::number(1850000000000000000LL + m_rng.bounded(50u));
            post.insert(QStringLiteral("conversation_id"), root);
            post.insert(QStringLiteral("referenced_tweets"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replied_to")},
                                               {QStringLiteral("id"), root}}});
        } else {
            post.insert(QStringLiteral("conversation_id"), QString::number(id));
        }
        data.append(post);
        // Audiences are roughly log-uniform: most small, a few with millions.
        const qint64 followers = qint64(std::pow(10.0, m_rng.generateDouble() * 6.5));
        const char *name = pick(m_rng, kNames);
        users.append(QJsonObject{
            {QStringLiteral("id"), authorId},
            {QStringLiteral("username"), QStringLiteral("user%1").arg(authorId)},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("description"), QString::fromUtf8(pick(m_rng, kBios))},
            {QStringLiteral("verified"), m_rng.bounded(30u) == 0},
            {QStringLiteral("public_metrics"), QJsonObject{{QStringLiteral("followers_count"), followers},
                                                           {QStringLiteral("following_count"), 200}}}});
    }
    m_generated += count;
    // X lists the newest first.
    QJsonArray newestFirst;
    for (qsizetype i = data.size() - 1; i >= 0; --i)
        newestFirst.append(data.at(i));
    QJsonObject meta{{QStringLiteral("result_count"), count}};
    if (count > 0) {
        meta.insert(QStringLiteral("newest_id"), newestFirst.first().toObject().value(QLatin1String("id")));
        meta.insert(QStringLiteral("oldest_id"), newestFirst.last().toObject().value(QLatin1String("id")));
    }
    const QJsonObject page{{QStringLiteral("data"), newestFirst},
                           {QStringLiteral("includes"), QJsonObject{{QStringLiteral("users"), users}}},
                           {QStringLiteral("meta"), meta}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace inbox
