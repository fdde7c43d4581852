#include "inbox/ingest.h"

#include "platforms/types.h"
#include "platforms/x/xparser.h"
#include "store/database.h"
#include "store/mentionrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace inbox {

store::Result<int> Ingest::page(const domain::Account &account, const platforms::MentionPage &page) const
{
    return store(build(account, page));
}

QList<domain::Mention> Ingest::build(const domain::Account &account, const platforms::MentionPage &page) const
{
    QList<domain::Mention> mentions;
    mentions.reserve(page.items.size());
    for (const auto &item : page.items)
        mentions << m_builder.build(account, item);
    return mentions;
}

store::Result<int> Ingest::store(const QList<domain::Mention> &mentions) const
{
    return store::MentionRepository(m_database).insert(mentions);
}

void Ingest::tuneConnection(const store::Database &database)
{
    if (database.dialect().engine() != store::Dialect::Engine::Sqlite)
        return;
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

store::Result<platforms::MentionPage> Ingest::parseXPage(const QByteArray &body)
{
    auto parsed = platforms::x::parseMentions(body);
    if (!parsed.ok())
        return store::Error{QCoreApplication::translate("inbox", "A page of mentions could not be read."),
                            parsed.error().userMessage()};
    return std::move(parsed.value());
}

} // namespace inbox
