// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "Command.h"

namespace Keyport {

/// Checks that the system keychain can be used: when it cannot, says why and offers to keep
/// secrets for this session only (or to try again); when it can (again), secrets go back to it
/// and the entries whose deletion had to wait are deleted.
class CheckKeychainCommand : public Command
{
    Q_OBJECT

public:
    CheckKeychainCommand(const AppContext &context, QWidget *parentWidget);

    /// Skips the first probe: the keychain is known to be unusable for @p reason.
    void setKnownProblem(const QString &reason) { m_knownProblem = reason; }

private:
    void doStart() override;
    void probe();
    /// Switches to session-only secrets and asks what to do.
    void offerSessionOnly(const QString &reason);
    void deletePending();

    AppContext m_context;
    QString m_knownProblem;
};

} // namespace Keyport
