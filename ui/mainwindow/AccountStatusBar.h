// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace Keyport {

class AccountSession;

/// The window's status bar: the account and its endpoint, what the signing key is, where new
/// secrets go, when the list was refreshed, and a busy indicator while requests run.
class AccountStatusBar : public QObject
{
    Q_OBJECT

public:
    AccountStatusBar(const AppContext &context, QStatusBar *statusBar);

    /// The open account; null for none.
    void setSession(AccountSession *session);
    /// Reads everything again.
    void update();
    /// A passing message (a few seconds).
    void showMessage(const QString &text);

private:
    void updateSigner();
    void updateSecrets();

    AppContext m_context;
    QStatusBar *m_statusBar;
    QPointer<AccountSession> m_session;
    QLabel *m_account;
    QLabel *m_signer;
    QLabel *m_secrets;
    QLabel *m_refresh;
    QProgressBar *m_busy;
};

} // namespace Keyport
