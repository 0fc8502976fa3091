// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJson.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestApiJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessKeyList();
    void emptyAccessKeyList();
    void singleAccessKey();
    void unknownKeyTypeIsKept();
    void unknownFieldsAreIgnored();
    void createdKeyCarriesTheSecret();
    void operationList();
    void knownOperationsCatalog();
    void operationStates_data();
    void operationStates();
    void operationWithReference();
    void operationWithoutReference_data();
    void operationWithoutReference();

    void malformed_data();
    void malformed();

    void createRequestBody_data();
    void createRequestBody();

    void errorMessage_data();
    void errorMessage();

    void accessKeyRoundTrip_data();
    void accessKeyRoundTrip();
    void wireRoundTrip();
    void operationRoundTrip_data();
    void operationRoundTrip();
    void operationListRoundTrip();
    void names();
};

namespace {

enum class Parser { AccessKeyList, AccessKey, CreatedKey, OperationList, Operation };

const QString keyId = u"EXO29147e9f89102b7ac1e88514"_s;

/// Runs one parser on @p body and returns its error (none when it succeeded).
Error parseWith(Parser parser, const QByteArray &body)
{
    switch (parser) {
    case Parser::AccessKeyList:
        return ApiJson::parseAccessKeyList(body).error();
    case Parser::AccessKey:
        return ApiJson::parseAccessKey(body).error();
    case Parser::CreatedKey:
        return ApiJson::parseCreatedKey(body).error();
    case Parser::OperationList:
        return ApiJson::parseOperationList(body).error();
    case Parser::Operation:
        return ApiJson::parseOperation(body).error();
    }
    return Error(Error::Code::InvalidInput, u"no such parser"_s);
}

/// A single access key object with @p fields spliced in after the id.
QByteArray keyWith(const QByteArray &fields)
{
    return R"({"key":")" + keyId.toUtf8() + '"' + (fields.isEmpty() ? "" : ",") + fields + '}';
}

AccessKeyResource bucket(const QString &name)
{
    return AccessKeyResource(u"sos"_s, u"bucket"_s, name);
}

KeyDraft restrictedDraft(const QString &name, const QStringList &tags,
    const QStringList &operations, const AccessKeyResources &resources)
{
    KeyDraft draft;
    draft.name = name;
    draft.kind = KeyDraft::Kind::Restricted;
    draft.tags = tags;
    draft.operations = operations;
    draft.resources = resources;
    return draft;
}

QByteArray operationBody(const QByteArray &state)
{
    return R"({"id":"a02baf5a-a3e4-49a0-857b-8a08d276c1c0","state":")" + state
        + R"(","reason":"busy","message":"m"})";
}

} // namespace

void TestApiJson::accessKeyList()
{
    const auto keys = ApiJson::parseAccessKeyList(Test::readData(u"json/access-key-list.json"_s));
    QVERIFY2(keys.isOk(), qPrintable(keys.error().detail()));
    QCOMPARE(keys->size(), 3);

    const AccessKey &ci = keys->at(0);
    QCOMPARE(ci.name, u"ci-deploy"_s);
    QCOMPARE(ci.key, keyId);
    QCOMPARE(ci.type, AccessKey::Type::Restricted);
    QCOMPARE(ci.typeText, u"restricted"_s);
    QVERIFY(ci.isRestricted());
    QCOMPARE(ci.version, u"v2"_s);
    QCOMPARE(ci.tags, QStringList{u"sks"_s});
    QCOMPARE(ci.operations, (QStringList{u"get-operation"_s, u"list-zones"_s}));
    QCOMPARE(ci.resources.size(), 2);
    QCOMPARE(ci.resources.at(0), bucket(u"ci-artifacts"_s));
    QCOMPARE(
        ci.resources.at(1), AccessKeyResource(u"partner"_s, u"product"_s, u"vendor:plan:pro"_s));

    const AccessKey &admin = keys->at(1);
    QCOMPARE(admin.name, u"admin"_s);
    QCOMPARE(admin.key, u"EXO0123456789abcdef01234567"_s);
    QCOMPARE(admin.type, AccessKey::Type::Unrestricted);
    QVERIFY(!admin.isRestricted());
    QCOMPARE(admin.version, u"v1"_s);
    QVERIFY(admin.tags.isEmpty());
    QVERIFY(admin.operations.isEmpty());
    QVERIFY(admin.resources.isEmpty());

    for (const AccessKey &key : keys.value())
        QVERIFY2(AccessKey::isValidKeyId(key.key), qPrintable(key.key));
}

void TestApiJson::emptyAccessKeyList()
{
    const auto keys = ApiJson::parseAccessKeyList(R"({"access-keys": []})");
    QVERIFY(keys.isOk());
    QVERIFY(keys->isEmpty());
}

void TestApiJson::singleAccessKey()
{
    const auto key = ApiJson::parseAccessKey(Test::readData(u"json/access-key.json"_s));
    QVERIFY2(key.isOk(), qPrintable(key.error().detail()));
    QCOMPARE(key->name, u"backup-reader"_s);
    QCOMPARE(key->key, u"EXOaaaabbbbccccddddeeeeffff"_s);
    QCOMPARE(key->type, AccessKey::Type::Restricted);
    QCOMPARE(key->version, u"v2"_s);
    QVERIFY(key->tags.isEmpty());
    QCOMPARE(key->operations, (QStringList{u"get-sos-object"_s, u"list-sos-bucket"_s}));
    QCOMPARE(key->resources, AccessKeyResources{bucket(u"nightly-backups"_s)});
}

void TestApiJson::unknownKeyTypeIsKept()
{
    const auto keys = ApiJson::parseAccessKeyList(Test::readData(u"json/access-key-list.json"_s));
    QVERIFY(keys.isOk());
    const AccessKey &future = keys->at(2);
    QCOMPARE(future.type, AccessKey::Type::Unknown);
    QCOMPARE(future.typeText, u"scoped"_s);
    QVERIFY(!future.isRestricted());

    const auto single = ApiJson::parseAccessKey(keyWith(R"("type":"scoped")"));
    QVERIFY(single.isOk());
    QCOMPARE(single->type, AccessKey::Type::Unknown);
    QCOMPARE(single->typeText, u"scoped"_s);

    const auto untyped = ApiJson::parseAccessKey(keyWith({}));
    QVERIFY(untyped.isOk());
    QCOMPARE(untyped->type, AccessKey::Type::Unknown);
    QVERIFY(untyped->typeText.isEmpty());
}

void TestApiJson::unknownFieldsAreIgnored()
{
    const auto key = ApiJson::parseAccessKey(
        keyWith(R"("name":"x","created-at":"2024-01-01T00:00:00Z","labels":{"a":1},"name2":5)"));
    QVERIFY2(key.isOk(), qPrintable(key.error().detail()));
    QCOMPARE(key->name, u"x"_s);
    QCOMPARE(key->key, keyId);

    // null is the same as absent for optional fields
    const auto nulls = ApiJson::parseAccessKey(
        keyWith(R"("name":null,"tags":null,"operations":null,"resources":null)"));
    QVERIFY2(nulls.isOk(), qPrintable(nulls.error().detail()));
    QVERIFY(nulls->name.isEmpty());
    QVERIFY(nulls->tags.isEmpty());
    QVERIFY(nulls->resources.isEmpty());
}

void TestApiJson::createdKeyCarriesTheSecret()
{
    const QByteArray body = Test::readData(u"json/created-key.json"_s);
    const auto created = ApiJson::parseCreatedKey(body);
    QVERIFY2(created.isOk(), qPrintable(created.error().detail()));
    QCOMPARE(created->key.name, u"new-key"_s);
    QCOMPARE(created->key.key, u"EXO111122223333444455556666"_s);
    QCOMPARE(created->key.type, AccessKey::Type::Restricted);
    QCOMPARE(created->key.tags, QStringList{u"compute"_s});
    QCOMPARE(created->key.operations, QStringList{u"list-zones"_s});
    QCOMPARE(created->secret.reveal(), u"not-a-real-secret-only-a-test-sample-000000"_s);
    QCOMPARE(created->secret.size(), 43);

    // The same answer read as a plain key: the key, and nowhere a secret.
    const auto plain = ApiJson::parseAccessKey(body);
    QVERIFY(plain.isOk());
    QCOMPARE(plain.value(), created->key);
}

void TestApiJson::operationList()
{
    const auto operations
        = ApiJson::parseOperationList(Test::readData(u"json/operation-list.json"_s));
    QVERIFY2(operations.isOk(), qPrintable(operations.error().detail()));
    const QList<CatalogOperation> expected{
        {u"list-zones"_s, {u"compute"_s, u"read"_s}},
        {u"create-sks-cluster"_s, {u"sks"_s}},
        {u"ping"_s, {}},
        {u"list-global-templates"_s, {}},
    };
    QCOMPARE(operations.value(), expected);
}

void TestApiJson::knownOperationsCatalog()
{
    const auto operations = ApiJson::parseOperationList(Test::readData(u"catalog.json"_s));
    QVERIFY2(operations.isOk(), qPrintable(operations.error().detail()));
    QCOMPARE(operations->size(), 285);
    QSet<QString> names;
    for (const CatalogOperation &operation : operations.value()) {
        QVERIFY(!operation.name.isEmpty());
        QVERIFY2(!operation.tags.isEmpty(), qPrintable(operation.name));
        names.insert(operation.name);
    }
    QCOMPARE(names.size(), 285);
    QVERIFY(names.contains(u"get-operation"_s));
    QVERIFY(names.contains(u"create-access-key"_s));
}

void TestApiJson::operationStates_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<Operation::State>("expected");
    QTest::addColumn<bool>("done");

    QTest::newRow("pending") << QByteArray("pending") << Operation::State::Pending << false;
    QTest::newRow("success") << QByteArray("success") << Operation::State::Success << true;
    QTest::newRow("failure") << QByteArray("failure") << Operation::State::Failure << true;
    QTest::newRow("timeout") << QByteArray("timeout") << Operation::State::Timeout << true;
}

void TestApiJson::operationStates()
{
    QFETCH(QByteArray, state);
    QFETCH(Operation::State, expected);
    QFETCH(bool, done);

    const auto operation = ApiJson::parseOperation(operationBody(state));
    QVERIFY2(operation.isOk(), qPrintable(operation.error().detail()));
    QCOMPARE(operation->state, expected);
    QCOMPARE(operation->isDone(), done);
    QCOMPARE(operation->id, u"a02baf5a-a3e4-49a0-857b-8a08d276c1c0"_s);
    QCOMPARE(operation->reason, u"busy"_s);
    QCOMPARE(operation->message, u"m"_s);
    QCOMPARE(ApiJson::stateName(operation->state), QString::fromUtf8(state));
}

void TestApiJson::operationWithReference()
{
    const auto operation = ApiJson::parseOperation(Test::readData(u"json/operation.json"_s));
    QVERIFY2(operation.isOk(), qPrintable(operation.error().detail()));
    QCOMPARE(operation->id, u"a02baf5a-a3e4-49a0-857b-8a08d276c1c0"_s);
    QCOMPARE(operation->state, Operation::State::Success);
    QVERIFY(operation->reason.isEmpty());
    QCOMPARE(operation->message, u"access key revoked"_s);
    QCOMPARE(operation->referenceId, keyId);
    QCOMPARE(operation->referenceLink, u"/v2/access-key/"_s + keyId);
    QCOMPARE(operation->referenceCommand, u"revoke-access-key"_s);
}

void TestApiJson::operationWithoutReference_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("absent") << QByteArray(R"({"id":"op-1","state":"failure"})");
    QTest::newRow("null") << QByteArray(R"({"id":"op-1","state":"failure","reference":null})");
}

void TestApiJson::operationWithoutReference()
{
    QFETCH(QByteArray, body);
    const auto operation = ApiJson::parseOperation(body);
    QVERIFY2(operation.isOk(), qPrintable(operation.error().detail()));
    QCOMPARE(operation->id, u"op-1"_s);
    QCOMPARE(operation->state, Operation::State::Failure);
    QVERIFY(operation->reason.isEmpty());
    QVERIFY(operation->message.isEmpty());
    QVERIFY(operation->referenceId.isEmpty());
    QVERIFY(operation->referenceLink.isEmpty());
    QVERIFY(operation->referenceCommand.isEmpty());
}

void TestApiJson::malformed_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions"); // what the error detail names, for well-formed JSON

    // Garbage that no parser may accept.
    const std::pair<Parser, const char *> parsers[] = {
        {Parser::AccessKeyList, "list"},
        {Parser::AccessKey, "key"},
        {Parser::CreatedKey, "created"},
        {Parser::OperationList, "operations"},
        {Parser::Operation, "operation"},
    };
    for (const auto &[parser, name] : parsers) {
        QTest::addRow("%s: empty body", name) << parser << QByteArray() << QString();
        QTest::addRow("%s: whitespace", name) << parser << QByteArray(" \n") << QString();
        QTest::addRow("%s: not JSON", name)
            << parser << QByteArray("<html>Bad Gateway</html>") << QString();
        QTest::addRow("%s: truncated", name)
            << parser << QByteArray(R"({"access-keys": [{"key)") << QString();
        QTest::addRow("%s: top-level array", name) << parser << QByteArray("[]") << QString();
        QTest::addRow("%s: top-level string", name) << parser << QByteArray(R"("x")") << QString();
        QTest::addRow("%s: null", name) << parser << QByteArray("null") << QString();
    }

    const Parser list = Parser::AccessKeyList;
    QTest::newRow("list: missing access-keys") << list << QByteArray("{}") << u"\"access-keys\""_s;
    QTest::newRow("list: misspelt access-keys")
        << list << QByteArray(R"({"access-key": []})") << u"\"access-keys\""_s;
    QTest::newRow("list: access-keys null")
        << list << QByteArray(R"({"access-keys": null})") << u"\"access-keys\""_s;
    QTest::newRow("list: access-keys an object")
        << list << QByteArray(R"({"access-keys": {}})") << u"\"access-keys\" is not a list"_s;
    QTest::newRow("list: access-keys a string")
        << list << QByteArray(R"({"access-keys": "k"})") << u"\"access-keys\" is not a list"_s;
    QTest::newRow("list: entry a number")
        << list << QByteArray(R"({"access-keys": [1]})") << u"entry 1"_s;
    QTest::newRow("list: entry a list")
        << list << QByteArray(R"({"access-keys": [[]]})") << u"entry 1"_s;
    QTest::newRow("list: entry a string")
        << list << QByteArray(R"({"access-keys": [")" + keyId.toUtf8() + R"("]})") << u"entry 1"_s;
    QTest::newRow("list: entry missing key")
        << list << QByteArray(R"({"access-keys": [{"name": "a", "type": "restricted"}]})")
        << u"\"key\" is missing"_s;
    QTest::newRow("list: second entry bad")
        << list << QByteArray(R"({"access-keys": [)" + keyWith({}) + R"(, {"key": 7}]})")
        << u"\"key\" is not a string"_s;

    const Parser key = Parser::AccessKey;
    QTest::newRow("key: missing key")
        << key << QByteArray(R"({"name": "a"})") << u"\"key\" is missing"_s;
    QTest::newRow("key: key a number")
        << key << QByteArray(R"({"key": 5})") << u"\"key\" is not a string"_s;
    QTest::newRow("key: key null")
        << key << QByteArray(R"({"key": null})") << u"\"key\" is missing"_s;
    QTest::newRow("key: key empty") << key << QByteArray(R"({"key": ""})") << u"empty id"_s;
    QTest::newRow("key: name a number") << key << keyWith(R"("name": 1)") << u"\"name\""_s;
    QTest::newRow("key: type a bool") << key << keyWith(R"("type": true)") << u"\"type\""_s;
    QTest::newRow("key: version a number") << key << keyWith(R"("version": 2)") << u"\"version\""_s;
    QTest::newRow("key: tags a string")
        << key << keyWith(R"("tags": "sks")") << u"\"tags\" is not a list"_s;
    QTest::newRow("key: operations a string")
        << key << keyWith(R"("operations": "list-zones")") << u"\"operations\" is not a list"_s;
    QTest::newRow("key: operations holding a number")
        << key << keyWith(R"("operations": ["list-zones", 3])") << u"\"operations\" holds"_s;
    QTest::newRow("key: operations holding null")
        << key << keyWith(R"("operations": ["list-zones", null])") << u"\"operations\" holds"_s;
    QTest::newRow("key: resources an object")
        << key << keyWith(R"("resources": {})") << u"\"resources\" is not a list"_s;
    QTest::newRow("key: resources a string")
        << key << keyWith(R"("resources": "sos/bucket:my-bucket")")
        << u"\"resources\" is not a list"_s;
    QTest::newRow("key: resource a string")
        << key << keyWith(R"("resources": ["sos/bucket:my-bucket"])")
        << u"resource is not an object"_s;
    QTest::newRow("key: resource missing domain")
        << key << keyWith(R"("resources": [{"resource-type": "bucket", "resource-name": "b"}])")
        << u"\"domain\" is missing"_s;
    QTest::newRow("key: resource missing type")
        << key << keyWith(R"("resources": [{"domain": "sos", "resource-name": "b"}])")
        << u"\"resource-type\" is missing"_s;
    QTest::newRow("key: resource missing name")
        << key << keyWith(R"("resources": [{"domain": "sos", "resource-type": "bucket"}])")
        << u"\"resource-name\" is missing"_s;
    QTest::newRow("key: resource name a number")
        << key
        << keyWith(
               R"("resources": [{"domain": "sos", "resource-type": "bucket", "resource-name": 1}])")
        << u"\"resource-name\" is not a string"_s;

    const Parser created = Parser::CreatedKey;
    QTest::newRow("created: without secret")
        << created << keyWith(R"("name": "n", "type": "restricted")") << u"secret"_s;
    QTest::newRow("created: secret empty") << created << keyWith(R"("secret": "")") << u"secret"_s;
    QTest::newRow("created: secret null") << created << keyWith(R"("secret": null)") << u"secret"_s;
    QTest::newRow("created: secret a number")
        << created << keyWith(R"("secret": 42)") << u"secret"_s;
    QTest::newRow("created: secret but no key")
        << created << QByteArray(R"({"name": "n", "secret": "s3cr3t"})") << u"\"key\" is missing"_s;
    QTest::newRow("created: bad operations")
        << created << keyWith(R"("secret": "s3cr3t", "operations": "list-zones")")
        << u"\"operations\""_s;

    const Parser operations = Parser::OperationList;
    QTest::newRow("operations: missing list") << operations << QByteArray(R"({"operations": []})")
                                              << u"\"access-key-operations\" is missing"_s;
    QTest::newRow("operations: list a string")
        << operations << QByteArray(R"({"access-key-operations": "list-zones"})")
        << u"\"access-key-operations\" is not a list"_s;
    QTest::newRow("operations: entry a number")
        << operations << QByteArray(R"({"access-key-operations": [3]})") << u"not an object"_s;
    QTest::newRow("operations: entry a string")
        << operations << QByteArray(R"({"access-key-operations": ["list-zones"]})")
        << u"not an object"_s;
    QTest::newRow("operations: entry missing operation")
        << operations << QByteArray(R"({"access-key-operations": [{"tags": ["read"]}]})")
        << u"\"operation\" is missing"_s;
    QTest::newRow("operations: operation a number")
        << operations << QByteArray(R"({"access-key-operations": [{"operation": 1}]})")
        << u"\"operation\" is not a string"_s;
    QTest::newRow("operations: operation empty")
        << operations << QByteArray(R"({"access-key-operations": [{"operation": ""}]})")
        << u"empty operation"_s;
    QTest::newRow("operations: tags a string")
        << operations
        << QByteArray(R"({"access-key-operations": [{"operation": "ping", "tags": "read"}]})")
        << u"\"tags\" is not a list"_s;
    QTest::newRow("operations: tags holding a number")
        << operations
        << QByteArray(R"({"access-key-operations": [{"operation": "ping", "tags": [1]}]})")
        << u"\"tags\" holds"_s;

    const Parser operation = Parser::Operation;
    QTest::newRow("operation: state unknown")
        << operation << operationBody("exploded") << u"\"exploded\""_s;
    QTest::newRow("operation: state upper-case")
        << operation << operationBody("SUCCESS") << u"\"SUCCESS\""_s;
    QTest::newRow("operation: state empty")
        << operation << operationBody("") << u"state \"\" is unknown"_s;
    QTest::newRow("operation: state missing")
        << operation << QByteArray(R"({"id": "op-1"})") << u"\"state\" is missing"_s;
    QTest::newRow("operation: state a number")
        << operation << QByteArray(R"({"id": "op-1", "state": 1})")
        << u"\"state\" is not a string"_s;
    QTest::newRow("operation: id missing")
        << operation << QByteArray(R"({"state": "success"})") << u"\"id\" is missing"_s;
    QTest::newRow("operation: id a number")
        << operation << QByteArray(R"({"id": 7, "state": "success"})")
        << u"\"id\" is not a string"_s;
    QTest::newRow("operation: reason a number")
        << operation << QByteArray(R"({"id": "op-1", "state": "failure", "reason": 3})")
        << u"\"reason\""_s;
    QTest::newRow("operation: reference a string")
        << operation << QByteArray(R"({"id": "op-1", "state": "success", "reference": "EXO"})")
        << u"reference is not an object"_s;
    QTest::newRow("operation: reference id a number")
        << operation << QByteArray(R"({"id": "op-1", "state": "success", "reference": {"id": 1}})")
        << u"\"id\" is not a string"_s;
}

void TestApiJson::malformed()
{
    QFETCH(Parser, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);

    const Error error = parseWith(parser, body);
    if (!mentions.isEmpty()) {
        // The row is about one field, not about the JSON syntax.
        QJsonParseError syntax;
        QJsonDocument::fromJson(body, &syntax);
        QCOMPARE(syntax.error, QJsonParseError::NoError);
        QVERIFY2(error.detail().contains(mentions), qPrintable(error.detail()));
    }
    QVERIFY(error.isError());
    QCOMPARE(error.code(), Error::Code::MalformedResponse);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.detail().isEmpty());
    QCOMPARE(error.httpStatus(), 0);
}

void TestApiJson::createRequestBody_data()
{
    QTest::addColumn<KeyDraft>("draft");
    QTest::addColumn<QByteArray>("expected");

    const AccessKeyResources resources{bucket(u"my-bucket"_s)};

    KeyDraft unrestricted = restrictedDraft(u"admin"_s, {u"sks"_s}, {u"list-zones"_s}, resources);
    unrestricted.kind = KeyDraft::Kind::Unrestricted;
    QTest::newRow("unrestricted: only the name")
        << unrestricted << QByteArray(R"({"name":"admin"})");

    QTest::newRow("restricted: tag, operation, bucket")
        << restrictedDraft(u"ci"_s, {u"sks"_s}, {u"list-zones"_s}, resources)
        << QByteArray(R"({"name":"ci","operations":["list-zones"],)"
                      R"("resources":[{"domain":"sos","resource-name":"my-bucket",)"
                      R"("resource-type":"bucket"}],"tags":["sks"]})");
    QTest::newRow("restricted: tag only") << restrictedDraft(u"ci"_s, {u"sks"_s}, {}, {})
                                          << QByteArray(R"({"name":"ci","tags":["sks"]})");
    QTest::newRow("restricted: operations only, order kept")
        << restrictedDraft(u"ci"_s, {}, {u"list-zones"_s, u"get-operation"_s}, {})
        << QByteArray(R"({"name":"ci","operations":["list-zones","get-operation"]})");
    QTest::newRow("restricted: resources only")
        << restrictedDraft(u"ci"_s, {}, {},
               {bucket(u"a"_s), AccessKeyResource(u"partner"_s, u"product"_s, u"x:y"_s)})
        << QByteArray(R"({"name":"ci","resources":[)"
                      R"({"domain":"sos","resource-name":"a","resource-type":"bucket"},)"
                      R"({"domain":"partner","resource-name":"x:y","resource-type":"product"}]})");
    QTest::newRow("restricted: nothing")
        << restrictedDraft(u"ci"_s, {}, {}, {}) << QByteArray(R"({"name":"ci"})");
    QTest::newRow("escaped name") << restrictedDraft(u"a\"b\\c"_s, {u"sks"_s}, {}, {})
                                  << QByteArray(R"({"name":"a\"b\\c","tags":["sks"]})");
    QTest::newRow("non-ASCII name") << restrictedDraft(u"clé"_s, {u"sks"_s}, {}, {})
                                    << QByteArray("{\"name\":\"cl\xc3\xa9\",\"tags\":[\"sks\"]}");
}

void TestApiJson::createRequestBody()
{
    QFETCH(KeyDraft, draft);
    QFETCH(QByteArray, expected);
    QCOMPARE(ApiJson::createRequestBody(draft), expected);
}

void TestApiJson::errorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("message first")
        << QByteArray(R"({"error":"e","title":"t","detail":"d","message":"m"})") << u"m"_s;
    QTest::newRow("then detail") << QByteArray(
        R"({"type":"about:blank","title":"t","status":400,"detail":"d"})")
                                 << u"d"_s;
    QTest::newRow("then title") << QByteArray(R"({"error":"e","title":"t"})") << u"t"_s;
    QTest::newRow("then error") << QByteArray(R"({"error":"e","retry_after":5})") << u"e"_s;
    QTest::newRow("blank message skipped")
        << QByteArray(R"({"message":"  ","detail":"d"})") << u"d"_s;
    QTest::newRow("message not a string skipped")
        << QByteArray(R"({"message":{"text":"m"},"error":"e"})") << u"e"_s;
    QTest::newRow("trimmed") << QByteArray(R"({"message":"  Bad request\n"})") << u"Bad request"_s;
    QTest::newRow("nothing said") << QByteArray(R"({"status":500})") << QString();
    QTest::newRow("empty body") << QByteArray() << QString();
    QTest::newRow("not JSON") << QByteArray("upstream connect error") << QString();
    QTest::newRow("array") << QByteArray(R"(["message"])") << QString();
}

void TestApiJson::errorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiJson::errorMessage(body), expected);
}

void TestApiJson::accessKeyRoundTrip_data()
{
    QTest::addColumn<AccessKey>("key");

    AccessKey restricted;
    restricted.name = u"ci"_s;
    restricted.key = keyId;
    restricted.type = AccessKey::Type::Restricted;
    restricted.typeText = u"restricted"_s;
    restricted.version = u"v2"_s;
    restricted.tags = {u"sks"_s, u"compute"_s};
    restricted.operations = {u"list-zones"_s, u"get-operation"_s};
    restricted.resources
        = {bucket(u"b1"_s), AccessKeyResource(u"partner"_s, u"product"_s, u"p:q"_s)};
    QTest::newRow("restricted") << restricted;

    AccessKey unrestricted;
    unrestricted.name = u"admin"_s;
    unrestricted.key = u"EXO0123456789abcdef01234567"_s;
    unrestricted.type = AccessKey::Type::Unrestricted;
    unrestricted.typeText = u"unrestricted"_s;
    unrestricted.version = u"v1"_s;
    QTest::newRow("unrestricted") << unrestricted;

    AccessKey scoped = unrestricted;
    scoped.type = AccessKey::Type::Unknown;
    scoped.typeText = u"scoped"_s;
    QTest::newRow("unknown type") << scoped;

    AccessKey bare;
    bare.key = keyId;
    QTest::newRow("only an id") << bare;
}

void TestApiJson::accessKeyRoundTrip()
{
    QFETCH(AccessKey, key);
    const QJsonObject object = ApiJson::toJson(key);
    QCOMPARE(object.value("key"_L1).toString(), key.key);
    QVERIFY(!object.contains("secret"_L1));
    const auto parsed = ApiJson::accessKeyFromJson(object);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().detail()));
    QCOMPARE(parsed.value(), key);
    // and through the bytes
    const auto reparsed
        = ApiJson::parseAccessKey(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QVERIFY(reparsed.isOk());
    QCOMPARE(reparsed.value(), key);
}

void TestApiJson::wireRoundTrip()
{
    const auto keys = ApiJson::parseAccessKeyList(Test::readData(u"json/access-key-list.json"_s));
    QVERIFY(keys.isOk());
    QJsonArray array;
    for (const AccessKey &key : keys.value())
        array.append(ApiJson::toJson(key));
    const auto again = ApiJson::parseAccessKeyList(
        QJsonDocument(QJsonObject{{"access-keys"_L1, array}}).toJson(QJsonDocument::Compact));
    QVERIFY2(again.isOk(), qPrintable(again.error().detail()));
    QCOMPARE(again.value(), keys.value());
}

void TestApiJson::operationRoundTrip_data()
{
    QTest::addColumn<Operation::State>("state");
    QTest::addColumn<bool>("withReference");
    QTest::newRow("pending") << Operation::State::Pending << false;
    QTest::newRow("success with reference") << Operation::State::Success << true;
    QTest::newRow("failure") << Operation::State::Failure << false;
    QTest::newRow("timeout with reference") << Operation::State::Timeout << true;
}

void TestApiJson::operationRoundTrip()
{
    QFETCH(Operation::State, state);
    QFETCH(bool, withReference);

    Operation operation;
    operation.id = u"6b5ac2c2-5fb4-4bd1-b1a5-5fbbcf4e2f9e"_s;
    operation.state = state;
    operation.reason = u"conflict"_s;
    operation.message = u"some text"_s;
    if (withReference) {
        operation.referenceId = keyId;
        operation.referenceLink = u"/v2/access-key/"_s + keyId;
        operation.referenceCommand = u"revoke-access-key"_s;
    }
    const auto parsed = ApiJson::parseOperation(QJsonDocument(ApiJson::toJson(operation)).toJson());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().detail()));
    QCOMPARE(parsed->id, operation.id);
    QCOMPARE(parsed->state, operation.state);
    QCOMPARE(parsed->reason, operation.reason);
    QCOMPARE(parsed->message, operation.message);
    QCOMPARE(parsed->referenceId, operation.referenceId);
    QCOMPARE(parsed->referenceLink, operation.referenceLink);
    QCOMPARE(parsed->referenceCommand, operation.referenceCommand);
}

void TestApiJson::operationListRoundTrip()
{
    const QList<CatalogOperation> entries{
        {u"list-zones"_s, {u"compute"_s, u"read"_s}},
        {u"ping"_s, {}},
        {u"get-sos-object"_s, {u"sos"_s}},
    };
    const auto parsed = ApiJson::parseOperationList(ApiJson::operationListBody(entries));
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().detail()));
    QCOMPARE(parsed.value(), entries);

    const auto catalog = ApiJson::parseOperationList(Test::readData(u"catalog.json"_s));
    QVERIFY(catalog.isOk());
    const auto again = ApiJson::parseOperationList(ApiJson::operationListBody(catalog.value()));
    QVERIFY(again.isOk());
    QCOMPARE(again.value(), catalog.value());
}

void TestApiJson::names()
{
    QCOMPARE(ApiJson::typeName(AccessKey::Type::Restricted), u"restricted"_s);
    QCOMPARE(ApiJson::typeName(AccessKey::Type::Unrestricted), u"unrestricted"_s);
    QVERIFY(ApiJson::typeName(AccessKey::Type::Unknown).isEmpty());
    QCOMPARE(ApiJson::stateName(Operation::State::Pending), u"pending"_s);
    QCOMPARE(ApiJson::stateName(Operation::State::Success), u"success"_s);
    QCOMPARE(ApiJson::stateName(Operation::State::Failure), u"failure"_s);
    QCOMPARE(ApiJson::stateName(Operation::State::Timeout), u"timeout"_s);
}

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
