#include "text/nfc.h"

#include <QTest>

using text::Nfc;

// The NFC shortcut: text it calls inert must be exactly what QString::normalized returns, and text that NFC
// changes must never be called inert.
class NfcTest : public QObject
{
    Q_OBJECT
private slots:
    void normalized_matchesQt_data();
    void normalized_matchesQt();
};

void NfcTest::normalized_matchesQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inert");
    QTest::newRow("ascii") << QStringLiteral("Hello") << true;
    QTest::newRow("cyrillic") << QStringLiteral("Привет, мир") << true;
    QTest::newRow("cjk") << QStringLiteral("大使馆") << true;
    QTest::newRow("emoji") << QStringLiteral("\U0001F468\u200D\U0001F469\uFE0F") << true;
    QTest::newRow("combining acute") << QStringLiteral("e\u0301") << false;
    QTest::newRow("cyrillic short i decomposed") << QStringLiteral("\u0438\u0306") << false;
    QTest::newRow("CJK compatibility ideograph") << QStringLiteral("\uFA10") << false;
    QTest::newRow("Hangul jamo compose") << QStringLiteral("\u1100\u1161") << false;
    QTest::newRow("ohm sign") << QStringLiteral("\u2126") << false;
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD83D) << true;
}

void NfcTest::normalized_matchesQt()
{
    QFETCH(QString, text);
    QFETCH(bool, inert);
    QCOMPARE(Nfc::isInert(text), inert);
    QCOMPARE(Nfc::normalized(text), text.normalized(QString::NormalizationForm_C));
    if (inert)
        QCOMPARE(text.normalized(QString::NormalizationForm_C), text);
}

QTEST_GUILESS_MAIN(NfcTest)
#include "tst_nfc.moc"
