// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/Operation.h"

namespace Keyport {

/// A request whose answer is an Operation: get-operation, or one that starts an asynchronous
/// job (revoke-access-key).
class OperationJob : public ApiJob
{
    Q_OBJECT

public:
    /// A single attempt: the caller (AsyncOperationJob) counts poll errors itself.
    static OperationJob *get(ExoscaleClient *client, const QString &operationId);
    static OperationJob *revokeAccessKey(ExoscaleClient *client, const QString &keyId);
    /// Any other request whose answer is an Operation (the IAM v3 mutations).
    static OperationJob *send(ExoscaleClient *client, QByteArray method, QString encodedPath,
        QByteArray body, Retry retry, ErrorMapper::Action action);
    /// A job that sends nothing and finishes with @p error (input refused before sending).
    static OperationJob *refused(ExoscaleClient *client, const Error &error, QByteArray method,
        QString encodedPath, ErrorMapper::Action action);

    const Operation &operation() const { return m_operation; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    OperationJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body,
        Retry retry, ErrorMapper::Action action);

    Operation m_operation;
};

} // namespace Keyport
