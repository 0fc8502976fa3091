// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Keyport {

/// Help > Keyboard Shortcuts: the actions given and their shortcuts, read from the actions
/// themselves (their text without mnemonics, every shortcut in the desktop's notation), so the
/// list cannot go stale; it follows an action that changes while it is open. Actions without a
/// shortcut, and separators, are left out. A read-only table with a filter on both columns.
/// Open it with open(); Esc or Close closes it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ShortcutColumn, ColumnCount };

    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// An action's text as a person reads it: "&&" becomes "&", other '&' and a trailing
    /// ellipsis go.
    static QString plainText(const QAction *action);
    /// Every shortcut of @p action in the desktop's notation, e.g. "Del, Backspace".
    static QString shortcutText(const QAction *action);

private:
    void reload();
    void updateEmptyState();

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace Keyport
