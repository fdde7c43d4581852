#include "platforms/connectionhealth.h"
#include "platforms/facebook/graphparser.h"
#include "platforms/ratelimiter.h"
#include "platforms/redact.h"
#include "platforms/transport.h"
#include "platforms/weibo/weiboparser.h"
#include "platforms/x/xparser.h"

#include <QTest>

using platforms::PlatformError;
using Kind = platforms::PlatformError::Kind;

Q_DECLARE_METATYPE(platforms::PlatformError::Kind)

// The one error model: every platform's error bodies map to the right kind with the platform's code and words,
// plus the transport's helpers (redaction, base URL policy, rate-limit headers).
class ErrorsTest : public QObject
{
    Q_OBJECT
private slots:
    void xErrors_data();
    void xErrors();
    void xRateLimit_carriesResetTime();
    void x200WithDataAndErrors_isSuccess();
    void graphErrors_data();
    void graphErrors();
    void weiboErrors_data();
    void weiboErrors();
    void userMessages_areNonEmptyForEveryKind();
    void redact_removesEverySecretForm_data();
    void redact_removesEverySecretForm();
    void baseUrl_data();
    void baseUrl();
    void rateLimiter_xHeaders_blockAtZeroRemaining();
    void rateLimiter_graphUsage_blocksApp();
    void times_parseEachPlatformsFormat();
    void connectionHealth();
};

void ErrorsTest::xErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    const QByteArray problem = R"({"type":"https://api.x.com/2/problems/%1","title":"t","detail":"d","status":%2})";
    auto p = [&](const char *type, int status) -> QByteArray {
        return QByteArray(problem).replace("%1", type).replace("%2", QByteArray::number(status));
    };
    QTest::newRow("invalid-request") << 400 << p("invalid-request", 400) << Kind::Invalid << "https://api.x.com/2/problems/invalid-request";
    QTest::newRow("not-found") << 404 << p("resource-not-found", 404) << Kind::NotFound << "https://api.x.com/2/problems/resource-not-found";
    QTest::newRow("not-authorized") << 403 << p("not-authorized-for-resource", 403) << Kind::Permission << "https://api.x.com/2/problems/not-authorized-for-resource";
    QTest::newRow("client-forbidden") << 403 << p("client-forbidden", 403) << Kind::Permission << "https://api.x.com/2/problems/client-forbidden";
    QTest::newRow("usage-capped") << 429 << p("usage-capped", 429) << Kind::RateLimited << "https://api.x.com/2/problems/usage-capped";
    QTest::newRow("unsupported-auth") << 403 << p("unsupported-authentication", 403) << Kind::Auth << "https://api.x.com/2/problems/unsupported-authentication";
    QTest::newRow("twitter host") << 404 << QByteArray(R"({"type":"https://api.twitter.com/2/problems/resource-not-found","title":"x"})") << Kind::NotFound << "https://api.twitter.com/2/problems/resource-not-found";
    QTest::newRow("blank 429") << 429 << QByteArray(R"({"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"})") << Kind::RateLimited << "about:blank";
    QTest::newRow("blank 401") << 401 << QByteArray(R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})") << Kind::Auth << "about:blank";
    QTest::newRow("duplicate") << 403 << QByteArray(R"({"title":"Forbidden","type":"about:blank","status":403,"detail":"You are not allowed to create a Tweet with duplicate content."})") << Kind::Duplicate << "about:blank";
    QTest::newRow("legacy 88") << 429 << QByteArray(R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})") << Kind::RateLimited << "88";
    QTest::newRow("legacy 89") << 401 << QByteArray(R"({"errors":[{"code":89,"message":"Invalid or expired token."}]})") << Kind::Auth << "89";
    QTest::newRow("legacy 187") << 403 << QByteArray(R"({"errors":[{"code":187,"message":"Status is a duplicate."}]})") << Kind::Duplicate << "187";
    QTest::newRow("legacy 226") << 403 << QByteArray(R"({"errors":[{"code":226,"message":"automated"}]})") << Kind::Policy << "226";
    QTest::newRow("legacy 186") << 403 << QByteArray(R"({"errors":[{"code":186,"message":"too long"}]})") << Kind::Invalid << "186";
    QTest::newRow("5xx no body") << 503 << QByteArray() << Kind::Transient << QString();
    QTest::newRow("garbage 500") << 500 << QByteArray("<html>oops") << Kind::Transient << QString();
    QTest::newRow("oauth invalid") << 400 << QByteArray(R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})") << Kind::Auth << "invalid_request";
}

void ErrorsTest::xErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    const PlatformError e = platforms::x::parseError(status, body);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.platformCode, code);
    QCOMPARE(e.httpStatus, status);
}

void ErrorsTest::xRateLimit_carriesResetTime()
{
    platforms::HttpResponse r;
    r.status = 429;
    r.body = R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})";
    r.headers.insert("x-rate-limit-reset", "1900000000");
    const auto e = platforms::x::classify(r);
    QVERIFY(e);
    QCOMPARE(e->kind, Kind::RateLimited);
    QCOMPARE(e->resetAt, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
}

void ErrorsTest::x200WithDataAndErrors_isSuccess()
{
    platforms::HttpResponse r;
    r.status = 200;
    r.body = R"({"data":[{"id":"1","text":"a"}],"errors":[{"title":"Not Found Error","type":"https://api.x.com/2/problems/resource-not-found"}]})";
    QVERIFY(!platforms::x::classify(r));
    r.body = R"({"errors":[{"title":"Not Found Error","detail":"gone","type":"https://api.x.com/2/problems/resource-not-found"}]})";
    const auto e = platforms::x::classify(r);
    QVERIFY(e);
    QCOMPARE(e->kind, Kind::NotFound);
    r.body = "{\"data\": {\"id\": \"12";
    QCOMPARE(platforms::x::classify(r)->kind, Kind::Transient);
}

void ErrorsTest::graphErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    auto g = [](int code, int sub = -1, bool transient = false) -> QByteArray {
        QByteArray b = R"({"error":{"message":"m","type":"OAuthException","code":)" + QByteArray::number(code);
        if (sub >= 0)
            b += R"(,"error_subcode":)" + QByteArray::number(sub);
        if (transient)
            b += R"(,"is_transient":true)";
        return b + R"(,"fbtrace_id":"x"}})";
    };
    QTest::newRow("1 unknown") << 500 << g(1) << Kind::Transient << "1";
    QTest::newRow("2 service") << 503 << g(2) << Kind::Transient << "2";
    QTest::newRow("4 app throttle") << 403 << g(4) << Kind::RateLimited << "4";
    QTest::newRow("17 user throttle") << 403 << g(17) << Kind::RateLimited << "17";
    QTest::newRow("32 page throttle") << 403 << g(32) << Kind::RateLimited << "32";
    QTest::newRow("613") << 403 << g(613) << Kind::RateLimited << "613";
    QTest::newRow("80001") << 403 << g(80001) << Kind::RateLimited << "80001";
    QTest::newRow("10 permission") << 403 << g(10) << Kind::Permission << "10";
    QTest::newRow("200 permission") << 403 << g(200) << Kind::Permission << "200";
    QTest::newRow("190 expired") << 400 << g(190, 463) << Kind::Auth << "190/463";
    QTest::newRow("190 revoked") << 400 << g(190, 458) << Kind::Auth << "190/458";
    QTest::newRow("368 policy") << 400 << g(368) << Kind::Policy << "368";
    QTest::newRow("506 duplicate") << 400 << g(506) << Kind::Duplicate << "506";
    QTest::newRow("100 invalid") << 400 << g(100) << Kind::Invalid << "100";
    QTest::newRow("100/33 not found") << 400 << g(100, 33) << Kind::NotFound << "100/33";
    QTest::newRow("transient flag") << 400 << g(9999, -1, true) << Kind::Transient << "9999";
    QTest::newRow("no body 502") << 502 << QByteArray() << Kind::Transient << QString();
}

void ErrorsTest::graphErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    const PlatformError e = platforms::facebook::parseError(status, body);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.platformCode, code);
}

void ErrorsTest::weiboErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    auto w = [](const char *code) -> QByteArray {
        return R"({"request":"/2/statuses/share.json","error_code":)" + QByteArray(code) + R"(,"error":"e"})";
    };
    QTest::newRow("10023 string") << 403 << w("\"10023\"") << Kind::RateLimited;
    QTest::newRow("10022 number") << 403 << w("10022") << Kind::RateLimited;
    QTest::newRow("20019 repeat") << 400 << w("\"20019\"") << Kind::Duplicate;
    QTest::newRow("21327 expired") << 401 << w("\"21327\"") << Kind::Auth;
    QTest::newRow("21332 invalid") << 401 << w("\"21332\"") << Kind::Auth;
    QTest::newRow("10001 system") << 500 << w("\"10001\"") << Kind::Transient;
    QTest::newRow("20101 gone") << 400 << w("\"20101\"") << Kind::NotFound;
    QTest::newRow("20012 too long") << 400 << w("\"20012\"") << Kind::Invalid;
    QTest::newRow("20021 illegal") << 400 << w("\"20021\"") << Kind::Policy;
    QTest::newRow("10014 permission") << 403 << w("\"10014\"") << Kind::Permission;
}

void ErrorsTest::weiboErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    const PlatformError e = platforms::weibo::parseError(status, body);
    QCOMPARE(e.kind, kind);
    QVERIFY(!e.platformCode.isEmpty());
    QCOMPARE(e.platformMessage, QStringLiteral("e"));
    // Weibo can answer an error with 200: still an error.
    platforms::HttpResponse r;
    r.status = 200;
    r.body = body;
    QVERIFY(platforms::weibo::classify(r));
}

void ErrorsTest::userMessages_areNonEmptyForEveryKind()
{
    for (int k = 0; k <= int(Kind::NotFound); ++k) {
        PlatformError e = PlatformError::make(Kind(k), QStringLiteral("platform words"));
        QVERIFY(e.userMessage().contains(QLatin1String("platform words")));
        QVERIFY(!platforms::kindId(Kind(k)).isEmpty());
    }
    PlatformError uncertain;
    uncertain.uncertain = true;
    QVERIFY(uncertain.userMessage() != PlatformError().userMessage());
}

void ErrorsTest::redact_removesEverySecretForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("query") << "https://graph.facebook.com/v25.0/oauth/access_token?client_secret=SECRET&fb_exchange_token=SECRET&x=1";
    QTest::newRow("access_token") << "http://127.0.0.1/2/users/show.json?access_token=SECRET";
    QTest::newRow("json") << R"({"access_token":"SECRET","refresh_token": "SECRET"})";
    QTest::newRow("bearer") << "Authorization: Bearer SECRET";
    QTest::newRow("oauth2") << "Authorization: OAuth2 SECRET";
    QTest::newRow("form") << "grant_type=refresh_token&refresh_token=SECRET&client_id=abc";
    QTest::newRow("verifier") << "code=SECRET&code_verifier=SECRET";
}

void ErrorsTest::redact_removesEverySecretForm()
{
    QFETCH(QString, text);
    const QString out = platforms::redact(text);
    QVERIFY2(!out.contains(QLatin1String("SECRET")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("***")));
}

void ErrorsTest::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://api.x.com" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http remote") << "http://api.x.com" << false;
    QTest::newRow("http lookalike") << "http://127.0.0.1.example.com" << false;
    QTest::newRow("ftp") << "ftp://api.x.com" << false;
    QTest::newRow("no host") << "https://" << false;
}

void ErrorsTest::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(!platforms::Transport::checkBaseUrl(QUrl(url)).has_value(), accepted);
}

void ErrorsTest::rateLimiter_xHeaders_blockAtZeroRemaining()
{
    platforms::RateLimiter limiter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 reset = now.addSecs(120).toSecsSinceEpoch();
    limiter.record(QStringLiteral("GET /2/users/me"),
                   {{"x-rate-limit-remaining", "3"}, {"x-rate-limit-reset", QByteArray::number(reset)}}, now);
    QVERIFY(!limiter.blockedUntil(QStringLiteral("GET /2/users/me"), now).isValid());
    limiter.record(QStringLiteral("GET /2/users/me"),
                   {{"x-rate-limit-remaining", "0"}, {"x-rate-limit-reset", QByteArray::number(reset)}}, now);
    QCOMPARE(limiter.blockedUntil(QStringLiteral("GET /2/users/me"), now).toSecsSinceEpoch(), reset);
    QVERIFY(!limiter.blockedUntil(QStringLiteral("POST /2/tweets"), now).isValid());
    QVERIFY(!limiter.blockedUntil(QStringLiteral("GET /2/users/me"), now.addSecs(121)).isValid());
}

void ErrorsTest::rateLimiter_graphUsage_blocksApp()
{
    platforms::RateLimiter limiter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    limiter.record(QStringLiteral("graph"), {{"x-app-usage", R"({"call_count":40,"total_cputime":10,"total_time":12})"}}, now);
    QVERIFY(!limiter.blockedUntil(QStringLiteral("graph"), now).isValid());
    limiter.record(QStringLiteral("graph"), {{"x-app-usage", R"({"call_count":96,"total_cputime":10,"total_time":12})"}}, now);
    QVERIFY(limiter.blockedUntil(QStringLiteral("anything"), now).isValid());

    platforms::RateLimiter buc;
    buc.record(QStringLiteral("graph"),
               {{"x-business-use-case-usage",
                 R"({"123":[{"type":"pages","call_count":100,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":7}]})"}},
               now);
    QCOMPARE(buc.blockedUntil(QStringLiteral("graph"), now), now.addSecs(7 * 60));
}

void ErrorsTest::times_parseEachPlatformsFormat()
{
    QCOMPARE(platforms::facebook::parseTime(QStringLiteral("2026-01-31T12:00:00+0000")),
             QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC));
    QCOMPARE(platforms::weibo::parseTime(QStringLiteral("Tue May 31 17:46:55 +0800 2011")),
             QDateTime(QDate(2011, 5, 31), QTime(9, 46, 55), Qt::UTC));
    QVERIFY(!platforms::weibo::parseTime(QStringLiteral("nonsense")).isValid());
}

void ErrorsTest::connectionHealth()
{
    using platforms::ConnectionHealth;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(platforms::assessConnection({}, now, false, std::nullopt).state, ConnectionHealth::State::Connected);
    QCOMPARE(platforms::assessConnection(now.addDays(50), now, false, std::nullopt).state,
             ConnectionHealth::State::Connected);
    const auto soon = platforms::assessConnection(now.addDays(3).addSecs(60), now, false, std::nullopt);
    QCOMPARE(soon.state, ConnectionHealth::State::Expiring);
    QCOMPARE(soon.daysLeft, 3);
    QVERIFY(soon.text().contains(QLatin1String("3")));
    QCOMPARE(platforms::assessConnection(now.addSecs(-1), now, false, std::nullopt).state,
             ConnectionHealth::State::NeedsSignIn);
    // X renews itself with its refresh token: an expiring access token is no news.
    QCOMPARE(platforms::assessConnection(now.addSecs(60), now, true, std::nullopt).state,
             ConnectionHealth::State::Connected);
    QCOMPARE(platforms::assessConnection({}, now, true, PlatformError::make(Kind::Auth, QString())).state,
             ConnectionHealth::State::NeedsSignIn);
    QVERIFY(!platforms::assessConnection({}, now, true, PlatformError::make(Kind::Transient, QString())).needsAction());
}

QTEST_GUILESS_MAIN(ErrorsTest)
#include "tst_errors.moc"
