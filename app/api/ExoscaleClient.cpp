// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExoscaleClient.h"

#include "AccessKeyJob.h"
#include "AccessKeyListJob.h"
#include "AsyncOperationJob.h"
#include "CatalogJob.h"
#include "OneShotBody.h"
#include "OperationJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Keyport {

ExoscaleClient::ExoscaleClient(QNetworkAccessManager *network, Endpoint endpoint, QString apiKey,
    Secret apiSecret, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_signer(std::move(apiKey), std::move(apiSecret))
{ }

ExoscaleClient::~ExoscaleClient() = default;

QByteArray ExoscaleClient::userAgent()
{
    return QByteArrayLiteral("Keyport/" KEYPORT_VERSION " Qt/") + qVersion();
}

AccessKeyListJob *ExoscaleClient::listAccessKeys()
{
    return new AccessKeyListJob(this);
}

AccessKeyJob *ExoscaleClient::getAccessKey(const QString &keyId)
{
    return AccessKeyJob::get(this, keyId);
}

AccessKeyJob *ExoscaleClient::createAccessKey(const KeyDraft &draft)
{
    return AccessKeyJob::create(this, draft);
}

CatalogJob *ExoscaleClient::listKnownOperations()
{
    return new CatalogJob(this, CatalogJob::Scope::Known);
}

CatalogJob *ExoscaleClient::listOwnOperations()
{
    return new CatalogJob(this, CatalogJob::Scope::Own);
}

AsyncOperationJob *ExoscaleClient::revokeAccessKey(const QString &keyId)
{
    return new AsyncOperationJob(this, OperationJob::revokeAccessKey(this, keyId));
}

OperationJob *ExoscaleClient::getOperation(const QString &operationId)
{
    return OperationJob::get(this, operationId);
}

QNetworkReply *ExoscaleClient::sendSigned(
    const QByteArray &method, const QString &encodedPath, const QByteArray &body, bool sendOnce)
{
    if (!m_network || !canSign())
        return nullptr;
    const QUrl url = m_endpoint.url(encodedPath);
    QNetworkRequest request(url);
    // A redirect would carry the signature elsewhere; the API never redirects.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    const QDateTime expires = m_options.clock().addSecs(RequestSigner::validitySeconds);
    request.setRawHeader("Authorization", m_signer.authorization(method, url, body, expires));
    if (!sendOnce || body.isEmpty())
        return m_network->sendCustomRequest(request, method, body);

    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // The answer to a create carries a new key's secret: the connection, and its buffers, are
    // closed after it instead of being kept for later requests.
    request.setRawHeader("Connection", "close");
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, device);
    device->setParent(reply);
    return reply;
}

} // namespace Keyport
