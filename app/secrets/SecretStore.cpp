// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

namespace Keyport {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::entryName(const QString &account, const QString &keyId)
{
    return QStringLiteral("keyport/") + account + u'/' + keyId;
}

} // namespace Keyport
