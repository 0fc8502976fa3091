// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationJob.h"

#include "ApiJson.h"

#include <QUrl>

namespace Keyport {

namespace {
QString escaped(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

OperationJob::OperationJob(ExoscaleClient *client, QByteArray method, QString path, Retry retry)
    : ApiJob(client, method, std::move(path), {}, retry,
        method == "DELETE" ? ErrorMapper::Action::RevokeKey : ErrorMapper::Action::GetOperation)
{ }

OperationJob *OperationJob::get(ExoscaleClient *client, const QString &operationId)
{
    return new OperationJob(
        client, "GET", QStringLiteral("/operation/") + escaped(operationId), Retry::Never);
}

OperationJob *OperationJob::revokeAccessKey(ExoscaleClient *client, const QString &keyId)
{
    // Deleting a key is idempotent: a second DELETE finds nothing to delete.
    return new OperationJob(
        client, "DELETE", QStringLiteral("/access-key/") + escaped(keyId), Retry::Idempotent);
}

Error OperationJob::parseResponse(const QByteArray &body)
{
    auto operation = ApiJson::parseOperation(body);
    if (!operation)
        return operation.error();
    m_operation = std::move(operation).value();
    return {};
}

} // namespace Keyport
