// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Keyport {
// Ids, statuses and timings only: never a secret, an Authorization header or a create answer.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace Keyport
