// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Keyport {

class IamSession;

/// The IAM v3 API keys of one account, one row each, fed from its IamSession: it follows the
/// session's changes row by row (removals, changes, additions at the end), so that views keep
/// their selection. The key the account signs with is marked.
class ApiKeyModel : public QAbstractTableModel
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

    /// Follows @p session (null: empty).
    void setSession(IamSession *session);
    IamSession *session() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ApiKey> &apiKeys() const { return m_keys; }
    /// -1 when absent.
    int rowOf(const QString &key) const;
    QString signingKey() const { return m_signingKey; }

private:
    void reload();
    void setKeys(const QList<ApiKey> &keys);
    void rolesChanged();
    QString roleName(const ApiKey &key) const;

    QPointer<IamSession> m_session;
    QList<ApiKey> m_keys;
    QString m_signingKey;
};

} // namespace Keyport
