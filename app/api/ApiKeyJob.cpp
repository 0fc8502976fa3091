// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyJob.h"

#include "domain/AccessKey.h"
#include "IamJson.h"

#include <QUrl>

namespace Keyport {

ApiKeyJob::ApiKeyJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body,
    Retry retry, bool isCreate)
    : ApiJob(client, std::move(method), std::move(path), std::move(body), retry,
        isCreate ? ErrorMapper::Action::CreateApiKey : ErrorMapper::Action::GetApiKey)
    , m_isCreate(isCreate)
{ }

ApiKeyJob *ApiKeyJob::get(ExoscaleClient *client, const QString &keyId)
{
    const QString path
        = QStringLiteral("/api-key/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    auto *job = new ApiKeyJob(client, "GET", path, {}, Retry::Idempotent, false);
    if (!AccessKey::isValidKeyId(keyId)) {
        job->refuseBeforeSending(Error::invalidInput(
            tr("\"%1\" is not an API key id (EXO followed by 24 hexadecimal digits).").arg(keyId)));
    }
    return job;
}

ApiKeyJob *ApiKeyJob::create(ExoscaleClient *client, const QString &name, const QString &roleId)
{
    ApiKey key;
    key.name = name;
    key.roleId = roleId;
    const PolicyProblems problems = key.problems();
    if (!problems.isEmpty()) {
        auto *job
            = new ApiKeyJob(client, "POST", QStringLiteral("/api-key"), {}, Retry::Never, true);
        QStringList lines;
        for (const PolicyProblem &problem : problems)
            lines.append(problem.toString());
        job->refuseBeforeSending(Error::invalidInput(
            tr("The API key was not created, and nothing was sent:\n%1").arg(lines.join(u'\n'))));
        return job;
    }
    return new ApiKeyJob(client, "POST", QStringLiteral("/api-key"), IamJson::createApiKeyBody(key),
        Retry::Never, true);
}

Error ApiKeyJob::parseResponse(const QByteArray &body)
{
    if (m_isCreate) {
        auto created = IamJson::parseCreatedApiKey(body);
        if (!created)
            return created.error();
        m_created = std::move(created).value();
        return {};
    }
    auto key = IamJson::parseApiKey(body);
    if (!key)
        return key.error();
    m_created.key = std::move(key).value();
    return {};
}

} // namespace Keyport
