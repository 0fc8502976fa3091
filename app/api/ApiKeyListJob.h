// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "IamJson.h"

namespace Keyport {

/// list-api-keys: every IAM v3 API key of the organisation.
class ApiKeyListJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ApiKeyListJob(ExoscaleClient *client);

    const QList<ApiKey> &apiKeys() const { return m_apiKeys; }

protected:
    Error parseResponse(const QByteArray &body) override;
    WorkerParse workerParse() override;

private:
    QList<ApiKey> m_apiKeys;
};

} // namespace Keyport
