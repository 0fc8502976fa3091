// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretJob.h"

#include <QLoggingCategory>

namespace Keyport {
// Entry names, operations, error codes and timings only: never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

/// "read", "write", "remove": how the log names a secret job's operation.
const char *operationName(SecretJob::Kind kind);
} // namespace Keyport
