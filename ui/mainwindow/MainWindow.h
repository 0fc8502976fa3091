// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QStackedWidget;
class QTreeView;

namespace Keyport {

class AccessKeyFilterModel;
class AccessKeyModel;
class AccessKeysPage;
class AccountSession;
class AccountStatusBar;
class AccountTreeModel;
class Command;
class DemoAccount;
class ErrorBanner;
class KeyDetailsPane;
class QuitGuard;
class SecretClipboard;
class WelcomePage;

/// The screen people live in: accounts and their sections on the left, the open section in the
/// centre (or the welcome page when there is no account), the selected key's details on the
/// right. It builds the actions and the layout and routes the selection; every action is a
/// Command (ui/commands/).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the account (its keys load in the background). False when there is none of that name.
    bool selectAccount(const QString &name);
    QString currentAccountName() const;
    AccountSession *session() const { return m_session.get(); }

    AccessKeyModel *keyModel() const { return m_keyModel; }
    AccessKeyFilterModel *filterModel() const;
    SecretClipboard *clipboard() const { return m_clipboard; }
    /// Selects the key's row (clearing the filter if it hides it). False when not listed.
    bool selectKey(const QString &keyId);

    /// Shows the keychain's trouble and switches to keeping secrets for this session only.
    void useSessionOnlySecrets(const QString &reason);
    /// Probes the system keychain; offers the session-only mode when it cannot be used.
    void checkKeychain();
    void refresh();
    /// The Create Key wizard, empty, or filled from the selected key.
    void newKey();
    void useSelectedAsTemplate();
    /// The revoke dialog for the selected keys.
    void revokeSelected();
    void openAddAccountDialog();
    /// Import from the exo CLI's configuration: the one found by the usual rules, or @p path.
    void importAccounts(const QString &path = {});
    /// Adds the simulated demo account (nothing saved) and opens it.
    void startDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(const QString &text, const char *objectName, const char *icon,
        const QKeySequence &shortcut, void (MainWindow::*slot)());
    void createActions();
    void createMenus();
    /// Starts @p command, its messages going to the status bar and its errors to the banner.
    Command *run(Command *command);
    void copyKeyId();
    void copyStoredSecret();
    void forgetStoredSecret();
    void removeAccount();
    void onAccountsChanged();
    void onCurrentAccountChanged();
    void onKeysChanged();
    void onSelectionChanged();
    void updateActions();

    AppContext m_context;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<DemoAccount> m_demo;
    bool m_refillingAccounts = false;

    AccountTreeModel *m_accountModel;
    AccessKeyModel *m_keyModel;
    SecretClipboard *m_clipboard;
    QuitGuard *m_quitGuard;

    QTreeView *m_accountTree;
    ErrorBanner *m_banner;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    AccessKeysPage *m_keysPage;
    KeyDetailsPane *m_details;
    AccountStatusBar *m_status;

    QAction *m_addAccountAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_removeAccountAction = nullptr;
    QAction *m_newKeyAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyKeyIdAction = nullptr;
    QAction *m_copySecretAction = nullptr;
    QAction *m_forgetSecretAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace Keyport
