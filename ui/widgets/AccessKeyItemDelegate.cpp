// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyItemDelegate.h"

#include "models/AccessKeyModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace Keyport {

namespace {

const QWidget *widgetOf(const QStyleOptionViewItem &option)
{
    return option.widget;
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

AccessKeyItemDelegate::AccessKeyItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QIcon AccessKeyItemDelegate::signingKeyIcon()
{
    const QIcon themed = QIcon::fromTheme(
        QStringLiteral("security-high"), QIcon::fromTheme(QStringLiteral("emblem-default")));
    return themed.isNull() ? QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton)
                           : themed;
}

void AccessKeyItemDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case AccessKeyModel::KeyColumn:
        option->textElideMode = Qt::ElideMiddle;
        break;
    case AccessKeyModel::NameColumn:
        if (index.data(AccessKeyModel::IsSigningKeyRole).toBool()) {
            option->icon = signingKeyIcon();
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int size = styleOf(*option)->pixelMetric(
                QStyle::PM_SmallIconSize, nullptr, widgetOf(*option));
            option->decorationSize = QSize(size, size);
        }
        break;
    default:
        break;
    }
}

QString AccessKeyItemDelegate::shownText(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() != AccessKeyModel::RestrictionsColumn)
        return opt.text;
    const QRect text
        = styleOf(opt)->subElementRect(QStyle::SE_ItemViewItemText, &opt, widgetOf(opt));
    // The margins the style keeps inside the text rectangle.
    const int margin
        = styleOf(opt)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widgetOf(opt)) + 1;
    if (opt.fontMetrics.horizontalAdvance(opt.text) <= text.width() - 2 * margin)
        return opt.text;
    return index.data(AccessKeyModel::CompactTextRole).toString();
}

void AccessKeyItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() == AccessKeyModel::RestrictionsColumn)
        opt.text = shownText(option, index);
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widgetOf(opt));
}

int AccessKeyItemDelegate::minimumSectionWidth(
    const QAbstractItemModel *model, int column, const QStyleOptionViewItem &option) const
{
    const int role = column == AccessKeyModel::RestrictionsColumn ? AccessKeyModel::CompactTextRole
                                                                  : int(Qt::DisplayRole);
    int width = 0;
    const auto measure = [&](const QModelIndex &index, const QString &text) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text = text;
        if (!text.isEmpty())
            opt.features |= QStyleOptionViewItem::HasDisplay;
        width = std::max(width,
            styleOf(opt)
                ->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widgetOf(opt))
                .width());
    };
    const QVariant texts
        = model->headerData(column, Qt::Horizontal, AccessKeyModel::ColumnTextsRole);
    if (texts.metaType() == QMetaType::fromType<QStringList>()) {
        // Every text the column may show, once each; the cells of a column differ in nothing
        // else the size depends on.
        const QModelIndex first = model->index(0, column);
        for (const QString &text : texts.toStringList())
            measure(first, text);
    } else {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            measure(index, index.data(role).toString());
        }
    }
    // The header: its text and the sort indicator.
    const QString header = model->headerData(column, Qt::Horizontal).toString();
    const int indicator
        = styleOf(option)->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, widgetOf(option));
    const int headerMargin
        = styleOf(option)->pixelMetric(QStyle::PM_HeaderMargin, nullptr, widgetOf(option));
    width = std::max(
        width, option.fontMetrics.horizontalAdvance(header) + indicator + 4 * headerMargin);
    return width;
}

} // namespace Keyport
