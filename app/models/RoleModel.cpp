// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleModel.h"

#include "api/ExoscaleClient.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

namespace Keyport {

RoleModel::RoleModel(QObject *parent)
    : IamListModel(ColumnCount, parent)
{ }

QList<IamRole> RoleModel::itemsOf(const IamSession &session) const
{
    return session.roles();
}

void RoleModel::followSession(IamSession *session)
{
    connect(session, &IamSession::rolesChanged, this, &RoleModel::reload);
    connect(session, &IamSession::apiKeysChanged, this, &RoleModel::recount);
    connect(session, &IamSession::usersChanged, this, &RoleModel::recount);
}

void RoleModel::itemsReset(IamSession *session)
{
    Q_UNUSED(session)
    m_counts.clear();
    for (const IamRole &role : roles())
        m_counts.append(countsOf(role.id));
}

void RoleModel::rowStored(int row)
{
    const Counts counts = countsOf(roles().at(row).id);
    if (row < m_counts.size())
        m_counts[row] = counts;
    else
        m_counts.append(counts);
}

void RoleModel::rowRemoved(int row)
{
    m_counts.removeAt(row);
}

void RoleModel::reload()
{
    if (session())
        mergeItems(session()->roles());
}

RoleModel::Counts RoleModel::countsOf(const QString &roleId) const
{
    if (!session())
        return {};
    return {
        int(session()->apiKeysBoundTo(roleId).size()), int(session()->usersBoundTo(roleId).size())};
}

void RoleModel::recount()
{
    for (int row = 0; row < roles().size(); ++row) {
        const Counts counts = countsOf(roles().at(row).id);
        if (counts == m_counts.at(row))
            continue;
        m_counts[row] = counts;
        Q_EMIT dataChanged(index(row, ApiKeysColumn), index(row, PeopleColumn));
    }
}

QVariant RoleModel::data(const QModelIndex &index, int role) const
{
    const IamRole *item = itemAt(index);
    if (!item)
        return {};
    const IamRole &iamRole = *item;
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

QVariant RoleModel::columnTitle(int column) const
{
    switch (column) {
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
