// SPDX-License-Identifier: GPL-3.0-or-later
// No Secret Service at all (this test runs without a session bus): the window says so, switches
// to keeping secrets for this session only, and stays fully usable.
#include "SandboxFixture.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestSessionOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersAndUsesTheSessionOnlyMode()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent"),
            "run through ctest, which takes the session bus away");
        KeychainSecretStore keychain; // declared first: it outlives the harness's window
        WindowHarness::Options options;
        options.demoKeys = false;
        options.keychain = &keychain;
        WindowHarness harness(options);
        AccountStore &accounts = *harness.accounts();
        SessionSecretStore &session = *harness.sessionSecrets();
        QSettings &settings = *harness.settings();
        SandboxFixture &fixture = harness.fixture();
        QVERIFY(harness.openWindow());
        MainWindow &window = *harness.window();
        window.checkKeychain();

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s)));
        QVERIFY2(box->text().contains(u"No system keychain"), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"forgotten when Keyport quits"));
        KEYPORT_FIND(secretsStatus, QLabel, &window, u"secretsStatus"_s);
        QCOMPARE(secretsStatus->text(), u"Secrets: this session only"_s);
        QCOMPARE(accounts.secretStore(), &session);

        // Try Again probes anew; still no keychain: the same offer comes back.
        KEYPORT_FIND(keychainTryAgain, QPushButton, box, u"keychainTryAgain"_s);
        QTest::mouseClick(keychainTryAgain, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s)
            || window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s) != box);
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s)));
        KEYPORT_FIND(keychainSessionOnly, QPushButton, box, u"keychainSessionOnly"_s);
        QTest::mouseClick(keychainSessionOnly, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s));

        // Fully usable: an account added now works, kept for this session only, and it never
        // reaches the settings file (it would come back without its secret).
        const Account account = fixture.account(u"sandbox"_s);
        QVERIFY(fixture.addAccountTo(accounts, account.name));
        QCOMPARE(accounts.account(u"sandbox"_s)->origin, Account::Origin::Session);
        window.selectAccount(u"sandbox"_s);
        QTRY_COMPARE(window.keyModel()->rowCount(), 1);
        auto read = finished(session.read(SecretStore::entryName(u"sandbox"_s, account.apiKey)));
        QVERIFY(read && !read->error());
        settings.sync();
        QFile saved(settings.fileName());
        QVERIFY(!saved.exists()
            || (saved.open(QIODevice::ReadOnly) && !saved.readAll().contains("sandbox")));
        KEYPORT_FIND(list, QAbstractItemView, &window, u"accountList"_s);
        QVERIFY(list->model()->index(0, 0).data().toString().contains(u"this session only"));
    }
};

QTEST_MAIN(TestSessionOnly)
#include "tst_sessiononly.moc"
