// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Keyport {

/// What the judge answered for one request (IAM-V3.md §4), and why.
struct PolicyDecision
{
    enum class Stage { Organization, Role };

    /// A rule that was tried and failed: it did not parse, its evaluation was an error, or its
    /// value was not a bool. Exoscale skips such rules silently; Keyport says so.
    struct SkippedRule
    {
        Stage policy = Stage::Role;
        int rule = 0;
        QString error;

        friend bool operator==(const SkippedRule &, const SkippedRule &) = default;
    };

    enum class Reason {
        DefaultStrategy, ///< the service class is not in the policy
        ServiceType, ///< the service's type is allow or deny
        Rule, ///< a rule matched
        NoRuleMatched, ///< type rules and no rule matched: denied whatever the default
    };

    bool allowed = false;
    Stage decidedBy = Stage::Role;
    Reason reason = Reason::DefaultStrategy;
    QString service;
    /// The 0-based index of the deciding rule in the deciding policy's service entry.
    std::optional<int> rule;
    /// In evaluation order, organisation first; rules after the deciding one are not tried.
    QList<SkippedRule> skipped;

    static QString stageName(Stage stage);
    /// {"decision", "decided-by", "service", "rule", "skipped": [{"policy", "rule", "error"}]}
    QJsonObject toJson() const;
    /// The answer Exoscale gives a refused request: "Forbidden by role policy for <class>".
    QString refusalMessage() const;
};

} // namespace Keyport
