#include "text/threadsplitter.h"
#include "text/twittercounter.h"

#include <QRegularExpression>
#include <QTest>

using text::ThreadSplitter;
using text::TwitterCounter;

// Thread splitting: every part valid with its " k/n" suffix, nothing lost, breaks at the best boundary
// available.
class ThreadSplitterTest : public QObject
{
    Q_OBJECT
private slots:
    void fittingText_comesBackUnchanged();
    void emptyText_givesNoParts();
    void split_data();
    void split();
    void sentences_breakAfterSentenceEnds();
    void wordsWithoutSentences_breakBetweenWords();
    void urlNearBoundary_staysWhole();
    void shortSentenceThenLongOne_fillsPostsWithWords();
    void moreThanNineParts_numbersFit();

private:
    static QString withoutSuffix(const QString &part);
    static QString stripped(const QString &s)
    {
        return QString(s).remove(QRegularExpression(QStringLiteral("\\s")));
    }
};

QString ThreadSplitterTest::withoutSuffix(const QString &part)
{
    return QString(part).remove(QRegularExpression(QStringLiteral(" \\d+/\\d+$")));
}

void ThreadSplitterTest::fittingText_comesBackUnchanged()
{
    const QString text = QStringLiteral("A short statement from the embassy.");
    QCOMPARE(ThreadSplitter::split(text), QStringList{text});
}

void ThreadSplitterTest::emptyText_givesNoParts()
{
    QVERIFY(ThreadSplitter::split(QStringLiteral("  ")).isEmpty());
}

void ThreadSplitterTest::split_data()
{
    QTest::addColumn<QString>("text");
    QString english;
    for (int i = 1; i <= 12; ++i)
        english +=
            QStringLiteral("Sentence number %1 says something about the visit of the delegation. ").arg(i);
    QTest::newRow("english sentences") << english;
    QString chinese;
    for (int i = 0; i < 20; ++i)
        chinese += QStringLiteral("大使馆今天发表声明，欢迎代表团访问。");
    QTest::newRow("chinese sentences") << chinese;
    QTest::newRow("one huge word") << QString(700, QLatin1Char('x'));
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    QTest::newRow("emoji only") << emoji;
    QString russian;
    for (int i = 0; i < 15; ++i)
        russian +=
            QStringLiteral("Посольство приветствует делегацию и #дружба @embassy https://example.ru/news. ");
    QTest::newRow("russian with entities") << russian;
}

void ThreadSplitterTest::split()
{
    QFETCH(QString, text);
    const QStringList parts = ThreadSplitter::split(text);
    QVERIFY(parts.size() > 1);
    QString joined;
    for (int i = 0; i < parts.size(); ++i) {
        QVERIFY2(TwitterCounter::count(parts[i]).valid, qPrintable(parts[i]));
        QVERIFY(parts[i].endsWith(ThreadSplitter::suffix(i + 1, int(parts.size()))));
        joined += withoutSuffix(parts[i]);
    }
    QCOMPARE(stripped(joined), stripped(text));
}

void ThreadSplitterTest::sentences_breakAfterSentenceEnds()
{
    QString text;
    for (int i = 1; i <= 10; ++i)
        text += QStringLiteral("This is sentence %1 of a rather long statement on trade. ").arg(i);
    const QStringList parts = ThreadSplitter::split(text);
    for (const QString &part : parts)
        QVERIFY2(withoutSuffix(part).endsWith(QLatin1Char('.')), qPrintable(part));
}

void ThreadSplitterTest::wordsWithoutSentences_breakBetweenWords()
{
    QString text;
    for (int i = 0; i < 120; ++i)
        text += QStringLiteral("word%1 ").arg(i);
    const QStringList parts = ThreadSplitter::split(text);
    QVERIFY(parts.size() > 1);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const QString &w : withoutSuffix(part).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(words.contains(w), qPrintable(w));
    }
}

void ThreadSplitterTest::urlNearBoundary_staysWhole()
{
    const QString url =
        QStringLiteral("https://www.gov.uk/government/news/a-very-long-press-release-address");
    const QString text =
        QString(250, QLatin1Char('a'))
            .replace(QRegularExpression(QStringLiteral("a{10}")), QStringLiteral("aaaaaaaaa ")) +
        url + QStringLiteral(" more words after the link");
    const QStringList parts = ThreadSplitter::split(text);
    QVERIFY(std::any_of(parts.begin(), parts.end(), [&](const QString &p) { return p.contains(url); }));
}

void ThreadSplitterTest::shortSentenceThenLongOne_fillsPostsWithWords()
{
    QString text = QStringLiteral("Breaking news. ");
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("word%1 ").arg(i);
    const QStringList parts = ThreadSplitter::split(text);
    QCOMPARE(parts.size(), 2);
    QVERIFY(TwitterCounter::count(parts.first()).weightedLength > 200);
}

void ThreadSplitterTest::moreThanNineParts_numbersFit()
{
    QString text;
    for (int i = 0; i < 80; ++i)
        text += QStringLiteral("The ambassador met the minister to discuss cooperation. ");
    const QStringList parts = ThreadSplitter::split(text);
    QVERIFY(parts.size() >= 10);
    QVERIFY(parts.last().endsWith(QStringLiteral(" %1/%1").arg(parts.size())));
    for (const QString &part : parts)
        QVERIFY(TwitterCounter::count(part).valid);
}

QTEST_GUILESS_MAIN(ThreadSplitterTest)
#include "tst_threadsplitter.moc"
