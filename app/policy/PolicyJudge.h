// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/CompiledPolicy.h"
#include "policy/PolicyDecision.h"
#include "policy/PolicyRequest.h"
#include "policy/ServiceMap.h"

namespace Keyport {

namespace Cel {
class Activation;
}

/// Judges a request as Exoscale does (IAM-V3.md §4): the organisation policy, then the role's;
/// both must allow. Within one policy: a service class it does not name goes by the default
/// strategy; type allow or deny decides; type rules tries the rules in order, the first whose
/// expression is true decides with its action, a rule that fails is skipped, and when none
/// matches the request is denied whatever the default strategy. Thread-safe; it never changes.
class PolicyJudge
{
public:
    /// @p services must outlive the judge.
    explicit PolicyJudge(const ServiceMap &services = ServiceMap::builtIn());

    PolicyDecision judge(const CompiledPolicy &organization, const CompiledPolicy &role,
        const PolicyRequest &request) const;

    /// The request's service class: its own when given, else the map's for its operation
    /// (empty when unknown).
    QString serviceOf(const PolicyRequest &request) const;
    /// The bindings a rule sees (IAM-V3.md §6). `zone`, `source_ip` and `api_key` are bound
    /// only when the request has them: a rule that reads one that is missing fails, and is
    /// skipped, rather than matching against an invented value.
    static Cel::Activation activation(const PolicyRequest &request, const QString &service);
    /// The names a rule may use, for the linter.
    static QSet<QString> bindingNames();

private:
    const ServiceMap *m_services;
};

} // namespace Keyport
