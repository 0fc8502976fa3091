// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NewKeyCommand.h"

namespace Keyport {

/// Use as Template: the Create Key wizard filled from a key's restrictions.
class UseAsTemplateCommand : public NewKeyCommand
{
    Q_OBJECT

public:
    UseAsTemplateCommand(AccountSession *session, AccountStore *accounts,
        SecretClipboard *clipboard, const AccessKey &templateKey, QWidget *parentWidget);
};

} // namespace Keyport
