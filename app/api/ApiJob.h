// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Job.h"
#include "ErrorMapper.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace Keyport {

class ExoscaleClient;

/// One signed request to the API, with the client's timeout and, for idempotent requests, its
/// retry policy; it ends within the policy's budget however many attempts it takes. Subclasses
/// read the answer in parseResponse() and say what the request is for (action()).
class ApiJob : public Job
{
    Q_OBJECT

public:
    enum class Retry { Idempotent, Never };

    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    /// HTTP status of the last answer; 0 when none came.
    int httpStatus() const { return m_httpStatus; }
    /// How many times the request was sent.
    int attempts() const { return m_attempts; }
    /// The wait the last answer asked for (its Retry-After header), if it asked for one.
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    /// What the request is for; a refusal names it.
    ErrorMapper::Action action() const { return m_action; }

protected:
    ApiJob(ExoscaleClient *client, QByteArray method, QString encodedPath, QByteArray body,
        Retry retry, ErrorMapper::Action action);

    /// Ends the job with @p error when it starts, before anything is sent: for input that is
    /// checked when the job is made. Call from the subclass's constructor.
    void refuseBeforeSending(const Error &error) { m_refusal = error; }

    /// Reads a 2xx answer; returns an error when it cannot.
    virtual Error parseResponse(const QByteArray &body) = 0;
    /// What a worker's reading of the answer hands back to the UI thread: it stores the result
    /// in the job and returns the error, if any, the job ends with.
    using ParsedApply = std::function<Error()>;
    /// A reading of a 2xx answer run on a worker thread. It must own copies of everything it
    /// reads and must not touch the job; it may capture the job's address for its ParsedApply.
    using WorkerParse = std::function<ParsedApply(const QByteArray &body)>;
    /// A subclass whose answer is large returns its reading here: it runs on the global thread
    /// pool and its result is applied on the UI thread as the job's finish (never after the job
    /// was cancelled or destroyed). parseResponse() is then not called. Empty by default.
    virtual WorkerParse workerParse() { return {}; }
    /// The usual worker reading: @p read (a function of the body returning a Result) on the
    /// worker, its value moved into @p into (a member of the job) on the UI thread.
    template <typename Read, typename Value> static WorkerParse readInto(Read read, Value *into)
    {
        return [read, into](const QByteArray &body) -> ParsedApply {
            auto result = read(body);
            if (!result)
                return [error = result.error()] { return error; };
            return [into, value = std::move(result).value()]() mutable {
                *into = std::move(value);
                return Error();
            };
        };
    }

    /// The answer carries a secret (a create): its bytes are wiped once read.
    virtual bool answerHoldsSecret() const { return false; }

    void start() override;
    void abort() override;

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    void parseOnWorker(WorkerParse parse, const QByteArray &body);
    void retryOrFinish(const Error &error, std::optional<std::chrono::milliseconds> retryAfter);
    QString label() const;
    std::chrono::milliseconds elapsed() const;

    QPointer<ExoscaleClient> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    Retry m_retry;
    ErrorMapper::Action m_action;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_parseWatcher;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_httpStatus = 0;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    Error m_refusal;
};

} // namespace Keyport
