// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "domain/AccessKey.h"
#include "secrets/SecretStore.h"

#include <QSettings>

namespace Keyport {

namespace {

/// Runs secret-store steps one after the other, stops at the first error, and runs a last
/// action when all succeeded.
class ChainJob : public Job
{
public:
    ChainJob(
        QList<std::function<SecretJob *()>> steps, std::function<void()> onSuccess, QObject *parent)
        : Job(parent)
        , m_steps(std::move(steps))
        , m_onSuccess(std::move(onSuccess))
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
            if (m_onSuccess)
                m_onSuccess();
            emitResult();
            return;
        }
        SecretJob *job = m_steps.takeFirst()();
        if (!job) {
            emitResult(Error(Error::Code::KeychainUnavailable,
                AccountStore::tr("No secret store is available.")));
            return;
        }
        m_current = job;
        connect(job, &Job::finished, this, [this, job] {
            m_current = nullptr;
            if (job->error())
                emitResult(job->error());
            else
                next();
        });
    }

    QList<std::function<SecretJob *()>> m_steps;
    std::function<void()> m_onSuccess;
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

const QString accountsKey = QStringLiteral("accounts");
const QString defaultAccountKey = QStringLiteral("defaultAccount");

} // namespace

AccountStore::AccountStore(
    QSettings *settings, SecretStore *secrets, SecretStore *sessionSecrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
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
        m_storedKeySecrets.insert(account.name, QSet<QString>(stored.begin(), stored.end()));
        m_accounts.append(account);
    }
    m_settings->endArray();
    m_defaultAccount = m_settings->value(defaultAccountKey).toString();
}

void AccountStore::save()
{
    if (!m_settings)
        return;
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
        QStringList stored = m_storedKeySecrets.value(account.name).values();
        stored.sort();
        m_settings->setValue(QStringLiteral("storedSecrets"), stored);
    }
    m_settings->endArray();
    m_settings->setValue(defaultAccountKey, m_defaultAccount);
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

void AccountStore::setSessionOnly(bool sessionOnly, SecretStore *persistent)
{
    m_sessionOnly = sessionOnly;
    if (sessionOnly)
        m_secrets = m_sessionSecrets;
    else if (persistent)
        m_secrets = persistent;
}

void AccountStore::setDefaultAccountName(const QString &name)
{
    if (name == m_defaultAccount)
        return;
    m_defaultAccount = name;
    save();
}

SecretStore *AccountStore::storeFor(const QString &accountName) const
{
    const auto found = account(accountName);
    if (found && !found->isSaved())
        return m_sessionSecrets;
    return m_secrets;
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

Job *AccountStore::chain(QList<std::function<SecretJob *()>> steps, std::function<void()> onSuccess)
{
    return new ChainJob(std::move(steps), std::move(onSuccess), this);
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
    SecretStore *store = account.isSaved() ? m_secrets.data() : m_sessionSecrets.data();
    const QString entry = SecretStore::entryName(account.name, account.apiKey);
    auto copy = std::make_shared<Secret>(secret.clone());
    return chain({[store, entry, copy] { return store ? store->write(entry, *copy) : nullptr; }},
        [this, account] {
            if (this->account(account.name))
                return; // added meanwhile by another job: keep the first
            m_accounts.append(account);
            if (m_defaultAccount.isEmpty() && account.isSaved())
                m_defaultAccount = account.name;
            save();
            Q_EMIT accountsChanged();
        });
}

Job *AccountStore::removeAccount(const QString &name)
{
    const auto found = account(name);
    if (!found)
        return new FailedJob(
            Error::invalidInput(tr("There is no account named \"%1\".").arg(name)), this);
    SecretStore *store = storeFor(name);
    QList<std::function<SecretJob *()>> steps;
    QSet<QString> keyIds = storedKeySecrets(name);
    for (const QString &keyId : std::as_const(keyIds)) {
        const QString entry = SecretStore::entryName(name, keyId);
        steps.append([store, entry] { return store ? store->remove(entry) : nullptr; });
    }
    return chain(steps, [this, name] {
        m_accounts.removeIf([&name](const Account &account) { return account.name == name; });
        m_storedKeySecrets.remove(name);
        if (m_defaultAccount == name)
            m_defaultAccount = m_accounts.isEmpty() ? QString() : m_accounts.constFirst().name;
        save();
        Q_EMIT accountsChanged();
    });
}

SecretJob *AccountStore::readAccountSecret(const QString &name)
{
    const auto found = account(name);
    SecretStore *store = storeFor(name);
    if (!store)
        return nullptr;
    return store->read(SecretStore::entryName(name, found ? found->apiKey : QString()));
}

QSet<QString> AccountStore::storedKeySecrets(const QString &accountName) const
{
    QSet<QString> ids = m_storedKeySecrets.value(accountName);
    if (const auto found = account(accountName))
        ids.insert(found->apiKey);
    return ids;
}

Job *AccountStore::storeKeySecret(
    const QString &accountName, const QString &keyId, const Secret &secret)
{
    if (!account(accountName) || !AccessKey::isValidKeyId(keyId)) {
        return new FailedJob(Error::invalidInput(tr("The key %1 of the account %2 cannot be "
                                                    "stored.")
                                                     .arg(keyId, accountName)),
            this);
    }
    SecretStore *store = storeFor(accountName);
    const QString entry = SecretStore::entryName(accountName, keyId);
    auto copy = std::make_shared<Secret>(secret.clone());
    return chain({[store, entry, copy] { return store ? store->write(entry, *copy) : nullptr; }},
        [this, accountName, keyId] {
            m_storedKeySecrets[accountName].insert(keyId);
            save();
            Q_EMIT storedKeySecretsChanged(accountName);
        });
}

SecretJob *AccountStore::readKeySecret(const QString &accountName, const QString &keyId)
{
    SecretStore *store = storeFor(accountName);
    return store ? store->read(SecretStore::entryName(accountName, keyId)) : nullptr;
}

Job *AccountStore::forgetKeySecret(const QString &accountName, const QString &keyId)
{
    const auto found = account(accountName);
    if (found && found->apiKey == keyId) {
        return new FailedJob(Error::invalidInput(tr("This is the key the account signs with: "
                                                    "remove the account instead.")),
            this);
    }
    SecretStore *store = storeFor(accountName);
    const QString entry = SecretStore::entryName(accountName, keyId);
    return chain({[store, entry] { return store ? store->remove(entry) : nullptr; }},
        [this, accountName, keyId] {
            m_storedKeySecrets[accountName].remove(keyId);
            save();
            Q_EMIT storedKeySecretsChanged(accountName);
        });
}

} // namespace Keyport
