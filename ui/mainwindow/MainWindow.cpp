// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccessKeysPage.h"
#include "accounts/AccountStore.h"
#include "AccountStatusBar.h"
#include "commands/AddAccountCommand.h"
#include "commands/CheckKeychainCommand.h"
#include "commands/CopyKeyIdCommand.h"
#include "commands/CopySecretCommand.h"
#include "commands/ForgetSecretCommand.h"
#include "commands/ImportAccountsCommand.h"
#include "commands/NewKeyCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RemoveAccountCommand.h"
#include "commands/RevokeKeysCommand.h"
#include "commands/StartDemoCommand.h"
#include "commands/UseAsTemplateCommand.h"
#include "models/AccessKeyModel.h"
#include "models/AccountTreeModel.h"
#include "QuitGuard.h"
#include "sandbox/DemoAccount.h"
#include "services/AccountSession.h"
#include "WelcomePage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/KeyDetailsPane.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Keyport {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_accountModel(new AccountTreeModel(this))
    , m_keyModel(new AccessKeyModel(this))
    , m_clipboard(new SecretClipboard(this))
    , m_quitGuard(new QuitGuard(context, this))
    , m_accountTree(new QTreeView(this))
    , m_banner(new ErrorBanner(this))
    , m_center(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_keysPage(new AccessKeysPage(m_keyModel, m_banner, context.settings, this))
    , m_details(new KeyDetailsPane(this))
    , m_status(new AccountStatusBar(context, statusBar()))
{
    setWindowTitle(tr("Keyport"));
    setObjectName(QStringLiteral("mainWindow"));

    // Left: the accounts, each with its sections.
    m_accountTree->setObjectName(QStringLiteral("accountList"));
    m_accountTree->setModel(m_accountModel);
    m_accountTree->setHeaderHidden(true);
    m_accountTree->setAccessibleName(tr("Accounts"));
    m_accountTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *addAccount = new QPushButton(tr("Add Account…"), this);
    addAccount->setObjectName(QStringLiteral("addAccountButton"));
    auto *importButton = new QPushButton(tr("Import from exo CLI…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *accountsPane = new QWidget(this);
    auto *accountsLayout = new QVBoxLayout(accountsPane);
    auto *accountsLabel = new QLabel(tr("A&ccounts"), accountsPane);
    accountsLabel->setBuddy(m_accountTree);
    accountsLayout->addWidget(accountsLabel);
    accountsLayout->addWidget(m_accountTree, 1);
    accountsLayout->addWidget(addAccount);
    accountsLayout->addWidget(importButton);

    // Centre: the banner over the open section, or the welcome page.
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_keysPage);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_center, 1);

    // The details pane keeps its width whatever the selected key says.
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setMinimumWidth(200);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(accountsPane);
    splitter->addWidget(centre);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({180, 760, 260});
    setCentralWidget(splitter);

    createActions();
    createMenus();

    connect(addAccount, &QPushButton::clicked, this, &MainWindow::openAddAccountDialog);
    connect(importButton, &QPushButton::clicked, this, [this] { importAccounts(); });
    connect(m_welcome, &WelcomePage::addAccountRequested, this, &MainWindow::openAddAccountDialog);
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { importAccounts(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_banner, &ErrorBanner::cancelRequested, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_keysPage, &AccessKeysPage::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_accountTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentAccountChanged);
    connect(m_details, &KeyDetailsPane::copyKeyIdRequested, this,
        [this](const QString &keyId) { run(new CopyKeyIdCommand(keyId, this)); });
    connect(m_accountModel, &QAbstractItemModel::modelReset, this, [this] {
        // A reset loses the current index. While the list is being refilled, the account is
        // chosen again right after: the open session must not be torn down in between.
        if (!m_refillingAccounts)
            onCurrentAccountChanged();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
        [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    if (AccountStore *accounts = m_context.accounts) {
        connect(accounts, &AccountStore::accountsChanged, this, &MainWindow::onAccountsChanged);
        connect(
            accounts, &AccountStore::storedKeySecretsChanged, this, [this](const QString &account) {
                if (account == currentAccountName())
                    onKeysChanged();
            });
        connect(accounts, &AccountStore::keyGenerationChanged, this,
            [this, accounts](const QString &apiKey) {
                m_accountModel->setKeyGeneration(apiKey, accounts->keyGeneration(apiKey));
            });
    }

    resize(1200, 720);
    onAccountsChanged();
}

MainWindow::~MainWindow()
{
    m_session.reset(); // its jobs use the demo server, which goes after it
}

AccessKeyFilterModel *MainWindow::filterModel() const
{
    return m_keysPage->filterModel();
}

QAction *MainWindow::makeAction(const QString &text, const char *objectName, const char *icon,
    const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createActions()
{
    m_addAccountAction = makeAction(
        tr("&Add Account…"), "actionAddAccount", "list-add", {}, &MainWindow::openAddAccountDialog);
    m_importAction
        = makeAction(tr("&Import from exo CLI…"), "actionImport", "document-import", {}, nullptr);
    connect(m_importAction, &QAction::triggered, this, [this] { importAccounts(); });
    m_removeAccountAction = makeAction(tr("&Remove Account…"), "actionRemoveAccount", "list-remove",
        {}, &MainWindow::removeAccount);
    m_newKeyAction = makeAction(
        tr("&New Key…"), "actionNewKey", "document-new", QKeySequence::New, &MainWindow::newKey);
    m_templateAction = makeAction(tr("Use as &Template…"), "actionUseAsTemplate", "edit-copy",
        QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::useSelectedAsTemplate);
    m_revokeAction = makeAction(tr("Re&voke…"), "actionRevoke", "edit-delete", QKeySequence::Delete,
        &MainWindow::revokeSelected);
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction = makeAction(tr("&Refresh"), "actionRefresh", "view-refresh",
        QKeySequence::Refresh, &MainWindow::refresh);
    m_findAction = makeAction(tr("&Find…"), "actionFind", "edit-find", QKeySequence::Find, nullptr);
    connect(m_findAction, &QAction::triggered, m_keysPage, &AccessKeysPage::focusSearch);
    m_copyKeyIdAction = makeAction(tr("&Copy Key ID"), "actionCopyKeyId", "edit-copy",
        QKeySequence::Copy, &MainWindow::copyKeyId);
    m_copyKeyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copySecretAction
        = makeAction(tr("Copy Stored &Secret"), "actionCopySecret", "dialog-password",
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyStoredSecret);
    m_forgetSecretAction = makeAction(tr("&Forget Stored Secret…"), "actionForgetSecret",
        "edit-delete", {}, &MainWindow::forgetStoredSecret);
    m_quitAction
        = makeAction(tr("&Quit"), "actionQuit", "application-exit", QKeySequence::Quit, nullptr);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Copy Key ID answers Ctrl+C, and Revoke the Delete key, in the table only.
    QTableView *table = m_keysPage->table();
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    table->addActions({m_templateAction, m_revokeAction, separator(), m_copyKeyIdAction,
        m_copySecretAction, m_forgetSecretAction, separator(), m_refreshAction});
    m_accountTree->addAction(m_removeAccountAction);
    QWidget::addActions(
        {m_findAction, m_newKeyAction, m_templateAction, m_refreshAction, m_copySecretAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_addAccountAction, m_importAction, m_removeAccountAction});
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->addActions({m_newKeyAction, m_templateAction, m_revokeAction});
    key->addSeparator();
    key->addActions({m_copyKeyIdAction, m_copySecretAction, m_forgetSecretAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_refreshAction, m_findAction});

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_newKeyAction, m_templateAction, m_revokeAction});
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addActions({m_copyKeyIdAction, m_copySecretAction});
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
    const QModelIndex index = m_accountModel->indexOf(name);
    if (!index.isValid())
        return false;
    m_accountTree->setCurrentIndex(index);
    m_accountTree->expand(index);
    return true;
}

bool MainWindow::selectKey(const QString &keyId)
{
    return m_keysPage->selectKey(keyId);
}

void MainWindow::onAccountsChanged()
{
    const QString current = currentAccountName();
    const QList<Account> accounts
        = m_context.accounts ? m_context.accounts->accounts() : QList<Account>();
    m_refillingAccounts = true;
    m_accountModel->setAccounts(accounts);
    for (const Account &account : accounts)
        m_accountModel->setKeyGeneration(
            account.apiKey, m_context.accounts->keyGeneration(account.apiKey));
    m_accountTree->expandAll();
    m_refillingAccounts = false;
    if (m_accountModel->rowCount() == 0) {
        onCurrentAccountChanged(); // no account left: the welcome page
        return;
    }
    if (!selectAccount(current)) {
        const QString preferred
            = m_context.accounts ? m_context.accounts->defaultAccountName() : QString();
        if (!selectAccount(preferred))
            m_accountTree->setCurrentIndex(m_accountModel->index(0, 0));
    }
}

void MainWindow::onCurrentAccountChanged()
{
    const QModelIndex current = m_accountTree->currentIndex();
    const QString name = current.data(AccountTreeModel::NameRole).toString();
    if (m_session && m_session->account().name == name && current.isValid())
        return;
    m_keysPage->setSession(nullptr);
    m_status->setSession(nullptr);
    m_session.reset();
    m_keyModel->setKeys({});
    m_banner->hide();
    m_details->setKey(std::nullopt, {}, {});

    const auto account = m_context.accounts ? m_context.accounts->account(name) : std::nullopt;
    if (!current.isValid() || !account) {
        m_center->setCurrentWidget(m_welcome);
        updateActions();
        return;
    }
    m_center->setCurrentWidget(m_keysPage);
    m_session = std::make_unique<AccountSession>(m_context.network, m_context.accounts, *account);
    if (m_context.clientOptions)
        m_session->setClientOptions(*m_context.clientOptions);
    AccountSession *session = m_session.get();
    connect(session, &AccountSession::keysChanged, this, &MainWindow::onKeysChanged);
    connect(session, &AccountSession::catalogChanged, this, &MainWindow::onSelectionChanged);
    connect(session, &AccountSession::loadingChanged, this, &MainWindow::updateActions);
    connect(session, &AccountSession::signerGenerationKnown, this,
        [this, apiKey = account->apiKey](KeyGeneration generation) {
            m_context.accounts->setKeyGeneration(apiKey, generation);
        });
    m_keysPage->setSession(session);
    m_status->setSession(session);
    updateActions();
    session->open();
}

void MainWindow::onKeysChanged()
{
    if (!m_session)
        return;
    m_keyModel->setStoredSecrets(m_context.accounts->storedKeySecretPlaces(currentAccountName()));
    m_keyModel->setKeys(m_session->keys());
    QTableView *table = m_keysPage->table();
    if (!table->selectionModel()->hasSelection() && table->model()->rowCount() > 0)
        table->selectRow(0);
    onSelectionChanged();
}

void MainWindow::onSelectionChanged()
{
    const auto key = m_keysPage->selectedKey();
    m_details->setKey(key, m_session ? m_session->catalog() : Catalog(),
        key ? m_keyModel->storedSecretPlace(key->key) : QString());
    updateActions();
}

void MainWindow::updateActions()
{
    const auto key = m_keysPage->selectedKey();
    const bool stored = key && m_keyModel->hasStoredSecret(key->key);
    const bool isSigner = key && m_session && key->key == m_session->account().apiKey;
    m_copyKeyIdAction->setEnabled(key.has_value());
    m_copySecretAction->setEnabled(stored);
    m_forgetSecretAction->setEnabled(stored && !isSigner);
    // Also while loading: a refresh then starts the load afresh.
    m_refreshAction->setEnabled(m_session != nullptr);
    const bool ready = m_session && m_session->client() && !m_session->catalog().isEmpty();
    m_newKeyAction->setEnabled(ready);
    m_templateAction->setEnabled(ready && key.has_value());
    m_revokeAction->setEnabled(
        m_session && m_session->client() && !m_keysPage->selectedKeys().isEmpty());
    m_removeAccountAction->setEnabled(m_session != nullptr);
}

// The actions: each builds its command with what it needs from the selection.

void MainWindow::refresh()
{
    if (m_session)
        run(new RefreshCommand(m_session.get(), this));
}

void MainWindow::newKey()
{
    if (!m_session)
        return;
    auto *command = new NewKeyCommand(m_session.get(), m_context.accounts, m_clipboard, this);
    connect(command, &NewKeyCommand::keyCreated, this, &MainWindow::selectKey);
    run(command);
}

void MainWindow::useSelectedAsTemplate()
{
    const auto key = m_keysPage->selectedKey();
    if (!m_session || !key)
        return;
    auto *command
        = new UseAsTemplateCommand(m_session.get(), m_context.accounts, m_clipboard, *key, this);
    connect(command, &NewKeyCommand::keyCreated, this, &MainWindow::selectKey);
    run(command);
}

void MainWindow::revokeSelected()
{
    if (m_session)
        run(new RevokeKeysCommand(
            m_session.get(), m_context.accounts, m_keysPage->selectedKeys(), this));
}

void MainWindow::copyKeyId()
{
    if (const auto key = m_keysPage->selectedKey())
        run(new CopyKeyIdCommand(key->key, this));
}

void MainWindow::copyStoredSecret()
{
    if (const auto key = m_keysPage->selectedKey())
        run(new CopySecretCommand(
            m_context.accounts, currentAccountName(), *key, m_clipboard, this));
}

void MainWindow::forgetStoredSecret()
{
    if (const auto key = m_keysPage->selectedKey())
        run(new ForgetSecretCommand(m_context.accounts, currentAccountName(), *key,
            m_keyModel->storedSecretPlace(key->key), this));
}

void MainWindow::removeAccount()
{
    if (m_session)
        run(new RemoveAccountCommand(m_context.accounts, m_session->account(), this));
}

void MainWindow::openAddAccountDialog()
{
    auto *command = new AddAccountCommand(
        m_context.network, m_context.accounts, m_context.clientOptions, this);
    connect(command, &AddAccountCommand::accountAdded, this, &MainWindow::selectAccount);
    run(command);
}

void MainWindow::importAccounts(const QString &path)
{
    auto *command = new ImportAccountsCommand(m_context.accounts, path, this);
    connect(command, &ImportAccountsCommand::accountImported, this, &MainWindow::selectAccount);
    run(command);
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
    if (m_quitGuard->mayClose())
        event->accept();
    else
        event->ignore();
}

} // namespace Keyport
