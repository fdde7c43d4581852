#include "audience/gazetteer.h"

#include "audience/normalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QMutex>

namespace audience {

namespace {

// Resources of a static library are registered by a static initializer in its object library; nothing to
// call.
const QString citiesResource = QStringLiteral(":/gazetteer/cities.tsv");
const QString placesResource = QStringLiteral(":/gazetteer/places.tsv");

QString lineError(const char *file, qint64 line)
{
    return QCoreApplication::translate("audience", "gazetteer: %1, line %2 is malformed")
        .arg(QLatin1StringView(file))
        .arg(line);
}

std::optional<PlaceKind> placeKind(QByteArrayView id)
{
    if (id == "country")
        return PlaceKind::Country;
    if (id == "region")
        return PlaceKind::Region;
    if (id == "hint")
        return PlaceKind::Hint;
    if (id == "vague")
        return PlaceKind::Vague;
    if (id == "ignore")
        return PlaceKind::Ignore;
    return std::nullopt;
}

} // namespace

std::shared_ptr<const Gazetteer> Gazetteer::loadDefault()
{
    static QMutex mutex;
    static std::weak_ptr<const Gazetteer> cached;
    QMutexLocker lock(&mutex);
    // Kept while anyone holds it; a later caller reloads only after everyone let go.
    if (auto g = cached.lock())
        return g;
    QFile cities(citiesResource);
    QFile places(placesResource);
    if (!cities.open(QIODevice::ReadOnly) || !places.open(QIODevice::ReadOnly))
        return nullptr;
    auto g = load(cities, places);
    cached = g;
    return g;
}

std::shared_ptr<const Gazetteer> Gazetteer::load(QIODevice &cities, QIODevice &places, QString *error)
{
    std::shared_ptr<Gazetteer> g(new Gazetteer);
    NameIndex::Builder builder;
    if (!g->readPlaces(places, builder, error) || !g->readCities(cities, builder, error))
        return nullptr;
    const Gazetteer *raw = g.get();
    // Within one name: countries, regions and the rest before cities, cities by population, most populous
    // first.
    g->m_index = builder.build([raw](const PlaceRef &a, const PlaceRef &b) {
        if (a.kind != b.kind)
            return int(a.kind) > int(b.kind);
        if (a.kind == PlaceKind::City)
            return raw->m_cities[a.index].population > raw->m_cities[b.index].population;
        return a.index < b.index;
    });
    return g;
}

bool Gazetteer::readCities(QIODevice &device, NameIndex::Builder &builder, QString *error)
{
    // country \t admin1 \t population \t name \t variants|...
    const QByteArray all = device.readAll();
    qint64 lineNumber = 0;
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            end = all.size();
        const QByteArrayView line(all.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QByteArrayView fields[5];
        qsizetype at = 0;
        int count = 0;
        for (; count < 5; ++count) {
            const qsizetype tab = count < 4 ? line.indexOf('\t', at) : line.size();
            if (tab < 0)
                break;
            fields[count] = line.sliced(at, tab - at);
            at = tab + 1;
        }
        bool ok = false;
        const qint64 population = count == 5 ? fields[2].toLongLong(&ok) : 0;
        if (count != 5 || fields[0].size() != 2 || !ok) {
            if (error)
                *error = lineError("cities.tsv", lineNumber);
            return false;
        }
        const auto index = quint32(m_cities.size());
        City c{QString::fromUtf8(fields[3]), QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]),
               population};
        builder.add(Normalizer::folded(c.name), {PlaceKind::City, index});
        const QString variants = QString::fromUtf8(fields[4]);
        for (const QStringView v : QStringView(variants).split(u'|', Qt::SkipEmptyParts))
            builder.add(Normalizer::folded(v), {PlaceKind::City, index});
        m_cities.push_back(std::move(c));
    }
    return true;
}

bool Gazetteer::readPlaces(QIODevice &device, NameIndex::Builder &builder, QString *error)
{
    // kind \t country \t admin1 \t names|...
    QHash<QString, quint32> countryIndex;
    qint64 lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        ++lineNumber;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        const auto kind = f.size() == 4 ? placeKind(f[0]) : std::nullopt;
        if (!kind) {
            if (error)
                *error = lineError("places.tsv", lineNumber);
            return false;
        }
        const QString country = QString::fromLatin1(f[1]);
        quint32 index = 0;
        if (*kind == PlaceKind::Country) {
            index = quint32(m_countries.size());
            countryIndex.insert(country, index);
            m_countries.push_back(country);
            m_countrySet.insert(country);
        } else if (*kind == PlaceKind::Region || *kind == PlaceKind::Hint) {
            index = quint32(m_regions.size());
            m_regions.push_back({country, QString::fromLatin1(f[2])});
        }
        const QString names = QString::fromUtf8(f[3]);
        for (const QStringView n : QStringView(names).split(u'|', Qt::SkipEmptyParts))
            builder.add(Normalizer::folded(n), {*kind, index});
    }
    return true;
}

} // namespace audience
