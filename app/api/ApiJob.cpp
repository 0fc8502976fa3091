// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJob.h"

#include "ErrorMapper.h"
#include "ExoscaleClient.h"
#include "Logging.h"
#include "RetryPolicy.h"

#include <QFutureWatcher>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>

#include <cstring>

namespace Keyport {

namespace {
// No answer of this API comes near this; a larger one is garbage or an attack on memory.
constexpr qint64 maximumResponseSize = 256 * 1024 * 1024;

} // namespace

ApiJob::ApiJob(ExoscaleClient *client, QByteArray method, QString encodedPath, QByteArray body,
    Retry retry, ErrorMapper::Action action)
    : Job(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(encodedPath))
    , m_body(std::move(body))
    , m_retry(retry)
    , m_action(action)
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::send);
}

ApiJob::~ApiJob()
{
    abort();
}

QString ApiJob::label() const
{
    return QString::fromLatin1(m_method) + u' '
        + (m_client ? m_client->endpoint().baseUrl().path() : QString()) + m_path;
}

std::chrono::milliseconds ApiJob::elapsed() const
{
    return std::chrono::milliseconds(m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
}

void ApiJob::start()
{
    if (m_refusal) {
        qCInfo(lcApi).noquote() << label() << "not sent:" << m_refusal.message();
        emitResult(m_refusal);
        return;
    }
    m_elapsed.start();
    send();
}

void ApiJob::abort()
{
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    if (m_parseWatcher) {
        // The worker runs on with its own copies; its result is dropped with the watcher.
        QObject *watcher = m_parseWatcher;
        m_parseWatcher = nullptr;
        watcher->disconnect(this);
        delete watcher;
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::send()
{
    if (!m_client) {
        emitResult(Error::cancelled());
        return;
    }
    if (!m_client->canSign()) {
        emitResult(Error(Error::Code::InvalidInput,
            tr("The account's API key is not a valid Exoscale key id, so no request was sent."),
            label() + QStringLiteral(": the key id cannot be put in a request header")));
        return;
    }
    const auto attemptTimeout
        = m_client->options().retry.attemptTimeout(m_client->options().timeout, elapsed());
    if (attemptTimeout.count() <= 0) {
        emitResult(ErrorMapper::timeout(label(), elapsed()));
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_retryAfter.reset();
    m_reply = m_client->sendSigned(m_method, m_path, m_body, m_retry == Retry::Never);
    if (!m_reply) {
        emitResult(Error(Error::Code::Network, tr("Keyport's network access is not available."),
            label() + QStringLiteral(": no network access manager")));
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > maximumResponseSize && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timeoutTimer.start(attemptTimeout);
}

void ApiJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    qCInfo(lcApi).noquote() << label() << "->" << m_httpStatus << "in" << m_elapsed.elapsed()
                            << "ms, attempt" << m_attempts;

    if (m_timedOut) {
        // Aborted: the reply is closed, and there is nothing to read.
        retryOrFinish(ErrorMapper::timeout(label(), elapsed()), {});
        return;
    }
    if (m_tooLarge) {
        emitResult(Error::malformedResponse(tr("the answer is larger than %n MiB", nullptr,
            int(maximumResponseSize / (1024 * 1024)))));
        return;
    }
    if (m_httpStatus == 0) {
        retryOrFinish(ErrorMapper::fromNetwork(reply->error(), reply->errorString(), label()), {});
        return;
    }
    QByteArray body = reply->isReadable() ? reply->readAll() : QByteArray();
    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        const auto now = m_client->options().clock();
        const auto retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), now);
        m_retryAfter = retryAfter;
        std::optional<std::chrono::seconds> retryAfterSeconds;
        if (retryAfter)
            retryAfterSeconds = std::chrono::ceil<std::chrono::seconds>(*retryAfter);
        retryOrFinish(
            ErrorMapper::fromHttp(m_httpStatus, body, label(), retryAfterSeconds, m_action),
            retryAfter);
        return;
    }
    if (WorkerParse parse = workerParse()) {
        parseOnWorker(std::move(parse), body);
        return;
    }
    const Error parseError = parseResponse(body);
    if (answerHoldsSecret() && body.isDetached())
        explicit_bzero(body.data(), size_t(body.size()));
    if (parseError)
        qCWarning(lcApi).noquote() << label() << "unreadable answer:" << parseError.detail();
    emitResult(parseError);
}

void ApiJob::parseOnWorker(WorkerParse parse, const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<ParsedApply>>();
    auto *watcher = new QFutureWatcher<ParsedApply>(this);
    m_parseWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_parseWatcher != watcher)
            return;
        m_parseWatcher = nullptr;
        watcher->deleteLater();
        const QFuture<ParsedApply> future = watcher->future();
        const ParsedApply apply = future.resultCount() > 0 ? future.result() : ParsedApply();
        const Error parseError
            = apply ? apply() : Error::malformedResponse(QStringLiteral("no reading"));
        if (parseError)
            qCWarning(lcApi).noquote() << label() << "unreadable answer:" << parseError.detail();
        emitResult(parseError);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, parse = std::move(parse), body]() {
        promise->addResult(parse(body));
        promise->finish();
    });
}

void ApiJob::retryOrFinish(const Error &error, std::optional<std::chrono::milliseconds> retryAfter)
{
    const RetryPolicy &policy = m_client->options().retry;
    const auto delay = policy.delayBefore(m_attempts, retryAfter);
    const bool mayRetry = m_retry == Retry::Idempotent && RetryPolicy::isRetryable(error)
        && m_attempts <= policy.maxRetries && (!retryAfter || *retryAfter <= policy.maxRetryAfter)
        && policy.retryFits(elapsed(), delay);
    if (!mayRetry) {
        if (error.code() != Error::Code::Cancelled)
            qCWarning(lcApi).noquote() << error.detail();
        emitResult(error);
        return;
    }
    qCInfo(lcApi).noquote() << error.detail() << "- retrying in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}

} // namespace Keyport
