#include "platforms/redact.h"

#include <QRegularExpression>

namespace platforms {

namespace {

// Names whose values are secrets wherever they appear.
const QString &secretNames()
{
    static const QString names = QStringLiteral(
        "access_token|refresh_token|client_secret|code_verifier|fb_exchange_token|input_token|code|token|password");
    return names;
}

} // namespace

QString redact(const QString &text)
{
    static const QRegularExpression query(QStringLiteral("(?<![A-Za-z_])(%1)=[^&\\s\"']*").arg(secretNames()));
    static const QRegularExpression json(QStringLiteral("\"(%1)\"\\s*:\\s*\"[^\"]*\"").arg(secretNames()));
    static const QRegularExpression bearer(QStringLiteral("(Bearer|OAuth2|OAuth|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(query, QStringLiteral("\\1=***"));
    out.replace(json, QStringLiteral("\"\\1\":\"***\""));
    out.replace(bearer, QStringLiteral("\\1 ***"));
    return out;
}

QString redactUrl(const QUrl &url)
{
    return redact(url.toString(QUrl::RemoveUserInfo));
}

QByteArray redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace platforms
