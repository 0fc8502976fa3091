// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretTool.h"

#include <QProcess>

namespace Keyport::Test {

QByteArray lookUpSecret(const QString &service, const QString &entry)
{
    // QtKeychain 0.13's libsecret backend files entries under these two attributes.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("user"), entry, QStringLiteral("server"),
            service});
    if (!tool.waitForFinished(10000))
        qFatal("secret-tool did not answer");
    return tool.readAllStandardOutput();
}

} // namespace Keyport::Test
