#include "platforms/sandbox/state.h"
#include "platforms/vault/vault.h"
#include "support/testpaths.h"
#include "store/variantpartrepository.h"
#include "text/threadsplitter.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using domain::VariantState;

// The publisher crash test: `attachectl publish --watch` is killed with SIGKILL at random moments while 200
// scheduled variants go out to a sandbox in another process, then started again; at the end every variant
// exists on the platform exactly once and is recorded as published with the platform's id. Every tenth variant
// is an over-long X thread, so kills also land between the parts of a thread: each part exactly once too.
class PublishCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sigkillAtRandomMoments_noDuplicateNoLoss();

private:
    QJsonObject sandbox(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QProcess *startPublisher();
    static void kill(QProcess *process, int signal);

    QTemporaryDir m_dir;
    QString m_workspacePath;
    QProcess m_sandbox;
    QUrl m_sandboxUrl;
    QNetworkAccessManager m_network;
    QStringList m_texts;       // single posts
    QStringList m_threadParts; // every part of every thread
};

void PublishCrashTest::initTestCase()
{
    // A sandbox of its own, in its own process, so it outlives every publisher we kill.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    m_sandbox.start(testsupport::binPath(QStringLiteral("attachectl")),
                    {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"),
                     QString::number(port)});
    QVERIFY(m_sandbox.waitForReadyRead(10000));
    m_sandboxUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));

    m_workspacePath = m_dir.filePath(QStringLiteral("crash.attache"));
    store::Database::OpenError error;
    auto ws = workspace::Workspace::open(m_workspacePath, {}, &error);
    QVERIFY2(ws, qPrintable(error.error.message));
    domain::Account account;
    account.platform = domain::Platform::X;
    account.handle = QStringLiteral("@embassy");
    account.displayName = QStringLiteral("Embassy");
    account.language = QStringLiteral("en");
    account.timeZone = QStringLiteral("Europe/London");
    account.remoteId = QStringLiteral("1500000000000000001"); // the sandbox's own X user (seeded)
    const qint64 accountId = *ws->accounts().add(account);
    QVERIFY(ws->settings().setValue(QStringLiteral("platforms.x.base_url"), m_sandboxUrl.toString()));

    // The token goes where a real one goes: the keychain (./dev test runs a private, unlocked one).
    platforms::vault::Vault vault;
    std::optional<platforms::vault::VaultError> written = platforms::vault::VaultError{};
    bool done = false;
    vault.write({ws->id(), QString::number(accountId), QStringLiteral("access")},
                platforms::sandbox::State::xToken(), this, [&](const auto &e) {
                    written = e;
                    done = true;
                });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    if (written)
        QSKIP(qPrintable(
            QStringLiteral("no keychain here (%1); ./dev test provides one").arg(written->message)));

    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (int i = 0; i < 200; ++i) {
        domain::Post post;
        post.title = QStringLiteral("Crash test %1").arg(i);
        domain::Variant v;
        v.accountId = accountId;
        v.language = QStringLiteral("en");
        v.text = QStringLiteral("Crash test post number %1 of the embassy's exactly-once publisher.").arg(i);
        if (i % 10 == 5) {
            v.asThread = true;
            for (int s = 1; v.text.size() < 600; ++s)
                v.text += QStringLiteral(" Sentence %1 of thread %2 goes out exactly once, whatever happens.")
                              .arg(s)
                              .arg(i);
            m_threadParts << text::ThreadSplitter::split(v.text);
        }
        post.variants << v;
        const qint64 postId = *ws->posts().create(post, QStringLiteral("attache"));
        const qint64 id = ws->posts().find(postId)->variants.first().id;
        QVERIFY(ws->posts().transition(id, VariantState::InReview, QStringLiteral("attache")));
        QVERIFY(ws->posts().transition(id, VariantState::Approved, QStringLiteral("reviewer")));
        QVERIFY(ws->posts().schedule(id, due, QStringLiteral("attache")));
        if (!v.asThread)
            m_texts << v.text;
    }
}

void PublishCrashTest::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }
}

QJsonObject PublishCrashTest::sandbox(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(m_sandboxUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QProcess *PublishCrashTest::startPublisher()
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(testsupport::binPath(QStringLiteral("attachectl")),
             {QStringLiteral("publish"), QStringLiteral("--watch"), QStringLiteral("--workspace"),
              m_workspacePath, QStringLiteral("--interval"), QStringLiteral("1"),
              QStringLiteral("--lease-seconds"), QStringLiteral("1")});
    p->waitForStarted(10000);
    return p;
}

void PublishCrashTest::kill(QProcess *process, int signal)
{
    ::kill(pid_t(process->processId()), signal);
    process->waitForFinished(10000);
    process->deleteLater();
}

void PublishCrashTest::sigkillAtRandomMoments_noDuplicateNoLoss()
{
    // 200 posts in one go: more than X's 100 per 15 minutes, which this test is not about.
    sandbox("POST", QStringLiteral("/_sandbox/limits"),
            {{QStringLiteral("bucket"), QStringLiteral("POST /2/tweets")}, {QStringLiteral("limit"), 10000}});
    QRandomGenerator random(42);
    for (int round = 0; round < 25; ++round) {
        // Slow answers now and then, so some kills land between sending a post and hearing back.
        if (random.bounded(3) == 0) {
            sandbox("POST", QStringLiteral("/_sandbox/faults"),
                    {{QStringLiteral("kind"), QStringLiteral("slow")},
                     {QStringLiteral("platform"), QStringLiteral("x")},
                     {QStringLiteral("path"), QStringLiteral("/2/tweets")},
                     {QStringLiteral("count"), 3},
                     {QStringLiteral("delay_ms"), 700}});
        }
        QProcess *publisher = startPublisher();
        QTest::qWait(200 + int(random.bounded(1300)));
        kill(publisher, SIGKILL);
    }
    // Then one that is left to finish, and stopped politely.
    QProcess *publisher = startPublisher();
    store::Database::OpenError error;
    store::OpenOptions readOnly;
    readOnly.create = false;
    readOnly.migrate = false;
    auto countPublished = [&] {
        auto ws = workspace::Workspace::open(m_workspacePath, readOnly, &error);
        if (!ws)
            return -1;
        const auto published = ws->posts().variantsInState(VariantState::Published);
        return published ? int(published->size()) : -1;
    };
    QElapsedTimer waited;
    waited.start();
    // Patient: on a loaded machine, retries after the last kill wait out their back-off (30 s, then 60 s).
    while (countPublished() != 200 && waited.elapsed() < 240000)
        QTest::qWait(500);
    if (countPublished() != 200) {
        // Say what is left and why, before failing.
        auto ws = workspace::Workspace::open(m_workspacePath, readOnly, &error);
        QVERIFY(ws);
        store::VariantPartRepository parts(ws->database());
        const auto posts = ws->posts().all();
        QVERIFY(posts);
        for (const auto &post : *posts) {
            for (const auto &v : post.variants) {
                if (v.state == VariantState::Published)
                    continue;
                QString partStates;
                const auto stored = parts.parts(v.id);
                for (const auto &part : *stored)
                    partStates += QString::number(int(part.attempt));
                qWarning("variant %lld is %s (%s) parts %s", v.id, qPrintable(domain::stateId(v.state)),
                         qPrintable(v.failureReason), qPrintable(partStates));
            }
        }
    }
    QCOMPARE(countPublished(), 200);
    kill(publisher, SIGTERM);

    const QJsonObject state = sandbox("GET", QStringLiteral("/_sandbox/state?posts=full"));
    QHash<QString, int> copies;
    for (const auto &p : state.value(QLatin1String("post_list")).toArray())
        copies[p.toObject().value(QLatin1String("text")).toString()] += 1;
    int lost = 0, duplicated = 0;
    for (const QString &text : m_texts) {
        lost += copies.value(text) == 0;
        duplicated += copies.value(text) > 1;
    }
    qInfo("200 variants: %d lost, %d duplicated", lost, duplicated);
    QCOMPARE(lost, 0);
    QCOMPARE(duplicated, 0);
    int partsLost = 0, partsDuplicated = 0;
    for (const QString &text : m_threadParts) {
        partsLost += copies.value(text) == 0;
        partsDuplicated += copies.value(text) > 1;
    }
    qInfo("%d thread parts: %d lost, %d duplicated", int(m_threadParts.size()), partsLost, partsDuplicated);
    QVERIFY(m_threadParts.size() >= 40);
    QCOMPARE(partsLost, 0);
    QCOMPARE(partsDuplicated, 0);

    auto ws = workspace::Workspace::open(m_workspacePath, readOnly, &error);
    QVERIFY(ws);
    const auto published = ws->posts().variantsInState(VariantState::Published);
    QSet<QString> remoteIds;
    for (const auto &v : *published)
        remoteIds.insert(v.remoteId);
    QCOMPARE(remoteIds.size(), 200);
}

QTEST_GUILESS_MAIN(PublishCrashTest)
#include "tst_publishcrash.moc"
