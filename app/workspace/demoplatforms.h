#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace platforms::sandbox {
class Sandbox;
}

namespace workspace {

class Connections;
class Workspace;

// The demo's platforms: the local sandbox, started in this process on 127.0.0.1, with the demo workspace's
// accounts pointed at it and signed in with the sandbox's own tokens (held in memory only). Everything the
// demo does on a platform runs through the real clients and the real HTTP code.
class DemoPlatforms final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPlatforms)
public:
    explicit DemoPlatforms(QObject *parent = nullptr);
    ~DemoPlatforms() override;

    // Starts the sandbox and connects every account of the (demo) workspace to it. False when it cannot
    // listen.
    bool connect(Workspace &workspace, Connections &connections);
    QUrl baseUrl() const;
    platforms::sandbox::Sandbox &sandbox() { return *m_sandbox; }

private:
    std::unique_ptr<platforms::sandbox::Sandbox> m_sandbox;
};

} // namespace workspace
