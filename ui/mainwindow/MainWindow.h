// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessKeysPage.h"
#include "AppContext.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QStackedWidget;

namespace Keyport {

class AccessKeyFilterModel;
class AccessKeyModel;
class AccessKeysPage;
class AccountDialogCommand;
class AccountSession;
class AccountStatusBar;
class AccountView;
class AccountsPane;
class Command;
class DemoAccount;
class ErrorBanner;
class IamActions;
class KeyDetailsPane;
class NewKeyCommand;
class QuitGuard;
class SecretClipboard;
class ViewActions;
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

    AccessKeyModel *keyModel() const { return m_keysPage->keyModel(); }
    AccessKeyFilterModel *filterModel() const { return m_keysPage->filterModel(); }
    SecretClipboard *clipboard() const { return m_clipboard; }
    /// Selects the key's row (clearing the filter if it hides it). False when not listed.
    bool selectKey(const QString &keyId);

    /// Shows the keychain's trouble and switches to keeping secrets for this session only.
    void useSessionOnlySecrets(const QString &reason);
    /// Probes the system keychain; offers the session-only mode when it cannot be used.
    void checkKeychain();
    void refresh();
    void openAddAccountDialog();
    /// Import from the exo CLI's configuration: the one found by the usual rules, or @p path.
    void importAccounts(const QString &path = {});
    /// Adds the simulated demo account (nothing saved) and opens it.
    void startDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// An action that, when triggered, runs the command @p command builds (none: nothing to do).
    QAction *makeAction(const QString &text, const char *objectName, const char *icon,
        const QKeySequence &shortcut, const std::function<Command *()> &command);
    void createActions();
    void createMenus();
    /// Starts @p command, its messages going to the status bar and its errors to the banner.
    Command *run(Command *command);
    Command *accountCommand(AccountDialogCommand *command);
    Command *keyCommand(NewKeyCommand *command);
    Command *importCommand(const QString &path);
    /// Closes the open account and opens @p name (none: the welcome page).
    void openAccount(const QString &name);
    void onSelectionChanged();
    void updateActions();

    AppContext m_context;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<DemoAccount> m_demo;
    SecretClipboard *m_clipboard;
    QuitGuard *m_quitGuard;

    AccountsPane *m_accountsPane;
    ErrorBanner *m_banner;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    AccountView *m_accountView;
    AccessKeysPage *m_keysPage;
    KeyDetailsPane *m_details;
    AccountStatusBar *m_status;
    IamActions *m_iam;
    ViewActions *m_viewActions;

    QAction *m_addAccountAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_editAccountAction = nullptr;
    QAction *m_testAccountAction = nullptr;
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
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Keyport
