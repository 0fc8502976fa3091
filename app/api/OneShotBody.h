// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Keyport {

/// A request body that can be read once and never rewound. QNetworkAccessManager silently sends
/// a request again when the connection closes before an answer, whatever its method; for a
/// create that would make a second key and lose the first one's secret. With this body (and
/// upload buffering off) Qt cannot rewind, and reports ContentReSendError instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *out, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Keyport
