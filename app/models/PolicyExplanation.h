// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/PolicyDecision.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Keyport {

/// The judge's answers in a person's words, one whole translated sentence each, for the test
/// bench and the policy matrix. Rules are numbered from 1 here, as a person counts them (the
/// judge counts from 0).
class PolicyExplanation
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::PolicyExplanation)

public:
    /// "Allowed by the role policy: rule 1 of sos matched."; "Denied by the role policy: no rule
    /// matched in service sos."; "Denied by the organization policy: it denies service dns."
    static QString verdict(const PolicyDecision &decision);
    /// "Rule 2 of sos in the role policy was skipped: column 1: undeclared reference to 'x'"
    static QString skipped(const PolicyDecision::SkippedRule &rule, const QString &service);
    /// The verdict and then each skipped rule, sentences separated by a space.
    static QString verdictWithSkipped(const PolicyDecision &decision);
    /// For the matrix: rule @p rule (0-based) of @p service decides or not depending on the
    /// request's @p reads ("parameters", "zone"…).
    static QString depends(
        PolicyDecision::Stage stage, int rule, const QString &service, const QStringList &reads);
    /// For the matrix: rule @p rule reads the request, but the verdict is the same either way.
    static QString sameEitherWay(
        PolicyDecision::Stage stage, bool allowed, int rule, const QString &service);
};

} // namespace Keyport
