// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyCommand.h"

namespace Keyport::PolicyTool {

/// `keyport-policy expr EXPRESSION [--context JSON]`: evaluates one CEL expression and prints
/// its value as one JSON value. Exit codes: 0 a value, 2 usage, 3 syntax error, 4 evaluation
/// error.
class ExprCommand : public PolicyCommand
{
public:
    enum ExprExitCode { SyntaxError = 3, EvaluationError = 4 };

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Keyport::PolicyTool
