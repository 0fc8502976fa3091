// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Clock.h"
#include "domain/Catalog.h"
#include "domain/CreatedKey.h"
#include "domain/KeyDraft.h"
#include "domain/Operation.h"
#include "HttpServer.h"
#include "SandboxFault.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QFile;
class QIODevice;

namespace Keyport {

/// A simulated Exoscale legacy IAM API on a loopback port (API.md §1-3): it verifies every
/// signature, serves the operation catalog, enforces the subset rule, expands tags when a key is
/// read back, gives a secret only in the create answer, revokes asynchronously, refuses bad
/// input with 400, and injects faults on demand. Used by `keyport --demo`, by
/// `keyport-sandbox` and by the tests.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    /// One request as the sandbox saw it, for tests to inspect.
    struct RecordedRequest
    {
        QByteArray method;
        QByteArray target;
        QByteArray body;
        int status = 0; ///< 0 when dropped or never answered
        QDateTime time; ///< when it was received (UTC)
        QString fault; ///< the specs of the faults applied, separated by spaces; empty if none
    };

    explicit Sandbox(const QList<CatalogOperation> &catalog, QObject *parent = nullptr);
    ~Sandbox() override;

    /// The catalog built into Keyport for the sandbox (a copy of shared/exoscale/catalog.json).
    static QString builtInCatalogPath();
    static Result<QList<CatalogOperation>> loadCatalog(const QString &path);

    bool listen(quint16 port = 0);
    /// Why listen() or setLogFile() failed.
    QString errorString() const;
    quint16 port() const;
    /// "http://127.0.0.1:<port>/v2"
    QString endpointUrl() const;

    /// The unrestricted key the sandbox starts with.
    QString rootKeyId() const { return m_rootKeyId; }
    Secret rootSecret() const;
    const Catalog &catalog() const { return m_catalog; }

    /// Creates a key as POST /access-key would, signed by @p signerId (the root key when empty).
    Result<CreatedKey> createKey(const KeyDraft &draft, const QString &signerId = {},
        const QString &version = QStringLiteral("v2"));
    /// A dozen realistic keys: restricted by tag, by operation, by bucket, and unrestricted.
    void addDemoKeys();
    /// @p count keys of about @p operationsPerKey operations each, always the same for a count.
    void addGeneratedKeys(int count, int operationsPerKey = 20);
    /// Every key, as list-access-keys returns it (tags expanded).
    AccessKeys keys() const;
    bool hasKey(const QString &keyId) const { return m_keys.contains(keyId); }

    void addFault(const SandboxFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    /// Added to every answer.
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    /// How long a revocation stays pending.
    void setRevokeDelay(std::chrono::milliseconds delay) { m_revokeDelay = delay; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    /// Writes one JSON object per request to @p device, one a line, as it is received:
    /// {"time": ISO 8601 UTC, "method", "path" (without the query), "status" (0 when dropped or
    /// never answered), "fault" (null, or the spec of the fault applied)}. Never a body or a
    /// header. Each line is flushed at once. @p device is not owned; null stops the log.
    void setLog(QIODevice *device);
    /// Logs to the file @p path (created or emptied). False, with errorString(), if it cannot.
    bool setLogFile(const QString &path);
    /// The line logged for @p request, without its newline.
    static QByteArray logLine(const RecordedRequest &request);

    /// The whole API: what the HTTP server calls for each request.
    HttpAction handle(const HttpRequest &request);

Q_SIGNALS:
    void keyRevoked(const QString &keyId);

private:
    struct StoredKey
    {
        AccessKey key; ///< as created: the requested operations, without the tags' ones
        /// The secret, masked (see masked()): in demo mode the simulated server lives in
        /// Keyport's own process, whose memory must not hold a new key's secret in the clear.
        QByteArray maskedSecret;
        bool revoking = false;
    };
    struct Route;

    HttpAction dispatch(const HttpRequest &request);
    Result<QString> authenticate(const HttpRequest &request) const;
    bool mayCall(const QString &keyId, const QString &operation) const;
    QStringList effectiveOperations(const AccessKey &key) const;
    AccessKey readBack(const AccessKey &stored) const;
    Error checkSubset(const StoredKey &signer, const KeyDraft &draft) const;

    HttpAction listKeys() const;
    HttpAction createKeyFromRequest(const HttpRequest &request, const QString &signerId);
    HttpAction getKey(const QString &keyId) const;
    HttpAction revokeKey(const QString &keyId);
    HttpAction listOperations(const QString &signerId, bool known) const;
    HttpAction getOperation(const QString &operationId) const;
    void finishRevocation(const QString &operationId, const QString &keyId);

    QString newKeyId() const;
    /// XOR with this sandbox's random mask: masks and unmasks.
    QByteArray masked(const QByteArray &bytes) const;
    void record(RecordedRequest request);

    HttpServer m_server;
    Catalog m_catalog;
    QList<CatalogOperation> m_catalogEntries;
    QByteArray m_knownOperationsBody;
    QHash<QString, StoredKey> m_keys;
    QStringList m_keyOrder;
    QHash<QString, Operation> m_operations;
    QString m_rootKeyId;
    QList<SandboxFault> m_faults;
    QList<RecordedRequest> m_requests;
    std::unique_ptr<QFile> m_logFile;
    QPointer<QIODevice> m_log;
    QString m_logError;
    std::chrono::milliseconds m_latency{0};
    std::chrono::milliseconds m_revokeDelay{300};
    Clock m_clock = systemClock();
    QByteArray m_mask;
};

} // namespace Keyport
