// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyDeleteJob.h"

#include "domain/AccessKey.h"
#include "OperationJob.h"

#include <QUrl>

namespace Keyport {

namespace {

OperationJob *request(ExoscaleClient *client, const QString &keyId)
{
    const QString path
        = QStringLiteral("/api-key/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    if (!AccessKey::isValidKeyId(keyId)) {
        return OperationJob::refused(client,
            Error::invalidInput(ApiKeyDeleteJob::tr(
                "\"%1\" is not an API key id (EXO followed by 24 hexadecimal digits).")
                                    .arg(keyId)),
            "DELETE", path, ErrorMapper::Action::DeleteApiKey);
    }
    // Deleting is idempotent: a second DELETE finds the key gone, which is success.
    return OperationJob::send(
        client, "DELETE", path, {}, ApiJob::Retry::Idempotent, ErrorMapper::Action::DeleteApiKey);
}

} // namespace

ApiKeyDeleteJob::ApiKeyDeleteJob(ExoscaleClient *client, const QString &keyId)
    : AsyncOperationJob(client, request(client, keyId))
    , m_keyId(keyId)
{ }

bool ApiKeyDeleteJob::isAlreadyGone(const Error &error)
{
    return error.httpStatus() >= 400 && error.httpStatus() < 500
        && error.serverMessage().trimmed().compare(
               u"API Key not in organization", Qt::CaseInsensitive)
        == 0;
}

bool ApiKeyDeleteJob::alreadyDone(const Error &error)
{
    m_alreadyGone = isAlreadyGone(error);
    return m_alreadyGone;
}

} // namespace Keyport
