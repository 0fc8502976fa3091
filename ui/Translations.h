// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Keyport {

/// Installs Qt's own translations and Keyport's for @p locale (the system's by default).
/// English always gets its plural forms ("1 operation"), even in the C locale.
/// Returns the languages loaded, e.g. {"qtbase_de", "keyport_de"}.
QStringList installTranslations(QCoreApplication *application, const QLocale &locale = QLocale());

} // namespace Keyport
