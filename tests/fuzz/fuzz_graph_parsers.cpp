// libFuzzer target: every Graph answer parser and the error classifier must survive any bytes.
#include "platforms/facebook/graphparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace platforms;
    for (int status : {200, 400, 403, 500}) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.insert("x-business-use-case-usage", body);
        (void)facebook::classify(r);
    }
    (void)facebook::parseError(400, body).userMessage();
    (void)facebook::parseTime(QString::fromUtf8(body));
    (void)facebook::parsePage(body);
    (void)facebook::parseAccounts(body);
    (void)facebook::parseCreated(body);
    (void)facebook::parseSuccess(body);
    (void)facebook::parseComments(body);
    (void)facebook::parseFeed(body);
    (void)facebook::parseInsights(QStringLiteral("page_impressions"), body);
    (void)facebook::parseToken(body);
    return 0;
}
