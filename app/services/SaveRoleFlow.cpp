// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveRoleFlow.h"

#include "api/AsyncOperationJob.h"
#include "api/IamRoleCreateJob.h"
#include "api/IamRoleJob.h"
#include "api/IamRoleListJob.h"
#include "IamSession.h"

#include <utility>

namespace Keyport {

namespace {

/// The answer may have been lost after the server acted on the request.
bool answerLost(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Timeout:
    case Error::Code::Network:
    case Error::Code::ServerError:
    case Error::Code::MalformedResponse:
        return true;
    default:
        return false;
    }
}

} // namespace

SaveRoleFlow::SaveRoleFlow(IamSession *session, IamRoleDraft draft, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_draft(std::move(draft))
{ }

SaveRoleFlow::SaveRoleFlow(IamSession *session, IamRole role, bool roleChanged,
    std::optional<IamPolicy> policy, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_role(std::move(role))
    , m_roleChanged(roleChanged)
    , m_policy(std::move(policy))
    , m_roleId(m_role.id)
{ }

void SaveRoleFlow::track(Job *job)
{
    m_current = job;
}

void SaveRoleFlow::abort()
{
    if (m_current)
        m_current->cancel();
}

void SaveRoleFlow::start()
{
    if (!m_session || !m_session->client()) {
        fail(m_draft ? Part::Role : (m_roleChanged ? Part::Role : Part::Policy),
            Error(Error::Code::InvalidInput, tr("The account is not open.")));
        return;
    }
    if (m_draft) {
        for (const IamRole &role : m_session->roles())
            m_rolesBefore.insert(role.id);
        create();
    } else if (m_roleChanged) {
        updateRole();
    } else if (m_policy) {
        updatePolicy();
    } else {
        emitResult(); // nothing changed: nothing to send
    }
}

void SaveRoleFlow::create()
{
    auto *job = m_session->client()->createRole(*m_draft);
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return;
        if (job->error()) {
            if (answerLost(job->error()))
                reconcileCreate(job->error());
            else
                fail(Part::Role, job->error());
            return;
        }
        m_roleId = job->roleId();
        m_roleSaved = true;
        readBack();
    });
}

void SaveRoleFlow::reconcileCreate(const Error &lost)
{
    auto *list = m_session->client()->listRoles();
    track(list);
    connect(list, &Job::finished, this, [this, list, lost] {
        if (list->error().isCancelled())
            return;
        if (!list->error()) {
            for (const IamRole &role : list->roles()) {
                if (role.name == m_draft->name && !m_rolesBefore.contains(role.id)) {
                    // Created after all: the answer alone was lost.
                    m_roleId = role.id;
                    m_roleSaved = true;
                    m_session->putRole(role);
                    emitResult();
                    return;
                }
            }
            fail(Part::Role,
                Error(lost.code(),
                    tr("The role was not created: %1 The list of roles shows no role %2.")
                        .arg(lost.message(), m_draft->name)));
            return;
        }
        fail(Part::Role,
            Error(lost.code(),
                tr("Whether the role %1 was created is unknown: %2 The roles could not be listed "
                   "either: %3 Refresh, then look for it before trying again.")
                    .arg(m_draft->name, lost.message(), list->error().message())));
    });
}

void SaveRoleFlow::updateRole()
{
    auto *job = m_session->client()->updateRole(m_role);
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return;
        if (job->error())
            return fail(Part::Role, job->error());
        m_roleSaved = true;
        if (m_policy)
            updatePolicy();
        else
            readBack();
    });
}

void SaveRoleFlow::updatePolicy()
{
    auto *job = m_session->client()->updateRolePolicy(m_roleId, *m_policy);
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return;
        if (job->error())
            return fail(Part::Policy, job->error());
        readBack();
    });
}

void SaveRoleFlow::readBack()
{
    auto *job = m_session->client()->getRole(m_roleId);
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return;
        if (job->error())
            return fail(Part::ReadBack, job->error());
        m_session->putRole(job->role());
        emitResult();
    });
}

void SaveRoleFlow::fail(Part part, const Error &error)
{
    m_failedPart = part;
    // What was saved is on the server: show it rather than the form's hopes.
    if (m_roleSaved && m_session && m_session->client() && part == Part::Policy) {
        auto *job = m_session->client()->getRole(m_roleId);
        connect(job, &Job::finished, m_session, [session = m_session, job] {
            if (!job->error() && session)
                session->putRole(job->role());
        });
    }
    emitResult(error);
}

QString SaveRoleFlow::failureSummary() const
{
    const QString why = error().message();
    switch (m_failedPart) {
    case Part::None:
        return {};
    case Part::Role:
        if (m_draft)
            return tr("The role was not created. %1").arg(why);
        return m_policy
            ? tr("Nothing was saved: the role's description, permissions and labels "
                 "were refused, and its policy was not sent. %1")
                  .arg(why)
            : tr("The role's description, permissions and labels were not saved. %1").arg(why);
    case Part::Policy:
        return m_roleSaved
            ? tr("The role's description, permissions and labels were saved, but "
                 "its policy was not: the old policy still applies. %1")
                  .arg(why)
            : tr("The role's policy was not saved: the old policy still applies. %1").arg(why);
    case Part::ReadBack:
        return tr("The role was saved, but reading it back failed: refresh to see it. %1").arg(why);
    }
    return why;
}

} // namespace Keyport
