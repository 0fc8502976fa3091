// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamRole.h"
#include "IamListModel.h"

namespace Keyport {

class IamSession;

/// The IAM v3 roles of one account, one row each, fed from its IamSession (roles, and the API
/// keys and users bound to them), row by row so that views keep their selection. A role that is
/// not editable (the built-in Owner and Billing among them) is marked.
class RoleModel : public IamListModel<IamRole>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<IamRole> &roles() const { return items(); }

protected:
    QString idOf(const IamRole &role) const override { return role.id; }
    QList<IamRole> itemsOf(const IamSession &session) const override;
    void followSession(IamSession *session) override;
    QVariant columnTitle(int column) const override;
    void itemsReset(IamSession *session) override;
    void rowStored(int row) override;
    void rowRemoved(int row) override;

private:
    struct Counts
    {
        int apiKeys = 0;
        int people = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    void reload();
    void recount();
    Counts countsOf(const QString &roleId) const;

    /// Beside the rows, one a row.
    QList<Counts> m_counts;
};

} // namespace Keyport
