// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

#include <chrono>
#include <optional>

namespace Keyport {

/// The one place where HTTP statuses, error bodies and network failures become an Error
/// (API.md §2).
class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::ErrorMapper)

public:
    /// What a request was for, so that a refusal can name the action that was refused.
    enum class Action {
        Unspecified,
        ListKeys,
        GetKey,
        CreateKey,
        RevokeKey,
        ListKnownOperations,
        ListOwnOperations,
        GetOperation,
        ListApiKeys,
        GetApiKey,
        CreateApiKey,
        DeleteApiKey,
        ListRoles,
        GetRole,
        CreateRole,
        UpdateRole,
        UpdateRolePolicy,
        DeleteRole,
        GetOrganizationPolicy,
        UpdateOrganizationPolicy,
        ResetOrganizationPolicy,
        ListUsers,
        ListEvents,
    };

    /// @p request names the request for the log, e.g. "GET /v2/access-key".
    static Error fromHttp(int status, const QByteArray &body, const QString &request,
        std::optional<std::chrono::seconds> retryAfter = {}, Action action = Action::Unspecified);
    static Error fromNetwork(
        QNetworkReply::NetworkError code, const QString &errorString, const QString &request);
    /// No answer @p after this long in all (every attempt and the waits between them).
    static Error timeout(const QString &request, std::chrono::milliseconds after);

    /// The operation id of @p action as Exoscale names it (and as policies name it), e.g.
    /// "create-iam-role"; empty for Unspecified.
    static QString operationName(Action action);
    /// The service class a policy refusal names ("Forbidden by role policy for <class>", and
    /// "organization" for the organisation policy's); empty when @p serverMessage is not one.
    /// @p byOrganization tells which policy refused.
    static QString policyRefusalClass(const QString &serverMessage, bool *byOrganization = nullptr);

    /// The refusal of a legacy key request signed with an IAM v3 API key.
    static bool isGenerationMismatch(const QString &serverMessage);
    /// That refusal in plain words, naming what was refused.
    static QString generationMismatchMessage(Action action);
};

} // namespace Keyport
