#pragma once

#include <QObject>
#include <memory>

namespace audience {
class AudienceSync;
}
namespace compose {
class Publisher;
}
namespace inbox {
class Classifier;
class Sync;
} // namespace inbox
namespace platforms::vault {
class Vault;
}

namespace workspace {

class Connections;
class DemoPlatforms;
class SearchIndexer;
class Workspace;

// An open workspace with its services: the platform connections, the publisher and, for the demo, the local
// sandbox. The GUI holds one per window; `attachectl publish` holds one headless.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    enum class Mode { Real, Demo };

    Session(std::unique_ptr<Workspace> workspace, Mode mode, QObject *parent = nullptr);
    ~Session() override;

    Workspace &workspace() { return *m_workspace; }
    Connections &connections() { return *m_connections; }
    compose::Publisher &publisher() { return *m_publisher; }
    inbox::Sync &inboxSync() { return *m_sync; }
    // Built on first use: it loads the gazetteer (about 0.1 s), which start-up should not wait for.
    audience::AudienceSync &audienceSync();
    // The workspace's classifier, with what it learnt from the office's corrections.
    const inbox::Classifier &classifier() const { return *m_classifier; }
    // The same, to teach it a user's stance correction (inbox::StanceLearning::record), on the GUI thread.
    inbox::Classifier &classifier() { return *m_classifier; }
    bool isDemo() const { return m_demo != nullptr; }
    // The system keychain, or nullptr in the demo (whose tokens are the sandbox's, in memory).
    platforms::vault::Vault *vault() const { return m_vault.get(); }
    // The demo's sandbox, or nullptr.
    DemoPlatforms *demo() const { return m_demo.get(); }
    // Indexes the items stored before full-text search existed (schema 5), in the background from the first turn
    // of the event loop after the session opens: connect to it to know when search covers every item.
    SearchIndexer &searchIndexer() { return *m_searchIndexer; }
    // Why the demo's sandbox could not start (empty when it runs or this is not the demo).
    QString problem() const { return m_problem; }

    // Who this publisher is, for the lease: host, program and process.
    static QString publisherId(const QString &program);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<platforms::vault::Vault> m_vault;
    std::unique_ptr<DemoPlatforms> m_demo;
    Connections *m_connections;
    compose::Publisher *m_publisher;
    std::unique_ptr<inbox::Classifier> m_classifier;
    inbox::Sync *m_sync;
    audience::AudienceSync *m_audienceSync = nullptr;
    SearchIndexer *m_searchIndexer;
    QString m_problem;
};

} // namespace workspace
