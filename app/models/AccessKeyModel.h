// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Keyport {

/// The access keys of one account, one row each. setKeys() applies a new list row by row
/// (insertions, removals, changes), so that views keep their selection across a refresh.
class AccessKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KeyColumn,
        TypeColumn,
        RestrictionsColumn,
        SecretColumn,
        ColumnCount
    };
    enum Role {
        KeyIdRole = Qt::UserRole + 1,
        AccessKeyRole, ///< the whole AccessKey
        SortRole, ///< what the column sorts by
        /// Lower-case name, key, tags, operations and resource names (made when asked for: the
        /// filter searches a KeySearchIndex).
        SearchTextRole,
        TypeRole, ///< AccessKey::Type as int
        HasStoredSecretRole,
        /// qint64: how much the key may do; higher is more. What Restrictions sorts by.
        PowerRole,
        /// bool: the account signs its requests with this key.
        IsSigningKeyRole,
        /// The Restrictions column in a few characters: "3 tags · 42 ops · 1 res."
        CompactTextRole,
        /// headerData(): QStringList, each text a cell of the column may show, once (for
        /// Restrictions, the compact forms): what its width is measured with, in a time that
        /// grows with the distinct texts rather than with the keys.
        ColumnTextsRole,
    };

    explicit AccessKeyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKeys(const AccessKeys &keys);
    const AccessKeys &keys() const { return m_keys; }
    /// -1 when absent.
    int rowOf(const QString &keyId) const { return m_rowById.value(keyId, -1); }
    const AccessKey *keyAt(int row) const;
    /// The name of the key at @p row in lower case: what the Name column sorts by.
    const QString &sortName(int row) const { return m_sortNames.at(row); }
    void removeKey(const QString &keyId);

    /// Which keys have a secret Keyport holds, and where each is, for people ("the system
    /// keychain", "this session only"; empty when not known).
    void setStoredSecrets(const QHash<QString, QString> &places);
    void setHasStoredSecret(const QString &keyId, bool stored, const QString &place = {});
    bool hasStoredSecret(const QString &keyId) const { return m_storedSecrets.contains(keyId); }
    /// Where the secret of @p keyId is held; empty when not held or not known.
    QString storedSecretPlace(const QString &keyId) const { return m_storedSecrets.value(keyId); }

    /// The key the account signs its requests with (empty: none, or not one of these).
    QString signingKey() const { return m_signingKey; }
    void setSigningKey(const QString &keyId);

    /// "sos · 3 operations · bucket my-bucket"
    static QString restrictionSummary(const AccessKey &key);
    /// "sos · 3 ops · 1 res.": what the Restrictions column shows when the summary does not fit.
    static QString compactRestrictionSummary(const AccessKey &key);
    /// How much @p key may do, to sort by: an unrestricted key above every restricted one (an
    /// unknown type just below, as it may be as powerful), restricted keys by the number of
    /// operations they may call, and among those, one restricted to no resource above one
    /// restricted to many resources above one restricted to few.
    static qint64 power(const AccessKey &key);
    static QString typeText(const AccessKey &key);
    /// ColumnTextsRole of @p column.
    QStringList columnTexts(int column) const;

private:
    void rebuildIndex(int fromRow = 0);
    static QString searchText(const AccessKey &key);
    static QString sortNameOf(const AccessKey &key);

    AccessKeys m_keys;
    /// Lower case, once per key: sorting then compares without allocating.
    QStringList m_sortNames;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_storedSecrets; ///< key id -> where its secret is held
    QString m_signingKey;
};

} // namespace Keyport
