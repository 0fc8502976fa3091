// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Keyport {

/// One request as an IAM v3 policy sees it (IAM-V3.md §6): what the rules' bindings are.
struct PolicyRequest
{
    QString operation; ///< the operation id, e.g. "get-object"
    QString service; ///< the service class; empty: the judge looks it up from the operation
    QString zone;
    QString sourceIp;
    QString apiKey;
    QDateTime now; ///< invalid: the time of judging
    /// Path, query and top-level body parameters, by their names in the spec ("id", "bucket").
    QJsonObject parameters;
    /// Attributes of the resources the request touches, e.g. {"dns_domain": {"unicode_name": …}}.
    QJsonObject resources;
};

} // namespace Keyport
