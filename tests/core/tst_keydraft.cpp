// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJson.h"
#include "domain/KeyDraft.h"

#include "TestData.h"

#include <QTest>

#include <algorithm>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestKeyDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void validateName_data();
    void validateName();

    void problems_data();
    void problems();

    void fromKeyKeepsTagsAndLooseOperations();
    void fromKeyTwoTags();
    void fromKeyUnrestricted();
    void fromKeyUnknownTag_data();
    void fromKeyUnknownTag();

private:
    Catalog m_catalog;
};

namespace {

const QString keyId = u"EXO29147e9f89102b7ac1e88514"_s;

QString fieldName(KeyDraft::Field field)
{
    switch (field) {
    case KeyDraft::Field::Name:
        return u"name"_s;
    case KeyDraft::Field::Restrictions:
        return u"restrictions"_s;
    case KeyDraft::Field::Operations:
        return u"operations"_s;
    case KeyDraft::Field::Tags:
        return u"tags"_s;
    case KeyDraft::Field::Resources:
        return u"resources"_s;
    }
    return u"?"_s;
}

KeyDraft draft(const QString &name, KeyDraft::Kind kind, const QStringList &tags,
    const QStringList &operations, const AccessKeyResources &resources = {})
{
    KeyDraft result;
    result.name = name;
    result.kind = kind;
    result.tags = tags;
    result.operations = operations;
    result.resources = resources;
    return result;
}

AccessKeyResource bucket(const QString &name)
{
    return AccessKeyResource(u"sos"_s, u"bucket"_s, name);
}

QStringList sortedUnique(QStringList list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

AccessKey restrictedKey(const QStringList &tags, const QStringList &operations,
    const AccessKeyResources &resources = {})
{
    AccessKey key;
    key.name = u"ci-deploy"_s;
    key.key = keyId;
    key.type = AccessKey::Type::Restricted;
    key.typeText = u"restricted"_s;
    key.version = u"v2"_s;
    key.tags = tags;
    key.operations = operations;
    key.resources = resources;
    return key;
}

} // namespace

void TestKeyDraft::initTestCase()
{
    const auto entries = ApiJson::parseOperationList(Test::readData(u"catalog.json"_s));
    QVERIFY2(entries.isOk(), qPrintable(entries.error().detail()));
    m_catalog = Catalog(entries.value());
    QCOMPARE(m_catalog.operationCount(), 285);
}

void TestKeyDraft::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"ci-deploy"_s << true;
    QTest::newRow("one character") << u"k"_s << true;
    QTest::newRow("inner spaces") << u"backup reader 2"_s << true;
    QTest::newRow("255 characters") << QString(KeyDraft::maximumNameLength, u'k') << true;
    QTest::newRow("unicode") << u"clé d'accès — 日本語"_s << true;
    QTest::newRow("emoji") << u"deploy 🔑"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("256 characters") << QString(KeyDraft::maximumNameLength + 1, u'k') << false;
    QTest::newRow("tab") << u"ci\tdeploy"_s << false;
    QTest::newRow("newline") << u"ci\ndeploy"_s << false;
    QTest::newRow("escape") << u"ci\x1b[31mdeploy"_s << false;
    QTest::newRow("DEL") << u"ci\x7f"_s << false;
    QTest::newRow("C1 control") << u"ci\u0085deploy"_s << false;
    QTest::newRow("leading space") << u" ci-deploy"_s << false;
    QTest::newRow("trailing space") << u"ci-deploy "_s << false;
    QTest::newRow("trailing no-break space") << u"ci-deploy\u00a0"_s << false;
}

void TestKeyDraft::validateName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);

    const Error error = KeyDraft::validateName(name);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.code(), Error::Code::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
}

void TestKeyDraft::problems_data()
{
    QTest::addColumn<KeyDraft>("draft");
    QTest::addColumn<bool>("withCatalog");
    QTest::addColumn<QStringList>("fields"); // the fields of the expected problems, in order

    using Kind = KeyDraft::Kind;
    const Kind restricted = Kind::Restricted;
    const Kind unrestricted = Kind::Unrestricted;

    QTest::newRow("valid tag") << draft(u"ci"_s, restricted, {u"sks"_s}, {}) << true
                               << QStringList();
    QTest::newRow("valid operation")
        << draft(u"ci"_s, restricted, {}, {u"list-zones"_s}) << true << QStringList();
    QTest::newRow("valid resource alone")
        << draft(u"ci"_s, restricted, {}, {}, {bucket(u"my-bucket"_s)}) << true << QStringList();
    QTest::newRow("restricted without restrictions")
        << draft(u"ci"_s, restricted, {}, {}) << true << QStringList{u"restrictions"_s};
    QTest::newRow("restricted without restrictions, empty catalog")
        << draft(u"ci"_s, restricted, {}, {}) << false << QStringList{u"restrictions"_s};
    QTest::newRow("unknown tag") << draft(u"ci"_s, restricted, {u"sks"_s, u"mystery"_s}, {}) << true
                                 << QStringList{u"tags"_s};
    QTest::newRow("unknown operation")
        << draft(u"ci"_s, restricted, {}, {u"list-zones"_s, u"exploded"_s}) << true
        << QStringList{u"operations"_s};
    QTest::newRow("unknown tag and operation, empty catalog")
        << draft(u"ci"_s, restricted, {u"mystery"_s}, {u"exploded"_s}) << false << QStringList();
    QTest::newRow("invalid resource")
        << draft(u"ci"_s, restricted, {u"sks"_s}, {}, {bucket(u"My_Bucket"_s)}) << true
        << QStringList{u"resources"_s};
    QTest::newRow("resource of an unknown domain") << draft(
        u"ci"_s, restricted, {}, {}, {AccessKeyResource(u"s3"_s, u"bucket"_s, u"my-bucket"_s)})
                                                   << true << QStringList{u"resources"_s};
    QTest::newRow("duplicate resource") << draft(u"ci"_s, restricted, {}, {},
        {bucket(u"my-bucket"_s), bucket(u"other"_s), bucket(u"my-bucket"_s)})
                                        << true << QStringList{u"resources"_s};
    QTest::newRow("bad name and nothing else")
        << draft(u" ci"_s, restricted, {}, {}) << true << QStringList{u"name"_s, u"restrictions"_s};
    QTest::newRow("everything wrong")
        << draft(QString(), restricted, {u"mystery"_s}, {u"exploded"_s}, {bucket(u"AB"_s)}) << true
        << QStringList{u"name"_s, u"tags"_s, u"operations"_s, u"resources"_s};

    QTest::newRow("unrestricted") << draft(u"admin"_s, unrestricted, {}, {}) << true
                                  << QStringList();
    QTest::newRow("unrestricted ignores restrictions") << draft(u"admin"_s, unrestricted,
        {u"mystery"_s}, {u"exploded"_s}, {bucket(u"AB"_s), bucket(u"AB"_s)})
                                                       << true << QStringList();
    QTest::newRow("unrestricted with a bad name")
        << draft(u"admin\n"_s, unrestricted, {}, {}) << true << QStringList{u"name"_s};
}

void TestKeyDraft::problems()
{
    QFETCH(KeyDraft, draft);
    QFETCH(bool, withCatalog);
    QFETCH(QStringList, fields);

    const Catalog catalog = withCatalog ? m_catalog : Catalog();
    const QList<KeyDraft::Problem> problems = draft.problems(catalog);
    QStringList actual;
    for (const KeyDraft::Problem &problem : problems) {
        actual.append(fieldName(problem.field));
        QVERIFY2(!problem.message.isEmpty(), qPrintable(fieldName(problem.field)));
    }
    QCOMPARE(actual, fields);
    QCOMPARE(draft.isValid(catalog), fields.isEmpty());
}

void TestKeyDraft::fromKeyKeepsTagsAndLooseOperations()
{
    const QStringList sks = m_catalog.operationsForTag(u"sks"_s);
    QCOMPARE(sks.size(), 22);
    QVERIFY(!sks.contains(u"get-operation"_s));
    QVERIFY(!sks.contains(u"list-zones"_s));

    // As read back from the server: the tag, and its operations expanded beside the loose ones.
    QStringList operations = sks;
    operations << u"list-zones"_s << u"get-operation"_s;
    std::sort(operations.begin(), operations.end());
    const AccessKeyResources resources{
        bucket(u"ci-artifacts"_s), AccessKeyResource(u"partner"_s, u"product"_s, u"a:b"_s)};
    const AccessKey key = restrictedKey({u"sks"_s}, operations, resources);

    const KeyDraft copy = KeyDraft::fromKey(key, m_catalog);
    QCOMPARE(copy.kind, KeyDraft::Kind::Restricted);
    QVERIFY(copy.isRestricted());
    QCOMPARE(copy.name, u"ci-deploy-copy"_s);
    QCOMPARE(copy.templateKeyId, keyId);
    QCOMPARE(copy.templateKeyName, u"ci-deploy"_s);
    QCOMPARE(copy.tags, QStringList{u"sks"_s});
    QCOMPARE(sortedUnique(copy.operations), (QStringList{u"get-operation"_s, u"list-zones"_s}));
    QCOMPARE(copy.operations.size(), 2);
    QCOMPARE(copy.resources, resources);

    // The copy grants exactly what the key grants, and is ready to send.
    QCOMPARE(m_catalog.effectiveOperations(copy.tags, copy.operations), sortedUnique(operations));
    QVERIFY(copy.isValid(m_catalog));
    QCOMPARE(ApiJson::createRequestBody(copy),
        QByteArray(R"({"name":"ci-deploy-copy","operations":["get-operation","list-zones"],)"
                   R"("resources":[{"domain":"sos","resource-name":"ci-artifacts",)"
                   R"("resource-type":"bucket"},{"domain":"partner","resource-name":"a:b",)"
                   R"("resource-type":"product"}],"tags":["sks"]})"));
}

void TestKeyDraft::fromKeyTwoTags()
{
    QStringList operations = m_catalog.effectiveOperations({u"sks"_s, u"dns"_s}, {});
    operations.append(u"create-access-key"_s); // iam, not asked for as a tag
    operations.append(u"list-zones"_s); // also in compute and read, neither of them asked for
    operations.append(u"create-access-key"_s); // listed twice
    const AccessKey key = restrictedKey({u"dns"_s, u"sks"_s}, operations);

    const KeyDraft copy = KeyDraft::fromKey(key, m_catalog);
    QCOMPARE(copy.tags, (QStringList{u"dns"_s, u"sks"_s}));
    QCOMPARE(sortedUnique(copy.operations), (QStringList{u"create-access-key"_s, u"list-zones"_s}));
    QCOMPARE(copy.operations.size(), 2);
    QVERIFY(copy.resources.isEmpty());
    QCOMPARE(m_catalog.effectiveOperations(copy.tags, copy.operations), sortedUnique(operations));
}

void TestKeyDraft::fromKeyUnrestricted()
{
    AccessKey key;
    key.name = u"admin"_s;
    key.key = u"EXO0123456789abcdef01234567"_s;
    key.type = AccessKey::Type::Unrestricted;
    key.typeText = u"unrestricted"_s;
    key.version = u"v1"_s;

    const KeyDraft copy = KeyDraft::fromKey(key, m_catalog);
    QCOMPARE(copy.kind, KeyDraft::Kind::Unrestricted);
    QVERIFY(!copy.isRestricted());
    QCOMPARE(copy.name, u"admin-copy"_s);
    QCOMPARE(copy.templateKeyId, key.key);
    QCOMPARE(copy.templateKeyName, key.name);
    QVERIFY(!copy.hasRestrictions());
    QVERIFY(copy.isValid(m_catalog));
    QCOMPARE(ApiJson::createRequestBody(copy), QByteArray(R"({"name":"admin-copy"})"));
}

void TestKeyDraft::fromKeyUnknownTag_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("withCatalog");

    QTest::newRow("tag unknown to the catalog") << QStringList{u"mystery"_s} << true;
    QTest::newRow("known tag, empty catalog") << QStringList{u"sks"_s} << false;
}

void TestKeyDraft::fromKeyUnknownTag()
{
    QFETCH(QStringList, tags);
    QFETCH(bool, withCatalog);

    // Without knowing what a tag holds, no operation can be dropped.
    const QStringList operations{u"create-sks-cluster"_s, u"get-operation"_s, u"list-zones"_s};
    const AccessKey key = restrictedKey(tags, operations, {bucket(u"b-1"_s)});
    const KeyDraft copy = KeyDraft::fromKey(key, withCatalog ? m_catalog : Catalog());
    QCOMPARE(copy.kind, KeyDraft::Kind::Restricted);
    QCOMPARE(copy.tags, tags);
    QCOMPARE(sortedUnique(copy.operations), operations);
    QCOMPARE(copy.resources, AccessKeyResources{bucket(u"b-1"_s)});
    QCOMPARE(copy.name, u"ci-deploy-copy"_s);
    QCOMPARE(copy.templateKeyId, keyId);
}

QTEST_GUILESS_MAIN(TestKeyDraft)
#include "tst_keydraft.moc"
