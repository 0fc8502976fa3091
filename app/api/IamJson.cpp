// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamJson.h"

#include "domain/IamLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

const auto nameKey = "name"_L1;
const auto keyKey = "key"_L1;
const auto roleIdKey = "role-id"_L1;
const auto secretKey = "secret"_L1;
const auto idKey = "id"_L1;
const auto descriptionKey = "description"_L1;
const auto permissionsKey = "permissions"_L1;
const auto editableKey = "editable"_L1;
const auto labelsKey = "labels"_L1;
const auto policyKey = "policy"_L1;
const auto assumeRolePolicyKey = "assume-role-policy"_L1;
const auto maxSessionTtlKey = "max-session-ttl"_L1;
const auto emailKey = "email"_L1;
const auto roleKey = "role"_L1;
const auto pendingKey = "pending"_L1;
const auto ssoKey = "sso"_L1;
const auto twoFactorKey = "two-factor-authentication"_L1;

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

Error notAnObject(const QString &path)
{
    return Error::malformedResponse(path.isEmpty()
            ? IamJson::tr("the answer is not a JSON object")
            : PolicyProblem{path, IamJson::tr("is not an object")}.toString());
}

/// Takes the members of one JSON object one by one; what is left is `extra`. Remembers the first
/// thing that was wrong, with its path.
class Reader
{
public:
    Reader(QJsonObject object, QString path)
        : m_rest(std::move(object))
        , m_path(std::move(path))
    { }

    bool failed() const { return m_failed; }
    PolicyProblem problem() const { return m_problem; }
    Error error() const { return Error::malformedResponse(m_problem.toString()); }
    QJsonObject rest() const { return m_rest; }
    QString path(QLatin1StringView field) const { return IamLimits::join(m_path, field); }

    void fail(const QString &path, const QString &message)
    {
        if (!m_failed)
            m_problem = {path, message};
        m_failed = true;
    }

    /// Absent members (and null) give an undefined value.
    QJsonValue take(QLatin1StringView field)
    {
        const QJsonValue value = m_rest.take(field);
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    std::optional<QString> optionalString(QLatin1StringView field)
    {
        const QJsonValue value = take(field);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(path(field), IamJson::tr("is not a string"));
            return std::nullopt;
        }
        return value.toString();
    }

    QString string(QLatin1StringView field, bool required = false)
    {
        const bool present = m_rest.contains(field) && !m_rest.value(field).isNull();
        if (required && !present) {
            fail(path(field), IamJson::tr("is missing"));
            m_rest.remove(field);
            return {};
        }
        const auto value = optionalString(field);
        if (required && value && value->isEmpty())
            fail(path(field), IamJson::tr("is empty"));
        return value.value_or(QString());
    }

    QStringList stringList(QLatin1StringView field)
    {
        const QJsonValue value = take(field);
        QStringList result;
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            fail(path(field), IamJson::tr("is not a list"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(indexed(path(field), i), IamJson::tr("is not a string"));
                return {};
            }
            result.append(array.at(i).toString());
        }
        return result;
    }

    std::optional<bool> boolean(QLatin1StringView field)
    {
        const QJsonValue value = take(field);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            fail(path(field), IamJson::tr("is not true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<qint64> integer(QLatin1StringView field)
    {
        const QJsonValue value = take(field);
        if (value.isUndefined())
            return std::nullopt;
        // 2^53: beyond it a JSON number is no longer an exact integer in a double.
        constexpr double limit = 9007199254740992.0;
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > limit) {
            fail(path(field), IamJson::tr("is not a whole number"));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<QJsonObject> object(QLatin1StringView field)
    {
        const QJsonValue value = take(field);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            fail(path(field), IamJson::tr("is not an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QMap<QString, QString>> stringMap(QLatin1StringView field)
    {
        const auto value = object(field);
        if (!value)
            return std::nullopt;
        QMap<QString, QString> result;
        for (auto it = value->begin(); it != value->end(); ++it) {
            if (!it.value().isString()) {
                fail(IamLimits::join(path(field), it.key()), IamJson::tr("is not a string"));
                return std::nullopt;
            }
            result.insert(it.key(), it.value().toString());
        }
        return result;
    }

private:
    QJsonObject m_rest;
    QString m_path;
    PolicyProblem m_problem;
    bool m_failed = false;
};

Result<QJsonValue> parseDocument(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::malformedResponse(IamJson::tr("invalid JSON at offset %1 (%2)")
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString()));
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error::malformedResponse(IamJson::tr("the answer is not a JSON object"));
    return document->toObject();
}

/// The list under @p field of an object answer, each entry read by @p read.
template <typename T, typename Read>
Result<QList<T>> parseList(const QByteArray &body, QLatin1StringView field, Read read)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue value = object->value(field);
    if (value.isUndefined() || value.isNull())
        return Error::malformedResponse(PolicyProblem{field, IamJson::tr("is missing")}.toString());
    if (!value.isArray())
        return Error::malformedResponse(
            PolicyProblem{field, IamJson::tr("is not a list")}.toString());
    const QJsonArray array = value.toArray();
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = read(array.at(i), indexed(field, i));
        if (!item)
            return item.error();
        result.append(std::move(item).value());
    }
    return result;
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<ApiKey> IamJson::apiKeyFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject())
        return notAnObject(path);
    Reader reader(json.toObject(), path);
    ApiKey key;
    key.key = reader.string(keyKey, true);
    key.name = reader.string(nameKey);
    key.roleId = reader.string(roleIdKey);
    if (reader.failed())
        return reader.error();
    key.extra = reader.rest();
    return key;
}

Result<IamPolicy> IamJson::policyFromJson(const QJsonValue &json, const QString &path)
{
    PolicyProblems problems;
    auto policy = IamPolicy::fromJson(json, &problems, path);
    if (!policy) {
        return problems.isEmpty() ? notAnObject(path)
                                  : Error::malformedResponse(problems.first().toString());
    }
    // A problem that left nothing out (a rule list beside type "allow") is no reason to refuse
    // the answer; one that would lose part of the policy on the way back is.
    if (!problems.isEmpty() && policy->toJson() != json.toObject())
        return Error::malformedResponse(problems.first().toString());
    return std::move(*policy);
}

Result<IamRole> IamJson::roleFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject())
        return notAnObject(path);
    Reader reader(json.toObject(), path);
    IamRole role;
    role.id = reader.string(idKey, true);
    role.name = reader.string(nameKey);
    role.description = reader.optionalString(descriptionKey);
    role.permissions = reader.stringList(permissionsKey);
    role.editable = reader.boolean(editableKey).value_or(true);
    role.labels = reader.stringMap(labelsKey);
    role.assumeRolePolicy = reader.object(assumeRolePolicyKey);
    role.maxSessionTtl = reader.integer(maxSessionTtlKey);
    const QJsonValue policy = reader.take(policyKey);
    if (reader.failed())
        return reader.error();
    if (!policy.isUndefined()) {
        auto read = policyFromJson(policy, reader.path(policyKey));
        if (!read)
            return read.error();
        role.policy = std::move(read).value();
    }
    role.extra = reader.rest();
    return role;
}

Result<User> IamJson::userFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject())
        return notAnObject(path);
    Reader reader(json.toObject(), path);
    User user;
    user.id = reader.string(idKey, true);
    user.email = reader.string(emailKey);
    user.pending = reader.boolean(pendingKey).value_or(false);
    user.sso = reader.boolean(ssoKey).value_or(false);
    user.twoFactorAuthentication = reader.boolean(twoFactorKey).value_or(false);
    const QJsonValue role = reader.take(roleKey);
    if (reader.failed())
        return reader.error();
    if (!role.isUndefined()) {
        auto read = roleFromJson(role, reader.path(roleKey));
        if (!read)
            return read.error();
        user.role = std::move(read).value();
    }
    user.extra = reader.rest();
    return user;
}

Result<Event> IamJson::eventFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isObject())
        return notAnObject(path);
    Reader reader(json.toObject(), path);
    Event event;
    event.timestampText = reader.string("timestamp"_L1);
    if (!event.timestampText.isEmpty()) {
        event.timestamp = QDateTime::fromString(event.timestampText, Qt::ISODateWithMs);
        if (!event.timestamp.isValid()) {
            reader.fail(reader.path("timestamp"_L1),
                tr("\"%1\" is not a date and time (RFC 3339)").arg(event.timestampText));
        }
    }
    event.handler = reader.string("handler"_L1);
    event.message = reader.string("message"_L1);
    if (const auto status = reader.integer("status"_L1))
        event.status = int(*status);
    event.uri = reader.string("uri"_L1);
    event.zone = reader.string("zone"_L1);
    event.sourceIp = reader.string("source-ip"_L1);
    event.requestId = reader.string("request-id"_L1);
    event.elapsedMs = reader.integer("elapsed-ms"_L1);
    event.getParams = reader.object("get-params"_L1);
    event.pathParams = reader.object("path-params"_L1);
    event.bodyParams = reader.object("body-params"_L1);
    const QJsonValue apiKey = reader.take("iam-api-key"_L1);
    const QJsonValue role = reader.take("iam-role"_L1);
    const QJsonValue user = reader.take("iam-user"_L1);
    if (reader.failed())
        return reader.error();
    if (!apiKey.isUndefined()) {
        auto read = apiKeyFromJson(apiKey, reader.path("iam-api-key"_L1));
        if (!read)
            return read.error();
        event.iamApiKey = std::move(read).value();
    }
    if (!role.isUndefined()) {
        auto read = roleFromJson(role, reader.path("iam-role"_L1));
        if (!read)
            return read.error();
        event.iamRole = std::move(read).value();
    }
    if (!user.isUndefined()) {
        auto read = userFromJson(user, reader.path("iam-user"_L1));
        if (!read)
            return read.error();
        event.iamUser = std::move(read).value();
    }
    event.extra = reader.rest();
    return event;
}

Result<QList<ApiKey>> IamJson::parseApiKeyList(const QByteArray &body)
{
    return parseList<ApiKey>(body, "api-keys"_L1, &IamJson::apiKeyFromJson);
}

Result<ApiKey> IamJson::parseApiKey(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    return apiKeyFromJson(object.value());
}

Result<CreatedApiKey> IamJson::parseCreatedApiKey(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue secret = object.value().take(secretKey);
    auto key = apiKeyFromJson(object.value());
    if (!key)
        return key.error();
    if (!secret.isString() || secret.toString().isEmpty())
        return Error::malformedResponse(tr("the new key's secret is missing from the answer"));
    return CreatedApiKey{std::move(key).value(), Secret::fromString(secret.toString())};
}

Result<QList<IamRole>> IamJson::parseRoleList(const QByteArray &body)
{
    return parseList<IamRole>(body, "iam-roles"_L1, &IamJson::roleFromJson);
}

Result<IamRole> IamJson::parseRole(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    return roleFromJson(object.value());
}

Result<IamPolicy> IamJson::parsePolicy(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    return policyFromJson(object.value());
}

Result<QList<User>> IamJson::parseUserList(const QByteArray &body)
{
    return parseList<User>(body, "users"_L1, &IamJson::userFromJson);
}

Result<QList<Event>> IamJson::parseEventList(const QByteArray &body)
{
    auto document = parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isArray())
        return Error::malformedResponse(tr("the answer is not a list of events"));
    const QJsonArray array = document->toArray();
    QList<Event> events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto event = eventFromJson(array.at(i), indexed(QString(), i));
        if (!event)
            return event.error();
        events.append(std::move(event).value());
    }
    return events;
}

std::optional<IamRoleDraft> IamJson::roleDraftFromJson(
    const QJsonValue &json, PolicyProblems *problems)
{
    PolicyProblems ignored;
    if (!problems)
        problems = &ignored;
    if (!json.isObject()) {
        problems->append({QString(), tr("a role must be a JSON object")});
        return std::nullopt;
    }
    QJsonObject object = json.toObject();
    // Read member by member, so that each problem keeps its own path.
    const auto readOne = [&](QLatin1StringView field, auto read) {
        Reader reader(QJsonObject{{field, object.take(field)}}, QString());
        auto value = read(reader, field);
        if (reader.failed())
            problems->append(reader.problem());
        return value;
    };
    IamRoleDraft draft;
    bool usable = true;
    if (!object.contains(nameKey)) {
        problems->append({nameKey, tr("is missing")});
        usable = false;
    }
    draft.name = readOne(nameKey, [](Reader &r, QLatin1StringView f) { return r.string(f); });
    draft.description = readOne(
        descriptionKey, [](Reader &r, QLatin1StringView f) { return r.optionalString(f); });
    draft.permissions
        = readOne(permissionsKey, [](Reader &r, QLatin1StringView f) { return r.stringList(f); });
    draft.editable = readOne(editableKey, [](Reader &r, QLatin1StringView f) {
        return r.boolean(f);
    }).value_or(true);
    draft.labels = readOne(labelsKey, [](Reader &r, QLatin1StringView f) {
        return r.stringMap(f);
    }).value_or(QMap<QString, QString>());
    draft.assumeRolePolicy
        = readOne(assumeRolePolicyKey, [](Reader &r, QLatin1StringView f) { return r.object(f); });
    draft.maxSessionTtl
        = readOne(maxSessionTtlKey, [](Reader &r, QLatin1StringView f) { return r.integer(f); });
    const QJsonValue policy = object.take(policyKey);
    if (policy.isUndefined() || policy.isNull()) {
        problems->append({policyKey, tr("is missing: a role is never created without a policy")});
        usable = false;
    } else if (auto read = IamPolicy::fromJson(policy, problems, policyKey)) {
        draft.policy = std::move(*read);
    } else {
        usable = false;
    }
    // Read-only members of a role read back (`exo iam role show -O json`) are not part of a
    // create.
    object.remove(idKey);
    draft.extra = object;
    if (!usable)
        return std::nullopt;
    return draft;
}

QJsonObject IamJson::toJson(const ApiKey &key)
{
    QJsonObject object = key.extra;
    object.insert(nameKey, key.name);
    object.insert(keyKey, key.key);
    object.insert(roleIdKey, key.roleId);
    return object;
}

QJsonObject IamJson::toJson(const IamRole &role)
{
    QJsonObject object = role.extra;
    object.insert(idKey, role.id);
    object.insert(nameKey, role.name);
    if (role.description)
        object.insert(descriptionKey, *role.description);
    object.insert(permissionsKey, QJsonArray::fromStringList(role.permissions));
    object.insert(editableKey, role.editable);
    if (role.labels)
        object.insert(labelsKey, Keyport::toJson(*role.labels));
    if (role.policy)
        object.insert(policyKey, role.policy->toJson());
    if (role.assumeRolePolicy)
        object.insert(assumeRolePolicyKey, *role.assumeRolePolicy);
    if (role.maxSessionTtl)
        object.insert(maxSessionTtlKey, double(*role.maxSessionTtl));
    return object;
}

QJsonObject IamJson::toJson(const IamRoleDraft &draft)
{
    QJsonObject object = draft.extra;
    object.insert(nameKey, draft.name);
    if (draft.description)
        object.insert(descriptionKey, *draft.description);
    if (!draft.permissions.isEmpty())
        object.insert(permissionsKey, QJsonArray::fromStringList(draft.permissions));
    object.insert(editableKey, draft.editable);
    if (!draft.labels.isEmpty())
        object.insert(labelsKey, Keyport::toJson(draft.labels));
    object.insert(policyKey, draft.policy.toJson());
    if (draft.assumeRolePolicy)
        object.insert(assumeRolePolicyKey, *draft.assumeRolePolicy);
    if (draft.maxSessionTtl)
        object.insert(maxSessionTtlKey, double(*draft.maxSessionTtl));
    return object;
}

QJsonObject IamJson::toJson(const User &user)
{
    QJsonObject object = user.extra;
    object.insert(idKey, user.id);
    object.insert(emailKey, user.email);
    if (user.role)
        object.insert(roleKey, toJson(*user.role));
    object.insert(pendingKey, user.pending);
    object.insert(ssoKey, user.sso);
    object.insert(twoFactorKey, user.twoFactorAuthentication);
    return object;
}

QJsonObject IamJson::toJson(const Event &event)
{
    QJsonObject object = event.extra;
    const auto insertText = [&object](QLatin1StringView field, const QString &text) {
        if (!text.isEmpty())
            object.insert(field, text);
    };
    if (event.timestamp.isValid()) {
        const bool unchanged = !event.timestampText.isEmpty()
            && QDateTime::fromString(event.timestampText, Qt::ISODateWithMs) == event.timestamp;
        object.insert("timestamp"_L1, unchanged ? event.timestampText : rfc3339(event.timestamp));
    }
    insertText("handler"_L1, event.handler);
    insertText("message"_L1, event.message);
    if (event.status)
        object.insert("status"_L1, *event.status);
    insertText("uri"_L1, event.uri);
    insertText("zone"_L1, event.zone);
    insertText("source-ip"_L1, event.sourceIp);
    insertText("request-id"_L1, event.requestId);
    if (event.elapsedMs)
        object.insert("elapsed-ms"_L1, double(*event.elapsedMs));
    if (event.getParams)
        object.insert("get-params"_L1, *event.getParams);
    if (event.pathParams)
        object.insert("path-params"_L1, *event.pathParams);
    if (event.bodyParams)
        object.insert("body-params"_L1, *event.bodyParams);
    if (event.iamApiKey)
        object.insert("iam-api-key"_L1, toJson(*event.iamApiKey));
    if (event.iamRole)
        object.insert("iam-role"_L1, toJson(*event.iamRole));
    if (event.iamUser)
        object.insert("iam-user"_L1, toJson(*event.iamUser));
    return object;
}

QByteArray IamJson::createApiKeyBody(const ApiKey &key)
{
    return compact(QJsonObject{{nameKey, key.name}, {roleIdKey, key.roleId}});
}

QByteArray IamJson::createRoleBody(const IamRoleDraft &draft)
{
    return compact(toJson(draft));
}

QByteArray IamJson::updateRoleBody(const IamRole &role)
{
    QJsonObject object;
    if (role.description)
        object.insert(descriptionKey, *role.description);
    object.insert(permissionsKey, QJsonArray::fromStringList(role.permissions));
    if (role.labels)
        object.insert(labelsKey, Keyport::toJson(*role.labels));
    if (role.maxSessionTtl)
        object.insert(maxSessionTtlKey, double(*role.maxSessionTtl));
    if (role.assumeRolePolicy)
        object.insert(assumeRolePolicyKey, *role.assumeRolePolicy);
    return compact(object);
}

QByteArray IamJson::policyBody(const IamPolicy &policy)
{
    return compact(policy.toJson());
}

QString IamJson::rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Keyport
