// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKeyResource.h"
#include "domain/Catalog.h"
#include "KeyMatcher.h"
#include "KeySearchIndex.h"
#include "MatchReason.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Keyport {

class AccessKey;
class AccessKeyModel;

/// Filters an AccessKeyModel by text and by type, and sorts by each column's sort role.
///
/// The text is a capability search (see KeyMatcher): every word must appear in the name, key,
/// tags, operations or resource names, and a word that names operations also finds the
/// unrestricted keys, a bucket name also finds the keys not restricted by resource.
///
/// A flat index of source rows, not a QSortFilterProxyModel: a new text or type, or a new sort
/// order, is one layout change whatever rows it hides or shows, where the general proxy signals
/// each run of rows on its own (thousands for a word that hides every other key, and views
/// do work in proportion to every row for each). Words are matched against a KeySearchIndex:
/// the keys' names and ids in one text, their tags, operations and resource names once each.
class AccessKeyFilterModel : public QAbstractProxyModel
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
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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
    /// Whether the search index of the keys is built: on a worker thread, once the keys change
    /// (from indexInBackgroundFrom keys on), so that the first keystroke does not wait for it.
    bool isSearchIndexReady() const { return !m_indexStale; }
    static constexpr int indexInBackgroundFrom = 2000;

Q_SIGNALS:
    /// Once per change of the filter or of the keys, not once per row.
    void countsChanged(int matching, int total);

private:
    void rebuildMatcher();
    /// Filters and sorts every source row again and shows the result as one layout change.
    void refilter();
    void updateCounts();

    /// The source rows that pass the filter, in m_order's order.
    QList<int> acceptedRows();
    /// Sorts m_order by the sort column (in source order without one).
    void sortRows();
    void setRows(QList<int> rows);
    void rebuildProxyRows();
    const AccessKeys *keys() const;

    void sourceReset();
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsInserted();
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    /// The keys changed: what the search knows of them is to be built again.
    void keysChanged();
    void buildIndexInBackground();
    /// The search index of @p keys (the source model's), built now if it is not yet.
    const KeySearchIndex &searchIndex(const AccessKeys &keys);

    QString m_text;
    TypeFilter m_type = TypeFilter::All;
    Catalog m_catalog;
    KeyMatcher m_matcher;
    KeySearchIndex m_index;
    bool m_indexStale = true;
    quint64 m_keysGeneration = 0; ///< counts the changes of the keys
    quint64 m_indexGeneration = 0; ///< the change the index being built was started for
    QFutureWatcher<KeySearchIndex> *m_indexWatcher;
    QList<QMetaObject::Connection> m_sourceConnections;
    const AccessKeyModel *m_keys = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order; ///< every source row, sorted
    QList<int> m_rows; ///< the source row of each proxy row
    QList<int> m_proxyRows; ///< the proxy row of each source row; -1 when filtered out
    int m_lastMatching = -1;
    int m_lastTotal = -1;
};

} // namespace Keyport
