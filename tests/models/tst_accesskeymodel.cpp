// SPDX-License-Identifier: GPL-3.0-or-later
// AccessKeyModel and AccessKeyFilterModel under QAbstractItemModelTester.
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

AccessKey makeKey(const QString &name, const QString &id, AccessKey::Type type,
    const QStringList &tags = {}, const QStringList &operations = {},
    const AccessKeyResources &resources = {})
{
    AccessKey key;
    key.name = name;
    key.key = id;
    key.type = type;
    key.typeText = type == AccessKey::Type::Restricted ? u"restricted"_s : u"unrestricted"_s;
    key.version = u"v2"_s;
    key.tags = tags;
    key.operations = operations;
    key.resources = resources;
    return key;
}

QString id(int n)
{
    return u"EXO"_s + QStringLiteral("%1").arg(n, 24, 16, QLatin1Char('0'));
}

AccessKeys sample()
{
    return {
        makeKey(u"backup"_s, id(1), AccessKey::Type::Restricted, {}, {u"put-sos-object"_s},
            {AccessKeyResource(u"sos"_s, u"bucket"_s, u"nightly-backups"_s)}),
        makeKey(u"admin"_s, id(2), AccessKey::Type::Unrestricted),
        makeKey(u"Deploy"_s, id(3), AccessKey::Type::Restricted, {u"compute"_s},
            {u"create-instance"_s, u"list-zones"_s}),
        makeKey(u"dns"_s, id(4), AccessKey::Type::Restricted, {u"dns"_s}, {u"list-dns-domains"_s}),
    };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, AccessKeyModel::NameColumn).data().toString());
    return result;
}

} // namespace

class TestAccessKeyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles()
    {
        AccessKeyModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AccessKeyModel::ColumnCount));
        const QModelIndex backup = model.index(0, AccessKeyModel::RestrictionsColumn);
        QVERIFY(backup.data().toString().endsWith(u"bucket nightly-backups"));
        QCOMPARE(model.index(1, AccessKeyModel::TypeColumn).data().toString(), u"Unrestricted"_s);
        QCOMPARE(model.index(2, AccessKeyModel::KeyColumn).data().toString(), id(3));
        QCOMPARE(model.index(2, 0).data(AccessKeyModel::KeyIdRole).toString(), id(3));
        QCOMPARE(model.index(2, 0).data(AccessKeyModel::AccessKeyRole).value<AccessKey>(),
            sample().at(2));
        QVERIFY(model.index(2, 0)
                    .data(AccessKeyModel::SearchTextRole)
                    .toString()
                    .contains(u"create-instance"));
        QCOMPARE(
            model.headerData(AccessKeyModel::SecretColumn, Qt::Horizontal).toString(), u"Secret"_s);
        QVERIFY(!model.index(0, 0).data(AccessKeyModel::HasStoredSecretRole).toBool());
        model.setHasStoredSecret(id(1), true);
        QVERIFY(model.index(0, 0).data(AccessKeyModel::HasStoredSecretRole).toBool());
        QVERIFY(!model.index(0, AccessKeyModel::SecretColumn).data().toString().isEmpty());
    }

    void restrictionSummary_data()
    {
        QTest::addColumn<AccessKey>("key");
        QTest::addColumn<QString>("summary");
        QTest::newRow("unrestricted") << makeKey(u"a"_s, id(1), AccessKey::Type::Unrestricted)
                                      << u"Every right of the signing key"_s;
        QTest::newRow("tag") << makeKey(u"a"_s, id(1), AccessKey::Type::Restricted, {u"sos"_s})
                             << u"sos"_s;
        QTest::newRow("two resources")
            << makeKey(u"a"_s, id(1), AccessKey::Type::Restricted, {u"sos"_s, u"sks"_s}, {},
                   {AccessKeyResource(u"sos"_s, u"bucket"_s, u"a-b"_s),
                       AccessKeyResource(u"sos"_s, u"bucket"_s, u"c-d"_s)})
            << u"sos, sks · 2 resource(s)"_s;
    }

    void restrictionSummary()
    {
        QFETCH(AccessKey, key);
        QFETCH(QString, summary);
        QCOMPARE(AccessKeyModel::restrictionSummary(key), summary);
    }

    void setKeysAppliesChangesRowByRow()
    {
        AccessKeyModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(sample());
        QPersistentModelIndex deploy = model.index(2, 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        AccessKeys next = sample();
        next.removeAt(1); // admin revoked
        next[1].name = u"deploy-renamed"_s; // Deploy changed
        next.append(makeKey(u"new"_s, id(5), AccessKey::Type::Restricted, {u"sks"_s}));
        model.setKeys(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(model), (QStringList{u"backup"_s, u"deploy-renamed"_s, u"dns"_s, u"new"_s}));
        // A persistent index (what a selection holds) follows its key.
        QVERIFY(deploy.isValid());
        QCOMPARE(deploy.data(AccessKeyModel::KeyIdRole).toString(), id(3));
        QCOMPARE(model.rowOf(id(5)), 3);
        QCOMPARE(model.rowOf(id(2)), -1);

        model.removeKey(id(1));
        QCOMPARE(model.rowOf(id(3)), 0);
        QCOMPARE(model.rowOf(id(5)), 2);
        model.setKeys({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterByTextAndType()
    {
        AccessKeyModel model;
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(sample());
        filter.sort(AccessKeyModel::NameColumn);
        // Case-insensitive name order.
        QCOMPARE(names(filter), (QStringList{u"admin"_s, u"backup"_s, u"Deploy"_s, u"dns"_s}));

        const auto check = [&](const QString &text, const QStringList &expected) {
            filter.setFilterText(text);
            QCOMPARE(names(filter), expected);
        };
        check(u"nightly"_s, {u"backup"_s}); // resource name
        check(u"COMPUTE"_s, {u"Deploy"_s}); // tag, any case
        check(u"list-"_s, {u"Deploy"_s, u"dns"_s}); // operations
        check(id(4).mid(20), {u"dns"_s}); // key id
        check(u"list- zones"_s, {u"Deploy"_s}); // every word must match
        check(u"nothing-like-this"_s, {});
        check(QString(), {u"admin"_s, u"backup"_s, u"Deploy"_s, u"dns"_s});

        filter.setTypeFilter(AccessKeyFilterModel::TypeFilter::Unrestricted);
        QCOMPARE(names(filter), QStringList{u"admin"_s});
        filter.setTypeFilter(AccessKeyFilterModel::TypeFilter::Restricted);
        QCOMPARE(names(filter), (QStringList{u"backup"_s, u"Deploy"_s, u"dns"_s}));
        filter.setFilterText(u"dns"_s);
        QCOMPARE(names(filter), QStringList{u"dns"_s});
    }

    void sortByEachColumn()
    {
        AccessKeyModel model;
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(sample());
        filter.sort(AccessKeyModel::RestrictionsColumn, Qt::DescendingOrder);
        // By the number of operations, unrestricted last.
        QCOMPARE(names(filter).constFirst(), u"Deploy"_s);
        QCOMPARE(names(filter).constLast(), u"admin"_s);
        filter.sort(AccessKeyModel::KeyColumn, Qt::DescendingOrder);
        QCOMPARE(names(filter).constFirst(), u"dns"_s);
        model.setHasStoredSecret(id(3), true);
        filter.sort(AccessKeyModel::SecretColumn, Qt::DescendingOrder);
        QCOMPARE(names(filter).constFirst(), u"Deploy"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccessKeyModel)
#include "tst_accesskeymodel.moc"
