// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenuBar;
class QWidget;

namespace Keyport {

class AccountSession;
class AccountStore;
class AccountView;
class ApiKeysPage;
class Command;
class OrganizationPolicyPage;
class RolesPage;
class SecretClipboard;
class SectionToolBar;

/// The IAM v3 side of the window: the API keys, Roles and Organization policy pages (put into
/// the account view), and the actions on them (the IAM menu, the tables' context menus, the
/// policy page's buttons). Each action builds its command; the window runs it.
class IamActions : public QObject
{
    Q_OBJECT

public:
    /// @p run starts a command the way the window does (its messages go to the status bar
    /// and the banner).
    IamActions(AccountStore *accounts, SecretClipboard *clipboard, AccountView *view,
        std::function<void(Command *)> run, QWidget *window);

    /// The open account (null for none): the pages and the actions follow it.
    void setSession(AccountSession *session);
    /// Adds the IAM menu.
    void addMenu(QMenuBar *menuBar);
    /// Gives the toolbar the actions of the API keys, Roles and Organization policy sections.
    void addToolBarActions(SectionToolBar *toolBar);

    /// The pages, each built when first needed (shown, asked for, or an account opened).
    ApiKeysPage *apiKeysPage();
    RolesPage *rolesPage();
    OrganizationPolicyPage *organizationPolicyPage();

private:
    QAction *makeAction(const QString &text, const char *objectName, const char *icon,
        const std::function<Command *()> &command);
    void createActions();
    QWidget *buildApiKeysPage();
    QWidget *buildRolesPage();
    QWidget *buildOrganizationPolicyPage();
    void updateActions();
    /// New Role…, from the window or from the New API Key wizard (@p parent).
    Command *newRoleCommand(QWidget *parent, const std::function<void(const QString &)> &saved);

    QPointer<AccountStore> m_accounts;
    SecretClipboard *m_clipboard;
    std::function<void(Command *)> m_run;
    QWidget *m_window;
    AccountView *m_view;
    QPointer<AccountSession> m_session;
    ApiKeysPage *m_apiKeysPage = nullptr;
    RolesPage *m_rolesPage = nullptr;
    OrganizationPolicyPage *m_organizationPage = nullptr;

    QAction *m_newApiKey = nullptr;
    QAction *m_deleteApiKeys = nullptr;
    QAction *m_newRole = nullptr;
    QAction *m_editRole = nullptr;
    QAction *m_cloneRole = nullptr;
    QAction *m_deleteRole = nullptr;
    QAction *m_editOrganizationPolicy = nullptr;
    QAction *m_resetOrganizationPolicy = nullptr;
    QAction *m_testBench = nullptr;
};

} // namespace Keyport
