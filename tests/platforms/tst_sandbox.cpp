#include "clienttest.h"

#include "platforms/facebook/facebookclient.h"
#include "platforms/sandbox/state.h"
#include "platforms/x/xclient.h"
#include "support/testpaths.h"

#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>

using namespace platforms;
using Kind = platforms::PlatformError::Kind;

namespace {

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// The sandbox as a product of its own: seeded determinism, the control endpoint, the incoming generator,
// `attachectl sandbox serve`, and that no token ever reaches a log line or attachectl's output.
class SandboxTest : public QObject
{
    Q_OBJECT
private slots:
    void sameSeed_generatesSameStream();
    void controlEndpoint_injectsFaultsAndIncoming();
    void incomingRate_addsMentionsOverTime();
    void unknownPath_isPlatformShaped404();
    void logs_neverContainTokensOrSecrets();
    void attachectlServe_answersAndNeverPrintsTokens();
};

void SandboxTest::sameSeed_generatesSameStream()
{
    sandbox::Sandbox a(42), b(42), c(43);
    a.generateIncoming(5);
    b.generateIncoming(5);
    c.generateIncoming(5);
    QStringList ta, tb, tc;
    for (const auto &p : a.state().posts)
        ta.append(p.text + a.state().users.value(p.authorId).location);
    for (const auto &p : b.state().posts)
        tb.append(p.text + b.state().users.value(p.authorId).location);
    for (const auto &p : c.state().posts)
        tc.append(p.text + c.state().users.value(p.authorId).location);
    QCOMPARE(ta, tb);
    QVERIFY(ta != tc);
}

void SandboxTest::controlEndpoint_injectsFaultsAndIncoming()
{
    sandbox::Sandbox s(1);
    QVERIFY(s.start());
    QNetworkAccessManager network;
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest r(s.baseUrl().resolved(QUrl(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(r, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(post(QStringLiteral("/_sandbox/faults"), R"({"kind":"server-error","platform":"x","count":2})"), 200);
    QCOMPARE(s.pendingFaults(), 1);
    QCOMPARE(post(QStringLiteral("/_sandbox/faults"), R"({"kind":"nonsense"})"), 400);
    const qsizetype before = s.state().posts.size();
    QCOMPARE(post(QStringLiteral("/_sandbox/incoming"), R"({"count":3})"), 200);
    QVERIFY(s.state().posts.size() >= before + 6); // X and Weibo mentions

    x::XClient client(&network, s.baseUrl());
    client.setAccessToken(sandbox::State::xToken());
    platformtest::makeFast(client.transport());
    client.transport()->config().maxAttempts = 1;
    AWAIT(AccountInfo, me, client.whoAmI(this, cb));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().httpStatus, 503);
}

void SandboxTest::incomingRate_addsMentionsOverTime()
{
    sandbox::Sandbox s(9);
    const qsizetype before = s.state().posts.size();
    s.setIncomingRate(600); // one every 100 ms
    QTRY_VERIFY_WITH_TIMEOUT(s.state().posts.size() >= before + 6, 5000);
    s.setIncomingRate(0);
}

void SandboxTest::unknownPath_isPlatformShaped404()
{
    sandbox::Sandbox s(1);
    QVERIFY(s.start());
    QNetworkAccessManager network;
    x::XClient client(&network, s.baseUrl());
    client.setAccessToken(sandbox::State::xToken());
    AWAIT(bool, gone, client.deletePost(QStringLiteral("123"), this, cb));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Kind::NotFound);
    QVERIFY(gone.error().platformCode.endsWith(QLatin1String("/resource-not-found")));
}

void SandboxTest::logs_neverContainTokensOrSecrets()
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QSKIP("QT_LOGGING_RULES overrides the rules this test needs");
    sandbox::Sandbox s(1);
    QVERIFY(s.start());
    QNetworkAccessManager network;
    QLoggingCategory::setFilterRules(QStringLiteral("attache.*=true"));
    g_messages.clear();
    g_previous = qInstallMessageHandler(capture);

    x::XClient x(&network, s.baseUrl());
    x.setAccessToken(sandbox::State::xToken());
    AWAIT(AccountInfo, me, x.whoAmI(this, cb));
    VERIFY_OK(me);
    x.setAccessToken(QStringLiteral("wrong-known-token-0123"));
    AWAIT(AccountInfo, refused, x.whoAmI(this, cb));
    QVERIFY(!refused.ok());

    facebook::FacebookClient fb(&network, s.baseUrl());
    using TokenPair = QPair<QString, qint64>;
    AWAIT(TokenPair, exchanged, fb.exchangeForLongLived(QStringLiteral("app"), QStringLiteral("app-secret-4567"),
                                                        sandbox::State::fbUserToken(), this, cb));
    VERIFY_OK(exchanged);

    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_messages.size() > 4);
    const QStringList secrets{sandbox::State::xToken(), QStringLiteral("wrong-known-token-0123"),
                              QStringLiteral("app-secret-4567"), sandbox::State::fbUserToken(),
                              exchanged.value().first};
    for (const QString &line : std::as_const(g_messages)) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

void SandboxTest::attachectlServe_answersAndNeverPrintsTokens()
{
    QProcess serve;
    serve.start(testsupport::binPath(QStringLiteral("attachectl")),
                {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(serve.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10000);
    const QString first = QString::fromUtf8(serve.readLine()).trimmed();
    const QUrl base(first.section(QLatin1Char(' '), -1));
    QVERIFY2(base.port() > 0, qPrintable(first));

    QNetworkAccessManager network;
    x::XClient client(&network, base);
    client.setAccessToken(sandbox::State::xToken());
    AWAIT(AccountInfo, me, client.whoAmI(this, cb));
    VERIFY_OK(me);

    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    const QByteArray output = first.toUtf8() + serve.readAllStandardOutput() + serve.readAllStandardError();
    QVERIFY(!output.contains(sandbox::State::xToken().toUtf8()));
    QVERIFY(!output.contains(sandbox::State::fbPageToken().toUtf8()));

    const auto usage = testsupport::run(testsupport::binPath(QStringLiteral("attachectl")),
                                        {QStringLiteral("sandbox"), QStringLiteral("serve")});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(SandboxTest)
#include "tst_sandbox.moc"
