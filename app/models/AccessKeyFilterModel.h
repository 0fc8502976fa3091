// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Keyport {

/// Filters an AccessKeyModel by text (every word must appear in the name, key, tags,
/// operations or resource names) and by type, and sorts by each column's sort role.
class AccessKeyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class TypeFilter { All, Restricted, Unrestricted };

    explicit AccessKeyFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    TypeFilter typeFilter() const { return m_type; }
    void setTypeFilter(TypeFilter type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    TypeFilter m_type = TypeFilter::All;
};

} // namespace Keyport
