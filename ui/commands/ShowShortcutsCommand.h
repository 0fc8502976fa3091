// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

class QAction;

namespace Keyport {

/// Help ▸ Keyboard Shortcuts: every action of the window and its keys, read from the actions
/// themselves so that the list cannot go stale.
class ShowShortcutsCommand : public Command
{
    Q_OBJECT

public:
    ShowShortcutsCommand(const QList<QAction *> &actions, QWidget *parentWidget);

private:
    void doStart() override;

    QList<QPointer<QAction>> m_actions;
};

} // namespace Keyport
