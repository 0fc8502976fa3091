// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ExoConfig.h"
#include "ImportAccountsDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace Keyport {

class AccountStore;

/// Import from the exo CLI: finds and reads exoscale.toml, lets the person choose accounts,
/// reads each secret (from the file, or by running its secretCommand once allowed) and adds the
/// accounts one after the other. Deletes itself when its dialog closes.
class ImportAccountsFlow : public QObject
{
    Q_OBJECT

public:
    ImportAccountsFlow(AccountStore *accounts, QWidget *window);
    ~ImportAccountsFlow() override;

    /// @p path: a file to read; empty to look where the exo CLI does.
    void start(const QString &path);
    ImportAccountsDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    void accountImported(const QString &name);

private:
    void load(const QString &path);
    void importChosen();
    void importNext();
    void finishOne(const QString &line);

    QPointer<AccountStore> m_accounts;
    QWidget *m_window;
    ExoConfig m_config;
    QPointer<ImportAccountsDialog> m_dialog;
    QList<int> m_queue;
    QStringList m_report;
    bool m_allowCommands = false;
    int m_imported = 0;
};

} // namespace Keyport
