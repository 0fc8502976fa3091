// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Job.h"
#include "domain/Operation.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Keyport {

class ExoscaleClient;
class OperationJob;

/// Runs a request that starts an asynchronous Operation, then polls get-operation on the
/// client's PollPolicy until the Operation is no longer pending (API.md §1.3). Succeeds only
/// when the Operation ends in "success". A poll answered with 429 or 503 and a Retry-After waits
/// that long before the next poll instead of the fixed schedule; when that wait would go beyond
/// the policy's maxWait, the job ends at once with a Timeout.
class AsyncOperationJob : public Job
{
    Q_OBJECT

public:
    /// Takes over @p initial, which must not have finished yet.
    AsyncOperationJob(ExoscaleClient *client, OperationJob *initial);
    ~AsyncOperationJob() override;

    /// The last state seen.
    const Operation &operation() const { return m_operation; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    /// Emitted after each answer while the Operation is still pending.
    void progressed();

protected:
    void start() override;
    void abort() override;

    /// Whether the initial request's @p error means the work was already done (a deletion of
    /// something already gone): the job then succeeds without an Operation.
    virtual bool alreadyDone(const Error &error)
    {
        Q_UNUSED(error);
        return false;
    }
    /// Checks an Operation that ended in success; an error makes the job fail with it.
    virtual Error checkSuccess(const Operation &operation) const
    {
        Q_UNUSED(operation);
        return {};
    }

private:
    void onInitialFinished(OperationJob *job);
    void poll();
    void onPollFinished(OperationJob *job);
    void handle(const Operation &operation);
    /// After @p requested (a Retry-After), or else on the policy's schedule.
    void scheduleNextPoll(std::optional<std::chrono::milliseconds> requested = {});
    void giveUp(std::chrono::milliseconds elapsed);

    QPointer<ExoscaleClient> m_client;
    QPointer<OperationJob> m_current;
    QTimer m_pollTimer;
    QDateTime m_startedAt;
    Operation m_operation;
    int m_polls = 0;
    int m_consecutiveErrors = 0;
};

} // namespace Keyport
