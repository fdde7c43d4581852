// libFuzzer target: every X answer parser and the error classifier must survive any bytes.
#include "platforms/x/xparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace platforms;
    for (int status : {200, 201, 204, 400, 401, 403, 404, 429, 503}) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.insert("x-rate-limit-reset", body.left(12));
        (void)x::classify(r);
        (void)x::parseError(status, body, size ? qint64(data[0]) * 1000000 : 0).userMessage();
    }
    (void)x::parseMe(body);
    (void)x::parseCreated(body);
    (void)x::parseDeleted(size % 2 ? 204 : 200, body);
    (void)x::parseMentions(body);
    (void)x::parseFollowers(body);
    (void)x::parseTimeline(body);
    (void)x::parseMedia(body);
    (void)x::parseToken(body);
    return 0;
}
