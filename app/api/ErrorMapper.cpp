// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMapper.h"

#include "ApiJson.h"

#include <algorithm>
#include <limits>

namespace Keyport {

bool ErrorMapper::isGenerationMismatch(const QString &serverMessage)
{
    return serverMessage.contains(u"IAMv2", Qt::CaseInsensitive)
        && serverMessage.contains(u"IAMv3", Qt::CaseInsensitive);
}

QString ErrorMapper::generationMismatchMessage(Action action)
{
    switch (action) {
    case Action::ListKeys:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those list legacy access keys. Add an account that uses a legacy access key "
                  "to list access keys.");
    case Action::GetKey:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those read legacy access keys. Add an account that uses a legacy access key "
                  "to read access keys.");
    case Action::CreateKey:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those create legacy access keys. Add an account that uses a legacy access "
                  "key to create access keys.");
    case Action::RevokeKey:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those revoke legacy access keys. Add an account that uses a legacy access "
                  "key to revoke access keys.");
    case Action::ListKnownOperations:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those list the operations of legacy access keys. Add an account that uses a "
                  "legacy access key to manage access keys.");
    case Action::ListOwnOperations:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those list their own legacy operations. Add an account that uses a legacy "
                  "access key to manage access keys.");
    case Action::GetOperation:
        return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
                  "those follow the revocation of a legacy access key. Add an account that uses "
                  "a legacy access key to revoke access keys.");
    case Action::ListApiKeys:
    case Action::GetApiKey:
    case Action::CreateApiKey:
    case Action::DeleteApiKey:
    case Action::ListRoles:
    case Action::GetRole:
    case Action::CreateRole:
    case Action::UpdateRole:
    case Action::UpdateRolePolicy:
    case Action::DeleteRole:
    case Action::GetOrganizationPolicy:
    case Action::UpdateOrganizationPolicy:
    case Action::ResetOrganizationPolicy:
    case Action::ListUsers:
    case Action::ListEvents:
        // IAM v3 requests: the mismatch is the other way round (a legacy key may not manage
        // API keys), and says so in the server's own words.
        return tr("Exoscale does not let this account's key do this: legacy access keys and "
                  "IAM API keys cannot manage each other. Use an account whose key is of the "
                  "other kind.");
    case Action::Unspecified:
        break;
    }
    return tr("This account signs with a new-style IAM API key, and Exoscale does not let "
              "those manage legacy access keys. Add an account that uses a legacy access key.");
}

QString ErrorMapper::operationName(Action action)
{
    switch (action) {
    case Action::Unspecified:
        break;
    case Action::ListKeys:
        return QStringLiteral("list-access-keys");
    case Action::GetKey:
        return QStringLiteral("get-access-key");
    case Action::CreateKey:
        return QStringLiteral("create-access-key");
    case Action::RevokeKey:
        return QStringLiteral("revoke-access-key");
    case Action::ListKnownOperations:
        return QStringLiteral("list-access-key-known-operations");
    case Action::ListOwnOperations:
        return QStringLiteral("list-access-key-operations");
    case Action::GetOperation:
        return QStringLiteral("get-operation");
    case Action::ListApiKeys:
        return QStringLiteral("list-api-keys");
    case Action::GetApiKey:
        return QStringLiteral("get-api-key");
    case Action::CreateApiKey:
        return QStringLiteral("create-api-key");
    case Action::DeleteApiKey:
        return QStringLiteral("delete-api-key");
    case Action::ListRoles:
        return QStringLiteral("list-iam-roles");
    case Action::GetRole:
        return QStringLiteral("get-iam-role");
    case Action::CreateRole:
        return QStringLiteral("create-iam-role");
    case Action::UpdateRole:
        return QStringLiteral("update-iam-role");
    case Action::UpdateRolePolicy:
        return QStringLiteral("update-iam-role-policy");
    case Action::DeleteRole:
        return QStringLiteral("delete-iam-role");
    case Action::GetOrganizationPolicy:
        return QStringLiteral("get-iam-organization-policy");
    case Action::UpdateOrganizationPolicy:
        return QStringLiteral("update-iam-organization-policy");
    case Action::ResetOrganizationPolicy:
        return QStringLiteral("reset-iam-organization-policy");
    case Action::ListUsers:
        return QStringLiteral("list-users");
    case Action::ListEvents:
        return QStringLiteral("list-events");
    }
    return {};
}

QString ErrorMapper::policyRefusalClass(const QString &serverMessage, bool *byOrganization)
{
    // IAM-V3.md §4: "Forbidden by role policy for <class>" (seen in the wild); the organisation
    // policy's wording is unknown, the sandbox says "Forbidden by organization policy for <class>".
    static const QLatin1StringView rolePrefix("Forbidden by role policy for ");
    static const QLatin1StringView organizationPrefix("Forbidden by organization policy for ");
    const QString text = serverMessage.trimmed();
    for (const auto &prefix : {rolePrefix, organizationPrefix}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            if (byOrganization)
                *byOrganization = prefix == organizationPrefix;
            return text.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

Error ErrorMapper::fromHttp(int status, const QByteArray &body, const QString &request,
    std::optional<std::chrono::seconds> retryAfter, Action action)
{
    const QString said = ApiJson::errorMessage(body);
    const QString detail = QStringLiteral("%1: HTTP %2%3")
                               .arg(request)
                               .arg(status)
                               .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    // Every message is whole; the server's own words follow it when there are any.
    const QString saidSuffix = said.isEmpty() ? QString() : tr("\nExoscale said: %1").arg(said);

    Error::Code code;
    QString message;
    bool byOrganization = false;
    const QString refusedClass = policyRefusalClass(said, &byOrganization);
    const QString operation = operationName(action);
    if (status == 403 && !refusedClass.isEmpty()) {
        code = Error::Code::AccessDenied;
        if (byOrganization) {
            message = operation.isEmpty()
                ? tr("The organization policy does not allow this request (service class "
                     "\"%1\").")
                      .arg(refusedClass)
                : tr("The organization policy does not allow this account's API key to call %1 "
                     "(service class \"%2\").")
                      .arg(operation, refusedClass);
        } else {
            message = operation.isEmpty()
                ? tr("The role of this account's API key does not allow this request (service "
                     "class \"%1\").")
                      .arg(refusedClass)
                : tr("The role of this account's API key does not allow it to call %1 (service "
                     "class \"%2\").")
                      .arg(operation, refusedClass);
        }
    } else if (isGenerationMismatch(said)) {
        code = Error::Code::GenerationMismatch;
        message = generationMismatchMessage(action);
    } else if (status == 400 || status == 422) {
        code = Error::Code::InvalidRequest;
        message = tr("Exoscale refused the request as invalid.");
    } else if (status == 401 || status == 403) {
        code = Error::Code::AccessDenied;
        message = tr("Exoscale refused the request: the API key or secret is wrong or expired, "
                     "or this key is not allowed to do this.");
    } else if (status == 404) {
        code = Error::Code::NotFound;
        message = tr("Exoscale does not know this item; it may have been deleted.");
    } else if (status == 409 || status == 412) {
        code = Error::Code::Conflict;
        message = tr("Exoscale refused the request because it conflicts with the current state.");
    } else if (status == 429) {
        code = Error::Code::RateLimited;
        message = retryAfter
            ? tr("Exoscale is limiting the rate of requests; try again in %n second(s).", nullptr,
                int(std::min<qint64>(retryAfter->count(), std::numeric_limits<int>::max())))
            : tr("Exoscale is limiting the rate of requests; try again in a moment.");
    } else if (status >= 500) {
        code = Error::Code::ServerError;
        message = tr("Exoscale had a problem on its side (HTTP %1). Try again in a moment.")
                      .arg(status);
    } else if (status >= 400) {
        code = Error::Code::InvalidRequest;
        message = tr("Exoscale refused the request (HTTP %1).").arg(status);
    } else {
        code = Error::Code::MalformedResponse;
        message = tr("Exoscale gave an unexpected answer (HTTP %1).").arg(status);
    }
    Error error(code, message + saidSuffix, detail, status);
    error.setServerMessage(said);
    if (status == 429 && retryAfter)
        error.setRetryAfter(*retryAfter);
    return error;
}

Error ErrorMapper::fromNetwork(
    QNetworkReply::NetworkError code, const QString &errorString, const QString &request)
{
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(request, errorString).arg(int(code));
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        return Error(Error::Code::Cancelled, tr("The request was cancelled."), detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(Error::Code::Network,
            tr("The secure connection to Exoscale could not be established: %1").arg(errorString),
            detail);
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Code::Network,
            tr("The API server's name could not be found. Check the network connection "
               "and the account's zone or endpoint."),
            detail);
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Code::Network,
            tr("The API server refused the connection. Check the account's endpoint."), detail);
    case QNetworkReply::TimeoutError:
        return Error(Error::Code::Timeout,
            tr("The API server did not answer in time. Check the network connection."), detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    // The connection closed and Qt could not send the request again: a create's one-shot body
    // cannot be re-read. Qt's own text for it is "Unknown error".
    case QNetworkReply::ContentReSendError:
        return Error(Error::Code::Network,
            tr("The API server closed the connection without answering. The request may or may "
               "not have been carried out."),
            detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Error(Error::Code::Network,
            tr("The network connection was lost before the API server answered. Check the "
               "network connection."),
            detail);
    case QNetworkReply::UnknownNetworkError:
        return Error(Error::Code::Network,
            tr("The connection to the API server broke off without an answer. Check the network "
               "connection."),
            detail);
    default:
        return Error(Error::Code::Network,
            tr("The connection to the API server failed: %1").arg(errorString), detail);
    }
}

Error ErrorMapper::timeout(const QString &request, std::chrono::milliseconds after)
{
    // The time really waited, to the nearest second, and never "0 seconds".
    const auto seconds = std::max<qint64>(1, (after.count() + 500) / 1000);
    return Error(Error::Code::Timeout,
        tr("The API server did not answer within %n second(s).", nullptr,
            int(std::min<qint64>(seconds, std::numeric_limits<int>::max()))),
        QStringLiteral("%1: no answer after %2 ms").arg(request).arg(after.count()));
}

} // namespace Keyport
