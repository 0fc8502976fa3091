// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCredentialsJob.h"

#include "api/CatalogJob.h"

#include <QLocale>
#include <QNetworkAccessManager>

#include <algorithm>

namespace Keyport {

CheckCredentialsJob::CheckCredentialsJob(QNetworkAccessManager *network, const Account &account,
    Secret secret, std::optional<ClientOptions> options, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_account(account)
    , m_secret(std::move(secret))
    , m_options(std::move(options))
{ }

CheckCredentialsJob::~CheckCredentialsJob() = default;

void CheckCredentialsJob::start()
{
    const auto endpoint = m_account.endpoint();
    if (!endpoint) {
        finish(endpoint.error());
        return;
    }
    if (!m_network) {
        finish(Error(Error::Code::Network, tr("Keyport has no network access.")));
        return;
    }
    // A client of its own: the account is not saved yet, and the test ends with this job.
    m_client = std::make_unique<ExoscaleClient>(
        m_network, endpoint.value(), m_account.apiKey, std::move(m_secret));
    if (m_options)
        m_client->setOptions(*m_options);
    CatalogJob *known = m_client->listKnownOperations();
    m_request = known;
    connect(known, &Job::finished, this, [this, known] {
        if (!known->error()) {
            m_known = known->catalog();
            m_knownRead = true;
        }
        onKnownFinished(known->error());
    });
}

void CheckCredentialsJob::abort()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
}

void CheckCredentialsJob::onKnownFinished(const Error &error)
{
    if (error.code() == Error::Code::GenerationMismatch) {
        // The server read the signature and said which kind of key signed: the key works.
        m_outcome.generation = KeyGeneration::IamApiKey;
        finish();
        return;
    }
    // A restricted key may not be allowed the catalog (a 403): its own operations still tell.
    if (error && error.code() != Error::Code::AccessDenied) {
        finish(error);
        return;
    }
    m_outcome.knownOperations = m_knownRead ? m_known.operationCount() : 0;
    CatalogJob *own = m_client->listOwnOperations();
    m_request = own;
    connect(own, &Job::finished, this, [this, own, knownError = error] {
        const Error ownError = own->error();
        if (ownError.code() == Error::Code::GenerationMismatch) {
            m_outcome.generation = KeyGeneration::IamApiKey;
            finish();
            return;
        }
        if (ownError) {
            if (ownError.code() == Error::Code::AccessDenied && m_knownRead) {
                // The catalog was answered, so the signature is good: the key works, but may
                // not list its own rights.
                m_outcome.generation = KeyGeneration::LegacyAccessKey;
                finish();
                return;
            }
            // Neither list was answered: nothing shows that the key works.
            finish(knownError ? knownError : ownError);
            return;
        }
        const Catalog &mine = own->catalog();
        m_outcome.generation = KeyGeneration::LegacyAccessKey;
        m_outcome.ownOperationsListed = true;
        m_outcome.allowedOperations = mine.operationCount();
        if (m_knownRead) {
            const QStringList &all = m_known.operations();
            m_outcome.unrestricted = !all.isEmpty()
                && std::all_of(all.cbegin(), all.cend(), [&mine](const QString &operation) {
                       return mine.containsOperation(operation);
                   });
            if (!m_outcome.unrestricted) {
                const QStringList tags = m_known.tags();
                for (const QString &tag : tags) {
                    const QStringList operations = m_known.operationsForTag(tag);
                    if (!operations.isEmpty()
                        && std::all_of(operations.cbegin(), operations.cend(),
                            [&mine](const QString &operation) {
                                return mine.containsOperation(operation);
                            }))
                        m_outcome.coveredTags.append(tag);
                }
            }
        }
        finish();
    });
}

void CheckCredentialsJob::finish(const Error &error)
{
    m_request = nullptr;
    m_outcome.error = error;
    if (error)
        m_outcome.generation = KeyGeneration::Unknown;
    emitResult(error);
}

QString CheckCredentialsJob::summary(const Outcome &outcome)
{
    if (outcome.error)
        return outcome.error.message();
    switch (outcome.generation) {
    case KeyGeneration::Unknown:
        break;
    case KeyGeneration::IamApiKey:
        return tr("The key works: it is an IAM API key. Keyport manages legacy access keys; IAM "
                  "API keys and their roles come in a later version.");
    case KeyGeneration::LegacyAccessKey:
        if (!outcome.ownOperationsListed) {
            return tr("The key works. It is a legacy access key, but it may not list its own "
                      "operations, so Keyport cannot tell what it may do.");
        }
        if (outcome.unrestricted) {
            return tr("The key works. It is an unrestricted legacy access key: it may use all "
                      "%n operation(s).",
                nullptr, int(outcome.knownOperations));
        }
        if (outcome.knownOperations == 0) {
            return tr("The key works. It is a legacy access key, restricted to %n operation(s).",
                nullptr, int(outcome.allowedOperations));
        }
        if (!outcome.coveredTags.isEmpty()) {
            return tr("The key works. It is a legacy access key, restricted to %1 of %n "
                      "operation(s), every operation tagged %2 included.",
                nullptr, int(outcome.knownOperations))
                .arg(QString::number(outcome.allowedOperations),
                    QLocale().createSeparatedList(outcome.coveredTags));
        }
        return tr("The key works. It is a legacy access key, restricted to %1 of %n "
                  "operation(s).",
            nullptr, int(outcome.knownOperations))
            .arg(QString::number(outcome.allowedOperations));
    }
    return tr("Keyport could not find out whether the key works.");
}

} // namespace Keyport
