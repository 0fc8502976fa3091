// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJson.h"

#include "AccessKeyListReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Keyport {

namespace {

using namespace Qt::StringLiterals;

// Each helper returns false and fills @p problem when the value is not what the wire promises.
bool readString(const QJsonObject &object, QLatin1StringView field, QString &out, QString &problem,
    bool required = false)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            problem = ApiJson::tr("the field \"%1\" is missing").arg(field);
            return false;
        }
        out.clear();
        return true;
    }
    if (!value.isString()) {
        problem = ApiJson::tr("the field \"%1\" is not a string").arg(field);
        return false;
    }
    out = value.toString();
    return true;
}

bool readStringList(
    const QJsonObject &object, QLatin1StringView field, QStringList &out, QString &problem)
{
    const QJsonValue value = object.value(field);
    out.clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        problem = ApiJson::tr("the field \"%1\" is not a list").arg(field);
        return false;
    }
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue item : array) {
        if (!item.isString()) {
            problem
                = ApiJson::tr("the field \"%1\" holds something that is not a string").arg(field);
            return false;
        }
        out.append(item.toString());
    }
    return true;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::malformedResponse(ApiJson::tr("invalid JSON at offset %1 (%2)")
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error::malformedResponse(ApiJson::tr("expected a JSON object"));
    return document.object();
}

Result<QJsonArray> arrayField(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return Error::malformedResponse(ApiJson::tr("the field \"%1\" is missing").arg(field));
    if (!value.isArray())
        return Error::malformedResponse(ApiJson::tr("the field \"%1\" is not a list").arg(field));
    return value.toArray();
}

Result<AccessKeyResource> resourceFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error::malformedResponse(ApiJson::tr("a resource is not an object"));
    const QJsonObject object = value.toObject();
    QString domain, type, name, problem;
    if (!readString(object, "domain"_L1, domain, problem, true)
        || !readString(object, "resource-type"_L1, type, problem, true)
        || !readString(object, "resource-name"_L1, name, problem, true))
        return Error::malformedResponse(ApiJson::tr("in a resource, %1").arg(problem));
    return AccessKeyResource(domain, type, name);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

Result<AccessKey> ApiJson::accessKeyFromJson(const QJsonObject &object)
{
    AccessKey key;
    QString problem;
    if (!readString(object, "key"_L1, key.key, problem, true)
        || !readString(object, "name"_L1, key.name, problem)
        || !readString(object, "type"_L1, key.typeText, problem)
        || !readString(object, "version"_L1, key.version, problem)
        || !readStringList(object, "tags"_L1, key.tags, problem)
        || !readStringList(object, "operations"_L1, key.operations, problem)) {
        return Error::malformedResponse(tr("in an access key, %1").arg(problem));
    }
    if (key.key.isEmpty())
        return Error::malformedResponse(tr("an access key has an empty id"));
    key.type = AccessKey::typeFromText(key.typeText);

    const QJsonValue resources = object.value("resources"_L1);
    if (!resources.isUndefined() && !resources.isNull()) {
        if (!resources.isArray()) {
            return Error::malformedResponse(
                tr("in the access key %1, \"resources\" is not a list").arg(key.key));
        }
        for (const QJsonValue item : resources.toArray()) {
            auto resource = resourceFromJson(item);
            if (!resource) {
                return Error::malformedResponse(
                    tr("in the access key %1: %2").arg(key.key, resource.error().detail()));
            }
            key.resources.append(std::move(resource).value());
        }
    }
    return key;
}

Result<AccessKeys> ApiJson::parseAccessKeyList(const QByteArray &body)
{
    // The one answer that can be large: read in one pass (see AccessKeyListReader).
    return AccessKeyListReader::parse(body);
}

Result<AccessKey> ApiJson::parseAccessKey(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    return accessKeyFromJson(object.value());
}

Result<CreatedKey> ApiJson::parseCreatedKey(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    auto key = accessKeyFromJson(object.value());
    if (!key)
        return key.error();
    const QJsonValue secret = object->value("secret"_L1);
    if (!secret.isString() || secret.toString().isEmpty())
        return Error::malformedResponse(tr("the new key's secret is missing from the answer"));
    return CreatedKey{std::move(key).value(), Secret::fromString(secret.toString())};
}

Result<QList<CatalogOperation>> ApiJson::parseOperationList(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    auto array = arrayField(object.value(), "access-key-operations"_L1);
    if (!array)
        return array.error();
    QList<CatalogOperation> operations;
    operations.reserve(array->size());
    for (const QJsonValue item : array.value()) {
        if (!item.isObject())
            return Error::malformedResponse(tr("an entry of the operation list is not an object"));
        CatalogOperation operation;
        QString problem;
        if (!readString(item.toObject(), "operation"_L1, operation.name, problem, true)
            || !readStringList(item.toObject(), "tags"_L1, operation.tags, problem))
            return Error::malformedResponse(tr("in the operation list, %1").arg(problem));
        if (operation.name.isEmpty())
            return Error::malformedResponse(tr("the operation list names an empty operation"));
        operations.append(std::move(operation));
    }
    return operations;
}

Result<Operation> ApiJson::parseOperation(const QByteArray &body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    Operation operation;
    QString state, problem;
    if (!readString(object.value(), "id"_L1, operation.id, problem, true)
        || !readString(object.value(), "state"_L1, state, problem, true)
        || !readString(object.value(), "reason"_L1, operation.reason, problem)
        || !readString(object.value(), "message"_L1, operation.message, problem))
        return Error::malformedResponse(tr("in an operation, %1").arg(problem));
    if (state == u"pending")
        operation.state = Operation::State::Pending;
    else if (state == u"success")
        operation.state = Operation::State::Success;
    else if (state == u"failure")
        operation.state = Operation::State::Failure;
    else if (state == u"timeout")
        operation.state = Operation::State::Timeout;
    else
        return Error::malformedResponse(tr("the operation state \"%1\" is unknown").arg(state));

    const QJsonValue reference = object->value("reference"_L1);
    if (reference.isObject()) {
        const QJsonObject ref = reference.toObject();
        if (!readString(ref, "id"_L1, operation.referenceId, problem)
            || !readString(ref, "link"_L1, operation.referenceLink, problem)
            || !readString(ref, "command"_L1, operation.referenceCommand, problem))
            return Error::malformedResponse(tr("in an operation's reference, %1").arg(problem));
    } else if (!reference.isUndefined() && !reference.isNull()) {
        return Error::malformedResponse(tr("an operation's reference is not an object"));
    }
    return operation;
}

QString ApiJson::errorMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto field : {"message"_L1, "detail"_L1, "title"_L1, "error"_L1}) {
        const QString text = object.value(field).toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QByteArray ApiJson::createRequestBody(const KeyDraft &draft)
{
    QJsonObject object;
    object.insert("name"_L1, draft.name);
    if (draft.isRestricted()) {
        if (!draft.operations.isEmpty())
            object.insert("operations"_L1, toArray(draft.operations));
        if (!draft.tags.isEmpty())
            object.insert("tags"_L1, toArray(draft.tags));
        if (!draft.resources.isEmpty()) {
            QJsonArray resources;
            for (const AccessKeyResource &resource : draft.resources)
                resources.append(toJson(resource));
            object.insert("resources"_L1, resources);
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject ApiJson::toJson(const AccessKeyResource &resource)
{
    return {{"domain"_L1, resource.domain()}, {"resource-type"_L1, resource.type()},
        {"resource-name"_L1, resource.name()}};
}

QJsonObject ApiJson::toJson(const AccessKey &key)
{
    QJsonObject object{{"name"_L1, key.name}, {"key"_L1, key.key},
        {"type"_L1, key.type == AccessKey::Type::Unknown ? key.typeText : typeName(key.type)},
        {"version"_L1, key.version}};
    if (!key.tags.isEmpty())
        object.insert("tags"_L1, toArray(key.tags));
    if (!key.operations.isEmpty())
        object.insert("operations"_L1, toArray(key.operations));
    if (!key.resources.isEmpty()) {
        QJsonArray resources;
        for (const AccessKeyResource &resource : key.resources)
            resources.append(toJson(resource));
        object.insert("resources"_L1, resources);
    }
    return object;
}

QJsonObject ApiJson::toJson(const Operation &operation)
{
    QJsonObject object{{"id"_L1, operation.id}, {"state"_L1, stateName(operation.state)}};
    if (!operation.reason.isEmpty())
        object.insert("reason"_L1, operation.reason);
    if (!operation.message.isEmpty())
        object.insert("message"_L1, operation.message);
    if (!operation.referenceId.isEmpty()) {
        object.insert("reference"_L1,
            QJsonObject{{"id"_L1, operation.referenceId}, {"link"_L1, operation.referenceLink},
                {"command"_L1, operation.referenceCommand}});
    }
    return object;
}

QByteArray ApiJson::operationListBody(const QList<CatalogOperation> &operations)
{
    QJsonArray array;
    for (const CatalogOperation &operation : operations)
        array.append(
            QJsonObject{{"operation"_L1, operation.name}, {"tags"_L1, toArray(operation.tags)}});
    return QJsonDocument(QJsonObject{{"access-key-operations"_L1, array}})
        .toJson(QJsonDocument::Compact);
}

QString ApiJson::stateName(Operation::State state)
{
    switch (state) {
    case Operation::State::Pending:
        return QStringLiteral("pending");
    case Operation::State::Success:
        return QStringLiteral("success");
    case Operation::State::Failure:
        return QStringLiteral("failure");
    case Operation::State::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

QString ApiJson::typeName(AccessKey::Type type)
{
    switch (type) {
    case AccessKey::Type::Restricted:
        return QStringLiteral("restricted");
    case AccessKey::Type::Unrestricted:
        return QStringLiteral("unrestricted");
    case AccessKey::Type::Unknown:
        break;
    }
    return {};
}

} // namespace Keyport
