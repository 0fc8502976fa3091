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

OperationJob::OperationJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body,
    Retry retry, ErrorMapper::Action action)
    : ApiJob(client, std::move(method), std::move(path), std::move(body), retry, action)
{ }

OperationJob *OperationJob::get(ExoscaleClient *client, const QString &operationId)
{
    return new OperationJob(client, "GET", QStringLiteral("/operation/") + escaped(operationId), {},
        Retry::Never, ErrorMapper::Action::GetOperation);
}

OperationJob *OperationJob::revokeAccessKey(ExoscaleClient *client, const QString &keyId)
{
    // Deleting a key is idempotent: a second DELETE finds nothing to delete.
    return new OperationJob(client, "DELETE", QStringLiteral("/access-key/") + escaped(keyId), {},
        Retry::Idempotent, ErrorMapper::Action::RevokeKey);
}

OperationJob *OperationJob::send(ExoscaleClient *client, QByteArray method, QString encodedPath,
    QByteArray body, Retry retry, ErrorMapper::Action action)
{
    return new OperationJob(
        client, std::move(method), std::move(encodedPath), std::move(body), retry, action);
}

OperationJob *OperationJob::refused(ExoscaleClient *client, const Error &error, QByteArray method,
    QString encodedPath, ErrorMapper::Action action)
{
    auto *job = new OperationJob(
        client, std::move(method), std::move(encodedPath), {}, Retry::Never, action);
    job->refuseBeforeSending(error);
    return job;
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
