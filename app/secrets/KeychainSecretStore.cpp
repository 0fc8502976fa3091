// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "KeychainError.h"
#include "KeychainSecretJob.h"
#include "SecretsLogging.h"

#include <QAbstractEventDispatcher>

#include <qt6keychain/keychain.h>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

// QtKeychain's Secret Service backend (libsecret) answers through GLib's main context, which only
// a GLib-based Qt event loop runs: without one (QT_NO_GLIB=1), every request waits forever.
void warnIfEventLoopIgnoresGlib()
{
#ifdef Q_OS_LINUX
    static bool checked = false;
    if (std::exchange(checked, true))
        return;
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (dispatcher && !dispatcher->inherits("QEventDispatcherGlib"))
        qCWarning(lcSecrets) << "The event loop does not run GLib's main context (QT_NO_GLIB?):"
                             << "the Secret Service will never answer; keychain requests will "
                                "time out";
#endif
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{ }

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
    , m_timeout(defaultTimeout())
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &KeychainSecretStore::backendTimedOut);
    connect(&m_pending, &PendingJobCounter::drained, this, &SecretStore::idle);
}

KeychainSecretStore::~KeychainSecretStore()
{
    if (m_backendBusy)
        qCDebug(lcSecrets) << "store destroyed while a QtKeychain job runs; it ends on its own";
}

QString KeychainSecretStore::defaultServiceName()
{
    return u"Keyport"_s;
}

QString KeychainSecretStore::probeEntry()
{
    return u"keyport/.probe"_s;
}

std::chrono::milliseconds KeychainSecretStore::defaultTimeout()
{
    return std::chrono::seconds(60);
}

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString KeychainSecretStore::displayName() const
{
    return tr("the system keychain");
}

SecretJob *KeychainSecretStore::read(const QString &entry)
{
    return createJob(SecretJob::Kind::Read, entry);
}

SecretJob *KeychainSecretStore::write(const QString &entry, const Secret &secret)
{
    KeychainSecretJob *job = createJob(SecretJob::Kind::Write, entry);
    job->m_payload = secret.clone();
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &entry)
{
    return createJob(SecretJob::Kind::Remove, entry);
}

SecretJob *KeychainSecretStore::probe()
{
    // A write, not a read: a locked (or never created) collection answers a read with "not
    // found", as if all were well, and refuses only writes. The entry is removed right after.
    KeychainSecretJob *job = createJob(SecretJob::Kind::Write, probeEntry());
    job->m_payload
        = Secret::fromUtf8(QByteArrayLiteral("Keyport checks that it can store secrets"));
    job->m_probe = true;
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error())
            remove(probeEntry());
    });
    return job;
}

KeychainSecretJob *KeychainSecretStore::createJob(SecretJob::Kind kind, const QString &entry)
{
    auto *job = new KeychainSecretJob(kind, entry, this);
    m_pending.add(job);
    return job;
}

void KeychainSecretStore::enqueue(KeychainSecretJob *job)
{
    if (m_backendStalled) {
        // QtKeychain would only queue it behind the job that does not answer.
        qCDebug(lcSecrets).nospace() << operationName(job->kind()) << ' ' << job->entry()
                                     << ": failed at once, the keychain is not answering";
        job->finishWith(KeychainError::notAnswering(m_timeout));
        return;
    }
    m_queue.enqueue(job);
    startNext();
}

void KeychainSecretStore::startNext()
{
    if (m_backendBusy)
        return;
    while (!m_queue.isEmpty()) {
        const QPointer<KeychainSecretJob> job = m_queue.dequeue();
        // Cancelled (or deleted) while it waited.
        if (job && !job->isFinished()) {
            startBackendJob(job);
            return;
        }
    }
}

void KeychainSecretStore::startBackendJob(KeychainSecretJob *job)
{
    warnIfEventLoopIgnoresGlib();

    // No parent, auto-delete on: the QtKeychain job lives until its backend has called back,
    // whatever happens to this store or to the Keyport job meanwhile.
    QKeychain::Job *backendJob = nullptr;
    switch (job->kind()) {
    case SecretJob::Kind::Read:
        backendJob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case SecretJob::Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_serviceName);
        // As text, so that the entry reads as the secret itself in a keyring manager.
        QString text = job->m_payload.reveal();
        writeJob->setTextData(text);
        text.fill(QChar(u'\0'));
        job->m_payload.wipe();
        backendJob = writeJob;
        break;
    }
    case SecretJob::Kind::Remove:
        backendJob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    backendJob->setKey(job->entry());
    backendJob->setAutoDelete(true);
    backendJob->setInsecureFallback(false);

    connect(backendJob, &QKeychain::Job::finished, this,
        [this, keyportJob = QPointer<KeychainSecretJob>(job)](QKeychain::Job *finished) {
            QByteArray data;
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                data = readJob->binaryData();
            backendFinished(keyportJob, finished->error(), finished->errorString(), data);
        });

    m_backendBusy = true;
    m_running = job;
    if (m_timeout > std::chrono::milliseconds::zero())
        m_deadline.start(m_timeout);
    qCDebug(lcSecrets).nospace() << (job->isProbe() ? "probe" : operationName(job->kind())) << ' '
                                 << job->entry() << ": started after " << job->m_clock.elapsed()
                                 << " ms in the queue";
    backendJob->start();
}

void KeychainSecretStore::backendFinished(const QPointer<KeychainSecretJob> &job,
    int qtKeychainError, const QString &errorString, const QByteArray &data)
{
    m_deadline.stop();
    m_backendBusy = false;
    m_running = nullptr;
    const bool wasStalled = std::exchange(m_backendStalled, false);

    if (!job || job->isFinished()) {
        qCDebug(lcSecrets) << "QtKeychain answered a request that had already ended; error"
                           << qtKeychainError << (wasStalled ? "(after the timeout)" : "");
        startNext();
        return;
    }

    const auto code = static_cast<KeychainError::Code>(qtKeychainError);
    Error error = KeychainError::fromQtKeychain(code, errorString,
        code == KeychainError::Code::OtherError && KeychainError::sessionBusMissing());
    // A missing entry is the goal of a removal, and the expected answer to a probe.
    if (error.code() == Error::Code::NotFound
        && (job->kind() == SecretJob::Kind::Remove || job->isProbe()))
        error = {};

    Secret secret;
    if (!error && job->kind() == SecretJob::Kind::Read && !job->isProbe())
        secret = Secret::fromUtf8(QByteArray(data.constData(), data.size()));

    const char *operation = job->isProbe() ? "probe" : operationName(job->kind());
    if (!error) {
        qCDebug(lcSecrets).nospace() << operation << ' ' << job->entry() << ": finished in "
                                     << job->m_clock.elapsed() << " ms";
    } else if (error.code() == Error::Code::NotFound) {
        qCDebug(lcSecrets).nospace() << operation << ' ' << job->entry() << ": not found";
    } else {
        qCWarning(lcSecrets).nospace()
            << operation << ' ' << job->entry() << ": failed, error code "
            << static_cast<int>(error.code()) << ", " << error.detail();
    }

    // The next request starts first: a slot connected to finished() may delete this store.
    startNext();
    job->finishWith(error, std::move(secret));
}

void KeychainSecretStore::backendTimedOut()
{
    if (!m_backendBusy)
        return;
    m_backendStalled = true;
    qCWarning(lcSecrets) << "QtKeychain did not answer within" << m_timeout.count()
                         << "ms; requests fail until it does";
    const Error error = KeychainError::notAnswering(m_timeout);
    // The running job stays referenced by its QtKeychain job's callback, which will find it
    // ended (or gone). The queue is emptied first: finished() may reach code that deletes us.
    QList<QPointer<KeychainSecretJob>> jobs{m_running};
    while (!m_queue.isEmpty())
        jobs.append(m_queue.dequeue());
    const QPointer<KeychainSecretStore> self(this);
    for (const QPointer<KeychainSecretJob> &job : std::as_const(jobs)) {
        if (job && !job->isFinished())
            job->finishWith(error);
        if (!self)
            return;
    }
}

} // namespace Keyport
