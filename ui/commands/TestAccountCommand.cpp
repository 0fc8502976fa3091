// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestAccountCommand.h"

#include "accounts/AccountStore.h"
#include "secrets/SecretJob.h"
#include "services/CheckCredentialsJob.h"

#include <QMessageBox>
#include <QNetworkAccessManager>

namespace Keyport {

TestAccountCommand::TestAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
    std::optional<ClientOptions> options, const Account &account, QWidget *parentWidget)
    : Command(parentWidget)
    , m_network(network)
    , m_accounts(accounts)
    , m_options(std::move(options))
    , m_account(account)
{ }

void TestAccountCommand::doStart()
{
    SecretJob *job = m_accounts ? m_accounts->readAccountSecret(m_account.name) : nullptr;
    if (!job) {
        cancel();
        return;
    }
    Q_EMIT info(tr("Testing the account %1…").arg(m_account.name));
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            show(tr("The secret of the account %1 cannot be read: %2")
                     .arg(m_account.name, job->error().message()),
                false);
            return;
        }
        check(job->takeSecret());
    });
}

void TestAccountCommand::check(Secret secret)
{
    auto *job = new CheckCredentialsJob(m_network, m_account, std::move(secret), m_options, this);
    connect(job, &Job::finished, this, [this, job] {
        const CheckCredentialsJob::Outcome &outcome = job->outcome();
        if (m_accounts && outcome.generation != KeyGeneration::Unknown)
            m_accounts->setKeyGeneration(m_account.apiKey, outcome.generation);
        show(CheckCredentialsJob::summary(outcome), !outcome.error);
    });
}

void TestAccountCommand::show(const QString &text, bool works)
{
    auto *box = new QMessageBox(works ? QMessageBox::Information : QMessageBox::Warning,
        tr("Test Account %1").arg(m_account.name), text, QMessageBox::Close, parentWidget());
    box->setObjectName(QStringLiteral("testAccountResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QObject::destroyed, this, &TestAccountCommand::done);
    box->open();
}

} // namespace Keyport
