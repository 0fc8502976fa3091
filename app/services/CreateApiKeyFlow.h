// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CreateCredentialFlow.h"
#include "domain/ApiKey.h"
#include "domain/CreatedApiKey.h"

#include <QSet>

namespace Keyport {

/// Creates one IAM v3 API key (create-api-key: a name and a role id), sent once and never again
/// by itself. The new secret is written to the account's key-secret store, under the new key's
/// id, before anyone sees it; the key joins the account's IamSession at once.
///
/// When the answer was lost (timeout, 5xx, dropped connection, unreadable answer), the API keys
/// are listed: one with this name AND this role that was not there before the request is the key
/// created after all (Outcome::Orphaned: its secret is lost; orphan()), none means NotCreated,
/// and a list that cannot be read means Unknown.
///
/// A Job (CreateCredentialFlow): it starts once control returns to the event loop, emits
/// finished() exactly once, then deletes itself (unless setAutoDelete(false)).
class CreateApiKeyFlow : public CreateCredentialFlow
{
    Q_OBJECT

public:
    CreateApiKeyFlow(AccountSession *session, AccountStore *accounts, QString name, QString roleId,
        QObject *parent = nullptr);
    ~CreateApiKeyFlow() override;

    QString name() const { return m_name; }
    QString roleId() const { return m_roleId; }
    /// The new key, after Outcome::Created.
    const ApiKey &createdKey() const { return m_created; }
    /// The key that exists although its creation seemed to fail (Outcome::Orphaned).
    const ApiKey &orphan() const { return m_orphan; }

protected:
    void start() override;

private:
    void onCreated(CreatedApiKey created);
    void reconcile(const Error &lost);

    QString m_name;
    QString m_roleId;
    QSet<QString> m_keysBefore;
    ApiKey m_created;
    ApiKey m_orphan;
};

} // namespace Keyport
