// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "domain/Endpoint.h"
#include "PollPolicy.h"
#include "RequestSigner.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Keyport {

class AccessKeyJob;
class AccessKeyListJob;
class AsyncOperationJob;
class CatalogJob;
class KeyDraft;
class OperationJob;

struct ClientOptions
{
    /// For one attempt of one request, from sending to the last byte of the answer; all attempts
    /// together stay within retry.budget.
    std::chrono::milliseconds timeout{30000};
    RetryPolicy retry;
    /// After this long without every answer of a load, the window says the server has not
    /// answered yet and offers to cancel or try again.
    std::chrono::milliseconds stillWaitingNotice{8000};
    PollPolicy poll;
    Clock clock = systemClock();
};

/// Speaks the legacy IAM access-key API of one account (API.md §1), signing every request with
/// the account's key. Each call returns a job that starts once control returns to the event loop
/// and deletes itself after finished(). Jobs are children of the client: they die with it.
class ExoscaleClient : public QObject
{
    Q_OBJECT

public:
    ExoscaleClient(QNetworkAccessManager *network, Endpoint endpoint, QString apiKey,
        Secret apiSecret, QObject *parent = nullptr);
    ~ExoscaleClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    QString apiKey() const { return m_signer.apiKey(); }
    /// False when the API key id cannot be put into a request header (RequestSigner::canSign):
    /// then nothing is ever sent.
    bool canSign() const { return m_signer.canSign(); }
    const ClientOptions &options() const { return m_options; }
    void setOptions(ClientOptions options) { m_options = std::move(options); }

    AccessKeyListJob *listAccessKeys();
    AccessKeyJob *getAccessKey(const QString &keyId);
    /// Never retried automatically (a create that timed out may have succeeded).
    AccessKeyJob *createAccessKey(const KeyDraft &draft);
    /// Every operation a key may be restricted to.
    CatalogJob *listKnownOperations();
    /// The operations the signing key itself may use.
    CatalogJob *listOwnOperations();
    /// Revokes the key and waits for the server to finish.
    AsyncOperationJob *revokeAccessKey(const QString &keyId);
    /// One read of an operation's state.
    OperationJob *getOperation(const QString &operationId);

    /// "Keyport/<version> Qt/<version>"
    static QByteArray userAgent();

    /// Signs and sends one request; the body that is signed is the buffer that is sent. With
    /// @p sendOnce, the network layer may not send it again by itself. Null, and nothing sent,
    /// without network access or when !canSign(). For ApiJob.
    QNetworkReply *sendSigned(const QByteArray &method, const QString &encodedPath,
        const QByteArray &body, bool sendOnce);

private:
    QPointer<QNetworkAccessManager> m_network;
    Endpoint m_endpoint;
    RequestSigner m_signer;
    ClientOptions m_options;
};

} // namespace Keyport
