// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CreatedKey.h"
#include "domain/Error.h"
#include "domain/Job.h"
#include "domain/KeyDraft.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Keyport {

class AccountSession;
class AccountStore;
class SecretStore;

/// Creates one key: sends the draft once (never again by itself), writes the new secret to the
/// secret store before anyone sees it, and, when the answer was lost (timeout, 5xx, dropped
/// connection), lists the keys to find out whether the key exists after all.
///
/// A Job: it starts once control returns to the event loop, emits finished() exactly once, then
/// deletes itself (unless setAutoDelete(false)). error() is none only for Outcome::Created; for
/// the other outcomes it says what went wrong (for NotCreated, Orphaned and Unknown: how the
/// answer was lost, or why the key list could not be read). cancel() only stops waiting: a
/// create already sent may still take effect.
class CreateKeyFlow : public Job
{
    Q_OBJECT

public:
    enum class Outcome {
        Running,
        Created, ///< createdKey() and the secret are there; secretStored() says if it is saved
        Refused, ///< the server said no (error(), errorField())
        NotCreated, ///< the answer was lost, and the key list shows no such key
        Orphaned, ///< the answer was lost but the key exists: its secret is lost (orphan())
        Unknown, ///< the answer was lost, and the key list could not be read either
    };

    CreateKeyFlow(
        AccountSession *session, AccountStore *accounts, KeyDraft draft, QObject *parent = nullptr);
    ~CreateKeyFlow() override;

    Outcome outcome() const { return m_outcome; }
    /// The wizard page the error concerns: name, restrictions (operations and tags), resources.
    KeyDraft::Field errorField() const { return m_errorField; }

    const AccessKey &createdKey() const { return m_created.key; }
    /// The secret, once; it stays here until taken.
    Secret takeSecret() { return std::move(m_created.secret); }
    bool secretStored() const { return m_secretStored; }
    /// The store that accepted the secret (null when none did): the keychain, or memory only.
    SecretStore *secretStore() const { return m_storedIn; }
    Error storeError() const { return m_storeError; }

    /// The key that exists although its creation seemed to fail.
    const AccessKey &orphan() const { return m_orphan; }

    /// Which field a refusal is about, from the server's words.
    static KeyDraft::Field fieldOf(const Error &error);

Q_SIGNALS:
    /// What is happening now, for people.
    void progress(const QString &text);

protected:
    void start() override;

private:
    void onCreated(CreatedKey created);
    void reconcile(const Error &lost);
    void finish(Outcome outcome);

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    KeyDraft m_draft;
    QSet<QString> m_keysBefore;
    Outcome m_outcome = Outcome::Running;
    Error m_error;
    KeyDraft::Field m_errorField = KeyDraft::Field::Restrictions;
    CreatedKey m_created;
    bool m_secretStored = false;
    QPointer<SecretStore> m_storedIn;
    Error m_storeError;
    AccessKey m_orphan;
};

} // namespace Keyport
