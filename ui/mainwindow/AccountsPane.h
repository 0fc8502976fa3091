// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "models/AccountTreeModel.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace Keyport {

class AccountStore;

/// The left of the window: every account (with what its signing key is, once known) and its
/// sections (Access keys, API keys, Roles, Organization policy), and the buttons that add
/// accounts. Follows the account store: when the accounts change, the current account stays
/// chosen if it still exists, else the default one, else the first. Choosing an account's own
/// row opens its usual section: API keys when it signs with an IAM v3 API key, else Access keys.
class AccountsPane : public QWidget
{
    Q_OBJECT

public:
    AccountsPane(AccountStore *accounts, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AccountTreeModel *model() const { return m_model; }
    /// The account chosen (its own row or one of its sections); empty for none.
    QString currentAccountName() const;
    /// False when there is no account of that name.
    bool selectAccount(const QString &name);
    /// The section chosen, or the chosen account's usual one when its own row is chosen.
    AccountTreeModel::Section currentSection() const { return m_section; }
    /// Chooses a section of the account @p name; false when there is no such account.
    bool selectSection(const QString &name, AccountTreeModel::Section section);
    /// The section an account opens on: what its signing key can manage.
    AccountTreeModel::Section usualSection(const QString &name) const;

Q_SIGNALS:
    /// Another account was chosen, or the chosen one was edited (renamed, another zone, key or
    /// endpoint); @p name is empty when there is none left.
    void currentAccountChanged(const QString &name);
    /// Another section is shown (after currentAccountChanged() when the account changed too).
    void currentSectionChanged(Keyport::AccountTreeModel::Section section);
    void addAccountRequested();
    void importRequested();

private:
    void reload();
    void announce(const QString &name);
    /// The section of @p index (an account's row means its usual section).
    void followSection(const QModelIndex &index);

    AccountStore *m_accounts;
    AccountTreeModel *m_model;
    QTreeView *m_view;
    QString m_current;
    AccountTreeModel::Section m_section = AccountTreeModel::Section::LegacyKeys;
    /// The chosen account as last announced: an edit of it is announced again.
    Account m_announced;
    bool m_reloading = false;
};

} // namespace Keyport
