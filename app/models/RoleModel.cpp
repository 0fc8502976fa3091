// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleModel.h"

#include "api/ExoscaleClient.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QSet>

namespace Keyport {

RoleModel::RoleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

IamSession *RoleModel::session() const
{
    return m_session;
}

void RoleModel::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &IamSession::rolesChanged, this, &RoleModel::reload);
        connect(session, &IamSession::apiKeysChanged, this, &RoleModel::recount);
        connect(session, &IamSession::usersChanged, this, &RoleModel::recount);
        connect(session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_roles.clear();
            m_counts.clear();
            endResetModel();
        });
    }
    beginResetModel();
    m_roles = session ? session->roles() : QList<IamRole>{};
    m_counts.clear();
    for (const IamRole &role : std::as_const(m_roles))
        m_counts.append(countsOf(role.id));
    endResetModel();
}

void RoleModel::reload()
{
    if (m_session)
        setRoles(m_session->roles());
}

RoleModel::Counts RoleModel::countsOf(const QString &roleId) const
{
    if (!m_session)
        return {};
    return {
        int(m_session->apiKeysBoundTo(roleId).size()), int(m_session->usersBoundTo(roleId).size())};
}

void RoleModel::recount()
{
    for (int row = 0; row < m_roles.size(); ++row) {
        const Counts counts = countsOf(m_roles.at(row).id);
        if (counts == m_counts.at(row))
            continue;
        m_counts[row] = counts;
        Q_EMIT dataChanged(index(row, ApiKeysColumn), index(row, PeopleColumn));
    }
}

void RoleModel::setRoles(const QList<IamRole> &roles)
{
    QSet<QString> incoming;
    for (const IamRole &role : roles)
        incoming.insert(role.id);
    for (int row = int(m_roles.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_roles.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_roles.removeAt(row);
        m_counts.removeAt(row);
        endRemoveRows();
    }
    QList<IamRole> added;
    for (const IamRole &role : roles) {
        const int row = rowOf(role.id);
        if (row < 0) {
            added.append(role);
        } else if (!(m_roles.at(row) == role)) {
            m_roles[row] = role;
            m_counts[row] = countsOf(role.id);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_roles.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const IamRole &role : std::as_const(added)) {
            m_roles.append(role);
            m_counts.append(countsOf(role.id));
        }
        endInsertRows();
    }
}

int RoleModel::rowOf(const QString &roleId) const
{
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).id == roleId)
            return row;
    }
    return -1;
}

int RoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IamRole &iamRole = m_roles.at(index.row());
    const Counts &counts = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return iamRole.name;
        case DescriptionColumn:
            return iamRole.description.value_or(QString());
        case EditableColumn:
            return iamRole.editable ? tr("Yes") : tr("No");
        case ApiKeysColumn:
            return counts.apiKeys;
        case PeopleColumn:
            return counts.people;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == EditableColumn) {
            if (!iamRole.editable)
                return tr("%1 is a built-in or locked role: it cannot be changed.")
                    .arg(iamRole.name);
        }
        if (index.column() == DescriptionColumn)
            return iamRole.description.value_or(QString());
        if (index.column() == ApiKeysColumn)
            return tr("%n API key(s) bound to this role", nullptr, counts.apiKeys);
        if (index.column() == PeopleColumn)
            return tr("%n person(s) bound to this role", nullptr, counts.people);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ApiKeysColumn || index.column() == PeopleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RoleIdRole:
        return iamRole.id;
    case IamRoleRole:
        return QVariant::fromValue(iamRole);
    case IsBuiltInRole:
        return !iamRole.editable;
    case ApiKeyCountRole:
        return counts.apiKeys;
    case PeopleCountRole:
        return counts.people;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return iamRole.name.toLower();
        case DescriptionColumn:
            return iamRole.description.value_or(QString()).toLower();
        case EditableColumn:
            return iamRole.editable;
        case ApiKeysColumn:
            return counts.apiKeys;
        case PeopleColumn:
            return counts.people;
        }
        break;
    }
    return {};
}

QVariant RoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case EditableColumn:
        return tr("Editable");
    case ApiKeysColumn:
        return tr("API keys");
    case PeopleColumn:
        return tr("People");
    }
    return {};
}

} // namespace Keyport
