#include "text/emojimatcher.h"

#include <QTest>

using text::EmojiMatcher;

// The emoji sequence matcher on its own: how many UTF-16 units the sequence starting at 0 covers.
class EmojiMatcherTest : public QObject
{
    Q_OBJECT
private slots:
    void sequenceLength_data();
    void sequenceLength();
};

void EmojiMatcherTest::sequenceLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("family ZWJ") << QStringLiteral(
                                       "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466")
                                << 11;
    QTest::newRow("flag") << QStringLiteral("\U0001F1EC\U0001F1E7x") << 4;
    QTest::newRow("lone regional indicator") << QStringLiteral("\U0001F1EC x") << 2;
    QTest::newRow("subdivision flag")
        << QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F") << 14;
    QTest::newRow("keycap") << QStringLiteral("1\uFE0F\u20E3") << 3;
    QTest::newRow("keycap without VS16") << QStringLiteral("#\u20E3") << 2;
    QTest::newRow("digit alone") << QStringLiteral("1") << 0;
    QTest::newRow("skin tone on modifier base") << QStringLiteral("\U0001F44D\U0001F3FD") << 4;
    QTest::newRow("skin tone after non-base stays apart") << QStringLiteral("\U0001F637\U0001F3FD") << 2;
    QTest::newRow("VS16 after text-default base") << QStringLiteral("\u263A\uFE0F") << 2;
    QTest::newRow("text-default base alone") << QStringLiteral("\u263A") << 1;
    QTest::newRow("VS16 after emoji-default base stays apart") << QStringLiteral("\U0001F637\uFE0F") << 2;
    QTest::newRow("copyright needs VS16") << QStringLiteral("\u00A9") << 0;
    QTest::newRow("copyright with VS16") << QStringLiteral("\u00A9\uFE0F") << 2;
    QTest::newRow("ZWJ to text-default without VS16 does not join")
        << QStringLiteral("\u2122\u200D\u2122") << 1;
    QTest::newRow("ZWJ with VS16 element") << QStringLiteral("\U0001F468\u200D\u2695\uFE0F") << 5;
    QTest::newRow("trailing ZWJ is not part") << QStringLiteral("\U0001F468\u200D") << 2;
    QTest::newRow("letter") << QStringLiteral("a") << 0;
    QTest::newRow("CJK") << QStringLiteral("\u65E5") << 0;
}

void EmojiMatcherTest::sequenceLength()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(EmojiMatcher::sequenceLength(text, 0), qsizetype(length));
}

QTEST_GUILESS_MAIN(EmojiMatcherTest)
#include "tst_emojimatcher.moc"
