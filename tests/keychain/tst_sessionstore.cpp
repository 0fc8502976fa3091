// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJobWatcher.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

const QString entry = SecretStore::entryName(u"test"_s, u"EXO0123456789abcdef01234567"_s);
const QByteArray secretBytes = "fake-secret-for-tests-0123456789abcdefghijk";

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself();
    void writeThenRead();
    void finishesOnlyInTheEventLoop();
    void readLeavesTheSecretStored();
    void overwrite();
    void removeThenReadIsNotFound();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void probeSucceeds();
    void pendingJobsAndIdle();
    void jobsFinishInOrder();
    void cancelledWriteIsNotApplied();
    void storesAreSeparate();
};

void TestSessionStore::describesItself()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.displayName(), u"this session only"_s);
    QCOMPARE(store.pendingJobs(), 0);
}

void TestSessionStore::writeThenRead()
{
    SessionSecretStore store;
    SecretJobWatcher written(store.write(entry, Secret::fromUtf8(secretBytes)));
    SecretJobWatcher read(store.read(entry));
    QTRY_VERIFY(read.isFinished());
    QVERIFY(written.isFinished());
    QCOMPARE(written.code(), Error::Code::None);
    QCOMPARE(read.code(), Error::Code::None);
    QCOMPARE(read.secret().utf8(), secretBytes);
}

void TestSessionStore::finishesOnlyInTheEventLoop()
{
    SessionSecretStore store;
    SecretJob *job = store.write(entry, Secret::fromUtf8(secretBytes));
    QSignalSpy finished(job, &Job::finished);
    QCOMPARE(job->kind(), SecretJob::Kind::Write);
    QCOMPARE(job->entry(), entry);
    // Not even a read of a missing entry may answer from inside the call.
    SecretJob *missing = store.read(u"keyport/test/none"_s);
    QSignalSpy missingFinished(missing, &Job::finished);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(missingFinished.count(), 0);
    QVERIFY(!job->isFinished());
    QVERIFY(missingFinished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(missingFinished.count(), 1);
}

void TestSessionStore::readLeavesTheSecretStored()
{
    SessionSecretStore store;
    store.write(entry, Secret::fromUtf8(secretBytes));
    SecretJobWatcher first(store.read(entry));
    SecretJobWatcher second(store.read(entry));
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(first.secret().utf8(), secretBytes);
    QCOMPARE(second.secret().utf8(), secretBytes);
}

void TestSessionStore::overwrite()
{
    SessionSecretStore store;
    store.write(entry, Secret::fromUtf8("first"));
    SecretJobWatcher second(store.write(entry, Secret::fromUtf8("second")));
    SecretJobWatcher read(store.read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(second.code(), Error::Code::None);
    QCOMPARE(read.secret().utf8(), QByteArray("second"));
}

void TestSessionStore::removeThenReadIsNotFound()
{
    SessionSecretStore store;
    store.write(entry, Secret::fromUtf8(secretBytes));
    SecretJobWatcher removed(store.remove(entry));
    SecretJobWatcher read(store.read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(removed.code(), Error::Code::None);
    QCOMPARE(read.code(), Error::Code::NotFound);
    QVERIFY(read.secret().isEmpty());
}

void TestSessionStore::readMissingIsNotFound()
{
    SessionSecretStore store;
    SecretJobWatcher read(store.read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.code(), Error::Code::NotFound);
    QVERIFY(!read.error().message().isEmpty());
    QVERIFY(read.secret().isEmpty());
}

void TestSessionStore::removeMissingSucceeds()
{
    SessionSecretStore store;
    SecretJobWatcher removed(store.remove(entry));
    QTRY_VERIFY(removed.isFinished());
    QCOMPARE(removed.code(), Error::Code::None);
}

void TestSessionStore::probeSucceeds()
{
    SessionSecretStore store;
    SecretJobWatcher probe(store.probe());
    QCOMPARE(probe.finishedCount(), 0);
    QTRY_VERIFY(probe.isFinished());
    QCOMPARE(probe.finishedCount(), 1);
    QCOMPARE(probe.code(), Error::Code::None);
}

void TestSessionStore::pendingJobsAndIdle()
{
    SessionSecretStore store;
    QSignalSpy idle(&store, &SecretStore::idle);
    SecretJob *write = store.write(entry, Secret::fromUtf8(secretBytes));
    int pendingWhenFirstFinished = -1;
    connect(write, &Job::finished, this,
        [&store, &pendingWhenFirstFinished] { pendingWhenFirstFinished = store.pendingJobs(); });
    SecretJobWatcher read(store.read(entry));
    SecretJobWatcher removed(store.remove(entry));
    QCOMPARE(store.pendingJobs(), 3);
    int finishedWhenIdle = -1;
    connect(&store, &SecretStore::idle, this,
        [&] { finishedWhenIdle = read.finishedCount() + removed.finishedCount(); });

    QVERIFY(idle.wait());
    QCOMPARE(idle.count(), 1);
    QCOMPARE(pendingWhenFirstFinished, 2);
    QCOMPARE(finishedWhenIdle, 2);
    QCOMPARE(store.pendingJobs(), 0);

    // Each return to zero is one idle(), no more.
    SecretJobWatcher probe(store.probe());
    QCOMPARE(store.pendingJobs(), 1);
    QTRY_COMPARE(idle.count(), 2);
    QVERIFY(probe.isFinished());
    QCOMPARE(store.pendingJobs(), 0);
}

void TestSessionStore::jobsFinishInOrder()
{
    SessionSecretStore store;
    QList<int> order;
    std::vector<std::unique_ptr<SecretJobWatcher>> reads;
    for (int i = 0; i < 10; ++i) {
        const QString name = SecretStore::entryName(u"test"_s, QString::number(i));
        SecretJob *write = store.write(name, Secret::fromString(QString::number(i)));
        connect(write, &Job::finished, this, [&order, i] { order.append(2 * i); });
        SecretJob *read = store.read(name);
        connect(read, &Job::finished, this, [&order, i] { order.append(2 * i + 1); });
        reads.push_back(std::make_unique<SecretJobWatcher>(read));
    }
    QSignalSpy idle(&store, &SecretStore::idle);
    QVERIFY(idle.wait());
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(reads[i]->secret().reveal(), QString::number(i));
}

void TestSessionStore::cancelledWriteIsNotApplied()
{
    SessionSecretStore store;
    SecretJob *write = store.write(entry, Secret::fromUtf8(secretBytes));
    SecretJobWatcher written(write);
    write->cancel();
    QCOMPARE(written.code(), Error::Code::Cancelled);
    SecretJobWatcher read(store.read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.code(), Error::Code::NotFound);
    QCOMPARE(written.finishedCount(), 1);
    QCOMPARE(store.pendingJobs(), 0);
}

void TestSessionStore::storesAreSeparate()
{
    SessionSecretStore first;
    SessionSecretStore second;
    first.write(entry, Secret::fromUtf8(secretBytes));
    SecretJobWatcher read(second.read(entry));
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
