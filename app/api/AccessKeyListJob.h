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
    /// The list shown before: once read, unchanged() says whether the answer equals it (the
    /// comparison runs on the worker that reads the answer). Set before the job starts.
    void setPreviousKeys(AccessKeys previous) { m_previous = std::move(previous); }
    bool unchanged() const { return m_unchanged; }

protected:
    Error parseResponse(const QByteArray &body) override;
    WorkerParse workerParse() override;

private:
    AccessKeys m_keys;
    AccessKeys m_previous;
    bool m_unchanged = false;
};

} // namespace Keyport
