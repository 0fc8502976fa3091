// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real Secret Service: run through `packaging/dev.sh test`, which starts a private,
// unlocked gnome-keyring in its own D-Bus session.
#include "SecretJobWatcher.h"
#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

// Not the application's "Keyport": a developer's own entries are never touched.
const QString service = u"KeyportTest"_s;
constexpr int jobTimeoutMs = 15000;

QString testEntry(const QString &name)
{
    return SecretStore::entryName(u"tst_keychainstore"_s, name);
}

struct ToolResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

// secret-tool is libsecret's own client: what it sees is what any other program sees.
ToolResult runSecretTool(const QStringList &arguments,
    QProcess::ProcessChannelMode channels = QProcess::SeparateChannels)
{
    ToolResult result;
    QProcess process;
    process.setProcessChannelMode(channels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"secret-tool"_s, arguments);
    if (!finished.wait(jobTimeoutMs)) {
        process.kill();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output = process.readAllStandardOutput();
    return result;
}

ToolResult lookUp(const QString &entry)
{
    return runSecretTool({u"lookup"_s, u"user"_s, entry, u"server"_s, service});
}

QStringList capturedLog;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "keyport.secrets") == 0)
        capturedLog.append(message);
}

QLoggingCategory::CategoryFilter previousFilter = nullptr;

// QT_LOGGING_RULES (set by ctest) outranks setFilterRules(); a filter outranks both.
void enableSecretsDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "keyport.secrets") == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void describesItself();
    void probeSucceedsAndWritesNothing();
    void writeThenReadBack_data();
    void writeThenReadBack();
    void overwrite();
    void removeThenReadIsNotFound();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void entryIsInTheSecretService();
    void finishesOnlyInTheEventLoop();
    void pendingJobsCountsQueuedJobs();
    void manyJobsFinishInOrder();
    void oneJobAtATimeAndNoSecretInTheLog();
    void cancellingARunningWriteStillStoresIt();
    void storeDestroyedWhileJobRuns();

private:
    /// Runs @p job to its end; the watcher holds the outcome.
    std::unique_ptr<SecretJobWatcher> run(SecretJob *job);

    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_entries;
};

std::unique_ptr<SecretJobWatcher> TestKeychainStore::run(SecretJob *job)
{
    if (!m_entries.contains(job->entry()) && job->entry() != KeychainSecretStore::probeEntry())
        m_entries.append(job->entry());
    auto watcher = std::make_unique<SecretJobWatcher>(job);
    QSignalSpy finished(job, &Job::finished);
    finished.wait(jobTimeoutMs);
    return watcher;
}

void TestKeychainStore::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
        "secret-tool (Debian package libsecret-tools) is needed to look into the Secret Service");
    m_store = std::make_unique<KeychainSecretStore>(service);
    const auto probe = run(m_store->probe());
    QVERIFY2(probe->isFinished(), "The keychain probe did not finish");
    QVERIFY2(probe->code() != Error::Code::KeychainUnavailable,
        qPrintable(u"No Secret Service is reachable (%1). Run the keychain tests through "
                   "`packaging/dev.sh test`, which starts a private, unlocked gnome-keyring."_s.arg(
                       probe->error().detail())));
    QVERIFY2(!probe->error(), qPrintable(probe->error().detail()));
}

void TestKeychainStore::cleanupTestCase()
{
    if (!m_store)
        return;
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    for (const QString &entry : std::as_const(m_entries))
        m_store->remove(entry);
    if (!m_entries.isEmpty())
        QVERIFY(idle.wait(jobTimeoutMs));
}

void TestKeychainStore::describesItself()
{
    KeychainSecretStore defaults;
    QCOMPARE(defaults.serviceName(), u"Keyport"_s);
    QCOMPARE(KeychainSecretStore::defaultServiceName(), u"Keyport"_s);
    QCOMPARE(KeychainSecretStore::probeEntry(), u"keyport/.probe"_s);
    QCOMPARE(defaults.timeout(), KeychainSecretStore::defaultTimeout());
    QVERIFY(defaults.isPersistent());
    QCOMPARE(defaults.displayName(), u"the system keychain"_s);
    QCOMPARE(defaults.pendingJobs(), 0);
    QCOMPARE(m_store->serviceName(), service);
}

void TestKeychainStore::probeSucceedsAndWritesNothing()
{
    const auto probe = run(m_store->probe());
    QVERIFY(probe->isFinished());
    QCOMPARE(probe->code(), Error::Code::None);
    QVERIFY(probe->secret().isEmpty());
    // The probe writes an entry and removes it again.
    QTRY_COMPARE(m_store->pendingJobs(), 0);
    const ToolResult lookup = lookUp(KeychainSecretStore::probeEntry());
    QVERIFY(lookup.finished);
    QCOMPARE(lookup.exitCode, 1);
    QVERIFY(lookup.output.isEmpty());
}

void TestKeychainStore::writeThenReadBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");

    QTest::newRow("ASCII") << u"ascii"_s << u"fake-secret"_s;
    QTest::newRow("unicode") << u"unicode"_s << u"clé ✓ 秘密 🔑 Grüße"_s;
    // The length of an Exoscale API secret.
    QTest::newRow("43 characters")
        << u"length43"_s << u"Zk3v9QwErTy7uIoP1aSdFgHjKlZxCvBnM2q8W4e6R0t"_s;
    QTest::newRow("spaces and symbols") << u"symbols"_s << u" a=b&c;d\"e'f\\g "_s;
}

void TestKeychainStore::writeThenReadBack()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    if (name == u"length43"_s)
        QCOMPARE(text.size(), 43);
    const QString entry = testEntry(name);

    const auto written = run(m_store->write(entry, Secret::fromString(text)));
    QVERIFY(written->isFinished());
    QVERIFY2(!written->error(), qPrintable(written->error().detail()));
    const auto read = run(m_store->read(entry));
    QVERIFY(read->isFinished());
    QVERIFY2(!read->error(), qPrintable(read->error().detail()));
    QCOMPARE(read->secret().reveal(), text);
    QCOMPARE(read->secret().utf8(), text.toUtf8());
}

void TestKeychainStore::overwrite()
{
    const QString entry = testEntry(u"overwrite"_s);
    const auto first = run(m_store->write(entry, Secret::fromUtf8("first")));
    QCOMPARE(first->code(), Error::Code::None);
    const auto second = run(m_store->write(entry, Secret::fromUtf8("second")));
    QCOMPARE(second->code(), Error::Code::None);
    const auto read = run(m_store->read(entry));
    QCOMPARE(read->code(), Error::Code::None);
    QCOMPARE(read->secret().utf8(), QByteArray("second"));
}

void TestKeychainStore::removeThenReadIsNotFound()
{
    const QString entry = testEntry(u"removed"_s);
    QCOMPARE(
        run(m_store->write(entry, Secret::fromUtf8("to be removed")))->code(), Error::Code::None);
    const auto removed = run(m_store->remove(entry));
    QVERIFY(removed->isFinished());
    QCOMPARE(removed->code(), Error::Code::None);
    const auto read = run(m_store->read(entry));
    QVERIFY(read->isFinished());
    QCOMPARE(read->code(), Error::Code::NotFound);
    QVERIFY(read->secret().isEmpty());
}

void TestKeychainStore::readMissingIsNotFound()
{
    const auto read = run(m_store->read(testEntry(u"never-written"_s)));
    QVERIFY(read->isFinished());
    QCOMPARE(read->code(), Error::Code::NotFound);
    QVERIFY(!read->error().message().isEmpty());
    QVERIFY(read->secret().isEmpty());
}

void TestKeychainStore::removeMissingSucceeds()
{
    // The goal of a removal is that the entry is gone: it already is.
    const auto removed = run(m_store->remove(testEntry(u"never-written"_s)));
    QVERIFY(removed->isFinished());
    QVERIFY2(!removed->error(), qPrintable(removed->error().detail()));
}

void TestKeychainStore::entryIsInTheSecretService()
{
    const QString entry = testEntry(u"EXOvisible0123456789abcdef"_s);
    const QByteArray secret = "visible-to-secret-tool-0123456789abcdefghij";
    QCOMPARE(run(m_store->write(entry, Secret::fromUtf8(secret)))->code(), Error::Code::None);

    // QtKeychain 0.13's libsecret backend: schema org.qt.keychain, user = the entry name,
    // server = the service name, type = plaintext (text data).
    const ToolResult lookup = lookUp(entry);
    QVERIFY(lookup.finished);
    QCOMPARE(lookup.exitCode, 0);
    QByteArray found = lookup.output;
    if (found.endsWith('\n'))
        found.chop(1);
    QCOMPARE(found, secret);

    // search prints the attributes on stderr and the rest on stdout.
    const ToolResult search
        = runSecretTool({u"search"_s, u"--all"_s, u"user"_s, entry, u"server"_s, service},
            QProcess::MergedChannels);
    QVERIFY(search.finished);
    QCOMPARE(search.exitCode, 0);
    const QString listing = QString::fromUtf8(search.output);
    QVERIFY2(listing.contains(u"schema = org.qt.keychain"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"attribute.user = "_s + entry), qPrintable(listing));
    QVERIFY2(listing.contains(u"attribute.server = "_s + service), qPrintable(listing));
    QVERIFY2(listing.contains(u"attribute.type = plaintext"_s), qPrintable(listing));
    // The label a keyring manager shows: QtKeychain 0.13 uses the bare service name.
    QVERIFY2(listing.contains(u"label = "_s + service + u'\n'), qPrintable(listing));

    QCOMPARE(run(m_store->remove(entry))->code(), Error::Code::None);
    const ToolResult gone = lookUp(entry);
    QVERIFY(gone.finished);
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.output.isEmpty());
}

void TestKeychainStore::finishesOnlyInTheEventLoop()
{
    SecretJob *job = m_store->read(testEntry(u"never-written"_s));
    QSignalSpy finished(job, &Job::finished);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!job->isFinished());
    QCOMPARE(m_store->pendingJobs(), 1);
    QVERIFY(finished.wait(jobTimeoutMs));
    QCOMPARE(finished.count(), 1);
}

void TestKeychainStore::pendingJobsCountsQueuedJobs()
{
    const QString entry = testEntry(u"pending"_s);
    m_entries.append(entry);
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    QCOMPARE(m_store->pendingJobs(), 0);

    SecretJob *first = m_store->write(entry, Secret::fromUtf8("pending"));
    int pendingWhenFirstFinished = -1;
    connect(first, &Job::finished, this,
        [this, &pendingWhenFirstFinished] { pendingWhenFirstFinished = m_store->pendingJobs(); });
    SecretJobWatcher written(first);
    SecretJobWatcher read(m_store->read(entry));
    SecretJobWatcher removed(m_store->remove(entry));
    SecretJobWatcher probe(m_store->probe());
    QCOMPARE(m_store->pendingJobs(), 4);
    int finishedWhenIdle = -1;
    // The store outlives this function: the connection must not.
    QObject scope;
    connect(m_store.get(), &SecretStore::idle, &scope, [&] {
        finishedWhenIdle = written.finishedCount() + read.finishedCount() + removed.finishedCount()
            + probe.finishedCount();
    });

    QVERIFY(idle.wait(jobTimeoutMs));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(finishedWhenIdle, 4);
    QCOMPARE(pendingWhenFirstFinished, 3);
    QCOMPARE(m_store->pendingJobs(), 0);
    QCOMPARE(read.secret().utf8(), QByteArray("pending"));
    QCOMPARE(removed.code(), Error::Code::None);

    // One more job, one more return to zero: exactly one more idle().
    const auto again = run(m_store->probe());
    QTRY_COMPARE(idle.count(), 2);
    QCOMPARE(again->code(), Error::Code::None);
}

void TestKeychainStore::manyJobsFinishInOrder()
{
    constexpr int rounds = 10;
    QList<int> order;
    std::vector<std::unique_ptr<SecretJobWatcher>> watchers;
    for (int i = 0; i < rounds; ++i) {
        const QString entry = testEntry(u"many-%1"_s.arg(i));
        m_entries.append(entry);
        const SecretJob::Kind kinds[]
            = {SecretJob::Kind::Write, SecretJob::Kind::Read, SecretJob::Kind::Remove};
        for (const SecretJob::Kind kind : kinds) {
            SecretJob *job = kind == SecretJob::Kind::Write
                ? m_store->write(entry, Secret::fromString(u"secret %1"_s.arg(i)))
                : kind == SecretJob::Kind::Read ? m_store->read(entry)
                                                : m_store->remove(entry);
            const int position = static_cast<int>(watchers.size());
            connect(job, &Job::finished, this, [&order, position] { order.append(position); });
            watchers.push_back(std::make_unique<SecretJobWatcher>(job));
        }
    }
    QCOMPARE(m_store->pendingJobs(), 3 * rounds);
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    QVERIFY(idle.wait(jobTimeoutMs));

    QList<int> expected;
    for (int i = 0; i < 3 * rounds; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    for (int i = 0; i < rounds; ++i) {
        const SecretJobWatcher &read = *watchers[3 * i + 1];
        QVERIFY2(!read.error(), qPrintable(read.error().detail()));
        QCOMPARE(read.secret().reveal(), u"secret %1"_s.arg(i));
        QCOMPARE(watchers[3 * i]->code(), Error::Code::None);
        QCOMPARE(watchers[3 * i + 2]->code(), Error::Code::None);
    }
}

void TestKeychainStore::oneJobAtATimeAndNoSecretInTheLog()
{
    capturedLog.clear();
    previousFilter = QLoggingCategory::installFilter(enableSecretsDebug);
    const QtMessageHandler previousHandler = qInstallMessageHandler(captureLog);
    const auto restore = qScopeGuard([previousHandler] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::installFilter(previousFilter);
    });

    const QStringList secrets = {u"log-secret-alpha-0123456789"_s, u"log-secret-beta-0123456789"_s};
    QSignalSpy idle(m_store.get(), &SecretStore::idle);
    for (int i = 0; i < secrets.size(); ++i) {
        const QString entry = testEntry(u"log-%1"_s.arg(i));
        m_entries.append(entry);
        m_store->write(entry, Secret::fromString(secrets[i]));
        m_store->read(entry);
        m_store->remove(entry);
        m_store->read(entry);
    }
    QVERIFY(idle.wait(jobTimeoutMs));

    // Every job logs its start and its end; a start never comes before the previous end.
    static const QRegularExpression started(u": started after "_s);
    static const QRegularExpression ended(u": (finished in |not found|failed)"_s);
    int starts = 0;
    int ends = 0;
    for (const QString &line : std::as_const(capturedLog)) {
        if (line.contains(started)) {
            QVERIFY2(
                starts == ends, qPrintable(u"a job started before the previous ended: "_s + line));
            ++starts;
        } else if (line.contains(ended)) {
            ++ends;
            QCOMPARE(ends, starts);
        }
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(u"a secret in the log: "_s + line));
    }
    QCOMPARE(starts, 4 * static_cast<int>(secrets.size()));
    QCOMPARE(ends, starts);
}

void TestKeychainStore::cancellingARunningWriteStillStoresIt()
{
    const QString entry = testEntry(u"cancelled"_s);
    m_entries.append(entry);
    SecretJob *probe = m_store->probe();
    SecretJob *write = m_store->write(entry, Secret::fromUtf8("written anyway"));
    SecretJobWatcher written(write);
    // When the probe ends, the write's QtKeychain job has been started: QtKeychain cannot take
    // it back, so the store only stops listening to it.
    connect(probe, &Job::finished, write, [write] { write->cancel(); });
    SecretJobWatcher read(m_store->read(entry));
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), jobTimeoutMs);
    QCOMPARE(written.code(), Error::Code::Cancelled);
    QCOMPARE(read.code(), Error::Code::None);
    QCOMPARE(read.secret().utf8(), QByteArray("written anyway"));
    // Still queued: the removal of the probe's entry.
    QTRY_COMPARE(m_store->pendingJobs(), 0);
}

void TestKeychainStore::storeDestroyedWhileJobRuns()
{
    const QString entry = testEntry(u"orphan"_s);
    m_entries.append(entry);
    QPointer<KeychainSecretStore> store = new KeychainSecretStore(service);
    SecretJob *first = store->probe();
    SecretJobWatcher second(store->write(entry, Secret::fromUtf8("orphan")));
    // When the first job ends, the second one's QtKeychain job is on its way; the store and
    // the second job die under it, and its answer must find nothing freed.
    connect(first, &Job::finished, store, [&store] { store->deleteLater(); });
    QTRY_VERIFY_WITH_TIMEOUT(store.isNull(), jobTimeoutMs);
    QVERIFY(!second.isFinished());

    // QtKeychain's own queue is not stuck, and no callback reached freed memory.
    const auto read = run(m_store->read(entry));
    QVERIFY(read->isFinished());
    QCOMPARE(read->code(), Error::Code::None);
    QCOMPARE(read->secret().utf8(), QByteArray("orphan"));
    QVERIFY(!second.isFinished());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
