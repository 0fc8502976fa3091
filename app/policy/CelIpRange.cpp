// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelIpRange.h"

#include <arpa/inet.h>

namespace Keyport::Cel {

std::optional<std::pair<std::array<unsigned char, 16>, int>> IpRange::parseAddress(
    const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    if (ascii.size() > 64 || ascii.contains('\0') || text.size() != ascii.size())
        return std::nullopt;
    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET, ascii.constData(), bytes.data()) == 1)
        return std::pair{bytes, 4};
    if (inet_pton(AF_INET6, ascii.constData(), bytes.data()) == 1)
        return std::pair{bytes, 16};
    return std::nullopt;
}

std::optional<IpRange> IpRange::parse(const QString &text, QString *error)
{
    const qsizetype slash = text.indexOf(u'/');
    const auto address = parseAddress(slash < 0 ? text : text.left(slash));
    if (!address) {
        *error = tr("invalid IP range '%1'").arg(text);
        return std::nullopt;
    }
    IpRange range;
    range.m_bytes = address->first;
    range.m_length = address->second;
    range.m_prefix = range.m_length * 8;
    if (slash >= 0) {
        const QString prefix = text.mid(slash + 1);
        bool ok = !prefix.isEmpty() && prefix.size() <= 3;
        for (const QChar c : prefix)
            ok = ok && c.isDigit() && c.unicode() < 128;
        const int bits = ok ? prefix.toInt(&ok) : -1;
        if (!ok || bits < 0 || bits > range.m_length * 8) {
            *error = tr("invalid IP range '%1'").arg(text);
            return std::nullopt;
        }
        range.m_prefix = bits;
    }
    return range;
}

std::optional<bool> IpRange::contains(const QString &address, QString *error) const
{
    const auto parsed = parseAddress(address);
    if (!parsed) {
        *error = tr("invalid IP address '%1'").arg(address);
        return std::nullopt;
    }
    if (parsed->second != m_length)
        return false;
    int bits = m_prefix;
    for (int i = 0; i < m_length && bits > 0; ++i, bits -= 8) {
        const unsigned mask = bits >= 8 ? 0xFFu : (0xFFu << (8 - bits)) & 0xFFu;
        if ((parsed->first[std::size_t(i)] & mask) != (m_bytes[std::size_t(i)] & mask))
            return false;
    }
    return true;
}

} // namespace Keyport::Cel
