// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Job.h"
#include "domain/Secret.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Keyport {

/// Runs an exo CLI secretCommand (such as ["pass", "show", "exoscale"]) and takes the first line
/// it prints as the secret. The program runs directly, without a shell, with no input; nothing
/// it prints is logged or kept beyond the Secret.
///
/// Errors, each with a plain message naming the program: it could not be started, it exited
/// with a non-zero code (the message quotes the first line of its error output), it crashed, or
/// it printed nothing, or it printed more than maxOutputSize (the process is killed at once) (all
/// OperationFailed); it did not finish in time (Timeout; the process is killed). cancel() kills
/// the process too. The command does not inherit Keyport's secret-looking environment
/// variables (environment()).
class SecretCommandJob : public Job
{
    Q_OBJECT

public:
    /// @p command is the program followed by its arguments.
    explicit SecretCommandJob(QStringList command, QObject *parent = nullptr);
    ~SecretCommandJob() override;

    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(30);
    /// The most a command may print on either of its outputs; with more, it is stopped.
    static constexpr qint64 maxOutputSize = 64 * 1024;

    /// The environment the command runs in: @p parent without EXOSCALE_API_SECRET*, without any
    /// variable whose name contains SECRET, PASSWORD, PASSWD or TOKEN (in any case), and
    /// without GLIBC_TUNABLES.
    static QProcessEnvironment environment(const QProcessEnvironment &parent);

    QStringList command() const { return m_command; }
    /// How long the command may run before it is killed; set it before the job starts.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// The secret read, moved out; empty on error.
    Secret takeSecret() { return std::move(m_secret); }

protected:
    void start() override;
    void abort() override;

private:
    void onStandardOutput();
    void onStandardError();
    void failTooMuchOutput();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onTimeout();
    void fail(Error::Code code, const QString &message);
    /// Lets go of the process, killing it if it still runs, without waiting for it.
    void releaseProcess();
    QString program() const;

    QStringList m_command;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Secret m_secret;
    QByteArray m_errorOutput; ///< read as it comes, to count it
};

} // namespace Keyport
