// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Catalog.h"
#include "domain/CreatedKey.h"
#include "domain/KeyDraft.h"
#include "domain/Operation.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Keyport {

/// The wire shapes of API.md §1.1, both ways. Parsing never trusts the input: a missing field, a
/// wrong type or garbage gives a MalformedResponse Error that names what was wrong.
class ApiJson
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::ApiJson)

public:
    static Result<AccessKeys> parseAccessKeyList(const QByteArray &body);
    static Result<AccessKey> parseAccessKey(const QByteArray &body);
    /// The create answer: the key and its secret, which must be there.
    static Result<CreatedKey> parseCreatedKey(const QByteArray &body);
    /// Both list-access-key-known-operations and list-access-key-operations.
    static Result<QList<CatalogOperation>> parseOperationList(const QByteArray &body);
    static Result<Operation> parseOperation(const QByteArray &body);

    static Result<AccessKey> accessKeyFromJson(const QJsonObject &object);

    /// What the server said in an error body: "message", then "detail"/"title", then "error".
    /// Empty when the body is not JSON or says nothing.
    static QString errorMessage(const QByteArray &body);

    /// The create-access-key body: always the name, then each restriction only when non-empty
    /// (and none for an unrestricted draft). Compact, in a stable order.
    static QByteArray createRequestBody(const KeyDraft &draft);

    static QJsonObject toJson(const AccessKey &key);
    static QJsonObject toJson(const AccessKeyResource &resource);
    static QJsonObject toJson(const Operation &operation);
    static QByteArray operationListBody(const QList<CatalogOperation> &operations);

    static QString stateName(Operation::State state);
    static QString typeName(AccessKey::Type type);
};

} // namespace Keyport
