#include "compose/postdraft.h"

#include "compose/mediarules.h"
#include "store/attachmentrepository.h"
#include "store/postrepository.h"
#include "text/facebookcounter.h"
#include "text/threadsplitter.h"
#include "text/twitterconfig.h"
#include "text/weibocounter.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimer>

namespace compose {

PostDraft::PostDraft(store::PostRepository &posts, const QString &actor, QObject *parent)
    : QObject(parent), m_posts(posts), m_actor(actor), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kDefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (const store::Status s = flush(); !s)
            emit failed(s.error().message);
    });
}

PostDraft::~PostDraft()
{
    // Nothing typed is lost: whatever the timer had not yet written goes now.
    flush();
}

text::CountRules PostDraft::rulesFor(domain::Platform platform)
{
    switch (platform) {
    case domain::Platform::X:
        return text::CountRules::X;
    case domain::Platform::Weibo:
        return text::CountRules::Weibo;
    case domain::Platform::Facebook:
        return text::CountRules::Facebook;
    }
    return text::CountRules::X;
}

int PostDraft::limitFor(domain::Platform platform)
{
    switch (platform) {
    case domain::Platform::X:
        return text::TwitterConfig::v3().maxWeightedTweetLength;
    case domain::Platform::Weibo:
        return text::WeiboCounter::Limit;
    case domain::Platform::Facebook:
        return text::FacebookCounter::Limit;
    }
    return 0;
}

text::CountResult PostDraft::count(domain::Platform platform, const QString &text)
{
    return text::countFor(rulesFor(platform), text);
}

void PostDraft::startNew(const QList<domain::Account> &targets, const QString &title)
{
    clear();
    m_title = title;
    for (const auto &account : targets) {
        VariantDraft v;
        v.account = account;
        v.language = account.language.isEmpty() ? QStringLiteral("en") : account.language;
        v.count = count(account.platform, {});
        m_variants << v;
    }
    m_lastIdentical.clear();
}

store::Status PostDraft::open(qint64 postId, const QList<domain::Account> &accounts)
{
    clear();
    const auto post = m_posts.find(postId);
    if (!post)
        return post.error();
    m_postId = postId;
    m_title = post->title;
    for (const auto &variant : post->variants) {
        VariantDraft v;
        const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                     [&](const domain::Account &a) { return a.id == variant.accountId; });
        if (it != accounts.cend())
            v.account = *it;
        else
            v.account.id = variant.accountId;
        v.language = variant.language;
        v.text = variant.text;
        v.variantId = variant.id;
        v.state = variant.state;
        v.count = count(v.account.platform, v.text);
        v.asThread = variant.asThread;
        v.replyToRemoteId = variant.replyToRemoteId;
        m_variants << v;
    }
    m_lastIdentical.clear();
    for (const auto &g : identicalTexts())
        m_lastIdentical << g.variants;
    return store::ok();
}

void PostDraft::refreshStates()
{
    for (int i = 0; i < m_variants.size(); ++i) {
        if (!m_variants[i].variantId)
            continue;
        if (const auto stored = m_posts.variant(m_variants[i].variantId);
            stored && stored->state != m_variants[i].state) {
            m_variants[i].state = stored->state;
            emit stateRefreshed(i);
        }
    }
}

void PostDraft::clear()
{
    flush();
    m_autosave->stop();
    m_postId = 0;
    m_title.clear();
    m_variants.clear();
    m_lastIdentical.clear();
}

void PostDraft::setTitle(const QString &title)
{
    if (!isStored())
        m_title = title;
}

store::Status PostDraft::rename(const QString &title)
{
    if (!isStored()) {
        m_title = title;
        return store::ok();
    }
    if (const store::Status s = m_posts.rename(m_postId, title, m_actor); !s)
        return s;
    m_title = title.trimmed();
    return store::ok();
}

store::Status PostDraft::addTarget(const domain::Account &account)
{
    if (indexOfAccount(account.id) >= 0)
        return store::ok();
    VariantDraft v;
    v.account = account;
    v.language = account.language.isEmpty() ? QStringLiteral("en") : account.language;
    v.count = count(account.platform, {});
    if (isStored()) {
        domain::Variant variant;
        variant.accountId = account.id;
        variant.language = v.language;
        const auto id = m_posts.addVariant(m_postId, variant, m_actor);
        if (!id)
            return id.error();
        v.variantId = *id;
    }
    m_variants << v;
    emit targetsChanged();
    return store::ok();
}

store::Status PostDraft::removeTarget(qint64 accountId)
{
    const int i = indexOfAccount(accountId);
    if (i < 0)
        return store::ok();
    if (m_variants[i].variantId) {
        if (const store::Status s = m_posts.removeVariant(m_variants[i].variantId, m_actor); !s)
            return store::Error{tr("%1 cannot be taken off this post: %2")
                                    .arg(m_variants[i].account.displayName, s.error().message),
                                {}};
    }
    m_variants.removeAt(i);
    m_lastIdentical.clear();
    for (const auto &g : identicalTexts())
        m_lastIdentical << g.variants;
    emit targetsChanged();
    return store::ok();
}

int PostDraft::indexOfAccount(qint64 accountId) const
{
    for (int i = 0; i < m_variants.size(); ++i) {
        if (m_variants[i].account.id == accountId)
            return i;
    }
    return -1;
}

int PostDraft::indexOfVariant(qint64 variantId) const
{
    for (int i = 0; i < m_variants.size(); ++i) {
        if (m_variants[i].variantId == variantId)
            return i;
    }
    return -1;
}

bool PostDraft::isEditable(int index) const
{
    return index >= 0 && index < m_variants.size() &&
           domain::Workflow::stateAfterEdit(m_variants[index].state).has_value();
}

bool PostDraft::editReturnsToReview(int index) const
{
    if (!isEditable(index))
        return false;
    const auto state = m_variants[index].state;
    return domain::Workflow::stateAfterEdit(state) == domain::VariantState::InReview &&
           state != domain::VariantState::InReview;
}

void PostDraft::setText(int index, const QString &text)
{
    if (index < 0 || index >= m_variants.size() || m_variants[index].text == text)
        return;
    VariantDraft &v = m_variants[index];
    v.text = text;
    v.dirty = true;
    v.count = count(v.account.platform, text);
    emit countChanged(index);

    QList<QList<int>> identical;
    for (const auto &g : identicalTexts())
        identical << g.variants;
    if (identical != m_lastIdentical) {
        m_lastIdentical = identical;
        emit identicalChanged();
    }

    if (!isStored()) {
        // The first keystroke creates the post: from then on it is in the database.
        if (const store::Status s = create(); !s)
            emit failed(s.error().message);
        return;
    }
    m_autosave->start(); // restarted by every keystroke: written one delay after the last
}

void PostDraft::copyText(int to, int from)
{
    if (from < 0 || from >= m_variants.size() || to == from)
        return;
    setText(to, m_variants[from].text);
    emit textReplaced(to);
}

store::Status PostDraft::setAsThread(int index, bool asThread)
{
    if (index < 0 || index >= m_variants.size() || m_variants[index].asThread == asThread)
        return store::ok();
    if (m_variants[index].variantId) {
        if (const store::Status s = m_posts.setAsThread(m_variants[index].variantId, asThread, m_actor); !s)
            return s;
    }
    m_variants[index].asThread = asThread;
    return store::ok();
}

QStringList PostDraft::threadParts(int index) const
{
    if (index < 0 || index >= m_variants.size() || m_variants[index].account.platform != domain::Platform::X)
        return {};
    return text::ThreadSplitter::split(m_variants[index].text);
}

QList<domain::Attachment> PostDraft::attachments(int index) const
{
    if (index < 0 || index >= m_variants.size() || !m_variants[index].variantId)
        return {};
    const auto list = store::AttachmentRepository(m_posts.database()).attachments(m_variants[index].variantId);
    return list ? *list : QList<domain::Attachment>();
}

store::Result<qint64> PostDraft::attach(int index, const QString &path)
{
    if (index < 0 || index >= m_variants.size())
        return store::Error{tr("There is no such variant."), {}};
    if (!isEditable(index))
        return store::Error{tr("This variant can no longer be changed."), {}};
    QString problem;
    domain::Attachment a = MediaRules::inspect(path, &problem);
    if (!problem.isEmpty())
        return store::Error{problem, {}};
    if (!isStored()) {
        if (const store::Status s = create(); !s)
            return s.error();
    }
    a.variantId = m_variants[index].variantId;
    const auto id = store::AttachmentRepository(m_posts.database()).add(a);
    if (!id)
        return id.error();
    if (const store::Status s = attachmentsEdited(index); !s)
        return s.error();
    return *id;
}

store::Status PostDraft::detach(int index, qint64 attachmentId)
{
    if (index < 0 || index >= m_variants.size() || !isEditable(index))
        return store::Error{tr("This variant can no longer be changed."), {}};
    if (const store::Status s = store::AttachmentRepository(m_posts.database()).remove(attachmentId); !s)
        return s;
    return attachmentsEdited(index);
}

store::Status PostDraft::attachmentsEdited(int index)
{
    VariantDraft &v = m_variants[index];
    // Like a text edit: what was verified is not what goes out any more.
    if (editReturnsToReview(index)) {
        const auto before = v.state;
        if (const store::Status s = m_posts.transition(
                v.variantId, domain::VariantState::InReview, m_actor,
                tr("Attachments changed after approval: to be verified again."));
            !s)
            return s;
        v.state = domain::VariantState::InReview;
        emit stateChanged(index, before, v.state);
    }
    emit attachmentsChanged(index);
    return store::ok();
}

bool PostDraft::mediaProblems(int index, QStringList *perAttachment, QString *overall) const
{
    if (index < 0 || index >= m_variants.size())
        return true;
    const auto &v = m_variants[index];
    const bool commentReply = !v.replyToRemoteId.isEmpty() && v.account.platform != domain::Platform::X;
    return MediaRules::check(v.account.platform, attachments(index), commentReply, perAttachment, overall);
}

bool PostDraft::isDirty() const
{
    return std::any_of(m_variants.cbegin(), m_variants.cend(), [](const VariantDraft &v) { return v.dirty; });
}

store::Status PostDraft::flush()
{
    m_autosave->stop();
    if (!isStored()) {
        if (isDirty())
            return create();
        return store::ok();
    }
    store::Status first = store::ok();
    for (int i = 0; i < m_variants.size(); ++i) {
        if (!m_variants[i].dirty)
            continue;
        if (const store::Status s = writeVariant(i); !s && first)
            first = s;
    }
    return first;
}

void PostDraft::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

int PostDraft::autosaveDelay() const
{
    return m_autosave->interval();
}

QString PostDraft::derivedTitle() const
{
    if (!m_title.trimmed().isEmpty())
        return m_title.trimmed();
    // Created on the first keystroke, the post cannot take its name from its text (one letter by then), and the
    // store keeps the first title: name it by the moment it was started.
    return tr("Post of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
}

store::Status PostDraft::create()
{
    domain::Post post;
    post.title = derivedTitle();
    for (const auto &v : m_variants) {
        domain::Variant variant;
        variant.accountId = v.account.id;
        variant.language = v.language;
        variant.text = v.text;
        variant.asThread = v.asThread;
        variant.replyToRemoteId = v.replyToRemoteId;
        post.variants << variant;
    }
    const auto id = m_posts.create(post, m_actor);
    if (!id)
        return id.error();
    const auto stored = m_posts.find(*id);
    if (!stored)
        return stored.error();
    m_postId = *id;
    m_title = post.title;
    // Variants come back in creation order, one per account.
    for (const auto &sv : stored->variants) {
        const int i = indexOfAccount(sv.accountId);
        if (i < 0)
            continue;
        m_variants[i].variantId = sv.id;
        m_variants[i].state = sv.state;
        if (m_variants[i].text == sv.text)
            m_variants[i].dirty = false;
    }
    emit created(m_postId);
    for (int i = 0; i < m_variants.size(); ++i) {
        if (m_variants[i].dirty) {
            if (const store::Status s = writeVariant(i); !s)
                return s;
        }
    }
    return store::ok();
}

store::Status PostDraft::writeVariant(int index)
{
    VariantDraft &v = m_variants[index];
    const QString text = v.text;
    const auto before = v.state;
    if (const store::Status s = m_posts.editVariant(v.variantId, text, m_actor); !s)
        return s;
    v.dirty = m_variants[index].text != text;
    if (const auto stored = m_posts.variant(v.variantId))
        v.state = stored->state;
    emit saved(index);
    if (v.state != before)
        emit stateChanged(index, before, v.state);
    return store::ok();
}

QList<PostDraft::IdenticalGroup> PostDraft::identicalTexts() const
{
    QHash<QString, QList<int>> byText;
    QStringList order;
    for (int i = 0; i < m_variants.size(); ++i) {
        const QString key = m_variants[i].text.simplified();
        if (key.isEmpty())
            continue;
        if (!byText.contains(key))
            order << key;
        byText[key] << i;
    }
    QList<IdenticalGroup> groups;
    for (const auto &key : std::as_const(order)) {
        const QList<int> &indexes = byText[key];
        QList<qint64> accounts;
        IdenticalGroup g;
        for (int i : indexes) {
            if (!accounts.contains(m_variants[i].account.id))
                accounts << m_variants[i].account.id;
            if (!g.platforms.contains(m_variants[i].account.platform))
                g.platforms << m_variants[i].account.platform;
            g.variants << i;
        }
        if (accounts.size() > 1)
            groups << g;
    }
    return groups;
}

QString PostDraft::identicalWarning(const IdenticalGroup &group, const QList<VariantDraft> &variants)
{
    if (group.variants.size() < 2)
        return {};
    QStringList names;
    for (int i : group.variants) {
        if (i >= 0 && i < variants.size())
            names << variants[i].account.displayName;
    }
    QStringList platforms;
    for (auto p : group.platforms)
        platforms << domain::platformDisplayName(p);
    const QString who = names.join(QStringLiteral(", "));
    if (platforms.size() == 1) {
        return tr("%1 forbids identical posts on several accounts: %2 have the same text. Adapt each variant "
                  "to its account and audience before it goes out.")
            .arg(platforms.first(), who);
    }
    return tr("%1 forbid identical content on several accounts: %2 have the same text. Adapt each variant "
              "to its account and audience before it goes out.")
        .arg(platforms.join(QStringLiteral(" / ")), who);
}

} // namespace compose
