// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Job.h"
#include "domain/Secret.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QSettings;

namespace Keyport {

/// The accounts Keyport knows. Non-secret fields are saved in QSettings; every secret (the
/// account's own and the stored secrets of its keys) lives only in a SecretStore, under
/// "keyport/<account>/<key id>". Transient accounts (environment, demo) are never saved and
/// keep their secret in the session store.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    /// @p settings null: nothing is saved (demo mode). @p sessionSecrets holds the secrets of
    /// transient accounts.
    AccountStore(QSettings *settings, SecretStore *secrets, SecretStore *sessionSecrets,
        QObject *parent = nullptr);
    ~AccountStore() override;

    /// Where the secrets of saved accounts go.
    SecretStore *secretStore() const { return m_secrets; }
    /// Switches to another store.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    /// Session-only mode (the keychain cannot be used): secrets go to the session store, and
    /// accounts added meanwhile are kept for this session only. Off: back to @p persistent.
    void setSessionOnly(bool sessionOnly, SecretStore *persistent = nullptr);
    bool isSessionOnly() const { return m_sessionOnly; }
    bool isSaving() const { return m_settings != nullptr; }

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &name) const;
    QString defaultAccountName() const { return m_defaultAccount; }
    void setDefaultAccountName(const QString &name);

    /// Checks an account before it is added: name rules, a free name, a key id, an endpoint.
    Error validate(const Account &account) const;

    /// Writes the secret, then saves the account (a transient one is only kept in memory, and so
    /// is any account added in session-only mode). Nothing is saved when
    /// the secret cannot be written.
    Job *addAccount(const Account &account, const Secret &secret);
    /// Deletes every secret Keyport stored for the account, then the account. Nothing is
    /// removed when a secret cannot be deleted.
    Job *removeAccount(const QString &name);
    SecretJob *readAccountSecret(const QString &name);

    /// Keys of the account whose secret Keyport holds (the signing key among them).
    QSet<QString> storedKeySecrets(const QString &accountName) const;
    Job *storeKeySecret(const QString &accountName, const QString &keyId, const Secret &secret);
    SecretJob *readKeySecret(const QString &accountName, const QString &keyId);
    Job *forgetKeySecret(const QString &accountName, const QString &keyId);

Q_SIGNALS:
    void accountsChanged();
    void storedKeySecretsChanged(const QString &accountName);

private:
    SecretStore *storeFor(const QString &accountName) const;
    void load();
    void save();
    Job *chain(QList<std::function<SecretJob *()>> steps, std::function<void()> onSuccess);

    QSettings *m_settings;
    QPointer<SecretStore> m_secrets;
    QPointer<SecretStore> m_sessionSecrets;
    QList<Account> m_accounts;
    QHash<QString, QSet<QString>> m_storedKeySecrets; ///< account name -> key ids
    QString m_defaultAccount;
    bool m_sessionOnly = false;
};

} // namespace Keyport
