// SPDX-License-Identifier: GPL-3.0-or-later
// ApiKeyModel, ApiKeyFilterModel and RoleModel fed from an account's IamSession, against the
// sandbox over loopback HTTP, each under QAbstractItemModelTester.
#include "IamAccountFixture.h"
#include "models/ApiKeyFilterModel.h"
#include "models/ApiKeyModel.h"
#include "models/RoleModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestIamModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<IamAccountFixture>();
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(
            QJsonObject{{u"name"_s, u"web-deploy"_s}, {u"description"_s, u"Publishes the site"_s},
                {u"policy"_s, IamPolicy::denyAll().toJson()}});
        QVERIFY(role);
        m_roleId = role.value();
        const auto ci = sandbox.createApiKey(u"ci-pipeline"_s, m_roleId);
        QVERIFY(ci);
        m_ciKey = ci.value().key;
        QVERIFY(sandbox.createApiKey(u"backup"_s, sandbox.billingRoleId()));
        sandbox.addUser(u"ada@example.com"_s, m_roleId);
        sandbox.addUser(u"grace@example.com"_s, m_roleId, true);
        QVERIFY(m_fixture->open());
    }

    void cleanup() { m_fixture.reset(); }

    void apiKeysShowTheServersKeys()
    {
        ApiKeyModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_fixture->iam());
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(ApiKeyModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(model.headerData(ApiKeyModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(model.headerData(ApiKeyModel::RoleColumn, Qt::Horizontal).toString(), u"Role"_s);
        // sandbox-admin's key, ci-pipeline and backup.
        QCOMPARE(model.rowCount(), 3);
        const int ci = model.rowOf(m_ciKey);
        QVERIFY(ci >= 0);
        QCOMPARE(model.index(ci, ApiKeyModel::NameColumn).data().toString(), u"ci-pipeline"_s);
        QCOMPARE(model.index(ci, ApiKeyModel::KeyColumn).data().toString(), m_ciKey);
        QCOMPARE(model.index(ci, ApiKeyModel::RoleColumn).data().toString(), u"web-deploy"_s);
        QCOMPARE(model.index(ci, 0).data(ApiKeyModel::RoleIdRole).toString(), m_roleId);
        QVERIFY(column(model, ApiKeyModel::RoleColumn).contains(u"Billing"_s));
        // The account's own key is marked, and only that one.
        const int signing = model.rowOf(m_fixture->sandbox().adminApiKeyId());
        QVERIFY(signing >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex name = model.index(row, ApiKeyModel::NameColumn);
            QCOMPARE(name.data(ApiKeyModel::IsSigningKeyRole).toBool(), row == signing);
            QCOMPARE(name.data(Qt::ToolTipRole).toString().contains(u"(this account's key)"_s),
                row == signing);
        }
        QCOMPARE(model.signingKey(), m_fixture->sandbox().adminApiKeyId());
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void apiKeyRowsStayPut()
    {
        ApiKeyModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_fixture->iam());
        const QPersistentModelIndex ci = model.index(model.rowOf(m_ciKey), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        IamSession *iam = m_fixture->iam();
        const QString added = u"EXO0123456789abcdef01234567"_s;
        iam->addApiKey({u"new"_s, added, m_roleId, {}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(model.rowOf(added), 0).data().toString(), u"new"_s);
        // A role renamed shows in the Role column.
        IamRole role = *iam->role(m_roleId);
        role.name = u"web-publish"_s;
        iam->putRole(role);
        QCOMPARE(
            model.index(ci.row(), ApiKeyModel::RoleColumn).data().toString(), u"web-publish"_s);
        iam->removeApiKey(model.index(0, 0).data(ApiKeyModel::KeyIdRole).toString());
        QCOMPARE(model.rowCount(), 3);
        // Then the server's truth again, by a refresh: rows change one by one, never a reset.
        m_fixture->session()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!iam->isLoading(), 10000);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(ci.isValid());
        QCOMPARE(ci.data().toString(), u"ci-pipeline"_s);
        QCOMPARE(reset.size(), 0);
    }

    void theFilterMatchesNameKeyAndRole()
    {
        ApiKeyModel model;
        model.setSession(m_fixture->iam());
        ApiKeyFilterModel filter;
        QAbstractItemModelTester tester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(u"  CI-PIPE "_s); // name, whatever the case
        QCOMPARE(column(filter, ApiKeyModel::NameColumn), QStringList{u"ci-pipeline"_s});
        filter.setFilterText(m_ciKey.mid(5, 10).toUpper()); // part of the key
        QCOMPARE(column(filter, ApiKeyModel::NameColumn), QStringList{u"ci-pipeline"_s});
        filter.setFilterText(u"billing"_s); // the role's name
        QCOMPARE(column(filter, ApiKeyModel::NameColumn), QStringList{u"backup"_s});
        filter.setFilterText(u"nothing like it"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText({});
        QCOMPARE(filter.rowCount(), 3);
        filter.sort(ApiKeyModel::NameColumn);
        QCOMPARE(column(filter, ApiKeyModel::NameColumn).first(), u"backup"_s);
    }

    void rolesShowTheServersRoles()
    {
        RoleModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_fixture->iam());
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(
            model.headerData(RoleModel::ApiKeysColumn, Qt::Horizontal).toString(), u"API keys"_s);
        QCOMPARE(model.headerData(RoleModel::PeopleColumn, Qt::Horizontal).toString(), u"People"_s);
        QCOMPARE(model.rowCount(), m_fixture->iam()->roles().size());
        const QStringList names = column(model, RoleModel::NameColumn);
        QVERIFY(names.contains(u"Owner"_s));
        QVERIFY(names.contains(u"Billing"_s));
        const int web = model.rowOf(m_roleId);
        QCOMPARE(model.index(web, RoleModel::NameColumn).data().toString(), u"web-deploy"_s);
        QCOMPARE(model.index(web, RoleModel::DescriptionColumn).data().toString(),
            u"Publishes the site"_s);
        QCOMPARE(model.index(web, RoleModel::EditableColumn).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(web, RoleModel::ApiKeysColumn).data().toInt(), 1);
        QCOMPARE(model.index(web, RoleModel::PeopleColumn).data().toInt(), 2);
        QVERIFY(!model.index(web, 0).data(RoleModel::IsBuiltInRole).toBool());
        // The built-in roles cannot be edited, and say so.
        for (const QString &id :
            {m_fixture->sandbox().ownerRoleId(), m_fixture->sandbox().billingRoleId()}) {
            const int row = model.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, RoleModel::EditableColumn).data().toString(), u"No"_s);
            QVERIFY(model.index(row, 0).data(RoleModel::IsBuiltInRole).toBool());
            QVERIFY(model.index(row, 0)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"cannot be changed"_s));
        }
        QCOMPARE(
            model.index(model.rowOf(m_fixture->sandbox().billingRoleId()), RoleModel::ApiKeysColumn)
                .data()
                .toInt(),
            1);
    }

    void roleCountsFollowTheSession()
    {
        RoleModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_fixture->iam());
        IamSession *iam = m_fixture->iam();
        const int web = model.rowOf(m_roleId);
        const QPersistentModelIndex keys = model.index(web, RoleModel::ApiKeysColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        iam->addApiKey({u"second"_s, u"EXO0123456789abcdef01234567"_s, m_roleId, {}});
        QCOMPARE(keys.data().toInt(), 2);
        QVERIFY(!changed.isEmpty());
        iam->removeRole(m_roleId);
        QVERIFY(!keys.isValid());
        QCOMPARE(model.rowOf(m_roleId), -1);
        QCOMPARE(model.rowCount(), iam->roles().size());
    }

private:
    std::unique_ptr<IamAccountFixture> m_fixture;
    QString m_roleId;
    QString m_ciKey;
};

QTEST_GUILESS_MAIN(TestIamModels)
#include "tst_iammodels.moc"
