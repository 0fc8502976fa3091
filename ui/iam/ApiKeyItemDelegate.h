// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Keyport {

/// Draws the API key list (ApiKeyModel, through any proxy): the Name of the key the account signs
/// with carries the same mark as in the access key list.
class ApiKeyItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ApiKeyItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Keyport
