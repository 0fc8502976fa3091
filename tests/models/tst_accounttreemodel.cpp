// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccountTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestAccountTreeModel : public QObject
{
    Q_OBJECT

private:
    static QList<Account> twoAccounts()
    {
        Account prod;
        prod.name = u"prod"_s;
        prod.apiKey = u"EXO000000000000000000000001"_s;
        prod.zone = u"de-fra-1"_s;
        Account local;
        local.name = u"local"_s;
        local.apiKey = u"EXO000000000000000000000002"_s;
        local.customEndpoint = u"http://127.0.0.1:8080/v2"_s;
        local.origin = Account::Origin::Environment;
        return {prod, local};
    }

private Q_SLOTS:
    void listsAccountsWithTheirSections()
    {
        AccountTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(twoAccounts());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex prod = model.index(0, 0);
        QCOMPARE(prod.data(AccountTreeModel::NameRole).toString(), u"prod"_s);
        QCOMPARE(prod.data(AccountTreeModel::EndpointRole).toString(), u"de-fra-1"_s);
        QCOMPARE(prod.data(AccountTreeModel::SectionRole).toInt(), -1);
        QCOMPARE(model.index(1, 0).data(AccountTreeModel::EndpointRole).toString(),
            u"http://127.0.0.1:8080/v2"_s);
        QVERIFY(model.index(1, 0).data().toString().contains(u"environment"));
        QCOMPARE(model.rowOf(u"local"_s), 1);
        QCOMPARE(model.rowOf(u"none"_s), -1);

        // Under each account: its access keys, today.
        QCOMPARE(model.rowCount(prod), 1);
        const QModelIndex keys = model.index(0, 0, prod);
        QCOMPARE(keys.data().toString(), u"Access keys"_s);
        QCOMPARE(keys.data(AccountTreeModel::NameRole).toString(), u"prod"_s);
        QCOMPARE(keys.data(AccountTreeModel::SectionRole).toInt(),
            int(AccountTreeModel::Section::LegacyKeys));
        QCOMPARE(keys.parent(), prod);
        QCOMPARE(model.rowCount(keys), 0);
        QCOMPARE(model.indexOf(u"local"_s, AccountTreeModel::Section::LegacyKeys).parent(),
            model.index(1, 0));
        QVERIFY(!model.indexOf(u"local"_s, AccountTreeModel::Section::Roles).isValid());

        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void makesRoomForTheIamSections()
    {
        AccountTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(twoAccounts());
        model.setSections(
            {AccountTreeModel::Section::LegacyKeys, AccountTreeModel::Section::ApiKeys,
                AccountTreeModel::Section::Roles, AccountTreeModel::Section::OrganizationPolicy});
        const QModelIndex local = model.index(1, 0);
        QCOMPARE(model.rowCount(local), 4);
        QStringList names;
        for (int row = 0; row < 4; ++row)
            names.append(model.index(row, 0, local).data().toString());
        QCOMPARE(names,
            QStringList({u"Access keys"_s, u"API keys"_s, u"Roles"_s, u"Organization policy"_s}));
        QCOMPARE(model.indexOf(u"local"_s, AccountTreeModel::Section::Roles).row(), 2);
    }

    void showsTheGenerationOfTheSigningKeyOnceKnown()
    {
        AccountTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(twoAccounts());
        const QModelIndex prod = model.index(0, 0);
        QCOMPARE(prod.data().toString(), u"prod\nde-fra-1"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setKeyGeneration(u"EXO000000000000000000000001"_s, KeyGeneration::LegacyAccessKey);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), prod);
        QCOMPARE(prod.data().toString(), u"prod\nde-fra-1 · legacy access key"_s);
        QVERIFY(prod.data(Qt::AccessibleTextRole).toString().contains(u"legacy access key"));
        QCOMPARE(prod.data(AccountTreeModel::GenerationRole).toInt(),
            int(KeyGeneration::LegacyAccessKey));
        model.setKeyGeneration(u"EXO000000000000000000000002"_s, KeyGeneration::IamApiKey);
        QVERIFY(model.index(1, 0).data().toString().endsWith(u"IAM API key"));
        // The same answer again changes nothing.
        model.setKeyGeneration(u"EXO000000000000000000000002"_s, KeyGeneration::IamApiKey);
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountTreeModel)
#include "tst_accounttreemodel.moc"
