#include "support/sandboxworkspace.h"

#include "domain/account.h"
#include "domain/mention.h"
#include "domain/post.h"
#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "platforms/transport.h"
#include "platforms/weibo/weiboclient.h"
#include "platforms/x/xclient.h"
#include "store/mentionquery.h"
#include "store/mentionrepository.h"
#include "workspace/workspace.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QTest>

namespace testsupport {

SandboxWorkspace::SandboxWorkspace(QObject *parent) : QObject(parent) {}

SandboxWorkspace::~SandboxWorkspace()
{
    qDeleteAll(m_clients.byAccount);
    m_clients.byAccount.clear();
    delete m_network;
    delete m_sandbox;
    m_workspace.reset();
}

qint64 SandboxWorkspace::addAccount(int platform, const QString &handle, const QString &remoteId)
{
    domain::Account a;
    a.platform = domain::Platform(platform);
    a.handle = handle;
    a.displayName = handle;
    a.language = QStringLiteral("en");
    a.timeZone = QStringLiteral("Europe/London");
    a.remoteId = remoteId;
    const auto id = m_workspace->accounts().add(a);
    return id ? *id : 0;
}

bool SandboxWorkspace::start(QString *whyNot)
{
    store::Database::OpenError error;
    m_workspace = workspace::Workspace::open(m_dir.filePath(QStringLiteral("w.attache")), {}, &error);
    if (!m_workspace) {
        *whyNot = error.error.message;
        return false;
    }
    m_sandbox = new platforms::sandbox::Sandbox(11, this);
    if (!m_sandbox->start()) {
        *whyNot = QStringLiteral("the sandbox did not start");
        return false;
    }
    m_network = new QNetworkAccessManager(this);
    auto &state = m_sandbox->state();
    const QUrl base = m_sandbox->baseUrl();

    m_x = addAccount(int(domain::Platform::X), QStringLiteral("@embassy"), state.xMe.id);
    auto *x = new platforms::x::XClient(m_network, base, this);
    x->setAccessToken(platforms::sandbox::State::xToken());
    x->setUserId(state.xMe.id);
    m_clients.byAccount.insert(m_x, x);

    m_facebook = addAccount(int(domain::Platform::Facebook), QStringLiteral("Embassy page"), state.fbPageId);
    auto *facebook = new platforms::facebook::FacebookClient(m_network, base, this);
    facebook->setAccessToken(platforms::sandbox::State::fbPageToken());
    facebook->setPageId(state.fbPageId);
    m_clients.byAccount.insert(m_facebook, facebook);

    m_weibo = addAccount(int(domain::Platform::Weibo), QStringLiteral("大使馆"), state.weiboMe.id);
    auto *weibo = new platforms::weibo::WeiboClient(m_network, base, this);
    weibo->setAccessToken(platforms::sandbox::State::weiboToken());
    weibo->setUserId(state.weiboMe.id);
    weibo->setSafeDomain(state.weiboSafeDomain);
    m_clients.byAccount.insert(m_weibo, weibo);
    if (m_x == 0 || m_facebook == 0 || m_weibo == 0) {
        *whyNot = QStringLiteral("an account could not be added");
        return false;
    }
    for (auto *c : std::as_const(m_clients.byAccount)) {
        c->transport()->config().backoffBaseMs = 5;
        c->transport()->config().backoffMaxMs = 20;
    }
    return publishOurPosts(whyNot);
}

bool SandboxWorkspace::publishOurPosts(QString *whyNot)
{
    bool facebookDone = false;
    bool weiboDone = false;
    platforms::PublishRequest post;
    post.text = QStringLiteral("Exhibition opening tonight");
    m_clients.byAccount.value(m_facebook)->publish(post, this, [&](const auto &r) {
        facebookDone = true;
        if (r.ok())
            m_facebookPostId = r.value().remoteId;
    });
    post.text = QStringLiteral("俄语周开幕 https://") + m_sandbox->state().weiboSafeDomain + QStringLiteral("/week");
    m_clients.byAccount.value(m_weibo)->publish(post, this, [&](const auto &) { weiboDone = true; });
    const QDeadlineTimer deadline(10000);
    while (!(facebookDone && weiboDone) && !deadline.hasExpired())
        QTest::qWait(10);
    if (m_facebookPostId.isEmpty()) {
        *whyNot = QStringLiteral("the Facebook post was not published");
        return false;
    }
    // The sync reads the comments under the page's published posts it knows of: this one is recorded as ours.
    domain::Post ours;
    ours.title = QStringLiteral("Exhibition");
    domain::Variant v;
    v.accountId = m_facebook;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("Exhibition opening tonight");
    ours.variants << v;
    auto &posts = m_workspace->posts();
    const auto postId = posts.create(ours, QStringLiteral("a"));
    if (!postId) {
        *whyNot = postId.error().message;
        return false;
    }
    const qint64 variant = posts.find(*postId)->variants.first().id;
    const bool recorded = posts.transition(variant, domain::VariantState::InReview, QStringLiteral("a")) &&
                          posts.transition(variant, domain::VariantState::Approved, QStringLiteral("b")) &&
                          posts.schedule(variant, QDateTime::currentDateTimeUtc(), QStringLiteral("a")) &&
                          posts.transition(variant, domain::VariantState::Publishing, QStringLiteral("p")) &&
                          posts.recordPublished(variant, m_facebookPostId, QStringLiteral("p"));
    if (!recorded)
        *whyNot = QStringLiteral("our Facebook post could not be recorded as published");
    return recorded;
}

domain::Mention addFacebookQuestion(platforms::sandbox::State &state, workspace::Workspace &workspace,
                                    const QString &text, const QDateTime &at)
{
    domain::Mention item;
    const auto accounts = workspace.accounts().all();
    if (!accounts)
        return item;
    for (const auto &a : *accounts) {
        if (a.platform == domain::Platform::Facebook)
            item.accountId = a.id;
    }
    QString postId;
    for (const auto &p : std::as_const(state.posts)) {
        if (p.platform == QLatin1String("facebook") && p.published)
            postId = p.id;
    }
    if (item.accountId == 0 || postId.isEmpty())
        return item;
    const platforms::sandbox::User &author = state.makeStranger(QStringLiteral("facebook"));
    const platforms::sandbox::Comment comment{QStringLiteral("facebook"),
                                              postId.section(QLatin1Char('_'), 1) + QLatin1Char('_') +
                                                  state.nextId(),
                                              postId,
                                              {},
                                              author.id,
                                              text,
                                              at,
                                              false};
    state.comments.append(comment);
    item.remoteId = comment.id;
    item.conversationId = postId;
    item.inReplyToRemoteId = postId;
    item.authorHandle = author.name;
    item.authorName = author.name;
    item.text = text;
    item.language = QStringLiteral("en");
    item.stance = domain::Stance::Question;
    item.createdAt = at;
    const auto inserted = workspace.mentions().insert({item});
    if (!inserted || *inserted != 1)
        return item;
    // Read back, with its id and stored rank.
    store::MentionQuery query;
    query.accounts = {item.accountId};
    query.order = store::MentionOrder::Newest;
    query.from = at;
    const auto stored = workspace.mentions().page(query, 0, 50);
    if (stored) {
        for (const auto &m : *stored) {
            if (m.remoteId == item.remoteId)
                return m;
        }
    }
    return item;
}

} // namespace testsupport
