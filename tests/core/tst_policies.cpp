// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorMapper.h"
#include "api/PollPolicy.h"
#include "api/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <ctime>

using namespace Keyport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isRetryable_data();
    void isRetryable();
    void mappedErrorsRetryable_data();
    void mappedErrorsRetryable();
    void noRetries();
    void delayBefore_data();
    void delayBefore();
    void budgetDefaults();
    void attemptTimeout_data();
    void attemptTimeout();
    void retryFits_data();
    void retryFits();
    void aHangEndsWithinTheBudget();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void parseRetryAfterHugeNumber_data();
    void parseRetryAfterHugeNumber();
    void parseRetryAfterIgnoresLocalTime();

    void pollInterval_data();
    void pollInterval();
    void pollIntervalGrowsSmoothly();
    void pollPolicyDefaults();

    void fromHttp_data();
    void fromHttp();
    void fromHttpHugeRetryAfter();
    void generationMismatch_data();
    void generationMismatch();
    void generationMismatchNamesTheAction_data();
    void generationMismatchNamesTheAction();
    void fromNetwork_data();
    void fromNetwork();
    void timeout();
    void timeoutGivesTheRealTimeWaited_data();
    void timeoutGivesTheRealTimeWaited();
};

namespace {

const QString request = u"GET /v2/access-key"_s;

/// Sets the process's local time zone for one test and restores it afterwards.
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const QByteArray &zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalTimeZone(const LocalTimeZone &) = delete;
    LocalTimeZone &operator=(const LocalTimeZone &) = delete;

private:
    bool m_hadZone;
    QByteArray m_previous;
};

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

// RetryPolicy

void TestPolicies::isRetryable_data()
{
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("network") << Error::Code::Network << 0 << true;
    QTest::newRow("timeout") << Error::Code::Timeout << 0 << true;
    QTest::newRow("rate limited") << Error::Code::RateLimited << 429 << true;
    QTest::newRow("500") << Error::Code::ServerError << 500 << true;
    QTest::newRow("502") << Error::Code::ServerError << 502 << true;
    QTest::newRow("503") << Error::Code::ServerError << 503 << true;
    QTest::newRow("504") << Error::Code::ServerError << 504 << true;

    QTest::newRow("501") << Error::Code::ServerError << 501 << false;
    QTest::newRow("access denied") << Error::Code::AccessDenied << 403 << false;
    QTest::newRow("invalid request") << Error::Code::InvalidRequest << 400 << false;
    QTest::newRow("not found") << Error::Code::NotFound << 404 << false;
    QTest::newRow("conflict") << Error::Code::Conflict << 409 << false;
    QTest::newRow("malformed response") << Error::Code::MalformedResponse << 200 << false;
    QTest::newRow("generation mismatch") << Error::Code::GenerationMismatch << 400 << false;
    QTest::newRow("cancelled") << Error::Code::Cancelled << 0 << false;
    QTest::newRow("invalid input") << Error::Code::InvalidInput << 0 << false;
    QTest::newRow("no error") << Error::Code::None << 0 << false;
}

void TestPolicies::isRetryable()
{
    QFETCH(Error::Code, code);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(Error(code, u"message"_s, {}, status)), retryable);
}

void TestPolicies::mappedErrorsRetryable_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("host not found")
        << ErrorMapper::fromNetwork(QNetworkReply::HostNotFoundError, u"x"_s, request) << true;
    QTest::newRow("connection refused")
        << ErrorMapper::fromNetwork(QNetworkReply::ConnectionRefusedError, u"x"_s, request) << true;
    QTest::newRow("timed out") << ErrorMapper::timeout(request, 30s) << true;
    QTest::newRow("429") << ErrorMapper::fromHttp(429, {}, request) << true;
    for (int status : {500, 502, 503, 504})
        QTest::addRow("%d", status) << ErrorMapper::fromHttp(status, {}, request) << true;
    for (int status : {501, 400, 403, 404, 409, 412, 422})
        QTest::addRow("%d", status) << ErrorMapper::fromHttp(status, {}, request) << false;
    QTest::newRow("cancelled") << ErrorMapper::fromNetwork(QNetworkReply::OperationCanceledError,
        u"x"_s, request) << false;
    QTest::newRow("malformed") << Error::malformedResponse(u"x"_s) << false;
}

void TestPolicies::mappedErrorsRetryable()
{
    QFETCH(Error, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(error), retryable);
}

void TestPolicies::noRetries()
{
    QCOMPARE(RetryPolicy::none().maxRetries, 0);
    const RetryPolicy defaults;
    QCOMPARE(defaults.maxRetries, 4);
    QCOMPARE(defaults.initialDelay.count(), 1000);
    QCOMPARE(defaults.maxDelay.count(), 30000);
}

void TestPolicies::delayBefore_data()
{
    QTest::addColumn<RetryPolicy>("policy");
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("retryAfter"); // ms, -1: none
    QTest::addColumn<qint64>("expected"); // ms

    const RetryPolicy defaults;
    QTest::newRow("1st") << defaults << 1 << qint64(-1) << qint64(1000);
    QTest::newRow("2nd") << defaults << 2 << qint64(-1) << qint64(2000);
    QTest::newRow("3rd") << defaults << 3 << qint64(-1) << qint64(4000);
    QTest::newRow("4th") << defaults << 4 << qint64(-1) << qint64(8000);
    QTest::newRow("5th") << defaults << 5 << qint64(-1) << qint64(16000);
    QTest::newRow("6th, capped") << defaults << 6 << qint64(-1) << qint64(30000);
    QTest::newRow("10th, capped") << defaults << 10 << qint64(-1) << qint64(30000);
    QTest::newRow("100th, capped, no overflow") << defaults << 100 << qint64(-1) << qint64(30000);
    QTest::newRow("Retry-After larger") << defaults << 1 << qint64(5000) << qint64(5000);
    QTest::newRow("Retry-After smaller") << defaults << 4 << qint64(3000) << qint64(8000);
    QTest::newRow("Retry-After zero") << defaults << 2 << qint64(0) << qint64(2000);
    QTest::newRow("Retry-After above the cap") << defaults << 6 << qint64(45000) << qint64(45000);

    RetryPolicy fast;
    fast.initialDelay = 10ms;
    fast.maxDelay = 50ms;
    QTest::newRow("fast 1st") << fast << 1 << qint64(-1) << qint64(10);
    QTest::newRow("fast 2nd") << fast << 2 << qint64(-1) << qint64(20);
    QTest::newRow("fast 3rd") << fast << 3 << qint64(-1) << qint64(40);
    QTest::newRow("fast 4th, capped") << fast << 4 << qint64(-1) << qint64(50);
}

void TestPolicies::delayBefore()
{
    QFETCH(RetryPolicy, policy);
    QFETCH(int, retry);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expected);

    const std::optional<milliseconds> after
        = retryAfter < 0 ? std::nullopt : std::optional(milliseconds(retryAfter));
    QCOMPARE(policy.delayBefore(retry, after).count(), expected);
}

void TestPolicies::budgetDefaults()
{
    // A hang reaches its final message within 35 s, retries included.
    QCOMPARE(RetryPolicy().budget.count(), 35000);
    QCOMPARE(RetryPolicy::none().budget.count(), 35000);
}

void TestPolicies::attemptTimeout_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("first attempt: the whole timeout")
        << qint64(35000) << qint64(30000) << qint64(0) << qint64(30000);
    QTest::newRow("second attempt after 31 s: what is left")
        << qint64(35000) << qint64(30000) << qint64(31000) << qint64(4000);
    QTest::newRow("timeout shorter than what is left")
        << qint64(35000) << qint64(3000) << qint64(10000) << qint64(3000);
    QTest::newRow("budget spent") << qint64(35000) << qint64(30000) << qint64(35000) << qint64(0);
    QTest::newRow("budget overspent")
        << qint64(35000) << qint64(30000) << qint64(40000) << qint64(0);
    QTest::newRow("budget below one timeout")
        << qint64(2000) << qint64(30000) << qint64(0) << qint64(2000);
}

void TestPolicies::attemptTimeout()
{
    QFETCH(qint64, budget);
    QFETCH(qint64, timeout);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, expected);
    RetryPolicy policy;
    policy.budget = milliseconds(budget);
    QCOMPARE(policy.attemptTimeout(milliseconds(timeout), milliseconds(elapsed)).count(), expected);
}

void TestPolicies::retryFits_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<bool>("fits");

    QTest::newRow("early") << qint64(1000) << qint64(1000) << true;
    QTest::newRow("after a 30 s timeout") << qint64(30000) << qint64(1000) << true;
    QTest::newRow("would start at the end") << qint64(34000) << qint64(1000) << false;
    QTest::newRow("Retry-After beyond the budget") << qint64(100) << qint64(60000) << false;
    QTest::newRow("budget spent") << qint64(35000) << qint64(0) << false;
}

void TestPolicies::retryFits()
{
    QFETCH(qint64, elapsed);
    QFETCH(qint64, delay);
    QFETCH(bool, fits);
    QCOMPARE(RetryPolicy().retryFits(milliseconds(elapsed), milliseconds(delay)), fits);
}

void TestPolicies::aHangEndsWithinTheBudget()
{
    // A server that never answers, with the default options: walk the attempts as ApiJob does.
    const RetryPolicy policy;
    const milliseconds timeout(30000);
    milliseconds elapsed(0);
    int attempts = 0;
    for (;;) {
        const auto wait = policy.attemptTimeout(timeout, elapsed);
        if (wait.count() <= 0)
            break;
        ++attempts;
        elapsed += wait;
        const auto delay = policy.delayBefore(attempts, std::nullopt);
        if (attempts > policy.maxRetries || !policy.retryFits(elapsed, delay))
            break;
        elapsed += delay;
    }
    QCOMPARE(elapsed.count(), 35000); // not 167 s
    QCOMPARE(attempts, 2); // 30 s, then the 4 s left after a 1 s pause
}

void TestPolicies::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // ms, -1: nothing

    const QDateTime now = utc(2015, 10, 21, 7, 27, 50);
    QTest::newRow("5") << QByteArray("5") << now << qint64(5000);
    QTest::newRow("0") << QByteArray("0") << now << qint64(0);
    QTest::newRow("padded") << QByteArray(" 7 ") << now << qint64(7000);
    QTest::newRow("120") << QByteArray("120") << now << qint64(120000);
    QTest::newRow("negative") << QByteArray("-1") << now << qint64(-1);
    QTest::newRow("letters") << QByteArray("abc") << now << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << now << qint64(-1);
    QTest::newRow("number and text") << QByteArray("5s") << now << qint64(-1);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
    QTest::newRow("blank") << QByteArray("  ") << now << qint64(-1);
    QTest::newRow("HTTP date, 10 s ahead")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now << qint64(10000);
    QTest::newRow("HTTP date, next day")
        << QByteArray("Thu, 22 Oct 2015 07:27:50 GMT") << now << qint64(86400000);
    QTest::newRow("HTTP date, now in another zone")
        << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << now.toTimeZone(QTimeZone(-5 * 3600))
        << qint64(10000);
    QTest::newRow("HTTP date in the past")
        << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << now << qint64(0);
    QTest::newRow("HTTP date, padded")
        << QByteArray("  Wed, 21 Oct 2015 07:28:00 GMT\r\n") << now << qint64(10000);
    QTest::newRow("HTTP date, invalid day")
        << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << now << qint64(-1);
}

void TestPolicies::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);

    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), expected);
}

void TestPolicies::parseRetryAfterHugeNumber_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("1e16 s") << QByteArray("10000000000000000");
    QTest::newRow("2^63 - 1 s") << QByteArray("9223372036854775807");
}

void TestPolicies::parseRetryAfterHugeNumber()
{
    // Seconds that overflow when turned into milliseconds: never a negative (or wrapped) wait.
    QFETCH(QByteArray, value);
    const auto parsed = RetryPolicy::parseRetryAfter(value, utc(2015, 10, 21, 7, 27, 50));
    if (parsed)
        QVERIFY2(
            *parsed >= RetryPolicy().maxRetryAfter, qPrintable(QString::number(parsed->count())));
}

void TestPolicies::parseRetryAfterIgnoresLocalTime()
{
    // An HTTP date is UTC: the local time zone must not matter, even when the same wall-clock
    // time does not exist locally (Zurich skipped 02:00-03:00 on 31 March 2024).
    if (!QTimeZone(QByteArrayLiteral("Europe/Zurich")).isValid())
        QSKIP("no time zone data for Europe/Zurich");
    const LocalTimeZone zurich("Europe/Zurich");
    QVERIFY(!QDateTime(QDate(2024, 3, 31), QTime(2, 30)).isValid()); // the zone is in effect

    // An ordinary date, local time two hours ahead of UTC.
    const auto summer = RetryPolicy::parseRetryAfter(
        "Wed, 21 Oct 2015 07:28:00 GMT", utc(2015, 10, 21, 7, 27, 50));
    QVERIFY(summer.has_value());
    QCOMPARE(summer->count(), 10000);

    // An hour that happens twice locally.
    const auto ambiguous = RetryPolicy::parseRetryAfter(
        "Sun, 27 Oct 2024 02:30:00 GMT", utc(2024, 10, 27, 2, 29, 50));
    QVERIFY(ambiguous.has_value());
    QCOMPARE(ambiguous->count(), 10000);

    // An hour that does not exist locally.
    const auto inGap = RetryPolicy::parseRetryAfter(
        "Sun, 31 Mar 2024 02:30:00 GMT", utc(2024, 3, 31, 2, 29, 50));
    QVERIFY(inGap.has_value());
    QCOMPARE(inGap->count(), 10000);
}

// PollPolicy

void TestPolicies::pollInterval_data()
{
    QTest::addColumn<PollPolicy>("policy");
    QTest::addColumn<qint64>("elapsed"); // ms
    QTest::addColumn<qint64>("expected"); // ms

    const PollPolicy defaults;
    QTest::newRow("start") << defaults << qint64(0) << qint64(3000);
    QTest::newRow("10 s") << defaults << qint64(10000) << qint64(3000);
    QTest::newRow("30 s") << defaults << qint64(30000) << qint64(3000);
    QTest::newRow("45 s") << defaults << qint64(45000) << qint64(4500);
    QTest::newRow("60 s") << defaults << qint64(60000) << qint64(6000);
    QTest::newRow("5 min") << defaults << qint64(300000) << qint64(30000);
    QTest::newRow("10 min") << defaults << qint64(600000) << qint64(60000);
    QTest::newRow("20 min") << defaults << qint64(1200000) << qint64(60000);
    QTest::newRow("a day") << defaults << qint64(86400000) << qint64(60000);

    PollPolicy fast;
    fast.initialInterval = 10ms;
    fast.fastPhase = 100ms;
    fast.maxInterval = 50ms;
    QTest::newRow("fast start") << fast << qint64(0) << qint64(10);
    QTest::newRow("fast 300 ms") << fast << qint64(300) << qint64(30);
    QTest::newRow("fast 1 s") << fast << qint64(1000) << qint64(50);

    PollPolicy noFastPhase;
    noFastPhase.fastPhase = 0ms;
    QTest::newRow("no fast phase") << noFastPhase << qint64(600000) << qint64(3000);

    PollPolicy lowCap;
    lowCap.maxInterval = 1000ms; // below the initial interval
    QTest::newRow("cap below the initial interval") << lowCap << qint64(600000) << qint64(3000);
}

void TestPolicies::pollInterval()
{
    QFETCH(PollPolicy, policy);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, expected);
    QCOMPARE(policy.intervalAfter(milliseconds(elapsed)).count(), expected);
}

void TestPolicies::pollIntervalGrowsSmoothly()
{
    const PollPolicy policy;
    QVERIFY(policy.intervalAfter(31s) > policy.intervalAfter(30s));
    milliseconds previous = policy.intervalAfter(0ms);
    for (milliseconds elapsed = 0ms; elapsed <= 20min; elapsed += 500ms) {
        const milliseconds interval = policy.intervalAfter(elapsed);
        QVERIFY2(interval >= previous, qPrintable(QString::number(elapsed.count())));
        QVERIFY(interval >= policy.initialInterval);
        QVERIFY(interval <= policy.maxInterval);
        previous = interval;
    }
    QCOMPARE(previous, policy.maxInterval);
}

void TestPolicies::pollPolicyDefaults()
{
    // API.md §1.3: give up after 5 consecutive poll errors.
    const PollPolicy policy;
    QCOMPARE(policy.maxConsecutiveErrors, 5);
    QCOMPARE(policy.initialInterval.count(), 3000);
    QCOMPARE(policy.maxInterval.count(), 60000);
}

// ErrorMapper

void TestPolicies::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("retryAfter"); // seconds, -1: none
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("serverMessage");

    const QByteArray none;
    const qint64 noWait = -1;
    QTest::newRow("400") << 400 << QByteArray(R"({"message":"invalid name"})") << noWait
                         << Error::Code::InvalidRequest << u"invalid name"_s;
    QTest::newRow("401") << 401 << none << noWait << Error::Code::AccessDenied << QString();
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Signature expired"})") << noWait
                         << Error::Code::AccessDenied << u"Signature expired"_s;
    QTest::newRow("404") << 404 << QByteArray(R"({"message":"access key not found"})") << noWait
                         << Error::Code::NotFound << u"access key not found"_s;
    QTest::newRow("409") << 409 << none << noWait << Error::Code::Conflict << QString();
    QTest::newRow("412") << 412 << none << noWait << Error::Code::Conflict << QString();
    QTest::newRow("422, RFC 9457")
        << 422
        << QByteArray(R"({"type":"about:blank","title":"Unprocessable Entity","status":422,)"
                      R"("detail":"name is too long"})")
        << noWait << Error::Code::InvalidRequest << u"name is too long"_s;
    QTest::newRow("422, RFC 9457 title only")
        << 422 << QByteArray(R"({"type":"about:blank","title":"Unprocessable Entity"})") << noWait
        << Error::Code::InvalidRequest << u"Unprocessable Entity"_s;
    QTest::newRow("418") << 418 << none << noWait << Error::Code::InvalidRequest << QString();
    QTest::newRow("429") << 429 << QByteArray(R"({"error":"too many requests","retry_after":5})")
                         << noWait << Error::Code::RateLimited << u"too many requests"_s;
    QTest::newRow("429, Retry-After")
        << 429 << none << qint64(17) << Error::Code::RateLimited << QString();
    QTest::newRow("500") << 500 << QByteArray(R"({"message":"internal error"})") << noWait
                         << Error::Code::ServerError << u"internal error"_s;
    QTest::newRow("501") << 501 << none << noWait << Error::Code::ServerError << QString();
    QTest::newRow("502, HTML") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                               << noWait << Error::Code::ServerError << QString();
    QTest::newRow("503") << 503 << none << noWait << Error::Code::ServerError << QString();
    QTest::newRow("400, not JSON")
        << 400 << QByteArray("bad request") << noWait << Error::Code::InvalidRequest << QString();
    QTest::newRow("302") << 302 << none << noWait << Error::Code::MalformedResponse << QString();

    const QString iamv3 = u"Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`"_s;
    QTest::newRow("IAMv3, 400") << 400 << QByteArray(R"({"message":")" + iamv3.toUtf8() + R"("})")
                                << noWait << Error::Code::GenerationMismatch << iamv3;
    QTest::newRow("IAMv3, 403, RFC 9457")
        << 403 << QByteArray(R"({"title":"Forbidden","detail":")" + iamv3.toUtf8() + R"("})")
        << noWait << Error::Code::GenerationMismatch << iamv3;
}

void TestPolicies::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, retryAfter);
    QFETCH(Error::Code, code);
    QFETCH(QString, serverMessage);

    const auto after
        = retryAfter < 0 ? std::nullopt : std::optional(std::chrono::seconds(retryAfter));
    const Error error = ErrorMapper::fromHttp(status, body, request, after);
    QVERIFY(error.isError());
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverMessage(), serverMessage);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(error.detail().contains(request));
    QVERIFY(error.detail().contains(QString::number(status)));
    if (!serverMessage.isEmpty()) {
        // People see what the server said, after Keyport's own words.
        QVERIFY(error.message().contains(serverMessage));
        QVERIFY(!error.message().startsWith(serverMessage));
        QVERIFY(error.detail().contains(serverMessage));
    }
    if (retryAfter >= 0)
        QVERIFY2(
            error.message().contains(QString::number(retryAfter)), qPrintable(error.message()));
    if (body.startsWith('<'))
        QVERIFY(!error.message().contains(u"html"));
    // What the server asked for is kept, so that a refresh can wait for it.
    QCOMPARE(error.retryAfter().has_value(), retryAfter >= 0);
    if (retryAfter >= 0)
        QCOMPARE(error.retryAfter()->count(), retryAfter * 1000);
}

void TestPolicies::fromHttpHugeRetryAfter()
{
    // A wait longer than an int can count (about 95 years) is still a positive wait.
    const Error error = ErrorMapper::fromHttp(429, {}, request, std::chrono::seconds(3000000000));
    QCOMPARE(error.code(), Error::Code::RateLimited);
    QVERIFY2(!error.message().contains(u'-'), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(u"%n"), qPrintable(error.message()));
}

void TestPolicies::generationMismatch_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("mismatch");

    QTest::newRow("exact") << u"Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`"_s
                           << true;
    QTest::newRow("other case") << u"cannot generate iamv2 access key using an iamv3 api key"_s
                                << true;
    QTest::newRow("IAMv2 only") << u"IAMv2 access keys are deprecated"_s << false;
    QTest::newRow("IAMv3 only") << u"IAMv3 role not found"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPolicies::generationMismatch()
{
    QFETCH(QString, message);
    QFETCH(bool, mismatch);
    QCOMPARE(ErrorMapper::isGenerationMismatch(message), mismatch);
}

void TestPolicies::generationMismatchNamesTheAction_data()
{
    QTest::addColumn<ErrorMapper::Action>("action");
    QTest::addColumn<QString>("named");

    QTest::newRow("list") << ErrorMapper::Action::ListKeys << u"list legacy access keys"_s;
    QTest::newRow("create") << ErrorMapper::Action::CreateKey << u"create legacy access keys"_s;
    QTest::newRow("revoke") << ErrorMapper::Action::RevokeKey << u"revoke legacy access keys"_s;
    QTest::newRow("read") << ErrorMapper::Action::GetKey << u"read legacy access keys"_s;
    QTest::newRow("operations") << ErrorMapper::Action::ListKnownOperations
                                << u"list the operations of legacy access keys"_s;
}

void TestPolicies::generationMismatchNamesTheAction()
{
    QFETCH(ErrorMapper::Action, action);
    QFETCH(QString, named);
    const QByteArray body(
        R"({"message":"Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`"})");
    const Error error = ErrorMapper::fromHttp(403, body, request, std::nullopt, action);
    QCOMPARE(error.code(), Error::Code::GenerationMismatch);
    QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    if (action != ErrorMapper::Action::CreateKey)
        QVERIFY2(!error.message().contains(u"create"), qPrintable(error.message()));
}

void TestPolicies::fromNetwork_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Error::Code::Network;
    QTest::newRow("connection refused")
        << QNetworkReply::ConnectionRefusedError << Error::Code::Network;
    QTest::newRow("remote host closed")
        << QNetworkReply::RemoteHostClosedError << Error::Code::Network;
    QTest::newRow("closed, cannot send again")
        << QNetworkReply::ContentReSendError << Error::Code::Network;
    QTest::newRow("TLS handshake failed")
        << QNetworkReply::SslHandshakeFailedError << Error::Code::Network;
    QTest::newRow("proxy refused")
        << QNetworkReply::ProxyConnectionRefusedError << Error::Code::Network;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Error::Code::Timeout;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << Error::Code::Cancelled;
}

void TestPolicies::fromNetwork()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(Error::Code, code);

    const QString errorString = u"Some network text 1234"_s;
    const Error error = ErrorMapper::fromNetwork(networkError, errorString, request);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(error.detail().contains(request));
    QVERIFY(error.detail().contains(errorString));
    if (networkError == QNetworkReply::SslHandshakeFailedError)
        QVERIFY(error.message().contains(errorString));
    QCOMPARE(error.isCancelled(), code == Error::Code::Cancelled);
    if (networkError == QNetworkReply::RemoteHostClosedError
        || networkError == QNetworkReply::ContentReSendError) {
        // Plain words, not Qt's "Unknown error".
        QVERIFY2(error.message().contains(u"closed the connection without answering"),
            qPrintable(error.message()));
        QVERIFY(!error.message().contains(errorString));
    }
}

void TestPolicies::timeout()
{
    const Error error = ErrorMapper::timeout(request, 30s);
    QCOMPARE(error.code(), Error::Code::Timeout);
    QVERIFY(error.message().contains(u"30"));
    QVERIFY(error.detail().contains(request));
    QVERIFY(error.detail().contains(u"30000"));
}

void TestPolicies::timeoutGivesTheRealTimeWaited_data()
{
    QTest::addColumn<qint64>("waited");
    QTest::addColumn<QString>("said");

    QTest::newRow("35 s") << qint64(35000) << u"within 35 second"_s;
    QTest::newRow("a little over 35 s") << qint64(35012) << u"within 35 second"_s;
    QTest::newRow("a little under 35 s") << qint64(34600) << u"within 35 second"_s;
    QTest::newRow("2 s") << qint64(2004) << u"within 2 second"_s;
    QTest::newRow("under a second") << qint64(300) << u"within 1 second"_s;
}

void TestPolicies::timeoutGivesTheRealTimeWaited()
{
    QFETCH(qint64, waited);
    QFETCH(QString, said);
    const Error error = ErrorMapper::timeout(request, milliseconds(waited));
    QVERIFY2(error.message().contains(said), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
