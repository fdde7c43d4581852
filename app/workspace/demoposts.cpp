// The demo's posts: one message per day of the office, with tailored English, Russian and Chinese variants,
// in every state of the workflow, each step taken through the repository so the audit log is real.
#include "workspace/demo.h"
#include "workspace/democontext.h"

#include <QTimeZone>

namespace workspace::demo {

namespace {

using domain::VariantState;

struct VariantSpec
{
    QString handle;
    const char *language;
    QString text;
};

struct PostSpec
{
    QString title;
    VariantState target; // how far along the workflow the demo takes every variant
    int dayOffset;       // scheduled (or published) this many days from today, at 10:00 London time
    QList<VariantSpec> variants;
};

QList<PostSpec> specs()
{
    return {
        {QStringLiteral("Year of Language and Literature: opening evening"),
         VariantState::Scheduled,
         1,
         {{kEmbassyEn, "en",
           QStringLiteral(
               "Tonight the Embassy opens the UK–Russia Year of Language and Literature with readings of "
               "Pushkin and Shakespeare in both languages. Join the live stream at 19:00 #YearOfLanguage")},
          {kAmbassador, "en",
           QStringLiteral(
               "Delighted to open the Year of Language and Literature this evening. Literature has "
               "always been the warmest bridge between our peoples. #YearOfLanguage")},
          {kEmbassyRu, "ru",
           QStringLiteral(
               "Сегодня в посольстве открывается Год языка и литературы: Пушкин и Шекспир прозвучат "
               "на двух языках. Трансляция в 19:00 #ГодЯзыка")},
          {kFacebook, "en",
           QStringLiteral(
               "This evening the Embassy opens the Year of Language and Literature. Actors from London "
               "and Moscow will read Pushkin and Shakespeare side by side, followed by a reception and "
               "an exhibition of first editions lent by the British Library. The evening will be "
               "streamed live on our page from 19:00 London time.")}}},
        {QStringLiteral("Consular hours over the holidays"),
         VariantState::Scheduled,
         3,
         {{kEmbassyEn, "en",
           QStringLiteral("The Consular Section will be closed on 1–8 January. Urgent enquiries: see the "
                          "emergency contacts on our website.")},
          {kEmbassyRu, "ru",
           QStringLiteral("Консульский отдел не работает с 1 по 8 января. По срочным вопросам — телефоны "
                          "дежурных на сайте посольства.")}}},
        {QStringLiteral("Statement on the Syria talks"),
         VariantState::InReview,
         0,
         {{kEmbassyEn, "en",
           QStringLiteral("Our position on the Syria talks is clear: a political settlement led by Syrians "
                          "themselves, and a united fight against terrorism.")},
          {kEmbassyRu, "ru",
           QStringLiteral(
               "Наша позиция по сирийским переговорам неизменна: политическое урегулирование силами "
               "самих сирийцев и общая борьба с терроризмом.")}}},
        {QStringLiteral("Russian language week on Weibo"),
         VariantState::Approved,
         0,
         {{kWeibo, "zh",
           QStringLiteral(
               "俄语周开幕！欢迎关注大使馆的文化活动，一起学习俄语。 https://embassy.example/ru-week")}}},
        {QStringLiteral("Exhibition at the Embassy, streamed on Periscope"),
         VariantState::Published,
         -1,
         {{kEmbassyEn, "en",
           QStringLiteral("200 people watched our exhibition opening live. Thank you for joining us!")},
          {kFacebook, "en",
           QStringLiteral(
               "Thank you to everyone who came to the opening of the exhibition of Russian avant-garde "
               "posters, and to the 200 of you who watched it live.")}}},
        {QStringLiteral("Weekly culture digest"),
         VariantState::Failed,
         -2,
         {{kFacebook, "en",
           QStringLiteral(
               "This week at the Embassy: a lecture on Tolstoy, a film evening and Russian lessons for "
               "children.")}}},
        {QStringLiteral("Reception for the Diplomatic Press Attachés Association"),
         VariantState::Draft,
         0,
         {{kEmbassyEn, "en",
           QStringLiteral("Draft: thank the Association for the meeting on social media "
                          "diplomacy.")},
          {kEmbassyRu, "ru", QStringLiteral("Черновик: благодарность Ассоциации пресс-атташе за встречу.")}}},
    };
}

const QString kAttache = QStringLiteral("press.attache");
const QString kReviewer = QStringLiteral("counsellor");

} // namespace

store::Status addPosts(Context &context)
{
    auto &posts = context.workspace.posts();
    const QTimeZone london("Europe/London");
    int published = 0;
    for (const PostSpec &spec : specs()) {
        domain::Post post;
        post.title = spec.title;
        for (const auto &v : spec.variants) {
            domain::Variant variant;
            variant.accountId = context.account(v.handle).id;
            variant.language = QString::fromLatin1(v.language);
            variant.text = v.text;
            post.variants << variant;
        }
        const auto postId = posts.create(post, kAttache);
        if (!postId)
            return postId.error();
        const auto created = posts.find(*postId);
        if (!created)
            return created.error();
        const QDateTime at =
            QDateTime(context.now.date().addDays(spec.dayOffset), QTime(10, 0), london).toUTC();
        for (const auto &variant : created->variants) {
            using S = VariantState;
            auto step = [&](S to, const QString &actor, const QString &reason = {}) {
                return posts.transition(variant.id, to, actor, reason);
            };
            store::Status s = store::ok();
            if (spec.target != S::Draft)
                s = step(S::InReview, kAttache);
            if (s && spec.target != S::Draft && spec.target != S::InReview)
                s = step(S::Approved, kReviewer, QStringLiteral("Verified with the ministry"));
            const bool sent = spec.target == S::Published || spec.target == S::Failed;
            if (s && (spec.target == S::Scheduled || sent))
                s = posts.schedule(variant.id, at, kAttache);
            if (s && sent)
                s = step(S::Publishing, QStringLiteral("publisher"));
            if (s && spec.target == S::Failed)
                s = step(
                    S::Failed, QStringLiteral("publisher"),
                    QStringLiteral("Facebook (#506): Duplicate status message. The page already published "
                                   "this text."));
            if (s && spec.target == S::Published) {
                s = posts.recordPublished(variant.id,
                                          QStringLiteral("17%1").arg(++published, 17, 10, QLatin1Char('0')),
                                          QStringLiteral("publisher"));
            }
            if (!s)
                return s;
        }
    }
    return store::ok();
}

} // namespace workspace::demo
