// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/CreatedApiKey.h"

namespace Keyport {

/// get-api-key, or create-api-key (whose answer alone carries the secret). Made by IamClient.
class ApiKeyJob : public ApiJob
{
    Q_OBJECT

public:
    /// An id that is not "EXO" + 24 hex digits finishes with InvalidInput, sending nothing.
    static ApiKeyJob *get(ExoscaleClient *client, const QString &keyId);
    /// Never retried: a create that timed out may have succeeded, and its secret is then lost.
    /// A name or role id that breaks IAM-V3.md §3's limits finishes with InvalidInput, sending
    /// nothing.
    static ApiKeyJob *create(ExoscaleClient *client, const QString &name, const QString &roleId);

    bool isCreate() const { return m_isCreate; }
    const ApiKey &apiKey() const { return m_created.key; }
    /// The key and its secret, moved out; only after a successful create.
    CreatedApiKey takeCreatedApiKey() { return std::move(m_created); }

protected:
    Error parseResponse(const QByteArray &body) override;
    bool answerHoldsSecret() const override { return m_isCreate; }

private:
    ApiKeyJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body, Retry retry,
        bool isCreate);

    bool m_isCreate;
    CreatedApiKey m_created;
};

} // namespace Keyport
