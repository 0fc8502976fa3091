// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's IAM v3 (IAM-V3.md §2-4): API keys, roles, the organisation policy, users and the
// audit trail. Messages are the server's (English, like Exoscale's), not Keyport's.
#include "Sandbox.h"

#include "api/ApiJson.h"
#include "api/RequestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

/// Events older than this are gone (IAM-V3.md §3).
constexpr qint64 eventRetentionDays = 30;
/// Beyond this many, the oldest events go first (a sandbox under a long benchmark).
constexpr qsizetype maximumEvents = 100000;
/// No range asked: the last 24 hours.
constexpr qint64 defaultEventRangeSeconds = 24 * 60 * 60;

const QStringList knownPermissions{
    u"bypass-governance-retention"_s, u"reset-iam-organization-policy"_s};

HttpAction answer(int status, const QJsonValue &value)
{
    HttpAction action;
    action.response.status = status;
    action.response.body = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return action;
}

HttpAction failure(int status, const QString &message)
{
    return answer(status, QJsonObject{{"message"_L1, message}});
}

HttpAction failure(const Error &error)
{
    return failure(error.httpStatus() ? error.httpStatus() : 400, error.message());
}

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidRequest, message, {}, 400);
}

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

/// Nothing when @p value is a string of @p minimum to @p maximum characters.
std::optional<QString> checkText(
    const QJsonValue &value, QLatin1StringView field, qsizetype minimum, qsizetype maximum)
{
    if (!value.isString())
        return QStringLiteral("%1: a string is required").arg(field);
    const qsizetype size = characters(value.toString());
    if (size < minimum || size > maximum) {
        return QStringLiteral("%1: must be %2 to %3 characters long, not %4")
            .arg(field)
            .arg(minimum)
            .arg(maximum)
            .arg(size);
    }
    return std::nullopt;
}

/// The members of an IamRole that an update may set, checked as CreateRole checks them.
std::optional<QString> checkRoleMember(const QString &name, const QJsonValue &value)
{
    if (name == u"description")
        return checkText(value, "description"_L1, 1, 255);
    if (name == u"permissions") {
        if (!value.isArray())
            return QStringLiteral("permissions: a list of strings is required");
        QSet<QString> seen;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString() || !knownPermissions.contains(item.toString())) {
                return QStringLiteral("permissions: each must be one of %1")
                    .arg(knownPermissions.join(", "_L1));
            }
            if (seen.contains(item.toString()))
                return QStringLiteral("permissions: %1 is given twice").arg(item.toString());
            seen.insert(item.toString());
        }
        return std::nullopt;
    }
    if (name == u"labels") {
        if (!value.isObject())
            return QStringLiteral("labels: an object of strings is required");
        const QJsonObject labels = value.toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("labels.%1: must be a string").arg(it.key());
        }
        return std::nullopt;
    }
    if (name == u"max-session-ttl") {
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number <= 0)
            return QStringLiteral("max-session-ttl: a positive whole number is required");
        return std::nullopt;
    }
    if (name == u"assume-role-policy") {
        if (!value.isObject())
            return QStringLiteral("assume-role-policy: an object is required");
        const QJsonValue rules = value.toObject().value("rules"_L1);
        if (!rules.isUndefined() && !rules.isArray())
            return QStringLiteral("assume-role-policy.rules: a list is required");
        return std::nullopt;
    }
    return std::nullopt;
}

Result<IamPolicy> readPolicy(const QJsonValue &json, const QString &path)
{
    PolicyProblems problems;
    const auto policy = IamPolicy::fromJson(json, &problems, path);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const PolicyProblem &problem : problems)
            messages.append(problem.toString());
        return invalid(QStringLiteral("Invalid policy: %1").arg(messages.join("; "_L1)));
    }
    if (!policy) {
        return invalid(path.isEmpty() ? QStringLiteral("Invalid policy")
                                      : QStringLiteral("%1: invalid policy").arg(path));
    }
    return *policy;
}

QJsonObject queryObject(const HttpRequest &request)
{
    QJsonObject query;
    for (const auto &[name, value] : RequestSigner::decodeQuery(request.query()))
        query.insert(name, value);
    return query;
}

/// RFC 3339 (a date, a time, a zone); Qt's ISO reader alone takes a date alone too.
std::optional<QDateTime> readTimestamp(const QString &text)
{
    static const QRegularExpression rfc3339(
        u"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    if (!rfc3339.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text.toUpper();
    normalised[10] = u'T';
    const QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace

QString Sandbox::zone()
{
    return QStringLiteral("ch-gva-2");
}

QString Sandbox::StoredRole::name() const
{
    return members.value("name"_L1).toString();
}

bool Sandbox::StoredRole::isEditable() const
{
    return members.value("editable"_L1).toBool(true);
}

void Sandbox::addBuiltInRoles()
{
    const auto builtIn = [this](const QString &name, const QString &description,
                             const QStringList &permissions, const IamPolicy &policy) {
        StoredRole role;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        role.members
            = QJsonObject{{"id"_L1, id}, {"name"_L1, name}, {"description"_L1, description},
                {"permissions"_L1, QJsonArray::fromStringList(permissions)}, {"editable"_L1, false},
                {"labels"_L1, QJsonObject()}};
        role.policy = CompiledPolicy(policy);
        role.builtIn = true;
        m_roles.insert(id, role);
        m_roleOrder.append(id);
        return id;
    };
    m_ownerRoleId = builtIn(
        u"Owner"_s, u"Full access to the organization"_s, knownPermissions, IamPolicy::allowAll());
    m_billingRoleId
        = builtIn(u"Billing"_s, u"Billing only, no API access"_s, {}, IamPolicy::denyAll());
    addUser(u"owner@example.com"_s, m_ownerRoleId);
    addUser(u"accounting@example.com"_s, m_billingRoleId, false, true, false);

    const auto admin = createRole(QJsonObject{{"name"_L1, "sandbox-admin"_L1},
        {"description"_L1, "Everything, for the sandbox's own API key"_L1},
        {"policy"_L1, IamPolicy::allowAll().toJson()}});
    m_adminRoleId = admin.value();
    const auto key = createApiKey(u"sandbox-admin"_s, m_adminRoleId);
    m_adminApiKeyId = key->key;
}

Secret Sandbox::adminApiSecret() const
{
    return Secret::fromUtf8(masked(m_apiKeys.value(m_adminApiKeyId).maskedSecret));
}

QString Sandbox::addUser(
    const QString &email, const QString &roleId, bool pending, bool sso, bool twoFactor)
{
    Q_ASSERT(m_roles.contains(roleId));
    StoredUser user{
        QUuid::createUuid().toString(QUuid::WithoutBraces), email, roleId, pending, sso, twoFactor};
    m_users.append(user);
    return user.id;
}

Result<Sandbox::StoredRole> Sandbox::readNewRole(const QJsonObject &json) const
{
    const QJsonValue name = json.value("name"_L1);
    if (name.isUndefined())
        return invalid(QStringLiteral("name: is required"));
    if (const auto problem = checkText(name, "name"_L1, 1, 191))
        return invalid(*problem);
    if (name.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("name: must not be blank"));
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (const auto problem = checkRoleMember(it.key(), it.value()))
            return invalid(*problem);
    }
    const QJsonValue editable = json.value("editable"_L1);
    if (!editable.isUndefined() && !editable.isBool())
        return invalid(QStringLiteral("editable: true or false is required"));
    // Since December 2025 Exoscale refuses a role without a policy (IAM-V3.md §3).
    if (!json.contains("policy"_L1))
        return invalid(QStringLiteral("policy: is required"));
    auto policy = readPolicy(json.value("policy"_L1), u"policy"_s);
    if (!policy)
        return policy.error();
    // Whether role names are unique at Exoscale is unknown: the sandbox refuses a second role
    // of the same name (409), as the exo CLI addresses roles by name as well as by id.
    for (const StoredRole &existing : m_roles) {
        if (existing.name() == name.toString()) {
            return Error(Error::Code::Conflict,
                QStringLiteral("An IAM role named %1 already exists").arg(name.toString()), {},
                409);
        }
    }

    StoredRole role;
    role.members = json;
    role.members.remove("policy"_L1);
    role.members.insert("id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!role.members.contains("editable"_L1))
        role.members.insert("editable"_L1, true);
    if (!role.members.contains("permissions"_L1))
        role.members.insert("permissions"_L1, QJsonArray());
    if (!role.members.contains("labels"_L1))
        role.members.insert("labels"_L1, QJsonObject());
    role.policy = CompiledPolicy(policy.value());
    return role;
}

Result<QString> Sandbox::createRole(const QJsonObject &createRole)
{
    auto role = readNewRole(createRole);
    if (!role)
        return role.error();
    const QString id = role->members.value("id"_L1).toString();
    m_roles.insert(id, role.value());
    m_roleOrder.append(id);
    return id;
}

Result<Sandbox::CreatedApiKey> Sandbox::createApiKey(const QString &name, const QString &roleId)
{
    if (const auto problem = checkText(QJsonValue(name), "name"_L1, 1, 255))
        return invalid(*problem);
    if (!m_roles.contains(roleId))
        return invalid(QStringLiteral("role-id: there is no IAM role %1").arg(roleId));
    StoredApiKey key{name, newKeyId(), roleId, {}};
    Secret secret = Secret::fromUtf8(randomSecret());
    key.maskedSecret = masked(secret.utf8());
    m_apiKeys.insert(key.key, key);
    m_apiKeyOrder.append(key.key);
    return CreatedApiKey{key.name, key.key, key.roleId, std::move(secret)};
}

QJsonObject Sandbox::roleToJson(const StoredRole &role) const
{
    QJsonObject json = role.members;
    json.insert("policy"_L1, role.policy.policy().toJson());
    return json;
}

QJsonObject Sandbox::roleJson(const QString &id) const
{
    const auto it = m_roles.constFind(id);
    return it == m_roles.constEnd() ? QJsonObject() : roleToJson(*it);
}

QJsonObject Sandbox::apiKeyToJson(const StoredApiKey &key) const
{
    return QJsonObject{{"name"_L1, key.name}, {"key"_L1, key.key}, {"role-id"_L1, key.roleId}};
}

PolicyRequest Sandbox::policyRequest(const HttpRequest &request, const Call &call) const
{
    PolicyRequest result;
    result.operation = call.operation;
    result.zone = zone();
    result.sourceIp
        = request.peerAddress.isNull() ? u"127.0.0.1"_s : request.peerAddress.toString();
    result.apiKey = call.signer;
    result.now = m_clock();
    // Top-level body members, then the query, then the path's: the later win a clash.
    result.parameters = call.body;
    const QJsonObject query = queryObject(request);
    for (auto it = query.begin(); it != query.end(); ++it)
        result.parameters.insert(it.key(), it.value());
    if (!call.argument.isEmpty())
        result.parameters.insert("id"_L1, call.argument);
    return result;
}

std::optional<QString> Sandbox::policyRefusal(
    const CompiledPolicy &rolePolicy, const PolicyRequest &request) const
{
    // The same judge as keyport-policy's and Keyport's own (IAM-V3.md §4).
    const PolicyDecision decision = m_judge.judge(m_organizationPolicy, rolePolicy, request);
    if (decision.allowed)
        return std::nullopt;
    return decision.refusalMessage();
}

HttpAction Sandbox::startIamOperation(
    const QString &command, const QString &referenceId, const QString &referenceLink)
{
    Operation operation;
    operation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    operation.state = Operation::State::Pending;
    operation.referenceId = referenceId;
    operation.referenceLink = referenceLink;
    operation.referenceCommand = command;
    m_operations.insert(operation.id, operation);
    // The change itself is already made; only its Operation takes a while, as Exoscale's do.
    QTimer::singleShot(m_iamOperationDelay, this, [this, id = operation.id] {
        auto it = m_operations.find(id);
        if (it != m_operations.end())
            it->state = Operation::State::Success;
    });
    QJsonObject json = ApiJson::toJson(operation);
    if (referenceId.isEmpty()) {
        // The organisation policy has no id: the reference still says what changed.
        json.insert(
            "reference"_L1, QJsonObject{{"link"_L1, referenceLink}, {"command"_L1, command}});
    }
    return answer(200, json);
}

HttpAction Sandbox::dispatchIam(const HttpRequest &request, const Call &call)
{
    const QString &operation = call.operation;
    const bool needsObject = operation == u"create-api-key" || operation == u"create-iam-role"
        || operation == u"update-iam-role" || operation == u"update-iam-role-policy"
        || operation == u"update-iam-organization-policy";
    if (needsObject && !call.bodyIsObject)
        return failure(400, QStringLiteral("The request body is not a JSON object"));

    if (operation == u"list-api-keys")
        return listApiKeys();
    if (operation == u"create-api-key")
        return createApiKeyFromRequest(call);
    if (operation == u"get-api-key")
        return getApiKey(call.argument);
    if (operation == u"delete-api-key")
        return deleteApiKey(call.argument);
    if (operation == u"list-iam-roles")
        return listRoles();
    if (operation == u"create-iam-role")
        return createRoleFromRequest(call);
    if (operation == u"get-iam-role")
        return getRole(call.argument);
    if (operation == u"update-iam-role")
        return updateRole(call);
    if (operation == u"update-iam-role-policy")
        return updateRolePolicy(call);
    if (operation == u"delete-iam-role")
        return deleteRole(call.argument);
    if (operation == u"get-iam-organization-policy")
        return getOrganizationPolicy();
    if (operation == u"update-iam-organization-policy")
        return updateOrganizationPolicy(call);
    if (operation == u"reset-iam-organization-policy")
        return resetOrganizationPolicy();
    if (operation == u"list-users")
        return listUsers();
    if (operation == u"list-events")
        return listEvents(request);
    return failure(404, QStringLiteral("No such endpoint"));
}

HttpAction Sandbox::listApiKeys() const
{
    QJsonArray array;
    for (const QString &id : m_apiKeyOrder)
        array.append(apiKeyToJson(m_apiKeys.value(id)));
    return answer(200, QJsonObject{{"api-keys"_L1, array}});
}

HttpAction Sandbox::createApiKeyFromRequest(const Call &call)
{
    const QJsonValue name = call.body.value("name"_L1);
    if (name.isUndefined())
        return failure(400, QStringLiteral("name: is required"));
    if (const auto problem = checkText(name, "name"_L1, 1, 255))
        return failure(400, *problem);
    const QJsonValue roleId = call.body.value("role-id"_L1);
    if (roleId.isUndefined())
        return failure(400, QStringLiteral("role-id: is required"));
    if (!roleId.isString())
        return failure(400, QStringLiteral("role-id: a string is required"));
    auto created = createApiKey(name.toString(), roleId.toString());
    if (!created)
        return failure(created.error());
    QJsonObject json = apiKeyToJson(m_apiKeys.value(created->key));
    json.insert("secret"_L1, created->secret.reveal());
    return answer(200, json);
}

HttpAction Sandbox::getApiKey(const QString &key) const
{
    const auto it = m_apiKeys.constFind(key);
    if (it == m_apiKeys.constEnd())
        return failure(404, QStringLiteral("API key %1 not found").arg(key));
    return answer(200, apiKeyToJson(*it));
}

HttpAction Sandbox::deleteApiKey(const QString &key)
{
    // Exoscale's answer for a key that is not there (or no longer), word for word.
    if (!m_apiKeys.contains(key))
        return failure(400, QStringLiteral("API Key not in organization"));
    m_apiKeys.remove(key);
    m_apiKeyOrder.removeOne(key);
    return startIamOperation(u"delete-api-key"_s, key, QStringLiteral("/v2/api-key/") + key);
}

HttpAction Sandbox::listRoles() const
{
    QJsonArray array;
    for (const QString &id : m_roleOrder)
        array.append(roleToJson(m_roles.value(id)));
    return answer(200, QJsonObject{{"iam-roles"_L1, array}});
}

HttpAction Sandbox::createRoleFromRequest(const Call &call)
{
    const auto id = createRole(call.body);
    if (!id)
        return failure(id.error());
    return startIamOperation(
        u"create-iam-role"_s, id.value(), QStringLiteral("/v2/iam-role/") + id.value());
}

HttpAction Sandbox::getRole(const QString &id) const
{
    // A malformed id is simply one that no role has: 404 as well.
    const auto it = m_roles.constFind(id);
    if (it == m_roles.constEnd())
        return failure(404, QStringLiteral("IAM role %1 not found").arg(id));
    return answer(200, roleToJson(*it));
}

HttpAction Sandbox::updateRole(const Call &call)
{
    const auto it = m_roles.find(call.argument);
    if (it == m_roles.end())
        return failure(404, QStringLiteral("IAM role %1 not found").arg(call.argument));
    if (it->builtIn) {
        return failure(403,
            QStringLiteral("The built-in role %1 can be neither modified nor deleted")
                .arg(it->name()));
    }
    if (!it->isEditable())
        return failure(403, QStringLiteral("The IAM role %1 is not editable").arg(it->name()));
    // A client may send back the whole role it read: what never changes is accepted unchanged.
    for (const auto fixed : {"id"_L1, "name"_L1, "editable"_L1}) {
        if (call.body.contains(fixed) && call.body.value(fixed) != it->members.value(fixed)) {
            return failure(400,
                QStringLiteral("%1: cannot be changed after the role is created (a rename is a "
                               "new role)")
                    .arg(fixed));
        }
    }
    if (call.body.contains("policy"_L1)
        && call.body.value("policy"_L1) != it->policy.policy().toJson()) {
        return failure(400,
            QStringLiteral("policy: is changed with update-iam-role-policy "
                           "(PUT /v2/iam-role/{id}:policy)"));
    }
    for (auto member = call.body.begin(); member != call.body.end(); ++member) {
        if (const auto problem = checkRoleMember(member.key(), member.value()))
            return failure(400, *problem);
    }
    for (auto member = call.body.begin(); member != call.body.end(); ++member) {
        if (member.key() != u"policy")
            it->members.insert(member.key(), member.value());
    }
    return startIamOperation(
        u"update-iam-role"_s, call.argument, QStringLiteral("/v2/iam-role/") + call.argument);
}

HttpAction Sandbox::updateRolePolicy(const Call &call)
{
    const auto it = m_roles.find(call.argument);
    if (it == m_roles.end())
        return failure(404, QStringLiteral("IAM role %1 not found").arg(call.argument));
    if (it->builtIn) {
        return failure(403,
            QStringLiteral("The built-in role %1 can be neither modified nor deleted")
                .arg(it->name()));
    }
    if (!it->isEditable())
        return failure(403, QStringLiteral("The IAM role %1 is not editable").arg(it->name()));
    auto policy = readPolicy(call.body, {});
    if (!policy)
        return failure(policy.error());
    it->policy = CompiledPolicy(policy.value());
    return startIamOperation(u"update-iam-role-policy"_s, call.argument,
        QStringLiteral("/v2/iam-role/") + call.argument);
}

HttpAction Sandbox::deleteRole(const QString &id)
{
    const auto it = m_roles.constFind(id);
    if (it == m_roles.constEnd())
        return failure(404, QStringLiteral("IAM role %1 not found").arg(id));
    if (it->builtIn) {
        return failure(403,
            QStringLiteral("The built-in role %1 can be neither modified nor deleted")
                .arg(it->name()));
    }
    const auto keys = std::count_if(m_apiKeys.begin(), m_apiKeys.end(),
        [&id](const StoredApiKey &key) { return key.roleId == id; });
    const auto users = std::count_if(m_users.begin(), m_users.end(),
        [&id](const StoredUser &user) { return user.roleId == id; });
    if (keys > 0 || users > 0) {
        return failure(409,
            QStringLiteral("The IAM role %1 is still bound to %2 API key(s) and %3 user(s): "
                           "delete them or move them to another role first")
                .arg(it->name())
                .arg(keys)
                .arg(users));
    }
    m_roles.remove(id);
    m_roleOrder.removeOne(id);
    return startIamOperation(u"delete-iam-role"_s, id, QStringLiteral("/v2/iam-role/") + id);
}

HttpAction Sandbox::getOrganizationPolicy() const
{
    return answer(200, m_organizationPolicy.policy().toJson());
}

HttpAction Sandbox::updateOrganizationPolicy(const Call &call)
{
    auto policy = readPolicy(call.body, {});
    if (!policy)
        return failure(policy.error());
    m_organizationPolicy = CompiledPolicy(policy.value());
    return startIamOperation(
        u"update-iam-organization-policy"_s, {}, QStringLiteral("/v2/iam-organization-policy"));
}

HttpAction Sandbox::resetOrganizationPolicy()
{
    m_organizationPolicy = CompiledPolicy();
    return startIamOperation(
        u"reset-iam-organization-policy"_s, {}, QStringLiteral("/v2/iam-organization-policy"));
}

HttpAction Sandbox::listUsers() const
{
    QJsonArray array;
    for (const StoredUser &user : m_users) {
        array.append(QJsonObject{{"id"_L1, user.id}, {"email"_L1, user.email},
            {"role"_L1, roleJson(user.roleId)}, {"pending"_L1, user.pending}, {"sso"_L1, user.sso},
            {"two-factor-authentication"_L1, user.twoFactor}});
    }
    return answer(200, QJsonObject{{"users"_L1, array}});
}

HttpAction Sandbox::listEvents(const HttpRequest &request) const
{
    const QJsonObject query = queryObject(request);
    const QDateTime now = m_clock().toUTC();
    QDateTime from;
    QDateTime to;
    for (const auto &[name, out] : {std::pair{"from"_L1, &from}, std::pair{"to"_L1, &to}}) {
        if (!query.contains(name))
            continue;
        const auto time = readTimestamp(query.value(name).toString());
        if (!time) {
            return failure(400,
                QStringLiteral("%1: an RFC 3339 timestamp is required, e.g. "
                               "2026-01-31T12:00:00Z")
                    .arg(name));
        }
        *out = *time;
    }
    if (!to.isValid())
        to = now;
    if (!from.isValid())
        from = to.addSecs(-defaultEventRangeSeconds);
    if (from > to)
        return failure(400, QStringLiteral("from: must not be after to"));
    const QDateTime oldest = now.addDays(-eventRetentionDays);

    QList<const StoredEvent *> chosen;
    for (const StoredEvent &event : m_events) {
        if (event.time >= from && event.time <= to && event.time >= oldest)
            chosen.append(&event);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
        [](const StoredEvent *a, const StoredEvent *b) { return a->time < b->time; });
    QJsonArray array;
    for (const StoredEvent *event : chosen)
        array.append(event->json);
    return answer(200, array);
}

void Sandbox::recordEvent(
    const HttpRequest &request, const Call &call, const HttpAction &action, qint64 elapsedMs)
{
    const QDateTime now = m_clock().toUTC();
    const int status = action.response.status;
    const QJsonObject answerJson = QJsonDocument::fromJson(action.response.body).object();
    QString message = answerJson.value("message"_L1).toString();
    if (status < 300 || message.isEmpty())
        message = QString::fromLatin1(HttpServer::reasonPhrase(status));

    QJsonObject body = call.body;
    // Never a secret in the audit trail, whatever a request carried.
    for (const QString &name : body.keys()) {
        if (name.contains("secret"_L1, Qt::CaseInsensitive))
            body.remove(name);
    }
    QJsonObject pathParameters;
    if (!call.argument.isEmpty())
        pathParameters.insert("id"_L1, call.argument);
    const QByteArray path = request.path();

    QJsonObject event{{"timestamp"_L1, now.toString(Qt::ISODateWithMs)},
        {"handler"_L1, call.operation}, {"message"_L1, message}, {"status"_L1, status},
        {"uri"_L1, QString::fromUtf8(path)}, {"zone"_L1, zone()},
        {"source-ip"_L1,
            request.peerAddress.isNull() ? u"127.0.0.1"_s : request.peerAddress.toString()},
        {"request-id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"elapsed-ms"_L1, elapsedMs}, {"get-params"_L1, queryObject(request)},
        {"path-params"_L1, pathParameters}, {"body-params"_L1, body}};
    if (call.signedByApiKey) {
        // From the call: the key may be gone by now (a key deleting itself).
        event.insert("iam-api-key"_L1,
            QJsonObject{{"name"_L1, call.signerName}, {"key"_L1, call.signer},
                {"role-id"_L1, call.signerRoleId}});
        event.insert("iam-role"_L1,
            QJsonObject{{"id"_L1, call.signerRoleId}, {"name"_L1, call.signerRoleName}});
    }
    // No request is signed by a person in the sandbox: "iam-user" is never set.

    const QDateTime oldest = now.addDays(-eventRetentionDays);
    m_events.removeIf([&oldest](const StoredEvent &stored) { return stored.time < oldest; });
    m_events.append({now, event});
    if (m_events.size() > maximumEvents)
        m_events.removeFirst();
}

} // namespace Keyport
