#include "workspace/demoplatforms.h"

#include "platforms/sandbox/sandbox.h"
#include "platforms/sandbox/state.h"
#include "workspace/connections.h"
#include "workspace/workspace.h"

namespace workspace {

DemoPlatforms::DemoPlatforms(QObject *parent)
    : QObject(parent), m_sandbox(std::make_unique<platforms::sandbox::Sandbox>(2016))
{
}

DemoPlatforms::~DemoPlatforms() = default;

QUrl DemoPlatforms::baseUrl() const
{
    return m_sandbox->baseUrl();
}

bool DemoPlatforms::connect(Workspace &workspace, Connections &connections)
{
    if (m_sandbox->start() == 0)
        return false;
    using domain::Platform;
    for (Platform p : {Platform::X, Platform::Facebook, Platform::Weibo}) {
        if (!connections.setBaseUrl(p, m_sandbox->baseUrl()))
            return false;
    }
    auto &state = m_sandbox->state();
    workspace.settings().setValue(QStringLiteral("platforms.weibo.safe_domain"), state.weiboSafeDomain);
    const auto accounts = workspace.accounts().all();
    if (!accounts)
        return false;
    int xAccounts = 0;
    for (const auto &account : *accounts) {
        switch (account.platform) {
        case Platform::X: {
            // The first X account is the sandbox's own; each further one is a separate identity of its own.
            QString token = platforms::sandbox::State::xToken();
            QString userId = state.xMe.id;
            if (xAccounts++ > 0) {
                token = m_sandbox->addXAccount(account.handle.mid(1), account.displayName);
                userId = state.token(token)->subject;
            }
            workspace.accounts().setRemoteId(account.id, userId);
            connections.setSessionToken(account.id, token);
            break;
        }
        case Platform::Facebook:
            workspace.accounts().setRemoteId(account.id, state.fbPageId);
            connections.setSessionToken(account.id, platforms::sandbox::State::fbPageToken());
            break;
        case Platform::Weibo:
            workspace.accounts().setRemoteId(account.id, state.weiboMe.id);
            connections.setSessionToken(account.id, platforms::sandbox::State::weiboToken());
            break;
        }
    }
    // The demo's published posts exist on the platform too, so comments can arrive under them and the
    // publisher's reconciliation finds them.
    if (const auto published = workspace.posts().variantsInState(domain::VariantState::Published)) {
        for (const auto &v : *published) {
            const auto account = workspace.accounts().find(v.accountId);
            if (!account || v.remoteId.isEmpty())
                continue;
            const QString platform = domain::platformId(account->platform);
            const QString author =
                account->platform == Platform::Facebook ? state.fbPageId : account->remoteId;
            state.posts.append(
                platforms::sandbox::Post::make(platform, v.remoteId, author, v.text, v.scheduledAt));
        }
    }
    // New mentions and comments keep arriving while the demo is open, as on a real day.
    m_sandbox->setIncomingRate(6);
    return true;
}

} // namespace workspace
