// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include "domain/AccessKey.h"

namespace Keyport {

namespace {

// Marks, embeddings, overrides and isolates: invisible, and able to reorder what is shown.
bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

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
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return Error::invalidInput(tr("An account name cannot contain control characters."));
        if (isBidiControl(c)) {
            return Error::invalidInput(
                tr("An account name cannot contain invisible characters that change the "
                   "direction of the text."));
        }
    }
    return {};
}

Error Account::validateApiKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return Error::invalidInput(tr("The account needs an API key."));
    if (!AccessKey::isValidKeyId(apiKey)) {
        return Error::invalidInput(
            tr("An Exoscale API key is EXO followed by 24 hexadecimal digits (0-9, a-f)."));
    }
    return {};
}

} // namespace Keyport
