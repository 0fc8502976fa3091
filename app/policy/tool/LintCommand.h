// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyCommand.h"

namespace Keyport::PolicyTool {

/// `keyport-policy lint FILE`: one problem per line, `<json path>: <message>`.
class LintCommand : public PolicyCommand
{
public:
    enum Outcome { Clean = 0, Problems = 1, Unreadable = 2 };

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace Keyport::PolicyTool
