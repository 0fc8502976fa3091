// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/IamRoleDraft.h"
#include "domain/Job.h"

#include <QPointer>
#include <QSet>

namespace Keyport {

class IamSession;

/// Saves a role from the role editor. A new role (create-iam-role, its policy included) is sent
/// once; when the answer is lost, the roles are listed to find out whether it exists after all.
/// An existing role takes two requests, update-iam-role then update-iam-role-policy, each only
/// when its part changed; when one fails, failedPart() says which, and what the other did. The
/// role as the server then holds it is read back and put in the IamSession.
class SaveRoleFlow : public Job
{
    Q_OBJECT

public:
    enum class Part {
        None,
        Role, ///< create-iam-role, or update-iam-role (description, permissions, labels)
        Policy, ///< update-iam-role-policy
        ReadBack, ///< both were saved; reading the role back failed
    };

    /// Creates @p draft.
    SaveRoleFlow(IamSession *session, IamRoleDraft draft, QObject *parent = nullptr);
    /// Updates @p role's editable members when @p roleChanged, then its policy when @p policy.
    SaveRoleFlow(IamSession *session, IamRole role, bool roleChanged,
        std::optional<IamPolicy> policy, QObject *parent = nullptr);

    /// The saved role's id (the new one's once it is known).
    QString roleId() const { return m_roleId; }
    /// Which request failed; None on success.
    Part failedPart() const { return m_failedPart; }
    /// Whether the role's own members were saved before the policy failed.
    bool roleSaved() const { return m_roleSaved; }
    /// A sentence for people on what failed and what was saved; empty on success.
    QString failureSummary() const;

protected:
    void start() override;
    void abort() override;

private:
    void create();
    void reconcileCreate(const Error &lost);
    void updateRole();
    void updatePolicy();
    void readBack();
    void fail(Part part, const Error &error);
    void track(Job *job);

    QPointer<IamSession> m_session;
    std::optional<IamRoleDraft> m_draft;
    IamRole m_role;
    bool m_roleChanged = false;
    std::optional<IamPolicy> m_policy;
    QString m_roleId;
    Part m_failedPart = Part::None;
    bool m_roleSaved = false;
    QSet<QString> m_rolesBefore;
    QPointer<Job> m_current;
};

} // namespace Keyport
