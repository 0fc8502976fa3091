// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Keyport {

class AccessKeyModel;
class ExoscaleClient;

/// The main window: the access keys of the current account.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the keys of the account that @p client signs for; loads them at once.
    void setAccount(const QString &accountName, ExoscaleClient *client);
    void refresh();

    AccessKeyModel *keyModel() const { return m_model; }

private:
    QPointer<ExoscaleClient> m_client;
    QString m_accountName;
    AccessKeyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_statusLabel;
};

} // namespace Keyport
