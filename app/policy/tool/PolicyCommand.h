// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace Keyport::PolicyTool {

/// One subcommand of keyport-policy (`expr`, `evaluate`, `lint`): main.cpp picks it by name
/// and hands it the remaining arguments.
class PolicyCommand
{
public:
    /// Exit codes shared by the subcommands.
    enum ExitCode { Success = 0, Usage = 2 };

    virtual ~PolicyCommand() = default;

    virtual QString name() const = 0;
    /// One translated line for `keyport-policy --help`.
    virtual QString summary() const = 0;
    /// The translated usage text for `keyport-policy NAME --help`.
    virtual QString usage() const = 0;
    /// Runs with the arguments after the subcommand's name; returns the exit code.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace Keyport::PolicyTool
