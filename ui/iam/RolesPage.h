// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamRole.h"
#include "IamListPage.h"

#include <optional>

class QLabel;
class QSortFilterProxyModel;

namespace Keyport {

class RoleModel;

/// An account's IAM v3 roles (object name `rolesPage`): the table (Name, Description, Editable,
/// API keys, People) and, for the current role, its details: description, labels, permissions,
/// whether it can be edited, the API keys and people bound to it, and its policy per service
/// class. Makes no server call: commands do.
class RolesPage : public IamListPage
{
    Q_OBJECT

public:
    explicit RolesPage(QWidget *parent = nullptr);
    ~RolesPage() override;

    RoleModel *model() const { return m_model; }

    std::optional<IamRole> selectedRole() const;
    /// Selects the role with id @p roleId; false when absent.
    bool selectRole(const QString &roleId);

protected:
    void followSession(IamSession *session) override;
    QString loadFailedText(const Error &error) const override;
    QString loadingText() const override;
    void updateDetails() override;

private:
    RoleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_description;
    QLabel *m_labels;
    QLabel *m_permissions;
    QLabel *m_editable;
    QLabel *m_apiKeys;
    QLabel *m_people;
};

} // namespace Keyport
