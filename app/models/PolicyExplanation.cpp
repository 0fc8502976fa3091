// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyExplanation.h"

namespace Keyport {

using Stage = PolicyDecision::Stage;
using Reason = PolicyDecision::Reason;

namespace {

bool isOrganization(Stage stage)
{
    return stage == Stage::Organization;
}

} // namespace

QString PolicyExplanation::verdict(const PolicyDecision &decision)
{
    const bool organization = isOrganization(decision.decidedBy);
    const int rule = decision.rule.value_or(0) + 1;
    const QString &service = decision.service;
    // An allowed request went through both policies: the role's has the last word.
    if (decision.allowed) {
        switch (decision.reason) {
        case Reason::Rule:
            return tr("Allowed by the role policy: rule %1 of %2 matched.").arg(rule).arg(service);
        case Reason::ServiceType:
            return tr("Allowed by the role policy: it allows service %1.").arg(service);
        case Reason::DefaultStrategy:
            return service.isEmpty()
                ? tr("Allowed by the role policy: the operation's service class is unknown "
                     "and the default strategy allows.")
                : tr("Allowed by the role policy: it does not name service %1 and its default "
                     "strategy allows.")
                      .arg(service);
        case Reason::NoRuleMatched:
            break; // never allowed
        }
    }
    switch (decision.reason) {
    case Reason::Rule:
        return (organization ? tr("Denied by the organization policy: rule %1 of %2 matched.")
                             : tr("Denied by the role policy: rule %1 of %2 matched."))
            .arg(rule)
            .arg(service);
    case Reason::ServiceType:
        return (organization ? tr("Denied by the organization policy: it denies service %1.")
                             : tr("Denied by the role policy: it denies service %1."))
            .arg(service);
    case Reason::DefaultStrategy:
        if (service.isEmpty()) {
            return organization
                ? tr("Denied by the organization policy: the operation's service class is "
                     "unknown and the default strategy denies.")
                : tr("Denied by the role policy: the operation's service class is unknown and "
                     "the default strategy denies.");
        }
        return (organization ? tr("Denied by the organization policy: it does not name service "
                                  "%1 and its default strategy denies.")
                             : tr("Denied by the role policy: it does not name service %1 and "
                                  "its default strategy denies."))
            .arg(service);
    case Reason::NoRuleMatched:
        return (organization ? tr("Denied by the organization policy: no rule matched in "
                                  "service %1.")
                             : tr("Denied by the role policy: no rule matched in service %1."))
            .arg(service);
    }
    return {};
}

QString PolicyExplanation::skipped(const PolicyDecision::SkippedRule &rule, const QString &service)
{
    return (isOrganization(rule.policy)
            ? tr("Rule %1 of %2 in the organization policy was skipped: %3")
            : tr("Rule %1 of %2 in the role policy was skipped: %3"))
        .arg(rule.rule + 1)
        .arg(service, rule.error);
}

QString PolicyExplanation::verdictWithSkipped(const PolicyDecision &decision)
{
    QStringList sentences{verdict(decision)};
    for (const PolicyDecision::SkippedRule &rule : decision.skipped)
        sentences.append(skipped(rule, decision.service));
    return sentences.join(u' ');
}

QString PolicyExplanation::depends(
    Stage stage, int rule, const QString &service, const QStringList &reads)
{
    // The names are CEL bindings (code), not words: they are listed as they are written.
    return (isOrganization(stage)
            ? tr("Depends on the request: rule %1 of %2 in the organization policy reads %3.")
            : tr("Depends on the request: rule %1 of %2 in the role policy reads %3."))
        .arg(rule + 1)
        .arg(service, reads.join(QStringLiteral(", ")));
}

QString PolicyExplanation::sameEitherWay(
    Stage stage, bool allowed, int rule, const QString &service)
{
    if (allowed) {
        return tr("Allowed by the role policy whatever the request: rule %1 of %2 reads it, but "
                  "every outcome allows.")
            .arg(rule + 1)
            .arg(service);
    }
    return (isOrganization(stage) ? tr("Denied by the organization policy whatever the request: "
                                       "rule %1 of %2 reads it, but every outcome denies.")
                                  : tr("Denied by the role policy whatever the request: rule %1 "
                                       "of %2 reads it, but every outcome denies."))
        .arg(rule + 1)
        .arg(service);
}

} // namespace Keyport
