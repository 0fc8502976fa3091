// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Clock.h"
#include "domain/Catalog.h"
#include "domain/CreatedKey.h"
#include "domain/IamPolicy.h"
#include "domain/KeyDraft.h"
#include "domain/Operation.h"
#include "HttpServer.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyJudge.h"
#include "policy/PolicyRequest.h"
#include "SandboxFault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace Keyport {

/// A simulated Exoscale legacy IAM API on a loopback port (API.md §1-3): it verifies every
/// signature, serves the operation catalog, enforces the subset rule, expands tags when a key is
/// read back, gives a secret only in the create answer, revokes asynchronously, refuses bad
/// input with 400, and injects faults on demand. Used by `keyport --demo`, by
/// `keyport-sandbox` and by the tests.
///
/// It speaks IAM v3 too (IAM-V3.md §2-4): API keys bound to roles, role and organisation
/// policies (every request an API key signs is judged by them), users, Operations for role and
/// key changes, and the audit trail of every mutation at `GET /event`.
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

    /// An IAM v3 API key made in-process, with its secret (given only here).
    struct CreatedApiKey
    {
        QString name;
        QString key;
        QString roleId;
        Secret secret;
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
    /// Replaces the catalog list-known-operations serves (as when Exoscale adds operations);
    /// the keys keep their operations.
    void setCatalog(const QList<CatalogOperation> &catalog);

    /// Creates a key as POST /access-key would, signed by @p signerId (the root key when empty).
    Result<CreatedKey> createKey(const KeyDraft &draft, const QString &signerId = {},
        const QString &version = QStringLiteral("v2"));
    /// A dozen realistic keys: restricted by tag, by operation, by bucket, and unrestricted;
    /// and IAM v3 roles (CI deploy to one bucket, cert-manager DNS-01, read-only monitoring, a
    /// DBaaS operator, an admin), an API key on each, and users bound to some of them.
    void addDemoKeys();
    /// @p count keys of about @p operationsPerKey operations each, always the same for a count.
    void addGeneratedKeys(int count, int operationsPerKey = 20);
    /// Every key, as list-access-keys returns it (tags expanded).
    AccessKeys keys() const;
    bool hasKey(const QString &keyId) const { return m_keys.contains(keyId); }

    // IAM v3 (IAM-V3.md).

    /// The zone the sandbox answers as: in events and in the requests policies judge.
    static QString zone();
    /// The built-in roles, there from the start: Owner (allow-all) and Billing (deny-all).
    QString ownerRoleId() const { return m_ownerRoleId; }
    QString billingRoleId() const { return m_billingRoleId; }
    /// The allow-all role "sandbox-admin" and the API key bound to it that the sandbox starts
    /// with (keyport-sandbox prints them).
    QString adminRoleId() const { return m_adminRoleId; }
    QString adminApiKeyId() const { return m_adminApiKeyId; }
    Secret adminApiSecret() const;

    /// Creates a role from a CreateRole object as POST /iam-role would (same validation);
    /// its id, or the refusal (its httpStatus() is the status the API would answer).
    Result<QString> createRole(const QJsonObject &createRole);
    /// Creates an API key as POST /api-key would.
    Result<CreatedApiKey> createApiKey(const QString &name, const QString &roleId);
    /// Adds a user bound to @p roleId (which must exist) to GET /user; its id.
    QString addUser(const QString &email, const QString &roleId, bool pending = false,
        bool sso = false, bool twoFactor = true);
    bool hasApiKey(const QString &key) const { return m_apiKeys.contains(key); }
    bool hasRole(const QString &id) const { return m_roles.contains(id); }
    /// A role as get-iam-role serves it; empty when unknown.
    QJsonObject roleJson(const QString &id) const;
    IamPolicy organizationPolicy() const { return m_organizationPolicy.policy(); }
    void setOrganizationPolicy(const IamPolicy &policy)
    {
        m_organizationPolicy = CompiledPolicy(policy);
    }
    /// The last request an API key signed, as the policies judged it (for tests); empty before.
    const std::optional<PolicyRequest> &lastJudgedRequest() const { return m_lastJudged; }
    /// How long the Operations of IAM v3 changes stay pending.
    void setIamOperationDelay(std::chrono::milliseconds delay) { m_iamOperationDelay = delay; }

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
    struct StoredApiKey
    {
        QString name;
        QString key;
        QString roleId;
        QByteArray maskedSecret; ///< as StoredKey's
    };
    struct StoredRole
    {
        /// Every member but `policy`, unknown ones included: served back exactly.
        QJsonObject members;
        /// Compiled once per change: each request is judged without parsing anything.
        CompiledPolicy policy;
        bool builtIn = false;

        QString name() const;
        bool isEditable() const;
    };
    struct StoredUser
    {
        QString id;
        QString email;
        QString roleId;
        bool pending = false;
        bool sso = false;
        bool twoFactor = true;
    };
    struct StoredEvent
    {
        QDateTime time;
        QJsonObject json;
    };
    /// One request once routed and authenticated.
    struct Call
    {
        QString operation; ///< the operation id
        QString argument; ///< the path's {id}, decoded; empty when the path has none
        QString signer;
        bool signedByApiKey = false;
        /// An API key signer's name and role, as they were when the request arrived.
        QString signerName;
        QString signerRoleId;
        QString signerRoleName;
        QJsonObject body; ///< the body when it is a JSON object
        bool bodyIsObject = false;
    };

    HttpAction dispatch(const HttpRequest &request);
    HttpAction dispatchCall(const HttpRequest &request, Call &call);
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

    // IAM v3, in SandboxIam.cpp.
    void addBuiltInRoles();
    /// The demo's roles, API keys and users (SandboxSeed.cpp).
    void addDemoIam();
    HttpAction dispatchIam(const HttpRequest &request, const Call &call);
    /// The request as a policy sees it (IAM-V3.md §6).
    PolicyRequest policyRequest(const HttpRequest &request, const Call &call) const;
    /// The 403 message when the organisation or @p rolePolicy refuses @p request; nothing when
    /// both allow it.
    std::optional<QString> policyRefusal(
        const CompiledPolicy &rolePolicy, const PolicyRequest &request) const;
    Result<StoredRole> readNewRole(const QJsonObject &json) const;
    QJsonObject roleToJson(const StoredRole &role) const;
    QJsonObject apiKeyToJson(const StoredApiKey &key) const;
    HttpAction startIamOperation(
        const QString &command, const QString &referenceId, const QString &referenceLink);
    HttpAction listApiKeys() const;
    HttpAction createApiKeyFromRequest(const Call &call);
    HttpAction getApiKey(const QString &key) const;
    HttpAction deleteApiKey(const QString &key);
    HttpAction listRoles() const;
    HttpAction createRoleFromRequest(const Call &call);
    HttpAction getRole(const QString &id) const;
    HttpAction updateRole(const Call &call);
    HttpAction updateRolePolicy(const Call &call);
    HttpAction deleteRole(const QString &id);
    HttpAction getOrganizationPolicy() const;
    HttpAction updateOrganizationPolicy(const Call &call);
    HttpAction resetOrganizationPolicy();
    HttpAction listUsers() const;
    HttpAction listEvents(const HttpRequest &request) const;
    void recordEvent(
        const HttpRequest &request, const Call &call, const HttpAction &action, qint64 elapsedMs);

    QString newKeyId() const;
    /// 32 random bytes: 43 characters of base64url, the length of Exoscale's secrets.
    static QByteArray randomSecret();
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
    QHash<QString, StoredApiKey> m_apiKeys;
    QStringList m_apiKeyOrder;
    QHash<QString, StoredRole> m_roles;
    QStringList m_roleOrder;
    QList<StoredUser> m_users;
    QList<StoredEvent> m_events;
    CompiledPolicy m_organizationPolicy;
    PolicyJudge m_judge;
    QString m_ownerRoleId;
    QString m_billingRoleId;
    QString m_adminRoleId;
    QString m_adminApiKeyId;
    std::chrono::milliseconds m_iamOperationDelay{300};
    std::optional<PolicyRequest> m_lastJudged;
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
