// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace Keyport {

class AccessKey;
class AccessKeyFilterModel;
class AccessKeyModel;
class AccountListModel;
class AccountSession;
class AddAccountDialog;
class DemoAccount;
class ErrorBanner;
class KeyDetailsPane;
class KeyWizard;
class SecretClipboard;
class WelcomePage;

/// The screen people live in: accounts on the left, the selected account's keys in the centre
/// (or the welcome page when there is no account), the selected key's details on the right.
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
    AccessKeyFilterModel *filterModel() const { return m_filter; }
    SecretClipboard *clipboard() const { return m_clipboard; }

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
    /// Selects the key's row (clearing the filter if it hides it). False when not listed.
    bool selectKey(const QString &keyId);
    void openAddAccountDialog();
    /// Import from the exo CLI's configuration: the one found by the usual rules, or @p path.
    void importAccounts(const QString &path = {});
    /// Adds the simulated demo account (nothing saved) and opens it.
    void startDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onAccountsChanged();
    void onCurrentAccountChanged();
    void onKeysChanged();
    void onSelectionChanged();
    void updateStatus();
    void updateActions();
    /// What could not be loaded, one whole sentence per list; empty when all is well.
    QString loadProblems() const;
    /// The banner after a load's news: its problems with Retry, or hidden when all is well.
    void showLoadState();
    std::optional<AccessKey> selectedKey() const;
    QList<AccessKey> selectedKeys() const;
    void openWizard(const std::optional<AccessKey> &templateKey);
    void copyKeyId(const QString &keyId);
    void copyStoredSecret();
    void forgetStoredSecret();
    void removeAccount();
    void runAccountTest(AddAccountDialog *dialog);
    void addAccountFromDialog(AddAccountDialog *dialog);
    void showMessage(const QString &text);
    /// Deletes the keychain entries left behind when the keychain could not be reached.
    void deletePendingSecrets();
    void confirmQuitWithSecretAtRisk(KeyWizard *wizard);

    AppContext m_context;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<DemoAccount> m_demo;
    bool m_sessionOnly = false;
    bool m_quitting = false;
    bool m_quitConfirmed = false;
    bool m_refillingAccounts = false;
    /// The banner speaks of loading (not of a secret or an account): a good load hides it.
    bool m_bannerShowsLoad = false;

    AccountListModel *m_accountModel;
    AccessKeyModel *m_keyModel;
    AccessKeyFilterModel *m_filter;
    SecretClipboard *m_clipboard;

    QListView *m_accountList;
    QStackedWidget *m_center;
    WelcomePage *m_welcome;
    QWidget *m_keysPage;
    ErrorBanner *m_banner;
    QLabel *m_staleLabel;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QTableView *m_table;
    KeyDetailsPane *m_details;

    QLabel *m_accountStatus;
    QLabel *m_signerStatus;
    QLabel *m_secretsStatus;
    QLabel *m_refreshStatus;
    QProgressBar *m_busy;

    QAction *m_addAccountAction;
    QAction *m_importAction;
    QAction *m_removeAccountAction;
    QAction *m_newKeyAction;
    QAction *m_templateAction;
    QAction *m_revokeAction;
    QAction *m_refreshAction;
    QAction *m_findAction;
    QAction *m_copyKeyIdAction;
    QAction *m_copySecretAction;
    QAction *m_forgetSecretAction;
    QAction *m_quitAction;
};

} // namespace Keyport
