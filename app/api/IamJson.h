// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "domain/CreatedApiKey.h"
#include "domain/Event.h"
#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/IamRoleDraft.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Keyport {

/// The IAM v3 wire shapes of IAM-V3.md §2-3, both ways. Reading never trusts the input: a wrong
/// type, a missing required member or garbage gives a MalformedResponse Error that names where
/// (a JSON path such as `api-keys[2].role-id`), never a half-filled value. Every member Keyport
/// does not know is kept in the value's `extra` and written back where it was, so that a
/// read-modify-write drops nothing.
class IamJson
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::IamJson)

public:
    static Result<QList<ApiKey>> parseApiKeyList(const QByteArray &body);
    static Result<ApiKey> parseApiKey(const QByteArray &body);
    /// The create answer: the key and its secret, which must be there (and never goes to extra).
    static Result<CreatedApiKey> parseCreatedApiKey(const QByteArray &body);
    static Result<QList<IamRole>> parseRoleList(const QByteArray &body);
    static Result<IamRole> parseRole(const QByteArray &body);
    static Result<IamPolicy> parsePolicy(const QByteArray &body);
    static Result<QList<User>> parseUserList(const QByteArray &body);
    /// A bare JSON array of events.
    static Result<QList<Event>> parseEventList(const QByteArray &body);

    /// @p path prefixes the paths in the error ("" for a document of its own).
    static Result<ApiKey> apiKeyFromJson(const QJsonValue &json, const QString &path = {});
    static Result<IamRole> roleFromJson(const QJsonValue &json, const QString &path = {});
    static Result<IamPolicy> policyFromJson(const QJsonValue &json, const QString &path = {});
    static Result<User> userFromJson(const QJsonValue &json, const QString &path = {});
    static Result<Event> eventFromJson(const QJsonValue &json, const QString &path = {});

    /// A CreateRole document written by a person (a file, `exo iam role show -O json`): every
    /// problem at its JSON path in @p problems; empty when it cannot be a draft at all (not an
    /// object, no usable name or policy). Limits are not checked here: see
    /// IamRoleDraft::problems().
    static std::optional<IamRoleDraft> roleDraftFromJson(
        const QJsonValue &json, PolicyProblems *problems);

    static QJsonObject toJson(const ApiKey &key);
    static QJsonObject toJson(const IamRole &role);
    static QJsonObject toJson(const IamRoleDraft &draft);
    static QJsonObject toJson(const User &user);
    static QJsonObject toJson(const Event &event);

    /// `{"name", "role-id"}`, compact.
    static QByteArray createApiKeyBody(const ApiKey &key);
    /// CreateRole, policy always included.
    static QByteArray createRoleBody(const IamRoleDraft &draft);
    /// update-iam-role: description, permissions, labels, max-session-ttl and
    /// assume-role-policy as the role holds them; never name or editable, which never change,
    /// nor the policy, which has its own request.
    static QByteArray updateRoleBody(const IamRole &role);
    /// The whole policy with every member it kept.
    static QByteArray policyBody(const IamPolicy &policy);

    /// RFC 3339 in UTC with milliseconds, e.g. "2026-11-27T18:55:08.000Z".
    static QString rfc3339(const QDateTime &time);
};

} // namespace Keyport
