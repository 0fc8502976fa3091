// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKeyResource.h"
#include "domain/Catalog.h"
#include "KeyMatcher.h"
#include "MatchReason.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Keyport {

class AccessKey;
class AccessKeyModel;

/// Filters an AccessKeyModel by text and by type, and sorts by each column's sort role.
///
/// The text is a capability search (see KeyMatcher): every word must appear in the name, key,
/// tags, operations or resource names, and a word that names operations also finds the
/// unrestricted keys, a bucket name also finds the keys not restricted by resource.
class AccessKeyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class TypeFilter { All, Restricted, Unrestricted };
    enum Role {
        /// MatchReason::text() of the row for the current query (empty without a query).
        MatchReasonRole = Qt::UserRole + 100,
    };

    explicit AccessKeyFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    TypeFilter typeFilter() const { return m_type; }
    void setTypeFilter(TypeFilter type);
    /// The operations and tags of the account: what tells an operation name from a name.
    /// Without it, the operations of the keys listed are the only ones known.
    void setCatalog(const Catalog &catalog);

    /// Why @p key matches the current text; empty without a text or when it does not match.
    MatchReason matchReason(const AccessKey &key) const;

    /// Every key of the source model.
    int totalCount() const;
    /// The keys that pass the filter.
    int matchingCount() const { return rowCount(); }
    /// Whether a text or a type narrows the list.
    bool isFiltering() const { return !m_matcher.isEmpty() || m_type != TypeFilter::All; }
    /// "13 keys", "3 of 13 keys match", "No key matches".
    QString countText() const;

Q_SIGNALS:
    /// Once per change of the filter or of the keys, not once per row.
    void countsChanged(int matching, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuildMatcher();
    void refilter();
    void updateCounts();

    QString m_text;
    TypeFilter m_type = TypeFilter::All;
    Catalog m_catalog;
    KeyMatcher m_matcher;
    QSet<QString> m_knownOperations; ///< of the keys listed
    AccessKeyResources m_knownResources; ///< of the keys listed, without repeats
    bool m_namesStale = true;
    QList<QMetaObject::Connection> m_sourceConnections;
    const AccessKeyModel *m_keys = nullptr;
    int m_lastMatching = -1;
    int m_lastTotal = -1;
};

} // namespace Keyport
