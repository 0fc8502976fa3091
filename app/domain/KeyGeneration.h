// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Keyport {

/// Which of Exoscale's two kinds of credential a key is (IAM-V3.md §1): they look alike
/// ("EXO…"), and only the API's answers tell them apart.
enum class KeyGeneration {
    Unknown, ///< not found out yet
    LegacyAccessKey, ///< a legacy IAM access key (API.md)
    IamApiKey, ///< an IAM v3 API key bound to a role
};

/// The form kept in the settings ("legacy", "iam"; empty for Unknown).
inline QString keyGenerationName(KeyGeneration generation)
{
    switch (generation) {
    case KeyGeneration::LegacyAccessKey:
        return QStringLiteral("legacy");
    case KeyGeneration::IamApiKey:
        return QStringLiteral("iam");
    case KeyGeneration::Unknown:
        break;
    }
    return {};
}

inline KeyGeneration keyGenerationFromName(const QString &name)
{
    if (name == QLatin1String("legacy"))
        return KeyGeneration::LegacyAccessKey;
    if (name == QLatin1String("iam"))
        return KeyGeneration::IamApiKey;
    return KeyGeneration::Unknown;
}

} // namespace Keyport
