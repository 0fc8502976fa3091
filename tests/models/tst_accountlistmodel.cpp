// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AccountListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAccounts()
    {
        AccountListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Account prod;
        prod.name = u"prod"_s;
        prod.apiKey = u"EXO1"_s;
        prod.zone = u"de-fra-1"_s;
        Account local;
        local.name = u"local"_s;
        local.customEndpoint = u"http://127.0.0.1:8080/v2"_s;
        local.origin = Account::Origin::Environment;
        model.setAccounts({prod, local});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(AccountListModel::NameRole).toString(), u"prod"_s);
        QCOMPARE(model.index(0).data(AccountListModel::EndpointRole).toString(), u"de-fra-1"_s);
        QCOMPARE(model.index(1).data(AccountListModel::EndpointRole).toString(),
            u"http://127.0.0.1:8080/v2"_s);
        QVERIFY(model.index(1).data().toString().contains(u"environment"));
        QCOMPARE(model.rowOf(u"local"_s), 1);
        QCOMPARE(model.rowOf(u"none"_s), -1);
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
