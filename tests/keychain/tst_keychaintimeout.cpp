// SPDX-License-Identifier: GPL-3.0-or-later
// A keychain that never answers. ctest runs this with QT_NO_GLIB=1: Qt's event loop then does
// not run GLib's main context, so QtKeychain's libsecret backend never calls back (measured
// with QtKeychain 0.13.2). The store's own timeout must report KeychainUnavailable, and nothing
// may touch what the stuck QtKeychain job still references.
#include "SecretJobWatcher.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// A coarse QTimer may fire up to 5 % early.
constexpr qint64 atLeast300Ms = 285;
} // namespace

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unansweredJobTimesOut();
    void queuedAndLaterJobsFailWhileStalled();
    void storeDestroyedWhileStalled();
};

void TestKeychainTimeout::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("QT_NO_GLIB"),
        "Run this test through ctest, which sets QT_NO_GLIB=1 so that QtKeychain never answers");
}

void TestKeychainTimeout::unansweredJobTimesOut()
{
    // Said once per process, at the first request.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not run GLib's main context"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer within 300 ms"_s));
    KeychainSecretStore store;
    store.setTimeout(300ms);
    QCOMPARE(store.timeout(), 300ms);
    QElapsedTimer clock;
    clock.start();
    SecretJobWatcher probe(store.probe());
    QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), 15000);
    QCOMPARE(probe.code(), Error::Code::KeychainUnavailable);
    QVERIFY(!probe.error().message().isEmpty());
    QVERIFY2(probe.error().detail().contains(u"300 ms"_s), qPrintable(probe.error().detail()));
    QVERIFY2(clock.elapsed() >= atLeast300Ms, qPrintable(u"after %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(probe.finishedCount(), 1);
    QTRY_COMPARE(store.pendingJobs(), 0);
}

void TestKeychainTimeout::queuedAndLaterJobsFailWhileStalled()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer within 300 ms"_s));
    KeychainSecretStore store;
    store.setTimeout(300ms);
    QSignalSpy idle(&store, &SecretStore::idle);
    QElapsedTimer clock;
    clock.start();
    SecretJobWatcher first(store.write(u"keyport/timeout/EXO1"_s, Secret::fromUtf8("x")));
    SecretJobWatcher queued(store.read(u"keyport/timeout/EXO1"_s));
    QCOMPARE(store.pendingJobs(), 2);
    QVERIFY(idle.wait(15000));
    QCOMPARE(idle.count(), 1);
    QCOMPARE(first.code(), Error::Code::KeychainUnavailable);
    QCOMPARE(queued.code(), Error::Code::KeychainUnavailable);
    QVERIFY2(clock.elapsed() >= atLeast300Ms, qPrintable(u"after %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(store.pendingJobs(), 0);

    // The QtKeychain job still has not answered; a new request would only wait behind it.
    clock.restart();
    SecretJobWatcher later(store.remove(u"keyport/timeout/EXO1"_s));
    QCOMPARE(later.finishedCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(later.isFinished(), 15000);
    QCOMPARE(later.code(), Error::Code::KeychainUnavailable);
    QVERIFY2(clock.elapsed() < 300, qPrintable(u"after %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(later.finishedCount(), 1);
    QCOMPARE(first.finishedCount(), 1);
    QCOMPARE(queued.finishedCount(), 1);
}

void TestKeychainTimeout::storeDestroyedWhileStalled()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer within 200 ms"_s));
    QPointer<KeychainSecretStore> store = new KeychainSecretStore;
    store->setTimeout(200ms);
    SecretJobWatcher job(store->read(u"keyport/timeout/EXO2"_s));
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 15000);
    QCOMPARE(job.code(), Error::Code::KeychainUnavailable);
    delete store.data();
    QVERIFY(store.isNull());
    // A store without a timeout, destroyed while its QtKeychain job runs (the job starts before
    // the deferred deletion, which was asked for later): the Keyport job goes with the store.
    QPointer<KeychainSecretStore> patient = new KeychainSecretStore;
    patient->setTimeout(0ms);
    QPointer<SecretJob> waiting = patient->probe();
    SecretJobWatcher waitingWatcher(waiting);
    QCOMPARE(patient->pendingJobs(), 1);
    QSignalSpy destroyed(patient.data(), &QObject::destroyed);
    patient->deleteLater();
    QVERIFY(destroyed.wait(15000));
    QVERIFY(waiting.isNull());
    QVERIFY(!waitingWatcher.isFinished());
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"
