// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsLogging.h"

namespace Keyport {
Q_LOGGING_CATEGORY(lcAccounts, "keyport.accounts", QtWarningMsg)
} // namespace Keyport
