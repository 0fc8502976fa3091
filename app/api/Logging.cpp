// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace Keyport {
Q_LOGGING_CATEGORY(lcApi, "keyport.api", QtWarningMsg)
} // namespace Keyport
