// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "domain/Secret.h"
#include "secrets/SecretJob.h"

#include <QObject>

namespace Keyport {

/// Records how one SecretJob ended, so that a test can look at it after the job has deleted
/// itself. The watcher is the context of its connection: a job that outlives it (in a test that
/// failed early) writes nowhere.
class SecretJobWatcher : public QObject
{
public:
    explicit SecretJobWatcher(SecretJob *job, QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(job, &Job::finished, this, [this, job] {
            ++m_finishedCount;
            m_error = job->error();
            if (job->kind() == SecretJob::Kind::Read)
                m_secret = job->takeSecret();
        });
    }

    bool isFinished() const { return m_finishedCount > 0; }
    int finishedCount() const { return m_finishedCount; }
    Error error() const { return m_error; }
    Error::Code code() const { return m_error.code(); }
    /// What a read found.
    const Secret &secret() const { return m_secret; }

private:
    int m_finishedCount = 0;
    Error m_error;
    Secret m_secret;
};

} // namespace Keyport
