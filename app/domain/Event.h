// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "IamRole.h"
#include "User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace Keyport {

/// One entry of the audit trail (IAM-V3.md §3, list-events): a mutation, who made it, how it
/// ended. Exoscale keeps them 30 days.
class Event
{
public:
    QDateTime timestamp;
    /// The timestamp as it was read, written back as it came while `timestamp` is unchanged.
    QString timestampText;
    QString handler; ///< The operation, e.g. "create-api-key".
    QString message;
    std::optional<int> status; ///< The HTTP status of the answer.
    QString uri;
    QString zone;
    QString sourceIp;
    QString requestId;
    std::optional<qint64> elapsedMs;
    std::optional<QJsonObject> getParams;
    std::optional<QJsonObject> pathParams;
    std::optional<QJsonObject> bodyParams;
    std::optional<ApiKey> iamApiKey;
    std::optional<IamRole> iamRole;
    std::optional<User> iamUser;
    QJsonObject extra;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::Event)
