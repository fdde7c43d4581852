// Counting throughput on one core for a realistic mix of short posts: English, Russian, Chinese, emoji
// sequences, URLs, mentions and hashtags. usage: bench_text [--size N]   (N texts, default 200000)
#include "benchgenerator.h"
#include "text/twittercounter.h"
#include "text/weibocounter.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

// withUrlsOnly: every text carries a URL, the slow path (the regular expression runs), to show the worst
// case.
QStringList generate(int count, bool withUrlsOnly = false)
{
    const QStringList english = {
        QStringLiteral(
            "The ambassador met the foreign minister today to discuss trade and climate cooperation."),
        QStringLiteral(
            "Join us tomorrow at 18:00 for a reception celebrating 50 years of cultural exchange!"),
        QStringLiteral("Our consular section will be closed on Monday. Urgent cases: call the duty officer."),
        QStringLiteral("Congratulations to the winners of this year's scholarship programme"),
        QStringLiteral("Thank you all for coming"),
    };
    const QStringList russian = {
        QStringLiteral("Посол встретился с министром иностранных дел, чтобы обсудить торговлю и климат."),
        QStringLiteral("Консульский отдел не работает в понедельник. Срочные вопросы — дежурному."),
        QStringLiteral("Поздравляем победителей стипендиальной программы этого года!"),
    };
    const QStringList chinese = {
        QStringLiteral("大使今天会见了外交部长，讨论贸易与气候合作。"),
        QStringLiteral("领事处周一闭馆，紧急情况请联系值班官员。"),
        QStringLiteral("祝贺今年奖学金项目的获奖者！"),
    };
    const QStringList emoji = {
        QStringLiteral("\U0001F1EC\U0001F1E7\U0001F91D\U0001F1F7\U0001F1FA"),
        QStringLiteral("\U0001F44D\U0001F3FD"),
        QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"),
        QStringLiteral("\U0001F389\U0001F389"),
        QStringLiteral("\u2764\uFE0F"),
        QStringLiteral("1\uFE0F\u20E3"),
    };
    const QStringList urls = {
        QStringLiteral("https://www.gov.uk/world/organisations/british-embassy-moscow"),
        QStringLiteral("http://example.com/press?id=42"),
        QStringLiteral("gov.uk/visas"),
        QStringLiteral("https://t.co/AbCdEf123"),
    };
    const QStringList tags = {QStringLiteral("@embassy"),    QStringLiteral("#diplomacy"),
                              QStringLiteral("#UKinRussia"), QStringLiteral("@MFA_Russia"),
                              QStringLiteral("#外交"),       QStringLiteral("$GBP")};

    bench::Generator g;
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint32 kind = withUrlsOnly ? 90 + g.next() % 10 : g.next() % 100;
        QString t;
        if (kind < 40) {
            t = g.pick(english);
        } else if (kind < 55) {
            t = g.pick(russian);
        } else if (kind < 70) {
            t = g.pick(chinese);
        } else if (kind < 80) {
            t = g.pick(english) + QLatin1Char(' ') + g.pick(emoji) + g.pick(emoji);
        } else if (kind < 90) {
            t = g.pick(tags) + QLatin1Char(' ') + g.pick(english) + QLatin1Char(' ') + g.pick(tags);
        } else {
            t = g.pick(english) + QLatin1Char(' ') + g.pick(urls) + QLatin1Char(' ') + g.pick(tags);
        }
        texts.append(t);
    }
    return texts;
}

// CPU time of this thread: "texts per second on one core" even when the machine is shared (the build machines
// run other jobs; wall time would measure them too).
qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

template <typename Count> double textsPerSecond(const QStringList &texts, Count count, qint64 *sink)
{
    // Repeat whole passes until at least a second of CPU time has been measured, after one warm-up pass.
    for (const QString &t : texts)
        *sink += count(t).weightedLength;
    const qint64 start = threadCpuNanoseconds();
    qint64 done = 0;
    qint64 elapsed = 0;
    do {
        for (const QString &t : texts)
            *sink += count(t).weightedLength;
        done += texts.size();
        elapsed = threadCpuNanoseconds() - start;
    } while (elapsed < 1'000'000'000);
    return double(done) * 1e9 / double(elapsed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int size = 200000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--size") == 0)
            size = std::atoi(argv[i + 1]);
    }
    if (size <= 0)
        size = 1;
    const QStringList texts = generate(size);
    const QStringList urlTexts = generate(size, true);
    qint64 sink = 0;
    const double x = textsPerSecond(
        texts, [](const QString &t) { return text::TwitterCounter::count(t); }, &sink);
    const double weibo = textsPerSecond(
        texts, [](const QString &t) { return text::WeiboCounter::count(t); }, &sink);
    std::printf("BENCH count.x.texts_per_s %.0f texts/s\n", x);
    std::printf("BENCH count.weibo.texts_per_s %.0f texts/s\n", weibo);
    const double xUrls = textsPerSecond(
        urlTexts, [](const QString &t) { return text::TwitterCounter::count(t); }, &sink);
    std::printf("BENCH count.x.url_texts_per_s %.0f texts/s\n", xUrls);
    std::fflush(stdout);
    std::fprintf(stderr, "(%d texts, checksum %lld)\n", size, static_cast<long long>(sink));
    return 0;
}
