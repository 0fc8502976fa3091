// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyProblem.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Keyport {

/// An IAM v3 policy (IAM-V3.md §3): a role's or the organisation's. What it does not know (a
/// rule's `resources`, fields added later) it keeps and writes back unchanged, at every level,
/// so that a read-modify-write never drops anything.
class IamPolicy
{
public:
    enum class Effect { Allow, Deny };
    enum class ServiceType { Allow, Deny, Rules };

    struct Rule
    {
        Effect action = Effect::Allow;
        QString expression;
        /// Every other member, `resources` included (it has no effect at Exoscale).
        QJsonObject extra;

        friend bool operator==(const Rule &, const Rule &) = default;
    };

    struct Service
    {
        ServiceType type = ServiceType::Allow;
        /// Only meaningful (and only written) with ServiceType::Rules.
        QList<Rule> rules;
        QJsonObject extra;

        friend bool operator==(const Service &, const Service &) = default;
    };

    Effect defaultServiceStrategy = Effect::Allow;
    /// Service class -> its entry; the order is the service classes' (as JSON objects have it).
    QMap<QString, Service> services;
    QJsonObject extra;

    /// `{"default-service-strategy": "allow", "services": {}}`, the smallest policy Exoscale takes.
    static IamPolicy allowAll();
    static IamPolicy denyAll();

    /// Reads @p json. Every problem goes to @p problems, paths prefixed with @p path ("" or e.g.
    /// "policy"); nothing when the result is complete. Empty when the document is not a policy
    /// at all (not an object, or a required member missing or of the wrong kind); otherwise
    /// the policy, with unusable entries left out and reported.
    static std::optional<IamPolicy> fromJson(
        const QJsonValue &json, PolicyProblems *problems, const QString &path = {});
    /// The JSON Exoscale takes, with every unknown member written back where it was read.
    QJsonObject toJson() const;

    /// The names the API uses: "allow", "deny", "rules".
    static QString effectName(Effect effect);
    static QString serviceTypeName(ServiceType type);

    friend bool operator==(const IamPolicy &, const IamPolicy &) = default;
};

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::IamPolicy)
