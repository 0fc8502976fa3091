// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Keyport {

class ServiceMap;

/// Reading the files keyport-policy is given: a policy, or a role holding one; a service map.
namespace PolicyFile {

/// The JSON document in @p path; empty, with @p error set, when the file cannot be read or is
/// not JSON.
std::optional<QJsonValue> readJson(const QString &path, QString *error);
/// The policy in @p path: an IamPolicy, or an IamRole with one under "policy". Empty, with
/// @p error naming the first problem, when it is not a usable policy.
std::optional<IamPolicy> readPolicy(const QString &path, QString *error);
/// The service map of @p path, or the built-in one when @p path is empty.
std::optional<ServiceMap> readServiceMap(const QString &path, QString *error);

} // namespace PolicyFile

} // namespace Keyport
