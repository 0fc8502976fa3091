// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "accounts/AccountStore.h"
#include "api/CatalogJob.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/ImportAccountsFlow.h"
#include "dialogs/RevokeDialog.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "models/AccountListModel.h"
#include "sandbox/DemoAccount.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "services/AccountSession.h"
#include "services/RevokeKeysFlow.h"
#include "WelcomePage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/KeyDetailsPane.h"
#include "widgets/SecretClipboard.h"
#include "wizard/KeyWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keyport {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_accountModel(new AccountListModel(this))
    , m_keyModel(new AccessKeyModel(this))
    , m_filter(new AccessKeyFilterModel(this))
    , m_clipboard(new SecretClipboard(this))
    , m_accountList(new QListView(this))
    , m_center(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_keysPage(new QWidget(this))
    , m_banner(new ErrorBanner(this))
    , m_staleLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new KeyDetailsPane(this))
    , m_accountStatus(new QLabel(this))
    , m_signerStatus(new QLabel(this))
    , m_secretsStatus(new QLabel(this))
    , m_refreshStatus(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    // Without a system keychain (the demo), secrets live in memory only from the start.
    m_sessionOnly = m_context.keychain == nullptr;
    setWindowTitle(tr("Keyport"));
    setObjectName(QStringLiteral("mainWindow"));

    // Left: accounts.
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setModel(m_accountModel);
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *addAccount = new QPushButton(tr("Add Account…"), this);
    addAccount->setObjectName(QStringLiteral("addAccountButton"));
    auto *importButton = new QPushButton(tr("Import from exo CLI…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *accountsPane = new QWidget(this);
    auto *accountsLayout = new QVBoxLayout(accountsPane);
    auto *accountsLabel = new QLabel(tr("A&ccounts"), accountsPane);
    accountsLabel->setBuddy(m_accountList);
    accountsLayout->addWidget(accountsLabel);
    accountsLayout->addWidget(m_accountList, 1);
    accountsLayout->addWidget(addAccount);
    accountsLayout->addWidget(importButton);

    // Centre: the key list, or the welcome page.
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, keys, tags, operations, resources"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), int(AccessKeyFilterModel::TypeFilter::All));
    m_typeFilter->addItem(tr("Restricted"), int(AccessKeyFilterModel::TypeFilter::Restricted));
    m_typeFilter->addItem(tr("Unrestricted"), int(AccessKeyFilterModel::TypeFilter::Unrestricted));
    m_typeFilter->setAccessibleName(tr("Type"));
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();

    m_filter->setSourceModel(m_keyModel);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Access keys"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccessKeyModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        AccessKeyModel::RestrictionsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        AccessKeyModel::SecretColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        AccessKeyModel::TypeColumn, QHeaderView::ResizeToContents);
    // The details pane shows the whole key id: the list leaves the width to the restrictions.
    m_table->setColumnWidth(AccessKeyModel::NameColumn, 160);
    m_table->setColumnWidth(AccessKeyModel::KeyColumn, 140);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_typeFilter);
    auto *keysLayout = new QVBoxLayout(m_keysPage);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    keysLayout->addWidget(m_banner);
    keysLayout->addWidget(m_staleLabel);
    keysLayout->addLayout(filterBar);
    keysLayout->addWidget(m_table, 1);
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_keysPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(accountsPane);
    splitter->addWidget(m_center);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 800, 240});
    setCentralWidget(splitter);

    // Status bar.
    m_accountStatus->setObjectName(QStringLiteral("accountStatus"));
    m_signerStatus->setObjectName(QStringLiteral("signerStatus"));
    m_secretsStatus->setObjectName(QStringLiteral("secretsStatus"));
    m_refreshStatus->setObjectName(QStringLiteral("refreshStatus"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    statusBar()->addWidget(m_accountStatus);
    statusBar()->addWidget(m_signerStatus, 1);
    statusBar()->addPermanentWidget(m_secretsStatus);
    statusBar()->addPermanentWidget(m_refreshStatus);
    statusBar()->addPermanentWidget(m_busy);

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
    connect(m_search, &QLineEdit::textChanged, m_filter, &AccessKeyFilterModel::setFilterText);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTypeFilter(
            AccessKeyFilterModel::TypeFilter(m_typeFilter->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onSelectionChanged);
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentAccountChanged);
    connect(m_details, &KeyDetailsPane::copyKeyIdRequested, this, &MainWindow::copyKeyId);
    connect(m_accountModel, &QAbstractItemModel::modelReset, this, [this] {
        // A reset loses the current index. While the list is being refilled, the account is
        // chosen again right after: the open session must not be torn down in between.
        if (!m_refillingAccounts)
            onCurrentAccountChanged();
    });
    connect(m_clipboard, &SecretClipboard::cleared, this,
        [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    if (m_context.accounts)
        connect(m_context.accounts, &AccountStore::accountsChanged, this,
            &MainWindow::onAccountsChanged);
    if (m_context.accounts)
        connect(m_context.accounts, &AccountStore::pendingDeletionsChanged, this,
            &MainWindow::updateStatus);
    if (m_context.accounts)
        connect(m_context.accounts, &AccountStore::storedKeySecretsChanged, this,
            [this](const QString &account) {
                if (account == currentAccountName())
                    onKeysChanged();
            });

    resize(1200, 720);
    onAccountsChanged();
}

MainWindow::~MainWindow()
{
    m_session.reset(); // its jobs use the demo server, which goes after it
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &objectName, const QString &icon) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(objectName);
        return action;
    };
    m_addAccountAction
        = make(tr("&Add Account…"), QStringLiteral("actionAddAccount"), QStringLiteral("list-add"));
    m_importAction = make(tr("&Import from exo CLI…"), QStringLiteral("actionImport"),
        QStringLiteral("document-import"));
    m_removeAccountAction = make(tr("&Remove Account…"), QStringLiteral("actionRemoveAccount"),
        QStringLiteral("list-remove"));
    m_newKeyAction
        = make(tr("&New Key…"), QStringLiteral("actionNewKey"), QStringLiteral("document-new"));
    m_newKeyAction->setShortcut(QKeySequence::New);
    m_templateAction = make(tr("Use as &Template…"), QStringLiteral("actionUseAsTemplate"),
        QStringLiteral("edit-copy"));
    m_templateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_revokeAction
        = make(tr("Re&voke…"), QStringLiteral("actionRevoke"), QStringLiteral("edit-delete"));
    m_revokeAction->setShortcut(QKeySequence::Delete);
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction
        = make(tr("&Refresh"), QStringLiteral("actionRefresh"), QStringLiteral("view-refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = make(tr("&Find…"), QStringLiteral("actionFind"), QStringLiteral("edit-find"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_copyKeyIdAction
        = make(tr("&Copy Key ID"), QStringLiteral("actionCopyKeyId"), QStringLiteral("edit-copy"));
    m_copyKeyIdAction->setShortcut(QKeySequence::Copy);
    m_copyKeyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copySecretAction = make(tr("Copy Stored &Secret"), QStringLiteral("actionCopySecret"),
        QStringLiteral("dialog-password"));
    m_copySecretAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_forgetSecretAction = make(tr("&Forget Stored Secret…"), QStringLiteral("actionForgetSecret"),
        QStringLiteral("edit-delete"));
    m_quitAction
        = make(tr("&Quit"), QStringLiteral("actionQuit"), QStringLiteral("application-exit"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::openAddAccountDialog);
    connect(m_importAction, &QAction::triggered, this, [this] { importAccounts(); });
    connect(m_removeAccountAction, &QAction::triggered, this, &MainWindow::removeAccount);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_newKeyAction, &QAction::triggered, this, &MainWindow::newKey);
    connect(m_templateAction, &QAction::triggered, this, &MainWindow::useSelectedAsTemplate);
    connect(m_revokeAction, &QAction::triggered, this, &MainWindow::revokeSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_copyKeyIdAction, &QAction::triggered, this, [this] {
        if (const auto key = selectedKey())
            copyKeyId(key->key);
    });
    connect(m_copySecretAction, &QAction::triggered, this, &MainWindow::copyStoredSecret);
    connect(m_forgetSecretAction, &QAction::triggered, this, &MainWindow::forgetStoredSecret);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Copy Key ID answers Ctrl+C, and Revoke the Delete key, in the table only.
    m_table->addAction(m_templateAction);
    m_table->addAction(m_revokeAction);
    auto *firstSeparator = new QAction(this);
    firstSeparator->setSeparator(true);
    m_table->addAction(firstSeparator);
    m_table->addAction(m_copyKeyIdAction);
    m_table->addAction(m_copySecretAction);
    m_table->addAction(m_forgetSecretAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_refreshAction);
    m_accountList->addAction(m_removeAccountAction);
    addAction(m_findAction);
    addAction(m_newKeyAction);
    addAction(m_templateAction);
    addAction(m_refreshAction);
    addAction(m_copySecretAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAccountAction);
    file->addAction(m_importAction);
    file->addAction(m_removeAccountAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->addAction(m_newKeyAction);
    key->addAction(m_templateAction);
    key->addAction(m_revokeAction);
    key->addSeparator();
    key->addAction(m_copyKeyIdAction);
    key->addAction(m_copySecretAction);
    key->addAction(m_forgetSecretAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_findAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newKeyAction);
    toolBar->addAction(m_templateAction);
    toolBar->addAction(m_revokeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_copyKeyIdAction);
    toolBar->addAction(m_copySecretAction);
}

QString MainWindow::currentAccountName() const
{
    return m_session ? m_session->account().name : QString();
}

bool MainWindow::selectAccount(const QString &name)
{
    const int row = m_accountModel->rowOf(name);
    if (row < 0)
        return false;
    m_accountList->setCurrentIndex(m_accountModel->index(row));
    return true;
}

void MainWindow::onAccountsChanged()
{
    const QString current = currentAccountName();
    m_refillingAccounts = true;
    m_accountModel->setAccounts(
        m_context.accounts ? m_context.accounts->accounts() : QList<Account>());
    m_refillingAccounts = false;
    if (m_accountModel->rowCount() == 0) {
        onCurrentAccountChanged(); // no account left: the welcome page
        return;
    }
    if (!selectAccount(current)) {
        const QString preferred
            = m_context.accounts ? m_context.accounts->defaultAccountName() : QString();
        if (!selectAccount(preferred))
            m_accountList->setCurrentIndex(m_accountModel->index(0));
    }
}

void MainWindow::onCurrentAccountChanged()
{
    const QModelIndex current = m_accountList->currentIndex();
    const QString name = current.data(AccountListModel::NameRole).toString();
    if (m_session && m_session->account().name == name && current.isValid())
        return;
    m_session.reset();
    m_keyModel->setKeys({});
    m_banner->hide();
    m_bannerShowsLoad = false;
    m_staleLabel->hide();
    m_details->setKey(std::nullopt, {}, {});

    const auto account = m_context.accounts ? m_context.accounts->account(name) : std::nullopt;
    if (!current.isValid() || !account) {
        m_center->setCurrentWidget(m_welcome);
        updateStatus();
        updateActions();
        return;
    }
    m_center->setCurrentWidget(m_keysPage);
    m_session = std::make_unique<AccountSession>(m_context.network, m_context.accounts, *account);
    if (m_context.clientOptions)
        m_session->setClientOptions(*m_context.clientOptions);
    AccountSession *session = m_session.get();
    connect(session, &AccountSession::keysChanged, this, &MainWindow::onKeysChanged);
    connect(session, &AccountSession::catalogChanged, this, [this] {
        updateStatus();
        onSelectionChanged();
    });
    connect(session, &AccountSession::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateActions();
    });
    connect(session, &AccountSession::failed, this, &MainWindow::showLoadState);
    connect(session, &AccountSession::stillWaiting, this, [this] {
        const QString notice = tr("Exoscale has not answered yet. Keyport keeps waiting; you can "
                                  "cancel, or try again.");
        const QString problems = loadProblems();
        m_banner->showMessage(problems.isEmpty() ? notice : notice + u'\n' + problems, true, true);
        m_bannerShowsLoad = true;
    });
    connect(session, &AccountSession::refreshPostponed, this, [this](const QDateTime &at) {
        m_banner->showMessage(tr("Exoscale asked Keyport to wait before asking again: the list "
                                 "will be refreshed at %1.")
                                  .arg(QLocale().toString(at.time(), QLocale::LongFormat)),
            false);
        m_bannerShowsLoad = true;
    });
    connect(session, &AccountSession::refreshed, this, [this] {
        if (m_session && m_session->isStale()) {
            const QString time
                = QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat);
            m_staleLabel->setText(m_session->wasCancelled()
                    ? tr("This list is from %1 and may be out of date: loading was cancelled.")
                          .arg(time)
                    : tr("This list is from %1 and may be out of date: the last refresh failed.")
                          .arg(time));
            m_staleLabel->show();
        } else {
            m_staleLabel->hide();
        }
        showLoadState();
        updateStatus();
    });
    updateStatus();
    updateActions();
    session->open();
}

void MainWindow::onKeysChanged()
{
    if (!m_session)
        return;
    m_keyModel->setStoredSecrets(m_context.accounts->storedKeySecretPlaces(currentAccountName()));
    m_keyModel->setKeys(m_session->keys());
    if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    onSelectionChanged();
    updateStatus();
}

std::optional<AccessKey> MainWindow::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.constFirst().data(AccessKeyModel::AccessKeyRole).value<AccessKey>();
}

QList<AccessKey> MainWindow::selectedKeys() const
{
    QList<AccessKey> keys;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        keys.append(row.data(AccessKeyModel::AccessKeyRole).value<AccessKey>());
    return keys;
}

bool MainWindow::selectKey(const QString &keyId)
{
    const int sourceRow = m_keyModel->rowOf(keyId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_keyModel->index(sourceRow, 0));
    if (!index.isValid()) {
        // Filtered out: a key someone just created must not stay hidden.
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_keyModel->index(sourceRow, 0));
    }
    // Through the view, not its selection model: the view then also takes the row as the anchor
    // of Shift+arrow selections, instead of whatever row was clicked last.
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::newKey()
{
    openWizard(std::nullopt);
}

void MainWindow::useSelectedAsTemplate()
{
    if (const auto key = selectedKey())
        openWizard(key);
}

void MainWindow::openWizard(const std::optional<AccessKey> &templateKey)
{
    if (!m_session || !m_session->client())
        return;
    auto *wizard = new KeyWizard(m_session.get(), m_context.accounts, m_clipboard, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (templateKey)
        wizard->useTemplate(*templateKey);
    connect(
        wizard, &KeyWizard::keyCreated, this, [this](const AccessKey &key) { selectKey(key.key); });
    wizard->open();
}

void MainWindow::revokeSelected()
{
    const QList<AccessKey> keys = selectedKeys();
    if (keys.isEmpty() || !m_session || !m_session->client())
        return;
    QSet<QString> stored = m_context.accounts->storedKeySecrets(currentAccountName());
    auto *dialog = new RevokeDialog(m_session->account(), keys, stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeDialog::revokeRequested, this, [this, dialog] {
        if (!m_session)
            return;
        // dialog->keys(): all of them, or after "Retry Failed Keys" those that failed.
        auto *flow = new RevokeKeysFlow(m_session.get(), m_context.accounts, dialog->keys(),
            dialog->deleteStoredSecrets(), dialog);
        dialog->attachFlow(flow);
        flow->start();
    });
    dialog->open();
}

void MainWindow::onSelectionChanged()
{
    const auto key = selectedKey();
    m_details->setKey(key, m_session ? m_session->catalog() : Catalog(),
        key ? m_keyModel->storedSecretPlace(key->key) : QString());
    updateActions();
}

void MainWindow::updateActions()
{
    const auto key = selectedKey();
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
    m_revokeAction->setEnabled(m_session && m_session->client() && !selectedKeys().isEmpty());
    m_removeAccountAction->setEnabled(m_session != nullptr);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_accountStatus->setText(tr("No account"));
        m_signerStatus->clear();
        m_refreshStatus->clear();
    } else {
        const Account &account = m_session->account();
        m_accountStatus->setText(
            tr("%1 · %2").arg(account.name, AccountListModel::endpointText(account)));
        const qsizetype known = m_session->catalog().operationCount();
        const Error catalogError = m_session->error(AccountSession::List::KnownOperations);
        const Error ownError = m_session->ownOperationsError();
        if (m_session->catalog().isEmpty()) {
            // Without the catalog, "restricted" or a count would be a guess.
            if (catalogError) {
                m_signerStatus->setText(
                    tr("Signing key: rights unknown (the list of operations could not be loaded)"));
                m_signerStatus->setToolTip(catalogError.message());
            } else {
                m_signerStatus->clear();
                m_signerStatus->setToolTip({});
            }
        } else if (m_session->signsUnrestricted()) {
            m_signerStatus->setText(tr(
                "Signing key: unrestricted, may grant all %n operation(s)", nullptr, int(known)));
            m_signerStatus->setToolTip({});
        } else if (m_session->ownOperationsKnown()) {
            m_signerStatus->setText(tr("Signing key: restricted, may grant %n operation(s)",
                nullptr, int(m_session->ownOperations().operationCount())));
            m_signerStatus->setToolTip({});
        } else if (ownError.code() == Error::Code::AccessDenied) {
            m_signerStatus->setText(tr("Signing key: cannot list its own rights; every "
                                       "operation is offered"));
            m_signerStatus->setToolTip(ownError.message());
        } else if (ownError) {
            m_signerStatus->setText(tr("Signing key: unknown (the list could not be loaded); "
                                       "every operation is offered"));
            m_signerStatus->setToolTip(ownError.message());
        } else {
            m_signerStatus->clear();
            m_signerStatus->setToolTip({});
        }
        m_refreshStatus->setText(m_session->lastRefresh().isValid()
                ? tr("Refreshed at %1")
                      .arg(
                          QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat))
                : QString());
    }
    // Where a secret created now would go: the demo's keys and every secret in session-only
    // mode stay in memory.
    const SecretStore *newSecrets = m_session
        ? m_context.accounts->newKeySecretStore(m_session->account().name)
        : m_context.accounts->secretStore();
    const bool persistent = newSecrets && newSecrets->isPersistent();
    m_secretsStatus->setText(
        persistent ? tr("Secrets: system keychain") : tr("Secrets: this session only"));
    QString tip;
    if (!m_context.keychain) {
        tip = tr("Demo mode: Keyport touches neither the system keychain nor its settings; "
                 "secrets are kept in memory.");
    } else if (m_session && m_session->account().origin == Account::Origin::Demo) {
        tip = tr("The demo's keys exist only in its simulated server: their secrets are kept in "
                 "memory and forgotten when Keyport quits.");
    } else if (!persistent) {
        tip = tr("The system keychain cannot be used: secrets are kept in memory and forgotten "
                 "when Keyport quits.");
    } else {
        tip = tr("Secrets are kept in the system keychain.");
    }
    const int pending = int(m_context.accounts->pendingDeletions().size());
    if (pending > 0) {
        tip += u'\n'
            + tr("%n secret(s) wait to be deleted from the system keychain once it can be used.",
                nullptr, pending);
    }
    m_secretsStatus->setToolTip(tip);
}

QString MainWindow::loadProblems() const
{
    if (!m_session)
        return {};
    QStringList lines;
    QStringList reasons;
    const auto add = [&](const Error &error, const QString &failed, const QString &failedToo) {
        if (!error)
            return;
        if (reasons.contains(error.message())) {
            lines.append(failedToo);
            return;
        }
        reasons.append(error.message());
        lines.append(failed.arg(error.message()));
    };
    add(m_session->error(AccountSession::List::Keys), tr("The key list could not be loaded: %1"),
        tr("The key list could not be loaded either, for the same reason."));
    add(m_session->error(AccountSession::List::KnownOperations),
        tr("The list of operations keys may be restricted to could not be loaded: %1"),
        tr("The list of operations keys may be restricted to could not be loaded either, for the "
           "same reason."));
    const Error own = m_session->error(AccountSession::List::OwnOperations);
    // A 403 is a restricted key's normal answer: the status bar says it, it is no failure.
    if (own.code() != Error::Code::AccessDenied) {
        add(own, tr("The signing key's own rights could not be listed: %1"),
            tr("The signing key's own rights could not be listed either, for the same reason."));
    }
    return lines.join(u'\n');
}

void MainWindow::showLoadState()
{
    if (!m_session)
        return;
    const QString problems = loadProblems();
    if (!problems.isEmpty()) {
        m_banner->showMessage(problems, true, m_session->isLoading());
        m_bannerShowsLoad = true;
    } else if (m_bannerShowsLoad && !m_session->isLoading()) {
        m_banner->hide();
        m_bannerShowsLoad = false;
    }
}

void MainWindow::refresh()
{
    if (m_session)
        m_session->refresh();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::copyKeyId(const QString &keyId)
{
    QApplication::clipboard()->setText(keyId);
    showMessage(tr("Copied the key ID %1.").arg(keyId));
}

void MainWindow::copyStoredSecret()
{
    const auto key = selectedKey();
    if (!key || !m_session)
        return;
    SecretJob *job = m_context.accounts->readKeySecret(currentAccountName(), key->key);
    if (!job)
        return;
    connect(job, &Job::finished, this, [this, job, name = key->name] {
        if (job->error()) {
            m_banner->showMessage(
                tr("The secret of %1 cannot be read: %2").arg(name, job->error().message()), false);
            return;
        }
        m_clipboard->copy(job->takeSecret());
        showMessage(tr("Copied the secret of %1; the clipboard will be cleared in %n second(s).",
            nullptr,
            int(std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->timeout()).count()))
                        .arg(name));
    });
}

void MainWindow::forgetStoredSecret()
{
    const auto key = selectedKey();
    if (!key || !m_session)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget Stored Secret"),
        tr("Delete the secret of %1 (%2) from %3?\n\nThe key stays valid at Exoscale; only the "
           "copy Keyport kept is deleted, and it cannot be recovered.")
            .arg(key->name, key->key, m_keyModel->storedSecretPlace(key->key)),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = box->addButton(tr("Forget Secret"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(
        forget, &QPushButton::clicked, this, [this, account = currentAccountName(), key = *key] {
            Job *job = m_context.accounts->forgetKeySecret(account, key.key);
            connect(job, &Job::finished, this, [this, job, name = key.name] {
                if (job->error().code() == Error::Code::KeychainDeferred) {
                    m_banner->showMessage(
                        tr("Keyport no longer offers the secret of %1, but it is still in the "
                           "system keychain: %2")
                            .arg(name, job->error().message()),
                        false);
                    updateStatus();
                } else if (job->error()) {
                    m_banner->showMessage(job->error().message(), false);
                } else {
                    showMessage(tr("Forgot the stored secret of %1.").arg(name));
                }
            });
        });
    box->open();
}

void MainWindow::removeAccount()
{
    if (!m_session)
        return;
    const Account account = m_session->account();
    const int stored = int(m_context.accounts->storedKeySecrets(account.name).size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
        tr("Remove the account %1 from Keyport?\n\nKeyport deletes the %n secret(s) it keeps for "
           "this account. The keys themselves stay valid at Exoscale.",
            nullptr, stored)
            .arg(account.name),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove Account"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, name = account.name] {
        Job *job = m_context.accounts->removeAccount(name);
        connect(job, &Job::finished, this, [this, job, name] {
            if (job->error().code() == Error::Code::KeychainDeferred) {
                m_banner->showMessage(tr("The account %1 was removed, but not all of its secrets: "
                                         "%2")
                                          .arg(name, job->error().message()),
                    false);
                updateStatus();
            } else if (job->error()) {
                m_banner->showMessage(
                    tr("The account %1 was not removed: %2").arg(name, job->error().message()),
                    false);
            } else {
                showMessage(tr("Removed the account %1.").arg(name));
            }
        });
    });
    box->open();
}

void MainWindow::openAddAccountDialog()
{
    QStringList names;
    for (const Account &account : m_accountModel->accounts())
        names.append(account.name);
    auto *dialog = new AddAccountDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &AddAccountDialog::testRequested, this, [this, dialog] { runAccountTest(dialog); });
    connect(dialog, &AddAccountDialog::addRequested, this,
        [this, dialog] { addAccountFromDialog(dialog); });
    dialog->open();
}

void MainWindow::runAccountTest(AddAccountDialog *dialog)
{
    const Account account = dialog->account();
    const auto endpoint = account.endpoint();
    if (!endpoint) {
        dialog->setTestResult(endpoint.error().message(), false);
        return;
    }
    // A client of its own, parented to the dialog: closing the dialog ends the test.
    auto *client = new ExoscaleClient(
        m_context.network, endpoint.value(), account.apiKey, dialog->secret(), dialog);
    if (m_context.clientOptions)
        client->setOptions(*m_context.clientOptions);
    dialog->setBusy(true);
    CatalogJob *known = client->listKnownOperations();
    connect(known, &Job::finished, dialog, [dialog, client, known] {
        const qsizetype total = known->error() ? 0 : known->catalog().operationCount();
        CatalogJob *own = client->listOwnOperations();
        QObject::connect(own, &Job::finished, dialog, [dialog, client, own, total] {
            client->deleteLater();
            if (own->error()) {
                dialog->setTestResult(own->error().message(), false);
                return;
            }
            const qsizetype mine = own->catalog().operationCount();
            dialog->setTestResult(mine >= total && total > 0
                    ? tr("The key works. It is unrestricted: it may use all %n operation(s).",
                        nullptr, int(mine))
                    : tr("The key works. It is restricted to %n operation(s).", nullptr, int(mine)),
                true);
        });
    });
}

void MainWindow::addAccountFromDialog(AddAccountDialog *dialog)
{
    dialog->setBusy(true);
    Job *job = m_context.accounts->addAccount(dialog->account(), dialog->secret());
    connect(job, &Job::finished, dialog, [this, dialog, job, name = dialog->account().name] {
        if (job->error()) {
            dialog->showError(tr("The account was not added: %1").arg(job->error().message()));
            return;
        }
        dialog->accept();
        selectAccount(name);
    });
}

void MainWindow::importAccounts(const QString &path)
{
    auto *flow = new ImportAccountsFlow(m_context.accounts, this);
    connect(flow, &ImportAccountsFlow::accountImported, this,
        [this](const QString &name) { selectAccount(name); });
    flow->start(path);
}

void MainWindow::startDemo()
{
    if (m_demo) {
        selectAccount(m_demo->account().name);
        return;
    }
    auto started = DemoAccount::start();
    if (!started) {
        m_banner->showMessage(started.error().message(), false);
        return;
    }
    m_demo = std::move(started).value();
    Job *job = m_context.accounts->addAccount(m_demo->account(), m_demo->sandbox()->rootSecret());
    connect(job, &Job::finished, this, [this, job] {
        if (job->error())
            m_banner->showMessage(job->error().message(), false);
        else
            selectAccount(m_demo->account().name);
    });
}

void MainWindow::useSessionOnlySecrets(const QString &reason)
{
    m_sessionOnly = true;
    m_context.accounts->setSessionOnly(true);
    updateStatus();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("System Keychain Unavailable"),
        tr("Keyport cannot use the system keychain: %1\n\nUntil it can, Keyport keeps secrets in "
           "memory only: they are forgotten when Keyport quits, and accounts added now are kept "
           "for this session only. If you can unlock the keychain, do so and try again.")
            .arg(reason),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("keychainUnavailableBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep
        = box->addButton(tr("Keep Secrets for This Session"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keychainSessionOnly"));
    QPushButton *retry = box->addButton(tr("Try Again"), QMessageBox::ActionRole);
    retry->setObjectName(QStringLiteral("keychainTryAgain"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(retry, &QPushButton::clicked, this, &MainWindow::checkKeychain);
    box->open();
}

void MainWindow::checkKeychain()
{
    if (!m_context.keychain)
        return;
    SecretJob *probe = m_context.keychain->probe();
    connect(probe, &Job::finished, this, [this, probe] {
        if (probe->error()) {
            useSessionOnlySecrets(probe->error().message());
            return;
        }
        if (m_sessionOnly) {
            // Tried again, and now it works: secrets go to the keychain from here on.
            m_sessionOnly = false;
            m_context.accounts->setSessionOnly(false, m_context.keychain);
            updateStatus();
            showMessage(tr("The system keychain can be used again."));
        }
        deletePendingSecrets();
    });
}

void MainWindow::confirmQuitWithSecretAtRisk(KeyWizard *wizard)
{
    if (findChild<QMessageBox *>(QStringLiteral("quitGuard")))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Without Storing the Secret?"),
        tr("The secret of the new key %1 is not saved anywhere that outlives Keyport. Once "
           "Keyport has quit, nobody can see it again, and the key will need to be revoked and "
           "created anew.")
            .arg(wizard->createdKey().name),
        QMessageBox::Cancel, wizard);
    box->setObjectName(QStringLiteral("quitGuard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit
        = box->addButton(tr("Quit and Lose the Secret"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitGuardConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(quit, &QPushButton::clicked, this, [this] {
        m_quitConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::deletePendingSecrets()
{
    const int count = int(m_context.accounts->pendingDeletions().size());
    if (count == 0)
        return;
    Job *job = m_context.accounts->deletePending();
    connect(job, &Job::finished, this, [this, job, count] {
        updateStatus();
        if (job->error()) {
            m_banner->showMessage(job->error().message(), false);
            return;
        }
        showMessage(
            tr("Deleted %n secret(s) that were left in the system keychain.", nullptr, count));
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A secret on screen that nothing persistent holds: quitting would lose it for good.
    if (!m_quitConfirmed) {
        for (KeyWizard *wizard : findChildren<KeyWizard *>()) {
            if (!wizard->isSecretAtRisk())
                continue;
            event->ignore();
            confirmQuitWithSecretAtRisk(wizard);
            return;
        }
    }
    // A secret being written must not be lost by quitting: wait for the stores to finish.
    const auto pending = [this] {
        int count = 0;
        for (SecretStore *store : {m_context.keychain, m_context.sessionSecrets}) {
            if (store)
                count += store->pendingJobs();
        }
        return count;
    };
    if (pending() == 0) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_quitting)
        return;
    m_quitting = true;
    showMessage(tr("Saving secrets before quitting…"));
    for (SecretStore *store : {m_context.keychain, m_context.sessionSecrets}) {
        if (store)
            connect(store, &SecretStore::idle, this, [this, pending] {
                if (pending() == 0)
                    close();
            });
    }
}

} // namespace Keyport
