// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QObject>

namespace Keyport {

/// A piece of asynchronous work (a request, a keychain access). It starts on its own once control
/// returns to the event loop, so connect to finished() right after creating it. It emits
/// finished() exactly once, never from inside the call that created it, then deletes itself.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    Error error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    /// Gives up: finished() follows with a Cancelled error (which is never shown to people). A
    /// job that must first find out what its work did (RevokeKeysFlow) finishes a little later,
    /// asynchronously, with what it found out. Does nothing after finished().
    void cancel();

    /// By default a job deletes itself after finished(); with false, its owner deletes it.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void finished();

protected:
    explicit Job(QObject *parent);

    virtual void start() = 0;
    /// Stops the work in progress; finished() is emitted by cancel().
    virtual void abort() { }
    /// What cancel() does: abort(), then finished() with a Cancelled error. A job that cannot
    /// finish at once overrides it and calls emitResult() itself later.
    virtual void cancelRequested();
    /// Ends the job with @p error (none for success). Calls after the first are ignored.
    void emitResult(const Error &error = {});

private:
    Error m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Keyport
