// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"

#include "IamLimits.h"

namespace Keyport {

using namespace Qt::StringLiterals;

PolicyProblems ApiKey::problems() const
{
    PolicyProblems result;
    IamLimits::checkLength(name, IamLimits::maximumApiKeyNameLength, u"name"_s, &result);
    IamLimits::checkRoleId(roleId, u"role-id"_s, &result);
    return result;
}

} // namespace Keyport
