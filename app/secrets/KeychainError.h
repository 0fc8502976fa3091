// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Keyport {

/// Turns what QtKeychain reports into Keyport's Error, with a plain message for people and
/// QtKeychain's own text in detail(). Kept apart from the jobs so that every case can be tested
/// without a keychain.
class KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::KeychainError)

public:
    /// Mirrors QKeychain::Error (checked at compile time), so that QtKeychain's header stays out
    /// of Keyport's headers.
    enum class Code {
        NoError = 0,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError,
    };

    /// EntryNotFound → NotFound; NoBackendAvailable, NotImplemented and an OtherError that means
    /// "no Secret Service / no D-Bus" → KeychainUnavailable; AccessDenied, AccessDeniedByUser →
    /// KeychainDenied; anything else → Keychain. @p sessionBusMissing (see sessionBusMissing())
    /// makes any OtherError an unavailable keychain: GLib words its connection errors in the
    /// user's language, so the message alone cannot always tell.
    static Error fromQtKeychain(Code code, const QString &errorString, bool sessionBusMissing);

    /// KeychainUnavailable: no Secret Service can be reached.
    static Error unavailable(const QString &detail);
    /// KeychainUnavailable: the keychain did not answer within @p waited.
    static Error notAnswering(std::chrono::milliseconds waited);

    /// Whether QtKeychain's @p errorString says that no Secret Service or no D-Bus session bus
    /// can be reached (the markers are the untranslated parts of those messages).
    static bool saysUnavailable(const QString &errorString);

    /// Whether the D-Bus session bus libsecret would connect to cannot be there: every address in
    /// DBUS_SESSION_BUS_ADDRESS is a unix:path= socket that does not exist, or, without that
    /// variable, there is neither $XDG_RUNTIME_DIR/bus nor an X11 display to autolaunch one.
    /// False whenever it cannot tell (abstract sockets, TCP).
    static bool sessionBusMissing();
};

} // namespace Keyport
