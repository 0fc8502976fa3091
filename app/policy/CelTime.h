// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace Keyport::Cel {

/// Calendar arithmetic, RFC 3339 and duration text for CEL timestamps and durations: exact over
/// years 0001-9999, without QDateTime's millisecond limit.
class Time
{
public:
    struct Civil
    {
        qint64 year = 1970;
        int month = 1; ///< 1-12
        int day = 1; ///< 1-31
        int hour = 0;
        int minute = 0;
        int second = 0;
        int dayOfWeek = 4; ///< 0 = Sunday
        int dayOfYear = 0; ///< 0-based
    };

    static qint64 daysFromCivil(qint64 year, int month, int day);
    /// The civil date and time of @p seconds since the epoch (UTC, or already shifted by an
    /// offset).
    static Civil civilFromSeconds(qint64 seconds);

    /// RFC 3339 ("2026-11-27T10:00:00Z", "2026-11-27T10:00:00.5+01:00"): seconds and nanos since
    /// the epoch, or nullopt.
    static std::optional<std::pair<qint64, qint32>> parseTimestamp(QStringView text);
    /// Go-style durations: "3600s", "1h30m", "1.5s", "-2m", "100ms", "10us", "5ns", "0".
    static std::optional<std::pair<qint64, qint32>> parseDuration(QStringView text);

    /// Fractional seconds: in groups of 3, 6 or 9 digits as protobuf's JSON ("1.500s"), or with
    /// no trailing zero as CEL's string() ("1.5s").
    enum class Fraction { Protobuf, Minimal };
    static QByteArray formatTimestamp(
        qint64 seconds, qint32 nanos, Fraction style = Fraction::Protobuf);
    static QByteArray formatDuration(
        qint64 seconds, qint32 nanos, Fraction style = Fraction::Protobuf);

    /// The offset from UTC in seconds of @p zone ("UTC", "Europe/Zurich", "+01:00", "-05:30",
    /// "02:00") at @p utcSeconds, or nullopt for an unknown zone.
    static std::optional<qint64> zoneOffset(QStringView zone, qint64 utcSeconds);
};

} // namespace Keyport::Cel
