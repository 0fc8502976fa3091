// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyCommand.h"

namespace Keyport::PolicyTool {

/// `keyport-policy evaluate`: judges one request against a role's policy and the organisation's,
/// as Exoscale would (IAM-V3.md §4), and prints the decision as one JSON object.
class EvaluateCommand : public PolicyCommand
{
public:
    enum Decision { Allowed = 0, Denied = 1 };

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Keyport::PolicyTool
