// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AsyncOperationJob.h"

namespace Keyport {

/// delete-api-key, followed to its end. A key that is already gone is success: Exoscale answers
/// a 4xx "API Key not in organization" (not a 404) for it (IAM-V3.md §2).
class ApiKeyDeleteJob : public AsyncOperationJob
{
    Q_OBJECT

public:
    ApiKeyDeleteJob(ExoscaleClient *client, const QString &keyId);

    QString keyId() const { return m_keyId; }
    /// The key was gone before this request: nothing was deleted.
    bool wasAlreadyGone() const { return m_alreadyGone; }

    /// Whether @p error is Exoscale's answer for a key that is not there.
    static bool isAlreadyGone(const Error &error);

protected:
    bool alreadyDone(const Error &error) override;

private:
    QString m_keyId;
    bool m_alreadyGone = false;
};

} // namespace Keyport
