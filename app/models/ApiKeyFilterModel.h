// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Keyport {

/// Narrows an ApiKeyModel to the keys whose name, key or role name contains a text, ignoring
/// case, and sorts by ApiKeyModel::SortRole.
class ApiKeyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApiKeyFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text; ///< lower case, trimmed
};

} // namespace Keyport
