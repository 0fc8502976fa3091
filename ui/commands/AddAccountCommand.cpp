// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountCommand.h"

#include "accounts/AccountStore.h"
#include "api/CatalogJob.h"
#include "dialogs/AddAccountDialog.h"

namespace Keyport {

AddAccountCommand::AddAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
    std::optional<ClientOptions> options, QWidget *parentWidget)
    : Command(parentWidget)
    , m_network(network)
    , m_accounts(accounts)
    , m_options(std::move(options))
{ }

void AddAccountCommand::doStart()
{
    if (!m_accounts) {
        cancel();
        return;
    }
    QStringList names;
    for (const Account &account : m_accounts->accounts())
        names.append(account.name);
    m_dialog = new AddAccountDialog(names, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AddAccountDialog::testRequested, this, &AddAccountCommand::test);
    connect(m_dialog, &AddAccountDialog::addRequested, this, &AddAccountCommand::add);
    connect(m_dialog, &QObject::destroyed, this, &AddAccountCommand::cancel);
    m_dialog->open();
}

void AddAccountCommand::test()
{
    const Account account = m_dialog->account();
    const auto endpoint = account.endpoint();
    if (!endpoint) {
        m_dialog->setTestResult(endpoint.error().message(), false);
        return;
    }
    // A client of its own, parented to the dialog: closing the dialog ends the test.
    auto *client = new ExoscaleClient(
        m_network, endpoint.value(), account.apiKey, m_dialog->secret(), m_dialog);
    if (m_options)
        client->setOptions(*m_options);
    m_dialog->setBusy(true);
    CatalogJob *known = client->listKnownOperations();
    AddAccountDialog *dialog = m_dialog;
    connect(known, &Job::finished, dialog, [dialog, client, known] {
        const qsizetype total = known->error() ? 0 : known->catalog().operationCount();
        CatalogJob *own = client->listOwnOperations();
        QObject::connect(own, &Job::finished, dialog, [dialog, client, own, total] {
            client->deleteLater();
            if (own->error()) {
                dialog->setTestResult(own->error().message(), false);
                return;
            }
            const qsizetype mine = own->catalog().operationCount();
            dialog->setTestResult(mine >= total && total > 0
                    ? tr("The key works. It is unrestricted: it may use all %n operation(s).",
                        nullptr, int(mine))
                    : tr("The key works. It is restricted to %n operation(s).", nullptr, int(mine)),
                true);
        });
    });
}

void AddAccountCommand::add()
{
    m_dialog->setBusy(true);
    Job *job = m_accounts->addAccount(m_dialog->account(), m_dialog->secret());
    connect(job, &Job::finished, m_dialog, [this, job, name = m_dialog->account().name] {
        if (job->error()) {
            m_dialog->showError(tr("The account was not added: %1").arg(job->error().message()));
            return;
        }
        Q_EMIT accountAdded(name);
        Q_EMIT info(tr("Added the account %1.").arg(name));
        m_dialog->accept();
        done();
    });
}

} // namespace Keyport
