// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyItemDelegate.h"

#include "models/ApiKeyModel.h"
#include "widgets/AccessKeyItemDelegate.h"

namespace Keyport {

ApiKeyItemDelegate::ApiKeyItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ApiKeyItemDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ApiKeyModel::NameColumn
        && index.data(ApiKeyModel::IsSigningKeyRole).toBool()) {
        option->icon = AccessKeyItemDelegate::signingKeyIcon();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setBold(true);
    }
}

} // namespace Keyport
