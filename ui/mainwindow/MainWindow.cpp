// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "api/AccessKeyListJob.h"
#include "api/ExoscaleClient.h"
#include "models/AccessKeyModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

namespace Keyport {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AccessKeyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Keyport"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessKeyModel::SortRole);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccessKeyModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Access keys"));
    setCentralWidget(m_table);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    resize(1000, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::setAccount(const QString &accountName, ExoscaleClient *client)
{
    m_accountName = accountName;
    m_client = client;
    refresh();
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    m_statusLabel->setText(tr("%1 — loading keys…").arg(m_accountName));
    auto *job = m_client->listAccessKeys();
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            m_statusLabel->setText(tr("%1 — %2").arg(m_accountName, job->error().message()));
            return;
        }
        m_model->setKeys(job->keys());
        m_table->resizeColumnsToContents();
        m_statusLabel->setText(
            tr("%1 — %n key(s)", nullptr, int(job->keys().size())).arg(m_accountName));
    });
}

} // namespace Keyport
