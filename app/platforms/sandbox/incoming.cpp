#include "platforms/sandbox/incoming.h"

#include "platforms/sandbox/state.h"

namespace platforms::sandbox {

namespace {

const Post *newestOwn(const State &s, const QString &platform, const QString &author)
{
    for (auto it = s.posts.crbegin(); it != s.posts.crend(); ++it) {
        if (it->platform == platform && it->authorId == author && it->published)
            return &*it;
    }
    return nullptr;
}

} // namespace

void generateIncoming(State &s, int count)
{
    for (int i = 0; i < count; ++i) {
        // X: a mention by someone else, sometimes a reply to one of our posts.
        {
            // Each of our X accounts gets its share of mentions.
            const QString target = s.xAccounts.at(int(s.rng.bounded(quint32(s.xAccounts.size()))));
            const QString targetHandle = s.xUser(target).handle;
            const User &author = s.makeStranger(QStringLiteral("x"));
            Post p = Post::make(QStringLiteral("x"), s.nextId(), author.id,
                                s.randomText(s.randomLanguage()).arg(targetHandle), s.now());
            p.mentionsUs = true;
            p.mentionedUserId = target;
            if (const Post *ours = newestOwn(s, QStringLiteral("x"), target); ours && s.rng.bounded(2u)) {
                p.replyTo = ours->id;
                p.conversationId = ours->conversationId.isEmpty() ? ours->id : ours->conversationId;
            }
            s.posts.append(p);
        }
        // Facebook: a comment on the newest post of the page.
        if (const Post *post = newestOwn(s, QStringLiteral("facebook"), s.fbPageId)) {
            const User &author = s.makeStranger(QStringLiteral("facebook"));
            const QString postId = post->id;
            s.comments.append(Comment{QStringLiteral("facebook"),
                                      postId.section(QLatin1Char('_'), 1) + QLatin1Char('_') + s.nextId(), postId, {},
                                      author.id, s.randomText(s.randomLanguage()).arg(s.fbPageName), s.now(), false});
        }
        // Weibo: a mention, and a comment on our newest status when there is one.
        {
            const User &author = s.makeStranger(QStringLiteral("weibo"));
            Post p = Post::make(QStringLiteral("weibo"), s.nextId(), author.id, s.randomText(QStringLiteral("zh")).arg(s.weiboMe.handle),
                   s.now());
            p.mentionsUs = true;
            s.posts.append(p);
            if (const Post *ours = newestOwn(s, QStringLiteral("weibo"), s.weiboMe.id)) {
                const QString postId = ours->id;
                s.comments.append(Comment{QStringLiteral("weibo"), s.nextId(), postId, {}, author.id,
                                          s.randomText(QStringLiteral("zh")).arg(s.weiboMe.handle), s.now(), false});
            }
        }
    }
}

} // namespace platforms::sandbox
