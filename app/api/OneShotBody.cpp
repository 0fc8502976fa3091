// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace Keyport {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *out, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - m_position);
    std::memcpy(out, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

} // namespace Keyport
