// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccessKeysPage.h"
#include "accounts/AccountStore.h"
#include "AccountsPane.h"
#include "AccountStatusBar.h"
#include "AccountView.h"
#include "commands/AddAccountCommand.h"
#include "commands/CheckKeychainCommand.h"
#include "commands/CopyKeyIdCommand.h"
#include "commands/CopySecretCommand.h"
#include "commands/EditAccountCommand.h"
#include "commands/ForgetSecretCommand.h"
#include "commands/ImportAccountsCommand.h"
#include "commands/NewKeyCommand.h"
#include "commands/RemoveAccountCommand.h"
#include "commands/RevokeKeysCommand.h"
#include "commands/ShowAboutCommand.h"
#include "commands/ShowShortcutsCommand.h"
#include "commands/StartDemoCommand.h"
#include "commands/TestAccountCommand.h"
#include "commands/UseAsTemplateCommand.h"
#include "IamActions.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "QuitGuard.h"
#include "sandbox/DemoAccount.h"
#include "SectionToolBar.h"
#include "services/AccountSession.h"
#include "ViewActions.h"
#include "WelcomePage.h"
#include "widgets/ActionSeparator.h"
#include "widgets/ErrorBanner.h"
#include "widgets/KeyDetailsPane.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Keyport {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_clipboard(new SecretClipboard(this))
    , m_quitGuard(new QuitGuard(context, this))
    , m_accountsPane(new AccountsPane(context.accounts, this))
    , m_banner(new ErrorBanner(this))
    , m_center(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_accountView(new AccountView(this))
    , m_keysPage(new AccessKeysPage(context.accounts, m_banner, context.settings, this))
    , m_details(new KeyDetailsPane(this))
    , m_status(new AccountStatusBar(context, statusBar()))
    , m_iam(new IamActions(
          context.accounts, m_clipboard, m_accountView, [this](Command *command) { run(command); },
          this))
    , m_viewActions(new ViewActions([this](Command *command) { run(command); }, this))
{
    setWindowTitle(tr("Keyport"));
    setObjectName(QStringLiteral("mainWindow"));

    // Centre: the banner over the open account's sections, or the welcome page.
    m_accountView->setAccessKeysPage(m_keysPage, m_details);
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_accountView);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_center, 1);
    setCentralWidget(
        sideBySide(m_accountsPane, centre, {170, 1030}, QStringLiteral("mainSplitter"), this));

    createActions();
    createMenus();

    connect(
        m_accountsPane, &AccountsPane::addAccountRequested, m_addAccountAction, &QAction::trigger);
    connect(m_accountsPane, &AccountsPane::importRequested, m_importAction, &QAction::trigger);
    connect(m_accountsPane, &AccountsPane::currentAccountChanged, this, &MainWindow::openAccount);
    connect(m_accountsPane, &AccountsPane::currentSectionChanged, m_accountView,
        &AccountView::showSection);
    connect(m_welcome, &WelcomePage::addAccountRequested, m_addAccountAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::importRequested, m_importAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_banner, &ErrorBanner::cancelRequested, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_keysPage, &AccessKeysPage::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_details, &KeyDetailsPane::copyKeyIdRequested, this,
        [this](const QString &keyId) { run(new CopyKeyIdCommand(keyId, this)); });
    connect(m_clipboard, &SecretClipboard::cleared, this,
        [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    resize(1200, 720);
    openAccount(m_accountsPane->currentAccountName());
}

MainWindow::~MainWindow()
{
    m_session.reset(); // its jobs use the demo server, which goes after it
}

QAction *MainWindow::makeAction(const QString &text, const char *objectName, const char *icon,
    const QKeySequence &shortcut, const std::function<Command *()> &command)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (command) {
        connect(action, &QAction::triggered, this, [this, command] {
            if (Command *started = command())
                run(started);
        });
    }
    return action;
}

void MainWindow::createActions()
{
    AccountStore *accounts = m_context.accounts;
    m_addAccountAction
        = makeAction(tr("&Add Account…"), "actionAddAccount", "list-add", {}, [this] {
              return accountCommand(new AddAccountCommand(
                  m_context.network, m_context.accounts, m_context.clientOptions, this));
          });
    m_importAction = makeAction(tr("&Import from exo CLI…"), "actionImport", "document-import", {},
        [this] { return importCommand({}); });
    m_editAccountAction
        = makeAction(tr("&Edit Account…"), "actionEditAccount", "document-edit", {}, [this] {
              return m_session ? accountCommand(new EditAccountCommand(m_context.network,
                         m_context.accounts, m_context.clientOptions, m_session->account(), this))
                               : nullptr;
          });
    m_testAccountAction = makeAction(
        tr("&Test Account"), "actionTestAccount", "network-connect", {}, [this, accounts] {
            return m_session ? new TestAccountCommand(m_context.network, accounts,
                       m_context.clientOptions, m_session->account(), this)
                             : nullptr;
        });
    m_removeAccountAction = makeAction(
        tr("&Remove Account…"), "actionRemoveAccount", "list-remove", {}, [this, accounts] {
            return m_session ? new RemoveAccountCommand(accounts, m_session->account(), this)
                             : nullptr;
        });
    m_newKeyAction = makeAction(
        tr("&New Key…"), "actionNewKey", "document-new", QKeySequence::New, [this, accounts] {
            return m_session
                ? keyCommand(new NewKeyCommand(m_session.get(), accounts, m_clipboard, this))
                : nullptr;
        });
    m_templateAction = makeAction(tr("Use as &Template…"), "actionUseAsTemplate", "edit-copy",
        QKeySequence(Qt::CTRL | Qt::Key_T), [this, accounts]() -> Command * {
            const auto key = m_keysPage->selectedKey();
            if (!m_session || !key)
                return nullptr;
            return keyCommand(
                new UseAsTemplateCommand(m_session.get(), accounts, m_clipboard, *key, this));
        });
    m_revokeAction = makeAction(
        tr("Re&voke…"), "actionRevoke", "edit-delete", QKeySequence::Delete, [this, accounts] {
            return m_session
                ? new RevokeKeysCommand(m_session.get(), accounts, m_keysPage->selectedKeys(), this)
                : nullptr;
        });
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction = m_viewActions->refreshAction();
    m_findAction = m_viewActions->findAction();
    connect(m_findAction, &QAction::triggered, m_keysPage, &AccessKeysPage::focusSearch);
    m_copyKeyIdAction = makeAction(tr("&Copy Key ID"), "actionCopyKeyId", "edit-copy",
        QKeySequence::Copy, [this]() -> Command * {
            const auto key = m_keysPage->selectedKey();
            return key ? new CopyKeyIdCommand(key->key, this) : nullptr;
        });
    m_copyKeyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copySecretAction
        = makeAction(tr("Copy Stored &Secret"), "actionCopySecret", "dialog-password",
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this, accounts]() -> Command * {
                const auto key = m_keysPage->selectedKey();
                return key
                    ? new CopySecretCommand(accounts, currentAccountName(), *key, m_clipboard, this)
                    : nullptr;
            });
    m_forgetSecretAction = makeAction(tr("&Forget Stored Secret…"), "actionForgetSecret",
        "edit-delete", {}, [this, accounts]() -> Command * {
            const auto key = m_keysPage->selectedKey();
            return key ? new ForgetSecretCommand(accounts, currentAccountName(), *key,
                       keyModel()->storedSecretPlace(key->key), this)
                       : nullptr;
        });
    m_quitAction
        = makeAction(tr("&Quit"), "actionQuit", "application-exit", QKeySequence::Quit, {});
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_shortcutsAction = makeAction(tr("&Keyboard Shortcuts"), "actionShortcuts",
        "help-keyboard-shortcuts", QKeySequence(Qt::CTRL | Qt::Key_Question),
        [this] { return new ShowShortcutsCommand(findChildren<QAction *>(), this); });
    m_aboutAction = makeAction(tr("&About Keyport"), "actionAbout", "help-about", {},
        [this] { return new ShowAboutCommand(this); });

    // Copy Key ID answers Ctrl+C, and Revoke the Delete key, in the table only.
    m_keysPage->table()->addActions(
        {m_templateAction, m_revokeAction, newSeparator(this), m_copyKeyIdAction,
            m_copySecretAction, m_forgetSecretAction, newSeparator(this), m_refreshAction});
    m_accountsPane->view()->addActions(
        {m_editAccountAction, m_testAccountAction, m_removeAccountAction});
    QWidget::addActions({m_findAction, m_newKeyAction, m_templateAction, m_refreshAction,
        m_copySecretAction, m_shortcutsAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_addAccountAction, m_importAction, m_editAccountAction, m_testAccountAction,
        m_removeAccountAction});
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->addActions({m_newKeyAction, m_templateAction, m_revokeAction});
    key->addSeparator();
    key->addActions({m_copyKeyIdAction, m_copySecretAction, m_forgetSecretAction});
    m_iam->addMenu(menuBar());
    m_viewActions->addMenu(menuBar());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_shortcutsAction, m_aboutAction});

    auto *toolBar = new SectionToolBar(tr("Main"), this);
    addToolBar(toolBar);
    toolBar->setSectionActions(AccountTreeModel::Section::LegacyKeys,
        {m_newKeyAction, m_templateAction, m_revokeAction, nullptr, m_copyKeyIdAction,
            m_copySecretAction});
    m_iam->addToolBarActions(toolBar);
    toolBar->setSharedActions({m_refreshAction});
    connect(m_accountView, &AccountView::sectionShown, toolBar, &SectionToolBar::showSection);
}

Command *MainWindow::accountCommand(AccountDialogCommand *command)
{
    connect(command, &AccountDialogCommand::accountSaved, this, &MainWindow::selectAccount);
    return command;
}

Command *MainWindow::keyCommand(NewKeyCommand *command)
{
    connect(command, &NewKeyCommand::keyCreated, this, &MainWindow::selectKey);
    return command;
}

Command *MainWindow::importCommand(const QString &path)
{
    auto *command = new ImportAccountsCommand(m_context.accounts, path, this);
    connect(command, &ImportAccountsCommand::accountImported, this, &MainWindow::selectAccount);
    return command;
}

Command *MainWindow::run(Command *command)
{
    connect(command, &Command::info, m_status, &AccountStatusBar::showMessage);
    connect(command, &Command::error, m_banner,
        [this](const QString &message) { m_banner->showMessage(message, false); });
    command->start();
    return command;
}

QString MainWindow::currentAccountName() const
{
    return m_session ? m_session->account().name : QString();
}

bool MainWindow::selectAccount(const QString &name)
{
    return m_accountsPane->selectAccount(name);
}

bool MainWindow::selectKey(const QString &keyId)
{
    return m_keysPage->selectKey(keyId);
}

void MainWindow::openAccount(const QString &name)
{
    // The same account, unchanged, stays open; an edited one opens anew.
    const auto account = m_context.accounts ? m_context.accounts->account(name) : std::nullopt;
    if (m_session && account && m_session->account() == *account)
        return;
    m_keysPage->setSession(nullptr);
    m_iam->setSession(nullptr);
    m_viewActions->setSession(nullptr);
    m_status->setSession(nullptr);
    m_session.reset();
    m_banner->hide();
    m_details->setKey(std::nullopt, {}, {});
    if (!account) {
        m_center->setCurrentWidget(m_welcome);
        updateActions();
        return;
    }
    m_center->setCurrentWidget(m_accountView);
    m_details->setSigningKeyId(account->apiKey);
    m_session = std::make_unique<AccountSession>(m_context.network, m_context.accounts, *account);
    if (m_context.clientOptions)
        m_session->setClientOptions(*m_context.clientOptions);
    connect(m_session.get(), &AccountSession::loadingChanged, this, &MainWindow::updateActions);
    m_keysPage->setSession(m_session.get());
    m_iam->setSession(m_session.get());
    m_viewActions->setSession(m_session.get());
    m_status->setSession(m_session.get());
    updateActions();
    m_session->open();
}

void MainWindow::onSelectionChanged()
{
    const auto key = m_keysPage->selectedKey();
    m_details->setKey(key, m_session ? m_session->catalog() : Catalog(),
        key ? keyModel()->storedSecretPlace(key->key) : QString());
    if (key)
        m_details->setHighlight(filterModel()->matchReason(*key));
    updateActions();
}

void MainWindow::updateActions()
{
    const auto key = m_keysPage->selectedKey();
    const bool stored = key && keyModel()->hasStoredSecret(key->key);
    const bool isSigner = key && m_session && key->key == m_session->account().apiKey;
    m_copyKeyIdAction->setEnabled(key.has_value());
    m_copySecretAction->setEnabled(stored);
    m_forgetSecretAction->setEnabled(stored && !isSigner);
    const bool ready = m_session && m_session->client() && !m_session->catalog().isEmpty();
    m_newKeyAction->setEnabled(ready);
    m_templateAction->setEnabled(ready && key.has_value());
    m_revokeAction->setEnabled(
        m_session && m_session->client() && !m_keysPage->selectedKeys().isEmpty());
    m_removeAccountAction->setEnabled(m_session != nullptr);
    m_testAccountAction->setEnabled(m_session != nullptr);
    m_editAccountAction->setEnabled(
        m_session && m_context.accounts->isEditable(m_session->account().name));
}

void MainWindow::refresh()
{
    m_refreshAction->trigger();
}

void MainWindow::openAddAccountDialog()
{
    m_addAccountAction->trigger();
}

void MainWindow::importAccounts(const QString &path)
{
    run(importCommand(path));
}

void MainWindow::startDemo()
{
    if (m_demo) {
        selectAccount(m_demo->account().name);
        return;
    }
    auto *command = new StartDemoCommand(m_context.accounts, this);
    connect(command, &StartDemoCommand::demoStarted, this, [this, command](const QString &name) {
        m_demo = command->takeDemo();
        selectAccount(name);
    });
    run(command);
}

void MainWindow::useSessionOnlySecrets(const QString &reason)
{
    auto *command = new CheckKeychainCommand(m_context, this);
    command->setKnownProblem(reason);
    run(command);
}

void MainWindow::checkKeychain()
{
    run(new CheckKeychainCommand(m_context, this));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->setAccepted(m_quitGuard->mayClose());
}

} // namespace Keyport
