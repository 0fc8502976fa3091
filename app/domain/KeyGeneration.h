// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Keyport {

/// Which kind of credential an API key is. Exoscale has two: the legacy access keys that
/// Keyport manages (IAM v2), and the IAM v3 API keys, which are bound to roles. Both look alike
/// ("EXO…"); only the server tells them apart, by refusing legacy requests signed with the other
/// kind (Error::Code::GenerationMismatch).
enum class KeyGeneration {
    Unknown, ///< Not found out yet, or the check failed.
    LegacyAccessKey, ///< An IAM (v2) access key, restricted by operations, tags and resources.
    IamApiKey, ///< An IAM v3 API key: its rights come from a role.
};

} // namespace Keyport
