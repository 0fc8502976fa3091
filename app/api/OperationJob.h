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

    const Operation &operation() const { return m_operation; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    OperationJob(ExoscaleClient *client, QByteArray method, QString path, Retry retry);

    Operation m_operation;
};

} // namespace Keyport
