// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "IamListPage.h"

class QLabel;
class QLineEdit;

namespace Keyport {

class ApiKeyFilterModel;
class ApiKeyModel;

/// An account's IAM v3 API keys (object name `apiKeysPage`): a filter, the table (Name, Key,
/// Role; several rows selectable) and, for the current key, its details and its role's policy in
/// plain words. Makes no server call: commands do.
class ApiKeysPage : public IamListPage
{
    Q_OBJECT

public:
    explicit ApiKeysPage(QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    QLineEdit *filterField() const { return m_filter; }
    ApiKeyModel *model() const { return m_model; }

    /// In the table's order.
    QList<ApiKey> selectedApiKeys() const;
    /// Selects the key with id @p key (clearing the filter if it hides it); false when absent.
    bool selectApiKey(const QString &key);

protected:
    void followSession(IamSession *session) override;
    QString loadFailedText(const Error &error) const override;
    QString loadingText() const override;
    void updateDetails() override;
    void showAllRows() override;

private:
    ApiKeyModel *m_model;
    ApiKeyFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_keyValue;
    QLabel *m_roleValue;
    QLabel *m_signingNote;
};

} // namespace Keyport
