// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Keyport::Test {

/// The path of a file in tests/data.
QString dataPath(const QString &fileName);
/// The bytes of a file in tests/data; fails the current test (QFAIL-like) when missing.
QByteArray readData(const QString &fileName);

} // namespace Keyport::Test
