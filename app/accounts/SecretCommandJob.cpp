// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCommandJob.h"

#include "accounts/AccountsLogging.h"

#include <algorithm>
#include <cstring>

namespace Keyport {

namespace {

// Enough for a sentence of explanation; a program may pour anything into its error output.
constexpr qsizetype maxErrorLength = 200;

/// Whether the variable @p name must not reach the command: Keyport's own credentials and
/// anything that looks like a secret, which the command has no business reading; and
/// GLIBC_TUNABLES, which changes how the C library of the command behaves.
bool isWithheld(const QString &name)
{
    const QString upper = name.toUpper();
    static const QStringList secretWords = {QStringLiteral("SECRET"), QStringLiteral("PASSWORD"),
        QStringLiteral("PASSWD"), QStringLiteral("TOKEN")};
    return upper.startsWith(u"EXOSCALE_API_SECRET") || upper == u"GLIBC_TUNABLES"
        || std::any_of(secretWords.cbegin(), secretWords.cend(),
            [&upper](const QString &word) { return upper.contains(word); });
}

QString firstLine(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    return QString::fromUtf8(bytes.constData(), end).trimmed().left(maxErrorLength);
}

void wipe(QByteArray &bytes, qsizetype from = 0)
{
    // Only wipe memory we own alone: detaching a shared buffer would wipe a fresh copy instead.
    if (from < bytes.size() && bytes.isDetached()) {
        explicit_bzero(bytes.data() + from, static_cast<size_t>(bytes.size() - from));
    }
    bytes.truncate(from);
}

} // namespace

SecretCommandJob::SecretCommandJob(QStringList command, QObject *parent)
    : Job(parent)
    , m_command(std::move(command))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretCommandJob::onTimeout);
}

SecretCommandJob::~SecretCommandJob()
{
    releaseProcess();
}

QString SecretCommandJob::program() const
{
    return m_command.value(0);
}

void SecretCommandJob::start()
{
    if (program().isEmpty()) {
        fail(Error::Code::InvalidInput, tr("No command to run was given."));
        return;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program());
    m_process->setArguments(m_command.mid(1));
    // No input: a command waiting for a typed answer would only run into the timeout.
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    connect(m_process.get(), &QProcess::errorOccurred, this, &SecretCommandJob::onErrorOccurred);
    connect(m_process.get(), &QProcess::finished, this, &SecretCommandJob::onFinished);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
        &SecretCommandJob::onStandardOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
        &SecretCommandJob::onStandardError);

    qCDebug(lcAccounts) << "running secret command" << program();
    m_elapsed.start();
    m_timer.start(m_timeout);
    m_process->start();
}

void SecretCommandJob::abort()
{
    m_timer.stop();
    releaseProcess();
    m_secret.wipe();
}

QProcessEnvironment SecretCommandJob::environment(const QProcessEnvironment &parent)
{
    QProcessEnvironment result = parent;
    const QStringList names = parent.keys();
    for (const QString &name : names) {
        if (isWithheld(name))
            result.remove(name);
    }
    return result;
}

void SecretCommandJob::onStandardOutput()
{
    // QProcess keeps what it reads until it is read: a command that never stops printing (such
    // as yes) would fill memory long before the timeout. The output stays there until the end,
    // so that only one copy of the secret ever exists.
    if (m_process->bytesAvailable() > maxOutputSize)
        failTooMuchOutput();
}

void SecretCommandJob::onStandardError()
{
    m_errorOutput += m_process->readAllStandardError();
    if (m_errorOutput.size() > maxOutputSize)
        failTooMuchOutput();
}

void SecretCommandJob::failTooMuchOutput()
{
    QByteArray discarded = m_process->readAllStandardOutput();
    wipe(discarded);
    fail(Error::Code::OperationFailed,
        tr("The command %1 printed more than %2 KiB, which cannot be a secret, and was "
           "stopped.")
            .arg(program(), QString::number(maxOutputSize / 1024)));
}

void SecretCommandJob::onErrorOccurred(QProcess::ProcessError error)
{
    // A crash is reported by finished() as well; other errors cannot end the process.
    if (error != QProcess::FailedToStart)
        return;
    fail(Error::Code::OperationFailed,
        tr("The command %1 could not be started: %2").arg(program(), m_process->errorString()));
}

void SecretCommandJob::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_timer.stop();
    qCDebug(lcAccounts) << "secret command" << program() << "ended with" << exitStatus << exitCode
                        << "after" << m_elapsed.elapsed() << "ms";

    QByteArray output = m_process->readAllStandardOutput();
    if (exitStatus == QProcess::CrashExit || exitCode != 0) {
        // Whatever it printed before failing may be (part of) a secret.
        wipe(output);
        if (exitStatus == QProcess::CrashExit) {
            fail(Error::Code::OperationFailed, tr("The command %1 crashed.").arg(program()));
            return;
        }
        m_errorOutput += m_process->readAllStandardError();
        const QString reason = firstLine(m_errorOutput);
        fail(Error::Code::OperationFailed,
            reason.isEmpty() ? tr("The command %1 failed with exit code %2.")
                                   .arg(program(), QString::number(exitCode))
                             : tr("The command %1 failed with exit code %2: %3")
                                   .arg(program(), QString::number(exitCode), reason));
        return;
    }

    // The secret is the first line, as for the exo CLI; the rest is wiped before it is freed.
    qsizetype end = output.indexOf('\n');
    if (end < 0)
        end = output.size();
    if (end > 0 && output.at(end - 1) == '\r')
        --end;
    wipe(output, end);
    if (output.isEmpty()) {
        fail(Error::Code::OperationFailed,
            tr("The command %1 printed no secret: its first line of output is empty.")
                .arg(program()));
        return;
    }
    m_secret = Secret::fromUtf8(std::move(output));
    releaseProcess();
    emitResult();
}

void SecretCommandJob::onTimeout()
{
    const auto seconds
        = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_timeout).count());
    fail(Error::Code::Timeout,
        tr("The command %1 did not finish within %n second(s) and was stopped.", nullptr,
            std::max(seconds, 1))
            .arg(program()));
}

void SecretCommandJob::fail(Error::Code code, const QString &message)
{
    m_timer.stop();
    m_errorOutput.clear();
    releaseProcess();
    m_secret.wipe();
    // The message may quote the command's error output: the log gets the kind of failure only.
    qCInfo(lcAccounts) << "secret command" << program() << "failed, error code" << int(code);
    emitResult(Error(code, message));
}

void SecretCommandJob::releaseProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process.release();
    process->disconnect(this);
    // Deleted later, not now: this may run inside one of its signals. A process that still runs
    // is killed and deleted once it has ended, since ~QProcess would block until it does.
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, process, &QObject::deleteLater);
    process->kill();
}

} // namespace Keyport
