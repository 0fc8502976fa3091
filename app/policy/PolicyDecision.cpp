// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyDecision.h"

#include <QJsonArray>

namespace Keyport {

using namespace Qt::StringLiterals;

QString PolicyDecision::stageName(Stage stage)
{
    return stage == Stage::Organization ? u"organization"_s : u"role"_s;
}

QJsonObject PolicyDecision::toJson() const
{
    QJsonArray skippedRules;
    for (const SkippedRule &skippedRule : skipped) {
        skippedRules.append(QJsonObject{{u"policy"_s, stageName(skippedRule.policy)},
            {u"rule"_s, skippedRule.rule}, {u"error"_s, skippedRule.error}});
    }
    return QJsonObject{{u"decision"_s, allowed ? u"allow"_s : u"deny"_s},
        {u"decided-by"_s, stageName(decidedBy)}, {u"service"_s, service},
        {u"rule"_s, rule ? QJsonValue(*rule) : QJsonValue(QJsonValue::Null)},
        {u"skipped"_s, skippedRules}};
}

QString PolicyDecision::refusalMessage() const
{
    // The wire's wording, never translated. The role's is seen in the wild; the organisation's
    // is unknown (IAM-V3.md §4), so it is the sandbox's choice.
    return decidedBy == Stage::Organization ? u"Forbidden by organization policy for "_s + service
                                            : u"Forbidden by role policy for "_s + service;
}

} // namespace Keyport
