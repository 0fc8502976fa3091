// SPDX-License-Identifier: GPL-3.0-or-later
// ExoscaleClient against the sandbox on loopback: every endpoint, every fault.
#include "SandboxFixture.h"

#include "api/AccessKeyJob.h"
#include "api/AccessKeyListJob.h"
#include "api/ApiJson.h"
#include "api/AsyncOperationJob.h"
#include "api/CatalogJob.h"
#include "api/OperationJob.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

KeyDraft restrictedDraft(const QString &name, const QStringList &tags,
    const QStringList &operations, const AccessKeyResources &resources = {})
{
    KeyDraft draft;
    draft.name = name;
    draft.tags = tags;
    draft.operations = operations;
    draft.resources = resources;
    return draft;
}

SandboxFault fault(const char *spec)
{
    auto parsed = SandboxFault::parse(QString::fromLatin1(spec));
    if (!parsed)
        qFatal("bad fault spec %s", spec);
    return parsed.value();
}

} // namespace

class TestExoscaleClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void jobFinishesOnceAsynchronouslyAndDeletesItself()
    {
        QPointer<AccessKeyListJob> job = client().listAccessKeys();
        QSignalSpy spy(job.data(), &Job::finished);
        QCOMPARE(spy.count(), 0); // nothing happens before the event loop runs
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(job.isNull());
    }

    void listAccessKeys()
    {
        sandbox().addDemoKeys();
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QVERIFY2(!job->error(), qPrintable(job->error().detail()));
        QCOMPARE(job->keys().size(), 13);
        QCOMPARE(job->keys(), sandbox().keys());
        QCOMPARE(job->attempts(), 1);
    }

    void knownAndOwnOperations()
    {
        auto known = finished(client().listKnownOperations());
        QVERIFY(known);
        QVERIFY(!known->error());
        QCOMPARE(known->catalog().operationCount(), 285);
        QCOMPARE(known->catalog().operationsForTag(QStringLiteral("sks")).size(), 22);

        // A restricted signer sees only what it may use itself.
        auto created = sandbox().createKey(restrictedDraft(
            QStringLiteral("iam-only"), {QStringLiteral("iam")}, {QStringLiteral("list-zones")}));
        QVERIFY(created);
        auto restricted = m_fixture->clientFor(created->key.key, created->secret.clone());
        auto own = finished(restricted->listOwnOperations());
        QVERIFY(own);
        QVERIFY2(!own->error(), qPrintable(own->error().detail()));
        QCOMPARE(own->catalog().operationCount(), 20); // 19 iam + list-zones
        QVERIFY(own->catalog().containsOperation(QStringLiteral("list-zones")));
        QVERIFY(!own->catalog().containsOperation(QStringLiteral("create-instance")));
    }

    void ownOperationsForbiddenGivesAccessDenied()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("zones"), {}, {QStringLiteral("list-zones")}));
        QVERIFY(created);
        auto restricted = m_fixture->clientFor(created->key.key, created->secret.clone());
        auto own = finished(restricted->listOwnOperations());
        QVERIFY(own);
        QCOMPARE(own->error().code(), Error::Code::AccessDenied);
        QCOMPARE(own->httpStatus(), 403);
        QVERIFY(own->error().serverMessage().contains(u"list-access-key-operations"));
        QCOMPARE(own->attempts(), 1); // 403 is not retried
    }

    void createGetAndTheSecretOnce()
    {
        const KeyDraft draft = restrictedDraft(QStringLiteral("uploader"), {QStringLiteral("sks")},
            {QStringLiteral("list-zones")},
            {AccessKeyResource(
                QStringLiteral("sos"), QStringLiteral("bucket"), QStringLiteral("my-bucket"))});
        auto create = finished(client().createAccessKey(draft));
        QVERIFY(create);
        QVERIFY2(!create->error(), qPrintable(create->error().detail()));
        const CreatedKey created = create->takeCreatedKey();
        QVERIFY(AccessKey::isValidKeyId(created.key.key));
        QCOMPARE(created.secret.size(), 43);
        QCOMPARE(created.key.type, AccessKey::Type::Restricted);

        // The body signed and sent is exactly the draft's request body.
        const auto sent = sandbox().requests().last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.body, ApiJson::createRequestBody(draft));
        QCOMPARE(sent.status, 200);

        auto get = finished(client().getAccessKey(created.key.key));
        QVERIFY(get);
        QVERIFY(!get->error());
        QCOMPARE(get->key().name, QStringLiteral("uploader"));
        QCOMPARE(get->key().tags, QStringList{QStringLiteral("sks")});
        // Read back, the tag's operations are expanded.
        QCOMPARE(get->key().operations.size(), 23);
        QVERIFY(get->key().operations.contains(QStringLiteral("create-sks-cluster")));
        QVERIFY(get->takeSecret().isEmpty());

        // The new credentials work.
        auto client2 = m_fixture->clientFor(created.key.key, created.secret.clone());
        auto zonesOnlyList = finished(client2->listAccessKeys());
        QVERIFY(zonesOnlyList);
        QCOMPARE(zonesOnlyList->error().code(), Error::Code::AccessDenied); // not allowed
    }

    void templateFromAKeyCreatedWithTags()
    {
        const AccessKeyResources bucket{AccessKeyResource(u"sos"_s, u"bucket"_s, u"logs"_s)};
        auto create = finished(client().createAccessKey(restrictedDraft(u"shipper"_s,
            {u"sks"_s, u"dns"_s}, {u"list-zones"_s, u"create-dns-domain"_s}, bucket)));
        QVERIFY(create);
        QVERIFY(!create->error());
        auto get = finished(client().getAccessKey(create->key().key));
        auto known = finished(client().listKnownOperations());
        QVERIFY(get && known);
        QCOMPARE(get->key().operations.size(), 22 + 10 + 1); // the tags came back expanded

        const KeyDraft draft = KeyDraft::fromKey(get->key(), known->catalog());
        QCOMPARE(draft.name, u"shipper-copy"_s);
        QCOMPARE(draft.tags, (QStringList{u"sks"_s, u"dns"_s}));
        // create-dns-domain is covered by the dns tag: not copied loose.
        QCOMPARE(draft.operations, QStringList{u"list-zones"_s});
        QCOMPARE(draft.resources, bucket);
        QCOMPARE(draft.templateKeyId, create->key().key);

        sandbox().clearRequests();
        auto copy = finished(client().createAccessKey(draft));
        QVERIFY(copy);
        QVERIFY(!copy->error());
        QCOMPARE(sandbox().requests().constFirst().body,
            QByteArray(R"({"name":"shipper-copy","operations":["list-zones"],"resources":)"
                       R"([{"domain":"sos","resource-name":"logs","resource-type":"bucket"}],)"
                       R"("tags":["sks","dns"]})"));
        // The copy grants exactly what the original grants.
        QCOMPARE(copy->key().operations, get->key().operations);
        QCOMPARE(copy->key().tags, get->key().tags);
    }

    void createRefusedBySubsetRule()
    {
        auto signer = sandbox().createKey(
            restrictedDraft(QStringLiteral("iam"), {QStringLiteral("iam")}, {}));
        QVERIFY(signer);
        auto restricted = m_fixture->clientFor(signer->key.key, signer->secret.clone());
        auto create = finished(restricted->createAccessKey(
            restrictedDraft(QStringLiteral("more"), {}, {QStringLiteral("create-instance")})));
        QVERIFY(create);
        QCOMPARE(create->error().code(), Error::Code::AccessDenied);
        QVERIFY(create->error().serverMessage().contains(u"create-instance"));
        QVERIFY(create->error().message().contains(u"create-instance"));
    }

    void createInvalidGivesServerMessage()
    {
        auto create = finished(client().createAccessKey(
            restrictedDraft(QStringLiteral("x"), {QStringLiteral("no-such-tag")}, {})));
        QVERIFY(create);
        QCOMPARE(create->error().code(), Error::Code::InvalidRequest);
        QCOMPARE(create->httpStatus(), 400);
        QVERIFY(create->error().serverMessage().contains(u"no-such-tag"));
    }

    void getUnknownKeyIsNotFound()
    {
        auto get = finished(client().getAccessKey(QStringLiteral("EXO000000000000000000000000")));
        QVERIFY(get);
        QCOMPARE(get->error().code(), Error::Code::NotFound);
        QCOMPARE(get->attempts(), 1);
    }

    void revokeWaitsForTheOperation()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("doomed"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        sandbox().setRevokeDelay(150ms);
        auto *started = client().revokeAccessKey(created->key.key);
        QSignalSpy progressed(started, &AsyncOperationJob::progressed);
        auto revoke = finished(started);
        QVERIFY(revoke);
        QVERIFY2(!revoke->error(), qPrintable(revoke->error().detail()));
        QCOMPARE(revoke->operation().state, Operation::State::Success);
        QCOMPARE(revoke->operation().referenceId, created->key.key);
        QVERIFY(revoke->polls() >= 1);
        QVERIFY(progressed.count() >= 1);
        QVERIFY(!sandbox().hasKey(created->key.key));

        auto get = finished(client().getAccessKey(created->key.key));
        QVERIFY(get);
        QCOMPARE(get->error().code(), Error::Code::NotFound);

        auto revokedClient = m_fixture->clientFor(created->key.key, created->secret.clone());
        auto refused = finished(revokedClient->listKnownOperations());
        QVERIFY(refused);
        QCOMPARE(refused->error().code(), Error::Code::AccessDenied);
    }

    void revokeUnknownKeyIsNotFound()
    {
        auto revoke
            = finished(client().revokeAccessKey(QStringLiteral("EXO000000000000000000000000")));
        QVERIFY(revoke);
        QCOMPARE(revoke->error().code(), Error::Code::NotFound);
    }

    void revokeGivesUpAfterMaxWait()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("slow"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        sandbox().setRevokeDelay(60s);
        // A clock that runs a minute per reading: the schedule's maximum wait passes quickly.
        auto options = SandboxFixture::fastOptions();
        auto start = QDateTime::currentDateTimeUtc();
        auto readings = std::make_shared<int>(0);
        options.clock = [start, readings] { return start.addSecs(60 * (*readings)++); };
        options.poll.maxWait = 5min;
        client().setOptions(options);
        auto revoke = finished(client().revokeAccessKey(created->key.key));
        QVERIFY(revoke);
        QCOMPARE(revoke->error().code(), Error::Code::Timeout);
        QVERIFY(sandbox().hasKey(created->key.key));
    }

    void pollErrorsEndTheWaitAfterFiveInARow()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("k"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        sandbox().setRevokeDelay(5s);
        sandbox().addFault(fault("503@/v2/operation/"));
        auto revoke = finished(client().revokeAccessKey(created->key.key));
        QVERIFY(revoke);
        QCOMPARE(revoke->error().code(), Error::Code::ServerError);
        QCOMPARE(revoke->polls(), 5);
    }

    void pollRecoversFromAFewErrors()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("k"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        sandbox().setRevokeDelay(100ms);
        sandbox().addFault(fault("503@/v2/operation/*3"));
        auto revoke = finished(client().revokeAccessKey(created->key.key));
        QVERIFY(revoke);
        QVERIFY2(!revoke->error(), qPrintable(revoke->error().detail()));
        QVERIFY(revoke->polls() >= 4);
    }

    void pollHonoursRetryAfter_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("429") << u"429:1@/v2/operation/*2"_s;
        QTest::newRow("503") << u"503:1@/v2/operation/*2"_s;
    }

    void pollHonoursRetryAfter()
    {
        QFETCH(QString, spec);
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("k"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        sandbox().setRevokeDelay(100ms);
        sandbox().addFault(SandboxFault::parse(spec).value());
        auto revoke = finished(client().revokeAccessKey(created->key.key));
        QVERIFY(revoke);
        QVERIFY2(!revoke->error(), qPrintable(revoke->error().detail()));

        // What the sandbox saw: two refused polls, each followed by a pause of the second it
        // asked for (not the 20 ms schedule), then the poll that found the operation done.
        QList<Sandbox::RecordedRequest> polls;
        for (const auto &request : sandbox().requests()) {
            if (request.target.startsWith("/v2/operation/"))
                polls.append(request);
        }
        QCOMPARE(polls.size(), 3);
        QCOMPARE(revoke->polls(), 3);
        const int refused = spec.startsWith(u"429") ? 429 : 503;
        QCOMPARE(polls.at(0).status, refused);
        QCOMPARE(polls.at(1).status, refused);
        QCOMPARE(polls.at(2).status, 200);
        for (int i = 1; i < polls.size(); ++i) {
            const qint64 gap = polls.at(i - 1).time.msecsTo(polls.at(i).time);
            QVERIFY2(gap >= 950 && gap < 3000, qPrintable(QString::number(gap)));
        }
    }

    void pollRetryAfterBeyondTheBudgetEndsTheWait()
    {
        auto created = sandbox().createKey(
            restrictedDraft(QStringLiteral("k"), {}, {QStringLiteral("ping")}));
        QVERIFY(created);
        auto options = SandboxFixture::fastOptions();
        options.poll.maxWait = 2s;
        client().setOptions(options);
        sandbox().setRevokeDelay(10s);
        sandbox().addFault(fault("429:30@/v2/operation/"));
        QElapsedTimer timer;
        timer.start();
        auto revoke = finished(client().revokeAccessKey(created->key.key));
        QVERIFY(revoke);
        // Not five quick polls ending in "rate limited", nor 30 s of waiting: the outcome is
        // not known within the budget, and the job says so at once.
        QCOMPARE(revoke->error().code(), Error::Code::Timeout);
        QCOMPARE(revoke->polls(), 1);
        QVERIFY(!revoke->operation().id.isEmpty());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void serverErrorsAreRetriedForIdempotentRequests_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("code");
        QTest::newRow("500 twice then fine") << u"500*2"_s << 3 << int(Error::Code::None);
        QTest::newRow("503 twice then fine") << u"503*2"_s << 3 << int(Error::Code::None);
        QTest::newRow("502 forever: 1 + 4 retries")
            << u"502"_s << 5 << int(Error::Code::ServerError);
        QTest::newRow("501 is not retried") << u"501"_s << 1 << int(Error::Code::ServerError);
        // Qt itself sends a GET again once when the connection closes without an answer;
        // -1: the count of attempts is not Keyport's.
        QTest::newRow("dropped connection once") << u"drop*1"_s << -1 << int(Error::Code::None);
        QTest::newRow("dropped connection always") << u"drop"_s << -1 << int(Error::Code::Network);
        QTest::newRow("429 with Retry-After 0") << u"429:0*1"_s << 2 << int(Error::Code::None);
        QTest::newRow("429 asking too long a wait")
            << u"429:600"_s << 1 << int(Error::Code::RateLimited);
    }

    void serverErrorsAreRetriedForIdempotentRequests()
    {
        QFETCH(QString, spec);
        QFETCH(int, attempts);
        QFETCH(int, code);
        sandbox().addFault(SandboxFault::parse(spec).value());
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QCOMPARE(int(job->error().code()), code);
        if (attempts >= 0) {
            QCOMPARE(job->attempts(), attempts);
            QCOMPARE(sandbox().requests().size(), attempts);
        } else {
            QVERIFY(sandbox().requests().size() >= 2);
        }
        if (code == int(Error::Code::None))
            QCOMPARE(job->keys().size(), sandbox().keys().size());
        else
            QVERIFY(!job->error().message().isEmpty());
    }

    void retryAfterIsHonoured()
    {
        sandbox().addFault(fault("429:1*1"));
        QElapsedTimer timer;
        timer.start();
        auto job = finished(client().listKnownOperations());
        QVERIFY(job);
        QVERIFY2(!job->error(), qPrintable(job->error().detail()));
        QCOMPARE(job->attempts(), 2);
        // The retry waited for the second the server asked for, not the 10 ms backoff.
        QVERIFY(timer.elapsed() >= 950);
    }

    void createIsNeverRetried_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("code");
        QTest::newRow("503") << u"503@/v2/access-key"_s << int(Error::Code::ServerError);
        QTest::newRow("dropped") << u"drop@/v2/access-key"_s << int(Error::Code::Network);
        QTest::newRow("429") << u"429:0@/v2/access-key"_s << int(Error::Code::RateLimited);
    }

    void createIsNeverRetried()
    {
        QFETCH(QString, spec);
        QFETCH(int, code);
        sandbox().addFault(SandboxFault::parse(spec).value());
        auto create = finished(client().createAccessKey(
            restrictedDraft(QStringLiteral("once"), {}, {QStringLiteral("ping")})));
        QVERIFY(create);
        QCOMPARE(int(create->error().code()), code);
        QCOMPARE(create->attempts(), 1);
        QCOMPARE(sandbox().requests().size(), 1);
    }

    void hangingRequestTimesOut()
    {
        auto options = SandboxFixture::fastOptions();
        options.timeout = 300ms;
        options.retry.maxRetries = 1;
        client().setOptions(options);
        sandbox().addFault(fault("hang"));
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::Timeout);
        QCOMPARE(job->attempts(), 2);
        QVERIFY(job->error().message().contains(u"did not answer"));
    }

    void hangEndsWithinTheBudgetAndSaysHowLongItWaited()
    {
        // Keyport's own warnings (the final error goes to the log) are not what is checked: any
        // warning of Qt's, such as reading a reply after it was aborted, fails the test.
        QLoggingCategory::setFilterRules(u"keyport.*.warning=false"_s);
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        auto options = SandboxFixture::fastOptions();
        options.timeout = 1200ms;
        options.retry.budget = 2000ms;
        client().setOptions(options);
        sandbox().addFault(fault("hang"));
        QElapsedTimer timer;
        timer.start();
        auto job = finished(client().listAccessKeys());
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(job);
        const qint64 waited = timer.elapsed();
        QCOMPARE(job->error().code(), Error::Code::Timeout);
        // 1.2 s, a 10 ms pause, then the 0.8 s left: not 5 attempts of 1.2 s each.
        QVERIFY2(waited >= 1900 && waited < 3000, qPrintable(QString::number(waited)));
        QCOMPARE(job->attempts(), 2);
        QVERIFY2(job->error().message().contains(u"did not answer within 2 second"),
            qPrintable(job->error().message()));
    }

    void retryAfterBeyondTheBudgetIsReportedAtOnce()
    {
        auto options = SandboxFixture::fastOptions();
        options.retry.maxRetryAfter = 60000ms;
        options.retry.budget = 2000ms;
        client().setOptions(options);
        sandbox().addFault(fault("429:30@/v2/access-key-known-operations"));
        QElapsedTimer timer;
        timer.start();
        auto job = finished(client().listKnownOperations());
        QVERIFY(job);
        QVERIFY(timer.elapsed() < 1500);
        QCOMPARE(job->error().code(), Error::Code::RateLimited);
        QCOMPARE(job->attempts(), 1);
        QVERIFY(job->error().retryAfter());
        QCOMPARE(job->error().retryAfter()->count(), 30000);
    }

    void iamV3RefusalNamesTheAction()
    {
        sandbox().addFault(fault("iamv3"));
        auto list = finished(client().listAccessKeys());
        QVERIFY(list);
        QCOMPARE(list->error().code(), Error::Code::GenerationMismatch);
        QVERIFY2(list->error().message().contains(u"does not let those list legacy access keys"),
            qPrintable(list->error().message()));
        QVERIFY(!list->error().message().contains(u"create"));

        auto create = finished(client().createAccessKey(
            restrictedDraft(QStringLiteral("from-v3"), {}, {QStringLiteral("ping")})));
        QVERIFY(create);
        QCOMPARE(create->error().code(), Error::Code::GenerationMismatch);
        QVERIFY2(
            create->error().message().contains(u"does not let those create legacy access keys"),
            qPrintable(create->error().message()));
    }

    void droppedCreateIsExplainedInPlainWords()
    {
        sandbox().addFault(fault("drop@/v2/access-key"));
        auto create = finished(client().createAccessKey(
            restrictedDraft(QStringLiteral("dropped"), {}, {QStringLiteral("ping")})));
        QVERIFY(create);
        QCOMPARE(create->error().code(), Error::Code::Network);
        const QString message = create->error().message();
        QVERIFY2(!message.contains(u"Unknown error", Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(u"without answering") || message.contains(u"without an answer"),
            qPrintable(message));
        QCOMPARE(sandbox().requests().size(), 1);
    }

    void hangingCreateTimesOutOnceAndMayHaveSucceeded()
    {
        auto options = SandboxFixture::fastOptions();
        options.timeout = 300ms;
        client().setOptions(options);
        // Latency beyond the timeout: the server creates the key, the answer comes too late.
        sandbox().addFault(fault("latency:800@/v2/access-key*1"));
        auto create = finished(client().createAccessKey(
            restrictedDraft(QStringLiteral("late"), {}, {QStringLiteral("ping")})));
        QVERIFY(create);
        QCOMPARE(create->error().code(), Error::Code::Timeout);
        QCOMPARE(create->attempts(), 1);
        const auto keys = sandbox().keys();
        QVERIFY(std::any_of(
            keys.begin(), keys.end(), [](const AccessKey &key) { return key.name == u"late"; }));
    }

    void latencyIsTolerated()
    {
        sandbox().setLatency(200ms);
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QVERIFY(!job->error());
    }

    void malformedAnswerIsAClearError()
    {
        sandbox().addFault(fault("malformed"));
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::MalformedResponse);
        QCOMPARE(job->attempts(), 1);
        QVERIFY(job->error().message().contains(u"cannot understand"));
    }

    void wrongSecretIsAccessDenied()
    {
        auto wrong
            = m_fixture->clientFor(sandbox().rootKeyId(), Secret::fromUtf8("not-the-secret"));
        auto job = finished(wrong->listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::AccessDenied);
        QCOMPARE(job->error().serverMessage(), QStringLiteral("Invalid request signature"));
    }

    void skewedClockGivesExpiredSignature()
    {
        auto options = SandboxFixture::fastOptions();
        options.clock = [] { return QDateTime::currentDateTimeUtc().addSecs(-3600); };
        client().setOptions(options);
        auto job = finished(client().listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::AccessDenied);
        QCOMPARE(job->error().serverMessage(), QStringLiteral("Request expired"));
    }

    void unsafeKeyIdSendsNothing()
    {
        // Key ids are checked where they enter; the client refuses to sign one that would add
        // a header of its own, whatever let it through.
        const qsizetype before = sandbox().requests().size();
        auto injected = m_fixture->clientFor(
            sandbox().rootKeyId() + u"\r\nX-Injected: 1"_s, sandbox().rootSecret().clone());
        QVERIFY(!injected->canSign());
        QCOMPARE(injected->sendSigned("GET", u"/access-key"_s, {}, false), nullptr);
        auto job = finished(injected->listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::InvalidInput);
        QVERIFY2(job->error().message().contains(u"no request was sent"),
            qPrintable(job->error().message()));
        QCOMPARE(job->attempts(), 0);
        QCOMPARE(sandbox().requests().size(), before);
        // The same client with the key alone works: the refusal is about the key.
        auto good = m_fixture->clientFor(sandbox().rootKeyId(), sandbox().rootSecret().clone());
        QVERIFY(good->canSign());
        auto listed = finished(good->listAccessKeys());
        QVERIFY(listed);
        QVERIFY2(!listed->error(), qPrintable(listed->error().message()));
        QCOMPARE(sandbox().requests().size(), before + 1);
    }

    void deadServerIsANetworkError()
    {
        const Endpoint dead = Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:1/v2")).value();
        ExoscaleClient client(
            &m_fixture->network(), dead, sandbox().rootKeyId(), sandbox().rootSecret());
        auto options = SandboxFixture::fastOptions();
        options.retry.maxRetries = 2;
        client.setOptions(options);
        auto job = finished(client.listAccessKeys());
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::Network);
        QCOMPARE(job->attempts(), 3);
    }

    void cancelIsSilentAndImmediate()
    {
        sandbox().addFault(fault("hang"));
        auto *job = client().listAccessKeys();
        QSignalSpy spy(job, &Job::finished);
        QVERIFY(QTest::qWaitFor([this] { return !sandbox().requests().isEmpty(); }, 5000));
        job->cancel();
        QCOMPARE(spy.count(), 1);
        QVERIFY(job->error().isCancelled());
    }

    void clientDeletionEndsItsJobs()
    {
        auto client = m_fixture->clientFor(sandbox().rootKeyId(), sandbox().rootSecret());
        QPointer<AccessKeyListJob> job = client->listAccessKeys();
        client.reset();
        QVERIFY(job.isNull());
    }

private:
    Sandbox &sandbox() { return m_fixture->sandbox(); }
    ExoscaleClient &client() { return m_fixture->client(); }

    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestExoscaleClient)
#include "tst_exoscaleclient.moc"
