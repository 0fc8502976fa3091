// SPDX-License-Identifier: GPL-3.0-or-later
// `keyport --demo`: the window comes up at once and fills with the demo keys.
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "sandbox/DemoAccount.h"
#include "sandbox/Sandbox.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestDemoWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDemoKeys()
    {
        QNetworkAccessManager network;
        auto demo = DemoAccount::start(&network);
        QVERIFY2(demo, qPrintable(demo.error().message()));
        MainWindow window;
        window.setAccount(u"Demo"_s, demo.value()->client());
        window.show();
        // Shown before any answer: the demo server answers after its latency.
        QVERIFY(window.isVisible());
        QCOMPARE(window.keyModel()->rowCount(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(window.keyModel()->rowCount(), 13, 10000);
        auto *table = window.findChild<QTableView *>(u"keyTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 13);
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, AccessKeyModel::NameColumn).data().toString());
        // Sorted by name, and every kind of demo key is there.
        QCOMPARE(names.first(), u"backup-uploader"_s);
        for (const char *name :
            {"terraform-admin", "ci-deploy", "backup-uploader", "billing-partner"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        const QModelIndex backup = table->model()->index(0, AccessKeyModel::RestrictionsColumn);
        QVERIFY(backup.data().toString().contains(u"bucket nightly-backups"));
        auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status->text().contains(u"13"));
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
