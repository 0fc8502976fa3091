// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyKeyIdCommand.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Keyport {

CopyKeyIdCommand::CopyKeyIdCommand(const QString &keyId, QWidget *parentWidget)
    : Command(parentWidget)
    , m_keyId(keyId)
{ }

void CopyKeyIdCommand::doStart()
{
    if (m_keyId.isEmpty()) {
        cancel();
        return;
    }
    QGuiApplication::clipboard()->setText(m_keyId);
    Q_EMIT info(tr("Copied the key ID %1.").arg(m_keyId));
    done();
}

} // namespace Keyport
