// SPDX-License-Identifier: GPL-3.0-or-later
// AccessKeyModel and AccessKeyFilterModel under QAbstractItemModelTester.
#include "DemoKeyList.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "models/KeySearchIndex.h"
#include "sandbox/Sandbox.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <limits>

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

using Demo = Keyport::Test::DemoKeyList;

/// @p count keys whose operations, tags, resources and names vary from key to key, so that a
/// search leaves scattered rows.
AccessKeys varied(int count)
{
    const QStringList operations{u"list-zones"_s, u"delete-dns-domain"_s, u"get-sos-object"_s,
        u"create-instance"_s, u"list-dns-domains"_s, u"put-sos-object"_s};
    AccessKeys keys;
    for (int n = 0; n < count; ++n) {
        if (n % 17 == 0) {
            keys.append(makeKey(u"Admin-%1"_s.arg(n), id(n + 1), AccessKey::Type::Unrestricted));
            continue;
        }
        QStringList held;
        for (int i = 0; i < operations.size(); ++i) {
            if ((n >> i) & 1)
                held.append(operations.at(i));
        }
        AccessKeyResources resources;
        if (n % 5 == 0)
            resources.append(AccessKeyResource(u"sos"_s, u"bucket"_s, u"bucket-%1"_s.arg(n % 3)));
        keys.append(makeKey(u"Service-%1"_s.arg(n, 4, 10, QLatin1Char('0')), id(n + 1),
            AccessKey::Type::Restricted, n % 3 == 0 ? QStringList{u"dns"_s} : QStringList{}, held,
            resources));
    }
    return keys;
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
        // Operations; "list-" names operations, so the unrestricted admin may call them too.
        check(u"list-"_s, {u"admin"_s, u"Deploy"_s, u"dns"_s});
        check(id(4).mid(20), {u"dns"_s}); // key id
        check(u"list- zones"_s, {u"admin"_s, u"Deploy"_s}); // every word must match
        check(u"deploy"_s, {u"Deploy"_s}); // a name only: no capability
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
        // By power: unrestricted first, then by the number of operations.
        QCOMPARE(names(filter), (QStringList{u"admin"_s, u"Deploy"_s, u"dns"_s, u"backup"_s}));
        filter.sort(AccessKeyModel::KeyColumn, Qt::DescendingOrder);
        QCOMPARE(names(filter).constFirst(), u"dns"_s);
        model.setHasStoredSecret(id(3), true);
        filter.sort(AccessKeyModel::SecretColumn, Qt::DescendingOrder);
        QCOMPARE(names(filter).constFirst(), u"Deploy"_s);
    }

    void capabilitySearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList unrestricted{u"sandbox-root"_s, u"terraform-admin"_s};
        // An operation: the key whose tag brings it, and every unrestricted key.
        QTest::newRow("operation part")
            << u"delete-dns"_s << (QStringList{u"dns-updater"_s} + unrestricted);
        QTest::newRow("whole operation")
            << u"put-sos-object"_s
            << (QStringList{u"backup-uploader"_s, u"log-shipper"_s, u"sandbox-root"_s,
                   u"static-site-publisher"_s, u"terraform-admin"_s});
        // A tag: its keys, the unrestricted keys, and those with operations of that name
        // (compute has reverse-dns operations, read has list-dns-domains).
        QTest::newRow("tag") << u"dns"_s
                             << (QStringList{
                                     u"ci-deploy"_s, u"dns-updater"_s, u"monitoring-readonly"_s}
                                    + unrestricted);
        // A bucket: the key restricted to it, and those not restricted by resource that may
        // call an sos operation (monitoring-readonly reads through its tag "read").
        QTest::newRow("bucket") << u"www-example-com"_s
                                << (QStringList{u"monitoring-readonly"_s, u"sandbox-root"_s,
                                       u"static-site-publisher"_s, u"terraform-admin"_s});
        QTest::newRow("bucket, other case")
            << u"Nightly-Backups"_s
            << (QStringList{u"backup-uploader"_s, u"monitoring-readonly"_s, u"sandbox-root"_s,
                   u"terraform-admin"_s});
        // Names, parts of names and of buckets search as they always did.
        QTest::newRow("name") << u"terraform"_s << QStringList{u"terraform-admin"_s};
        QTest::newRow("whole name") << u"dns-updater"_s << QStringList{u"dns-updater"_s};
        QTest::newRow("part of a bucket") << u"nightly"_s << QStringList{u"backup-uploader"_s};
        QTest::newRow("operation and part of a bucket")
            << u"put-sos-object nightly"_s << QStringList{u"backup-uploader"_s};
        QTest::newRow("operation and bucket")
            << u"put-sos-object app-logs"_s
            << (QStringList{u"log-shipper"_s, u"sandbox-root"_s, u"terraform-admin"_s});
        QTest::newRow("nothing") << u"no-such-thing"_s << QStringList();
    }

    void capabilitySearch()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        Demo demo;
        QAbstractItemModelTester tester(
            &demo.filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        demo.filter.setFilterText(query);
        QCOMPARE(names(demo.filter), expected);
        // Each key listed says why; the others have no reason.
        for (const AccessKey &key : demo.model.keys()) {
            const MatchReason reason = demo.filter.matchReason(key);
            QCOMPARE(!reason.isEmpty(), expected.contains(key.name));
        }
    }

    void capabilitySearchWithoutCatalog()
    {
        // Before the catalog arrives, the operations of the keys listed tell what names one.
        Demo demo;
        demo.filter.setCatalog(Catalog());
        demo.filter.setFilterText(u"delete-dns"_s);
        QCOMPARE(names(demo.filter),
            (QStringList{u"dns-updater"_s, u"sandbox-root"_s, u"terraform-admin"_s}));
        // A query typed before the keys arrive is applied to them once they do.
        AccessKeyModel model;
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterText(u"delete-dns"_s);
        model.setKeys(demo.sandbox.keys());
        QCOMPARE(filter.rowCount(), 3);
    }

    void matchReason_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("operation of a tag")
            << u"delete-dns"_s << u"dns-updater"_s
            << u"Matches \"delete-dns\": operation delete-dns-domain (tag dns)"_s;
        QTest::newRow("unrestricted") << u"delete-dns"_s << u"terraform-admin"_s
                                      << u"Matches \"delete-dns\": unrestricted: may call every "
                                         "operation"_s;
        QTest::newRow("operation alone")
            << u"list-instances"_s << u"snapshot-cron"_s
            << u"Matches \"list-instances\": operation list-instances"_s;
        QTest::newRow("tag beats name")
            << u"dns"_s << u"dns-updater"_s << u"Matches \"dns\": tag dns"_s;
        QTest::newRow("name") << u"Updater"_s << u"dns-updater"_s
                              << u"Matches \"updater\": name dns-updater"_s;
        QTest::newRow("bucket") << u"app-logs"_s << u"log-shipper"_s
                                << u"Matches \"app-logs\": resource sos/bucket:app-logs"_s;
        QTest::newRow("any bucket")
            << u"app-logs"_s << u"monitoring-readonly"_s
            << u"Matches \"app-logs\": not restricted by resource: may reach sos/bucket:app-logs"_s;
        QTest::newRow("two words")
            << u"put-sos-object app-logs"_s << u"log-shipper"_s
            << u"Matches \"put-sos-object\": operation put-sos-object; Matches \"app-logs\": "
               "resource sos/bucket:app-logs"_s;
        QTest::newRow("no match") << u"delete-dns"_s << u"log-shipper"_s << QString();
        QTest::newRow("no query") << QString() << u"log-shipper"_s << QString();
    }

    void matchReason()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        QFETCH(QString, text);
        Demo demo;
        demo.filter.setFilterText(query);
        const MatchReason reason = demo.filter.matchReason(demo.key(key));
        QCOMPARE(reason.text(), text);
        if (!text.isEmpty()) {
            QCOMPARE(reason.keyId, demo.key(key).key);
            // The same text, as a role of the row.
            const QModelIndexList rows = demo.filter.match(demo.filter.index(0, 0),
                AccessKeyModel::KeyIdRole, reason.keyId, 1, Qt::MatchExactly);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(
                rows.constFirst().data(AccessKeyFilterModel::MatchReasonRole).toString(), text);
        }
    }

    void matchReasonListsEveryMatch()
    {
        // What the details pane highlights: every operation and tag the word is found in.
        Demo demo;
        demo.filter.setFilterText(u"delete-dns"_s);
        const MatchReason reason = demo.filter.matchReason(demo.key(u"dns-updater"_s));
        QCOMPARE(reason.subjects(KeyMatch::Kind::Operation),
            (QStringList{u"delete-dns-domain"_s, u"delete-dns-domain-record"_s}));
        QVERIFY(reason.subjects(KeyMatch::Kind::Tag).isEmpty());
        QCOMPARE(reason.words(), QStringList{u"delete-dns"_s});
    }

    void sortByPower()
    {
        Demo demo;
        QAbstractItemModelTester tester(
            &demo.filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        demo.filter.sort(AccessKeyModel::RestrictionsColumn, Qt::DescendingOrder);
        const QStringList order = names(demo.filter);
        // The two unrestricted keys above every restricted one.
        QCOMPARE(QSet<QString>(order.cbegin(), order.cbegin() + 2),
            (QSet<QString>{u"sandbox-root"_s, u"terraform-admin"_s}));
        // Then by the number of operations each may call (tags expanded).
        qsizetype previous = std::numeric_limits<qsizetype>::max();
        for (int row = 2; row < demo.filter.rowCount(); ++row) {
            const AccessKey key
                = demo.filter.index(row, 0).data(AccessKeyModel::AccessKeyRole).value<AccessKey>();
            QCOMPARE(key.type, AccessKey::Type::Restricted);
            QVERIFY2(key.operations.size() <= previous, qPrintable(key.name));
            previous = key.operations.size();
        }
        QCOMPARE(order.constFirst(), demo.filter.index(0, 0).data().toString());
        demo.filter.sort(AccessKeyModel::RestrictionsColumn, Qt::AscendingOrder);
        QVERIFY(QStringList(names(demo.filter).mid(demo.filter.rowCount() - 2))
                    .contains(u"terraform-admin"_s));
    }

    void sortByPowerThenResources()
    {
        // The same operations: no resource restriction, then many resources, then one.
        AccessKeyModel model;
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList operations{u"put-sos-object"_s, u"get-sos-object"_s};
        const AccessKeyResource a(u"sos"_s, u"bucket"_s, u"a-bucket"_s);
        const AccessKeyResource b(u"sos"_s, u"bucket"_s, u"b-bucket"_s);
        model.setKeys({
            makeKey(u"one-bucket"_s, id(1), AccessKey::Type::Restricted, {}, operations, {a}),
            makeKey(u"unknown"_s, id(2), AccessKey::Type::Unknown),
            makeKey(u"any-bucket"_s, id(3), AccessKey::Type::Restricted, {}, operations),
            makeKey(u"three-ops"_s, id(4), AccessKey::Type::Restricted, {},
                operations + QStringList{u"list-sos-bucket"_s}, {a}),
            makeKey(u"root"_s, id(5), AccessKey::Type::Unrestricted),
            makeKey(u"two-buckets"_s, id(6), AccessKey::Type::Restricted, {}, operations, {a, b}),
        });
        filter.sort(AccessKeyModel::RestrictionsColumn, Qt::DescendingOrder);
        QCOMPARE(names(filter),
            (QStringList{u"root"_s, u"unknown"_s, u"three-ops"_s, u"any-bucket"_s, u"two-buckets"_s,
                u"one-bucket"_s}));
        QCOMPARE(model.index(4, 0).data(AccessKeyModel::PowerRole),
            model.index(4, AccessKeyModel::RestrictionsColumn).data(AccessKeyModel::SortRole));
    }

    void signingKeyIsMarked()
    {
        AccessKeyModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeys(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto isSigning = [&](int row) {
            return model.index(row, 0).data(AccessKeyModel::IsSigningKeyRole).toBool();
        };
        QVERIFY(!isSigning(1));
        model.setSigningKey(id(2));
        QCOMPARE(model.signingKey(), id(2));
        QCOMPARE(changed.size(), 1);
        QVERIFY(isSigning(1));
        QVERIFY(!isSigning(0));
        const QModelIndex name = model.index(1, AccessKeyModel::NameColumn);
        QCOMPARE(name.data().toString(), u"admin"_s);
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), u"admin (signing key)"_s);
        QCOMPARE(name.data(Qt::AccessibleTextRole).toString(), u"admin (signing key)"_s);
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"signing key"));
        // Moving the mark updates both rows; setting it again changes nothing.
        model.setSigningKey(id(3));
        QCOMPARE(changed.size(), 3);
        QVERIFY(!isSigning(1));
        QVERIFY(isSigning(2));
        model.setSigningKey(id(3));
        QCOMPARE(changed.size(), 3);
        model.setSigningKey(QString());
        QVERIFY(!isSigning(2));
    }

    void keyColumnGivesTheWholeId()
    {
        AccessKeyModel model;
        model.setKeys(sample());
        const QModelIndex key = model.index(2, AccessKeyModel::KeyColumn);
        QCOMPARE(key.data(Qt::ToolTipRole).toString(), id(3));
        QCOMPARE(key.data(Qt::AccessibleTextRole).toString(), id(3));
    }

    void compactRestrictionSummary_data()
    {
        QTest::addColumn<AccessKey>("key");
        QTest::addColumn<QString>("compact");
        QTest::newRow("unrestricted")
            << makeKey(u"a"_s, id(1), AccessKey::Type::Unrestricted) << u"Every right"_s;
        QTest::newRow("tag") << makeKey(
            u"a"_s, id(1), AccessKey::Type::Restricted, {u"sos"_s}, {u"a-b"_s, u"c-d"_s, u"e-f"_s})
                             << u"sos · 3 op(s)"_s;
        QTest::newRow("tags and resources")
            << makeKey(u"a"_s, id(1), AccessKey::Type::Restricted, {u"sos"_s, u"sks"_s}, {u"a-b"_s},
                   {AccessKeyResource(u"sos"_s, u"bucket"_s, u"a-b"_s),
                       AccessKeyResource(u"sos"_s, u"bucket"_s, u"c-d"_s)})
            << u"2 tag(s) · 1 op(s) · 2 res."_s;
    }

    void compactRestrictionSummary()
    {
        QFETCH(AccessKey, key);
        QFETCH(QString, compact);
        QCOMPARE(AccessKeyModel::compactRestrictionSummary(key), compact);
        AccessKeyModel model;
        model.setKeys({key});
        const QModelIndex cell = model.index(0, AccessKeyModel::RestrictionsColumn);
        QCOMPARE(cell.data(AccessKeyModel::CompactTextRole).toString(), compact);
        // Never longer than the summary it stands for.
        QVERIFY(compact.size() <= cell.data().toString().size());
    }

    void counts()
    {
        Demo demo;
        QAbstractItemModelTester tester(
            &demo.filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = demo.model.rowCount();
        QCOMPARE(demo.filter.totalCount(), total);
        QCOMPARE(demo.filter.matchingCount(), total);
        QCOMPARE(demo.filter.countText(), u"%1 key(s)"_s.arg(total));
        QSignalSpy counts(&demo.filter, &AccessKeyFilterModel::countsChanged);

        // One signal per change of the filter, however many rows it hides.
        demo.filter.setFilterText(u"delete-dns"_s);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.constLast(), (QVariantList{3, total}));
        QCOMPARE(demo.filter.countText(), u"3 of %1 key(s) match"_s.arg(total));
        demo.filter.setFilterText(u"delete-dns "_s); // the same rows
        QCOMPARE(counts.size(), 1);
        demo.filter.setTypeFilter(AccessKeyFilterModel::TypeFilter::Restricted);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(demo.filter.matchingCount(), 1);
        demo.filter.setFilterText(u"no-such-key"_s);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(demo.filter.countText(), u"No key matches"_s);
        demo.filter.setTypeFilter(AccessKeyFilterModel::TypeFilter::All);
        QCOMPARE(counts.size(), 3); // still none
        demo.filter.setFilterText(QString());
        QCOMPARE(counts.size(), 4);
        QCOMPARE(counts.constLast(), (QVariantList{total, total}));

        // The keys change: the counts follow.
        AccessKeys keys = demo.sandbox.keys();
        keys.removeFirst();
        demo.model.setKeys(keys);
        QCOMPARE(counts.constLast(), (QVariantList{total - 1, total - 1}));
        QCOMPARE(demo.filter.countText(), u"%1 key(s)"_s.arg(total - 1));
    }

    void aNewTextIsOneLayoutChange()
    {
        // However scattered the rows a word hides, the view hears of it once: the general
        // proxy signalled every run of rows apart, and views do work in proportion to every row
        // for each.
        AccessKeyModel model;
        model.setKeys(varied(600));
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(AccessKeyModel::NameColumn);
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);
        filter.setFilterText(u"delete-dns"_s);
        QCOMPARE(layouts.size(), 1);
        QVERIFY(filter.rowCount() > 100 && filter.rowCount() < 500);
        filter.setFilterText(u"delete-dns bucket-1"_s);
        QCOMPARE(layouts.size(), 2);
        filter.setFilterText(u"delete-dns bucket-1 "_s); // the same rows: nothing to say
        QCOMPARE(layouts.size(), 2);
        filter.setFilterText(QString());
        QCOMPARE(layouts.size(), 3);
        QCOMPARE(filter.rowCount(), 600);
        filter.sort(AccessKeyModel::RestrictionsColumn, Qt::DescendingOrder);
        QCOMPARE(layouts.size(), 4);
        QCOMPARE(removed.size() + inserted.size() + resets.size(), 0);
    }

    void theSearchIndexAgreesWithTheMatcher_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query :
            {u"delete-dns"_s, u"dns"_s, u"d"_s, u"sos-object"_s, u"service-01"_s, u"admin"_s,
                u"bucket-1"_s, u"bucket-1 put"_s, u"exo000"_s, u"EXO0000000000000000000000a"_s,
                u"list- zones"_s, u"nothing-like-this"_s, u"SERVICE-0042"_s, u"-"_s})
            QTest::newRow(qPrintable(query)) << query;
    }

    void theSearchIndexAgreesWithTheMatcher()
    {
        // The filter matches whole columns at once through a KeySearchIndex; KeyMatcher::matches
        // looks at one key's own strings. Both must agree on every key.
        QFETCH(QString, query);
        const AccessKeys keys = varied(300);
        AccessKeyModel model;
        model.setKeys(keys);
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        filter.setFilterText(query);
        QSet<QString> operations;
        AccessKeyResources resources;
        for (const AccessKey &key : keys) {
            for (const QString &operation : key.operations)
                operations.insert(operation);
            for (const AccessKeyResource &resource : key.resources) {
                if (!resources.contains(resource))
                    resources.append(resource);
            }
        }
        const KeyMatcher matcher(query, Catalog(), operations, resources);
        QSet<QString> expected;
        for (const AccessKey &key : keys) {
            if (matcher.matches(key))
                expected.insert(key.key);
        }
        QSet<QString> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.insert(filter.index(row, 0).data(AccessKeyModel::KeyIdRole).toString());
        QCOMPARE(shown, expected);
        QCOMPARE(filter.rowCount(), expected.size());
    }

    void theSearchIndexFindsAWordWhereverItIs()
    {
        // The index's scan reads eight letters at a time: a word at the very start or end of a
        // name, across the boundary of a block of eight, after a near miss, or one letter long
        // must be found exactly where the plain search finds it.
        QRandomGenerator random(12); // a fixed seed: the same keys on every run
        AccessKeys keys;
        for (int n = 0; n < 300; ++n) {
            QString name;
            const int length = int(random.bounded(1, 40));
            for (int i = 0; i < length; ++i)
                name += QChar(u'a' + random.bounded(3)); // "abcab...": many near misses
            QStringList operations;
            if (n % 7 == 0)
                operations.append(name.left(5) + u"-op"_s);
            keys.append(
                makeKey(name, u"ID%1"_s.arg(n), AccessKey::Type::Restricted, {}, operations));
        }
        const KeySearchIndex index(keys);
        QStringList words{u"a"_s, u"c"_s, u"ab"_s, u"ca"_s, u"aaa"_s, u"abcab"_s, u"cc-op"_s,
            u"id1"_s, u"d2"_s, u"-"_s, u"ba-op"_s};
        for (int n = 0; n < 200; ++n) { // and pieces of the names themselves
            const QString &name = keys.at(int(random.bounded(keys.size()))).name;
            const int from = int(random.bounded(name.size()));
            words.append(name.mid(from, int(random.bounded(1, 12))));
        }
        for (const QString &word : std::as_const(words)) {
            std::vector<quint8> found(size_t(keys.size()));
            index.markTextMatches(word, found);
            for (int row = 0; row < keys.size(); ++row) {
                const AccessKey &key = keys.at(row);
                const bool expected = key.name.contains(word, Qt::CaseInsensitive)
                    || key.key.contains(word, Qt::CaseInsensitive)
                    || std::any_of(key.operations.cbegin(), key.operations.cend(),
                        [&](const QString &operation) { return operation.contains(word); });
                if (bool(found[size_t(row)]) != expected)
                    QFAIL(qPrintable(u"\"%1\" in key %2 (\"%3\"): %4 instead of %5"_s.arg(word)
                                         .arg(row)
                                         .arg(key.name)
                                         .arg(found[size_t(row)])
                                         .arg(expected)));
            }
        }
    }

    void theSearchIndexListsTheKeysOwnNamesOnce()
    {
        // The search's known operations and resources come from the index (built off the UI
        // thread): each once, whatever string object spells it.
        AccessKeys keys = varied(200);
        keys.append(makeKey(u"copy"_s, id(999), AccessKey::Type::Restricted, {},
            {QString(u"list-zones"_s).append(QString()).toUpper().toLower(), u"apply-policy"_s},
            {AccessKeyResource(u"sos"_s, u"bucket"_s, u"bucket-"_s + QString::number(1))}));
        QSet<QString> operations;
        QStringList resources;
        for (const AccessKey &key : std::as_const(keys)) {
            for (const QString &operation : key.operations)
                operations.insert(operation);
            for (const AccessKeyResource &resource : key.resources) {
                if (!resources.contains(resource.toString()))
                    resources.append(resource.toString());
            }
        }
        const KeySearchIndex index(keys);
        QCOMPARE(index.operations(), operations);
        QStringList indexed;
        for (const AccessKeyResource &resource : index.resources())
            indexed.append(resource.toString());
        QCOMPARE(indexed, resources);
        QVERIFY(index.operations().contains(u"apply-policy"_s));
        QCOMPARE(resources.size(), 3);
    }

    void theSearchIndexIsBuiltInTheBackground()
    {
        // Built off the UI thread when the keys change, so that the first keystroke does not wait
        // for it; an index of keys that changed meanwhile is not taken.
        const int count = AccessKeyFilterModel::indexInBackgroundFrom + 500;
        AccessKeyModel model;
        model.setKeys(varied(count));
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        QVERIFY(!filter.isSearchIndexReady()); // its result comes through the event loop
        QTRY_VERIFY(filter.isSearchIndexReady());
        filter.setFilterText(u"delete-dns"_s);
        const int matching = filter.rowCount();
        QVERIFY(matching > 0 && matching < count);

        filter.setFilterText(QString());
        model.setKeys(varied(count - 100)); // removes the last 100 rows
        QVERIFY(!filter.isSearchIndexReady());
        model.setKeys(varied(count)); // and adds them back before the first index is in
        QTRY_VERIFY(filter.isSearchIndexReady());
        filter.setFilterText(u"delete-dns"_s);
        QCOMPARE(filter.rowCount(), matching);
        QSet<QString> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.insert(filter.index(row, 0).data(AccessKeyModel::KeyIdRole).toString());
        QCOMPARE(shown.size(), matching);
    }

    void theSelectionFollowsItsKeyThroughTheFilter()
    {
        AccessKeyModel model;
        model.setKeys(varied(200));
        AccessKeyFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(AccessKeyModel::NameColumn);
        QItemSelectionModel selection(&filter);
        const QString wanted = id(17); // Service-0016: list-dns-domains only
        const QModelIndex before = filter.mapFromSource(model.index(model.rowOf(wanted), 0));
        QCOMPARE(before.data().toString(), u"Service-0016"_s);
        selection.setCurrentIndex(
            before, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Still shown, on another row: the selection and the current row go with it.
        filter.setFilterText(u"dns"_s);
        QVERIFY(selection.currentIndex().row() < before.row());
        QCOMPARE(selection.currentIndex().data(AccessKeyModel::KeyIdRole).toString(), wanted);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().data(AccessKeyModel::KeyIdRole).toString(),
            wanted);
        // Filtered out: nothing selected stands for it.
        filter.setFilterText(u"delete-dns"_s);
        QVERIFY(!selection.hasSelection());
        QVERIFY(!selection.currentIndex().isValid());
        // Removed from the source while shown: the rows around it stay selected as they were.
        filter.setFilterText(QString());
        const QModelIndex other = filter.mapFromSource(model.index(model.rowOf(id(8)), 0));
        selection.select(other, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        model.removeKey(wanted);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(filter.rowCount(), 199);
        QCOMPARE(selection.selectedRows().constFirst().data(AccessKeyModel::KeyIdRole).toString(),
            id(8));
    }

    void columnTextsListEachTextOnce()
    {
        AccessKeyModel model;
        model.setKeys(varied(400));
        const QStringList texts = model
                                      .headerData(AccessKeyModel::RestrictionsColumn,
                                          Qt::Horizontal, AccessKeyModel::ColumnTextsRole)
                                      .toStringList();
        QSet<QString> everyText;
        for (int row = 0; row < model.rowCount(); ++row)
            everyText.insert(model.index(row, AccessKeyModel::RestrictionsColumn)
                                 .data(AccessKeyModel::CompactTextRole)
                                 .toString());
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()), everyText);
        QCOMPARE(texts.size(), everyText.size());
        QVERIFY(texts.contains(u"Every right"_s));
        model.setHasStoredSecret(id(2), true, u"the system keychain"_s);
        QCOMPARE(model
                     .headerData(AccessKeyModel::SecretColumn, Qt::Horizontal,
                         AccessKeyModel::ColumnTextsRole)
                     .toStringList(),
            QStringList{u"The system keychain"_s});
    }

    void anotherSourceModel()
    {
        // The window swaps accounts: the filter follows the new keys, not the old ones.
        Demo demo;
        QAbstractItemModelTester tester(
            &demo.filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        demo.filter.setFilterText(u"delete-dns"_s);
        demo.filter.setSourceModel(&demo.model); // the same: nothing changes
        QCOMPARE(demo.filter.rowCount(), 3);
        AccessKeyModel other;
        other.setKeys(sample());
        QSignalSpy counts(&demo.filter, &AccessKeyFilterModel::countsChanged);
        demo.filter.setSourceModel(&other);
        QCOMPARE(demo.filter.totalCount(), 4);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.constLast(), (QVariantList{1, 4})); // admin may call delete-dns
        demo.filter.setFilterText(u"admin"_s);
        QCOMPARE(names(demo.filter), QStringList{u"admin"_s});
        // The old model's changes no longer reach the filter.
        demo.model.setKeys({});
        QCOMPARE(counts.size(), 1);
        QCOMPARE(demo.filter.totalCount(), 4);
        other.removeKey(id(2));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.constLast(), (QVariantList{0, 3}));
        QCOMPARE(demo.filter.countText(), u"No key matches"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccessKeyModel)
#include "tst_accesskeymodel.moc"
