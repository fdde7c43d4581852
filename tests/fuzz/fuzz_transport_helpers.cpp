// libFuzzer target: what the transport reads from answers and writes to logs — rate-limit headers of every
// platform, redaction — must survive any bytes.
#include "platforms/ratelimiter.h"
#include "platforms/redact.h"
#include "platforms/transport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace platforms;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    RateLimiter limiter;
    const qsizetype cut = bytes.indexOf('\n');
    const QByteArray first = cut < 0 ? bytes : bytes.left(cut);
    const QByteArray rest = cut < 0 ? QByteArray() : bytes.mid(cut + 1);
    limiter.record(QStringLiteral("b"),
                   {{"x-rate-limit-remaining", first}, {"x-rate-limit-reset", rest}, {"x-app-usage", bytes},
                    {"x-business-use-case-usage", bytes}},
                   now);
    (void)limiter.blockedUntil(QStringLiteral("b"), now);
    (void)redact(bytes);
    (void)redactUrl(QUrl(QString::fromUtf8(bytes)));
    (void)Transport::checkBaseUrl(QUrl(QString::fromUtf8(bytes)));
    return 0;
}
