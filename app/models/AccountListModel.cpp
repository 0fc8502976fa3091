// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

namespace Keyport {

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QString AccountListModel::endpointText(const Account &account)
{
    return account.customEndpoint.isEmpty() ? account.zone : account.customEndpoint;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (account.origin) {
        case Account::Origin::Saved:
            return tr("%1\n%2").arg(account.name, endpointText(account));
        case Account::Origin::Environment:
            return tr("%1 (from the environment)\n%2").arg(account.name, endpointText(account));
        case Account::Origin::Demo:
            return tr("%1 (simulated)\n%2").arg(account.name, endpointText(account));
        case Account::Origin::Session:
            return tr("%1 (this session only)\n%2").arg(account.name, endpointText(account));
        }
        break;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Account %1, %2").arg(account.name, endpointText(account));
    case NameRole:
        return account.name;
    case EndpointRole:
        return endpointText(account);
    case OriginRole:
        return int(account.origin);
    default:
        break;
    }
    return {};
}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int AccountListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name == name)
            return row;
    }
    return -1;
}

} // namespace Keyport
