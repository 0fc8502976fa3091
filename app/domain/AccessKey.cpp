// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKey.h"

namespace Keyport {

AccessKey::Type AccessKey::typeFromText(QStringView text)
{
    if (text == u"restricted")
        return Type::Restricted;
    if (text == u"unrestricted")
        return Type::Unrestricted;
    return Type::Unknown; // newer than Keyport: the text is kept and shown as it is
}

bool AccessKey::isValidKeyId(QStringView id)
{
    if (id.size() != 27 || !id.startsWith(u"EXO"))
        return false;
    for (const QChar c : id.mid(3)) {
        const bool hex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace Keyport
