// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Keyport {

/// `keyport-policy lint FILE`: one problem per line, `<json path>: <message>`.
class LintCommand
{
public:
    enum ExitCode { Clean = 0, Problems = 1, Unreadable = 2 };

    /// @p arguments start with the subcommand's name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString summary();
};

} // namespace Keyport
