// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyFilterModel.h"

#include "AccessKeyModel.h"
#include "domain/AccessKey.h"

namespace Keyport {

AccessKeyFilterModel::AccessKeyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccessKeyModel::SortRole);
    // The model's sort keys are already lower case.
    setSortCaseSensitivity(Qt::CaseSensitive);
}

void AccessKeyFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    // Only the connections made below: the base class keeps track of its own.
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_keys = qobject_cast<const AccessKeyModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    m_namesStale = true;
    if (sourceModel) {
        // New keys may bring operation or resource names the query is made of.
        // Counted once the base class has applied the change to its rows, which it announces
        // before the source's count changes: one signal per change, not one per range.
        const auto changed = [this] {
            m_namesStale = true;
            updateCounts();
        };
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this, changed),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this, changed),
            // A query typed before the keys arrived: what its words name is known only now.
            connect(sourceModel, &QAbstractItemModel::modelReset, this,
                [this] {
                    m_namesStale = true;
                    if (m_text.isEmpty())
                        updateCounts();
                    else
                        refilter();
                }),
        };
    }
    rebuildMatcher();
    updateCounts();
}

void AccessKeyFilterModel::rebuildMatcher()
{
    if (m_text.trimmed().isEmpty()) {
        m_matcher = KeyMatcher();
        return;
    }
    if (m_namesStale) {
        // The keys' own operations and resources, besides the catalog's: gathered once per
        // change of the keys, not per keystroke, so that typing costs a contains() per row.
        m_knownOperations.clear();
        m_knownResources.clear();
        QHash<QString, bool> seenResources;
        if (m_keys) {
            for (const AccessKey &key : m_keys->keys()) {
                // The catalog names every operation a key may hold: no need to gather them.
                if (m_catalog.isEmpty()) {
                    for (const QString &operation : key.operations)
                        m_knownOperations.insert(operation);
                }
                for (const AccessKeyResource &resource : key.resources) {
                    bool &seen = seenResources[resource.toString()];
                    if (!seen)
                        m_knownResources.append(resource);
                    seen = true;
                }
            }
        }
        m_namesStale = false;
    }
    m_matcher = KeyMatcher(m_text, m_catalog, m_knownOperations, m_knownResources);
}

void AccessKeyFilterModel::refilter()
{
    rebuildMatcher();
    // Qt 6.4 has no begin/endFilterChange; invalidateRowsFilter() keeps the sort.
    invalidateRowsFilter();
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
    m_namesStale = true;
    if (!m_text.isEmpty())
        refilter();
}

MatchReason AccessKeyFilterModel::matchReason(const AccessKey &key) const
{
    return m_matcher.explain(key);
}

QVariant AccessKeyFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != MatchReasonRole)
        return QSortFilterProxyModel::data(index, role);
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

bool AccessKeyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type != TypeFilter::All) {
        const auto type = AccessKey::Type(index.data(AccessKeyModel::TypeRole).toInt());
        const auto wanted = m_type == TypeFilter::Restricted ? AccessKey::Type::Restricted
                                                             : AccessKey::Type::Unrestricted;
        if (type != wanted)
            return false;
    }
    if (m_matcher.isEmpty())
        return true;
    const QString text = index.data(AccessKeyModel::SearchTextRole).toString();
    if (m_keys) {
        if (const AccessKey *key = m_keys->keyAt(sourceRow))
            return m_matcher.matches(*key, text);
    }
    return m_matcher.matches(index.data(AccessKeyModel::AccessKeyRole).value<AccessKey>(), text);
}

} // namespace Keyport
