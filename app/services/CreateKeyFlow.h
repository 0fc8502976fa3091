// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CreateCredentialFlow.h"
#include "domain/CreatedKey.h"
#include "domain/KeyDraft.h"

#include <QObject>
#include <QSet>

namespace Keyport {

/// Creates one key: sends the draft once (never again by itself), writes the new secret to the
/// secret store before anyone sees it, and, when the answer was lost (timeout, 5xx, dropped
/// connection), lists the keys to find out whether the key exists after all.
///
/// A Job (CreateCredentialFlow): it starts once control returns to the event loop, emits
/// finished() exactly once, then deletes itself (unless setAutoDelete(false)). For NotCreated,
/// Orphaned and Unknown, error() says how the answer was lost, or why the key list could not be
/// read.
class CreateKeyFlow : public CreateCredentialFlow
{
    Q_OBJECT

public:
    CreateKeyFlow(
        AccountSession *session, AccountStore *accounts, KeyDraft draft, QObject *parent = nullptr);
    ~CreateKeyFlow() override;

    /// The wizard page the error concerns: name, restrictions (operations and tags), resources.
    KeyDraft::Field errorField() const { return m_errorField; }

    const AccessKey &createdKey() const { return m_created; }

    /// The key that exists although its creation seemed to fail.
    const AccessKey &orphan() const { return m_orphan; }

    /// Which field a refusal is about, from the server's words.
    static KeyDraft::Field fieldOf(const Error &error);

protected:
    void start() override;

private:
    void onCreated(CreatedKey created);
    void reconcile(const Error &lost);

    KeyDraft m_draft;
    QSet<QString> m_keysBefore;
    KeyDraft::Field m_errorField = KeyDraft::Field::Restrictions;
    AccessKey m_created;
    AccessKey m_orphan;
};

} // namespace Keyport
