// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowAboutCommand.h"

#include "dialogs/AboutDialog.h"

namespace Keyport {

void ShowAboutCommand::doStart()
{
    auto *dialog = new AboutDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, &ShowAboutCommand::done);
    dialog->open();
}

} // namespace Keyport
