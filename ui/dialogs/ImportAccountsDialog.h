// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keyport {

/// Lists the accounts of an exo CLI configuration and lets the person choose which to copy,
/// and whether their secret commands may run. Does no I/O.
class ImportAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        QString apiKey;
        QString endpoint;
        QString secretCommand; ///< empty when the file holds the secret
        bool hasSecret = false;
        bool alreadyPresent = false;
        bool isDefault = false;
    };

    ImportAccountsDialog(const QString &path, const QList<Row> &rows, QWidget *parent = nullptr);

    /// Indexes (into the rows given) of the accounts ticked.
    QList<int> chosenRows() const;
    bool commandsAllowed() const;
    void setChosen(int row, bool chosen);
    void setCommandsAllowed(bool allowed);

    void setBusy(bool busy);
    void showResult(const QString &text);

Q_SIGNALS:
    void importRequested();

private:
    void updateState();

    QList<Row> m_rows;
    QTreeWidget *m_list;
    QCheckBox *m_allowCommands;
    QLabel *m_result;
    QPushButton *m_import;
    bool m_busy = false;
};

} // namespace Keyport
