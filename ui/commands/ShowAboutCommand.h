// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Keyport {

/// Help ▸ About Keyport: version, licence, links.
class ShowAboutCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void doStart() override;
};

} // namespace Keyport
