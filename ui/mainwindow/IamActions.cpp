// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamActions.h"

#include "AccountView.h"
#include "commands/CloneRoleCommand.h"
#include "commands/DeleteApiKeysCommand.h"
#include "commands/DeleteRoleCommand.h"
#include "commands/EditOrganizationPolicyCommand.h"
#include "commands/EditRoleCommand.h"
#include "commands/NewApiKeyCommand.h"
#include "commands/NewRoleCommand.h"
#include "commands/OpenTestBenchCommand.h"
#include "commands/ResetOrganizationPolicyCommand.h"
#include "iam/ApiKeysPage.h"
#include "iam/ApiKeyWizard.h"
#include "iam/OrganizationPolicyPage.h"
#include "iam/RolesPage.h"
#include "SectionToolBar.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "widgets/ActionSeparator.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

namespace Keyport {

IamActions::IamActions(AccountStore *accounts, SecretClipboard *clipboard, AccountView *view,
    std::function<void(Command *)> run, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_clipboard(clipboard)
    , m_run(std::move(run))
    , m_window(window)
    , m_view(view)
{
    createActions();
    using Section = AccountTreeModel::Section;
    view->setPageFactory(Section::ApiKeys, [this] { return buildApiKeysPage(); });
    view->setPageFactory(Section::Roles, [this] { return buildRolesPage(); });
    view->setPageFactory(
        Section::OrganizationPolicy, [this] { return buildOrganizationPolicyPage(); });
    updateActions();
}

QWidget *IamActions::buildApiKeysPage()
{
    m_apiKeysPage = new ApiKeysPage(m_view);
    m_apiKeysPage->setSession(m_session ? m_session->iam() : nullptr);
    m_apiKeysPage->table()->addActions(
        {m_newApiKey, m_deleteApiKeys, newSeparator(this), m_testBench});
    m_apiKeysPage->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_apiKeysPage, &ApiKeysPage::selectionChanged, this, &IamActions::updateActions);
    return m_apiKeysPage;
}

QWidget *IamActions::buildRolesPage()
{
    m_rolesPage = new RolesPage(m_view);
    m_rolesPage->setSession(m_session ? m_session->iam() : nullptr);
    m_rolesPage->table()->addActions(
        {m_newRole, m_editRole, m_cloneRole, m_deleteRole, newSeparator(this), m_testBench});
    m_rolesPage->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_rolesPage, &RolesPage::selectionChanged, this, &IamActions::updateActions);
    return m_rolesPage;
}

QWidget *IamActions::buildOrganizationPolicyPage()
{
    m_organizationPage = new OrganizationPolicyPage(m_view);
    m_organizationPage->setSession(m_session ? m_session->iam() : nullptr);
    m_organizationPage->addAction(m_editOrganizationPolicy);
    m_organizationPage->addAction(m_resetOrganizationPolicy);
    m_organizationPage->addAction(m_testBench);
    return m_organizationPage;
}

ApiKeysPage *IamActions::apiKeysPage()
{
    m_view->ensurePage(AccountTreeModel::Section::ApiKeys);
    return m_apiKeysPage;
}

RolesPage *IamActions::rolesPage()
{
    m_view->ensurePage(AccountTreeModel::Section::Roles);
    return m_rolesPage;
}

OrganizationPolicyPage *IamActions::organizationPolicyPage()
{
    m_view->ensurePage(AccountTreeModel::Section::OrganizationPolicy);
    return m_organizationPage;
}

QAction *IamActions::makeAction(const QString &text, const char *objectName, const char *icon,
    const std::function<Command *()> &command)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, m_window);
    action->setObjectName(QLatin1String(objectName));
    connect(action, &QAction::triggered, this, [this, command] {
        if (Command *started = command())
            m_run(started);
    });
    return action;
}

Command *IamActions::newRoleCommand(
    QWidget *parent, const std::function<void(const QString &)> &saved)
{
    auto *command = new NewRoleCommand(m_session, parent);
    connect(command, &RoleEditorCommand::roleSaved, this, saved);
    return command;
}

void IamActions::createActions()
{
    m_newApiKey
        = makeAction(tr("New &API Key…"), "actionNewApiKey", "document-new", [this]() -> Command * {
              if (!m_session)
                  return nullptr;
              auto *command = new NewApiKeyCommand(m_session, m_accounts, m_clipboard, m_window);
              connect(command, &NewApiKeyCommand::apiKeyCreated, apiKeysPage(),
                  &ApiKeysPage::selectApiKey);
              // New Role… in the wizard: the role editor over it; the new role joins its list.
              command->setNewRoleHandler([this](ApiKeyWizard *wizard) {
                  QPointer<ApiKeyWizard> guarded(wizard);
                  m_run(newRoleCommand(wizard, [this, guarded](const QString &roleId) {
                      const auto role = m_session ? m_session->iam()->role(roleId) : std::nullopt;
                      if (guarded && role)
                          guarded->addRole(*role, true);
                  }));
              });
              return command;
          });
    m_deleteApiKeys = makeAction(
        tr("&Delete API Keys…"), "actionDeleteApiKeys", "edit-delete", [this]() -> Command * {
            const QList<ApiKey> keys
                = m_apiKeysPage ? m_apiKeysPage->selectedApiKeys() : QList<ApiKey>();
            return m_session && !keys.isEmpty()
                ? new DeleteApiKeysCommand(m_session, m_accounts, keys, m_window)
                : nullptr;
        });
    m_deleteApiKeys->setShortcut(QKeySequence::Delete);
    m_deleteApiKeys->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newRole = makeAction(tr("New &Role…"), "actionNewRole", "list-add", [this]() -> Command * {
        return m_session ? newRoleCommand(
                   m_window, [this](const QString &roleId) { rolesPage()->selectRole(roleId); })
                         : nullptr;
    });
    m_editRole
        = makeAction(tr("&Edit Role…"), "actionEditRole", "document-edit", [this]() -> Command * {
              const auto role = m_rolesPage ? m_rolesPage->selectedRole() : std::nullopt;
              return m_session && role ? new EditRoleCommand(m_session, *role, m_window) : nullptr;
          });
    m_cloneRole = makeAction(
        tr("Use Role as &Template…"), "actionCloneRole", "edit-copy", [this]() -> Command * {
            const auto role = m_rolesPage ? m_rolesPage->selectedRole() : std::nullopt;
            if (!m_session || !role)
                return nullptr;
            auto *command = new CloneRoleCommand(m_session, *role, m_window);
            connect(command, &RoleEditorCommand::roleSaved, rolesPage(), &RolesPage::selectRole);
            return command;
        });
    m_deleteRole = makeAction(
        tr("De&lete Role…"), "actionDeleteRole", "edit-delete", [this]() -> Command * {
            const auto role = m_rolesPage ? m_rolesPage->selectedRole() : std::nullopt;
            return m_session && role ? new DeleteRoleCommand(m_session, *role, m_window) : nullptr;
        });
    m_deleteRole->setShortcut(QKeySequence::Delete);
    m_deleteRole->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editOrganizationPolicy = makeAction(tr("Edit &Organization Policy…"),
        "actionEditOrganizationPolicy", "document-edit", [this]() -> Command * {
            return m_session ? new EditOrganizationPolicyCommand(m_session, m_window) : nullptr;
        });
    m_resetOrganizationPolicy = makeAction(tr("Re&set Organization Policy…"),
        "actionResetOrganizationPolicy", "edit-undo", [this]() -> Command * {
            return m_session ? new ResetOrganizationPolicyCommand(m_session, m_window) : nullptr;
        });
    m_testBench = makeAction(
        tr("Test &Bench…"), "actionTestBench", "system-run", [this]() -> Command * {
            if (!m_session)
                return nullptr;
            const auto role = m_rolesPage && m_rolesPage->isVisible() ? m_rolesPage->selectedRole()
                                                                      : std::nullopt;
            const QList<ApiKey> keys = m_apiKeysPage && m_apiKeysPage->isVisible()
                ? m_apiKeysPage->selectedApiKeys()
                : QList<ApiKey>();
            return new OpenTestBenchCommand(m_session, role ? role->id : QString(),
                !keys.isEmpty() ? keys.constFirst().key : QString(), m_window);
        });
    m_testBench->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_window->addAction(m_testBench);
}

void IamActions::addMenu(QMenuBar *menuBar)
{
    QMenu *menu = menuBar->addMenu(tr("&IAM"));
    menu->addActions({m_newApiKey, m_deleteApiKeys});
    menu->addSeparator();
    menu->addActions({m_newRole, m_editRole, m_cloneRole, m_deleteRole});
    menu->addSeparator();
    menu->addActions({m_editOrganizationPolicy, m_resetOrganizationPolicy});
    menu->addSeparator();
    menu->addAction(m_testBench);
}

void IamActions::addToolBarActions(SectionToolBar *toolBar)
{
    using Section = AccountTreeModel::Section;
    toolBar->setSectionActions(
        Section::ApiKeys, {m_newApiKey, m_deleteApiKeys, nullptr, m_testBench});
    toolBar->setSectionActions(
        Section::Roles, {m_newRole, m_editRole, m_cloneRole, m_deleteRole, nullptr, m_testBench});
    toolBar->setSectionActions(Section::OrganizationPolicy,
        {m_editOrganizationPolicy, m_resetOrganizationPolicy, nullptr, m_testBench});
}

void IamActions::setSession(AccountSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->iam(), nullptr, this, nullptr);
    }
    m_session = session;
    IamSession *iam = session ? session->iam() : nullptr;
    // An open account builds the pages still to build (the first one shown is built then).
    if (iam) {
        apiKeysPage();
        rolesPage();
        organizationPolicyPage();
    }
    if (m_apiKeysPage)
        m_apiKeysPage->setSession(iam);
    if (m_rolesPage)
        m_rolesPage->setSession(iam);
    if (m_organizationPage)
        m_organizationPage->setSession(iam);
    if (iam) {
        for (const auto signal : {&IamSession::apiKeysChanged, &IamSession::rolesChanged,
                 &IamSession::organizationPolicyChanged, &IamSession::refreshed})
            connect(iam, signal, this, &IamActions::updateActions);
        connect(session, &AccountSession::signerGenerationKnown, this, &IamActions::updateActions);
    }
    updateActions();
}

void IamActions::updateActions()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    const bool open = iam && iam->client();
    // A legacy key cannot create an API key (IAM-V3.md §1): it is not offered.
    const bool legacy
        = m_session && m_session->signerGeneration() == KeyGeneration::LegacyAccessKey;
    m_newApiKey->setEnabled(open && !legacy && iam->isLoaded(IamSession::List::Roles));
    m_newApiKey->setToolTip(legacy ? tr("A legacy access key cannot create IAM API keys: use an "
                                        "account that signs with an IAM API key.")
                                   : QString());
    m_deleteApiKeys->setEnabled(
        open && m_apiKeysPage && !m_apiKeysPage->selectedApiKeys().isEmpty());
    const auto role = m_rolesPage ? m_rolesPage->selectedRole() : std::nullopt;
    m_newRole->setEnabled(open);
    m_editRole->setEnabled(open && role && role->editable);
    m_cloneRole->setEnabled(open && role && role->policy.has_value());
    m_deleteRole->setEnabled(open && role && role->editable);
    m_editOrganizationPolicy->setEnabled(open && iam->organizationPolicy().has_value());
    m_resetOrganizationPolicy->setEnabled(open);
    m_testBench->setEnabled(iam != nullptr);
}

} // namespace Keyport
