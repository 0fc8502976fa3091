// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "domain/AccessKey.h"
#include "secrets/SecretStore.h"

#include <QSettings>

#include <algorithm>

namespace Keyport {

namespace {

/// Runs secret-store steps one after the other. A step's error ends the sequence unless the
/// step's own handler says to go on; the last word is the final callback's.
class SequenceJob : public Job
{
public:
    using Step = std::pair<std::function<SecretJob *()>, std::function<bool(const Error &)>>;

    SequenceJob(QList<Step> steps, std::function<Error()> onDone, QObject *parent)
        : Job(parent)
        , m_steps(std::move(steps))
        , m_onDone(std::move(onDone))
    { }

protected:
    void start() override { next(); }
    void abort() override
    {
        if (m_current)
            m_current->disconnect(this);
    }

private:
    void next()
    {
        if (m_steps.isEmpty()) {
            emitResult(m_onDone ? m_onDone() : Error());
            return;
        }
        const Step step = m_steps.takeFirst();
        SecretJob *job = step.first();
        if (!job) {
            const Error error(Error::Code::KeychainUnavailable,
                AccountStore::tr("No secret store is available."));
            if (step.second && step.second(error))
                next();
            else
                emitResult(error);
            return;
        }
        m_current = job;
        connect(job, &Job::finished, this, [this, job, onError = step.second] {
            m_current = nullptr;
            if (!job->error() || (onError && onError(job->error())))
                next();
            else
                emitResult(job->error());
        });
    }

    QList<Step> m_steps;
    std::function<Error()> m_onDone;
    QPointer<SecretJob> m_current;
};

/// A job that only reports an error found before any work (asynchronously, as every job).
class FailedJob : public Job
{
public:
    FailedJob(Error error, QObject *parent)
        : Job(parent)
        , m_error(std::move(error))
    { }

protected:
    void start() override { emitResult(m_error); }

private:
    Error m_error;
};

/// Copies, then commits: @p copy runs first; when it fails, @p undo(its error) runs (it deletes
/// the copies and ends with the error to report), else @p commit() (it applies the change and
/// deletes what the copies replaced). The job ends with the error of whichever ran last. The
/// work goes on with the store as its context: cancel() stops the report, never halfway
/// through a change, which would leave copies nobody deletes.
class CopyThenCommitJob : public Job
{
public:
    CopyThenCommitJob(std::function<Job *()> copy, std::function<Job *(const Error &)> undo,
        std::function<Job *()> commit, QObject *store)
        : Job(store)
        , m_copy(std::move(copy))
        , m_undo(std::move(undo))
        , m_commit(std::move(commit))
    { }

protected:
    void start() override
    {
        QObject *store = parent();
        QPointer<CopyThenCommitJob> self(this);
        const auto report = [self, store](Job *last) {
            connect(last, &Job::finished, store, [self, last] {
                if (self)
                    self->emitResult(last->error());
            });
        };
        Job *copy = m_copy();
        connect(copy, &Job::finished, store, [copy, undo = m_undo, commit = m_commit, report] {
            report(copy->error() ? undo(copy->error()) : commit());
        });
    }

private:
    std::function<Job *()> m_copy;
    std::function<Job *(const Error &)> m_undo;
    std::function<Job *()> m_commit;
};

const QString accountsKey = QStringLiteral("accounts");
const QString defaultAccountKey = QStringLiteral("defaultAccount");
const QString pendingDeletionsKey = QStringLiteral("pendingDeletions");
const QString generationsGroup = QStringLiteral("keyGenerations");

using Step = std::pair<std::function<SecretJob *()>, std::function<bool(const Error &)>>;

} // namespace

AccountStore::AccountStore(
    QSettings *settings, SecretStore *secrets, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(secrets)
    , m_sessionSecrets(sessionSecrets)
{
    load();
}

AccountStore::~AccountStore() = default;

void AccountStore::load()
{
    if (!m_settings)
        return;
    const int count = m_settings->beginReadArray(accountsKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.name = m_settings->value(QStringLiteral("name")).toString();
        account.apiKey = m_settings->value(QStringLiteral("apiKey")).toString();
        account.zone
            = m_settings->value(QStringLiteral("zone"), Endpoint::defaultZone()).toString();
        account.customEndpoint = m_settings->value(QStringLiteral("customEndpoint")).toString();
        account.environment
            = m_settings->value(QStringLiteral("environment"), QStringLiteral("api")).toString();
        // A damaged entry is skipped rather than shown half-filled.
        if (Account::validateName(account.name) || Account::validateApiKey(account.apiKey)
            || this->account(account.name))
            continue;
        const QStringList stored
            = m_settings->value(QStringLiteral("storedSecrets")).toStringList();
        QHash<QString, Holder> &held = m_held[account.name];
        for (const QString &keyId : stored)
            held.insert(keyId, Holder::Keychain);
        m_accounts.append(account);
    }
    m_settings->endArray();
    m_defaultAccount = m_settings->value(defaultAccountKey).toString();
    m_pendingDeletions = m_settings->value(pendingDeletionsKey).toStringList();
    m_settings->beginGroup(generationsGroup);
    for (const QString &apiKey : m_settings->childKeys()) {
        const KeyGeneration generation
            = keyGenerationFromName(m_settings->value(apiKey).toString());
        if (!Account::validateApiKey(apiKey) && generation != KeyGeneration::Unknown)
            m_generations.insert(apiKey, generation);
    }
    m_settings->endGroup();
}

KeyGeneration AccountStore::keyGeneration(const QString &apiKey) const
{
    return m_generations.value(apiKey, KeyGeneration::Unknown);
}

void AccountStore::setKeyGeneration(const QString &apiKey, KeyGeneration generation)
{
    if (keyGeneration(apiKey) == generation || Account::validateApiKey(apiKey))
        return;
    m_generations.insert(apiKey, generation);
    if (m_settings) {
        m_settings->setValue(generationsGroup + u'/' + apiKey, keyGenerationName(generation));
        m_settings->sync();
    }
    Q_EMIT keyGenerationChanged(apiKey);
}

QString AccountStore::transientHeldKey(const Account &account)
{
    return QStringLiteral("environmentSecrets/") + account.apiKey;
}

void AccountStore::loadTransientHeld(const Account &account)
{
    if (!m_settings || account.origin != Account::Origin::Environment)
        return;
    const QStringList stored = m_settings->value(transientHeldKey(account)).toStringList();
    QHash<QString, Holder> &held = m_held[account.name];
    for (const QString &keyId : stored)
        held.insert(keyId, Holder::Keychain);
}

void AccountStore::save()
{
    if (!m_settings)
        return;
    const auto keychainHeld = [this](const QString &name) {
        QStringList ids;
        const QHash<QString, Holder> held = m_held.value(name);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (it.value() == Holder::Keychain)
                ids.append(it.key());
        }
        ids.sort();
        return ids;
    };
    m_settings->remove(accountsKey);
    m_settings->beginWriteArray(accountsKey);
    int index = 0;
    for (const Account &account : std::as_const(m_accounts)) {
        if (!account.isSaved())
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("name"), account.name);
        m_settings->setValue(QStringLiteral("apiKey"), account.apiKey);
        m_settings->setValue(QStringLiteral("zone"), account.zone);
        m_settings->setValue(QStringLiteral("customEndpoint"), account.customEndpoint);
        m_settings->setValue(QStringLiteral("environment"), account.environment);
        // Key ids only: which keys have a secret in the keychain, never the secrets.
        m_settings->setValue(QStringLiteral("storedSecrets"), keychainHeld(account.name));
    }
    m_settings->endArray();
    // The environment's account is not saved, but the keys whose secret it put in the keychain
    // are: the next run with the same variables shows them as stored.
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.origin != Account::Origin::Environment)
            continue;
        const QString key = transientHeldKey(account);
        const QStringList ids = keychainHeld(account.name);
        if (ids.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, ids);
    }
    m_settings->setValue(defaultAccountKey, m_defaultAccount);
    if (m_pendingDeletions.isEmpty())
        m_settings->remove(pendingDeletionsKey);
    else
        m_settings->setValue(pendingDeletionsKey, m_pendingDeletions);
    m_settings->sync();
}

std::optional<Account> AccountStore::account(const QString &name) const
{
    for (const Account &account : m_accounts) {
        if (account.name == name)
            return account;
    }
    return std::nullopt;
}

SecretStore *AccountStore::secretStore() const
{
    return m_sessionOnly || !m_keychain ? m_sessionSecrets.data() : m_keychain.data();
}

void AccountStore::setSessionOnly(bool sessionOnly, SecretStore *persistent)
{
    const bool changed = sessionOnly != m_sessionOnly;
    m_sessionOnly = sessionOnly;
    if (!sessionOnly && persistent)
        m_keychain = persistent;
    if (changed)
        Q_EMIT sessionOnlyChanged(sessionOnly);
}

bool AccountStore::keychainUsable() const
{
    return m_keychain && !m_sessionOnly;
}

void AccountStore::setDefaultAccountName(const QString &name)
{
    if (name == m_defaultAccount)
        return;
    m_defaultAccount = name;
    save();
}

SecretStore *AccountStore::storeOf(Holder holder) const
{
    return holder == Holder::Keychain ? m_keychain.data() : m_sessionSecrets.data();
}

AccountStore::Holder AccountStore::ownSecretHolder(const Account &account) const
{
    return account.isSaved() ? Holder::Keychain : Holder::Session;
}

AccountStore::Holder AccountStore::newKeyHolder(const Account &account) const
{
    // The demo's keys exist only in its simulated server: their secrets stay in memory.
    if (account.origin == Account::Origin::Demo || !keychainUsable())
        return Holder::Session;
    return Holder::Keychain;
}

QString AccountStore::entryName(const Account &account, const QString &keyId)
{
    // No account name holds a '/': "environment/<key>" cannot collide with one. The account's
    // own secret is never in the keychain for such an account: it keeps its plain name.
    if (account.origin == Account::Origin::Environment && keyId != account.apiKey)
        return SecretStore::entryName(QStringLiteral("environment/") + account.apiKey, keyId);
    return SecretStore::entryName(account.name, keyId);
}

QString AccountStore::entryName(const QString &accountName, const QString &keyId) const
{
    const auto found = account(accountName);
    return found ? entryName(*found, keyId) : SecretStore::entryName(accountName, keyId);
}

Error AccountStore::validate(const Account &account) const
{
    if (const Error error = Account::validateName(account.name))
        return error;
    if (this->account(account.name)) {
        return Error::invalidInput(
            tr("There is already an account named \"%1\".").arg(account.name));
    }
    if (const Error error = Account::validateApiKey(account.apiKey))
        return error;
    const auto endpoint = account.endpoint();
    if (!endpoint)
        return endpoint.error();
    return {};
}

Error AccountStore::deferredError(int deferred)
{
    return Error(Error::Code::KeychainDeferred,
        tr("%n secret(s) could not be deleted from the system keychain, which cannot be reached "
           "now. Keyport keeps their names (not the secrets) and deletes them as soon as the "
           "keychain can be used again.",
            nullptr, deferred),
        QStringLiteral("keychain deletions deferred: %1").arg(deferred));
}

void AccountStore::addPending(const QString &entry)
{
    if (!m_pendingDeletions.contains(entry))
        m_pendingDeletions.append(entry);
}

std::function<bool(const Error &)> AccountStore::deferOnError(
    const QString &entry, std::shared_ptr<int> deferred)
{
    return [this, entry, deferred](const Error &) {
        addPending(entry);
        ++*deferred;
        return true;
    };
}

std::function<SecretJob *()> AccountStore::keychainDeletion(
    const QString &entry, std::shared_ptr<int> deferred)
{
    return [this, entry, deferred]() -> SecretJob * {
        // Known to be unusable: no request that would only wait for a timeout or a prompt.
        if (!keychainUsable())
            return nullptr;
        return m_keychain->remove(entry);
    };
}

Job *AccountStore::addAccount(const Account &requested, const Secret &secret)
{
    Account account = requested;
    // In session-only mode, saving the account would bring it back at the next start without
    // its secret: it is kept for this session only.
    if (account.isSaved() && m_sessionOnly)
        account.origin = Account::Origin::Session;
    if (const Error error = validate(account))
        return new FailedJob(error, this);
    if (secret.isEmpty())
        return new FailedJob(Error::invalidInput(tr("The account needs its API secret.")), this);
    SecretStore *store = storeOf(ownSecretHolder(account));
    const QString entry = entryName(account, account.apiKey);
    auto copy = std::make_shared<Secret>(secret.clone());
    return new SequenceJob(
        {Step{[store, entry, copy]() -> SecretJob * {
                  SecretJob *job = store ? store->write(entry, *copy) : nullptr;
                  copy->wipe();
                  return job;
              },
            {}}},
        [this, account]() -> Error {
            if (this->account(account.name))
                return {}; // added meanwhile by another job: keep the first
            m_accounts.append(account);
            loadTransientHeld(account);
            if (m_defaultAccount.isEmpty() && account.isSaved())
                m_defaultAccount = account.name;
            save();
            Q_EMIT accountsChanged();
            return {};
        },
        this);
}

Job *AccountStore::removeAccount(const QString &name)
{
    const auto found = account(name);
    if (!found)
        return new FailedJob(
            Error::invalidInput(tr("There is no account named \"%1\".").arg(name)), this);
    auto deferred = std::make_shared<int>(0);
    QList<Step> steps;
    QHash<QString, Holder> held = m_held.value(name);
    held.insert(found->apiKey, ownSecretHolder(*found));
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const QString entry = entryName(*found, it.key());
        if (it.value() == Holder::Keychain) {
            steps.append(Step{keychainDeletion(entry, deferred), deferOnError(entry, deferred)});
        } else {
            SecretStore *session = m_sessionSecrets;
            steps.append(
                Step{[session, entry] { return session ? session->remove(entry) : nullptr; },
                    [](const Error &) { return true; }});
        }
    }
    return new SequenceJob(
        steps,
        [this, name, deferred]() -> Error {
            m_accounts.removeIf([&name](const Account &account) { return account.name == name; });
            m_held.remove(name);
            if (m_defaultAccount == name)
                m_defaultAccount = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().name;
            save();
            Q_EMIT accountsChanged();
            if (*deferred > 0) {
                Q_EMIT pendingDeletionsChanged();
                return deferredError(*deferred);
            }
            return {};
        },
        this);
}

bool AccountStore::isEditable(const QString &name) const
{
    const auto found = account(name);
    return found && found->origin != Account::Origin::Environment
        && found->origin != Account::Origin::Demo;
}

Job *AccountStore::updateAccount(
    const QString &oldName, const Account &requested, std::optional<Secret> newSecret)
{
    const auto found = account(oldName);
    if (!found) {
        return new FailedJob(
            Error::invalidInput(tr("There is no account named \"%1\".").arg(oldName)), this);
    }
    if (found->origin == Account::Origin::Environment) {
        return new FailedJob(Error::invalidInput(tr("The account of the EXOSCALE_API_KEY and "
                                                    "EXOSCALE_API_SECRET variables cannot be "
                                                    "edited: change the variables instead.")),
            this);
    }
    if (found->origin == Account::Origin::Demo) {
        return new FailedJob(Error::invalidInput(tr("The demo account cannot be edited.")), this);
    }
    Account updated = requested;
    updated.origin = found->origin;
    if (const Error error = Account::validateName(updated.name))
        return new FailedJob(error, this);
    if (updated.name != oldName && account(updated.name)) {
        return new FailedJob(
            Error::invalidInput(tr("There is already an account named \"%1\".").arg(updated.name)),
            this);
    }
    if (const Error error = Account::validateApiKey(updated.apiKey))
        return new FailedJob(error, this);
    if (const auto endpoint = updated.endpoint(); !endpoint)
        return new FailedJob(endpoint.error(), this);
    if (newSecret && newSecret->isEmpty())
        newSecret.reset();
    const bool renamed = updated.name != oldName;
    const bool newKey = updated.apiKey != found->apiKey;
    if (newKey && !newSecret) {
        return new FailedJob(Error::invalidInput(tr("Enter the secret of the new API key.")), this);
    }

    const Holder own = ownSecretHolder(*found);
    const QHash<QString, Holder> oldHeld = m_held.value(oldName);
    // The key the account signed with still exists at Exoscale: its secret stays with the
    // account, as a key's. The new signing key's secret is the one given.
    QHash<QString, Holder> held = oldHeld;
    if (newKey)
        held.insert(found->apiKey, own);
    const std::optional<Holder> replacedKeyHolder = held.contains(updated.apiKey)
        ? std::optional<Holder>(held.value(updated.apiKey))
        : std::nullopt;
    held.remove(updated.apiKey);

    struct Entry
    {
        Holder holder;
        QString name;
    };
    struct Move
    {
        Holder holder;
        QString from;
        QString to;
    };
    QList<Move> moves;
    QList<Entry> obsolete; // deleted once the change is saved
    if (renamed) {
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            moves.append({it.value(), entryName(*found, it.key()), entryName(updated, it.key())});
        }
        if (!newSecret) {
            moves.append(
                {own, entryName(*found, found->apiKey), entryName(updated, updated.apiKey)});
        } else if (!newKey) {
            obsolete.append({own, entryName(*found, found->apiKey)});
        }
        if (replacedKeyHolder)
            obsolete.append({*replacedKeyHolder, entryName(*found, updated.apiKey)});
        for (const Move &move : std::as_const(moves))
            obsolete.append({move.holder, move.from});
    }
    const bool needsKeychain = (newSecret && own == Holder::Keychain)
        || std::any_of(moves.cbegin(), moves.cend(),
            [](const Move &move) { return move.holder == Holder::Keychain; });
    if (needsKeychain && !keychainUsable()) {
        return new FailedJob(Error(Error::Code::KeychainUnavailable,
                                 tr("The system keychain cannot be used now, and the change "
                                    "needs it: the account \"%1\" was not changed.")
                                     .arg(oldName)),
            this);
    }

    // Entries written that did not exist before: what an undo deletes.
    auto written = std::make_shared<QList<Entry>>();
    QList<Step> copies;
    for (const Move &move : std::as_const(moves)) {
        auto secret = std::make_shared<Secret>();
        copies.append(Step{[this, move, secret]() -> SecretJob * {
                               SecretStore *store = storeOf(move.holder);
                               if (!store)
                                   return nullptr;
                               SecretJob *job = store->read(move.from);
                               connect(job, &Job::finished, this, [job, secret] {
                                   if (!job->error())
                                       *secret = job->takeSecret();
                               });
                               return job;
                           },
            {}});
        copies.append(Step{[this, move, secret, written]() -> SecretJob * {
                               SecretStore *store = storeOf(move.holder);
                               SecretJob *job = store ? store->write(move.to, *secret) : nullptr;
                               secret->wipe();
                               if (job) {
                                   connect(job, &Job::finished, this, [job, move, written] {
                                       if (!job->error())
                                           written->append({move.holder, move.to});
                                   });
                               }
                               return job;
                           },
            {}});
    }
    if (newSecret) {
        // Last: when it replaces the secret in place, nothing after it can fail and undo it.
        const QString entry = entryName(updated, updated.apiKey);
        const bool fresh = renamed || (newKey && !replacedKeyHolder);
        auto secret = std::make_shared<Secret>(std::move(*newSecret));
        copies.append(Step{[this, own, entry, secret, written, fresh]() -> SecretJob * {
                               SecretStore *store = storeOf(own);
                               SecretJob *job = store ? store->write(entry, *secret) : nullptr;
                               secret->wipe();
                               if (job && fresh) {
                                   connect(job, &Job::finished, this, [job, own, entry, written] {
                                       if (!job->error())
                                           written->append({own, entry});
                                   });
                               }
                               return job;
                           },
            {}});
    }

    const auto deletion = [this](const Entry &entry, std::shared_ptr<int> deferred) -> Step {
        if (entry.holder == Holder::Keychain)
            return Step{keychainDeletion(entry.name, deferred), deferOnError(entry.name, deferred)};
        SecretStore *session = m_sessionSecrets;
        return Step{
            [session, name = entry.name] { return session ? session->remove(name) : nullptr; },
            [](const Error &) { return true; }};
    };
    const auto undo = [this, written, deletion, oldName](const Error &error) -> Job * {
        auto deferred = std::make_shared<int>(0);
        QList<Step> steps;
        for (const Entry &entry : std::as_const(*written))
            steps.append(deletion(entry, deferred));
        return new SequenceJob(
            steps,
            [this, error, deferred, oldName]() -> Error {
                if (*deferred > 0) {
                    save();
                    Q_EMIT pendingDeletionsChanged();
                }
                return Error(error.code(),
                    tr("Keyport could not move the secrets of the account \"%1\", so the "
                       "account was not changed and no secret was lost. %2")
                        .arg(oldName, error.message()),
                    error.detail());
            },
            this);
    };
    const auto commit = [this, oldName, before = *found, oldHeld, updated, held, obsolete, deletion,
                            undo]() -> Job * {
        const qsizetype index = m_accounts.indexOf(before);
        if (index < 0 || m_held.value(oldName) != oldHeld
            || (updated.name != oldName && account(updated.name))) {
            return undo(
                Error::invalidInput(tr("The account was changed by something else meanwhile.")));
        }
        m_accounts[index] = updated;
        m_held.remove(oldName);
        if (!held.isEmpty())
            m_held.insert(updated.name, held);
        if (m_defaultAccount == oldName)
            m_defaultAccount = updated.name;
        save();
        if (updated.name != oldName)
            Q_EMIT accountRenamed(oldName, updated.name);
        Q_EMIT accountsChanged();
        Q_EMIT storedKeySecretsChanged(updated.name);
        auto deferred = std::make_shared<int>(0);
        QList<Step> steps;
        for (const Entry &entry : obsolete)
            steps.append(deletion(entry, deferred));
        return new SequenceJob(
            steps,
            [this, deferred]() -> Error {
                if (*deferred == 0)
                    return {};
                save();
                Q_EMIT pendingDeletionsChanged();
                return deferredError(*deferred);
            },
            this);
    };
    return new CopyThenCommitJob(
        [this, copies] { return new SequenceJob(copies, {}, this); }, undo, commit, this);
}

SecretJob *AccountStore::readAccountSecret(const QString &name)
{
    const auto found = account(name);
    SecretStore *store = found ? storeOf(ownSecretHolder(*found)) : secretStore();
    if (!store)
        return nullptr;
    return store->read(found ? entryName(*found, found->apiKey) : SecretStore::entryName(name, {}));
}

QSet<QString> AccountStore::storedKeySecrets(const QString &accountName) const
{
    const QHash<QString, Holder> held = m_held.value(accountName);
    QSet<QString> ids(held.keyBegin(), held.keyEnd());
    if (const auto found = account(accountName))
        ids.insert(found->apiKey);
    return ids;
}

SecretStore *AccountStore::keySecretStore(const QString &accountName, const QString &keyId) const
{
    const auto found = account(accountName);
    if (found && found->apiKey == keyId)
        return storeOf(ownSecretHolder(*found));
    const auto held = m_held.value(accountName);
    const auto it = held.constFind(keyId);
    return it == held.cend() ? nullptr : storeOf(it.value());
}

QHash<QString, QString> AccountStore::storedKeySecretPlaces(const QString &accountName) const
{
    QHash<QString, QString> places;
    for (const QString &keyId : storedKeySecrets(accountName)) {
        if (SecretStore *store = keySecretStore(accountName, keyId))
            places.insert(keyId, store->displayName());
    }
    return places;
}

SecretStore *AccountStore::newKeySecretStore(const QString &accountName) const
{
    const auto found = account(accountName);
    return found ? storeOf(newKeyHolder(*found)) : nullptr;
}

Job *AccountStore::storeKeySecret(
    const QString &accountName, const QString &keyId, const Secret &secret)
{
    const auto found = account(accountName);
    if (!found || !AccessKey::isValidKeyId(keyId)) {
        return new FailedJob(Error::invalidInput(tr("The key %1 of the account %2 cannot be "
                                                    "stored.")
                                                     .arg(keyId, accountName)),
            this);
    }
    const Holder holder = newKeyHolder(*found);
    SecretStore *store = storeOf(holder);
    const QString entry = entryName(*found, keyId);
    auto copy = std::make_shared<Secret>(secret.clone());
    return new SequenceJob(
        {Step{[store, entry, copy]() -> SecretJob * {
                  SecretJob *job = store ? store->write(entry, *copy) : nullptr;
                  copy->wipe();
                  return job;
              },
            {}}},
        [this, accountName, keyId, holder]() -> Error {
            if (!account(accountName))
                return {};
            m_held[accountName].insert(keyId, holder);
            save();
            Q_EMIT storedKeySecretsChanged(accountName);
            return {};
        },
        this);
}

SecretJob *AccountStore::readKeySecret(const QString &accountName, const QString &keyId)
{
    SecretStore *store = keySecretStore(accountName, keyId);
    if (!store)
        return nullptr;
    return store->read(entryName(accountName, keyId));
}

Job *AccountStore::forgetKeySecret(const QString &accountName, const QString &keyId)
{
    const auto found = account(accountName);
    if (found && found->apiKey == keyId) {
        return new FailedJob(Error::invalidInput(tr("This is the key the account signs with: "
                                                    "remove the account instead.")),
            this);
    }
    const auto held = m_held.value(accountName);
    const auto it = held.constFind(keyId);
    if (it == held.cend())
        return new FailedJob(
            Error::invalidInput(tr("Keyport holds no secret of the key %1.").arg(keyId)), this);
    const QString entry = entryName(accountName, keyId);
    auto deferred = std::make_shared<int>(0);
    Step step;
    if (it.value() == Holder::Keychain) {
        step = Step{keychainDeletion(entry, deferred), deferOnError(entry, deferred)};
    } else {
        SecretStore *session = m_sessionSecrets;
        step = Step{[session, entry] { return session ? session->remove(entry) : nullptr; }, {}};
    }
    return new SequenceJob(
        {step},
        [this, accountName, keyId, deferred]() -> Error {
            m_held[accountName].remove(keyId);
            save();
            Q_EMIT storedKeySecretsChanged(accountName);
            if (*deferred > 0) {
                Q_EMIT pendingDeletionsChanged();
                return deferredError(*deferred);
            }
            return {};
        },
        this);
}

Job *AccountStore::deletePending()
{
    auto deferred = std::make_shared<int>(0);
    QList<Step> steps;
    for (const QString &entry : std::as_const(m_pendingDeletions)) {
        steps.append(Step{[this, entry]() -> SecretJob * {
                              if (!keychainUsable())
                                  return nullptr;
                              SecretJob *job = m_keychain->remove(entry);
                              connect(job, &Job::finished, this, [this, job, entry] {
                                  if (!job->error())
                                      m_pendingDeletions.removeAll(entry);
                              });
                              return job;
                          },
            [deferred](const Error &) {
                ++*deferred; // stays pending
                return true;
            }});
    }
    return new SequenceJob(
        steps,
        [this, deferred, count = int(steps.size())]() -> Error {
            if (count > 0) {
                save();
                Q_EMIT pendingDeletionsChanged();
            }
            return *deferred > 0 ? deferredError(*deferred) : Error();
        },
        this);
}

} // namespace Keyport
