// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/CreatedKey.h"
#include "domain/KeyDraft.h"

namespace Keyport {

/// get-access-key, or create-access-key (whose answer alone carries the secret).
class AccessKeyJob : public ApiJob
{
    Q_OBJECT

public:
    static AccessKeyJob *get(ExoscaleClient *client, const QString &keyId);
    /// Never retried automatically: a create that timed out may have succeeded.
    static AccessKeyJob *create(ExoscaleClient *client, const KeyDraft &draft);

    bool isCreate() const { return m_isCreate; }
    const AccessKey &key() const { return m_created.key; }
    /// The new key's secret, once: it is moved out.
    Secret takeSecret() { return std::move(m_created.secret); }
    /// The key and its secret, moved out.
    CreatedKey takeCreatedKey() { return std::move(m_created); }

protected:
    Error parseResponse(const QByteArray &body) override;
    bool answerHoldsSecret() const override { return m_isCreate; }

private:
    AccessKeyJob(ExoscaleClient *client, QByteArray method, QString path, QByteArray body,
        Retry retry, bool isCreate);

    bool m_isCreate;
    CreatedKey m_created;
};

} // namespace Keyport
