// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseAsTemplateCommand.h"

#include "wizard/KeyWizard.h"

namespace Keyport {

UseAsTemplateCommand::UseAsTemplateCommand(AccountSession *session, AccountStore *accounts,
    SecretClipboard *clipboard, const AccessKey &templateKey, QWidget *parentWidget)
    : NewKeyCommand(session, accounts, clipboard, parentWidget)
{
    setTemplate(templateKey);
}

} // namespace Keyport
