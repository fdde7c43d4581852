#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace platforms {

// Secrets must never reach a log: these replace token values (query parameters, form fields, JSON fields,
// Authorization headers) with "***" before anything is written.
QString redact(const QString &text);
QString redactUrl(const QUrl &url);
QByteArray redact(const QByteArray &text);

} // namespace platforms
