// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncOperationJob.h"

#include "ExoscaleClient.h"
#include "Logging.h"
#include "OperationJob.h"

#include <chrono>
#include <utility>

namespace Keyport {

AsyncOperationJob::AsyncOperationJob(ExoscaleClient *client, OperationJob *initial)
    : Job(client)
    , m_client(client)
    , m_current(initial)
{
    m_startedAt = client->options().clock();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &AsyncOperationJob::poll);
    connect(initial, &Job::finished, this, [this, initial] { onInitialFinished(initial); });
}

AsyncOperationJob::~AsyncOperationJob()
{
    abort();
}

void AsyncOperationJob::start()
{
    // The initial request starts on its own.
}

void AsyncOperationJob::abort()
{
    m_pollTimer.stop();
    if (m_current) {
        m_current->disconnect(this);
        m_current->cancel();
    }
}

void AsyncOperationJob::onInitialFinished(OperationJob *job)
{
    m_current = nullptr;
    if (job->error()) {
        if (alreadyDone(job->error())) {
            qCInfo(lcApi).noquote() << "already done:" << job->error().detail();
            emitResult();
            return;
        }
        emitResult(job->error());
        return;
    }
    handle(job->operation());
}

void AsyncOperationJob::poll()
{
    if (!m_client) {
        emitResult(Error::cancelled());
        return;
    }
    ++m_polls;
    OperationJob *job = OperationJob::get(m_client, m_operation.id);
    m_current = job;
    connect(job, &Job::finished, this, [this, job] { onPollFinished(job); });
}

void AsyncOperationJob::onPollFinished(OperationJob *job)
{
    m_current = nullptr;
    if (job->error()) {
        if (job->error().isCancelled() || !m_client) {
            emitResult(job->error());
            return;
        }
        ++m_consecutiveErrors;
        qCInfo(lcApi).noquote() << "poll of operation" << m_operation.id << "failed ("
                                << m_consecutiveErrors << "in a row):" << job->error().detail();
        if (m_consecutiveErrors >= m_client->options().poll.maxConsecutiveErrors) {
            emitResult(job->error());
            return;
        }
        // The server said when to ask again: polling sooner would only be refused again.
        const auto code = job->error().code();
        const bool honour = code == Error::Code::RateLimited
            || (code == Error::Code::ServerError && job->httpStatus() == 503);
        scheduleNextPoll(honour ? job->retryAfter() : std::nullopt);
        return;
    }
    m_consecutiveErrors = 0;
    handle(job->operation());
}

void AsyncOperationJob::handle(const Operation &operation)
{
    // A poll's answer may leave out the reference the first answer gave (the new role's id).
    const Operation previous = std::exchange(m_operation, operation);
    if (m_operation.referenceId.isEmpty()) {
        m_operation.referenceId = previous.referenceId;
        m_operation.referenceLink = previous.referenceLink;
        m_operation.referenceCommand = previous.referenceCommand;
    }
    switch (operation.state) {
    case Operation::State::Success:
        emitResult(checkSuccess(m_operation));
        return;
    case Operation::State::Failure:
        emitResult(Error(Error::Code::OperationFailed,
            operation.message.isEmpty()
                ? tr("Exoscale could not complete the operation (%1).")
                      .arg(operation.reason.isEmpty() ? tr("no reason given") : operation.reason)
                : tr("Exoscale could not complete the operation: %1").arg(operation.message),
            QStringLiteral("operation %1 failed: %2 %3")
                .arg(operation.id, operation.reason, operation.message)));
        return;
    case Operation::State::Timeout:
        emitResult(Error(Error::Code::OperationFailed,
            tr("Exoscale gave up on the operation: it took too long on the server. "
               "Try again."),
            QStringLiteral("operation %1 timed out").arg(operation.id)));
        return;
    case Operation::State::Pending:
        if (operation.id.isEmpty()) {
            emitResult(Error::malformedResponse(tr("a pending operation has no id")));
            return;
        }
        Q_EMIT progressed();
        scheduleNextPoll();
        return;
    }
}

void AsyncOperationJob::scheduleNextPoll(std::optional<std::chrono::milliseconds> requested)
{
    const PollPolicy &policy = m_client->options().poll;
    const auto elapsed
        = std::chrono::milliseconds(m_startedAt.msecsTo(m_client->options().clock()));
    if (elapsed >= policy.maxWait || (requested && elapsed + *requested > policy.maxWait)) {
        // A Retry-After beyond the budget: waiting for it would only end in the same answer.
        giveUp(elapsed);
        return;
    }
    if (requested) {
        qCInfo(lcApi).noquote() << "polling operation" << m_operation.id << "again in"
                                << requested->count() << "ms, as the server asked";
    }
    m_pollTimer.start(requested ? *requested : policy.intervalAfter(elapsed));
}

void AsyncOperationJob::giveUp(std::chrono::milliseconds elapsed)
{
    emitResult(Error(Error::Code::Timeout,
        tr("Exoscale has not finished the operation after %n minute(s); it may "
           "still complete. Refresh later to see the outcome.",
            nullptr, int(elapsed.count() / 60000)),
        QStringLiteral("operation %1 still pending after %2 ms")
            .arg(m_operation.id)
            .arg(elapsed.count())));
}

} // namespace Keyport
