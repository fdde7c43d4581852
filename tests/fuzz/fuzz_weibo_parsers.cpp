// libFuzzer target: every Weibo answer parser and the error classifier must survive any bytes.
#include "platforms/weibo/weiboparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace platforms;
    for (int status : {200, 400, 401, 403, 500}) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        (void)weibo::classify(r);
    }
    (void)weibo::parseError(400, body).userMessage();
    (void)weibo::parseTime(QString::fromUtf8(body));
    (void)weibo::parseUid(body);
    (void)weibo::parseUserShow(body);
    (void)weibo::parseStatus(body);
    (void)weibo::parseMentions(body);
    (void)weibo::parseCommentsToMe(body);
    (void)weibo::parseFollowers(body);
    (void)weibo::parseTimeline(body);
    (void)weibo::parseToken(body);
    return 0;
}
