// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "policy/ServiceMap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyport {

/// An IAM v3 policy in plain words (IAM-V3.md §4), for people: per service class and as one
/// sentence, e.g. "May use every dns operation; sos: only get-object and head-object, on bucket
/// site-data; everything else is denied."
///
/// The common shapes of rule expressions are recognised (`operation in [...]`, `operation ==
/// '…'`, `operation.startsWith('…')`, their negations and `||`, `parameters.x == '…'` and
/// `resources.a.b == '…'` in `&&` conjunctions, `has` guards, `true` / `false`); anything else is
/// quoted ("when <expression>"). A rule that does not parse is named: Exoscale skips it at
/// request time. Within a `rules` entry no rule matching means denied, whatever the default
/// strategy; the words say so.
class PolicyDescriber
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::PolicyDescriber)

public:
    /// One rule in words.
    struct RuleDescription
    {
        int index = 0; ///< 0-based, in the service's rules
        IamPolicy::Effect action = IamPolicy::Effect::Allow;
        /// "get-object and head-object, on bucket site-data"; "when <expression>" when the shape
        /// is not recognised; "never (it does not parse)" for a rule that does not parse.
        QString condition;
        /// "Allow get-object and head-object, on bucket site-data."
        QString text;
        bool recognised = false; ///< the condition is in words, not quoted
        bool skipped = false; ///< does not parse: Exoscale skips it
        QString parseError; ///< with its column, when skipped
        /// Operations named by the rule that the service map puts in another class.
        QStringList foreignOperations;
        /// true / false when the expression is that constant.
        std::optional<bool> constant;
    };

    /// One service class of a policy in words.
    struct ServiceDescription
    {
        QString service;
        IamPolicy::ServiceType type = IamPolicy::ServiceType::Allow;
        /// The short form used in the sentence: "every dns operation", "only get-object",
        /// "depends on rules", "denied".
        QString summary;
        /// The whole entry: "Every dns operation is allowed.", or the rules in order and what
        /// happens when none matches.
        QString text;
        QList<RuleDescription> rules;
    };

    explicit PolicyDescriber(const ServiceMap &serviceMap = ServiceMap::builtIn());

    /// The policy as one sentence.
    QString sentence(const IamPolicy &policy) const;
    /// Each service class the policy names, in the policy's order.
    QList<ServiceDescription> services(const IamPolicy &policy) const;
    ServiceDescription service(const QString &name, const IamPolicy::Service &service) const;
    RuleDescription rule(const QString &service, const IamPolicy::Rule &rule, int index) const;
    /// "Every service the policy does not name is allowed." (or denied)
    static QString defaultStrategyText(IamPolicy::Effect strategy);
    /// Within a rules entry, what happens when no rule matches (IAM-V3.md §4).
    static QString noRuleMatchedText();
    /// "a, b and c"
    static QString joinAnd(const QStringList &items);
    /// "a, b or c"
    static QString joinOr(const QStringList &items);

private:
    QString summary(const ServiceDescription &description) const;

    ServiceMap m_serviceMap;
};

} // namespace Keyport
