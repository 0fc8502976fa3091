// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJson.h"
#include "domain/Catalog.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

bool isSortedUnique(const QStringList &list)
{
    return std::adjacent_find(list.begin(), list.end(), std::greater_equal<QString>())
        == list.end();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void emptyCatalog();
    void wholeCatalog();
    void tagSizes_data();
    void tagSizes();
    void operationsForTag_data();
    void operationsForTag();
    void tagsForOperation_data();
    void tagsForOperation();
    void tagsCovering_data();
    void tagsCovering();
    void effectiveOperations_data();
    void effectiveOperations();
    void duplicatesAreMerged();

private:
    Catalog m_catalog;
    /// The catalog file read without Catalog or ApiJson: tag → operations.
    QHash<QString, QSet<QString>> m_rawTags;
    QHash<QString, QSet<QString>> m_rawOperations;
};

void TestCatalog::initTestCase()
{
    const QByteArray body = Test::readData(u"catalog.json"_s);
    const auto entries = ApiJson::parseOperationList(body);
    QVERIFY2(entries.isOk(), qPrintable(entries.error().detail()));
    m_catalog = Catalog(entries.value());

    const QJsonArray raw
        = QJsonDocument::fromJson(body).object().value("access-key-operations"_L1).toArray();
    QCOMPARE(raw.size(), 285);
    for (const QJsonValue item : raw) {
        const QString operation = item["operation"_L1].toString();
        m_rawOperations[operation];
        for (const QJsonValue tag : item["tags"_L1].toArray()) {
            m_rawTags[tag.toString()].insert(operation);
            m_rawOperations[operation].insert(tag.toString());
        }
    }
}

void TestCatalog::emptyCatalog()
{
    const Catalog empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.operationCount(), 0);
    QVERIFY(empty.tags().isEmpty());
    QVERIFY(empty.entries().isEmpty());
    QVERIFY(!empty.containsOperation(u"list-zones"_s));
    QVERIFY(!empty.containsTag(u"compute"_s));
    QVERIFY(empty.operationsForTag(u"compute"_s).isEmpty());
    QCOMPARE(
        empty.effectiveOperations({u"compute"_s}, {u"b"_s, u"a"_s}), (QStringList{u"a"_s, u"b"_s}));
}

void TestCatalog::wholeCatalog()
{
    QVERIFY(!m_catalog.isEmpty());
    QCOMPARE(m_catalog.operationCount(), 285);
    QCOMPARE(m_catalog.operations().size(), 285);
    QVERIFY(isSortedUnique(m_catalog.operations()));
    QCOMPARE(QSet<QString>(m_catalog.operations().begin(), m_catalog.operations().end()),
        QSet<QString>(m_rawOperations.keyBegin(), m_rawOperations.keyEnd()));

    const QStringList tags = m_catalog.tags();
    QCOMPARE(tags,
        (QStringList{u"compute"_s, u"dbaas"_s, u"dns"_s, u"iam"_s, u"read"_s, u"sks"_s, u"sos"_s}));
    for (const QString &tag : tags)
        QVERIFY(m_catalog.containsTag(tag));
    QVERIFY(!m_catalog.containsTag(u"nope"_s));
    QVERIFY(!m_catalog.containsTag(QString()));

    const QList<CatalogOperation> entries = m_catalog.entries();
    QCOMPARE(entries.size(), 285);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).name, m_catalog.operations().at(i));
        QVERIFY(m_catalog.containsOperation(entries.at(i).name));
        const QSet<QString> tagSet = m_rawOperations.value(entries.at(i).name);
        QCOMPARE(entries.at(i).tags, sorted(QStringList(tagSet.begin(), tagSet.end())));
    }
    QVERIFY(!m_catalog.containsOperation(u"exploded"_s));
}

void TestCatalog::tagSizes_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("size");

    // API.md §5
    QTest::newRow("compute") << u"compute"_s << 135;
    QTest::newRow("read") << u"read"_s << 100;
    QTest::newRow("dbaas") << u"dbaas"_s << 91;
    QTest::newRow("sos") << u"sos"_s << 30;
    QTest::newRow("sks") << u"sks"_s << 22;
    QTest::newRow("iam") << u"iam"_s << 19;
    QTest::newRow("dns") << u"dns"_s << 10;
    QTest::newRow("unknown") << u"exploded"_s << 0;
}

void TestCatalog::tagSizes()
{
    QFETCH(QString, tag);
    QFETCH(int, size);
    QCOMPARE(m_catalog.operationsForTag(tag).size(), size);
    QCOMPARE(m_catalog.containsTag(tag), size > 0);
}

void TestCatalog::operationsForTag_data()
{
    QTest::addColumn<QString>("tag");
    for (const QString &tag : m_catalog.tags())
        QTest::newRow(qPrintable(tag)) << tag;
}

void TestCatalog::operationsForTag()
{
    QFETCH(QString, tag);
    const QStringList operations = m_catalog.operationsForTag(tag);
    QVERIFY(isSortedUnique(operations));
    const QSet<QString> expected = m_rawTags.value(tag);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(operations, sorted(QStringList(expected.begin(), expected.end())));
    for (const QString &operation : operations)
        QVERIFY(m_catalog.tagsForOperation(operation).contains(tag));
}

void TestCatalog::tagsForOperation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("get-operation") << u"get-operation"_s << QStringList{u"compute"_s, u"read"_s};
    QTest::newRow("list-zones") << u"list-zones"_s << QStringList{u"compute"_s, u"read"_s};
    QTest::newRow("create-sks-cluster")
        << u"create-sks-cluster"_s << QStringList{u"compute"_s, u"sks"_s};
    QTest::newRow("list-sks-clusters")
        << u"list-sks-clusters"_s << QStringList{u"compute"_s, u"read"_s, u"sks"_s};
    QTest::newRow("create-dns-domain") << u"create-dns-domain"_s << QStringList{u"dns"_s};
    QTest::newRow("create-access-key") << u"create-access-key"_s << QStringList{u"iam"_s};
    QTest::newRow("unknown") << u"exploded"_s << QStringList();
}

void TestCatalog::tagsForOperation()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, tags);
    QCOMPARE(m_catalog.tagsForOperation(operation), tags);
    if (!tags.isEmpty()) {
        const QSet<QString> raw = m_rawOperations.value(operation);
        QCOMPARE(QSet<QString>(tags.begin(), tags.end()), raw);
    }
}

void TestCatalog::tagsCovering_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("covering");

    QTest::newRow("one of two") << u"create-sks-cluster"_s << QStringList{u"dns"_s, u"sks"_s}
                                << QStringList{u"sks"_s};
    QTest::newRow("both, in the order asked")
        << u"list-zones"_s << QStringList{u"sks"_s, u"read"_s, u"compute"_s}
        << QStringList{u"read"_s, u"compute"_s};
    QTest::newRow("repeated tag counted once")
        << u"list-zones"_s << QStringList{u"read"_s, u"read"_s} << QStringList{u"read"_s};
    QTest::newRow("none") << u"create-sks-cluster"_s << QStringList{u"iam"_s, u"dns"_s}
                          << QStringList();
    QTest::newRow("no tags") << u"list-zones"_s << QStringList() << QStringList();
    QTest::newRow("unknown operation")
        << u"exploded"_s << QStringList{u"compute"_s, u"sks"_s} << QStringList();
    QTest::newRow("unknown tag") << u"list-zones"_s << QStringList{u"mystery"_s} << QStringList();
}

void TestCatalog::tagsCovering()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, covering);
    QCOMPARE(m_catalog.tagsCovering(operation, tags), covering);
}

void TestCatalog::effectiveOperations_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("operations");

    QTest::newRow("one tag") << QStringList{u"sks"_s} << QStringList();
    QTest::newRow("tag and loose operations")
        << QStringList{u"sks"_s} << QStringList{u"list-zones"_s, u"get-operation"_s};
    QTest::newRow("overlapping tags") << QStringList{u"compute"_s, u"read"_s} << QStringList();
    QTest::newRow("operation already in the tag")
        << QStringList{u"sks"_s} << QStringList{u"create-sks-cluster"_s};
    QTest::newRow("unknown operation kept")
        << QStringList{u"dns"_s} << QStringList{u"zz-future-operation"_s, u"aa-future"_s};
    QTest::newRow("unknown tag adds nothing")
        << QStringList{u"mystery"_s} << QStringList{u"list-zones"_s};
    QTest::newRow("repeats") << QStringList{u"iam"_s, u"iam"_s}
                             << QStringList{u"ping"_s, u"ping"_s, u"list-zones"_s};
    QTest::newRow("nothing") << QStringList() << QStringList();
}

void TestCatalog::effectiveOperations()
{
    QFETCH(QStringList, tags);
    QFETCH(QStringList, operations);

    // The expected set, from the raw file.
    QSet<QString> expected(operations.begin(), operations.end());
    for (const QString &tag : tags)
        expected.unite(m_rawTags.value(tag));

    const QStringList effective = m_catalog.effectiveOperations(tags, operations);
    QVERIFY(isSortedUnique(effective));
    QCOMPARE(effective.size(), expected.size());
    QCOMPARE(QSet<QString>(effective.begin(), effective.end()), expected);
    for (const QString &operation : operations)
        QVERIFY(effective.contains(operation));
}

void TestCatalog::duplicatesAreMerged()
{
    const Catalog catalog({
        {u"b-op"_s, {u"x"_s}},
        {u"a-op"_s, {u"y"_s, u"x"_s}},
        {u"b-op"_s, {u"z"_s, u"x"_s}},
        {u"c-op"_s, {}},
        {u"a-op"_s, {u"x"_s}},
    });
    QCOMPARE(catalog.operationCount(), 3);
    QCOMPARE(catalog.operations(), (QStringList{u"a-op"_s, u"b-op"_s, u"c-op"_s}));
    QCOMPARE(catalog.tags(), (QStringList{u"x"_s, u"y"_s, u"z"_s}));
    QCOMPARE(catalog.tagsForOperation(u"a-op"_s), (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(catalog.tagsForOperation(u"b-op"_s), (QStringList{u"x"_s, u"z"_s}));
    QVERIFY(catalog.tagsForOperation(u"c-op"_s).isEmpty());
    QVERIFY(catalog.containsOperation(u"c-op"_s));
    QCOMPARE(catalog.operationsForTag(u"x"_s), (QStringList{u"a-op"_s, u"b-op"_s}));
    QCOMPARE(catalog.operationsForTag(u"z"_s), QStringList{u"b-op"_s});

    const QList<CatalogOperation> expected{
        {u"a-op"_s, {u"x"_s, u"y"_s}},
        {u"b-op"_s, {u"x"_s, u"z"_s}},
        {u"c-op"_s, {}},
    };
    QCOMPARE(catalog.entries(), expected);
    QCOMPARE(catalog.effectiveOperations({u"x"_s}, {}), (QStringList{u"a-op"_s, u"b-op"_s}));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
