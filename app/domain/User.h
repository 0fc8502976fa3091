// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IamRole.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Keyport {

/// A person of the organisation (IAM-V3.md §2, list-users), bound to a role. Read-only: Keyport
/// does not manage users.
class User
{
public:
    QString id;
    QString email;
    std::optional<IamRole> role;
    bool pending = false; ///< Invited, not yet joined.
    bool sso = false;
    bool twoFactorAuthentication = false;
    QJsonObject extra;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::User)
