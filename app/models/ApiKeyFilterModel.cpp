// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyFilterModel.h"

#include "ApiKeyModel.h"

namespace Keyport {

ApiKeyFilterModel::ApiKeyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApiKeyModel::SortRole);
    // Role names change with the roles: filter again when the data does.
    setDynamicSortFilter(true);
}

void ApiKeyFilterModel::setFilterText(const QString &text)
{
    const QString normalised = text.trimmed().toLower();
    if (normalised == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_text = normalised;
    endFilterChange(Direction::Rows);
#else
    m_text = normalised;
    invalidateFilter();
#endif
}

bool ApiKeyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ApiKeyModel::SearchTextRole).toString().contains(m_text);
}

} // namespace Keyport
