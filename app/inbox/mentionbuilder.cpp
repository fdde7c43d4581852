#include "inbox/mentionbuilder.h"

#include "audience/bioclassifier.h"
#include "platforms/types.h"

namespace inbox {

namespace {

std::shared_ptr<const audience::BioClassifier> sharedBioClassifier()
{
    // Compiled once per process and immutable, so every builder (and thread) shares it.
    static const auto bios = std::make_shared<const audience::BioClassifier>();
    return bios;
}

bool isHandleChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

MentionBuilder::MentionBuilder(Classifier classifier)
    : m_classifier(std::move(classifier)), m_bios(sharedBioClassifier())
{
}

bool MentionBuilder::hasPublicRole(QStringView bio) const
{
    if (bio.isEmpty())
        return false;
    switch (m_bios->classify(bio).kind) {
    case audience::BioKind::Journalist:
    case audience::BioKind::ForeignCorrespondent:
    case audience::BioKind::Diplomat:
    case audience::BioKind::Mp:
    case audience::BioKind::Mep:
    case audience::BioKind::LocalAuthority:
        return true;
    case audience::BioKind::Other:
    case audience::BioKind::Business:
        return false;
    }
    return false;
}

bool MentionBuilder::mentionsHandle(QStringView text, QStringView handle)
{
    if (handle.startsWith(QLatin1Char('@')))
        handle = handle.mid(1);
    if (handle.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = text.indexOf(QLatin1Char('@'), from)) >= 0) {
        const qsizetype start = from + 1;
        from = start;
        if (text.size() - start < handle.size() ||
            text.mid(start, handle.size()).compare(handle, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype end = start + handle.size();
        if (end == text.size() || !isHandleChar(text.at(end)))
            return true;
    }
    return false;
}

domain::Mention MentionBuilder::build(const domain::Account &account, const platforms::IncomingItem &item) const
{
    domain::Mention m;
    m.accountId = account.id;
    m.remoteId = item.id;
    m.conversationId = item.conversationId;
    m.inReplyToRemoteId = item.inReplyToId;
    m.authorHandle = item.author.handle.isEmpty() ? item.author.name : item.author.handle;
    if (account.platform == domain::Platform::X && !m.authorHandle.startsWith(QLatin1Char('@')))
        m.authorHandle.prepend(QLatin1Char('@'));
    m.authorName = item.author.name;
    m.authorBio = item.author.description;
    m.authorVerified = item.author.verified;
    m.authorFollowers = std::max<qint64>(0, item.author.followers);
    m.authorPublicRole = hasPublicRole(item.author.description);
    m.text = item.text;
    const Classification c = m_classifier.classify(item.text);
    m.language = languageId(c.language);
    m.stance = c.stance;
    m.stanceScore = c.score;
    // X's rule: the author must have mentioned (or quoted) us. A reply's text on X starts with the handles it
    // answers, so the text tells; what the client knew (quotes) is kept when it said no.
    m.mentionsUs = account.platform != domain::Platform::X
                       ? true
                       : item.mentionsUs && (account.handle.isEmpty() || mentionsHandle(item.text, account.handle));
    m.createdAt = item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    return m;
}

} // namespace inbox
