// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountStore.h"
#include "domain/AccessKey.h"
#include "domain/Error.h"
#include "domain/KeyDraft.h"
#include "domain/Secret.h"
#include "services/AccountSession.h"
#include "widgets/SecretClipboard.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace Keyport {

class SecretStore;

/// Create Key: name and kind, operations and tags, resources, review (the commit page), creating,
/// and the secret, shown once. Every page edits the one typed KeyDraft held here. With a
/// template ("Use as Template"), the draft starts as the template key's and the wizard opens on
/// the operations page.
///
/// It is also the base of the wizards that create other kinds of credential (ApiKeyWizard): the
/// account, the new secret and where it was stored, the secret page, and the guards that ask
/// before a secret on screen is lost (closing the wizard here, quitting in the main window's
/// QuitGuard) live here for all of them.
class KeyWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        NamePageId,
        OperationsPageId,
        ResourcesPageId,
        ReviewPageId,
        CreatingPageId,
        SecretPageId,
    };

    KeyWizard(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
        QWidget *parent = nullptr);
    ~KeyWizard() override;

    /// Starts from @p key's restrictions: its tags, its operations that no tag covers, its
    /// resources; the name becomes "<name>-copy".
    void useTemplate(const AccessKey &key);
    bool hasTemplate() const { return m_template.has_value(); }
    const KeyDraft &templateDraft() const { return *m_template; }

    KeyDraft &draft() { return m_draft; }
    AccountSession *session() const { return m_session; }
    AccountStore *accounts() const { return m_accounts; }
    SecretClipboard *clipboard() const { return m_clipboard; }

    /// Goes back to the page where @p field is edited and shows @p message there.
    void showProblem(KeyDraft::Field field, const QString &message);
    /// Goes back to @p page (the review when it was not visited) and shows @p message there.
    void showProblemOnPage(PageId page, const QString &message);
    /// For people: the account the key is created in and its endpoint, e.g.
    /// "Account prod · ch-gva-2".
    QString accountText() const;

    /// The page the wizard goes back to for a field.
    static PageId pageFor(KeyDraft::Field field);

    /// While a creation runs, closing would leave nobody to receive the secret.
    void setCreating(bool creating) { m_creating = creating; }
    /// A secret is on screen that is neither saved nor acknowledged.
    void setSecretAtRisk(bool atRisk) { m_secretAtRisk = atRisk; }

    /// The new key, its secret (shown once, wiped with the wizard), and the store that accepted
    /// it (null: none did). For a credential of another kind, @p key carries only its name and id.
    void setResult(
        const AccessKey &key, Secret secret, SecretStore *storedIn, const Error &storeError);
    /// The new key; for a credential of another kind (an API key), only its name and id are set.
    const AccessKey &createdKey() const { return m_createdKey; }
    const Secret &createdSecret() const { return m_createdSecret; }
    /// Some store accepted the secret (perhaps memory only).
    bool secretStored() const { return m_secretStored; }
    /// The secret outlives Keyport: a persistent store (the system keychain) accepted it.
    bool secretPersisted() const { return m_secretPersisted; }
    /// For people: where the secret is, e.g. "the system keychain", "this session only".
    QString secretStoreName() const { return m_secretStoreName; }
    /// A secret is on screen that nothing persistent holds and the person has not acknowledged:
    /// closing the wizard, or quitting Keyport, must ask first.
    bool isSecretAtRisk() const { return m_secretAtRisk && !m_closeConfirmed; }
    Error storeError() const { return m_storeError; }

    void reject() override;

protected:
    /// For the wizards of other credentials: the account, the buttons' names, Ctrl+Q; no page.
    struct WithoutPages
    {
    };
    KeyWizard(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
        QWidget *parent, WithoutPages);

    void initializePage(int id) override;

Q_SIGNALS:
    /// A key was created (its secret shown on the last page).
    void keyCreated(const Keyport::AccessKey &key);
    /// The person asked to revoke @p key (a key created although its answer was lost). The
    /// wizard does not revoke it itself: its owner runs the one Revoke command. The creating
    /// page learns the outcome from the session's key list.
    void revokeRequested(const Keyport::AccessKey &key);

private:
    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QPointer<SecretClipboard> m_clipboard;
    KeyDraft m_draft;
    std::optional<KeyDraft> m_template;
    AccessKey m_createdKey;
    Secret m_createdSecret;
    bool m_secretStored = false;
    bool m_secretPersisted = false;
    QString m_secretStoreName;
    Error m_storeError;
    bool m_creating = false;
    bool m_secretAtRisk = false;
    bool m_closeConfirmed = false;
    bool m_skipNamePage = false;
};

} // namespace Keyport
