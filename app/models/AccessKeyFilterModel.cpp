// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyFilterModel.h"

#include "AccessKeyModel.h"
#include "domain/AccessKey.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <numeric>

namespace Keyport {

AccessKeyFilterModel::AccessKeyFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_indexWatcher(new QFutureWatcher<KeySearchIndex>(this))
{
    connect(m_indexWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<KeySearchIndex> built = m_indexWatcher->future();
        // Keys that changed again meanwhile make it worthless.
        if (!m_indexStale || m_indexGeneration != m_keysGeneration || built.resultCount() == 0)
            return;
        m_index = built.result();
        m_indexStale = m_index.size() != totalCount();
    });
}

void AccessKeyFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_keys = qobject_cast<const AccessKeyModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (sourceModel) {
        using Model = QAbstractItemModel;
        m_sourceConnections = {
            connect(sourceModel, &Model::modelAboutToBeReset, this,
                &AccessKeyFilterModel::beginResetModel),
            connect(sourceModel, &Model::modelReset, this, &AccessKeyFilterModel::sourceReset),
            // Another layout of the source: taken as a new list.
            connect(sourceModel, &Model::layoutAboutToBeChanged, this,
                &AccessKeyFilterModel::beginResetModel),
            connect(sourceModel, &Model::layoutChanged, this, &AccessKeyFilterModel::sourceReset),
            connect(sourceModel, &Model::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        sourceRowsAboutToBeRemoved(first, last);
                }),
            connect(sourceModel, &Model::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        sourceRowsRemoved(first, last);
                }),
            connect(sourceModel, &Model::rowsInserted, this,
                [this](const QModelIndex &parent) {
                    if (!parent.isValid())
                        sourceRowsInserted();
                }),
            connect(
                sourceModel, &Model::dataChanged, this, &AccessKeyFilterModel::sourceDataChanged),
            connect(sourceModel, &Model::headerDataChanged, this,
                &AccessKeyFilterModel::headerDataChanged),
        };
    }
    keysChanged();
    sortRows();
    m_rows = acceptedRows();
    rebuildProxyRows();
    endResetModel();
    updateCounts();
}

// --- the structure: a flat list of source rows ---

QModelIndex AccessKeyFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccessKeyFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex AccessKeyFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int AccessKeyFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessKeyFilterModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

bool AccessKeyFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex AccessKeyFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex AccessKeyFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.parent().isValid() || sourceIndex.row() >= m_proxyRows.size())
        return {};
    const int row = m_proxyRows.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant AccessKeyFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QVariant AccessKeyFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != MatchReasonRole)
        return QAbstractProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_matcher.isEmpty())
        return QString();
    const QModelIndex source = mapToSource(index);
    if (m_keys) {
        if (const AccessKey *key = m_keys->keyAt(source.row()))
            return matchReason(*key).text();
        return QString();
    }
    return matchReason(source.data(AccessKeyModel::AccessKeyRole).value<AccessKey>()).text();
}

const AccessKeys *AccessKeyFilterModel::keys() const
{
    return m_keys ? &m_keys->keys() : nullptr;
}

void AccessKeyFilterModel::rebuildProxyRows()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_proxyRows.fill(-1, count);
    for (int row = 0; row < m_rows.size(); ++row)
        m_proxyRows[m_rows.at(row)] = row;
}

void AccessKeyFilterModel::setRows(QList<int> rows)
{
    if (rows == m_rows)
        return;
    // One layout change, the persistent indexes (selection, current row) following their key.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    m_rows = std::move(rows);
    rebuildProxyRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows.at(i) >= 0 ? m_proxyRows.value(sourceRows.at(i), -1) : -1;
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

// --- sorting and filtering ---

void AccessKeyFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    setRows(acceptedRows());
}

void AccessKeyFilterModel::sortRows()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || count < 2)
        return;
    // Equal keys keep the source's order, either way (as QSortFilterProxyModel does).
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto sortBy = [&](auto less) {
        const auto ordered = [&](int a, int b) { return ascending ? less(a, b) : less(b, a); };
        if (!std::is_sorted(m_order.cbegin(), m_order.cend(), ordered))
            std::stable_sort(m_order.begin(), m_order.end(), ordered);
    };
    if (!m_keys) {
        QVariantList values;
        values.reserve(count);
        for (int row = 0; row < count; ++row)
            values.append(sourceModel()->index(row, m_sortColumn).data(AccessKeyModel::SortRole));
        sortBy([&](int a, int b) {
            return QVariant::compare(values.at(a), values.at(b)) == QPartialOrdering::Less;
        });
        return;
    }
    const AccessKeys &all = m_keys->keys();
    switch (m_sortColumn) {
    case AccessKeyModel::NameColumn:
        sortBy([&](int a, int b) { return m_keys->sortName(a) < m_keys->sortName(b); });
        break;
    case AccessKeyModel::KeyColumn:
        sortBy([&](int a, int b) { return all.at(a).key < all.at(b).key; });
        break;
    case AccessKeyModel::TypeColumn:
        sortBy([&](int a, int b) { return all.at(a).type < all.at(b).type; });
        break;
    case AccessKeyModel::RestrictionsColumn:
    case AccessKeyModel::SecretColumn: {
        // Worked out once per key, not once per comparison.
        std::vector<qint64> values(count);
        for (int row = 0; row < count; ++row) {
            values[row] = m_sortColumn == AccessKeyModel::RestrictionsColumn
                ? AccessKeyModel::power(all.at(row))
                : qint64(m_keys->hasStoredSecret(all.at(row).key));
        }
        sortBy([&](int a, int b) { return values[a] < values[b]; });
        break;
    }
    default:
        break;
    }
}

const KeySearchIndex &AccessKeyFilterModel::searchIndex(const AccessKeys &keys)
{
    // Built here only when the worker's is not in yet (or the list is small).
    if (m_indexStale || m_index.size() != keys.size()) {
        m_index = KeySearchIndex(keys);
        m_indexStale = false;
    }
    return m_index;
}

QList<int> AccessKeyFilterModel::acceptedRows()
{
    const int count = int(m_order.size());
    if (!isFiltering())
        return m_order;
    std::vector<quint8> pass(count, 1);
    const AccessKeys *all = keys();
    AccessKeys fetched; // from a model other than an AccessKeyModel
    if (!all) {
        for (int row = 0; row < count; ++row) {
            fetched.append(sourceModel()
                               ->index(row, 0)
                               .data(AccessKeyModel::AccessKeyRole)
                               .value<AccessKey>());
        }
        all = &fetched;
    }
    if (m_type != TypeFilter::All) {
        const auto wanted = m_type == TypeFilter::Restricted ? AccessKey::Type::Restricted
                                                             : AccessKey::Type::Unrestricted;
        for (int row = 0; row < count; ++row)
            pass[row] = all->at(row).type == wanted;
    }
    if (!m_matcher.isEmpty()) {
        if (all == &fetched)
            m_matcher.filter(*all, KeySearchIndex(*all), pass);
        else
            m_matcher.filter(*all, searchIndex(*all), pass);
    }
    QList<int> rows;
    rows.reserve(std::count(pass.cbegin(), pass.cend(), quint8(1)));
    for (const int row : std::as_const(m_order)) {
        if (pass[row])
            rows.append(row);
    }
    return rows;
}

void AccessKeyFilterModel::rebuildMatcher()
{
    if (m_text.trimmed().isEmpty()) {
        m_matcher = KeyMatcher();
        return;
    }
    // The keys' own operations and resources, besides the catalog's: gathered with the search
    // index (on a worker once the keys change), not per keystroke.
    QSet<QString> knownOperations;
    AccessKeyResources knownResources;
    if (const AccessKeys *all = keys()) {
        const KeySearchIndex &index = searchIndex(*all);
        // The catalog names every operation a key may hold: no need for the keys' own.
        if (m_catalog.isEmpty())
            knownOperations = index.operations();
        knownResources = index.resources();
    }
    m_matcher = KeyMatcher(m_text, m_catalog, knownOperations, knownResources);
}

void AccessKeyFilterModel::refilter()
{
    rebuildMatcher();
    setRows(acceptedRows());
    updateCounts();
}

void AccessKeyFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void AccessKeyFilterModel::setTypeFilter(TypeFilter type)
{
    if (type == m_type)
        return;
    m_type = type;
    refilter();
}

void AccessKeyFilterModel::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    if (!m_text.isEmpty())
        refilter();
}

MatchReason AccessKeyFilterModel::matchReason(const AccessKey &key) const
{
    return m_matcher.explain(key);
}

// --- following the source ---

void AccessKeyFilterModel::keysChanged()
{
    m_indexStale = true;
    ++m_keysGeneration;
    rebuildMatcher(); // with a search under way, builds the index now: its rows are due now
    if (m_indexStale && m_keys && m_keys->rowCount() >= indexInBackgroundFrom)
        buildIndexInBackground();
}

void AccessKeyFilterModel::buildIndexInBackground()
{
    // The worker reads its own copy of the list: implicitly shared, so copying costs nothing
    // and a change of the model's keys detaches the model's, never the worker's.
    auto promise = std::make_shared<QPromise<KeySearchIndex>>();
    m_indexGeneration = m_keysGeneration;
    m_indexWatcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, keys = m_keys->keys()] {
        promise->start();
        promise->addResult(KeySearchIndex(keys));
        promise->finish();
    });
}

void AccessKeyFilterModel::sourceReset()
{
    keysChanged();
    sortRows();
    m_rows = acceptedRows();
    rebuildProxyRows();
    endResetModel();
    updateCounts();
}

void AccessKeyFilterModel::sourceRowsAboutToBeRemoved(int first, int last)
{
    // The rows shown go in runs of neighbouring proxy rows, from the bottom, while the source
    // still holds them.
    QList<int> shown;
    for (int row = first; row <= last && row < m_proxyRows.size(); ++row) {
        if (m_proxyRows.at(row) >= 0)
            shown.append(m_proxyRows.at(row));
    }
    std::sort(shown.begin(), shown.end());
    while (!shown.isEmpty()) {
        const int end = shown.takeLast();
        int start = end;
        while (!shown.isEmpty() && shown.constLast() == start - 1)
            start = shown.takeLast();
        beginRemoveRows({}, start, end);
        m_rows.remove(start, end - start + 1);
        rebuildProxyRows();
        endRemoveRows();
    }
}

void AccessKeyFilterModel::sourceRowsRemoved(int first, int last)
{
    const int removed = last - first + 1;
    const auto renumber = [&](QList<int> &rows) {
        rows.removeIf([&](int row) { return row >= first && row <= last; });
        for (int &row : rows) {
            if (row > last)
                row -= removed;
        }
    };
    renumber(m_order);
    renumber(m_rows);
    rebuildProxyRows();
    // What the words name may have changed; the rows shown stay until the next search.
    keysChanged();
    updateCounts();
}

void AccessKeyFilterModel::sourceRowsInserted()
{
    keysChanged();
    sortRows();
    setRows(acceptedRows());
    updateCounts();
}

void AccessKeyFilterModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // Only what neither the search nor the sort looks at: passed on as it is.
    const bool secretsOnly = topLeft.column() == AccessKeyModel::SecretColumn
        && bottomRight.column() == AccessKeyModel::SecretColumn
        && m_sortColumn != AccessKeyModel::SecretColumn;
    const bool appearanceOnly
        = !roles.isEmpty() && std::none_of(roles.cbegin(), roles.cend(), [](int role) {
              return role == Qt::DisplayRole || role == AccessKeyModel::SortRole
                  || role == AccessKeyModel::AccessKeyRole || role == AccessKeyModel::TypeRole;
          });
    if (!secretsOnly && !appearanceOnly) {
        keysChanged();
        sortRows();
        setRows(acceptedRows());
        updateCounts();
    }
    int top = int(m_rows.size());
    int bottom = -1;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_proxyRows.size(); ++row) {
        const int shown = m_proxyRows.at(row);
        if (shown >= 0) {
            top = std::min(top, shown);
            bottom = std::max(bottom, shown);
        }
    }
    if (bottom >= 0) {
        Q_EMIT dataChanged(
            index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
    }
}

// --- counts ---

int AccessKeyFilterModel::totalCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

QString AccessKeyFilterModel::countText() const
{
    const int total = totalCount();
    if (!isFiltering())
        return tr("%n key(s)", nullptr, total);
    const int matching = matchingCount();
    if (matching == 0)
        return tr("No key matches");
    return tr("%1 of %n key(s) match", nullptr, total).arg(matching);
}

void AccessKeyFilterModel::updateCounts()
{
    const int matching = matchingCount();
    const int total = totalCount();
    if (matching == m_lastMatching && total == m_lastTotal)
        return;
    m_lastMatching = matching;
    m_lastTotal = total;
    Q_EMIT countsChanged(matching, total);
}

} // namespace Keyport
