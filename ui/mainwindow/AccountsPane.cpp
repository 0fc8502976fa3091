// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPane.h"

#include "accounts/AccountStore.h"
#include "models/AccountTreeModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Keyport {

AccountsPane::AccountsPane(AccountStore *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_model(new AccountTreeModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("accountsPane"));
    m_view->setObjectName(QStringLiteral("accountList"));
    m_model->setSections({AccountTreeModel::Section::LegacyKeys, AccountTreeModel::Section::ApiKeys,
        AccountTreeModel::Section::Roles, AccountTreeModel::Section::OrganizationPolicy});
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *add = new QPushButton(tr("Add Account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    auto *import = new QPushButton(tr("Import from exo CLI…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    auto *label = new QLabel(tr("A&ccounts"), this);
    label->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(add);
    layout->addWidget(import);

    connect(add, &QPushButton::clicked, this, &AccountsPane::addAccountRequested);
    connect(import, &QPushButton::clicked, this, &AccountsPane::importRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            // While the list is refilled, the account is chosen again right after: the open
            // account must not be closed in between.
            const QString name = current.data(AccountTreeModel::NameRole).toString();
            if (m_reloading)
                return;
            if (name != m_current)
                announce(name);
            followSection(current);
        });
    // A screen reader selects a row over the accessibility bus without making it current (Qt
    // 6.4): the chosen row becomes current, so the account and section follow it too.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this](const QItemSelection &selected) {
            const QModelIndexList rows = selected.indexes();
            if (rows.size() == 1 && rows.constFirst() != m_view->currentIndex())
                m_view->selectionModel()->setCurrentIndex(
                    rows.constFirst(), QItemSelectionModel::NoUpdate);
        });
    if (m_accounts) {
        connect(m_accounts, &AccountStore::accountsChanged, this, &AccountsPane::reload);
        // The chosen account keeps being chosen under its new name.
        connect(m_accounts, &AccountStore::accountRenamed, this,
            [this](const QString &oldName, const QString &newName) {
                if (m_current == oldName)
                    m_current = newName;
            });
        connect(
            m_accounts, &AccountStore::keyGenerationChanged, this, [this](const QString &apiKey) {
                m_model->setKeyGeneration(apiKey, m_accounts->keyGeneration(apiKey));
                // Found out now: an account's own row opens what its key can manage.
                followSection(m_view->currentIndex());
            });
    }
    reload();
}

QString AccountsPane::currentAccountName() const
{
    return m_current;
}

bool AccountsPane::selectAccount(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->expand(index);
    return true;
}

bool AccountsPane::selectSection(const QString &name, AccountTreeModel::Section section)
{
    const QModelIndex index = m_model->indexOf(name, section);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

AccountTreeModel::Section AccountsPane::usualSection(const QString &name) const
{
    const auto account = m_accounts ? m_accounts->account(name) : std::nullopt;
    if (account && m_accounts->keyGeneration(account->apiKey) == KeyGeneration::IamApiKey)
        return AccountTreeModel::Section::ApiKeys;
    return AccountTreeModel::Section::LegacyKeys;
}

void AccountsPane::followSection(const QModelIndex &index)
{
    const int section = index.data(AccountTreeModel::SectionRole).toInt();
    const auto shown = section < 0 ? usualSection(m_current) : AccountTreeModel::Section(section);
    if (shown == m_section)
        return;
    m_section = shown;
    Q_EMIT currentSectionChanged(shown);
}

void AccountsPane::reload()
{
    const QList<Account> accounts = m_accounts ? m_accounts->accounts() : QList<Account>();
    m_reloading = true;
    m_model->setAccounts(accounts);
    for (const Account &account : accounts)
        m_model->setKeyGeneration(account.apiKey, m_accounts->keyGeneration(account.apiKey));
    m_view->expandAll();
    m_reloading = false;
    if (!selectAccount(m_current)
        && (!m_accounts || !selectAccount(m_accounts->defaultAccountName()))
        && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    // Another account, none left, or the same one edited: say so.
    const QString name = m_view->currentIndex().data(AccountTreeModel::NameRole).toString();
    const auto account = m_accounts ? m_accounts->account(name) : std::nullopt;
    if (name != m_current || account.value_or(Account()) != m_announced)
        announce(name);
    followSection(m_view->currentIndex());
}

void AccountsPane::announce(const QString &name)
{
    m_current = name;
    const auto account = m_accounts ? m_accounts->account(name) : std::nullopt;
    m_announced = account.value_or(Account());
    Q_EMIT currentAccountChanged(name);
}

} // namespace Keyport
