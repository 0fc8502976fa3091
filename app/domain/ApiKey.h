// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolicyProblem.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Keyport {

/// An IAM v3 API key (IAM-V3.md §3): bound to one role. Never holds a secret (see CreatedApiKey).
/// Names are not unique: a key is addressed by its id (`key`).
class ApiKey
{
public:
    QString name;
    QString key; ///< The id: "EXO" followed by 24 hex digits.
    QString roleId;
    /// Every member Keyport does not know, written back unchanged.
    QJsonObject extra;

    /// What stops create-api-key from taking this key: a name of 1-255 characters, a role id.
    PolicyProblems problems() const;

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::ApiKey)
