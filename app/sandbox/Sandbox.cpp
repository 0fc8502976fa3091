// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "api/ApiJson.h"
#include "api/RequestSigner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maximumRecordedRequests = 1000;

HttpAction answer(int status, const QJsonObject &object)
{
    HttpAction action;
    action.response.status = status;
    action.response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return action;
}

HttpAction failure(int status, const QString &message)
{
    return answer(status, QJsonObject{{"message"_L1, message}});
}

} // namespace

QByteArray Sandbox::randomSecret()
{
    // 32 random bytes: 43 characters of base64url, the length of Exoscale's secrets.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString listSome(const QStringList &items)
{
    constexpr qsizetype shown = 8;
    QString text = items.mid(0, shown).join(", "_L1);
    if (items.size() > shown)
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

} // namespace

Sandbox::Sandbox(const QList<CatalogOperation> &catalog, QObject *parent)
    : QObject(parent)
    , m_server([this](const HttpRequest &request) { return handle(request); })
    , m_catalog(catalog)
    , m_catalogEntries(m_catalog.entries())
    , m_knownOperationsBody(ApiJson::operationListBody(m_catalogEntries))
    , m_mask(Secret::newMask())
{
    StoredKey root;
    root.key.name = QStringLiteral("sandbox-root");
    root.key.key = newKeyId();
    root.key.type = AccessKey::Type::Unrestricted;
    root.key.typeText = ApiJson::typeName(root.key.type);
    root.key.version = QStringLiteral("v2");
    root.maskedSecret = masked(randomSecret());
    m_rootKeyId = root.key.key;
    m_keys.insert(m_rootKeyId, root);
    m_keyOrder.append(m_rootKeyId);
    addBuiltInRoles();
}

Sandbox::~Sandbox() = default;

QString Sandbox::builtInCatalogPath()
{
    return QStringLiteral(":/keyport/sandbox/catalog.json");
}

Result<QList<CatalogOperation>> Sandbox::loadCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalidInput(
            QCoreApplication::translate("Keyport::Sandbox", "Cannot read the catalog %1: %2")
                .arg(path, file.errorString()));
    }
    return ApiJson::parseOperationList(file.readAll());
}

bool Sandbox::listen(quint16 port)
{
    return m_server.listen(port);
}

QString Sandbox::errorString() const
{
    return m_logError.isEmpty() ? m_server.errorString() : m_logError;
}

void Sandbox::setLog(QIODevice *device)
{
    m_log = device;
    if (m_logFile && device != m_logFile.get())
        m_logFile.reset();
}

bool Sandbox::setLogFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_logError = QCoreApplication::translate("Keyport::Sandbox", "Cannot write the log %1: %2")
                         .arg(path, file->errorString());
        return false;
    }
    m_logError.clear();
    m_log = file.get();
    m_logFile = std::move(file);
    return true;
}

void Sandbox::setCatalog(const QList<CatalogOperation> &catalog)
{
    m_catalog = Catalog(catalog);
    m_catalogEntries = m_catalog.entries();
    m_knownOperationsBody = ApiJson::operationListBody(m_catalogEntries);
}

QByteArray Sandbox::logLine(const RecordedRequest &request)
{
    const qsizetype mark = request.target.indexOf('?');
    const QByteArray path = mark < 0 ? request.target : request.target.left(mark);
    QJsonObject object{
        {"time"_L1, request.time.toUTC().toString(Qt::ISODateWithMs)},
        {"method"_L1, QString::fromLatin1(request.method)},
        {"path"_L1, QString::fromUtf8(path)},
        {"status"_L1, request.status},
        {"fault"_L1, request.fault.isEmpty() ? QJsonValue() : QJsonValue(request.fault)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void Sandbox::record(RecordedRequest request)
{
    if (m_log) {
        m_log->write(logLine(request) + '\n');
        // At once: a person or a test reads the log while the sandbox runs, or after a kill.
        if (auto *file = qobject_cast<QFileDevice *>(m_log.data()))
            file->flush();
    }
    m_requests.append(std::move(request));
    if (m_requests.size() > maximumRecordedRequests)
        m_requests.removeFirst();
}

quint16 Sandbox::port() const
{
    return m_server.port();
}

QString Sandbox::endpointUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v2").arg(port());
}

QByteArray Sandbox::masked(const QByteArray &bytes) const
{
    return Secret::masked(bytes, m_mask);
}

Secret Sandbox::rootSecret() const
{
    return Secret::fromUtf8(masked(m_keys.value(m_rootKeyId).maskedSecret));
}

QString Sandbox::newKeyId() const
{
    for (;;) {
        QByteArray bytes(12, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 3);
        const QString id = QStringLiteral("EXO") + QString::fromLatin1(bytes.toHex());
        if (!m_keys.contains(id) && !m_apiKeys.contains(id))
            return id;
    }
}

QStringList Sandbox::effectiveOperations(const AccessKey &key) const
{
    if (key.type == AccessKey::Type::Unrestricted)
        return m_catalog.operations();
    return m_catalog.effectiveOperations(key.tags, key.operations);
}

AccessKey Sandbox::readBack(const AccessKey &stored) const
{
    AccessKey key = stored;
    if (key.type == AccessKey::Type::Restricted)
        key.operations = m_catalog.effectiveOperations(key.tags, key.operations);
    return key;
}

AccessKeys Sandbox::keys() const
{
    AccessKeys result;
    result.reserve(m_keyOrder.size());
    for (const QString &id : m_keyOrder)
        result.append(readBack(m_keys.value(id).key));
    return result;
}

bool Sandbox::mayCall(const QString &keyId, const QString &operation) const
{
    const auto it = m_keys.constFind(keyId);
    if (it == m_keys.constEnd())
        return false;
    if (it->key.type == AccessKey::Type::Unrestricted)
        return true;
    return effectiveOperations(it->key).contains(operation);
}

Error Sandbox::checkSubset(const StoredKey &signer, const KeyDraft &draft) const
{
    if (signer.key.type == AccessKey::Type::Unrestricted)
        return {};
    const QStringList allowed = effectiveOperations(signer.key);
    const QSet<QString> allowedSet(allowed.begin(), allowed.end());
    QStringList beyond;
    for (const QString &operation : m_catalog.effectiveOperations(draft.tags, draft.operations)) {
        if (!allowedSet.contains(operation))
            beyond.append(operation);
    }
    if (!beyond.isEmpty()) {
        return Error(Error::Code::AccessDenied,
            QStringLiteral("The signing key cannot grant operations it does not have: %1")
                .arg(listSome(beyond)));
    }
    if (!signer.key.resources.isEmpty()) {
        if (draft.resources.isEmpty()) {
            return Error(Error::Code::AccessDenied,
                QStringLiteral("The signing key is restricted to resources; the new key "
                               "must be restricted to some of them."));
        }
        for (const AccessKeyResource &resource : draft.resources) {
            if (!signer.key.resources.contains(resource)) {
                return Error(Error::Code::AccessDenied,
                    QStringLiteral("The signing key cannot grant the resource %1")
                        .arg(resource.toString()));
            }
        }
    }
    return {};
}

Result<CreatedKey> Sandbox::createKey(
    const KeyDraft &request, const QString &signerIdGiven, const QString &version)
{
    const QString signerId = signerIdGiven.isEmpty() ? m_rootKeyId : signerIdGiven;
    const auto signer = m_keys.constFind(signerId);
    if (signer == m_keys.constEnd())
        return Error(Error::Code::AccessDenied, QStringLiteral("Unknown signing key"));

    KeyDraft draft = request;
    const auto problems = draft.problems(m_catalog);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto &problem : problems)
            messages.append(problem.message);
        return Error(Error::Code::InvalidInput, messages.join(u' '));
    }
    if (!draft.isRestricted() && signer->key.type == AccessKey::Type::Restricted) {
        // An unrestricted key made by a restricted key inherits the signer's restrictions.
        draft.kind = KeyDraft::Kind::Restricted;
        draft.tags = signer->key.tags;
        draft.operations = signer->key.operations;
        draft.resources = signer->key.resources;
    } else if (const Error error = checkSubset(*signer, draft)) {
        return error;
    }

    StoredKey stored;
    stored.key.name = draft.name;
    stored.key.key = newKeyId();
    stored.key.type
        = draft.isRestricted() ? AccessKey::Type::Restricted : AccessKey::Type::Unrestricted;
    stored.key.typeText = ApiJson::typeName(stored.key.type);
    stored.key.version = version;
    if (draft.isRestricted()) {
        stored.key.tags = draft.tags;
        stored.key.operations = draft.operations;
        stored.key.resources = draft.resources;
        stored.key.tags.removeDuplicates();
        stored.key.operations.removeDuplicates();
    }
    Secret secret = Secret::fromUtf8(randomSecret());
    stored.maskedSecret = masked(secret.utf8());
    m_keys.insert(stored.key.key, stored);
    m_keyOrder.append(stored.key.key);
    return CreatedKey{readBack(stored.key), std::move(secret)};
}

HttpAction Sandbox::handle(const HttpRequest &request)
{
    const QDateTime received = QDateTime::currentDateTimeUtc();
    std::chrono::milliseconds extraDelay{0};
    HttpAction action;
    bool faulted = false;
    QStringList applied;
    for (SandboxFault &fault : m_faults) {
        if (!fault.matches(request))
            continue;
        if (fault.remaining > 0)
            --fault.remaining;
        applied.append(fault.spec.isEmpty() ? QStringLiteral("fault") : fault.spec);
        if (fault.kind == SandboxFault::Kind::Latency) {
            extraDelay += fault.latency;
            continue;
        }
        faulted = true;
        switch (fault.kind) {
        case SandboxFault::Kind::Status:
            action = failure(
                fault.status, QStringLiteral("Simulated fault (HTTP %1)").arg(fault.status));
            if (fault.retryAfterSeconds >= 0) {
                action.response.headers.append(
                    {"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
            }
            break;
        case SandboxFault::Kind::RateLimit: {
            const int seconds = fault.retryAfterSeconds < 0 ? 1 : fault.retryAfterSeconds;
            action = answer(429,
                QJsonObject{{"error"_L1, "Too many requests"_L1}, {"retry_after"_L1, seconds}});
            action.response.headers.append({"Retry-After", QByteArray::number(seconds)});
            break;
        }
        case SandboxFault::Kind::Malformed:
            // The server did the work; only its answer is garbled (what a client must survive).
            action = dispatch(request);
            action.response.status = 200;
            action.response.headers.clear();
            action.response.body = R"({"access-keys": [{"name": "cut-sho)";
            break;
        case SandboxFault::Kind::Drop:
            action.kind = HttpAction::Kind::Drop;
            break;
        case SandboxFault::Kind::Hang:
            action.kind = HttpAction::Kind::Hang;
            break;
        case SandboxFault::Kind::GenerationMismatch:
            action = failure(403,
                QStringLiteral("Cannot generate IAMv2 `Access Key` using a IAMv3 "
                               "`Api Key`"));
            break;
        case SandboxFault::Kind::Latency:
            break;
        }
        break;
    }
    if (!faulted)
        action = dispatch(request);
    action.delay += m_latency + extraDelay;

    record({request.method, request.target, request.body,
        action.kind == HttpAction::Kind::Respond ? action.response.status : 0, received,
        applied.join(u' ')});
    return action;
}

HttpAction Sandbox::dispatch(const HttpRequest &request)
{
    const QByteArray path = request.path();
    if (!path.startsWith("/v2/"))
        return failure(404, QStringLiteral("No such endpoint"));
    const QByteArray route = path.mid(3);
    const QByteArray &method = request.method;
    const auto pick = [&method](const char *get, const char *post, const char *put,
                          const char *del) -> QString {
        const char *name = method == "GET" ? get
            : method == "POST"             ? post
            : method == "PUT"              ? put
            : method == "DELETE"           ? del
                                           : nullptr;
        return name ? QString::fromLatin1(name) : QString();
    };

    Call call;
    if (route == "/access-key") {
        call.operation = pick("list-access-keys", "create-access-key", nullptr, nullptr);
    } else if (route.startsWith("/access-key/")) {
        call.argument = QUrl::fromPercentEncoding(route.mid(12));
        call.operation = pick("get-access-key", nullptr, nullptr, "revoke-access-key");
    } else if (route == "/access-key-known-operations") {
        call.operation = pick("list-access-key-known-operations", nullptr, nullptr, nullptr);
    } else if (route == "/access-key-operations") {
        call.operation = pick("list-access-key-operations", nullptr, nullptr, nullptr);
    } else if (route.startsWith("/operation/")) {
        call.argument = QUrl::fromPercentEncoding(route.mid(11));
        call.operation = pick("get-operation", nullptr, nullptr, nullptr);
    } else if (route == "/api-key") {
        call.operation = pick("list-api-keys", "create-api-key", nullptr, nullptr);
    } else if (route.startsWith("/api-key/")) {
        call.argument = QUrl::fromPercentEncoding(route.mid(9));
        call.operation = pick("get-api-key", nullptr, nullptr, "delete-api-key");
    } else if (route == "/iam-role") {
        call.operation = pick("list-iam-roles", "create-iam-role", nullptr, nullptr);
    } else if (route.startsWith("/iam-role/")) {
        call.argument = QUrl::fromPercentEncoding(route.mid(10));
        if (call.argument.endsWith(":policy"_L1)) {
            call.argument.chop(7);
            call.operation = pick(nullptr, nullptr, "update-iam-role-policy", nullptr);
        } else {
            call.operation = pick("get-iam-role", nullptr, "update-iam-role", "delete-iam-role");
        }
    } else if (route == "/iam-organization-policy") {
        call.operation = pick(
            "get-iam-organization-policy", nullptr, "update-iam-organization-policy", nullptr);
    } else if (route == "/iam-organization-policy:reset"
        || route == "/iam-organization-policy%3Areset") {
        call.operation = pick(nullptr, "reset-iam-organization-policy", nullptr, nullptr);
    } else if (route == "/user") {
        call.operation = pick("list-users", nullptr, nullptr, nullptr);
    } else if (route == "/event") {
        call.operation = pick("list-events", nullptr, nullptr, nullptr);
    } else {
        return failure(404, QStringLiteral("No such endpoint"));
    }
    if (call.operation.isEmpty())
        return failure(405, QStringLiteral("Method not allowed"));

    const auto signer = authenticate(request);
    if (!signer)
        return failure(403, signer.error().message());
    call.signer = signer.value();
    call.signedByApiKey = m_apiKeys.contains(call.signer);
    if (call.signedByApiKey) {
        const StoredApiKey &key = m_apiKeys[call.signer];
        call.signerName = key.name;
        call.signerRoleId = key.roleId;
        call.signerRoleName = m_roles.value(key.roleId).name();
    }
    if (!request.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        call.bodyIsObject = document.isObject();
        call.body = document.object();
    }

    const bool mutation = method != "GET";
    QElapsedTimer elapsed;
    if (mutation)
        elapsed.start();
    HttpAction action = dispatchCall(request, call);
    // The audit trail: every mutation an authenticated key asked for, refused or not.
    if (mutation)
        recordEvent(request, call, action, elapsed.elapsed());
    return action;
}

HttpAction Sandbox::dispatchCall(const HttpRequest &request, Call &call)
{
    const QString &operation = call.operation;
    if (call.signedByApiKey) {
        if (operation == u"create-access-key") {
            // The status and the words of Exoscale's answer, as the "iamv3" fault gives them.
            return failure(
                403, QStringLiteral("Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`"));
        }
        // A key that may start an Operation may follow it (IAM-V3.md §4).
        if (operation != u"get-operation") {
            m_lastJudged = policyRequest(request, call);
            const StoredRole role = m_roles.value(call.signerRoleId);
            if (const auto refusal = policyRefusal(role.policy, *m_lastJudged))
                return failure(403, *refusal);
        }
    } else {
        if (operation == u"create-api-key") {
            // A new key must be a subset of its creator's rights, and a legacy key's operations
            // cannot be compared with a policy (IAM-V3.md §1). The wording is ours (unknown).
            return failure(
                403, QStringLiteral("Cannot generate IAMv3 `Api Key` using a IAMv2 `Access Key`"));
        }
        if (!mayCall(call.signer, operation)) {
            return failure(
                403, QStringLiteral("Forbidden: this key may not call %1").arg(operation));
        }
    }

    if (operation == u"list-access-keys")
        return listKeys();
    if (operation == u"create-access-key")
        return createKeyFromRequest(request, call.signer);
    if (operation == u"get-access-key")
        return getKey(call.argument);
    if (operation == u"revoke-access-key")
        return revokeKey(call.argument);
    if (operation == u"list-access-key-known-operations")
        return listOperations(call.signer, true);
    if (operation == u"list-access-key-operations")
        // What an API key may do is its policies' business: it sees the whole catalog.
        return listOperations(call.signer, call.signedByApiKey);
    if (operation == u"get-operation")
        return getOperation(call.argument);
    return dispatchIam(request, call);
}

Result<QString> Sandbox::authenticate(const HttpRequest &request) const
{
    const auto refuse = [](const QString &why) { return Error(Error::Code::AccessDenied, why); };
    const QByteArray header = request.header("Authorization");
    if (header.isEmpty())
        return refuse(QStringLiteral("Missing Authorization header"));
    constexpr QByteArrayView scheme = "EXO2-HMAC-SHA256 ";
    if (!header.startsWith(scheme))
        return refuse(QStringLiteral("Unsupported authorization scheme"));

    QHash<QByteArray, QByteArray> pragmas;
    for (const QByteArray &pragma : header.mid(scheme.size()).split(',')) {
        const auto equals = pragma.indexOf('=');
        if (equals <= 0)
            return refuse(QStringLiteral("Malformed Authorization header"));
        pragmas.insert(pragma.left(equals), pragma.mid(equals + 1));
    }
    const QString credential = QString::fromUtf8(pragmas.value("credential"));
    const QByteArray signature = pragmas.value("signature");
    bool expiresOk = false;
    const qint64 expires = pragmas.value("expires").toLongLong(&expiresOk);
    if (credential.isEmpty() || signature.isEmpty() || !expiresOk)
        return refuse(QStringLiteral("Malformed Authorization header"));
    if (expires < m_clock().toSecsSinceEpoch())
        return refuse(QStringLiteral("Request expired"));
    // Legacy access keys and IAM v3 API keys sign alike.
    QByteArray maskedSecret;
    if (const auto key = m_keys.constFind(credential); key != m_keys.constEnd())
        maskedSecret = key->maskedSecret;
    else if (const auto apiKey = m_apiKeys.constFind(credential); apiKey != m_apiKeys.constEnd())
        maskedSecret = apiKey->maskedSecret;
    else
        return refuse(QStringLiteral("Invalid API key"));

    RequestSigner::QueryItems signedQuery;
    const QByteArray signedNames = pragmas.value("signed-query-args");
    if (!signedNames.isEmpty()) {
        const auto items = RequestSigner::decodeQuery(request.query());
        for (const QByteArray &name : signedNames.split(';')) {
            const QString decodedName = QString::fromUtf8(name);
            const auto sameName
                = [&decodedName](const auto &item) { return item.first == decodedName; };
            const auto found = std::find_if(items.begin(), items.end(), sameName);
            if (found == items.end() || std::count_if(items.begin(), items.end(), sameName) != 1)
                return refuse(QStringLiteral("Signed query argument %1 is missing or repeated")
                                  .arg(decodedName));
            signedQuery.append(*found);
        }
    }
    const QByteArray message = RequestSigner::message(
        request.method, request.path(), request.body, signedQuery, expires);
    const Secret secret = Secret::fromUtf8(masked(maskedSecret));
    if (!constantTimeEquals(RequestSigner::signature(secret.utf8(), message), signature))
        return refuse(QStringLiteral("Invalid request signature"));
    return credential;
}

HttpAction Sandbox::listKeys() const
{
    QJsonArray array;
    for (const QString &id : m_keyOrder)
        array.append(ApiJson::toJson(readBack(m_keys.value(id).key)));
    return answer(200, QJsonObject{{"access-keys"_L1, array}});
}

HttpAction Sandbox::createKeyFromRequest(const HttpRequest &request, const QString &signerId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(400, QStringLiteral("The request body is not a JSON object"));
    const QJsonObject object = document.object();

    KeyDraft draft;
    const QJsonValue name = object.value("name"_L1);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return failure(400, QStringLiteral("name: a non-empty string is required"));
    draft.name = name.toString();

    const auto readList = [&object](QLatin1StringView field, QStringList &out) {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return false;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString())
                return false;
            out.append(item.toString());
        }
        return true;
    };
    if (!readList("operations"_L1, draft.operations))
        return failure(400, QStringLiteral("operations: a list of strings is required"));
    if (!readList("tags"_L1, draft.tags))
        return failure(400, QStringLiteral("tags: a list of strings is required"));

    const QJsonValue resources = object.value("resources"_L1);
    if (!resources.isUndefined() && !resources.isNull()) {
        if (!resources.isArray())
            return failure(400, QStringLiteral("resources: a list is required"));
        for (const QJsonValue item : resources.toArray()) {
            const QJsonObject resource = item.toObject();
            const QJsonValue domain = resource.value("domain"_L1);
            const QJsonValue type = resource.value("resource-type"_L1);
            const QJsonValue resourceName = resource.value("resource-name"_L1);
            if (!item.isObject() || !domain.isString() || !type.isString()
                || !resourceName.isString())
                return failure(400,
                    QStringLiteral("resources: each needs domain, resource-type "
                                   "and resource-name"));
            draft.resources.append(
                AccessKeyResource(domain.toString(), type.toString(), resourceName.toString()));
        }
    }
    draft.kind
        = draft.hasRestrictions() ? KeyDraft::Kind::Restricted : KeyDraft::Kind::Unrestricted;

    auto created = createKey(draft, signerId);
    if (!created) {
        const Error error = created.error();
        return failure(error.code() == Error::Code::AccessDenied ? 403 : 400, error.message());
    }
    QJsonObject body = ApiJson::toJson(created->key);
    body.insert("secret"_L1, created->secret.reveal());
    return answer(200, body);
}

HttpAction Sandbox::getKey(const QString &keyId) const
{
    const auto it = m_keys.constFind(keyId);
    if (it == m_keys.constEnd())
        return failure(404, QStringLiteral("Access key %1 not found").arg(keyId));
    return answer(200, ApiJson::toJson(readBack(it->key)));
}

HttpAction Sandbox::revokeKey(const QString &keyId)
{
    const auto it = m_keys.find(keyId);
    if (it == m_keys.end())
        return failure(404, QStringLiteral("Access key %1 not found").arg(keyId));
    it->revoking = true;

    Operation operation;
    operation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    operation.state = Operation::State::Pending;
    operation.referenceId = keyId;
    operation.referenceLink = QStringLiteral("/v2/access-key/") + keyId;
    operation.referenceCommand = QStringLiteral("revoke-access-key");
    m_operations.insert(operation.id, operation);
    QTimer::singleShot(
        m_revokeDelay, this, [this, id = operation.id, keyId] { finishRevocation(id, keyId); });
    return answer(200, ApiJson::toJson(operation));
}

void Sandbox::finishRevocation(const QString &operationId, const QString &keyId)
{
    if (m_keys.remove(keyId)) {
        m_keyOrder.removeOne(keyId);
        Q_EMIT keyRevoked(keyId);
    }
    auto it = m_operations.find(operationId);
    if (it != m_operations.end())
        it->state = Operation::State::Success;
}

HttpAction Sandbox::listOperations(const QString &signerId, bool known) const
{
    if (known || m_keys.value(signerId).key.type == AccessKey::Type::Unrestricted) {
        HttpAction action;
        action.response.body = m_knownOperationsBody;
        return action;
    }
    QList<CatalogOperation> own;
    for (const QString &operation : effectiveOperations(m_keys.value(signerId).key))
        own.append({operation, m_catalog.tagsForOperation(operation)});
    HttpAction action;
    action.response.body = ApiJson::operationListBody(own);
    return action;
}

HttpAction Sandbox::getOperation(const QString &operationId) const
{
    const auto it = m_operations.constFind(operationId);
    if (it == m_operations.constEnd())
        return failure(404, QStringLiteral("Operation %1 not found").arg(operationId));
    return answer(200, ApiJson::toJson(*it));
}

} // namespace Keyport
