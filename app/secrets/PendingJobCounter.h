// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

namespace Keyport {

class Job;

/// Counts a store's jobs that have not finished yet, and says when the last one has: what
/// SecretStore::pendingJobs() and SecretStore::idle() report.
class PendingJobCounter : public QObject
{
    Q_OBJECT

public:
    explicit PendingJobCounter(QObject *parent = nullptr);

    /// Counts @p job until it finishes or is destroyed.
    void add(Job *job);
    int count() const { return static_cast<int>(m_jobs.size()); }

Q_SIGNALS:
    /// The count dropped to zero and stayed there until control returned to the event loop, so
    /// that every slot connected to the last job's finished() has run first.
    void drained();

private:
    void release(QObject *job);
    void emitDrainedIfEmpty();

    QSet<QObject *> m_jobs;
    bool m_drainScheduled = false;
};

} // namespace Keyport
