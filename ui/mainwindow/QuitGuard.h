// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Keyport {

class KeyWizard;

/// Keeps quitting from losing a secret: asks first while a new key's secret is on screen that
/// nothing persistent holds, and waits for the secret stores to finish what they are writing.
class QuitGuard : public QObject
{
    Q_OBJECT

public:
    QuitGuard(const AppContext &context, QWidget *window);

    /// Whether the window may close now. When not, the guard asks or waits, and closes the
    /// window itself once it may.
    bool mayClose();

private:
    void confirmSecretAtRisk(KeyWizard *wizard);
    int pendingWrites() const;

    AppContext m_context;
    QWidget *m_window;
    bool m_waiting = false;
    bool m_confirmed = false;
};

} // namespace Keyport
