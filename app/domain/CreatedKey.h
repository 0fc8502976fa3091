// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessKey.h"
#include "Secret.h"

namespace Keyport {

/// The answer to a create: the key and its secret, which exists only here and only once.
struct CreatedKey
{
    AccessKey key;
    Secret secret;
};

} // namespace Keyport
