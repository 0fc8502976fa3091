// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSecretStore.h"

#include "SecretsLogging.h"
#include "SessionSecretJob.h"

namespace Keyport {

using namespace Qt::StringLiterals;

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{
    connect(&m_pending, &PendingJobCounter::drained, this, &SecretStore::idle);
}

SessionSecretStore::~SessionSecretStore() = default;

QString SessionSecretStore::displayName() const
{
    return tr("this session only");
}

SecretJob *SessionSecretStore::read(const QString &entry)
{
    return createJob(SecretJob::Kind::Read, entry);
}

SecretJob *SessionSecretStore::write(const QString &entry, const Secret &secret)
{
    SessionSecretJob *job = createJob(SecretJob::Kind::Write, entry);
    job->m_payload = secret.clone();
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &entry)
{
    return createJob(SecretJob::Kind::Remove, entry);
}

SecretJob *SessionSecretStore::probe()
{
    SessionSecretJob *job = createJob(SecretJob::Kind::Read, QString());
    job->m_probe = true;
    return job;
}

SessionSecretJob *SessionSecretStore::createJob(SecretJob::Kind kind, const QString &entry)
{
    auto *job = new SessionSecretJob(kind, entry, this);
    m_pending.add(job);
    return job;
}

Error SessionSecretStore::perform(SessionSecretJob &job, Secret &found)
{
    if (job.m_probe)
        return {};
    qCDebug(lcSecrets).nospace() << operationName(job.kind()) << ' ' << job.entry()
                                 << ": in session memory";
    switch (job.kind()) {
    case SecretJob::Kind::Read: {
        const auto it = m_secrets.find(job.entry());
        if (it == m_secrets.end()) {
            return Error(Error::Code::NotFound,
                tr("No secret is kept for this key in this session."),
                u"no session entry %1"_s.arg(job.entry()));
        }
        found = Secret::fromUtf8(Secret::masked(it->second.utf8(), m_mask));
        return {};
    }
    case SecretJob::Kind::Write:
        m_secrets.insert_or_assign(
            job.entry(), Secret::fromUtf8(Secret::masked(job.m_payload.utf8(), m_mask)));
        job.m_payload.wipe();
        return {};
    case SecretJob::Kind::Remove:
        m_secrets.erase(job.entry());
        return {};
    }
    return {};
}

} // namespace Keyport
