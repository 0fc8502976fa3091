// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompiledPolicy.h"

namespace Keyport {

CompiledPolicy::CompiledPolicy()
    : CompiledPolicy(IamPolicy::allowAll())
{ }

CompiledPolicy::CompiledPolicy(const IamPolicy &policy)
    : m_policy(policy)
{
    for (auto it = policy.services.begin(); it != policy.services.end(); ++it) {
        Service service;
        service.type = it->type;
        if (service.type == IamPolicy::ServiceType::Rules) {
            service.rules.reserve(it->rules.size());
            for (const IamPolicy::Rule &rule : it->rules)
                service.rules.append({rule.action, Cel::Expression::parse(rule.expression)});
        }
        m_services.insert(it.key(), std::move(service));
    }
}

const CompiledPolicy::Service *CompiledPolicy::service(const QString &service) const
{
    const auto it = m_services.constFind(service);
    return it == m_services.constEnd() ? nullptr : &*it;
}

} // namespace Keyport
