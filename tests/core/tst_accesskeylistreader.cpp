// SPDX-License-Identifier: GPL-3.0-or-later
// AccessKeyListReader against the reference: QJsonDocument + ApiJson::accessKeyFromJson.
// Both must accept exactly the same documents and give the same keys, on hand-written edge cases
// and on thousands of seeded mutations of realistic lists.
#include "api/AccessKeyListReader.h"
#include "api/ApiJson.h"
#include "sandbox/Sandbox.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestAccessKeyListReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void edgeCases_data();
    void edgeCases();
    void mutations_data();
    void mutations();
    void sharesRepeatedStrings();

private:
    QByteArray m_realistic;
};

namespace {

Result<AccessKeys> reference(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::malformedResponse(error.errorString());
    if (!document.isObject())
        return Error::malformedResponse(u"not an object"_s);
    const QJsonValue list = document.object().value("access-keys"_L1);
    if (!list.isArray())
        return Error::malformedResponse(u"no list"_s);
    AccessKeys keys;
    for (const QJsonValue item : list.toArray()) {
        if (!item.isObject())
            return Error::malformedResponse(u"entry not an object"_s);
        auto key = ApiJson::accessKeyFromJson(item.toObject());
        if (!key)
            return key.error();
        keys.append(key.value());
    }
    return keys;
}

QString describe(const Result<AccessKeys> &result)
{
    return result ? u"%1 keys"_s.arg(result->size()) : u"error: "_s + result.error().message();
}

} // namespace

void TestAccessKeyListReader::initTestCase()
{
    // A realistic list as the sandbox serves it: tags, operations, resources, every type.
    Sandbox sandbox(Sandbox::loadCatalog(Sandbox::builtInCatalogPath()).value());
    sandbox.addDemoKeys();
    sandbox.addGeneratedKeys(6, 5);
    QJsonArray array;
    for (const AccessKey &key : sandbox.keys())
        array.append(ApiJson::toJson(key));
    m_realistic
        = QJsonDocument(QJsonObject{{u"access-keys"_s, array}}).toJson(QJsonDocument::Indented);
}

void TestAccessKeyListReader::edgeCases_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray key = R"({"key":"EXO1","name":"n"})";
    const auto list = [&](const QByteArray &entries) -> QByteArray {
        return "{\"access-keys\":[" + entries + "]}";
    };
    QTest::newRow("sample file") << Test::readData(u"json/access-key-list.json"_s);
    QTest::newRow("empty list") << QByteArray(R"({"access-keys":[]})");
    QTest::newRow("whitespace everywhere") << QByteArray(" \r\n\t{ \"access-keys\" : [ \n ] } \n");
    QTest::newRow("escapes") << list(
        R"({"key":"EXO\u0031","name":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"})");
    QTest::newRow("lone surrogate escape") << list(R"({"key":"EXO1","name":"\ud800"})");
    QTest::newRow("raw UTF-8") << list(
        "{\"key\":\"EXO1\",\"name\":\"caf\xc3\xa9 \xf0\x9f\x94\x91\"}");
    QTest::newRow("invalid UTF-8") << list("{\"key\":\"EXO1\",\"name\":\"caf\xc3\"}");
    QTest::newRow("overlong UTF-8") << list("{\"key\":\"EXO1\",\"name\":\"\xc0\xaf\"}");
    QTest::newRow("UTF-8 surrogate") << list("{\"key\":\"EXO1\",\"name\":\"\xed\xa0\x80\"}");
    QTest::newRow("noncharacter") << list("{\"key\":\"EXO1\",\"name\":\"\xef\xbf\xbe\"}");
    QTest::newRow("control character") << list("{\"key\":\"EXO1\",\"name\":\"a\x01\"}");
    QTest::newRow("bad escape") << list(R"({"key":"EXO1","name":"\x"})");
    QTest::newRow("escaped non-ASCII byte") << list("{\"key\":\"EXO1\",\"name\":\"\\\xc3\xa9\"}");
    QTest::newRow("escaped continuation byte") << list("{\"key\":\"EXO1\",\"name\":\"\\\xa9\"}");
    QTest::newRow("short unicode escape") << list(R"({"key":"EXO1","name":"\u12"})");
    QTest::newRow("numbers in unknown fields")
        << list(R"({"key":"EXO1","a":-0.5e+10,"b":0,"c":[1,2.25,-3E2]})");
    QTest::newRow("leading zero") << list(R"({"key":"EXO1","a":01})");
    QTest::newRow("bare minus") << list(R"({"key":"EXO1","a":-})");
    QTest::newRow("dot without digits") << list(R"({"key":"EXO1","a":1.})");
    QTest::newRow("fraction without integer") << list(R"({"key":"EXO1","a":-.5})");
    QTest::newRow("exponent without digits") << list(R"({"key":"EXO1","a":1e})");
    QTest::newRow("huge integer") << list(R"({"key":"EXO1","a":123456789012345678901234567890})");
    QTest::newRow("literals") << list(R"({"key":"EXO1","a":true,"b":false,"c":null,"name":null})");
    QTest::newRow("bad literal") << list(R"({"key":"EXO1","a":tru})");
    QTest::newRow("nested unknown") << list(R"({"key":"EXO1","x":{"y":[{"z":{}}],"w":[]}})");
    QTest::newRow("deep nesting") << list(
        "{\"key\":\"EXO1\",\"x\":" + QByteArray(1100, '[') + QByteArray(1100, ']') + "}");
    QTest::newRow("duplicate key field") << list(R"({"key":5,"key":"EXO1"})");
    QTest::newRow("duplicate key field, bad last") << list(R"({"key":"EXO1","key":5})");
    QTest::newRow("duplicate list") << QByteArray(R"({"access-keys":5,"access-keys":[]})");
    QTest::newRow("duplicate list, bad last")
        << QByteArray(R"({"access-keys":[],"access-keys":{}})");
    QTest::newRow("null list") << QByteArray(R"({"access-keys":null})");
    QTest::newRow("no list") << QByteArray(R"({"other":[]})");
    QTest::newRow("top-level array") << QByteArray("[1,2]");
    QTest::newRow("top-level string") << QByteArray("\"x\"");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage after") << QByteArray(R"({"access-keys":[]} x)");
    QTest::newRow("two documents") << QByteArray(R"({"access-keys":[]}{})");
    QTest::newRow("trailing comma") << list(key + ",");
    QTest::newRow("missing comma") << list(key + key);
    QTest::newRow("entry not an object") << list(key + ",3");
    QTest::newRow("shape error then syntax error")
        << QByteArray(R"({"access-keys":[{"key":5}], x})");
    QTest::newRow("null key") << list(R"({"key":null,"name":"n"})");
    QTest::newRow("empty key") << list(R"({"key":"","name":"n"})");
    QTest::newRow("operations null") << list(R"({"key":"EXO1","operations":null})");
    QTest::newRow("operations with a number") << list(R"({"key":"EXO1","operations":["a",1,"b"]})");
    QTest::newRow("tags an object") << list(R"({"key":"EXO1","tags":{}})");
    QTest::newRow("resources ok") << list(
        R"({"key":"EXO1","resources":[{"domain":"sos","resource-type":"bucket","resource-name":"b","x":1}]})");
    QTest::newRow("resources null field") << list(
        R"({"key":"EXO1","resources":[{"domain":null,"resource-type":"bucket","resource-name":"b"}]})");
    QTest::newRow("resources duplicate field") << list(
        R"({"key":"EXO1","resources":[{"domain":1,"domain":"sos","resource-type":"bucket","resource-name":"b"}]})");
    QTest::newRow("resources before key") << list(
        R"({"resources":[{"domain":"sos","resource-type":"bucket","resource-name":"b"}],"key":"EXO1"})");
    QTest::newRow("resources not objects") << list(R"({"key":"EXO1","resources":["sos"]})");
    QTest::newRow("resources null") << list(R"({"key":"EXO1","resources":null})");
    QTest::newRow("type unknown") << list(R"({"key":"EXO1","type":"scoped"})");
    QTest::newRow("unterminated string") << QByteArray(R"({"access-keys":[{"key":"EXO1)");
}

void TestAccessKeyListReader::edgeCases()
{
    QFETCH(QByteArray, json);
    const auto expected = reference(json);
    const auto actual = AccessKeyListReader::parse(json);
    QVERIFY2(actual.isOk() == expected.isOk(),
        qPrintable(u"reader: %1; reference: %2"_s.arg(describe(actual), describe(expected))));
    if (expected)
        QCOMPARE(actual.value(), expected.value());
    else
        QCOMPARE(actual.error().code(), Error::Code::MalformedResponse);
}

void TestAccessKeyListReader::mutations_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestAccessKeyListReader::mutations()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    static const QByteArray palette = "{}[]\":,\\ \n0123456789-+.eEtrufalsn\x80\xc3\xa9\xff\x01u";
    int accepted = 0;
    for (int round = 0; round < 600; ++round) {
        QByteArray json = m_realistic;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits && !json.isEmpty(); ++e) {
            const qsizetype at = random.bounded(int(json.size()));
            switch (random.bounded(5)) {
            case 0:
                json[at] = palette.at(random.bounded(int(palette.size())));
                break;
            case 1:
                json.remove(at, 1 + random.bounded(4));
                break;
            case 2:
                json.insert(at, palette.at(random.bounded(int(palette.size()))));
                break;
            case 3:
                json.truncate(at);
                break;
            default:
                json.insert(at, json.mid(random.bounded(int(json.size())), random.bounded(12)));
                break;
            }
        }
        const auto expected = reference(json);
        const auto actual = AccessKeyListReader::parse(json);
        if (actual.isOk() != expected.isOk() || (expected && actual.value() != expected.value())) {
            QFile dump(QDir::temp().filePath(u"keyport-reader-mismatch.json"_s));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(json);
            QFAIL(qPrintable(u"round %1: reader %2, reference %3 (input in %4)"_s.arg(round).arg(
                describe(actual), describe(expected), dump.fileName())));
        }
        accepted += expected.isOk();
    }
    // Both outcomes were exercised, or the comparison proves little.
    QVERIFY(accepted > 20);
    QVERIFY(accepted < 580);
}

void TestAccessKeyListReader::sharesRepeatedStrings()
{
    const auto keys = AccessKeyListReader::parse(m_realistic);
    QVERIFY(keys);
    // Two keys with the compute tag hold the same QString for it, not two copies.
    const QString *first = nullptr;
    for (const AccessKey &key : keys.value()) {
        for (const QString &operation : key.operations) {
            if (operation != u"get-operation")
                continue;
            if (!first)
                first = &operation;
            else
                QCOMPARE(operation.constData(), first->constData());
        }
    }
    QVERIFY(first);
}

QTEST_GUILESS_MAIN(TestAccessKeyListReader)
#include "tst_accesskeylistreader.moc"
