// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "IamListModel.h"

namespace Keyport {

class IamSession;

/// The IAM v3 API keys of one account, one row each, fed from its IamSession: it follows the
/// session's changes row by row (removals, changes, additions at the end), so that views keep
/// their selection. The key the account signs with is marked.
class ApiKeyModel : public IamListModel<ApiKey>
{
    Q_OBJECT

public:
    enum Column { NameColumn, KeyColumn, RoleColumn, ColumnCount };
    enum Role {
        KeyIdRole = Qt::UserRole + 1,
        ApiKeyRole, ///< the whole ApiKey
        RoleIdRole,
        RoleNameRole,
        /// bool: the account signs its requests with this key.
        IsSigningKeyRole,
        SortRole, ///< what the column sorts by
        SearchTextRole, ///< lower-case name, key and role name
    };

    explicit ApiKeyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const QList<ApiKey> &apiKeys() const { return items(); }
    QString signingKey() const { return m_signingKey; }

protected:
    QString idOf(const ApiKey &key) const override { return key.key; }
    QList<ApiKey> itemsOf(const IamSession &session) const override;
    void followSession(IamSession *session) override;
    QVariant columnTitle(int column) const override;
    void itemsReset(IamSession *session) override;

private:
    void reload();
    void rolesChanged();
    QString roleName(const ApiKey &key) const;

    QString m_signingKey;
};

} // namespace Keyport
