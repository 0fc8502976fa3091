// SPDX-License-Identifier: GPL-3.0-or-later
// CheckCredentialsJob against the in-process sandbox: real HTTP, real signatures.
#include "SandboxFixture.h"

#include "domain/KeyDraft.h"
#include "sandbox/SandboxFault.h"
#include "services/CheckCredentialsJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

/// What a finished job left behind, and how often it said so.
struct Run
{
    CheckCredentialsJob::Outcome outcome;
    Error error;
    int finishedCount = 0;
};

KeyDraft restrictedDraft(
    const QString &name, const QStringList &tags, const QStringList &operations)
{
    KeyDraft draft;
    draft.name = name;
    draft.tags = tags;
    draft.operations = operations;
    return draft;
}

} // namespace

class TestCheckCredentials : public QObject
{
    Q_OBJECT

private:
    /// Runs a job to its end: it must finish exactly once, asynchronously, then delete itself.
    Run check(const Account &account, Secret secret)
    {
        Run run;
        QPointer<CheckCredentialsJob> job = new CheckCredentialsJob(
            &m_fixture->network(), account, std::move(secret), SandboxFixture::fastOptions());
        QObject context;
        connect(job.data(), &Job::finished, &context, [&run, job] {
            ++run.finishedCount;
            run.outcome = job->outcome();
            run.error = job->error();
        });
        // Never from inside the constructor.
        [&] { QCOMPARE(run.finishedCount, 0); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 15000); }();
        return run;
    }

    QString createKey(const KeyDraft &draft)
    {
        auto created = m_fixture->sandbox().createKey(draft);
        if (!created)
            qFatal("createKey: %s", qPrintable(created.error().message()));
        m_secret = created.value().secret.clone();
        return created.value().key.key;
    }

    qsizetype catalogSize() const { return m_fixture->sandbox().catalog().operationCount(); }

    std::unique_ptr<SandboxFixture> m_fixture;
    Secret m_secret;

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void rootKeyIsUnrestricted()
    {
        const Run run = check(m_fixture->account(u"root"_s), m_fixture->sandbox().rootSecret());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(!run.error, qPrintable(run.error.message()));
        QCOMPARE(run.outcome.generation, KeyGeneration::LegacyAccessKey);
        QVERIFY(run.outcome.unrestricted);
        QVERIFY(run.outcome.ownOperationsListed);
        QVERIFY(catalogSize() > 100);
        QCOMPARE(run.outcome.knownOperations, catalogSize());
        QCOMPARE(run.outcome.allowedOperations, catalogSize());
        const QString summary = CheckCredentialsJob::summary(run.outcome);
        QCOMPARE(summary,
            u"The key works. It is an unrestricted legacy access key: it may use all %1 "
            "operation(s)."_s.arg(catalogSize()));
    }

    void restrictedKeySaysHowManyOperations()
    {
        const QStringList operations
            = {u"list-access-key-known-operations"_s, u"list-access-key-operations"_s};
        const QString keyId
            = createKey(restrictedDraft(u"dns-and-lists"_s, {u"dns"_s}, operations));
        const Catalog &catalog = m_fixture->sandbox().catalog();
        const qsizetype allowed = catalog.effectiveOperations({u"dns"_s}, operations).size();
        QVERIFY(allowed > 2);

        const Run run = check(m_fixture->account(u"restricted"_s, keyId), m_secret.clone());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(!run.error, qPrintable(run.error.message()));
        QCOMPARE(run.outcome.generation, KeyGeneration::LegacyAccessKey);
        QVERIFY(!run.outcome.unrestricted);
        QVERIFY(run.outcome.ownOperationsListed);
        QCOMPARE(run.outcome.allowedOperations, allowed);
        QCOMPARE(run.outcome.knownOperations, catalogSize());
        // Every dns operation is there; no iam one beyond the two lists.
        QCOMPARE(run.outcome.coveredTags, QStringList{u"dns"_s});
        const QString summary = CheckCredentialsJob::summary(run.outcome);
        QCOMPARE(summary,
            u"The key works. It is a legacy access key, restricted to %1 of %2 operation(s), "
            "every operation tagged dns included."_s.arg(allowed)
                .arg(catalogSize()));
    }

    void keyThatMayNotListItsOwnOperationsWorks()
    {
        const QString keyId = createKey(restrictedDraft(
            u"catalog-only"_s, {}, {u"list-access-key-known-operations"_s, u"list-zones"_s}));
        const Run run = check(m_fixture->account(u"catalog-only"_s, keyId), m_secret.clone());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(!run.error, qPrintable(run.error.message()));
        QCOMPARE(run.outcome.generation, KeyGeneration::LegacyAccessKey);
        QVERIFY(!run.outcome.ownOperationsListed);
        QVERIFY(!run.outcome.unrestricted);
        const QString summary = CheckCredentialsJob::summary(run.outcome);
        QVERIFY2(summary.contains(u"may not list its own operations"), qPrintable(summary));
        QVERIFY(summary.startsWith(u"The key works."));
    }

    void keyAllowedNeitherListIsNotShownToWork()
    {
        const QString keyId = createKey(restrictedDraft(u"zones-only"_s, {}, {u"list-zones"_s}));
        const Run run = check(m_fixture->account(u"zones-only"_s, keyId), m_secret.clone());
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.error.code(), Error::Code::AccessDenied);
        QCOMPARE(run.outcome.generation, KeyGeneration::Unknown);
        QCOMPARE(CheckCredentialsJob::summary(run.outcome), run.error.message());
    }

    void iamApiKeyIsRecognised()
    {
        m_fixture->sandbox().addFault(SandboxFault::parse(u"iamv3"_s).value());
        const Run run = check(m_fixture->account(u"v3"_s), m_fixture->sandbox().rootSecret());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(!run.error, qPrintable(run.error.message()));
        QCOMPARE(run.outcome.generation, KeyGeneration::IamApiKey);
        const QString summary = CheckCredentialsJob::summary(run.outcome);
        QVERIFY2(summary.startsWith(u"The key works: it is an IAM API key."), qPrintable(summary));
    }

    void wrongSecretFails()
    {
        const Run run
            = check(m_fixture->account(u"wrong"_s), Secret::fromString(u"not-the-secret-at-all"_s));
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.error.code(), Error::Code::AccessDenied);
        QCOMPARE(run.outcome.error.code(), Error::Code::AccessDenied);
        QCOMPARE(run.outcome.generation, KeyGeneration::Unknown);
        QVERIFY(!run.error.message().isEmpty());
        QCOMPARE(CheckCredentialsJob::summary(run.outcome), run.error.message());
    }

    void deadPortFails()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        Account account = m_fixture->account(u"dead"_s);
        account.customEndpoint = u"http://127.0.0.1:%1/v2"_s.arg(port);
        const Run run = check(account, m_fixture->sandbox().rootSecret());
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.error.code(), Error::Code::Network);
        QCOMPARE(run.outcome.generation, KeyGeneration::Unknown);
        QCOMPARE(CheckCredentialsJob::summary(run.outcome), run.error.message());
    }

    void invalidEndpointFailsAsynchronously()
    {
        Account account = m_fixture->account(u"bad"_s);
        account.customEndpoint = u"ftp://example.com/"_s;
        const Run run = check(account, m_fixture->sandbox().rootSecret());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.error.isError());
        QCOMPARE(run.outcome.generation, KeyGeneration::Unknown);
        // Nothing was sent to the sandbox.
        QVERIFY(m_fixture->sandbox().requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckCredentials)
#include "tst_checkcredentials.moc"
