// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRole.h"

#include "IamLimits.h"

namespace Keyport {

using namespace Qt::StringLiterals;

PolicyProblems IamRole::problems() const
{
    PolicyProblems result;
    if (description)
        IamLimits::checkLength(
            *description, IamLimits::maximumDescriptionLength, u"description"_s, &result);
    IamLimits::checkPermissions(permissions, u"permissions"_s, &result);
    if (labels)
        IamLimits::checkLabels(*labels, u"labels"_s, &result);
    IamLimits::checkMaxSessionTtl(maxSessionTtl, u"max-session-ttl"_s, &result);
    if (policy)
        IamLimits::checkPolicy(*policy, u"policy"_s, &result);
    return result;
}

} // namespace Keyport
