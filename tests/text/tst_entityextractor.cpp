#include "conformancedata.h"
#include "text/entityextractor.h"

#include <QTest>

using text::Entities;
using text::Entity;
using text::EntityExtractor;

// Mentions, lists, hashtags, cashtags and URLs against every case of twitter-text's extract.yml sections for
// them, with indices where the section gives them. Entities are compared as "value" or "value [start,end)"
// strings so a failure shows the whole list.
class EntityExtractorTest : public QObject
{
    Q_OBJECT
private slots:
    void conformance_data();
    void conformance();
    void replies_data();
    void replies();
    void all_mergesAndDropsOverlaps();
    void urlInHashtagText_hashtagDropped();
    void loneSurrogate_doesNotHideEntities();
};

namespace {

enum Kind { Mentions, MentionsOrLists, Urls, Hashtags, Cashtags };

QString describe(const QString &value, qsizetype start, qsizetype end, bool withIndices)
{
    return withIndices ? QStringLiteral("%1 [%2,%3)").arg(value).arg(start).arg(end) : value;
}

} // namespace

void EntityExtractorTest::conformance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("withIndices");
    QTest::addColumn<QStringList>("expected");
    const struct
    {
        const char *section;
        Kind kind;
        bool withIndices;
        const char *valueKey;
    } sections[] = {
        {"mentions", Mentions, false, nullptr},
        {"mentions_with_indices", Mentions, true, "screen_name"},
        {"mentions_or_lists_with_indices", MentionsOrLists, true, "screen_name"},
        {"urls", Urls, false, nullptr},
        {"urls_with_indices", Urls, true, "url"},
        {"urls_with_directional_markers", Urls, true, "url"},
        {"tco_urls_with_params", Urls, false, nullptr},
        {"hashtags", Hashtags, false, nullptr},
        {"hashtags_from_astral", Hashtags, false, nullptr},
        {"hashtags_with_indices", Hashtags, true, "hashtag"},
        {"cashtags", Cashtags, false, nullptr},
        {"cashtags_with_indices", Cashtags, true, "cashtag"},
    };
    for (const auto &s : sections) {
        const QJsonArray cases = conformanceSection(QStringLiteral("extract.json"), QLatin1String(s.section));
        int i = 0;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QStringList expected;
            for (const QJsonValue &e : c.value(QLatin1String("expected")).toArray()) {
                if (!s.valueKey) {
                    expected << e.toString();
                    continue;
                }
                const QJsonObject o = e.toObject();
                const QJsonArray indices = o.value(QLatin1String("indices")).toArray();
                const QString value = o.value(QLatin1String(s.valueKey)).toString() +
                                      o.value(QLatin1String("list_slug")).toString();
                expected << describe(value, indices.at(0).toInt(), indices.at(1).toInt(), true);
            }
            const QString name = QStringLiteral("%1 #%2: %3")
                                     .arg(QLatin1String(s.section))
                                     .arg(++i)
                                     .arg(c.value(QLatin1String("description")).toString());
            QTest::newRow(qPrintable(name))
                << c.value(QLatin1String("text")).toString() << int(s.kind) << s.withIndices << expected;
        }
    }
}

void EntityExtractorTest::conformance()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(bool, withIndices);
    QFETCH(QStringList, expected);
    Entities found;
    switch (Kind(kind)) {
    case Mentions:
        found = EntityExtractor::mentions(text);
        break;
    case MentionsOrLists:
        found = EntityExtractor::mentionsOrLists(text);
        break;
    case Urls:
        found = EntityExtractor::urls(text);
        break;
    case Hashtags:
        found = EntityExtractor::hashtags(text);
        break;
    case Cashtags:
        found = EntityExtractor::cashtags(text);
        break;
    }
    QStringList actual;
    for (const Entity &e : std::as_const(found))
        actual << describe(e.value + e.listSlug, e.start, e.end, withIndices);
    QCOMPARE(actual, expected);
}

void EntityExtractorTest::replies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    int i = 0;
    for (const QJsonValue &v :
         conformanceSection(QStringLiteral("extract.json"), QStringLiteral("replies"))) {
        const QJsonObject c = v.toObject();
        const QString name =
            QStringLiteral("replies #%1: %2").arg(++i).arg(c.value(QLatin1String("description")).toString());
        QTest::newRow(qPrintable(name)) << c.value(QLatin1String("text")).toString()
                                        << c.value(QLatin1String("expected")).toString(); // null becomes ""
    }
}

void EntityExtractorTest::replies()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(EntityExtractor::replyScreenName(text), expected);
}

void EntityExtractorTest::all_mergesAndDropsOverlaps()
{
    const QString text =
        QStringLiteral("@embassy #Diplomacy see https://example.org/a#frag $GBP and @team/press");
    const Entities all = EntityExtractor::all(text);
    QStringList kinds;
    for (const Entity &e : all)
        kinds << text.mid(e.start, e.end - e.start);
    QCOMPARE(kinds, (QStringList{QStringLiteral("@embassy"), QStringLiteral("#Diplomacy"),
                                 QStringLiteral("https://example.org/a#frag"), QStringLiteral("$GBP"),
                                 QStringLiteral("@team/press")}));
    QCOMPARE(all.at(4).listSlug, QStringLiteral("/press"));
}

void EntityExtractorTest::urlInHashtagText_hashtagDropped()
{
    QCOMPARE(EntityExtractor::hashtags(QStringLiteral("http://example.com/#anchor")).size(), 0);
}

void EntityExtractorTest::loneSurrogate_doesNotHideEntities()
{
    // As the reference: a lone surrogate is "some other character" before a mention, but no hashtag boundary.
    const QString text = QStringLiteral("@user ") + QChar(0xD83D) + QStringLiteral(" #tag $GBP ") +
                         QChar(0xDC00) + QStringLiteral("#not");
    QCOMPARE(EntityExtractor::mentions(text).size(), 1);
    const Entities tags = EntityExtractor::hashtags(text);
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first().value, QStringLiteral("tag"));
    QCOMPARE(tags.first().start, 8);
    QCOMPARE(EntityExtractor::cashtags(text).size(), 1);
}

QTEST_GUILESS_MAIN(EntityExtractorTest)
#include "tst_entityextractor.moc"
