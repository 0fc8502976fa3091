// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Keyport {

/// A separator for a widget's list of actions (a table's context menu).
inline QAction *newSeparator(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

} // namespace Keyport
