// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamRole.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Keyport {

class IamSession;

/// The IAM v3 roles of one account, one row each, fed from its IamSession (roles, and the API
/// keys and users bound to them), row by row so that views keep their selection. A role that is
/// not editable (the built-in Owner and Billing among them) is marked.
class RoleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DescriptionColumn,
        EditableColumn,
        ApiKeysColumn,
        PeopleColumn,
        ColumnCount
    };
    enum Role {
        RoleIdRole = Qt::UserRole + 1,
        IamRoleRole, ///< the whole IamRole
        /// bool: the role cannot be changed (not editable; the built-in roles are such).
        IsBuiltInRole,
        ApiKeyCountRole,
        PeopleCountRole,
        SortRole, ///< what the column sorts by
    };

    explicit RoleModel(QObject *parent = nullptr);

    /// Follows @p session (null: empty).
    void setSession(IamSession *session);
    IamSession *session() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<IamRole> &roles() const { return m_roles; }
    /// -1 when absent.
    int rowOf(const QString &roleId) const;

private:
    struct Counts
    {
        int apiKeys = 0;
        int people = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    void reload();
    void setRoles(const QList<IamRole> &roles);
    void recount();
    Counts countsOf(const QString &roleId) const;

    QPointer<IamSession> m_session;
    QList<IamRole> m_roles;
    QList<Counts> m_counts;
};

} // namespace Keyport
