// SPDX-License-Identifier: GPL-3.0-or-later
// A keychain that is there but locked (run by with-private-keyring.sh --locked): the probe at start
// says so, and the window switches to keeping secrets for this session only.
#include "SandboxFixture.h"

#include "accounts/AccountStore.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSaysLocked()
    {
        KeychainSecretStore keychain(u"KeyportLockedTest"_s);
        auto probe = finished(keychain.probe(), 20000);
        QVERIFY(probe);
        // A read would have answered "not found", as if all were well: the probe writes.
        QCOMPARE(probe->error().code(), Error::Code::KeychainDenied);
        QVERIFY2(
            probe->error().message().contains(u"locked"), qPrintable(probe->error().message()));
        auto write = finished(keychain.write(u"keyport/x/EXO1"_s, Secret::fromUtf8("fake")), 20000);
        QVERIFY(write);
        QCOMPARE(write->error().code(), Error::Code::KeychainDenied);
    }

    void windowOffersTheSessionOnlyMode()
    {
        KeychainSecretStore keychain(u"KeyportLockedTest"_s);
        SessionSecretStore session;
        SandboxFixture fixture;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"k.conf"_s), QSettings::IniFormat);
        AccountStore accounts(&settings, &keychain, &session);
        MainWindow window(AppContext{
            &fixture.network(), &accounts, &keychain, &session, SandboxFixture::fastOptions()});
        window.show();
        window.checkKeychain();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(u"keychainUnavailableBox"_s)), 20000);
        QVERIFY2(box->text().contains(u"locked"), qPrintable(box->text()));
        QCOMPARE(window.findChild<QLabel *>(u"secretsStatus"_s)->text(),
            u"Secrets: this session only"_s);
        // And an account can still be added and used.
        QVERIFY(fixture.addAccountTo(accounts, u"sandbox"_s));
    }
};

QTEST_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
