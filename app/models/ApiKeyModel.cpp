// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyModel.h"

#include "api/ExoscaleClient.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QSet>

namespace Keyport {

ApiKeyModel::ApiKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

IamSession *ApiKeyModel::session() const
{
    return m_session;
}

void ApiKeyModel::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &IamSession::apiKeysChanged, this, &ApiKeyModel::reload);
        connect(session, &IamSession::rolesChanged, this, &ApiKeyModel::rolesChanged);
        connect(session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_keys.clear();
            m_signingKey.clear();
            endResetModel();
        });
    }
    beginResetModel();
    m_keys = session ? session->apiKeys() : QList<ApiKey>{};
    m_signingKey = session ? session->signingKeyId() : QString();
    endResetModel();
}

void ApiKeyModel::reload()
{
    if (!m_session)
        return;
    const QString signingKey = m_session->signingKeyId();
    if (signingKey != m_signingKey) {
        const int oldRow = rowOf(m_signingKey);
        m_signingKey = signingKey;
        if (oldRow >= 0)
            Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
    }
    setKeys(m_session->apiKeys());
    const int row = rowOf(m_signingKey);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ApiKeyModel::setKeys(const QList<ApiKey> &keys)
{
    // 1. Remove the rows whose key is gone, from the bottom.
    QSet<QString> incoming;
    for (const ApiKey &key : keys)
        incoming.insert(key.key);
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_keys.at(row).key))
            continue;
        beginRemoveRows({}, row, row);
        m_keys.removeAt(row);
        endRemoveRows();
    }
    // 2. Update the rows that stay; 3. append the new keys, in the order they came.
    QList<ApiKey> added;
    for (const ApiKey &key : keys) {
        const int row = rowOf(key.key);
        if (row < 0) {
            added.append(key);
        } else if (!(m_keys.at(row) == key)) {
            m_keys[row] = key;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_keys += added;
        endInsertRows();
    }
}

void ApiKeyModel::rolesChanged()
{
    // Only the role names can have changed.
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, RoleColumn), index(int(m_keys.size()) - 1, RoleColumn));
}

int ApiKeyModel::rowOf(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).key == key)
            return row;
    }
    return -1;
}

QString ApiKeyModel::roleName(const ApiKey &key) const
{
    return m_session ? m_session->roleName(key.roleId) : key.roleId;
}

int ApiKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_keys.at(index.row());
    const bool signing = !m_signingKey.isEmpty() && key.key == m_signingKey;
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case NameColumn:
            return key.name;
        case KeyColumn:
            return key.key;
        case RoleColumn:
            return roleName(key);
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (signing)
            return tr("%1 (this account's key)").arg(text());
        return text();
    case KeyIdRole:
        return key.key;
    case ApiKeyRole:
        return QVariant::fromValue(key);
    case RoleIdRole:
        return key.roleId;
    case RoleNameRole:
        return roleName(key);
    case IsSigningKeyRole:
        return signing;
    case SortRole:
        return text().toLower();
    case SearchTextRole:
        return QStringList{key.name, key.key, roleName(key)}.join(QLatin1Char('\n')).toLower();
    }
    return {};
}

QVariant ApiKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Key");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}

} // namespace Keyport
