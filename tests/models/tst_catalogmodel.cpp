// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogModel under QAbstractItemModelTester: what a restricted signing key may not grant.
#include "models/CatalogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

Catalog catalog()
{
    return Catalog({
        {u"create-instance"_s, {u"compute"_s}},
        {u"get-operation"_s, {u"compute"_s, u"read"_s}},
        {u"list-zones"_s, {u"compute"_s, u"read"_s}},
        {u"create-sks-cluster"_s, {u"sks"_s}},
        {u"list-sks-clusters"_s, {u"sks"_s, u"read"_s}},
        {u"list-dns-domains"_s, {u"dns"_s}},
    });
}

/// What the signing key may use: the dns tag's operation and two reads.
Catalog signer()
{
    return Catalog({
        {u"list-zones"_s, {u"compute"_s, u"read"_s}},
        {u"list-sks-clusters"_s, {u"sks"_s, u"read"_s}},
        {u"list-dns-domains"_s, {u"dns"_s}},
    });
}

QModelIndex find(const CatalogModel &model, const QString &tag, const QString &operation = {})
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex tagIndex = model.index(row, 0);
        if (tagIndex.data(CatalogModel::NameRole).toString() != tag)
            continue;
        if (operation.isEmpty())
            return tagIndex;
        for (int child = 0; child < model.rowCount(tagIndex); ++child) {
            const QModelIndex index = model.index(child, 0, tagIndex);
            if (index.data(CatalogModel::NameRole).toString() == operation)
                return index;
        }
    }
    qFatal("no %s/%s in the catalog", qPrintable(tag), qPrintable(operation));
}

bool notGrantable(const QModelIndex &index)
{
    return index.data(CatalogModel::NotGrantableInSelectionRole).toBool();
}

constexpr Qt::ItemFlags checkable
    = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notGrantableSelectionIsMarkedAndCanBeUnticked()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), signer(), true);
        QSignalSpy changed(&model, &CatalogModel::selectionChanged);
        // A template's selection: a tag and an operation the signer may not grant.
        model.setSelection({u"dns"_s, u"sks"_s}, {u"create-instance"_s, u"list-zones"_s});
        QCOMPARE(model.notGrantableSelection(), (QStringList{u"sks"_s, u"create-instance"_s}));
        QVERIFY(model.hasNotGrantableSelection());
        QCOMPARE(model.countsText(), u"2 tag(s), 2 operation(s) → 5 operation(s) in effect"_s);

        // The tag: ticked, marked, enabled so that it can be unticked.
        const QModelIndex sks = find(model, u"sks"_s);
        QVERIFY(notGrantable(sks));
        QCOMPARE(sks.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.flags(sks), checkable);
        QVERIFY(sks.data().toString().contains(u"not grantable by this signing key"));
        QVERIFY(sks.data(Qt::ToolTipRole).toString().contains(u"Untick it"));
        QCOMPARE(sks.data(CatalogModel::NameRole).toString(), u"sks"_s); // what search finds
        // Its operations are in effect through it: marked where the signer lacks them.
        const QModelIndex createCluster = find(model, u"sks"_s, u"create-sks-cluster"_s);
        QVERIFY(notGrantable(createCluster));
        QCOMPARE(model.flags(createCluster), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QVERIFY(
            createCluster.data(Qt::ToolTipRole).toString().contains(u"Included by the tag sks"));
        QVERIFY(!notGrantable(find(model, u"sks"_s, u"list-sks-clusters"_s)));
        // The operation picked alone: the same.
        const QModelIndex createInstance = find(model, u"compute"_s, u"create-instance"_s);
        QVERIFY(notGrantable(createInstance));
        QCOMPARE(model.flags(createInstance), checkable);
        QCOMPARE(createInstance.data().toString(),
            u"create-instance — not grantable by this signing key"_s);
        // What the signer grants is not marked; what it does not and nobody ticked stays off.
        QVERIFY(!notGrantable(find(model, u"dns"_s)));
        QVERIFY(!notGrantable(find(model, u"compute"_s, u"list-zones"_s)));
        QCOMPARE(find(model, u"compute"_s, u"list-zones"_s).data().toString(), u"list-zones"_s);
        QVERIFY(!(model.flags(find(model, u"compute"_s)) & Qt::ItemIsEnabled));
        QVERIFY(!(model.flags(find(model, u"read"_s, u"get-operation"_s)) & Qt::ItemIsEnabled));
        QVERIFY(!notGrantable(find(model, u"read"_s, u"get-operation"_s)));

        // Unticking one is allowed; ticking it again is not.
        changed.clear();
        QVERIFY(model.setData(createInstance, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!notGrantable(createInstance));
        QCOMPARE(createInstance.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!(model.flags(createInstance) & Qt::ItemIsEnabled));
        QCOMPARE(model.notGrantableSelection(), QStringList{u"sks"_s});
        QVERIFY(!model.setData(createInstance, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedOperations(), QStringList{u"list-zones"_s});

        QVERIFY(model.setData(sks, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.hasNotGrantableSelection());
        QVERIFY(!notGrantable(createCluster));
        QVERIFY(!(model.flags(sks) & Qt::ItemIsEnabled));
        QVERIFY(!model.setData(sks, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedTags(), QStringList{u"dns"_s});
        QCOMPARE(model.countsText(), u"1 tag(s), 1 operation(s) → 2 operation(s) in effect"_s);
        QCOMPARE(changed.size(), 2);
    }

    void getOperationIsSuggestedOnlyWhenGrantable()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // create-instance starts a job; get-operation follows it.
        model.setCatalog(catalog(), Catalog(), false);
        model.setSelection({}, {u"create-instance"_s});
        QVERIFY(model.suggestsGetOperation());
        // This signer may not grant get-operation: suggesting it would only block the page.
        model.setCatalog(catalog(), signer(), true);
        model.setSelection({}, {u"create-instance"_s});
        QVERIFY(!model.suggestsGetOperation());
    }

    void removeNotGrantableKeepsTheRest()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), signer(), true);
        // create-sks-cluster is covered by sks: it must not come back loose once sks goes.
        model.setSelection(
            {u"dns"_s, u"sks"_s}, {u"create-instance"_s, u"create-sks-cluster"_s, u"list-zones"_s});
        QCOMPARE(model.selectedOperations(), (QStringList{u"create-instance"_s, u"list-zones"_s}));
        QSignalSpy changed(&model, &CatalogModel::selectionChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.removeNotGrantable();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!dataChanged.isEmpty());
        QCOMPARE(model.selectedTags(), QStringList{u"dns"_s});
        QCOMPARE(model.selectedOperations(), QStringList{u"list-zones"_s});
        QVERIFY(!model.hasNotGrantableSelection());
        QCOMPARE(model.countsText(), u"1 tag(s), 1 operation(s) → 2 operation(s) in effect"_s);
        QVERIFY(!notGrantable(find(model, u"sks"_s)));
        QCOMPARE(find(model, u"sks"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // Nothing left to remove: no change announced.
        model.removeNotGrantable();
        QCOMPARE(changed.size(), 1);
    }

    void untickingATagShowsWhatItCovered()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), signer(), true);
        model.setSelection({u"sks"_s}, {u"create-sks-cluster"_s});
        QCOMPARE(model.notGrantableSelection(), QStringList{u"sks"_s});
        QVERIFY(model.setData(find(model, u"sks"_s), Qt::Unchecked, Qt::CheckStateRole));
        // Picked alone too: still ticked, still marked, and it can be unticked in turn.
        QCOMPARE(model.notGrantableSelection(), QStringList{u"create-sks-cluster"_s});
        const QModelIndex createCluster = find(model, u"sks"_s, u"create-sks-cluster"_s);
        QVERIFY(notGrantable(createCluster));
        QCOMPARE(model.flags(createCluster), checkable);
        QVERIFY(model.setData(createCluster, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.hasNotGrantableSelection());
        QCOMPARE(model.countsText(), u"0 tag(s), 0 operation(s) → 0 operation(s) in effect"_s);
    }

    void unknownGrantsOfferEverything()
    {
        // A signer that may not list its own operations: nothing is marked, nothing refused.
        CatalogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), Catalog(), false);
        model.setSelection({u"sks"_s}, {u"create-instance"_s});
        QVERIFY(!model.hasNotGrantableSelection());
        QVERIFY(!notGrantable(find(model, u"sks"_s)));
        QVERIFY(model.setData(find(model, u"read"_s), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.selectedTags(), (QStringList{u"read"_s, u"sks"_s}));
    }

    void filteredAsTheWizardFiltersIt()
    {
        // The operations page searches the catalog through a recursive proxy: both under the
        // tester while the catalog, the selection and the search change.
        CatalogModel model;
        QSortFilterProxyModel filter;
        filter.setSourceModel(&model);
        filter.setFilterRole(CatalogModel::NameRole);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        filter.setRecursiveFilteringEnabled(true);
        filter.setAutoAcceptChildRows(true);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(catalog(), signer(), true);
        filter.setFilterFixedString(u"SKS-CLUSTER"_s);
        // Only the tags holding a matching operation, with only those operations.
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex tag = filter.index(row, 0);
            for (int child = 0; child < filter.rowCount(tag); ++child) {
                shown.append(tag.data(CatalogModel::NameRole).toString() + u'/'
                    + filter.index(child, 0, tag).data(CatalogModel::NameRole).toString());
            }
        }
        QCOMPARE(shown,
            (QStringList{u"read/list-sks-clusters"_s, u"sks/create-sks-cluster"_s,
                u"sks/list-sks-clusters"_s}));
        // A tag's name keeps all its operations.
        filter.setFilterFixedString(u"dns"_s);
        const QModelIndexList dns = filter.match(
            filter.index(0, 0), CatalogModel::NameRole, u"dns"_s, 1, Qt::MatchExactly);
        QCOMPARE(dns.size(), 1);
        QCOMPARE(filter.rowCount(dns.constFirst()), 1);
        model.setSelection({u"sks"_s}, {u"list-dns-domains"_s});
        QVERIFY(filter.setData(
            filter.index(0, 0, dns.constFirst()), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selectedOperations(), QStringList());
        // A new catalog under the search.
        model.setCatalog(signer(), Catalog(), false);
        filter.setFilterFixedString(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
