// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Job.h"
#include "domain/KeyGeneration.h"
#include "domain/Secret.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace Keyport {

/// The accounts Keyport knows, and where each secret it holds is. Non-secret fields are saved in
/// QSettings; every secret lives only in a SecretStore: the system keychain (persistent) or the
/// session store (memory, gone when Keyport quits).
///
/// Which store holds a secret is recorded per secret, and every question ("is it stored?",
/// "where?") is answered from that record, so the window never names a store that did not
/// accept the secret:
/// - a new key's secret goes to the keychain whenever it can be used, whatever its account
///   (the key exists at Exoscale whether or not its account is saved); only the demo's
///   simulated keys, and every secret while the keychain cannot be used, stay in memory;
/// - an account's own secret goes to the keychain for saved accounts, to memory for transient
///   ones (the environment's, the demo's, those added while the keychain could not be used).
///
/// Keychain entries are named "keyport/<namespace>/<key id>": the namespace is the account's
/// name, or "environment/<signing key id>" for the account of the EXOSCALE_* variables, which
/// no account name (they cannot hold a '/') can collide with.
///
/// Deleting keychain entries that cannot be reached (locked, absent, session-only mode) never
/// reports success: the entries' names (never their secrets) are kept as pending deletions,
/// saved in the settings, and deleted by deletePending() once the keychain can be used again.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    /// Where one secret is held.
    enum class Holder { Keychain, Session };

    /// @p settings null: nothing is saved (demo mode). @p secrets: the system keychain (in demo
    /// mode, the session store itself). @p sessionSecrets: memory only.
    AccountStore(QSettings *settings, SecretStore *secrets, SecretStore *sessionSecrets,
        QObject *parent = nullptr);
    ~AccountStore() override;

    /// Where the secrets of saved accounts go now: the keychain, or the session store in
    /// session-only mode.
    SecretStore *secretStore() const;
    /// Replaces the keychain (tests; null: it went away).
    void setSecretStore(SecretStore *secrets) { m_keychain = secrets; }
    /// Session-only mode (the keychain cannot be used): secrets go to the session store, and
    /// accounts added meanwhile are kept for this session only. Off: back to @p persistent.
    void setSessionOnly(bool sessionOnly, SecretStore *persistent = nullptr);
    bool isSessionOnly() const { return m_sessionOnly; }
    bool isSaving() const { return m_settings != nullptr; }
    /// Whether the keychain can be written now.
    bool keychainUsable() const;

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
    /// Deletes every secret Keyport holds for the account, each from the store that holds it,
    /// then the account. Keychain entries that cannot be deleted now become pending deletions:
    /// the account is removed all the same and the job ends with Error::Code::KeychainDeferred.
    Job *removeAccount(const QString &name);
    SecretJob *readAccountSecret(const QString &name);
    /// Whether updateAccount() may change the account: saved accounts and those kept for this
    /// session may be edited; the environment's and the demo's may not.
    bool isEditable(const QString &name) const;
    /// Changes the account named @p oldName into @p updated: its name, its key id, its zone or
    /// custom endpoint and, with @p newSecret, its own secret (nullopt or empty: the stored
    /// secret is kept; a new key id needs its secret).
    ///
    /// A rename keeps every secret: each one Keyport holds for the account (its own and its
    /// keys') is copied to its entry under the new name, in the store that holds it; only once
    /// every copy is written is the change saved (the default account and the record of which
    /// store holds which secret follow it), and only then are the old entries deleted (those
    /// that cannot be deleted now become pending deletions: KeychainDeferred). When a copy
    /// fails, the copies already written are deleted again and the account is left as it was:
    /// the job's error says what failed. A previous signing key's secret stays with the account
    /// as a key secret. Refused at once: a name that is taken or invalid, an invalid key id or
    /// endpoint, the environment's or the demo's account, and a change that needs the keychain
    /// while it cannot be used.
    Job *updateAccount(
        const QString &oldName, const Account &updated, std::optional<Secret> newSecret);

    /// Keys of the account whose secret Keyport holds (the signing key among them).
    QSet<QString> storedKeySecrets(const QString &accountName) const;
    /// The store that holds the secret of @p keyId; null when Keyport holds none.
    SecretStore *keySecretStore(const QString &accountName, const QString &keyId) const;
    /// For each key whose secret Keyport holds, the name of the store holding it.
    QHash<QString, QString> storedKeySecretPlaces(const QString &accountName) const;
    /// Where the secret of a key created now with this account would go.
    SecretStore *newKeySecretStore(const QString &accountName) const;
    /// Writes a key's secret to newKeySecretStore(); keySecretStore() then says where it went.
    Job *storeKeySecret(const QString &accountName, const QString &keyId, const Secret &secret);
    SecretJob *readKeySecret(const QString &accountName, const QString &keyId);
    /// Deletes a key's stored secret from the store that holds it. A keychain entry that cannot
    /// be deleted now becomes a pending deletion (the job ends with KeychainDeferred).
    Job *forgetKeySecret(const QString &accountName, const QString &keyId);

    /// "keyport/<namespace>/<key id>" of a key's secret (see the class comment); for the
    /// account's own key, "keyport/<account>/<key id>".
    QString entryName(const QString &accountName, const QString &keyId) const;
    static QString entryName(const Account &account, const QString &keyId);

    /// Keychain entries that are still to be deleted (names only).
    QStringList pendingDeletions() const { return m_pendingDeletions; }
    /// Deletes the pending entries, if the keychain can be used. The job ends with
    /// KeychainDeferred while some remain.
    Job *deletePending();

    /// Which kind of credential the key @p apiKey is, once an answer of the API told it.
    KeyGeneration keyGeneration(const QString &apiKey) const;
    /// Remembers it (in the settings: it is no secret) for the next run.
    void setKeyGeneration(const QString &apiKey, KeyGeneration generation);

Q_SIGNALS:
    void accountsChanged();
    /// Edit Account gave the account @p oldName the name @p newName (accountsChanged() follows).
    void accountRenamed(const QString &oldName, const QString &newName);
    void keyGenerationChanged(const QString &apiKey);
    void storedKeySecretsChanged(const QString &accountName);
    void pendingDeletionsChanged();
    /// Secrets went to memory only, or back to the system keychain.
    void sessionOnlyChanged(bool sessionOnly);

private:
    SecretStore *storeOf(Holder holder) const;
    Holder ownSecretHolder(const Account &account) const;
    Holder newKeyHolder(const Account &account) const;
    /// The settings key under which the keychain-held key ids of a transient account are kept.
    static QString transientHeldKey(const Account &account);
    void loadTransientHeld(const Account &account);
    void load();
    void save();
    void addPending(const QString &entry);
    /// What a keychain deletion does when it fails: the entry becomes a pending deletion, and
    /// @p deferred counts it; the work goes on.
    std::function<bool(const Error &)> deferOnError(
        const QString &entry, std::shared_ptr<int> deferred);
    /// The deletion of a keychain entry: deleted now if the keychain can be used, else pending.
    std::function<SecretJob *()> keychainDeletion(
        const QString &entry, std::shared_ptr<int> deferred);
    /// The error a job ends with when @p deferred entries were left pending.
    static Error deferredError(int deferred);

    QSettings *m_settings;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionSecrets;
    QList<Account> m_accounts;
    /// account name -> key id -> where its secret is (the account's own secret not included)
    QHash<QString, QHash<QString, Holder>> m_held;
    QStringList m_pendingDeletions;
    QHash<QString, KeyGeneration> m_generations;
    QString m_defaultAccount;
    bool m_sessionOnly = false;
};

} // namespace Keyport
