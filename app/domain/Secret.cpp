// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secret.h"

#include <QDebug>
#include <QRandomGenerator>

#include <cstring>

namespace Keyport {

namespace {

void wipeBytes(QByteArray &bytes)
{
    // Only wipe memory we own alone: detaching a shared buffer would wipe a fresh copy instead.
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray();
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

Secret Secret::fromUtf8(QByteArray bytes)
{
    return Secret(std::move(bytes));
}

Secret Secret::fromString(const QString &text)
{
    return Secret(text.toUtf8());
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{ }

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

Secret Secret::clone() const
{
    // A deep copy, so that each Secret wipes its own buffer.
    return Secret(QByteArray(m_bytes.constData(), m_bytes.size()));
}

bool Secret::operator==(const Secret &other) const
{
    return m_bytes == other.m_bytes;
}

void Secret::wipe()
{
    wipeBytes(m_bytes);
}

QByteArray Secret::masked(QByteArrayView bytes, const QByteArray &mask)
{
    QByteArray result(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        result[i] = char(bytes.at(i) ^ mask.at(i % mask.size()));
    return result;
}

QByteArray Secret::newMask()
{
    QByteArray mask(64, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(mask.data()), mask.size() / int(sizeof(quint32)));
    // No zero byte: every masked byte differs from the secret's.
    for (char &byte : mask) {
        if (byte == 0)
            byte = 0x5a;
    }
    return mask;
}

QDebug operator<<(QDebug debug, const Secret &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}

} // namespace Keyport
