// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingJobCounter.h"

#include "domain/Job.h"

#include <QMetaObject>

namespace Keyport {

PendingJobCounter::PendingJobCounter(QObject *parent)
    : QObject(parent)
{ }

void PendingJobCounter::add(Job *job)
{
    m_jobs.insert(job);
    connect(job, &Job::finished, this, [this, job] { release(job); });
    // A job deleted before it finished (its owner went away) is no longer pending either.
    connect(job, &QObject::destroyed, this, &PendingJobCounter::release);
}

void PendingJobCounter::release(QObject *job)
{
    if (!m_jobs.remove(job) || !m_jobs.isEmpty() || m_drainScheduled)
        return;
    // Queued: the counter hears finished() before the job's other listeners do.
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &PendingJobCounter::emitDrainedIfEmpty, Qt::QueuedConnection);
}

void PendingJobCounter::emitDrainedIfEmpty()
{
    m_drainScheduled = false;
    if (m_jobs.isEmpty())
        Q_EMIT drained();
}

} // namespace Keyport
