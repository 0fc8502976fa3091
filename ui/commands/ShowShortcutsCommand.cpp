// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowShortcutsCommand.h"

#include "dialogs/ShortcutsDialog.h"

#include <QAction>

namespace Keyport {

ShowShortcutsCommand::ShowShortcutsCommand(const QList<QAction *> &actions, QWidget *parentWidget)
    : Command(parentWidget)
{
    for (QAction *action : actions)
        m_actions.append(action);
}

void ShowShortcutsCommand::doStart()
{
    QList<QAction *> actions;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action)
            actions.append(action);
    }
    auto *dialog = new ShortcutsDialog(actions, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, &ShowShortcutsCommand::done);
    dialog->open();
}

} // namespace Keyport
