// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/KeyGeneration.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Keyport {

/// The navigation on the left of the main window: each account (name; zone or endpoint, and
/// what its signing key is once known), and under it the sections of that account: "Access
/// keys" today; the IAM v3 sections join the same list.
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the account's name, on the account and its sections
        EndpointRole,
        OriginRole,
        /// int(Section) on a section; -1 on an account.
        SectionRole,
        /// int(KeyGeneration) of the account's signing key.
        GenerationRole,
    };
    enum class Section {
        LegacyKeys, ///< legacy access keys ("Access keys")
        ApiKeys, ///< IAM v3
        Roles, ///< IAM v3
        OrganizationPolicy, ///< IAM v3
    };
    Q_ENUM(Section)

    explicit AccountTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_accounts; }
    /// The sections listed under every account, in this order.
    void setSections(const QList<Section> &sections);
    QList<Section> sections() const { return m_sections; }
    /// Shows what the key @p apiKey is on the accounts that sign with it.
    void setKeyGeneration(const QString &apiKey, KeyGeneration generation);

    /// -1 when absent.
    int rowOf(const QString &name) const;
    /// The account's row, or one of its sections; invalid when absent.
    QModelIndex indexOf(const QString &name) const;
    QModelIndex indexOf(const QString &name, Section section) const;

    /// "ch-gva-2", or the custom endpoint.
    static QString endpointText(const Account &account);
    static QString sectionName(Section section);
    /// "legacy access key", "IAM API key"; empty when unknown.
    static QString generationText(KeyGeneration generation);

private:
    QVariant accountData(const Account &account, int role) const;

    QList<Account> m_accounts;
    QList<Section> m_sections{Section::LegacyKeys};
    QHash<QString, KeyGeneration> m_generations;
};

} // namespace Keyport
