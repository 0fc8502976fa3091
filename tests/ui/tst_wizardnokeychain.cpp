// SPDX-License-Identifier: GPL-3.0-or-later
// The new key's secret when the keychain refuses it (this test runs without a session bus, so
// the write really fails): shown anyway with a clear warning, Finish waits for "I have stored
// this secret", and closing first asks.
#include "SandboxFixture.h"
#include "WindowHarness.h"
#include "WizardDriver.h"

#include "accounts/AccountStore.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestWizardNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent"),
            "run through ctest, which takes the session bus away");
        // The window gets the system keychain, which cannot be reached; the account itself is
        // added while secrets still go to memory.
        WindowHarness::Options options;
        options.demoKeys = false;
        options.keychain = &m_keychain;
        m_harness = std::make_unique<WindowHarness>(options);
        m_harness->accounts()->setSecretStore(m_harness->sessionSecrets());
        QVERIFY(m_harness->addAccount(u"sandbox"_s));
        QVERIFY(m_harness->openWindow());
        m_window = m_harness->window();
        m_accounts = m_harness->accounts();
        KEYPORT_FIND(actionNewKey, QAction, m_window, u"actionNewKey"_s);
        QTRY_VERIFY(actionNewKey->isEnabled());
        // From now on, secrets go to the system keychain, which cannot be reached.
        m_accounts->setSecretStore(&m_keychain);
    }

    void cleanup()
    {
        m_window = nullptr;
        m_accounts = nullptr;
        m_harness.reset();
    }

    void secretShownWithAWarningAndTheAckGate()
    {
        WizardDriver driver = createUnrestrictedKey(u"unsaved"_s);
        // Keyport does not pretend to hold it.
        QVERIFY(
            !m_accounts->storedKeySecrets(u"sandbox"_s).contains(driver.text(u"createdKeyId"_s)));
        const QString status = driver.text(u"secretStoreStatus"_s);
        QVERIFY2(status.contains(u"The secret was not saved"), qPrintable(status));
        QVERIFY(status.contains(u"No system keychain"));
        KEYPORT_FIND(secretField, QLineEdit, driver.wizard(), u"secretField"_s);
        QCOMPARE(secretField->text().size(), 43); // still shown
        KEYPORT_FIND(ack, QCheckBox, driver.wizard(), u"secretAck"_s);
        QVERIFY(ack->isVisible());
        QVERIFY(!driver.button(QWizard::FinishButton)->isEnabled());
        driver.click(u"secretAck"_s);
        QVERIFY(ack->isChecked());
        QVERIFY(driver.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<KeyWizard *>());
    }

    void closingWithAnUnsavedSecretAsksFirst()
    {
        WizardDriver driver = createUnrestrictedKey(u"closing"_s);
        const QString id = driver.text(u"createdKeyId"_s);
        QVERIFY(!m_accounts->storedKeySecrets(u"sandbox"_s).contains(id));
        driver.wizard()->reject(); // Esc, or the window's close button
        QMessageBox *guard = nullptr;
        QTRY_VERIFY((guard = driver.wizard()->findChild<QMessageBox *>(u"closeGuard"_s)));
        QVERIFY(guard->text().contains(u"nobody can see it again"));
        QVERIFY(driver.wizard()->isVisible());
        // Cancel keeps the wizard and the secret on screen.
        QTest::mouseClick(guard->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(driver.wizard()->isVisible());
        // Asked again, and confirmed: now it closes.
        driver.wizard()->reject();
        QTRY_VERIFY((guard = driver.wizard()->findChild<QMessageBox *>(u"closeGuard"_s)));
        KEYPORT_FIND(closeGuardConfirm, QPushButton, guard, u"closeGuardConfirm"_s);
        QTest::mouseClick(closeGuardConfirm, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<KeyWizard *>());
    }

    void acknowledgedSecretClosesWithoutAsking()
    {
        WizardDriver driver = createUnrestrictedKey(u"acked"_s);
        driver.click(u"secretAck"_s);
        driver.wizard()->reject();
        QTRY_VERIFY(!m_window->findChild<KeyWizard *>());
    }

private:
    WizardDriver createUnrestrictedKey(const QString &name)
    {
        auto *newKey = m_window->findChild<QAction *>(u"actionNewKey"_s);
        if (!newKey)
            qFatal("no actionNewKey");
        newKey->trigger();
        auto *wizard = m_window->findChild<KeyWizard *>();
        if (!wizard)
            qFatal("no wizard");
        WizardDriver driver(wizard);
        driver.type(u"keyName"_s, name);
        driver.click(u"kindUnrestricted"_s);
        if (!driver.next() || !driver.commit())
            qFatal("cannot reach the commit page");
        if (!QTest::qWaitFor(
                [wizard] { return wizard->currentId() == KeyWizard::SecretPageId; }, 15000))
            qFatal("no secret page");
        return driver;
    }

    KeychainSecretStore m_keychain;
    std::unique_ptr<WindowHarness> m_harness;
    // The harness's:
    AccountStore *m_accounts = nullptr;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestWizardNoKeychain)
#include "tst_wizardnokeychain.moc"
