// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Keyport {

class AccountSession;

/// Reload Catalog: loads the catalog of operations and the signing key's own operations again
/// (a refresh does not: they do not change from one refresh to the next). Ends when the reload
/// has, with a line in the status bar; a failure shows in the window's banner like any list's.
class ReloadCatalogCommand : public Command
{
    Q_OBJECT

public:
    ReloadCatalogCommand(AccountSession *session, QWidget *parentWidget);

private:
    void doStart() override;
    void onRefreshed();

    QPointer<AccountSession> m_session;
};

} // namespace Keyport
