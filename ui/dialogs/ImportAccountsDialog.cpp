// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAccountsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyport {

ImportAccountsDialog::ImportAccountsDialog(
    const QString &path, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_list(new QTreeWidget(this))
    , m_allowCommands(new QCheckBox(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("importAccountsDialog"));
    setWindowTitle(tr("Import from exo CLI"));
    auto *intro = new QLabel(tr("Accounts found in %1. Keyport copies the chosen ones; their "
                                "secrets go to the system keychain.")
                                 .arg(path),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setAccessibleName(tr("Accounts to import"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Account"), tr("API key"), tr("Zone or endpoint"), tr("Secret")});
    bool anyCommand = false;
    for (const Row &row : rows) {
        QString secretText;
        if (row.hasSecret)
            secretText = tr("in the file");
        else if (!row.secretCommand.isEmpty())
            secretText = tr("from the command: %1").arg(row.secretCommand);
        else
            secretText = tr("missing");
        auto *item = new QTreeWidgetItem(m_list,
            {row.isDefault ? tr("%1 (default)").arg(row.name) : row.name, row.apiKey, row.endpoint,
                secretText});
        const bool importable
            = !row.alreadyPresent && (row.hasSecret || !row.secretCommand.isEmpty());
        item->setFlags(importable ? item->flags() | Qt::ItemIsUserCheckable
                                  : item->flags() & ~Qt::ItemIsEnabled);
        item->setCheckState(0, importable ? Qt::Checked : Qt::Unchecked);
        if (row.alreadyPresent)
            item->setToolTip(0, tr("Keyport already has an account of this name."));
        anyCommand = anyCommand || (!row.hasSecret && !row.secretCommand.isEmpty());
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_allowCommands->setObjectName(QStringLiteral("importAllowCommands"));
    m_allowCommands->setText(tr("&Run the secret commands shown above to read those secrets"));
    m_allowCommands->setVisible(anyCommand);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButtonOk"));
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_allowCommands);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportAccountsDialog::importRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &ImportAccountsDialog::updateState);
    updateState();
}

QList<int> ImportAccountsDialog::chosenRows() const
{
    QList<int> result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->checkState(0) == Qt::Checked)
            result.append(row);
    }
    return result;
}

bool ImportAccountsDialog::commandsAllowed() const
{
    return m_allowCommands->isChecked();
}

void ImportAccountsDialog::setChosen(int row, bool chosen)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        item->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
}

void ImportAccountsDialog::setCommandsAllowed(bool allowed)
{
    m_allowCommands->setChecked(allowed);
}

void ImportAccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_result->setText(tr("Importing…"));
    updateState();
}

void ImportAccountsDialog::showResult(const QString &text)
{
    m_busy = false;
    m_result->setText(text);
    updateState();
}

void ImportAccountsDialog::updateState()
{
    m_import->setEnabled(!m_busy && !chosenRows().isEmpty());
}

} // namespace Keyport
