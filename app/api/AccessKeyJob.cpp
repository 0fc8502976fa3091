// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyJob.h"

#include "ApiJson.h"

#include <QUrl>

namespace Keyport {

AccessKeyJob::AccessKeyJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body,
    Retry retry, bool isCreate)
    : ApiJob(client, std::move(method), std::move(path), std::move(body), retry,
        isCreate ? ErrorMapper::Action::CreateKey : ErrorMapper::Action::GetKey)
    , m_isCreate(isCreate)
{ }

AccessKeyJob *AccessKeyJob::get(ExoscaleClient *client, const QString &keyId)
{
    const QString path
        = QStringLiteral("/access-key/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    return new AccessKeyJob(client, "GET", path, {}, Retry::Idempotent, false);
}

AccessKeyJob *AccessKeyJob::create(ExoscaleClient *client, const KeyDraft &draft)
{
    return new AccessKeyJob(client, "POST", QStringLiteral("/access-key"),
        ApiJson::createRequestBody(draft), Retry::Never, true);
}

Error AccessKeyJob::parseResponse(const QByteArray &body)
{
    if (m_isCreate) {
        auto created = ApiJson::parseCreatedKey(body);
        if (!created)
            return created.error();
        m_created = std::move(created).value();
        return {};
    }
    auto key = ApiJson::parseAccessKey(body);
    if (!key)
        return key.error();
    m_created.key = std::move(key).value();
    return {};
}

} // namespace Keyport
