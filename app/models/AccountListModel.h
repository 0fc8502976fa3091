// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"

#include <QAbstractListModel>

namespace Keyport {

/// The accounts shown on the left of the main window: name, and zone or endpoint below it.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, EndpointRole, OriginRole };

    explicit AccountListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_accounts; }
    /// -1 when absent.
    int rowOf(const QString &name) const;

    /// "ch-gva-2", or the custom endpoint.
    static QString endpointText(const Account &account);

private:
    QList<Account> m_accounts;
};

} // namespace Keyport
