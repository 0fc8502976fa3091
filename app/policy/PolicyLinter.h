// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PolicyProblem.h"
#include "policy/ServiceMap.h"

#include <QJsonValue>

namespace Keyport {

class IamPolicy;

/// Finds what Exoscale accepts without complaint and then silently ignores or refuses at
/// request time (IAM-V3.md §8): expressions that do not parse, names that are not bindings,
/// calls with the wrong arity or impossible types, operation names not in the catalog or of
/// another service class, service classes nobody knows, `rules` services that can never allow
/// anything, rules that can never match or that hide the rules after them.
class PolicyLinter
{
public:
    /// @p services must outlive the linter.
    explicit PolicyLinter(const ServiceMap &services = ServiceMap::builtIn());

    /// A policy, or a role holding one under "policy": its shape, then its rules. Paths are
    /// JSON paths into @p document ("policy.services.sos.rules[1].expression").
    PolicyProblems lint(const QJsonValue &document) const;
    /// Where the policy is in @p document: "policy" for a role holding one (as the API and
    /// `exo iam role show -O json` give it), "" for a bare policy.
    static QString policyPath(const QJsonValue &document);

    /// The rules of a policy already read; paths start at @p path.
    PolicyProblems lint(const IamPolicy &policy, const QString &path = {}) const;

private:
    const ServiceMap *m_services;
};

} // namespace Keyport
