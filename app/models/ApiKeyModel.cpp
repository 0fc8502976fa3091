// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyModel.h"

#include "api/ExoscaleClient.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

namespace Keyport {

ApiKeyModel::ApiKeyModel(QObject *parent)
    : IamListModel(ColumnCount, parent)
{ }

QList<ApiKey> ApiKeyModel::itemsOf(const IamSession &session) const
{
    return session.apiKeys();
}

void ApiKeyModel::followSession(IamSession *session)
{
    connect(session, &IamSession::apiKeysChanged, this, &ApiKeyModel::reload);
    connect(session, &IamSession::rolesChanged, this, &ApiKeyModel::rolesChanged);
}

void ApiKeyModel::itemsReset(IamSession *session)
{
    m_signingKey = session ? session->signingKeyId() : QString();
}

void ApiKeyModel::reload()
{
    if (!session())
        return;
    const QString signingKey = session()->signingKeyId();
    if (signingKey != m_signingKey) {
        const int oldRow = rowOf(m_signingKey);
        m_signingKey = signingKey;
        if (oldRow >= 0)
            rowChanged(oldRow);
    }
    mergeItems(session()->apiKeys());
    const int row = rowOf(m_signingKey);
    if (row >= 0)
        rowChanged(row);
}

void ApiKeyModel::rolesChanged()
{
    // Only the role names can have changed.
    if (!apiKeys().isEmpty())
        Q_EMIT dataChanged(index(0, RoleColumn), index(int(apiKeys().size()) - 1, RoleColumn));
}

QString ApiKeyModel::roleName(const ApiKey &key) const
{
    return session() ? session()->roleName(key.roleId) : key.roleId;
}

QVariant ApiKeyModel::data(const QModelIndex &index, int role) const
{
    const ApiKey *item = itemAt(index);
    if (!item)
        return {};
    const ApiKey &key = *item;
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

QVariant ApiKeyModel::columnTitle(int column) const
{
    switch (column) {
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
