// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

namespace Keyport {

Result<Endpoint> Account::endpoint() const
{
    if (!customEndpoint.isEmpty())
        return Endpoint::fromUrl(customEndpoint);
    return Endpoint::forZone(zone, environment.isEmpty() ? QStringLiteral("api") : environment);
}

Error Account::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::invalidInput(tr("The account needs a name."));
    if (name.size() > 64)
        return Error::invalidInput(tr("An account name has at most 64 characters."));
    if (name != name.trimmed())
        return Error::invalidInput(tr("An account name cannot start or end with a space."));
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\')
            return Error::invalidInput(tr("An account name cannot contain a slash."));
        if (c.category() == QChar::Other_Control)
            return Error::invalidInput(tr("An account name cannot contain control characters."));
    }
    return {};
}

} // namespace Keyport
