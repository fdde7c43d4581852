#include "inbox/classifier.h"
#include "inbox/language.h"
#include "inbox/russianstemmer.h"

#include <QTest>

using domain::Stance;
using inbox::Language;

Q_DECLARE_METATYPE(domain::Stance)
Q_DECLARE_METATYPE(inbox::Language)

// Language and stance of single texts in English, Russian and Chinese, the rules (negation, intensifiers,
// questions, sarcasm, shouting), and the demo's templates end to end.
class ClassifierTest : public QObject
{
    Q_OBJECT
private slots:
    void lexicons_load();
    void russianStemmer_data();
    void russianStemmer();
    void language_data();
    void language();
    void english_data();
    void english();
    void russian_data();
    void russian();
    void chinese_data();
    void chinese();
    void negation_flipsPolarity();
    void intensifierAndShouting_raiseTheScore();
    void cues_nameTheDecidingWords();
    void demoTemplates_agreeWithTheirGroups();
    void emptyAndSymbols_areNeutralOther();

private:
    void addCases(const char *const (*cases)[2], std::size_t count);
    inbox::Classifier m_classifier;
};

namespace {

Stance stanceNamed(const char *name)
{
    return domain::stanceFromId(QString::fromLatin1(name));
}

QString describe(const inbox::Classification &c)
{
    return domain::stanceId(c.stance) + QStringLiteral(" ") + QString::number(c.score) +
           QStringLiteral(" [") + c.cues.join(QStringLiteral(", ")) + QStringLiteral("]");
}

// {text, expected stance}
const char *const kEnglish[][2] = {
    {"This is pure propaganda.", "criticism"},
    {"Disgraceful behaviour from the embassy.", "criticism"},
    {"Shame on you for spreading these lies.", "criticism"},
    {"Another whitewash of the aggression.", "criticism"},
    {"Your statement is complete nonsense", "criticism"},
    {"The sanctions are a response to your aggression and you know it", "criticism"},
    {"This is not good at all.", "criticism"},
    {"I am not happy with this answer.", "criticism"},
    {"Not bad, actually.", "support"},
    {"That was not a terrible event at all", "support"},
    {"Thank you so much for the wonderful evening!", "support"},
    {"Congratulations on the anniversary of the Embassy.", "support"},
    {"Brilliant exhibition, well done to the whole team.", "support"},
    {"Really grateful for your help with my visa.", "support"},
    {"What a wonderful concert!", "support"},
    {"How do I register for the event?", "question"},
    {"When does the consulate open on Monday?", "question"},
    {"Is the exhibition free to visit?", "question"},
    {"Where can I find the full transcript", "question"},
    {"Could you confirm the date of the reception?", "question"},
    {"Great event! Will there be another one next year?", "question"},
    {"Why should anyone believe a word you say?", "criticism"},
    {"Yeah right, as if anyone trusts the ministry.", "criticism"},
    {"Oh great, another statement full of excuses.", "criticism"},
    {"Thanks for nothing.", "criticism"},
    {"What a \"brilliant\" idea.", "criticism"},
    {"SHAMEFUL propaganda!!!", "criticism"},
    {"The ambassador met the mayor on Tuesday.", "neutral"},
    {"Reporting from the press conference in London.", "neutral"},
    {"Are these lies really all you have? Disgraceful propaganda.", "criticism"},
    {"I don't like this propaganda", "criticism"},
    {"Do come to the reception tomorrow", "neutral"},
    {"Can you send me the link please", "question"},
    {"Is this the best you can do? Pathetic.", "criticism"},
    {"The embassy is lying again", "criticism"},
};

const char *const kRussian[][2] = {
    {"Очередная пропаганда.", "criticism"},
    {"Позор посольству!", "criticism"},
    {"Это ложь от начала до конца.", "criticism"},
    {"Стыдно читать такое.", "criticism"},
    {"Лицемерие и враньё, как всегда.", "criticism"},
    {"Сплошная дезинформация и пропагандистские вбросы", "criticism"},
    {"Это не хорошо.", "criticism"},
    {"Совсем не интересная и очень скучная встреча", "criticism"},
    {"Не плохо, совсем не плохо.", "support"},
    {"Неплохая выставка", "support"},
    {"Спасибо за прекрасный вечер!", "support"},
    {"Молодцы, отличная работа!", "support"},
    {"Поздравляю с праздником, дорогие друзья!", "support"},
    {"Очень благодарна за помощь с визой.", "support"},
    {"Замечательная инициатива, ждём продолжения.", "support"},
    {"Подскажите, пожалуйста, как получить визу?", "question"},
    {"Когда откроется консульский отдел?", "question"},
    {"Будет ли трансляция концерта?", "question"},
    {"Где можно найти полный текст заявления", "question"},
    {"Спасибо! А будет ли запись?", "question"},
    {"Ну конечно, вы всегда правы.", "criticism"},
    {"Спасибо, конечно, за очередные отговорки.", "criticism"},
    {"Кто поверит в эти сказки?", "criticism"},
    {"Как вам не стыдно?", "criticism"},
    {"Какой «прекрасный» ответ.", "criticism"},
    {"ПОЗОР!!!", "criticism"},
    {"Посол встретился с мэром во вторник.", "neutral"},
    {"Интересно, посмотрим, что будет дальше.", "neutral"},
    {"Почему посольство молчит? Позор и ложь.", "criticism"},
    {"Вы опять врёте", "criticism"},
    {"Это было не так уж плохо", "support"},
    {"Мне не понравилось", "criticism"},
    {"Ничего хорошего", "criticism"},
    {"Когда будут выдавать визы", "question"},
};

const char *const kChinese[][2] = {
    {"谢谢大使馆！", "support"},           {"非常喜欢这次活动", "support"},
    {"请问活动在哪里？", "question"},      {"这是宣传，全是谎言。", "criticism"},
    {"这种说法没有说服力。", "criticism"}, {"关注中。", "neutral"},
};

} // namespace

void ClassifierTest::lexicons_load()
{
    QVERIFY2(m_classifier.lexiconError().isEmpty(), qPrintable(m_classifier.lexiconError()));
}

void ClassifierTest::russianStemmer_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    // Expected stems as Snowball's reference implementation gives them.
    const char *const cases[][2] = {
        {"пропаганда", "пропаганд"},
        {"позорная", "позорн"},
        {"позором", "позор"},
        {"стыдно", "стыдн"},
        {"спасибо", "спасиб"},
        {"молодцы", "молодц"},
        {"отличная", "отличн"},
        {"прекрасный", "прекрасн"},
        {"ложь", "лож"},
        {"красивейший", "красив"},
        {"сделавшись", "сдела"},
        {"радостью", "радост"},
        {"вопрос", "вопрос"},
        {"гостеприимство", "гостеприимств"},
        {"благодарим", "благодар"},
    };
    for (const auto &c : cases)
        QTest::newRow(c[0]) << QString::fromUtf8(c[0]) << QString::fromUtf8(c[1]);
}

void ClassifierTest::russianStemmer()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(inbox::russianStem(word).toString(), stem);
}

void ClassifierTest::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    const struct
    {
        const char *text;
        Language language;
    } cases[] = {
        {"Thank you for the hospitality!", Language::English},
        {"Brilliant readings!", Language::English},
        {"Wonderful evening, brilliant readings, lovely people", Language::English},
        {"Спасибо за прекрасный вечер!", Language::Russian},
        {"Ещё одно заявление, ёлки-палки", Language::Russian},
        {"Thanks! Спасибо большое за всё, было очень интересно", Language::Russian},
        {"非常喜欢俄罗斯文化活动，谢谢！", Language::Chinese},
        {"我用iPhone看了直播，很好", Language::Chinese},
        {"Дякую за підтримку, це дуже важливо", Language::Other},
        {"Ґанок і їжак", Language::Other},
        {"Vielen Dank für die Einladung, wir kommen gerne.", Language::Other},
        {"Merci pour la soirée, c'était très réussi et nous reviendrons", Language::Other},
        {"¿Dónde está la embajada? Gracias por la información", Language::Other},
        {"東京でのイベントはいつですか", Language::Other},
        {"Καλησπέρα σας", Language::Other},
        {"12345 !!! ???", Language::Other},
        {"https://example.org @someone #", Language::Other},
    };
    for (const auto &c : cases)
        QTest::newRow(c.text) << QString::fromUtf8(c.text) << c.language;
}

void ClassifierTest::language()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QCOMPARE(inbox::detectLanguage(text), language);
    QCOMPARE(m_classifier.classify(text).language, language);
}

void ClassifierTest::addCases(const char *const (*cases)[2], std::size_t count)
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Stance>("stance");
    for (std::size_t i = 0; i < count; ++i)
        QTest::newRow(cases[i][0]) << QString::fromUtf8(cases[i][0]) << stanceNamed(cases[i][1]);
}

void ClassifierTest::english_data()
{
    addCases(kEnglish, std::size(kEnglish));
}

void ClassifierTest::english()
{
    QFETCH(QString, text);
    QFETCH(Stance, stance);
    const auto c = m_classifier.classify(text);
    QVERIFY2(c.stance == stance, qPrintable(describe(c)));
    QCOMPARE(c.language, Language::English);
}

void ClassifierTest::russian_data()
{
    addCases(kRussian, std::size(kRussian));
}

void ClassifierTest::russian()
{
    QFETCH(QString, text);
    QFETCH(Stance, stance);
    const auto c = m_classifier.classify(text);
    QVERIFY2(c.stance == stance, qPrintable(describe(c)));
    QCOMPARE(c.language, Language::Russian);
}

void ClassifierTest::chinese_data()
{
    addCases(kChinese, std::size(kChinese));
}

void ClassifierTest::chinese()
{
    QFETCH(QString, text);
    QFETCH(Stance, stance);
    const auto c = m_classifier.classify(text);
    QVERIFY2(c.stance == stance, qPrintable(describe(c)));
    QCOMPARE(c.language, Language::Chinese);
}

void ClassifierTest::negation_flipsPolarity()
{
    const auto good = m_classifier.classify(QStringLiteral("The answer was good"));
    const auto notGood = m_classifier.classify(QStringLiteral("The answer was never good"));
    QVERIFY(good.score > 0);
    QVERIFY(notGood.score < 0);
    QVERIFY(notGood.cues.contains(QStringLiteral("negation: never")));
    // The clause ends the negation: "not" does not reach past the comma.
    const auto clause = m_classifier.classify(QStringLiteral("Not now, but a wonderful idea"));
    QCOMPARE(clause.stance, Stance::Support);
    const auto ru = m_classifier.classify(QStringLiteral("Это не плохо"));
    QVERIFY(ru.score > 0);
    QVERIFY(ru.cues.contains(QStringLiteral("negation: не")));
}

void ClassifierTest::intensifierAndShouting_raiseTheScore()
{
    const double plain = m_classifier.classify(QStringLiteral("A good answer")).score;
    const double very = m_classifier.classify(QStringLiteral("A very good answer")).score;
    const double caps = m_classifier.classify(QStringLiteral("A GOOD answer")).score;
    const double bang = m_classifier.classify(QStringLiteral("A good answer!!!")).score;
    QVERIFY(very > plain);
    QVERIFY(caps > plain);
    QVERIFY(bang > plain);
    const double ru = m_classifier.classify(QStringLiteral("Плохой ответ")).score;
    const double ruVery = m_classifier.classify(QStringLiteral("Крайне плохой ответ")).score;
    QVERIFY(ruVery < ru);
    QVERIFY(m_classifier.classify(QStringLiteral("Крайне плохой ответ"))
                .cues.contains(QStringLiteral("intensifier: крайне")));
}

void ClassifierTest::cues_nameTheDecidingWords()
{
    const auto c = m_classifier.classify(QStringLiteral("Это не ответ, а позор."));
    QCOMPARE(c.stance, Stance::Criticism);
    QVERIFY2(c.cues.contains(QStringLiteral("позор")), qPrintable(describe(c)));
    QVERIFY(c.score < -0.5);
    QVERIFY(c.score >= -1);
    const auto s = m_classifier.classify(QStringLiteral("Yeah right, great job"));
    QVERIFY2(s.cues.contains(QStringLiteral("sarcasm: yeah right")), qPrintable(describe(s)));
    const auto q = m_classifier.classify(QStringLiteral("Подскажите адрес консульства"));
    QCOMPARE(q.stance, Stance::Question);
    QVERIFY(q.cues.contains(QStringLiteral("question: подскажите")));
}

void ClassifierTest::demoTemplates_agreeWithTheirGroups()
{
    // The templates of app/workspace/demomentions.cpp, copied with the stance their group intends.
    const char *const templates[][2] = {
        {"This is pure propaganda. Nobody believes your statements on Syria any more.", "criticism"},
        {"Disgraceful. The sanctions exist for a reason and this post ignores it.", "criticism"},
        {"Another whitewash from the Embassy. Where is the answer to the report?", "criticism"},
        {"Why should anyone trust this account after last week's claims?", "criticism"},
        {"Очередная пропаганда. Стыдно читать такие заявления.", "criticism"},
        {"Это не ответ на вопрос, а попытка уйти от темы. Позор.", "criticism"},
        {"这种说法没有说服力。", "criticism"},
        {"Wonderful evening at the Embassy, thank you for the hospitality!", "support"},
        {"Great to see the Year of Language and Literature taking off. Brilliant readings.", "support"},
        {"Thank you for explaining your position so clearly.", "support"},
        {"Спасибо за прекрасный вечер и за трансляцию!", "support"},
        {"Отличная инициатива, ждём новых встреч в посольстве.", "support"},
        {"非常喜欢俄罗斯文化活动，谢谢！", "support"},
        {"How do I apply for a visa appointment in January? The website is unclear.", "question"},
        {"Will the exhibition stay open next weekend?", "question"},
        {"Is there a transcript of the Ambassador's speech?", "question"},
        {"Подскажите, как записаться на приём в консульский отдел?", "question"},
        {"Будет ли запись трансляции?", "question"},
        {"请问俄语周的活动在哪里举行？", "question"},
        {"Reporting on the talks from Geneva today.", "neutral"},
        {"Shared with our readers in the morning briefing.", "neutral"},
        {"Интересно, посмотрим, что будет дальше.", "neutral"},
        {"关注中。", "neutral"},
    };
    int agree = 0;
    QStringList disagreements;
    for (const auto &t : templates) {
        const auto c = m_classifier.classify(QString::fromUtf8(t[0]));
        if (c.stance == stanceNamed(t[1]))
            ++agree;
        else
            disagreements << QString::fromUtf8(t[0]) + QStringLiteral(": ") + describe(c);
    }
    const int total = int(std::size(templates));
    QVERIFY2(agree * 10 >= total * 9, qPrintable(disagreements.join(QLatin1Char('\n'))));
}

void ClassifierTest::emptyAndSymbols_areNeutralOther()
{
    for (const QString &text :
         {QString(), QStringLiteral("   "), QStringLiteral("🙂🙂"), QStringLiteral("12:30")}) {
        const auto c = m_classifier.classify(text);
        QCOMPARE(c.stance, Stance::Neutral);
        QCOMPARE(c.language, Language::Other);
        QCOMPARE(c.score, 0.0);
    }
}

QTEST_GUILESS_MAIN(ClassifierTest)
#include "tst_classifier.moc"
