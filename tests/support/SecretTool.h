// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Keyport::Test {

/// What libsecret's own client (secret-tool) finds for a QtKeychain entry of @p service: the
/// secret, or nothing. What it sees is what any other program sees.
QByteArray lookUpSecret(const QString &service, const QString &entry);

} // namespace Keyport::Test
