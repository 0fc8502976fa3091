// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/PolicyRequest.h"

#include <QJsonObject>

namespace Keyport::Test {

/// A request of tests/data/policy/judge-cases.json ("source-ip", "api-key", "now" as RFC 3339).
inline PolicyRequest policyRequest(const QJsonObject &json)
{
    using namespace Qt::StringLiterals;
    PolicyRequest request;
    request.operation = json.value("operation"_L1).toString();
    request.service = json.value("service"_L1).toString();
    request.zone = json.value("zone"_L1).toString();
    request.sourceIp = json.value("source-ip"_L1).toString();
    request.apiKey = json.value("api-key"_L1).toString();
    request.now = QDateTime::fromString(json.value("now"_L1).toString(), Qt::ISODate);
    request.parameters = json.value("parameters"_L1).toObject();
    request.resources = json.value("resources"_L1).toObject();
    return request;
}

} // namespace Keyport::Test
