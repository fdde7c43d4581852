#include "conformancedata.h"
#include "text/twittercounter.h"

#include <QTest>

using text::CountResult;
using text::TwitterConfig;
using text::TwitterCounter;

Q_DECLARE_METATYPE(text::CountResult)

// X's weighted length against every case of twitter-text's validate.yml weighted-length sections, plus the
// examples of PLATFORMS.md and the fast path's edges.
class TwitterCounterTest : public QObject
{
    Q_OBJECT
private slots:
    void conformance_data();
    void conformance();
    void platformExamples_data();
    void platformExamples();
    void fastPath_matchesGeneralPath_data();
    void fastPath_matchesGeneralPath();
    void emptyText_isInvalid();
};

void TwitterCounterTest::conformance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("emoji");
    QTest::addColumn<CountResult>("expected");
    // Which configuration each section uses, as the reference harnesses do.
    const struct
    {
        const char *section;
        bool emoji;
    } sections[] = {{"WeightedTweetsCounterTest", false},
                    {"WeightedTweetsWithDiscountedEmojiCounterTest", true},
                    {"UnicodeDirectionalMarkerCounterTest", true}};
    for (const auto &s : sections) {
        const QJsonArray cases =
            conformanceSection(QStringLiteral("validate.json"), QLatin1String(s.section));
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QJsonObject e = c.value(QLatin1String("expected")).toObject();
            QCOMPARE(e.value(QLatin1String("displayRangeStart")).toInt(), 0);
            QCOMPARE(e.value(QLatin1String("validRangeStart")).toInt(), 0);
            const CountResult expected{
                e.value(QLatin1String("weightedLength")).toInt(), e.value(QLatin1String("valid")).toBool(),
                e.value(QLatin1String("permillage")).toInt(), e.value(QLatin1String("validRangeEnd")).toInt(),
                e.value(QLatin1String("displayRangeEnd")).toInt()};
            const QString name = QLatin1String(s.section) + QLatin1String(": ") +
                                 c.value(QLatin1String("description")).toString();
            QTest::newRow(qPrintable(name))
                << c.value(QLatin1String("text")).toString() << s.emoji << expected;
        }
    }
}

void TwitterCounterTest::conformance()
{
    QFETCH(QString, text);
    QFETCH(bool, emoji);
    QFETCH(CountResult, expected);
    const CountResult actual = TwitterCounter::count(text, emoji ? TwitterConfig::v3() : TwitterConfig::v2());
    QCOMPARE(actual.weightedLength, expected.weightedLength);
    QCOMPARE(actual.valid, expected.valid);
    QCOMPARE(actual.permillage, expected.permillage);
    QCOMPARE(actual.validRangeEnd, expected.validRangeEnd);
    QCOMPARE(actual.displayRangeEnd, expected.displayRangeEnd);
}

void TwitterCounterTest::platformExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("weightedLength");
    QTest::addColumn<bool>("valid");
    QTest::newRow("url") << QStringLiteral("Hi http://test.co") << 26 << true;
    QTest::newRow("five emoji") << QStringLiteral("😷👾😡🔥💩") << 10 << true;
    QTest::newRow("140 CJK") << QString(140, QChar(0x65E5)) << 280 << true;
    QTest::newRow("141 CJK") << QString(141, QChar(0x65E5)) << 282 << false;
    QTest::newRow("flag") << QStringLiteral("🇬🇧") << 2 << true;
    QTest::newRow("keycap with VS16") << QStringLiteral("#\uFE0F\u20E3") << 2 << true;
    QTest::newRow("copyright alone is text") << QStringLiteral("\u00A9") << 1 << true;
    QTest::newRow("copyright with VS16 is emoji") << QStringLiteral("\u00A9\uFE0F") << 2 << true;
    QTest::newRow("newer ZWJ sequence (heart on fire)")
        << QStringLiteral("\u2764\uFE0F\u200D\U0001F525") << 2 << true;
    QTest::newRow("skin tone") << QStringLiteral("\U0001F44D\U0001F3FD") << 2 << true;
    QTest::newRow("url without scheme") << QStringLiteral("see example.com now") << 31 << true;
    QTest::newRow("sentence dots only") << QStringLiteral("Hello. Bye.") << 11 << true;
    QTest::newRow("Cyrillic") << QStringLiteral("Привет, мир") << 11 << true;
    QTest::newRow("invalid BOM") << QStringLiteral("a\uFEFFb") << 4 << false;
}

void TwitterCounterTest::platformExamples()
{
    QFETCH(QString, text);
    QFETCH(int, weightedLength);
    QFETCH(bool, valid);
    const CountResult r = TwitterCounter::count(text);
    QCOMPARE(r.weightedLength, weightedLength);
    QCOMPARE(r.valid, valid);
}

void TwitterCounterTest::fastPath_matchesGeneralPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << QStringLiteral("Good morning from the embassy");
    QTest::newRow("exactly 280") << QString(280, QLatin1Char('x'));
    QTest::newRow("281") << QString(281, QLatin1Char('x'));
    QTest::newRow("latin-1") << QStringLiteral("Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e");
    QTest::newRow("one char") << QStringLiteral("x");
}

void TwitterCounterTest::fastPath_matchesGeneralPath()
{
    QFETCH(QString, text);
    // A CJK character at the end forces the general path (NFC check) without changing any weight before it.
    const CountResult fast = TwitterCounter::count(text);
    const CountResult general = TwitterCounter::count(text + QChar(0x4E00));
    const int w = text.size();
    QCOMPARE(fast.weightedLength, w);
    QCOMPARE(general.weightedLength, w + 2);
    QCOMPARE(fast.validRangeEnd, qMin(w, 280) - 1);
    QCOMPARE(fast.displayRangeEnd, w - 1);
    QCOMPARE(fast.valid, w <= 280);
}

void TwitterCounterTest::emptyText_isInvalid()
{
    const CountResult r = TwitterCounter::count(QString());
    QCOMPARE(r.weightedLength, 0);
    QVERIFY(!r.valid);
    QCOMPARE(r.validRangeEnd, 0);
    QCOMPARE(r.displayRangeEnd, 0);
}

QTEST_GUILESS_MAIN(TwitterCounterTest)
#include "tst_twittercounter.moc"
