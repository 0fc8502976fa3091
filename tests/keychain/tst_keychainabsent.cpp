// SPDX-License-Identifier: GPL-3.0-or-later
// No Secret Service at all: ctest points DBUS_SESSION_BUS_ADDRESS at a socket that does not
// exist. The keychain must say so quickly, and the session-only store must take over.
#include "accounts/AccountStore.h"
#include "SandboxFixture.h"
#include "SecretJobWatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

const QByteArray absentBus = "unix:path=/nonexistent/keyport-no-bus";
// Generous for a loaded machine; QtKeychain fails within milliseconds here.
constexpr int quickMs = 5000;

} // namespace

using Request = std::function<SecretJob *(SecretStore &)>;
Q_DECLARE_METATYPE(Request)

class TestKeychainAbsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failsQuicklyAsUnavailable_data();
    void failsQuicklyAsUnavailable();
    void queuedJobsAllFail();
    void sessionStoreTakesOver();
    void removingAnAccountKeepsItsEntriesPending();
};

void TestKeychainAbsent::initTestCase()
{
    QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS") == absentBus,
        "Run this test through ctest, which points DBUS_SESSION_BUS_ADDRESS at a missing socket");
}

void TestKeychainAbsent::failsQuicklyAsUnavailable_data()
{
    QTest::addColumn<Request>("request");

    QTest::newRow("probe") << Request([](SecretStore &store) { return store.probe(); });
    QTest::newRow("read") << Request(
        [](SecretStore &store) { return store.read(u"keyport/absent/EXOread"_s); });
    QTest::newRow("write") << Request([](SecretStore &store) {
        return store.write(u"keyport/absent/EXOwrite"_s, Secret::fromUtf8("not stored"));
    });
    QTest::newRow("remove") << Request(
        [](SecretStore &store) { return store.remove(u"keyport/absent/EXOremove"_s); });
}

void TestKeychainAbsent::failsQuicklyAsUnavailable()
{
    QFETCH(Request, request);
    KeychainSecretStore store;
    QElapsedTimer clock;
    clock.start();
    SecretJobWatcher job(request(store));
    QCOMPARE(job.finishedCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 15000);
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(job.code(), Error::Code::KeychainUnavailable);
    const QString message = job.error().message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(u"Secret Service"_s), qPrintable(message));
    // The plain message is for people; QtKeychain's own words go to the log.
    QVERIFY2(!message.contains(u"QtKeychain"_s), qPrintable(message));
    QVERIFY2(
        job.error().detail().contains(u"QtKeychain error 7"_s), qPrintable(job.error().detail()));
    QVERIFY(job.secret().isEmpty());
    // A real failure, not the store's own timeout running out.
    QVERIFY2(elapsed < quickMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QTRY_COMPARE(store.pendingJobs(), 0);
}

void TestKeychainAbsent::queuedJobsAllFail()
{
    KeychainSecretStore store;
    QSignalSpy idle(&store, &SecretStore::idle);
    SecretJobWatcher probe(store.probe());
    SecretJobWatcher written(store.write(u"keyport/absent/EXO1"_s, Secret::fromUtf8("x")));
    SecretJobWatcher read(store.read(u"keyport/absent/EXO1"_s));
    QCOMPARE(store.pendingJobs(), 3);
    QVERIFY(idle.wait(15000));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(probe.code(), Error::Code::KeychainUnavailable);
    QCOMPARE(written.code(), Error::Code::KeychainUnavailable);
    QCOMPARE(read.code(), Error::Code::KeychainUnavailable);
    QCOMPARE(store.pendingJobs(), 0);
}

void TestKeychainAbsent::sessionStoreTakesOver()
{
    // What the application does: probe the keychain, and on KeychainUnavailable offer to keep
    // secrets for this session only.
    std::unique_ptr<SecretStore> store = std::make_unique<KeychainSecretStore>();
    SecretJobWatcher probe(store->probe());
    QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), 15000);
    QCOMPARE(probe.code(), Error::Code::KeychainUnavailable);
    store = std::make_unique<SessionSecretStore>();
    QVERIFY(!store->isPersistent());

    const QString entry = SecretStore::entryName(u"absent"_s, u"EXOsession"_s);
    SecretJobWatcher sessionProbe(store->probe());
    SecretJobWatcher written(store->write(entry, Secret::fromUtf8("kept in memory")));
    SecretJobWatcher read(store->read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(sessionProbe.code(), Error::Code::None);
    QCOMPARE(written.code(), Error::Code::None);
    QCOMPARE(read.code(), Error::Code::None);
    QCOMPARE(read.secret().utf8(), QByteArray("kept in memory"));
}

void TestKeychainAbsent::removingAnAccountKeepsItsEntriesPending()
{
    // A saved account from an earlier run, whose secrets are in a keychain that is gone now.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"k.conf"_s), QSettings::IniFormat);
    settings.beginWriteArray(u"accounts"_s);
    settings.setArrayIndex(0);
    settings.setValue(u"name"_s, u"gone"_s);
    settings.setValue(u"apiKey"_s, u"EXO0000000000000000000000c1"_s);
    settings.setValue(u"storedSecrets"_s, QStringList{u"EXO0000000000000000000000c2"_s});
    settings.endArray();
    KeychainSecretStore keychain(u"KeyportAbsentTest"_s);
    SessionSecretStore session;
    AccountStore accounts(&settings, &keychain, &session);
    QVERIFY(accounts.account(u"gone"_s));
    auto removed = Keyport::Test::finished(accounts.removeAccount(u"gone"_s), quickMs);
    QVERIFY(removed);
    // Never "removed" while entries remain: the job says so, the names wait for the keychain.
    QCOMPARE(removed->error().code(), Error::Code::KeychainDeferred);
    QVERIFY(!accounts.account(u"gone"_s));
    QCOMPARE(
        QSet<QString>(accounts.pendingDeletions().cbegin(), accounts.pendingDeletions().cend()),
        (QSet<QString>{u"keyport/gone/EXO0000000000000000000000c1"_s,
            u"keyport/gone/EXO0000000000000000000000c2"_s}));
    settings.sync();
    QCOMPARE(settings.value(u"pendingDeletions"_s).toStringList().size(), 2);
}

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "tst_keychainabsent.moc"
