// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretJob.h"

#include <QPointer>

namespace Keyport {

class SessionSecretStore;

/// One request to a SessionSecretStore. It acts when it starts, once control is back in the
/// event loop, so requests take effect in the order they were made.
class SessionSecretJob : public SecretJob
{
    Q_OBJECT

public:
    ~SessionSecretJob() override;

protected:
    void start() override;

private:
    friend class SessionSecretStore;

    SessionSecretJob(Kind kind, QString entry, SessionSecretStore *store);

    QPointer<SessionSecretStore> m_store;
    Secret m_payload; ///< What a write stores.
    bool m_probe = false;
};

} // namespace Keyport
