#pragma once

#include "support/clientmap.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QDateTime;
class QNetworkAccessManager;
namespace domain {
struct Mention;
}
namespace platforms::sandbox {
class Sandbox;
struct State;
}
namespace workspace {
class Workspace;
}

namespace testsupport {

// What the inbox's sync and backfill tests start from: a new workspace whose X, Facebook and Weibo accounts are
// signed in to a running sandbox (clients with a short back-off), with one published post on the Facebook page
// — recorded as ours in the workspace, so the sync reads its comments — and one Weibo status.
class SandboxWorkspace final : public QObject
{
public:
    explicit SandboxWorkspace(QObject *parent = nullptr);
    ~SandboxWorkspace() override;

    // Sets everything up; false, with the reason, when any step fails.
    bool start(QString *whyNot);

    workspace::Workspace &workspace() { return *m_workspace; }
    platforms::sandbox::Sandbox &sandbox() { return *m_sandbox; }
    ClientMap &clients() { return m_clients; }
    qint64 xAccount() const { return m_x; }
    qint64 facebookAccount() const { return m_facebook; }
    qint64 weiboAccount() const { return m_weibo; }
    QString facebookPostId() const { return m_facebookPostId; }

private:
    qint64 addAccount(int platform, const QString &handle, const QString &remoteId);
    bool publishOurPosts(QString *whyNot);

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_workspace;
    platforms::sandbox::Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ClientMap m_clients;
    qint64 m_x = 0;
    qint64 m_facebook = 0;
    qint64 m_weibo = 0;
    QString m_facebookPostId;
};

// A stranger's question under the newest published Facebook post of the sandbox, added there and stored in the
// workspace's inbox as the sync would store it. Returns the stored item (id 0 when something failed).
domain::Mention addFacebookQuestion(platforms::sandbox::State &state, workspace::Workspace &workspace,
                                    const QString &text, const QDateTime &at);

} // namespace testsupport
