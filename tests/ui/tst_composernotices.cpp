// A post the platform refuses for good is said on the desktop (DesktopNotifier), naming the post and the
// account with the platform's reason; choosing the notice shows that variant in the Compose pane.
#include "common/accountlistmodel.h"
#include "common/desktopnotifier.h"
#include "compose/clientprovider.h"
#include "compose/composepane.h"
#include "compose/failurenotices.h"
#include "compose/publisher.h"
#include "compose/posttreemodel.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {
class NoClients final : public compose::ClientProvider
{
public:
    platforms::PlatformClient *client(qint64, QString *whyNot) override
    {
        if (whyNot)
            *whyNot = QStringLiteral("not signed in");
        return nullptr;
    }
};
} // namespace

class ComposerNoticesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void permanentFailure_namesPostAccountAndReason();
    void choosingTheNotice_showsTheVariant();

private:
    void setUpWorkspace();

    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    qint64 m_variant = 0;
    domain::Account m_account;
};

void ComposerNoticesTest::setUpWorkspace()
{
    store::Database::OpenError error;
    m_ws = workspace::Workspace::open(m_dir.filePath(QStringLiteral("n%1.attache").arg(QDateTime::currentMSecsSinceEpoch())),
                                      {}, &error);
    QVERIFY2(m_ws, qPrintable(error.error.message));
    m_account.platform = domain::Platform::Facebook;
    m_account.handle = QStringLiteral("embassy.page");
    m_account.displayName = QStringLiteral("Embassy Page");
    m_account.language = QStringLiteral("en");
    m_account.timeZone = QStringLiteral("Europe/London");
    m_account.id = *m_ws->accounts().add(m_account);
    domain::Post post;
    post.title = QStringLiteral("Consular hours over the holidays");
    domain::Variant v;
    v.accountId = m_account.id;
    v.language = QStringLiteral("en");
    v.text = QStringLiteral("Closed 1–8 January.");
    post.variants << v;
    const qint64 postId = *m_ws->posts().create(post, QStringLiteral("attache"));
    m_variant = m_ws->posts().find(postId)->variants.first().id;
}

void ComposerNoticesTest::permanentFailure_namesPostAccountAndReason()
{
    setUpWorkspace();
    NoClients clients;
    compose::Publisher publisher(m_ws->database(), clients, QStringLiteral("test"));
    ui::AccountListModel accounts;
    accounts.setAccounts({m_account});
    ui::DesktopNotifier notifier;
    ui::FailureNotices notices(publisher, m_ws->posts(), accounts, notifier);
    QSignalSpy noticed(&notices, &ui::FailureNotices::noticed);
    QSignalSpy fallback(&notifier, &ui::DesktopNotifier::fallbackMessage);
    emit publisher.failed(m_variant, QStringLiteral("(#368) The action attempted has been deemed abusive."));
    QCOMPARE(noticed.size(), 1);
    const QString title = noticed.first().at(0).toString();
    const QString body = noticed.first().at(1).toString();
    QVERIFY2(title.contains(QStringLiteral("Consular hours over the holidays")), qPrintable(title));
    QVERIFY2(body.contains(QStringLiteral("Embassy Page")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("deemed abusive")), qPrintable(body));
    // Without a desktop service the same words reach the status bar.
    if (!notifier.desktopServiceAvailable()) {
        QCOMPARE(fallback.size(), 1);
        QVERIFY(fallback.first().at(0).toString().contains(QStringLiteral("Embassy Page")));
    }
    // Not for deferrals: only a failure for good is a notice.
    emit publisher.deferred(m_variant, QStringLiteral("try later"));
    QCOMPARE(noticed.size(), 1);
}

void ComposerNoticesTest::choosingTheNotice_showsTheVariant()
{
    setUpWorkspace();
    NoClients clients;
    compose::Publisher publisher(m_ws->database(), clients, QStringLiteral("test"));
    ui::AccountListModel accounts;
    accounts.setAccounts({m_account});
    ui::DesktopNotifier notifier;
    ui::ComposePane pane(*m_ws, accounts, &publisher, &notifier);
    QVERIFY(pane.failureNotices());
    QSignalSpy shown(&pane, &ui::ComposePane::showRequested);
    auto *tree = pane.findChild<QTreeView *>();
    tree->setCurrentIndex({});
    emit notifier.activated(QStringLiteral("variant:%1").arg(m_variant));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(tree->currentIndex().data(ui::PostTreeModel::VariantIdRole).toLongLong(), m_variant);
    // Keys of other panes are not ours.
    emit notifier.activated(QStringLiteral("inbox:storm"));
    QCOMPARE(shown.size(), 1);
}

QTEST_MAIN(ComposerNoticesTest)
#include "tst_composernotices.moc"
