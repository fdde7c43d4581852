// Location resolution throughput on one core over a realistic mix of follower locations (popular places
// written many ways, noise, a long tail of other towns, blanks and nonsense), the gazetteer's load time, and
// bio classification, in CPU time of the measuring thread. usage: bench_audience [--size N]   (N locations,
// default 1,000,000)
#include "audience/bioclassifier.h"
#include "audience/gazetteer.h"
#include "audience/locationresolver.h"
#include "benchdashboard.h"
#include "benchgenerator.h"
#include "benchoptions.h"

#include <QApplication>
#include <QFile>
#include <algorithm>
#include <time.h>

namespace {

// CPU time of this thread, so the figures are per core even when the machine runs other jobs (as bench_text).
class CpuTimer
{
public:
    CpuTimer() { restart(); }
    void restart() { m_start = now(); }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

// What followers of an embassy's accounts write, most frequent first (a Zipf-like pick favours the head).
const QStringList &popular()
{
    static const QStringList list = {
        QStringLiteral("London"),
        QStringLiteral("Москва"),
        QStringLiteral("London, England"),
        QStringLiteral("United Kingdom"),
        QStringLiteral("Россия"),
        QStringLiteral("Moscow"),
        QStringLiteral("London, UK"),
        QStringLiteral("Санкт-Петербург"),
        QStringLiteral("UK"),
        QStringLiteral("Moscow, Russia"),
        QStringLiteral("England"),
        QStringLiteral("北京"),
        QStringLiteral("Worldwide"),
        QStringLiteral("Manchester"),
        QStringLiteral("Edinburgh, Scotland"),
        QStringLiteral("Москва, Россия"),
        QStringLiteral("he/him"),
        QStringLiteral("NYC"),
        QStringLiteral("Paris"),
        QStringLiteral("上海"),
        QStringLiteral("Scotland"),
        QStringLiteral("Питер"),
        QStringLiteral("USA"),
        QStringLiteral("Birmingham, UK"),
        QStringLiteral("\U0001F1EC\U0001F1E7"),
        QStringLiteral("Earth"),
        QStringLiteral("Glasgow"),
        QStringLiteral("Kyiv"),
        QStringLiteral("Berlin, Germany"),
        QStringLiteral("Washington, DC"),
        QStringLiteral("Екатеринбург"),
        QStringLiteral("Brussels"),
        QStringLiteral("Cardiff, Wales"),
        QStringLiteral("中国"),
        QStringLiteral("Belfast"),
        QStringLiteral("Новосибирск"),
        QStringLiteral("Казань"),
        QStringLiteral("somewhere in the EU"),
        QStringLiteral("Leeds"),
        QStringLiteral("Bristol"),
        QStringLiteral("Oxford"),
        QStringLiteral("Cambridge"),
        QStringLiteral("Los Angeles, CA"),
        QStringLiteral("Dubai"),
        QStringLiteral("广东 深圳"),
        QStringLiteral("Минск"),
        QStringLiteral("Алматы"),
        QStringLiteral("Toronto, Ontario"),
        QStringLiteral("Sydney, Australia"),
        QStringLiteral("Hong Kong"),
    };
    return list;
}

QStringList generate(qint64 count, const audience::Gazetteer &gazetteer)
{
    const QStringList suffixes = {QStringLiteral(", UK"),
                                  QStringLiteral(" \U0001F1EC\U0001F1E7"),
                                  QStringLiteral(", Russia"),
                                  QStringLiteral(" | she/her"),
                                  QStringLiteral(" 🏳️‍🌈"),
                                  QStringLiteral(", Europe"),
                                  QStringLiteral("  "),
                                  QStringLiteral(".")};
    const QStringList countries = {QStringLiteral("UK"),     QStringLiteral("USA"),
                                   QStringLiteral("Россия"), QStringLiteral("China"),
                                   QStringLiteral("France"), QStringLiteral("India")};
    const auto &cities = gazetteer.cities();
    bench::Generator g;
    QStringList texts;
    texts.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const quint32 kind = g.below(100);
        QString t;
        if (kind < 60) {
            // The head: a place picked with probability falling with its rank.
            const quint32 r = g.below(quint32(popular().size()));
            t = popular()[qsizetype(std::min(r, g.below(quint32(popular().size()))))];
        } else if (kind < 80) {
            // The same places with noise: case, a suffix, filler.
            t = g.pick(popular());
            if (g.below(2))
                t = t.toUpper();
            t += g.pick(suffixes);
            if (g.below(4) == 0)
                t.prepend(QStringLiteral("based in "));
        } else if (kind < 95) {
            // The long tail: some town of the gazetteer, often with a country.
            const auto &c = cities[std::size_t(g.below(quint32(std::min<std::size_t>(cities.size(), 8000))))];
            t = c.name;
            if (g.below(2))
                t += QStringLiteral(", ") + g.pick(countries);
        } else if (kind < 97) {
            t = QString();
        } else {
            // Nonsense, never seen twice.
            for (int k = 0; k < 8; ++k)
                t.append(QChar(char16_t(u'a' + g.below(26))));
            t += QString::number(i);
        }
        texts.append(t);
    }
    return texts;
}

QStringList bios()
{
    return {QStringLiteral("Journalist at The Guardian. Politics, books, tea."),
            QStringLiteral("Moscow correspondent for The Times"),
            QStringLiteral("Депутат Государственной Думы, член комитета по образованию"),
            QStringLiteral("Co-founder & CEO @acme. Fintech, startups."),
            QStringLiteral("Предприниматель, инвестор, люблю путешествия"),
            QStringLiteral("Arsenal fan. Marathon runner. Travel addict."),
            QStringLiteral("Cats. Coffee. Sarcasm."),
            QStringLiteral("British Ambassador to Russia. Tweets in English and Russian."),
            QStringLiteral("PhD student in physics at Oxford University"),
            QString()};
}

} // namespace

int main(int argc, char *argv[])
{
    // The dashboard part draws charts: offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 size = bench::sizeOption(app.arguments(), 1'000'000);

    // Load cost: the embedded files read and indexed from scratch, best of three.
    double loadMs = 1e9;
    std::shared_ptr<const audience::Gazetteer> gazetteer;
    for (int round = 0; round < 3; ++round) {
        QFile cities(QStringLiteral(":/gazetteer/cities.tsv"));
        QFile places(QStringLiteral(":/gazetteer/places.tsv"));
        CpuTimer timer;
        if (!cities.open(QIODevice::ReadOnly) || !places.open(QIODevice::ReadOnly))
            return 1;
        gazetteer = audience::Gazetteer::load(cities, places);
        loadMs = std::min(loadMs, double(timer.nsecsElapsed()) / 1e6);
        if (!gazetteer)
            return 1;
    }

    const QStringList texts = generate(size, *gazetteer);
    qint64 known = 0;
    // One pass from an empty cache, as a sync of a million followers would run.
    audience::LocationResolver resolver(gazetteer);
    CpuTimer timer;
    for (const QString &t : texts)
        known += resolver.resolve(t).isKnown();
    const double perSecond = double(texts.size()) * 1e9 / double(timer.nsecsElapsed());

    // Without the cache: what every distinct string costs.
    const qsizetype uncachedCount = std::min<qsizetype>(texts.size(), 200'000);
    timer.restart();
    qint64 sink = 0;
    for (qsizetype i = 0; i < uncachedCount; ++i)
        sink += resolver.resolveUncached(texts[i]).isKnown();
    const double uncachedPerSecond = double(uncachedCount) * 1e9 / double(timer.nsecsElapsed());

    const audience::BioClassifier classifier;
    const QStringList sample = bios();
    const qint64 bioCount = std::max<qint64>(size / 5, 1);
    timer.restart();
    for (qint64 i = 0; i < bioCount; ++i)
        sink += int(classifier.classify(sample[qsizetype(i % sample.size())]).kind);
    const double biosPerSecond = double(bioCount) * 1e9 / double(timer.nsecsElapsed());

    bench::report("audience.resolve.locations_per_s", perSecond, "locations/s");
    bench::report("audience.resolve.uncached_locations_per_s", uncachedPerSecond, "locations/s");
    bench::report("audience.gazetteer.load_ms", loadMs, "ms");
    bench::report("audience.classify.bios_per_s", biosPerSecond, "bios/s");
    std::fprintf(stderr, "(%lld locations, %lld known; %zu cities, %lld names; checksum %lld)\n",
                 static_cast<long long>(texts.size()), static_cast<long long>(known),
                 gazetteer->cities().size(), static_cast<long long>(gazetteer->nameCount()),
                 static_cast<long long>(sink));
    // A full refresh of the Dashboards pane over the audience of these followers (benchdashboard.cpp).
    return benchDashboardRefresh(texts, sample);
}
