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

void AccessKeyFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    // Qt 6.4 has no begin/endFilterChange; invalidateRowsFilter() keeps the sort.
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AccessKeyFilterModel::setTypeFilter(TypeFilter type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
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
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(AccessKeyModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace Keyport
