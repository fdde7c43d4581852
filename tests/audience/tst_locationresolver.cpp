#include "audience/gazetteer.h"
#include "audience/locationresolver.h"
#include "audience/normalizer.h"

#include <QBuffer>
#include <QTest>

using audience::Gazetteer;
using audience::Location;
using audience::LocationResolver;

// Free-text locations in English, Russian and Chinese resolve to a country and city, or to unknown when
// ambiguous.
class LocationResolverTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void embeddedGazetteer_loadsEveryCityAndCountry();
    void resolve_data();
    void resolve();
    void cachedAndUncached_agree();
    void garbage_neverCrashesAndStaysInRange();
    void normalizer_foldsCaseDiacriticsAndPunctuation();
    void malformedData_isRefusedWithLine();
    void json_nullsWhenUnknown();

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

void LocationResolverTest::initTestCase()
{
    m_gazetteer = Gazetteer::loadDefault();
    QVERIFY(m_gazetteer);
}

void LocationResolverTest::embeddedGazetteer_loadsEveryCityAndCountry()
{
    QVERIFY(m_gazetteer->cities().size() > 20000);
    QVERIFY(m_gazetteer->countries().size() >= 249);
    QVERIFY(m_gazetteer->isCountry(QStringLiteral("GB")));
    QVERIFY(!m_gazetteer->isCountry(QStringLiteral("EU")));
    // Shared while held: a second caller gets the same instance.
    QCOMPARE(Gazetteer::loadDefault().get(), m_gazetteer.get());
}

void LocationResolverTest::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country"); // empty: unknown
    QTest::addColumn<QString>("city");    // empty: no city
    QTest::addColumn<double>("minConfidence");

    auto row = [](const char *name, const QString &text, const char *country, const QString &city,
                  double min) { QTest::newRow(name) << text << QString::fromLatin1(country) << city << min; };
    const QString none;
    // English
    row("London, England", QStringLiteral("London, England"), "GB", QStringLiteral("London"), 0.9);
    row("london lower case", QStringLiteral("london"), "GB", QStringLiteral("London"), 0.7);
    row("LONDON, UK", QStringLiteral("LONDON, UK"), "GB", QStringLiteral("London"), 0.85);
    row("London, Ontario", QStringLiteral("London, Ontario"), "CA", QStringLiteral("London"), 0.9);
    row("London ON", QStringLiteral("London ON"), "CA", QStringLiteral("London"), 0.9);
    row("Paris", QStringLiteral("Paris"), "FR", QStringLiteral("Paris"), 0.7);
    row("Paris, TX", QStringLiteral("Paris, TX"), "US", QStringLiteral("Paris"), 0.9);
    row("Paris, France", QStringLiteral("Paris, France"), "FR", QStringLiteral("Paris"), 0.85);
    row("NYC", QStringLiteral("NYC"), "US", QStringLiteral("New York City"), 0.7);
    row("New York, NY", QStringLiteral("New York, NY"), "US", QStringLiteral("New York City"), 0.9);
    row("LA", QStringLiteral("LA"), "US", QStringLiteral("Los Angeles"), 0.7);
    row("Edinburgh", QStringLiteral("Edinburgh"), "GB", QStringLiteral("Edinburgh"), 0.7);
    row("Edinburgh, Scotland", QStringLiteral("Edinburgh, Scotland"), "GB", QStringLiteral("Edinburgh"), 0.9);
    row("Manchester UK", QStringLiteral("Manchester UK"), "GB", QStringLiteral("Manchester"), 0.85);
    row("Cardiff, Wales", QStringLiteral("Cardiff, Wales"), "GB", QStringLiteral("Cardiff"), 0.9);
    row("Belfast | Northern Ireland", QStringLiteral("Belfast | Northern Ireland"), "GB",
        QStringLiteral("Belfast"), 0.9);
    row("Perth, Scotland", QStringLiteral("Perth, Scotland"), "GB", QStringLiteral("Perth"), 0.9);
    row("based in London", QStringLiteral("based in London"), "GB", QStringLiteral("London"), 0.7);
    row("Washington, D.C.", QStringLiteral("Washington, D.C."), "US", QStringLiteral("Washington, D.C."),
        0.85);
    row("São Paulo diacritics", QStringLiteral("Sao Paulo, Brasil"), "BR", QStringLiteral("São Paulo"), 0.85);
    row("Zürich", QStringLiteral("Zürich"), "CH", QStringLiteral("Zürich"), 0.7);
    row("Kent, a county not the US town", QStringLiteral("Kent"), "GB", none, 0.8);
    row("Durham, county town wins", QStringLiteral("Durham"), "GB", QStringLiteral("Durham"), 0.8);
    row("St Petersburg", QStringLiteral("St Petersburg"), "RU", QStringLiteral("Saint Petersburg"), 0.7);
    row("Saint Petersburg, FL", QStringLiteral("Saint Petersburg, FL"), "US",
        QStringLiteral("St. Petersburg"), 0.9);
    row("United Kingdom", QStringLiteral("United Kingdom"), "GB", none, 0.85);
    row("Great Britain", QStringLiteral("Great Britain"), "GB", none, 0.85);
    row("England", QStringLiteral("England"), "GB", none, 0.8);
    row("USA", QStringLiteral("USA"), "US", none, 0.85);
    row("America", QStringLiteral("America"), "US", none, 0.85);
    row("Ontario alone", QStringLiteral("Ontario, Canada"), "CA", none, 0.8);
    row("Georgia the country", QStringLiteral("Georgia"), "GE", none, 0.8);
    row("Georgia, USA: the state", QStringLiteral("Georgia, USA"), "US", none, 0.85);
    row("Tbilisi, Georgia", QStringLiteral("Tbilisi, Georgia"), "GE", QStringLiteral("Tbilisi"), 0.85);
    row("Atlanta, Georgia", QStringLiteral("Atlanta, Georgia"), "US", QStringLiteral("Atlanta"), 0.85);
    row("Springfield, MO", QStringLiteral("Springfield, MO"), "US", QStringLiteral("Springfield"), 0.9);
    row("Springfield, USA", QStringLiteral("Springfield, USA"), "US", none, 0.6);
    row("flag GB", QStringLiteral("\U0001F1EC\U0001F1E7"), "GB", none, 0.75);
    row("flag Scotland",
        QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"), "GB", none,
        0.75);
    row("London with flag", QStringLiteral("London \U0001F1EC\U0001F1E7"), "GB", QStringLiteral("London"),
        0.9);
    row("Paris, UK (no such city)", QStringLiteral("Paris, UK"), "GB", none, 0.8);
    // Russian
    row("Москва", QStringLiteral("Москва"), "RU", QStringLiteral("Moscow"), 0.7);
    row("г. Москва", QStringLiteral("г. Москва"), "RU", QStringLiteral("Moscow"), 0.7);
    row("Москва, Россия", QStringLiteral("Москва, Россия"), "RU", QStringLiteral("Moscow"), 0.85);
    row("Санкт-Петербург", QStringLiteral("Санкт-Петербург"), "RU", QStringLiteral("Saint Petersburg"), 0.7);
    row("Питер", QStringLiteral("Питер"), "RU", QStringLiteral("Saint Petersburg"), 0.7);
    row("SPb", QStringLiteral("SPb"), "RU", QStringLiteral("Saint Petersburg"), 0.7);
    row("Екатеринбург ё", QStringLiteral("Екатеринбург"), "RU", QStringLiteral("Yekaterinburg"), 0.7);
    row("Лондон, Великобритания", QStringLiteral("Лондон, Великобритания"), "GB", QStringLiteral("London"),
        0.85);
    row("Россия", QStringLiteral("Россия"), "RU", none, 0.85);
    row("РФ", QStringLiteral("РФ"), "RU", none, 0.85);
    row("Казань", QStringLiteral("Казань"), "RU", QStringLiteral("Kazan"), 0.7);
    row("Новосибирск", QStringLiteral("Новосибирск"), "RU", QStringLiteral("Novosibirsk"), 0.7);
    row("Киев", QStringLiteral("Киев"), "UA", QStringLiteral("Kyiv"), 0.7);
    // Chinese
    row("北京", QStringLiteral("北京"), "CN", QStringLiteral("Beijing"), 0.7);
    row("北京市", QStringLiteral("北京市"), "CN", QStringLiteral("Beijing"), 0.7);
    row("中国北京", QStringLiteral("中国北京"), "CN", QStringLiteral("Beijing"), 0.85);
    row("中国·上海", QStringLiteral("中国·上海"), "CN", QStringLiteral("Shanghai"), 0.85);
    row("广东 深圳", QStringLiteral("广东 深圳"), "CN", QStringLiteral("Shenzhen"), 0.85);
    row("北京 朝阳区", QStringLiteral("北京 朝阳区"), "CN", QStringLiteral("Beijing"), 0.8);
    row("北京朝阳区", QStringLiteral("北京朝阳区"), "CN", QStringLiteral("Beijing"), 0.8);
    row("广东 深圳 南山区", QStringLiteral("广东 深圳 南山区"), "CN", QStringLiteral("Shenzhen"), 0.85);
    row("我爱北京 is a sentence", QStringLiteral("我爱北京"), "", QString(), 0);
    row("英国伦敦", QStringLiteral("英国伦敦"), "GB", QStringLiteral("London"), 0.85);
    row("中国", QStringLiteral("中国"), "CN", none, 0.85);
    row("英国", QStringLiteral("英国"), "GB", none, 0.85);
    row("俄罗斯", QStringLiteral("俄罗斯"), "RU", none, 0.85);
    row("海外 英国", QStringLiteral("海外 英国"), "GB", none, 0.8);
    row("中国 香港", QStringLiteral("中国 香港"), "HK", none, 0.85);
    row("Taiwan, China is not settled", QStringLiteral("台湾, 中国"), "", none, 0);
    row("香港", QStringLiteral("香港"), "HK", none, 0.8);
    // Unknown: ambiguous, vague, nonsense, empty
    row("Springfield", QStringLiteral("Springfield"), "", none, 0);
    row("somewhere in the EU", QStringLiteral("somewhere in the EU"), "", none, 0);
    row("Worldwide", QStringLiteral("Worldwide"), "", none, 0);
    row("Europe", QStringLiteral("Europe"), "", none, 0);
    row("он/она", QStringLiteral("он/она"), "", none, 0);
    row("she/her", QStringLiteral("she/her"), "", none, 0);
    row("empty", QString(), "", none, 0);
    row("blank", QStringLiteral("   "), "", none, 0);
    row("nonsense", QStringLiteral("asdfghjkl"), "", none, 0);
    row("sentence", QStringLiteral("I love my cat"), "", none, 0);
    row("two cities", QStringLiteral("London / Moscow"), "", none, 0);
    row("two flags", QStringLiteral("\U0001F1EC\U0001F1E7\U0001F1F7\U0001F1FA"), "", none, 0);
    row("EU flag", QStringLiteral("\U0001F1EA\U0001F1FA"), "", none, 0);
    row("全球", QStringLiteral("全球"), "", none, 0);
    row("其他", QStringLiteral("其他"), "", none, 0);
    row("Весь мир", QStringLiteral("Весь мир"), "", none, 0);
}

void LocationResolverTest::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(QString, city);
    QFETCH(double, minConfidence);
    LocationResolver resolver(m_gazetteer);
    const Location l = resolver.resolve(text);
    QCOMPARE(l.country, country);
    QCOMPARE(l.city, city);
    if (country.isEmpty()) {
        QCOMPARE(l.confidence, 0.0);
    } else {
        QVERIFY2(l.confidence >= minConfidence && l.confidence <= 1.0,
                 QByteArray::number(l.confidence).constData());
    }
}

void LocationResolverTest::cachedAndUncached_agree()
{
    LocationResolver resolver(m_gazetteer, 2);
    const QStringList texts = {QStringLiteral("London"),      QStringLiteral("Москва"),
                               QStringLiteral("北京"),        QStringLiteral("London"),
                               QStringLiteral("Springfield"), QStringLiteral("London")};
    for (const QString &t : texts)
        QCOMPARE(resolver.resolve(t), resolver.resolveUncached(t));
}

void LocationResolverTest::garbage_neverCrashesAndStaysInRange()
{
    // Code units that stress every path: separators, unpaired surrogates, flags cut in half, tags,
    // ideographs.
    const char16_t pool[] = {u',',      u'/',      u'|',      u' ',      u'-',      u'a',   u'Z',
                             u'\u00E9', u'\u0451', u'\u4EAC', u'\u5E02', u'\u533A', 0xD83C, 0xDDEC,
                             0xDDE7,    0xDB40,    0xDC67,    0xFE0F,    0x200D,    u'(',   u'.'};
    LocationResolver resolver(m_gazetteer);
    quint32 state = 12345;
    for (int n = 0; n < 5000; ++n) {
        QString text;
        const int length = int(state % 24);
        for (int k = 0; k < length; ++k) {
            state = state * 1103515245u + 12345u;
            text.append(QChar(pool[(state >> 16) % (sizeof(pool) / sizeof(pool[0]))]));
        }
        state = state * 1103515245u + 12345u;
        const Location l = resolver.resolve(text);
        QVERIFY(l.confidence >= 0.0 && l.confidence <= 1.0);
        QCOMPARE(l.confidence == 0.0, !l.isKnown());
    }
    // A very long text is cut, not scanned whole.
    const Location l = resolver.resolve(QStringLiteral("London, ") + QString(100000, QLatin1Char('x')));
    QCOMPARE(l.country, QStringLiteral("GB"));
}

void LocationResolverTest::normalizer_foldsCaseDiacriticsAndPunctuation()
{
    using audience::Normalizer;
    QCOMPARE(Normalizer::folded(u"  São-Paulo!! "), std::u16string(u"sao paulo"));
    QCOMPARE(Normalizer::folded(u"ЁЛКИ Йошкар-Ола"), std::u16string(u"елки йошкар ола"));
    QCOMPARE(Normalizer::folded(u"St. John's"), std::u16string(u"st johns"));
    QCOMPARE(Normalizer::folded(u"ＬＯＮＤＯＮ"), std::u16string(u"london"));
    std::u16string buffer;
    std::vector<std::u16string_view> parts;
    Normalizer::splitParts(u"London, England / UK | Europe - Earth", buffer, parts);
    QCOMPARE(parts.size(), std::size_t(5));
    QVERIFY(parts[0] == u"london" && parts[4] == u"earth");
    Normalizer::splitParts(u"Санкт-Петербург", buffer, parts); // a hyphen inside a name does not split
    QCOMPARE(parts.size(), std::size_t(1));
}

void LocationResolverTest::malformedData_isRefusedWithLine()
{
    QByteArray cities("GB\tENG\t100\tTown\t\nXXX\tbroken\n");
    QByteArray places("country\tGB\t\tUK\n");
    QBuffer c(&cities);
    QBuffer p(&places);
    c.open(QIODevice::ReadOnly);
    p.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY(!Gazetteer::load(c, p, &error));
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

void LocationResolverTest::json_nullsWhenUnknown()
{
    QCOMPARE(Location().toJson(), QByteArray("{\"country\":null,\"city\":null,\"confidence\":0}"));
    QCOMPARE((Location{QStringLiteral("GB"), QStringLiteral("London"), 0.95}).toJson(),
             QByteArray("{\"country\":\"GB\",\"city\":\"London\",\"confidence\":0.95}"));
    QCOMPARE((Location{QStringLiteral("CI"), QStringLiteral("Say \"hi\""), 0.5}).toJson(),
             QByteArray("{\"country\":\"CI\",\"city\":\"Say \\\"hi\\\"\",\"confidence\":0.5}"));
}

QTEST_GUILESS_MAIN(LocationResolverTest)
#include "tst_locationresolver.moc"
