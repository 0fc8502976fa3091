// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "policy/CelExpression.h"

#include <QHash>
#include <QList>

namespace Keyport {

/// An IamPolicy with every rule's expression parsed once, ready to judge many requests.
/// Immutable and cheap to copy; judging with it is thread-safe.
class CompiledPolicy
{
public:
    struct Rule
    {
        IamPolicy::Effect action = IamPolicy::Effect::Allow;
        Cel::Expression expression;
    };
    struct Service
    {
        IamPolicy::ServiceType type = IamPolicy::ServiceType::Allow;
        QList<Rule> rules;
    };

    /// Allow-all.
    CompiledPolicy();
    explicit CompiledPolicy(const IamPolicy &policy);

    const IamPolicy &policy() const { return m_policy; }
    IamPolicy::Effect defaultServiceStrategy() const { return m_policy.defaultServiceStrategy; }
    /// The entry of @p service, null when the policy has none (its default strategy decides).
    const Service *service(const QString &service) const;

private:
    IamPolicy m_policy;
    QHash<QString, Service> m_services;
};

} // namespace Keyport
