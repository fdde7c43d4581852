#pragma once

#include "domain/account.h"
#include "domain/mention.h"

#include <QStringList>
#include <QUrl>

namespace ui {

// Fills a saved reply's placeholders for one inbox item, and knows where that item lives on the web.
// Placeholders: {author} (the handle, e.g. @anna_k), {name} (the author's display name), {account} (our
// account's handle), {link} (the item's address), {platform}. An unknown placeholder is left as it is, so a
// typo shows in the editor instead of vanishing.
class ReplyTemplate final
{
public:
    static QStringList placeholders();
    static QString fill(const QString &text, const domain::Mention &mention, const domain::Account &account);
    // The item's public address on its platform (empty when the platform gives none).
    static QUrl itemUrl(const domain::Mention &mention, const domain::Account &account);
};

} // namespace ui
