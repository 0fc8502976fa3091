// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QFile>
#include <QTest>

namespace Keyport::Test {

QString dataPath(const QString &fileName)
{
    return QStringLiteral(KEYPORT_TEST_DATA_DIR "/") + fileName;
}

QByteArray readData(const QString &fileName)
{
    QFile file(dataPath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test data file %s cannot be read: %s", qPrintable(file.fileName()),
            qPrintable(file.errorString()));
    }
    return file.readAll();
}

} // namespace Keyport::Test
