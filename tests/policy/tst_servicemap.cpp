// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/ServiceMap.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestServiceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInKnowsEveryClass()
    {
        const ServiceMap &map = ServiceMap::builtIn();
        QCOMPARE(map.services(),
            (QStringList{
                u"compute"_s, u"compute-legacy"_s, u"dbaas"_s, u"dns"_s, u"iam"_s, u"sos"_s}));
        QCOMPARE(map.serviceOf(u"get-object"_s), u"sos"_s);
        QCOMPARE(map.serviceOf(u"list-zones"_s), u"compute"_s);
        QCOMPARE(map.serviceOf(u"list-api-keys"_s), u"iam"_s);
        QCOMPARE(map.serviceOf(u"list-users"_s), u"iam"_s);
        QVERIFY(map.serviceOf(u"no-such-operation"_s).isEmpty());
        QVERIFY(map.note().contains(u"reconstruction"_s));
        QVERIFY(map.operationsOf(u"compute-legacy"_s).isEmpty());
        QVERIFY(map.operations().size() > 300);
    }

    /// Every operation of the catalog has a class.
    void everyCatalogOperationHasAClass()
    {
        const QJsonDocument catalog = QJsonDocument::fromJson(Test::readData(u"catalog.json"_s));
        const QJsonArray operations = catalog.object().value("access-key-operations"_L1).toArray();
        QVERIFY(!operations.isEmpty());
        for (const QJsonValue &operation : operations) {
            const QString name = operation.toObject().value("operation"_L1).toString();
            QVERIFY2(!ServiceMap::builtIn().serviceOf(name).isEmpty(), qPrintable(name));
        }
    }

    void aFileReplacesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"map.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"services": {"storage": ["get-object"], "compute": ["list-zones"]}})");
        file.close();
        QString error;
        const auto map = ServiceMap::load(path, &error);
        QVERIFY2(map, qPrintable(error));
        QCOMPARE(map->serviceOf(u"get-object"_s), u"storage"_s);
        QVERIFY(!map->knowsOperation(u"put-object"_s));
    }

    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{") << u"not JSON"_s;
        QTest::newRow("no services") << QByteArray("{}") << u"\"services\" must be an object"_s;
        QTest::newRow("not a list") << QByteArray(R"({"services": {"a": 1}})")
                                    << u"services.a must be a list of operations"_s;
        QTest::newRow("not a name")
            << QByteArray(R"({"services": {"a": [1]}})") << u"services.a holds something"_s;
        QTest::newRow("twice") << QByteArray(R"({"services": {"a": ["x"], "b": ["x"]}})")
                               << u"listed under both a and b"_s;
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!ServiceMap::fromJson(json, &got));
        QVERIFY2(got.contains(error), qPrintable(got));
    }

    void unreadableFile()
    {
        QString error;
        QVERIFY(!ServiceMap::load(u"/nonexistent/map.json"_s, &error));
        QVERIFY2(error.contains(u"/nonexistent/map.json"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServiceMap)
#include "tst_servicemap.moc"
