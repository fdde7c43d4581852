// The demo's inbox: a week of mentions and comments in English, Russian and Chinese — criticism, support,
// questions and plain remarks — with a surge of criticism yesterday afternoon, as in the interview's "storm".
// Stances are decided by the inbox classifier, as for any item that arrives, not by the generator.
#include "inbox/classifier.h"
#include "workspace/demo.h"
#include "workspace/democontext.h"

namespace workspace::demo {

namespace {

struct Author
{
    const char *handle;
    const char *name;
    const char *bio;
    bool verified;
    int followers;
};

const Author kAuthors[] = {
    {"@jwhite_bbc", "Jane White", "BBC News correspondent. Views my own.", true, 48200},
    {"@MPforKentish", "Tom Harris MP", "Member of Parliament for Kentish Town.", true, 21500},
    {"@ElenaMoscowFT", "Elena Petrova", "Moscow correspondent, Financial Times.", true, 33100},
    {"@eu_mep_gray", "Alison Gray MEP", "Member of the European Parliament.", true, 17800},
    {"@CamdenCouncil", "Camden Council", "Local authority for the London Borough of Camden.", true, 61000},
    {"@FrEmbassyUK", "French Embassy UK", "Ambassade de France au Royaume-Uni.", true, 52000},
    {"@londonreader", "Sam Reed", "Reader, runner, Londoner.", false, 412},
    {"@history_buff_88", "Chris", "History teacher. Manchester.", false, 1290},
    {"@anna_k", "Анна К.", "Живу в Лондоне, люблю театр.", false, 530},
    {"@ivan_petrov", "Иван Петров", "Москва. Инженер.", false, 210},
    {"@polit_watch", "Policy Watch", "Independent commentary on foreign policy.", false, 8800},
    {"@student_lang", "Olga S.", "Studying Russian at SSEES, UCL.", false, 95},
    {"@news_junkie", "M. Patel", "News, politics, cricket.", false, 2300},
    {"@kate_travels", "Kate", "Travel writer. St Petersburg in my heart.", false, 15400},
    {"@dmitry_london", "Дмитрий", "Бизнес, Лондон — Москва.", false, 780},
    {"@weibo_reader", "李华", "北京，喜欢俄罗斯文学", false, 1200},
};

struct Template
{
    const char *language;
    const char *text;
};

// Grouped by what the generator meant, so the demo has a realistic mix; the stance is left to the classifier.
const Template kCriticism[] = {
    {"en", "This is pure propaganda. Nobody believes your statements on Syria any more."},
    {"en", "Disgraceful. The sanctions exist for a reason and this post ignores it."},
    {"en", "Another whitewash from the Embassy. Where is the answer to the report?"},
    {"en", "Why should anyone trust this account after last week's claims?"},
    {"ru", "Очередная пропаганда. Стыдно читать такие заявления."},
    {"ru", "Это не ответ на вопрос, а попытка уйти от темы. Позор."},
    {"zh", "这种说法没有说服力。"},
};
const Template kSupport[] = {
    {"en", "Wonderful evening at the Embassy, thank you for the hospitality!"},
    {"en", "Great to see the Year of Language and Literature taking off. Brilliant readings."},
    {"en", "Thank you for explaining your position so clearly."},
    {"ru", "Спасибо за прекрасный вечер и за трансляцию!"},
    {"ru", "Отличная инициатива, ждём новых встреч в посольстве."},
    {"zh", "非常喜欢俄罗斯文化活动，谢谢！"},
};
const Template kQuestion[] = {
    {"en", "How do I apply for a visa appointment in January? The website is unclear."},
    {"en", "Will the exhibition stay open next weekend?"},
    {"en", "Is there a transcript of the Ambassador's speech?"},
    {"ru", "Подскажите, как записаться на приём в консульский отдел?"},
    {"ru", "Будет ли запись трансляции?"},
    {"zh", "请问俄语周的活动在哪里举行？"},
};
const Template kNeutral[] = {
    {"en", "Reporting on the talks from Geneva today."},
    {"en", "Shared with our readers in the morning briefing."},
    {"ru", "Интересно, посмотрим, что будет дальше."},
    {"zh", "关注中。"},
};

template <std::size_t N>
const Template &pick(QRandomGenerator &random, const Template (&list)[N], const char *language)
{
    // Prefer a template in the account's language; fall back to any.
    for (int tries = 0; tries < 16; ++tries) {
        const Template &t = list[random.bounded(int(N))];
        if (qstrcmp(t.language, language) == 0)
            return t;
    }
    return list[random.bounded(int(N))];
}

} // namespace

store::Status addMentions(Context &context, int count)
{
    // Where comments arrive: most on the English embassy account, Russian ones on the Russian account.
    const struct
    {
        const QString *handle;
        int weight;
    } targets[] = {{&kEmbassyEn, 45}, {&kAmbassador, 15}, {&kEmbassyRu, 20}, {&kFacebook, 15}, {&kWeibo, 5}};
    QList<domain::Mention> mentions;
    mentions.reserve(count);
    const inbox::Classifier classifier;
    const QDateTime stormStart = context.now.addDays(-1).addSecs(5 * 3600); // 14:00 yesterday
    for (int i = 0; i < count; ++i) {
        int roll = context.random.bounded(100);
        const QString *handle = targets[0].handle;
        for (const auto &t : targets) {
            if (roll < t.weight) {
                handle = t.handle;
                break;
            }
            roll -= t.weight;
        }
        const auto &account = context.account(*handle);
        const QByteArray language = account.language.toLatin1();
        // One in five falls in yesterday afternoon's storm of criticism.
        const bool storm = context.random.bounded(5) == 0;
        const int kind = storm ? 0 : context.random.bounded(100);
        const Template &t = storm || kind < 30 ? pick(context.random, kCriticism, language.constData())
                            : kind < 55        ? pick(context.random, kSupport, language.constData())
                            : kind < 80        ? pick(context.random, kQuestion, language.constData())
                                               : pick(context.random, kNeutral, language.constData());
        const Author &author = kAuthors[context.random.bounded(int(std::size(kAuthors)))];
        domain::Mention m;
        m.accountId = account.id;
        m.remoteId = QStringLiteral("18%1").arg(i + 1, 17, 10, QLatin1Char('0'));
        m.conversationId = m.remoteId;
        m.authorHandle = QString::fromUtf8(author.handle);
        m.authorName = QString::fromUtf8(author.name);
        m.authorBio = QString::fromUtf8(author.bio);
        m.authorVerified = author.verified;
        m.authorFollowers = author.followers;
        m.text = QString::fromUtf8(t.text);
        m.language = QString::fromLatin1(t.language);
        const inbox::Classification c = classifier.classify(m.text);
        m.stance = c.stance;
        m.stanceScore = c.score;
        m.createdAt = storm ? stormStart.addSecs(context.random.bounded(3600))
                            : context.now.addSecs(-qint64(context.random.bounded(7 * 24 * 3600)));
        mentions << m;
    }
    const auto inserted = context.workspace.mentions().insert(mentions);
    if (!inserted)
        return inserted.error();
    return store::ok();
}

} // namespace workspace::demo
