// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyport {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No shortcut matches."), this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(windowTitle());
    for (QAction *action : actions) {
        if (!action || action->isSeparator())
            continue;
        m_actions.append(action);
        // The table follows a shortcut or a text that changes while the dialog is open.
        connect(action, &QAction::changed, this, &ShortcutsDialog::reload);
        connect(action, &QObject::destroyed, this, &ShortcutsDialog::reload, Qt::QueuedConnection);
    }

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("An action or a key"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("shortcutsEmpty"));
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Filter:"), m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    reload();
    m_table->resizeColumnsToContents();
    // Room for both columns without a scroll bar, within reason.
    const int wanted = m_table->horizontalHeader()->length() + m_table->frameWidth() * 2
        + m_table->verticalScrollBar()->sizeHint().width();
    resize(std::max(sizeHint().width(),
               wanted + layout->contentsMargins().left() + layout->contentsMargins().right()),
        sizeHint().height() + m_table->verticalHeader()->defaultSectionSize() * 6);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QString ShortcutsDialog::plainText(const QAction *action)
{
    const QString text = action->text();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            plain.append(text.at(i));
        else if (i + 1 < text.size() && text.at(i + 1) == u'&')
            plain.append(text.at(++i));
    }
    plain = plain.trimmed();
    for (const QString &ellipsis : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (plain.endsWith(ellipsis))
            plain.chop(ellipsis.size());
    }
    return plain.trimmed();
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (!shortcut.isEmpty())
            keys.append(shortcut.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

void ShortcutsDialog::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_actions.removeAll(nullptr);
    for (const QAction *action : std::as_const(m_actions)) {
        const QString keys = shortcutText(action);
        if (keys.isEmpty() || plainText(action).isEmpty())
            continue;
        auto *name = new QStandardItem(plainText(action));
        name->setEditable(false);
        name->setToolTip(action->toolTip());
        auto *shortcut = new QStandardItem(keys);
        shortcut->setEditable(false);
        m_model->appendRow({name, shortcut});
    }
    updateEmptyState();
}

void ShortcutsDialog::updateEmptyState()
{
    m_empty->setVisible(m_proxy->rowCount() == 0);
}

} // namespace Keyport
