// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace Keyport::Cel {

/// An IPv4 or IPv6 network in CIDR notation ("10.0.0.0/8", "2001:db8::/32"), for Exoscale's
/// `inIpRange`. Parsed with inet_pton: no QtNetwork in the engine.
class IpRange
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Cel::IpRange)

public:
    /// The network of @p text, or nullopt (and @p error set) when malformed. A bare address is a
    /// network of one.
    static std::optional<IpRange> parse(const QString &text, QString *error);
    /// Whether @p address is inside this network: nullopt (and @p error set) when the address
    /// is malformed; false for an address of the other family.
    std::optional<bool> contains(const QString &address, QString *error) const;

private:
    static std::optional<std::pair<std::array<unsigned char, 16>, int>> parseAddress(
        const QString &text); ///< bytes and length (4 or 16)

    std::array<unsigned char, 16> m_bytes{};
    int m_length = 4; ///< bytes: 4 or 16
    int m_prefix = 32; ///< bits
};

} // namespace Keyport::Cel
