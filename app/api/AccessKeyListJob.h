// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/AccessKey.h"

namespace Keyport {

/// list-access-keys: every access key of the organisation.
class AccessKeyListJob : public ApiJob
{
    Q_OBJECT

public:
    explicit AccessKeyListJob(ExoscaleClient *client);

    const AccessKeys &keys() const { return m_keys; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    AccessKeys m_keys;
};

} // namespace Keyport
