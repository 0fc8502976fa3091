// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Keyport {
// Programs, exit codes and timings only: never a secret or what a secret command printed.
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
} // namespace Keyport
