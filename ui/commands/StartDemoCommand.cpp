// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartDemoCommand.h"

#include "accounts/AccountStore.h"
#include "sandbox/DemoAccount.h"
#include "sandbox/Sandbox.h"

namespace Keyport {

StartDemoCommand::StartDemoCommand(AccountStore *accounts, QWidget *parentWidget)
    : Command(parentWidget)
    , m_accounts(accounts)
{ }

StartDemoCommand::~StartDemoCommand() = default;

std::unique_ptr<DemoAccount> StartDemoCommand::takeDemo()
{
    return std::move(m_demo);
}

void StartDemoCommand::doStart()
{
    if (!m_accounts) {
        cancel();
        return;
    }
    auto started = DemoAccount::start();
    if (!started) {
        fail(started.error().message());
        return;
    }
    m_demo = std::move(started).value();
    Job *job = m_accounts->addAccount(m_demo->account(), m_demo->sandbox()->rootSecret());
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            fail(job->error().message());
            return;
        }
        // The same organisation as an IAM v3 API key sees it.
        Job *iam
            = m_accounts->addAccount(m_demo->iamAccount(), m_demo->sandbox()->adminApiSecret());
        connect(iam, &Job::finished, this, [this, iam] {
            if (iam->error()) {
                fail(iam->error().message());
                return;
            }
            Q_EMIT demoStarted(m_demo->account().name);
            done();
        });
    });
}

} // namespace Keyport
