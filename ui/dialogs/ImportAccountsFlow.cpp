// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAccountsFlow.h"

#include "accounts/AccountStore.h"
#include "accounts/SecretCommandJob.h"
#include "ImportAccountsDialog.h"
#include "models/AccountTreeModel.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QWidget>

namespace Keyport {

ImportAccountsFlow::ImportAccountsFlow(AccountStore *accounts, QWidget *window)
    : QObject(window)
    , m_accounts(accounts)
    , m_window(window)
{ }

ImportAccountsFlow::~ImportAccountsFlow() = default;

void ImportAccountsFlow::start(const QString &path)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString found = path.isEmpty() ? ExoConfig::locate(environment) : path;
    if (!found.isEmpty()) {
        load(found);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import from exo CLI"),
        tr("No exo CLI configuration was found. Keyport looked for:\n%1")
            .arg(ExoConfig::candidatePaths(environment).join(u'\n')),
        QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *choose = box->addButton(tr("Choose File…"), QMessageBox::AcceptRole);
    connect(choose, &QPushButton::clicked, this, [this] {
        auto *fileDialog = new QFileDialog(m_window, tr("Choose the exo CLI configuration"),
            QString(), tr("TOML files (*.toml);;All files (*)"));
        fileDialog->setAttribute(Qt::WA_DeleteOnClose);
        fileDialog->setFileMode(QFileDialog::ExistingFile);
        connect(fileDialog, &QFileDialog::fileSelected, this, &ImportAccountsFlow::load);
        connect(fileDialog, &QFileDialog::rejected, this, &QObject::deleteLater);
        fileDialog->open();
    });
    connect(box, &QMessageBox::rejected, this, &QObject::deleteLater);
    box->open();
}

void ImportAccountsFlow::load(const QString &path)
{
    auto config = ExoConfig::load(path);
    if (!config) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import from exo CLI"),
            config.error().message(), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QObject::destroyed, this, &QObject::deleteLater);
        box->open();
        return;
    }
    m_config = std::move(config).value();
    QList<ImportAccountsDialog::Row> rows;
    for (const ExoConfigAccount &entry : m_config.accounts) {
        rows.append({entry.account.name, entry.account.apiKey,
            AccountTreeModel::endpointText(entry.account), entry.secretCommand.join(u' '),
            !entry.secret.isEmpty(),
            m_accounts && m_accounts->account(entry.account.name).has_value(), entry.isDefault});
    }
    m_dialog = new ImportAccountsDialog(path, rows, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        m_dialog, &ImportAccountsDialog::importRequested, this, &ImportAccountsFlow::importChosen);
    connect(m_dialog, &QObject::destroyed, this, &QObject::deleteLater);
    m_dialog->open();
}

void ImportAccountsFlow::importChosen()
{
    m_queue = m_dialog->chosenRows();
    m_allowCommands = m_dialog->commandsAllowed();
    m_report.clear();
    m_imported = 0;
    m_dialog->setBusy(true);
    importNext();
}

void ImportAccountsFlow::finishOne(const QString &line)
{
    m_report.append(line);
    importNext();
}

void ImportAccountsFlow::importNext()
{
    if (!m_dialog || !m_accounts)
        return;
    if (m_queue.isEmpty()) {
        if (m_imported > 0 && m_imported == m_report.size()) {
            m_dialog->accept(); // everything went in: nothing more to say
            return;
        }
        m_dialog->showResult(m_report.join(u'\n'));
        return;
    }
    const ExoConfigAccount &entry = m_config.accounts.at(size_t(m_queue.takeFirst()));
    const Account account = entry.account;

    const auto add = [this, account](const Secret &secret) {
        Job *job = m_accounts->addAccount(account, secret);
        connect(job, &Job::finished, this, [this, job, name = account.name] {
            if (job->error()) {
                finishOne(tr("%1: not imported: %2").arg(name, job->error().message()));
                return;
            }
            ++m_imported;
            Q_EMIT accountImported(name);
            finishOne(tr("%1: imported.").arg(name));
        });
    };
    if (!entry.secret.isEmpty()) {
        add(entry.secret);
        return;
    }
    if (entry.secretCommand.isEmpty()) {
        finishOne(tr("%1: not imported: the file holds no secret for it.").arg(account.name));
        return;
    }
    if (!m_allowCommands) {
        finishOne(tr("%1: not imported: its secret comes from a command, and running it was not "
                     "allowed.")
                      .arg(account.name));
        return;
    }
    auto *command = new SecretCommandJob(entry.secretCommand, this);
    connect(command, &Job::finished, this, [this, command, add, name = account.name] {
        if (command->error()) {
            finishOne(tr("%1: not imported: %2").arg(name, command->error().message()));
            return;
        }
        add(command->takeSecret());
    });
}

} // namespace Keyport
