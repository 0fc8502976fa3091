// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainError.h"

#include <QFileInfo>
#include <QLatin1StringView>
#include <QList>

#include <qt6keychain/keychain.h>

namespace Keyport {

using namespace Qt::StringLiterals;

static_assert(static_cast<int>(KeychainError::Code::NoError) == QKeychain::NoError);
static_assert(static_cast<int>(KeychainError::Code::EntryNotFound) == QKeychain::EntryNotFound);
static_assert(
    static_cast<int>(KeychainError::Code::CouldNotDeleteEntry) == QKeychain::CouldNotDeleteEntry);
static_assert(
    static_cast<int>(KeychainError::Code::AccessDeniedByUser) == QKeychain::AccessDeniedByUser);
static_assert(static_cast<int>(KeychainError::Code::AccessDenied) == QKeychain::AccessDenied);
static_assert(
    static_cast<int>(KeychainError::Code::NoBackendAvailable) == QKeychain::NoBackendAvailable);
static_assert(static_cast<int>(KeychainError::Code::NotImplemented) == QKeychain::NotImplemented);
static_assert(static_cast<int>(KeychainError::Code::OtherError) == QKeychain::OtherError);

namespace {

QString describe(KeychainError::Code code, const QString &errorString)
{
    return u"QtKeychain error %1: %2"_s.arg(static_cast<int>(code)).arg(errorString);
}

} // namespace

Error KeychainError::fromQtKeychain(Code code, const QString &errorString, bool sessionBusMissing)
{
    const QString detail = describe(code, errorString);
    switch (code) {
    case Code::NoError:
        return {};
    case Code::EntryNotFound:
        return Error(
            Error::Code::NotFound, tr("The system keychain holds no such secret."), detail);
    case Code::NoBackendAvailable:
    case Code::NotImplemented:
        return unavailable(detail);
    case Code::AccessDenied:
    case Code::AccessDeniedByUser:
        return Error(Error::Code::KeychainDenied,
            tr("The keychain is locked, or unlocking it was declined."), detail);
    case Code::OtherError:
        if (sessionBusMissing || saysUnavailable(errorString))
            return unavailable(detail);
        break;
    case Code::CouldNotDeleteEntry:
        break;
    }
    return Error(
        Error::Code::Keychain, tr("The system keychain could not complete the request."), detail);
}

Error KeychainError::unavailable(const QString &detail)
{
    return Error(Error::Code::KeychainUnavailable,
        tr("No system keychain (Secret Service) is available, so Keyport cannot store secrets "
           "beyond this session."),
        detail);
}

Error KeychainError::notAnswering(std::chrono::milliseconds waited)
{
    return Error(Error::Code::KeychainUnavailable,
        tr("The system keychain (Secret Service) did not answer in time."),
        u"no answer from QtKeychain within %1 ms"_s.arg(waited.count()));
}

bool KeychainError::saysUnavailable(const QString &errorString)
{
    // Case-sensitive on purpose: these are names and variables, not prose.
    static constexpr QLatin1StringView markers[] = {
        // dbus-daemon: "The name org.freedesktop.secrets was not provided by any .service files"
        "org.freedesktop.secrets"_L1,
        "org.freedesktop.DBus.Error.ServiceUnknown"_L1,
        // QtKeychain's KWallet path without a session bus
        "org.freedesktop.DBus.Error.NoServer"_L1,
        // GLib, finding no bus: "Cannot autolaunch D-Bus without X11 $DISPLAY", or a message
        // naming DBUS_SESSION_BUS_ADDRESS
        "$DISPLAY"_L1,
        "DBUS_SESSION_BUS_ADDRESS"_L1,
        // English only; sessionBusMissing() covers the translated forms of the common case
        "Could not connect"_L1,
        "D-Bus is not running"_L1,
    };
    for (const QLatin1StringView marker : markers) {
        if (errorString.contains(marker))
            return true;
    }
    return false;
}

bool KeychainError::sessionBusMissing()
{
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        // GLib's order: the variable, then $XDG_RUNTIME_DIR/bus, then autolaunch through X11.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + "/bus"_L1))
            return false;
        return qEnvironmentVariableIsEmpty("DISPLAY");
    }
    // Addresses separated by ';' are tried in turn: the bus is missing only if none can work.
    const QList<QByteArray> entries = address.split(';');
    for (const QByteArray &entry : entries) {
        if (!entry.startsWith("unix:"))
            return false;
        QByteArray path;
        const QList<QByteArray> keyValues = entry.mid(5).split(',');
        for (const QByteArray &keyValue : keyValues) {
            if (keyValue.startsWith("path="))
                path = QByteArray::fromPercentEncoding(keyValue.mid(5));
        }
        if (path.isEmpty() || QFileInfo::exists(QString::fromLocal8Bit(path)))
            return false;
    }
    return true;
}

} // namespace Keyport
