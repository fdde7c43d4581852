// Classification throughput on one core: language and stance of a generated English/Russian mix of
// mention-like texts (criticism, support, questions, remarks, with @handles, links and hashtags), as the
// inbox ingest runs it. usage: bench_classify [--size N]   (N texts, default 200000)
#include "benchgenerator.h"
#include "benchoptions.h"
#include "inbox/classifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

QStringList generate(qint64 count)
{
    const QStringList english = {
        QStringLiteral("This is pure propaganda. Nobody believes your statements on Syria any more."),
        QStringLiteral("Disgraceful. The sanctions exist for a reason and this post ignores it."),
        QStringLiteral("Wonderful evening at the Embassy, thank you for the hospitality!"),
        QStringLiteral("How do I apply for a visa appointment in January? The website is unclear."),
        QStringLiteral("Reporting on the talks from Geneva today."),
        QStringLiteral("Oh great, another statement full of excuses."),
        QStringLiteral("Not bad at all, really enjoyed the concert"),
        QStringLiteral("Why should anyone trust this account after last week's claims?"),
    };
    const QStringList russian = {
        QStringLiteral("Очередная пропаганда. Стыдно читать такие заявления."),
        QStringLiteral("Это не ответ на вопрос, а попытка уйти от темы. Позор."),
        QStringLiteral("Спасибо за прекрасный вечер и за трансляцию!"),
        QStringLiteral("Подскажите, как записаться на приём в консульский отдел?"),
        QStringLiteral("Интересно, посмотрим, что будет дальше."),
        QStringLiteral("Ну конечно, спасибо за очередную ложь."),
        QStringLiteral("Молодцы, отличная работа, очень понравилось!"),
    };
    const QStringList extras = {QString(), QStringLiteral(" #embassy"),
                                QStringLiteral(" https://t.co/abc123"), QStringLiteral("@embassy_uk "),
                                QStringLiteral(" 👍")};
    bench::Generator g;
    QStringList texts;
    texts.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        // Three in five English, as on the demo's accounts.
        const QString &body = g.next() % 5 < 3 ? g.pick(english) : g.pick(russian);
        const QString &extra = g.pick(extras);
        texts << (extra.startsWith(QLatin1Char('@')) ? extra + body : body + extra);
    }
    return texts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 size = bench::sizeOption(app.arguments(), 200000);
    const QStringList texts = generate(size);
    const inbox::Classifier classifier; // loads the lexicons before timing
    int criticism = 0;
    // Warm up caches and the allocator on a small slice.
    for (qsizetype i = 0; i < qMin<qsizetype>(texts.size(), 1000); ++i)
        criticism += classifier.classify(texts[i]).stance == domain::Stance::Criticism;
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : texts)
        criticism += classifier.classify(text).stance == domain::Stance::Criticism;
    const double seconds = qMax<qint64>(timer.nsecsElapsed(), 1) / 1e9;
    bench::report("inbox.classify.items_per_s", double(texts.size()) / seconds, "items/s");
    // Keeps the work observable, so the optimiser cannot drop it.
    std::fprintf(stderr, "criticism: %d of %lld\n", criticism, static_cast<long long>(texts.size()));
    return 0;
}
