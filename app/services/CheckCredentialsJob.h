// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "domain/Account.h"
#include "domain/Catalog.h"
#include "domain/Job.h"
#include "domain/KeyGeneration.h"
#include "domain/Secret.h"

#include <QPointer>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;

namespace Keyport {

/// Tests an account's credentials before they are saved ("Test" in the account dialog): asks the
/// account's API for every operation a key may be restricted to, then for the operations the key
/// itself may use, and tells what kind of key it is and what it may do.
///
/// A refusal because the key is an IAM v3 API key (Error::Code::GenerationMismatch) is an answer,
/// not a failure: the key works, it is of the other generation. A 403 on the key's own
/// operations after the catalog was read means the key works but may not list its own rights.
/// finished() carries an error only when the key could not be shown to work (bad secret, no
/// connection, an invalid endpoint…).
class CheckCredentialsJob : public Job
{
    Q_OBJECT

public:
    /// What the check found out.
    struct Outcome
    {
        KeyGeneration generation = KeyGeneration::Unknown;
        /// The key may use every operation (an unrestricted legacy access key).
        bool unrestricted = false;
        /// The key may list its own operations; when false, allowedOperations is unknown.
        bool ownOperationsListed = false;
        /// How many operations the key may use (0 when unknown).
        qsizetype allowedOperations = 0;
        /// How many operations a key may be restricted to at all (0 when unknown).
        qsizetype knownOperations = 0;
        /// The tags every operation of which the key may use, sorted (empty for an unrestricted
        /// key: it has them all).
        QStringList coveredTags;
        /// Why the check failed; none when the key works.
        Error error;
    };

    /// @p network is not owned. Without @p options, the client's defaults apply.
    CheckCredentialsJob(QNetworkAccessManager *network, const Account &account, Secret secret,
        std::optional<ClientOptions> options = std::nullopt, QObject *parent = nullptr);
    ~CheckCredentialsJob() override;

    const Outcome &outcome() const { return m_outcome; }

    /// One translated sentence for people: what the key is and what it may do, or why the check
    /// failed (the error's message).
    static QString summary(const Outcome &outcome);

protected:
    void start() override;
    void abort() override;

private:
    void onKnownFinished(const Error &error);
    void finish(const Error &error = {});

    QPointer<QNetworkAccessManager> m_network;
    Account m_account;
    Secret m_secret;
    std::optional<ClientOptions> m_options;
    std::unique_ptr<ExoscaleClient> m_client;
    QPointer<Job> m_request;
    Catalog m_known;
    bool m_knownRead = false;
    Outcome m_outcome;
};

} // namespace Keyport
