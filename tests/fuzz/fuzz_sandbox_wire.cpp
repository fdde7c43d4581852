// libFuzzer target: the sandbox's multipart parser reads request bodies from any client; it must survive any
// bytes and never read past the end.
#include "platforms/sandbox/wire.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = bytes.indexOf('\n');
    const QByteArray contentType = cut < 0 ? QByteArray("multipart/form-data; boundary=b") : bytes.left(cut);
    const QByteArray body = cut < 0 ? bytes : bytes.mid(cut + 1);
    QHash<QString, QByteArray> fields;
    QHash<QString, QString> files;
    platforms::sandbox::parseMultipart(contentType, body, fields, files);
    return 0;
}
