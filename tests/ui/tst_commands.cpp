// SPDX-License-Identifier: GPL-3.0-or-later
// Every user action is a command (ui/commands/): each one here, on its own, against the sandbox
// and through its real dialog: what it does, what it says, and that it finishes exactly once.
#include "SandboxFixture.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "commands/AddAccountCommand.h"
#include "commands/CheckKeychainCommand.h"
#include "commands/CopyKeyIdCommand.h"
#include "commands/CopySecretCommand.h"
#include "commands/EditAccountCommand.h"
#include "commands/ForgetSecretCommand.h"
#include "commands/ImportAccountsCommand.h"
#include "commands/NewKeyCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RemoveAccountCommand.h"
#include "commands/RevokeKeysCommand.h"
#include "commands/ShowAboutCommand.h"
#include "commands/ShowShortcutsCommand.h"
#include "commands/StartDemoCommand.h"
#include "commands/TestAccountCommand.h"
#include "commands/UseAsTemplateCommand.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/ImportAccountsDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "mainwindow/AccountsPane.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "sandbox/DemoAccount.h"
#include "sandbox/SandboxFault.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "widgets/SecretClipboard.h"
#include "wizard/KeyWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

/// Watches a command: its signals, and whether finished() came from inside start().
struct Watch
{
    explicit Watch(Command *command)
        : finished(command, &Command::finished)
        , canceled(command, &Command::canceled)
        , info(command, &Command::info)
        , error(command, &Command::error)
    {
        command->start();
        finishedInsideStart = finished.count();
    }
    QString lastInfo() const { return info.isEmpty() ? QString() : info.last().at(0).toString(); }
    QString lastError() const
    {
        return error.isEmpty() ? QString() : error.last().at(0).toString();
    }

    QSignalSpy finished;
    QSignalSpy canceled;
    QSignalSpy info;
    QSignalSpy error;
    qsizetype finishedInsideStart = 0;
};

template <typename T> T *waitForWidget(QWidget *parent, const QString &name = {})
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        5000);
    return shown ? found : nullptr;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<WindowHarness>();
        QVERIFY(m_harness->openWindowOnAccount());
        m_window = m_harness->window();
    }

    void cleanup()
    {
        m_window = nullptr;
        m_harness.reset();
    }

    void copyKeyIdPutsTheIdOnTheClipboard()
    {
        Watch watch(new CopyKeyIdCommand(u"EXO0123456789abcdef01234567"_s, m_window));
        QCOMPARE(watch.finishedInsideStart, 0); // always after start() returned
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(QApplication::clipboard()->text(), u"EXO0123456789abcdef01234567"_s);
        QVERIFY(watch.lastInfo().contains(u"EXO0123456789abcdef01234567"));
        QCOMPARE(watch.canceled.count(), 0);
    }

    void copySecretReadsTheStoredSecret()
    {
        const AccessKey key = anyKey(u"dns-updater"_s);
        QVERIFY(finishedOk(m_harness->accounts()->storeKeySecret(
            u"sandbox"_s, key.key, Secret::fromUtf8("stored-for-the-test"))));
        Watch watch(new CopySecretCommand(
            m_harness->accounts(), u"sandbox"_s, key, m_window->clipboard(), m_window));
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(QApplication::clipboard()->text(), u"stored-for-the-test"_s);
        QVERIFY(watch.lastInfo().contains(u"dns-updater"));
        m_window->clipboard()->clearIfUnchanged();

        // A key whose secret Keyport does not hold: the command says so, and ends.
        Watch missing(new CopySecretCommand(m_harness->accounts(), u"sandbox"_s,
            anyKey(u"terraform-admin"_s), m_window->clipboard(), m_window));
        QTRY_COMPARE(missing.finished.count(), 1);
        QVERIFY(missing.error.count() + missing.canceled.count() == 1);
    }

    void forgetSecretAsksThenDeletes()
    {
        const AccessKey key = anyKey(u"dns-updater"_s);
        AccountStore *accounts = m_harness->accounts();
        QVERIFY(finishedOk(
            accounts->storeKeySecret(u"sandbox"_s, key.key, Secret::fromUtf8("to-forget"))));
        // Cancel keeps it.
        Watch kept(new ForgetSecretCommand(
            accounts, u"sandbox"_s, key, u"the system keychain"_s, m_window));
        auto *box = waitForWidget<QMessageBox>(m_window, u"forgetSecretBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(key.key));
        box->reject();
        QTRY_COMPARE(kept.finished.count(), 1);
        QCOMPARE(kept.canceled.count(), 1);
        QVERIFY(accounts->storedKeySecrets(u"sandbox"_s).contains(key.key));
        // Forget Secret deletes it.
        Watch forgot(new ForgetSecretCommand(
            accounts, u"sandbox"_s, key, u"the system keychain"_s, m_window));
        box = waitForWidget<QMessageBox>(m_window, u"forgetSecretBox"_s);
        QVERIFY(box);
        KEYPORT_FIND(confirm, QPushButton, box, u"forgetSecretConfirm"_s);
        confirm->click();
        QTRY_COMPARE(forgot.finished.count(), 1);
        QVERIFY(!accounts->storedKeySecrets(u"sandbox"_s).contains(key.key));
        QVERIFY(forgot.lastInfo().contains(u"dns-updater"));
    }

    void removeAccountAsksThenRemoves()
    {
        AccountStore *accounts = m_harness->accounts();
        QVERIFY(m_harness->addAccount(u"second"_s));
        Watch watch(new RemoveAccountCommand(accounts, *accounts->account(u"second"_s), m_window));
        auto *box = waitForWidget<QMessageBox>(m_window, u"removeAccountBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"second"));
        KEYPORT_FIND(confirm, QPushButton, box, u"removeAccountConfirm"_s);
        confirm->click();
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(!accounts->account(u"second"_s));
        QVERIFY(accounts->account(u"sandbox"_s));
        QCOMPARE(watch.error.count(), 0);
    }

    void refreshLoadsTheListAgain()
    {
        KeyDraft draft;
        draft.name = u"made-elsewhere"_s;
        draft.kind = KeyDraft::Kind::Unrestricted;
        const auto created = m_harness->sandbox().createKey(draft);
        QVERIFY(created);
        QCOMPARE(m_window->keyModel()->rowOf(created.value().key.key), -1);
        Watch watch(new RefreshCommand(m_window->session(), m_window));
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(m_window->keyModel()->rowOf(created.value().key.key) >= 0);
    }

    void newKeyOpensTheWizardAndEndsWithIt()
    {
        auto *command = new NewKeyCommand(
            m_window->session(), m_harness->accounts(), m_window->clipboard(), m_window);
        Watch watch(command);
        auto *wizard = waitForWidget<KeyWizard>(m_window);
        QVERIFY(wizard);
        QVERIFY(!wizard->hasTemplate());
        QCOMPARE(watch.finished.count(), 0); // it lives as long as its wizard
        wizard->reject();
        QTRY_COMPARE(watch.finished.count(), 1);
    }

    void useAsTemplateFillsTheWizard()
    {
        const AccessKey key = anyKey(u"dns-updater"_s);
        Watch watch(new UseAsTemplateCommand(
            m_window->session(), m_harness->accounts(), m_window->clipboard(), key, m_window));
        auto *wizard = waitForWidget<KeyWizard>(m_window);
        QVERIFY(wizard);
        QVERIFY(wizard->hasTemplate());
        QCOMPARE(wizard->draft().name, u"dns-updater-copy"_s);
        wizard->reject();
        QTRY_COMPARE(watch.finished.count(), 1);
    }

    void revokeConfirmsThenRevokes()
    {
        const AccessKey key = anyKey(u"dns-updater"_s);
        Watch watch(
            new RevokeKeysCommand(m_window->session(), m_harness->accounts(), {key}, m_window));
        auto *dialog = waitForWidget<RevokeDialog>(m_window);
        QVERIFY(dialog);
        QVERIFY(m_harness->sandbox().hasKey(key.key)); // nothing before the confirmation
        KEYPORT_FIND(revoke, QPushButton, dialog, u"revokeButton"_s);
        revoke->click();
        QTRY_VERIFY(!m_harness->sandbox().hasKey(key.key));
        // Every key revoked: the dialog closes by itself, and the command ends with it.
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(!m_window->findChild<RevokeDialog *>());
        QCOMPARE(m_window->keyModel()->rowOf(key.key), -1);
    }

    void addAccountTestsThenSaves()
    {
        auto *command = new AddAccountCommand(m_harness->context().network, m_harness->accounts(),
            m_harness->context().clientOptions, m_window);
        QSignalSpy saved(command, &AccountDialogCommand::accountSaved);
        Watch watch(command);
        auto *dialog = waitForWidget<AddAccountDialog>(m_window);
        QVERIFY(dialog);
        fillAccount(dialog, u"added"_s);
        KEYPORT_FIND(test, QPushButton, dialog, u"accountTest"_s);
        test->click();
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        // The test says which kind of key it is and what it may do.
        QTRY_VERIFY2(
            result->text().contains(u"unrestricted legacy access key"), qPrintable(result->text()));
        KEYPORT_FIND(add, QPushButton, dialog, u"accountAdd"_s);
        add->click();
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), u"added"_s);
        QVERIFY(m_harness->accounts()->account(u"added"_s));
    }

    void addAccountTestRecognisesAnIamApiKey()
    {
        m_harness->sandbox().addFault(SandboxFault::parse(u"iamv3"_s).value());
        auto *command = new AddAccountCommand(m_harness->context().network, m_harness->accounts(),
            m_harness->context().clientOptions, m_window);
        Watch watch(command);
        auto *dialog = waitForWidget<AddAccountDialog>(m_window);
        QVERIFY(dialog);
        fillAccount(dialog, u"v3"_s);
        KEYPORT_FIND(test, QPushButton, dialog, u"accountTest"_s);
        test->click();
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        QTRY_VERIFY2(result->text().contains(u"IAM API key"), qPrintable(result->text()));
        dialog->reject();
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(watch.canceled.count(), 1);
        QVERIFY(!m_harness->accounts()->account(u"v3"_s));
    }

    void editAccountRenamesAndTestsTheStoredSecret()
    {
        AccountStore *accounts = m_harness->accounts();
        QVERIFY(m_harness->addAccount(u"before"_s));
        const AccessKey key = anyKey(u"dns-updater"_s);
        QVERIFY(finishedOk(
            accounts->storeKeySecret(u"before"_s, key.key, Secret::fromUtf8("follows"))));
        auto *command = new EditAccountCommand(m_harness->context().network, accounts,
            m_harness->context().clientOptions, *accounts->account(u"before"_s), m_window);
        QSignalSpy saved(command, &AccountDialogCommand::accountSaved);
        Watch watch(command);
        auto *dialog = waitForWidget<AddAccountDialog>(m_window);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AddAccountDialog::Mode::Edit);
        // Test with the secret field empty: the stored secret is used.
        KEYPORT_FIND(test, QPushButton, dialog, u"accountTest"_s);
        test->click();
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        QTRY_VERIFY2(result->text().contains(u"The key works"), qPrintable(result->text()));
        KEYPORT_FIND(name, QLineEdit, dialog, u"accountName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"after"_s);
        KEYPORT_FIND(save, QPushButton, dialog, u"accountSave"_s);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), u"after"_s);
        QVERIFY(!accounts->account(u"before"_s));
        QVERIFY(accounts->account(u"after"_s));
        // The key's secret followed the account.
        QVERIFY(accounts->storedKeySecrets(u"after"_s).contains(key.key));
    }

    void renamingTheOpenAccountKeepsItOpen()
    {
        // Through the window's own action: the account stays chosen under its new name, and
        // no other account is opened in between.
        KEYPORT_FIND(pane, AccountsPane, m_window, QString());
        QSignalSpy announced(pane, &AccountsPane::currentAccountChanged);
        KEYPORT_FIND(edit, QAction, m_window, u"actionEditAccount"_s);
        QVERIFY(edit->isEnabled());
        // Another account, the default one: what the list would fall back on.
        QVERIFY(m_harness->addAccount(u"another"_s));
        m_harness->accounts()->setDefaultAccountName(u"another"_s);
        edit->trigger();
        auto *dialog = waitForWidget<AddAccountDialog>(m_window);
        QVERIFY(dialog);
        KEYPORT_FIND(name, QLineEdit, dialog, u"accountName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"renamed"_s);
        KEYPORT_FIND(save, QPushButton, dialog, u"accountSave"_s);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(m_window->currentAccountName(), u"renamed"_s);
        QCOMPARE(m_window->session()->account().name, u"renamed"_s);
        QStringList names;
        for (const QList<QVariant> &arguments : std::as_const(announced))
            names.append(arguments.at(0).toString());
        QCOMPARE(names, QStringList({u"renamed"_s}));
        QTRY_VERIFY(m_window->session()->hasKeys());
    }

    void importAddsTheChosenAccounts()
    {
        const QString path = m_dir.filePath(u"exoscale.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            u"[[accounts]]\nname = \"imported\"\nkey = \"%1\"\nsecret = \"%2\"\n"
            "endpoint = \"%3\"\n"_s
                .arg(m_harness->sandbox().rootKeyId(), m_harness->sandbox().rootSecret().reveal(),
                    m_harness->sandbox().endpointUrl())
                .toUtf8());
        file.close();
        auto *command = new ImportAccountsCommand(m_harness->accounts(), path, m_window);
        QSignalSpy imported(command, &ImportAccountsCommand::accountImported);
        Watch watch(command);
        auto *dialog = waitForWidget<ImportAccountsDialog>(m_window);
        QVERIFY(dialog);
        KEYPORT_FIND(ok, QPushButton, dialog, u"importButtonOk"_s);
        ok->click();
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(imported.first().at(0).toString(), u"imported"_s);
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(m_harness->accounts()->account(u"imported"_s));
    }

    void testAccountSaysWhatTheKeyIs()
    {
        Watch watch(new TestAccountCommand(m_harness->context().network, m_harness->accounts(),
            m_harness->context().clientOptions, m_window->session()->account(), m_window));
        auto *box = waitForWidget<QMessageBox>(m_window, u"testAccountResult"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"unrestricted legacy access key"), qPrintable(box->text()));
        QCOMPARE(m_harness->accounts()->keyGeneration(m_harness->sandbox().rootKeyId()),
            KeyGeneration::LegacyAccessKey);
        box->close();
        QTRY_COMPARE(watch.finished.count(), 1);

        // An IAM API key: said so, and remembered for the account list.
        m_harness->sandbox().addFault(SandboxFault::parse(u"iamv3"_s).value());
        QVERIFY(m_harness->addAccount(u"v3"_s));
        Watch v3(new TestAccountCommand(m_harness->context().network, m_harness->accounts(),
            m_harness->context().clientOptions, *m_harness->accounts()->account(u"v3"_s),
            m_window));
        box = waitForWidget<QMessageBox>(m_window, u"testAccountResult"_s);
        QVERIFY(box);
        QTRY_VERIFY2(box->text().contains(u"IAM API key"), qPrintable(box->text()));
        QCOMPARE(m_harness->accounts()->keyGeneration(m_harness->sandbox().rootKeyId()),
            KeyGeneration::IamApiKey);
        box->close();
        QTRY_COMPARE(v3.finished.count(), 1);
    }

    void startDemoHandsOverARunningDemo()
    {
        auto *command = new StartDemoCommand(m_harness->accounts(), m_window);
        std::unique_ptr<DemoAccount> demo;
        QString name;
        connect(command, &StartDemoCommand::demoStarted, this, [&](const QString &started) {
            name = started;
            demo = command->takeDemo();
        });
        Watch watch(command);
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(demo);
        QVERIFY(m_harness->accounts()->account(name));
        QCOMPARE(m_harness->accounts()->account(name)->origin, Account::Origin::Demo);
        m_harness->closeWindow();
    }

    void checkKeychainOffersTheSessionAndTriesAgain()
    {
        AccountStore *accounts = m_harness->accounts();
        // A store that works stands in for a keychain that was unlocked meanwhile.
        SessionSecretStore keychain;
        AppContext context = m_harness->context();
        context.keychain = &keychain;
        auto *command = new CheckKeychainCommand(context, m_window);
        command->setKnownProblem(u"locked for the test"_s);
        Watch watch(command);
        auto *box = waitForWidget<QMessageBox>(m_window, u"keychainUnavailableBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"locked for the test"));
        QVERIFY(accounts->isSessionOnly());
        KEYPORT_FIND(retry, QPushButton, box, u"keychainTryAgain"_s);
        retry->click();
        QTRY_COMPARE(watch.finished.count(), 1);
        QVERIFY(!accounts->isSessionOnly());
        QVERIFY(watch.lastInfo().contains(u"can be used again"));
    }

    void helpDialogsOpenAndClose()
    {
        Watch about(new ShowAboutCommand(m_window));
        auto *aboutDialog = waitForWidget<AboutDialog>(m_window);
        QVERIFY(aboutDialog);
        QTest::keyClick(aboutDialog, Qt::Key_Escape);
        QTRY_COMPARE(about.finished.count(), 1);

        Watch shortcuts(new ShowShortcutsCommand(m_window->findChildren<QAction *>(), m_window));
        auto *shortcutsDialog = waitForWidget<ShortcutsDialog>(m_window);
        QVERIFY(shortcutsDialog);
        QTest::keyClick(shortcutsDialog, Qt::Key_Escape);
        QTRY_COMPARE(shortcuts.finished.count(), 1);
    }

    void aCommandWithNothingToDoEndsAtOnce()
    {
        // No key selected, no session: the command ends, after start() returned, exactly once.
        Watch watch(new CopyKeyIdCommand({}, m_window));
        QCOMPARE(watch.finishedInsideStart, 0);
        QTRY_COMPARE(watch.finished.count(), 1);
        QCOMPARE(watch.canceled.count(), 1);
        QTest::qWait(50);
        QCOMPARE(watch.finished.count(), 1);
    }

private:
    AccessKey anyKey(const QString &name) const
    {
        for (const AccessKey &key : m_window->session()->keys()) {
            if (key.name == name)
                return key;
        }
        return {};
    }

    void fillAccount(AddAccountDialog *dialog, const QString &name)
    {
        auto *nameField = dialog->findChild<QLineEdit *>(u"accountName"_s);
        auto *key = dialog->findChild<QLineEdit *>(u"accountKey"_s);
        auto *secret = dialog->findChild<QLineEdit *>(u"accountSecret"_s);
        auto *useEndpoint = dialog->findChild<QWidget *>(u"accountUseEndpoint"_s);
        auto *endpoint = dialog->findChild<QLineEdit *>(u"accountEndpoint"_s);
        QVERIFY(nameField && key && secret && useEndpoint && endpoint);
        QTest::keyClicks(nameField, name);
        QTest::keyClicks(key, m_harness->sandbox().rootKeyId());
        QTest::keyClicks(secret, m_harness->sandbox().rootSecret().reveal());
        useEndpoint->setProperty("checked", true);
        QTest::keyClicks(endpoint, m_harness->sandbox().endpointUrl());
    }

    static bool finishedOk(Job *job)
    {
        auto done = finished(job);
        return done && !done->error();
    }

    std::unique_ptr<WindowHarness> m_harness;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
