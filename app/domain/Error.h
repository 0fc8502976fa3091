// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace Keyport {

/// The one error type of Keyport: a code a program can act on, the HTTP status when there was
/// one, a translated message for people, and a detail for the log (never a secret).
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Error)

public:
    enum class Code {
        None,
        Cancelled, ///< The user or the program gave up; never shown.
        InvalidInput, ///< Keyport refused the input before sending anything.
        InvalidEndpoint,
        InsecureEndpoint,
        Network, ///< No connection, DNS failure, connection dropped, TLS failure.
        Timeout, ///< No complete answer in time; the request may still have taken effect.
        AccessDenied, ///< 403: bad or expired signature, or an operation the key may not use.
        NotFound, ///< 404
        Conflict, ///< 409, 412
        InvalidRequest, ///< 400, 422 and other 4xx: the server refused the request.
        RateLimited, ///< 429
        ServerError, ///< 5xx
        MalformedResponse, ///< The answer could not be understood.
        GenerationMismatch, ///< An IAM v3 API key cannot create legacy access keys.
        OperationFailed, ///< An asynchronous operation ended in failure or timeout.
        Keychain, ///< The secret store failed.
        KeychainUnavailable, ///< No Secret Service (keychain) is reachable.
        KeychainDenied, ///< The keychain is locked, or the user declined to unlock it.
        /// The keychain could not be reached: Keyport deletes the entries it still holds there
        /// once it can (AccountStore::pendingDeletions()). The rest of the work was done.
        KeychainDeferred,
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {}, int httpStatus = 0);

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }
    bool isCancelled() const { return m_code == Code::Cancelled; }

    /// HTTP status of the answer that caused the error, 0 when there was none.
    int httpStatus() const { return m_httpStatus; }
    /// Translated, whole sentence(s) for people.
    QString message() const { return m_message; }
    /// For the log: request, status, server text. Never holds a secret.
    QString detail() const { return m_detail; }
    /// What the server said, verbatim, if it said anything.
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &text) { m_serverMessage = text; }
    /// How long the server asked to wait before the next request (Retry-After), if it did.
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::optional<std::chrono::milliseconds> wait) { m_retryAfter = wait; }

    static Error cancelled();
    static Error invalidInput(const QString &message);
    static Error malformedResponse(const QString &what);

private:
    Code m_code = Code::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_detail;
    QString m_serverMessage;
    std::optional<std::chrono::milliseconds> m_retryAfter;
};

} // namespace Keyport
