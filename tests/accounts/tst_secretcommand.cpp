// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SecretCommandJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Keyport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A job its test owns, so that its error and secret can be read after finished().
std::unique_ptr<SecretCommandJob> makeJob(const QStringList &command)
{
    auto job = std::make_unique<SecretCommandJob>(command);
    job->setAutoDelete(false);
    return job;
}

/// Waits for finished() and checks it came exactly once.
bool finishOnce(SecretCommandJob &job, QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return false;
    // Let any stray second emission through before counting.
    QCoreApplication::processEvents();
    return spy.size() == 1 && job.isFinished();
}

/// The process id a shell script wrote to @p path, once it has written it.
qint64 waitForPid(const QString &path)
{
    QFile file(path);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll().trimmed();
            file.close();
            if (!text.isEmpty())
                return text.toLongLong();
        }
        QTest::qWait(20);
    }
    return 0;
}

bool processGone(qint64 pid)
{
    return !QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

} // namespace

class TestSecretCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secret_data();
    void secret();
    void nonZeroExit();
    void longErrorOutput();
    void programMissing();
    void crashed();
    void emptyOutput_data();
    void emptyOutput();
    void emptyCommand();
    void timeout();
    void cancel();
    void cancelBeforeStart();
    void asynchronousAndAutoDelete();
    void defaults();
    void endlessOutputIsCapped_data();
    void endlessOutputIsCapped();
    void outputUpToTheCapIsRead();
    void secretVariablesWithheld();
};

void TestSecretCommand::secret_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("expected");

    // printf interprets the escapes itself: no shell is involved.
    QTest::newRow("printf") << QStringList{u"/usr/bin/printf"_s, u"fake-secret\\n"_s}
                            << QByteArray("fake-secret");
    QTest::newRow("by name, from PATH")
        << QStringList{u"printf"_s, u"fake-secret\\n"_s} << QByteArray("fake-secret");
    QTest::newRow("no newline") << QStringList{u"/usr/bin/printf"_s, u"fake-secret"_s}
                                << QByteArray("fake-secret");
    QTest::newRow("CRLF") << QStringList{u"/usr/bin/printf"_s, u"fake-secret\\r\\n"_s}
                          << QByteArray("fake-secret");
    QTest::newRow("two lines") << QStringList{u"/usr/bin/printf"_s,
        u"fake-first\\nfake-second\\n"_s}
                               << QByteArray("fake-first");
    QTest::newRow("spaces kept") << QStringList{u"/usr/bin/printf"_s, u" fake secret \\n"_s}
                                 << QByteArray(" fake secret ");
    QTest::newRow("arguments not split by a shell") << QStringList{u"/bin/sh"_s, u"-c"_s,
        u"printf '%s\\n' \"$1\""_s, u"sh"_s, u"fake secret; $(not run)"_s}
                                                    << QByteArray("fake secret; $(not run)");
    QTest::newRow("stderr ignored on success")
        << QStringList{u"/bin/sh"_s, u"-c"_s, u"echo warning >&2; echo fake-secret"_s}
        << QByteArray("fake-secret");
}

void TestSecretCommand::secret()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, expected);

    auto job = makeJob(command);
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    const Secret secret = job->takeSecret();
    QCOMPARE(secret.utf8(), expected);
    // Moved out: the job keeps no copy.
    QVERIFY(job->takeSecret().isEmpty());
}

void TestSecretCommand::nonZeroExit()
{
    auto job = makeJob({u"sh"_s, u"-c"_s, u"echo fake-partial; echo oops >&2; exit 3"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QCOMPARE(job->error().code(), Error::Code::OperationFailed);
    const QString message = job->error().message();
    QVERIFY2(message.contains(u"sh"_s), qPrintable(message));
    QVERIFY2(message.contains(u"exit code 3"_s), qPrintable(message));
    QVERIFY2(message.contains(u"oops"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"fake-partial"_s), qPrintable(message));
    QVERIFY(job->takeSecret().isEmpty());
}

void TestSecretCommand::longErrorOutput()
{
    // 300 'x' on the first line, then a second line that must not show.
    auto job = makeJob({u"sh"_s, u"-c"_s,
        u"i=0; while [ $i -lt 300 ]; do printf x >&2; i=$((i+1)); done; "
        "printf '\\nsecond-line\\n' >&2; exit 1"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    const QString message = job->error().message();
    QVERIFY2(message.contains(QString(200, u'x')), qPrintable(message));
    QVERIFY2(!message.contains(QString(201, u'x')), qPrintable(message));
    QVERIFY2(!message.contains(u"second-line"_s), qPrintable(message));
    QVERIFY2(message.contains(u"exit code 1"_s), qPrintable(message));
}

void TestSecretCommand::programMissing()
{
    auto job = makeJob({u"keyport-test-no-such-program"_s, u"show"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QCOMPARE(job->error().code(), Error::Code::OperationFailed);
    const QString message = job->error().message();
    QVERIFY2(
        message.startsWith(u"The command keyport-test-no-such-program could not be started: "_s),
        qPrintable(message));
}

void TestSecretCommand::crashed()
{
    auto job = makeJob({u"sh"_s, u"-c"_s, u"echo fake-secret; kill -KILL $$"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QCOMPARE(job->error().code(), Error::Code::OperationFailed);
    QVERIFY2(job->error().message().contains(u"crashed"_s), qPrintable(job->error().message()));
    QVERIFY(job->takeSecret().isEmpty());
}

void TestSecretCommand::emptyOutput_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("nothing") << QStringList{u"/usr/bin/true"_s};
    QTest::newRow("empty line") << QStringList{u"/usr/bin/printf"_s, u"\\n"_s};
    QTest::newRow("empty first line") << QStringList{u"/usr/bin/printf"_s, u"\\nfake-second\\n"_s};
    QTest::newRow("CR only") << QStringList{u"/usr/bin/printf"_s, u"\\r\\n"_s};
}

void TestSecretCommand::emptyOutput()
{
    QFETCH(QStringList, command);
    auto job = makeJob(command);
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QCOMPARE(job->error().code(), Error::Code::OperationFailed);
    QVERIFY2(job->error().message().contains(u"printed no secret"_s),
        qPrintable(job->error().message()));
    QVERIFY(job->takeSecret().isEmpty());
}

void TestSecretCommand::emptyCommand()
{
    auto job = makeJob({});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QCOMPARE(job->error().code(), Error::Code::InvalidInput);
}

void TestSecretCommand::timeout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(u"pid"_s);
    // exec keeps the shell's process id, so the pid written is sleep's own.
    auto job = makeJob({u"sh"_s, u"-c"_s, u"echo $$ > \"$1\"; exec sleep 10"_s, u"sh"_s, pidFile});
    job->setTimeout(300ms);
    QCOMPARE(job->timeout(), 300ms);
    QSignalSpy spy(job.get(), &Job::finished);
    QElapsedTimer elapsed;
    elapsed.start();

    QVERIFY(finishOnce(*job, spy));
    QVERIFY2(elapsed.elapsed() < 5000, "the timeout did not stop the command");
    QCOMPARE(job->error().code(), Error::Code::Timeout);
    const QString message = job->error().message();
    QVERIFY2(message.contains(u"sh"_s), qPrintable(message));
    QVERIFY2(message.contains(u"1 second"_s), qPrintable(message));

    const qint64 pid = waitForPid(pidFile);
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
}

void TestSecretCommand::cancel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(u"pid"_s);
    auto job = makeJob({u"sh"_s, u"-c"_s, u"echo $$ > \"$1\"; exec sleep 10"_s, u"sh"_s, pidFile});
    QSignalSpy spy(job.get(), &Job::finished);

    const qint64 pid = waitForPid(pidFile);
    QVERIFY(pid > 0);
    QVERIFY(!processGone(pid));
    QCOMPARE(spy.size(), 0);

    job->cancel();
    QVERIFY(finishOnce(*job, spy));
    QVERIFY(job->error().isCancelled());
    QVERIFY(job->takeSecret().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    // A second cancel changes nothing.
    job->cancel();
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
}

void TestSecretCommand::cancelBeforeStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(u"ran"_s);
    auto job = makeJob({u"sh"_s, u"-c"_s, u"touch \"$1\"; echo fake-secret"_s, u"sh"_s, marker});
    QSignalSpy spy(job.get(), &Job::finished);
    job->cancel();
    QVERIFY(finishOnce(*job, spy));
    QVERIFY(job->error().isCancelled());
    // The queued start must not run the command after all. Proving that something does not
    // happen takes a little time: this is the one fixed wait, and a bound, not a synchronisation.
    QTest::qWait(200);
    QVERIFY(!QFileInfo::exists(marker));
    QCOMPARE(spy.size(), 1);
}

void TestSecretCommand::asynchronousAndAutoDelete()
{
    QPointer<SecretCommandJob> job
        = new SecretCommandJob({u"/usr/bin/printf"_s, u"fake-secret\\n"_s});
    QSignalSpy spy(job.data(), &Job::finished);
    // Nothing happens before control returns to the event loop.
    QCOMPARE(spy.size(), 0);
    QVERIFY(!job->isFinished());
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    QTRY_VERIFY(job.isNull());
}

void TestSecretCommand::defaults()
{
    // Destroyed before the event loop runs: the command never starts.
    SecretCommandJob job({u"pass"_s, u"show"_s, u"exoscale"_s});
    job.setAutoDelete(false);
    QCOMPARE(job.timeout(), std::chrono::milliseconds(30s));
    QCOMPARE(job.command(), (QStringList{u"pass"_s, u"show"_s, u"exoscale"_s}));
}

void TestSecretCommand::endlessOutputIsCapped_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("yes") << QStringList{u"yes"_s};
    QTest::newRow("one endless line")
        << QStringList{u"sh"_s, u"-c"_s, u"exec tr '\\0' x < /dev/zero"_s};
    QTest::newRow("endless error output") << QStringList{u"sh"_s, u"-c"_s, u"exec yes >&2"_s};
}

void TestSecretCommand::endlessOutputIsCapped()
{
    QFETCH(QStringList, command);
    auto job = makeJob(command);
    QSignalSpy spy(job.get(), &Job::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(finishOnce(*job, spy));
    // Stopped at the cap, not by the 30 s timeout (yes prints hundreds of MB a second).
    QVERIFY2(elapsed.elapsed() < 5000, "the output was not capped");
    QCOMPARE(job->error().code(), Error::Code::OperationFailed);
    const QString message = job->error().message();
    QVERIFY2(message.contains(u"more than 64 KiB"_s), qPrintable(message));
    QVERIFY2(message.contains(command.constFirst()), qPrintable(message));
    QVERIFY(job->takeSecret().isEmpty());
}

void TestSecretCommand::outputUpToTheCapIsRead()
{
    // A long first line, and more lines, in all just under the cap: still a secret.
    auto job = makeJob(
        {u"sh"_s, u"-c"_s, u"head -c 60000 /dev/zero | tr '\\0' s; printf '\\nfake-rest\\n'"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    QCOMPARE(job->takeSecret().utf8(), QByteArray(60000, 's'));
}

void TestSecretCommand::secretVariablesWithheld()
{
    // Set in this process, the parent: the command must not see them.
    const QList<QByteArray> withheld = {"EXOSCALE_API_SECRET", "EXOSCALE_API_SECRET_PROD",
        "KEYPORT_TEST_SECRET", "KEYPORT_TEST_db_password", "KEYPORT_TEST_TOKEN", "GLIBC_TUNABLES"};
    for (const QByteArray &name : withheld)
        qputenv(name.constData(), "fake-withheld-value");
    qputenv("KEYPORT_TEST_VISIBLE", "fake-visible-value");
    const auto restore = qScopeGuard([&withheld] {
        for (const QByteArray &name : withheld)
            qunsetenv(name.constData());
        qunsetenv("KEYPORT_TEST_VISIBLE");
    });

    // The first line is the secret: env's whole output goes on one line.
    auto job = makeJob({u"sh"_s, u"-c"_s, u"env | tr '\\n' ' '; echo"_s});
    QSignalSpy spy(job.get(), &Job::finished);
    QVERIFY(finishOnce(*job, spy));
    QVERIFY2(!job->error(), qPrintable(job->error().message()));
    const QByteArray env = job->takeSecret().utf8();
    // The environment is not printed on failure: it may hold the machine's own secrets.
    QVERIFY(env.contains("KEYPORT_TEST_VISIBLE=fake-visible-value"));
    QVERIFY(env.contains("PATH="));
    QVERIFY(!env.contains("fake-withheld-value"));
    for (const QByteArray &name : withheld)
        QVERIFY2(!env.contains(QByteArray(name + '=')), name.constData());

    const QProcessEnvironment filtered
        = SecretCommandJob::environment(QProcessEnvironment::systemEnvironment());
    QVERIFY(filtered.contains(u"KEYPORT_TEST_VISIBLE"_s));
    QVERIFY(!filtered.contains(u"EXOSCALE_API_SECRET"_s));
}

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secretcommand.moc"
