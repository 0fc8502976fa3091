// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Secret.h"

namespace Keyport {

/// The answer to create-api-key: the key and its secret, which exists only here and only once.
struct CreatedApiKey
{
    ApiKey key;
    Secret secret;
};

} // namespace Keyport
