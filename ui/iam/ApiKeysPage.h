// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Keyport {

class ApiKeyFilterModel;
class ApiKeyModel;
class IamSession;
class PolicyView;

/// An account's IAM v3 API keys (object name `apiKeysPage`): a filter, the table (Name, Key,
/// Role; several rows selectable) and, for the current key, its details and its role's policy in
/// plain words. Makes no server call: commands do.
class ApiKeysPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApiKeysPage(QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    /// Shows @p session's API keys; null clears the page.
    void setSession(IamSession *session);
    IamSession *session() const;

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    ApiKeyModel *model() const { return m_model; }

    /// In the table's order.
    QList<ApiKey> selectedApiKeys() const;
    /// Selects the key with id @p key (clearing the filter if it hides it); false when absent.
    bool selectApiKey(const QString &key);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateState();
    void updateDetails();

    QPointer<IamSession> m_session;
    ApiKeyModel *m_model;
    ApiKeyFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_problem;
    QTableView *m_table;
    QWidget *m_details;
    QLabel *m_detailsTitle;
    QLabel *m_keyValue;
    QLabel *m_roleValue;
    QLabel *m_signingNote;
    PolicyView *m_policyView;
};

} // namespace Keyport
