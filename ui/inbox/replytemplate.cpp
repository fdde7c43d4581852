#include "inbox/replytemplate.h"

namespace ui {

QStringList ReplyTemplate::placeholders()
{
    return {QStringLiteral("{author}"), QStringLiteral("{name}"), QStringLiteral("{account}"),
            QStringLiteral("{link}"), QStringLiteral("{platform}")};
}

QUrl ReplyTemplate::itemUrl(const domain::Mention &m, const domain::Account &account)
{
    if (m.remoteId.isEmpty())
        return {};
    QString handle = m.authorHandle;
    if (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    switch (account.platform) {
    case domain::Platform::X:
        return QUrl(QStringLiteral("https://x.com/%1/status/%2").arg(handle.isEmpty() ? QStringLiteral("i") : handle,
                                                                     m.remoteId));
    case domain::Platform::Facebook:
        // A comment's id ("post_comment") opens the comment in its thread.
        return QUrl(QStringLiteral("https://www.facebook.com/%1").arg(m.remoteId));
    case domain::Platform::Weibo:
        return QUrl(QStringLiteral("https://weibo.com/detail/%1").arg(m.remoteId));
    }
    return {};
}

QString ReplyTemplate::fill(const QString &text, const domain::Mention &m, const domain::Account &account)
{
    const QString author = m.authorHandle.isEmpty() || m.authorHandle.startsWith(QLatin1Char('@'))
                               ? m.authorHandle
                               : QLatin1Char('@') + m.authorHandle;
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("{author}"), author},
        {QStringLiteral("{name}"), m.authorName.isEmpty() ? author : m.authorName},
        {QStringLiteral("{account}"), account.handle},
        {QStringLiteral("{link}"), itemUrl(m, account).toString()},
        {QStringLiteral("{platform}"), domain::platformDisplayName(account.platform)},
    };
    QString out = text;
    for (const auto &[key, value] : values)
        out.replace(key, value, Qt::CaseInsensitive);
    return out;
}

} // namespace ui
