#include "audience/location.h"

namespace audience {

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    if (s.isEmpty()) {
        out += "null";
        return;
    }
    out += '"';
    for (const char b : s.toUtf8()) {
        if (b == '"' || b == '\\') {
            out += '\\';
            out += b;
        } else if (uchar(b) < 0x20) {
            out += "\\u00";
            out += QByteArray::number(int(uchar(b)), 16).rightJustified(2, '0');
        } else {
            out += b;
        }
    }
    out += '"';
}

} // namespace

QString Location::cityKey() const
{
    if (city.isEmpty() || country.isEmpty())
        return QString();
    return country + QLatin1Char('/') + city;
}

QByteArray Location::toJson() const
{
    QByteArray out;
    out.reserve(64);
    out += "{\"country\":";
    appendJsonString(out, country);
    out += ",\"city\":";
    appendJsonString(out, city);
    out += ",\"confidence\":";
    out += QByteArray::number(qRound(confidence * 100) / 100.0, 'g', 3);
    out += '}';
    return out;
}

} // namespace audience
