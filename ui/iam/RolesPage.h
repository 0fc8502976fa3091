// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamRole.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Keyport {

class IamSession;
class PolicyView;
class RoleModel;

/// An account's IAM v3 roles (object name `rolesPage`): the table (Name, Description, Editable,
/// API keys, People) and, for the current role, its details: description, labels, permissions,
/// whether it can be edited, the API keys and people bound to it, and its policy per service
/// class. Makes no server call: commands do.
class RolesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RolesPage(QWidget *parent = nullptr);
    ~RolesPage() override;

    /// Shows @p session's roles; null clears the page.
    void setSession(IamSession *session);
    IamSession *session() const;

    QTableView *table() const { return m_table; }
    RoleModel *model() const { return m_model; }

    std::optional<IamRole> selectedRole() const;
    /// Selects the role with id @p roleId; false when absent.
    bool selectRole(const QString &roleId);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateState();
    void updateDetails();

    QPointer<IamSession> m_session;
    RoleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_problem;
    QTableView *m_table;
    QWidget *m_details;
    QLabel *m_name;
    QLabel *m_description;
    QLabel *m_labels;
    QLabel *m_permissions;
    QLabel *m_editable;
    QLabel *m_apiKeys;
    QLabel *m_people;
    PolicyView *m_policyView;
};

} // namespace Keyport
