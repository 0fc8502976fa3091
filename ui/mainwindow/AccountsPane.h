// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace Keyport {

class AccountStore;
class AccountTreeModel;

/// The left of the window: every account (with what its signing key is, once known) and its
/// sections, and the buttons that add accounts. Follows the account store: when the accounts
/// change, the current account stays chosen if it still exists, else the default one, else the
/// first.
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

Q_SIGNALS:
    /// Another account was chosen, or the chosen one was edited (renamed, another zone, key or
    /// endpoint); @p name is empty when there is none left.
    void currentAccountChanged(const QString &name);
    void addAccountRequested();
    void importRequested();

private:
    void reload();
    void announce(const QString &name);

    AccountStore *m_accounts;
    AccountTreeModel *m_model;
    QTreeView *m_view;
    QString m_current;
    /// The chosen account as last announced: an edit of it is announced again.
    Account m_announced;
    bool m_reloading = false;
};

} // namespace Keyport
