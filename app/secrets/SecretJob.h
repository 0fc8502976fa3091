// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Job.h"
#include "domain/Secret.h"

namespace Keyport {

/// One read, write or removal in a SecretStore. Errors: NotFound (no such entry, on read),
/// KeychainUnavailable (no Secret Service), KeychainDenied (locked, or the user declined to
/// unlock), Keychain (anything else); each with a plain message.
class SecretJob : public Job
{
    Q_OBJECT

public:
    enum class Kind { Read, Write, Remove };

    Kind kind() const { return m_kind; }
    QString entry() const { return m_entry; }
    /// The secret read, moved out (Read only).
    Secret takeSecret() { return std::move(m_secret); }

protected:
    SecretJob(Kind kind, QString entry, QObject *parent);
    void setSecret(Secret secret) { m_secret = std::move(secret); }

private:
    Kind m_kind;
    QString m_entry;
    Secret m_secret;
};

} // namespace Keyport
