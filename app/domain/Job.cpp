// SPDX-License-Identifier: GPL-3.0-or-later
#include "Job.h"

#include <QMetaObject>

namespace Keyport {

Job::Job(QObject *parent)
    : QObject(parent)
{
    // Queued: the creator connects to finished() first, and even an early failure is reported
    // asynchronously.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                start();
        },
        Qt::QueuedConnection);
}

Job::~Job() = default;

void Job::cancel()
{
    if (m_finished)
        return;
    cancelRequested();
}

void Job::cancelRequested()
{
    abort();
    emitResult(Error::cancelled());
}

void Job::emitResult(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Keyport
