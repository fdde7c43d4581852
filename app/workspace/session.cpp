#include "workspace/session.h"

#include "audience/audiencesync.h"
#include "audience/gazetteer.h"
#include "compose/publisher.h"
#include "inbox/classifier.h"
#include "inbox/stancelearning.h"
#include "inbox/sync.h"
#include "platforms/vault/vault.h"
#include "workspace/connections.h"
#include "workspace/demoplatforms.h"
#include "workspace/searchindexer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

namespace workspace {

Session::Session(std::unique_ptr<Workspace> workspace, Mode mode, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    // The demo never touches the keychain: its tokens are the sandbox's, held in memory.
    if (mode == Mode::Real)
        m_vault = std::make_unique<platforms::vault::Vault>();
    m_connections = new Connections(*m_workspace, m_vault.get(), this);
    if (mode == Mode::Demo) {
        m_demo = std::make_unique<DemoPlatforms>();
        if (!m_demo->connect(*m_workspace, *m_connections))
            m_problem =
                QCoreApplication::translate("workspace", "The demo's local platform server could not start, "
                                                         "so the demo works offline.");
    } else {
        m_connections->load();
    }
    m_publisher = new compose::Publisher(m_workspace->database(), *m_connections,
                                         publisherId(QCoreApplication::applicationName()), this);
    m_classifier = std::make_unique<inbox::Classifier>();
    inbox::StanceLearning(m_workspace->database()).load(*m_classifier);
    m_sync = new inbox::Sync(m_workspace->database(), *m_connections, *m_classifier, this);
    // Items stored before full-text search existed (schema 5) are indexed on a thread of its own: an upgraded
    // workspace opens at once and its older items become searchable while the GUI stays free. It starts on the
    // event loop's next turn, once whoever opened the session has connected to it.
    m_searchIndexer = new SearchIndexer(m_workspace->database(), this);
    QTimer::singleShot(0, m_searchIndexer, &SearchIndexer::start);
}

audience::AudienceSync &Session::audienceSync()
{
    if (!m_audienceSync)
        m_audienceSync = new audience::AudienceSync(m_workspace->database(), *m_connections,
                                                    audience::Gazetteer::loadDefault(), this);
    return *m_audienceSync;
}

Session::~Session()
{
    // First: it stops after the batch in flight and closes its connection before the workspace closes.
    delete m_searchIndexer;
    delete m_audienceSync;
    // The publisher releases its lease through the database: before the workspace closes.
    delete m_sync;
    delete m_publisher;
    delete m_connections;
}

QString Session::publisherId(const QString &program)
{
    return QStringLiteral("%1/%2/%3")
        .arg(QHostInfo::localHostName(), program)
        .arg(QCoreApplication::applicationPid());
}

} // namespace workspace
