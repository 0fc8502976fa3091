// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "domain/IamRole.h"
#include "wizard/KeyWizard.h"

#include <QList>

#include <optional>

namespace Keyport {

class IamSession;

/// New API Key (IAM v3): a name and a role (or "New Role…", which asks the owner to open the
/// role editor), a review with the `exo iam api-key create` line (the commit page), creating,
/// and the secret, shown once, on the legacy wizard's secret page with the same guarantees.
/// Opened with open(); it edits nothing but its own name and role.
class ApiKeyWizard : public KeyWizard
{
    Q_OBJECT

public:
    enum ApiKeyPageId {
        ApiKeyNamePageId,
        ApiKeyReviewPageId,
        ApiKeyCreatingPageId,
        ApiKeySecretPageId,
    };

    ApiKeyWizard(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
        QWidget *parent = nullptr);
    ~ApiKeyWizard() override;

    IamSession *iam() const;

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    /// The chosen role's id; empty while none is chosen.
    QString roleId() const { return m_roleId; }
    void setRoleId(const QString &roleId) { m_roleId = roleId; }

    /// The roles offered: the account's, and those added with addRole(), by name.
    QList<IamRole> roles() const;
    std::optional<IamRole> role(const QString &roleId) const;
    /// How the exo CLI is told the role: its name when no other role has it, else its id.
    QString roleArgument(const QString &roleId) const;
    /// Whether @p role allows every service (the built-in Owner role does): a key on it may do
    /// everything the organisation policy allows.
    static bool grantsEverything(const IamRole &role);

    /// A role created meanwhile (by the role editor that "New Role…" opened) joins the list,
    /// selected when @p select.
    void addRole(const IamRole &role, bool select);

    /// The new key, after the creation succeeded.
    const ApiKey &createdApiKey() const { return m_createdApiKey; }
    void setCreatedApiKey(const ApiKey &key) { m_createdApiKey = key; }

    /// Goes back to @p page and shows @p message there.
    void showProblemOn(ApiKeyPageId page, const QString &message);

Q_SIGNALS:
    /// "New Role…" was chosen: the owner opens the role editor, then calls addRole().
    void newRoleRequested();
    /// The roles offered changed; @p selectId, when not empty, is to be selected.
    void rolesChanged(const QString &selectId);
    /// An API key was created (its secret shown on the last page).
    void apiKeyCreated(const Keyport::ApiKey &key);
    /// The person asked to delete @p key (created although its answer was lost). The wizard does
    /// not delete it itself: its owner runs the Delete API Keys command; the creating page learns
    /// the outcome from the account's list of API keys.
    void deleteRequested(const Keyport::ApiKey &key);

private:
    QString m_name;
    QString m_roleId;
    QList<IamRole> m_addedRoles;
    ApiKey m_createdApiKey;
};

} // namespace Keyport
