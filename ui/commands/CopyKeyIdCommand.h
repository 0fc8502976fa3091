// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Keyport {

/// Copy Key ID: puts the key id (not a secret) on the clipboard.
class CopyKeyIdCommand : public Command
{
    Q_OBJECT

public:
    CopyKeyIdCommand(const QString &keyId, QWidget *parentWidget);

private:
    void doStart() override;

    QString m_keyId;
};

} // namespace Keyport
