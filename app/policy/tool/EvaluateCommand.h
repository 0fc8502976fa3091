// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Keyport {

/// `keyport-policy evaluate`: judges one request against a role's policy and the organisation's,
/// as Exoscale would (IAM-V3.md §4), and prints the decision as one JSON object.
class EvaluateCommand
{
public:
    enum ExitCode { Allowed = 0, Denied = 1, UsageError = 2 };

    /// @p arguments start with the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// What `keyport-policy --help` says of it.
    static QString summary();
};

} // namespace Keyport
