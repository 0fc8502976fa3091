// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTreeModel.h"

namespace Keyport {

namespace {

// An account's index has internal id 0; a section's has its account's row + 1.
constexpr quintptr accountId = 0;

} // namespace

AccountTreeModel::AccountTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, accountId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == accountId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, accountId);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accounts.size());
    if (parent.column() != 0 || parent.internalId() != accountId)
        return 0;
    return int(m_sections.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString AccountTreeModel::endpointText(const Account &account)
{
    return account.customEndpoint.isEmpty() ? account.zone : account.customEndpoint;
}

QString AccountTreeModel::sectionName(Section section)
{
    switch (section) {
    case Section::LegacyKeys:
        return tr("Access keys");
    case Section::ApiKeys:
        return tr("API keys");
    case Section::Roles:
        return tr("Roles");
    case Section::OrganizationPolicy:
        return tr("Organization policy");
    }
    return {};
}

QString AccountTreeModel::generationText(KeyGeneration generation)
{
    switch (generation) {
    case KeyGeneration::LegacyAccessKey:
        return tr("legacy access key");
    case KeyGeneration::IamApiKey:
        return tr("IAM API key");
    case KeyGeneration::Unknown:
        break;
    }
    return {};
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == accountId)
        return accountData(m_accounts.at(index.row()), role);
    const Account &account = m_accounts.at(int(index.internalId() - 1));
    const Section section = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return sectionName(section);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1 of the account %2").arg(sectionName(section), account.name);
    case NameRole:
        return account.name;
    case SectionRole:
        return int(section);
    default:
        break;
    }
    return {};
}

QVariant AccountTreeModel::accountData(const Account &account, int role) const
{
    const KeyGeneration generation = m_generations.value(account.apiKey, KeyGeneration::Unknown);
    // The second line: where the account's API is, and what its key is once known.
    const QString where = generation == KeyGeneration::Unknown
        ? endpointText(account)
        : tr("%1 · %2").arg(endpointText(account), generationText(generation));
    switch (role) {
    case Qt::DisplayRole:
        switch (account.origin) {
        case Account::Origin::Saved:
            return tr("%1\n%2").arg(account.name, where);
        case Account::Origin::Environment:
            return tr("%1 (from the environment)\n%2").arg(account.name, where);
        case Account::Origin::Demo:
            return tr("%1 (simulated)\n%2").arg(account.name, where);
        case Account::Origin::Session:
            return tr("%1 (this session only)\n%2").arg(account.name, where);
        }
        break;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return generation == KeyGeneration::Unknown
            ? tr("Account %1, %2").arg(account.name, endpointText(account))
            : tr("Account %1, %2; signing key: %3")
                  .arg(account.name, endpointText(account), generationText(generation));
    case NameRole:
        return account.name;
    case EndpointRole:
        return endpointText(account);
    case OriginRole:
        return int(account.origin);
    case SectionRole:
        return -1;
    case GenerationRole:
        return int(generation);
    default:
        break;
    }
    return {};
}

void AccountTreeModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void AccountTreeModel::setSections(const QList<Section> &sections)
{
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

void AccountTreeModel::setKeyGeneration(const QString &apiKey, KeyGeneration generation)
{
    if (m_generations.value(apiKey, KeyGeneration::Unknown) == generation)
        return;
    m_generations.insert(apiKey, generation);
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).apiKey == apiKey) {
            const QModelIndex changed = index(row, 0);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

int AccountTreeModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name == name)
            return row;
    }
    return -1;
}

QModelIndex AccountTreeModel::indexOf(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex AccountTreeModel::indexOf(const QString &name, Section section) const
{
    const QModelIndex account = indexOf(name);
    const int row = int(m_sections.indexOf(section));
    return account.isValid() && row >= 0 ? index(row, 0, account) : QModelIndex();
}

} // namespace Keyport
