// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsLogging.h"

namespace Keyport {
Q_LOGGING_CATEGORY(lcSecrets, "keyport.secrets", QtWarningMsg)

const char *operationName(SecretJob::Kind kind)
{
    switch (kind) {
    case SecretJob::Kind::Read:
        return "read";
    case SecretJob::Kind::Write:
        return "write";
    case SecretJob::Kind::Remove:
        return "remove";
    }
    return "?";
}
} // namespace Keyport
