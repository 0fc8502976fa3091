// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelTime.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>
#include <limits>

namespace Keyport::Cel {

namespace {

constexpr qint64 nanosPerSecond = 1000000000LL;

// Durations reach ±10000 years, beyond 2^63 nanoseconds.
__extension__ typedef __int128 Int128;

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::optional<int> digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QByteArray fraction(qint32 nanos, Time::Fraction style)
{
    if (nanos == 0)
        return {};
    QByteArray digitsText = QByteArray::number(nanos).rightJustified(9, '0');
    if (style == Time::Fraction::Minimal) {
        while (digitsText.endsWith('0'))
            digitsText.chop(1);
    } else if (nanos % 1000000 == 0) {
        digitsText.truncate(3);
    } else if (nanos % 1000 == 0) {
        digitsText.truncate(6);
    }
    return '.' + digitsText;
}

} // namespace

qint64 Time::daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Time::Civil Time::civilFromSeconds(qint64 seconds)
{
    Civil civil;
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    civil.hour = int(secondOfDay / 3600);
    civil.minute = int(secondOfDay % 3600 / 60);
    civil.second = int(secondOfDay % 60);
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    civil.day = int(doy - (153 * mp + 2) / 5 + 1);
    civil.month = int(mp < 10 ? mp + 3 : mp - 9);
    if (civil.month <= 2)
        ++year;
    civil.year = year;
    civil.dayOfWeek = int(((days % 7) + 7 + 4) % 7);
    civil.dayOfYear = int(days - daysFromCivil(year, 1, 1));
    return civil;
}

std::optional<std::pair<qint64, qint32>> Time::parseTimestamp(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || text.at(4) != u'-'
        || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u't') || text.at(13) != u':'
        || text.at(16) != u':')
        return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    if (*day > monthDays[*month - 1] || (*month == 2 && !leap && *day > 28))
        return std::nullopt;
    qsizetype pos = 19;
    qint32 nanos = 0;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        int count = 0;
        while (pos < text.size() && isDigit(text.at(pos))) {
            if (count < 9)
                nanos = nanos * 10 + (text.at(pos).unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 9; ++i)
            nanos *= 10;
    }
    if (pos >= text.size())
        return std::nullopt;
    qint64 offset = 0;
    const QChar zone = text.at(pos);
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const auto offsetHours = digits(text, pos + 1, 2);
        const auto offsetMinutes = digits(text, pos + 4, 2);
        if (!offsetHours || !offsetMinutes || text.at(pos + 3) != u':' || *offsetHours > 23
            || *offsetMinutes > 59)
            return std::nullopt;
        offset = (*offsetHours * 3600 + *offsetMinutes * 60) * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(*year, *month, *day) * 86400 + *hour * 3600 + *minute * 60
        + *second - offset;
    return std::pair{seconds, nanos};
}

std::optional<std::pair<qint64, qint32>> Time::parseDuration(QStringView text)
{
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text.at(pos) == u'-' || text.at(pos) == u'+')) {
        negative = text.at(pos) == u'-';
        ++pos;
    }
    if (pos >= text.size())
        return std::nullopt;
    if (text.mid(pos) == u"0")
        return std::pair{qint64(0), qint32(0)};
    // Accumulated in nanoseconds as a 128-bit-safe pair: whole seconds and nanos.
    Int128 total = 0;
    const Int128 limit = Int128(std::numeric_limits<qint64>::max()) * nanosPerSecond;
    while (pos < text.size()) {
        Int128 whole = 0;
        Int128 fracNumerator = 0;
        Int128 fracDenominator = 1;
        bool anyDigit = false;
        while (pos < text.size() && isDigit(text.at(pos))) {
            whole = whole * 10 + (text.at(pos).unicode() - u'0');
            if (whole > limit)
                return std::nullopt;
            anyDigit = true;
            ++pos;
        }
        if (pos < text.size() && text.at(pos) == u'.') {
            ++pos;
            while (pos < text.size() && isDigit(text.at(pos))) {
                if (fracDenominator < Int128(1000000000000000000LL)) {
                    fracNumerator = fracNumerator * 10 + (text.at(pos).unicode() - u'0');
                    fracDenominator *= 10;
                }
                anyDigit = true;
                ++pos;
            }
        }
        if (!anyDigit)
            return std::nullopt;
        qint64 unit = 0;
        const QStringView rest = text.mid(pos);
        if (rest.startsWith(u"ns")) {
            unit = 1;
            pos += 2;
        } else if (rest.startsWith(u"us") || rest.startsWith(u"\u00b5s")) {
            unit = 1000;
            pos += 2;
        } else if (rest.startsWith(u"ms")) {
            unit = 1000000;
            pos += 2;
        } else if (rest.startsWith(u"s")) {
            unit = nanosPerSecond;
            pos += 1;
        } else if (rest.startsWith(u"m")) {
            unit = 60 * nanosPerSecond;
            pos += 1;
        } else if (rest.startsWith(u"h")) {
            unit = 3600 * nanosPerSecond;
            pos += 1;
        } else {
            return std::nullopt;
        }
        total += whole * unit + fracNumerator * unit / fracDenominator;
        if (total > limit)
            return std::nullopt;
    }
    if (negative)
        total = -total;
    const qint64 seconds = qint64(total / nanosPerSecond);
    const qint32 nanos = qint32(total % nanosPerSecond);
    return std::pair{seconds, nanos};
}

QByteArray Time::formatTimestamp(qint64 seconds, qint32 nanos, Fraction style)
{
    const Civil civil = civilFromSeconds(seconds);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d",
        static_cast<long long>(civil.year), civil.month, civil.day, civil.hour, civil.minute,
        civil.second);
    return QByteArray(buffer) + fraction(nanos, style) + 'Z';
}

QByteArray Time::formatDuration(qint64 seconds, qint32 nanos, Fraction style)
{
    const bool negative = seconds < 0 || nanos < 0;
    const quint64 wholeSeconds = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    const qint32 absNanos = nanos < 0 ? -nanos : nanos;
    return (negative ? QByteArray("-") : QByteArray()) + QByteArray::number(wholeSeconds)
        + fraction(absNanos, style) + 's';
}

std::optional<qint64> Time::zoneOffset(QStringView zone, qint64 utcSeconds)
{
    // A fixed offset: [+-]HH:MM, or HH:MM meaning a positive one.
    qsizetype pos = 0;
    int sign = 1;
    if (!zone.isEmpty() && (zone.at(0) == u'+' || zone.at(0) == u'-')) {
        sign = zone.at(0) == u'-' ? -1 : 1;
        pos = 1;
    }
    if (zone.size() - pos == 5 && zone.at(pos + 2) == u':') {
        const auto hours = digits(zone, pos, 2);
        const auto minutes = digits(zone, pos + 3, 2);
        if (hours && minutes && *minutes < 60)
            return sign * (*hours * 3600 + *minutes * 60);
        return std::nullopt;
    }
    if (zone.compare(u"UTC", Qt::CaseInsensitive) == 0 || zone == u"Z")
        return 0;
    const QTimeZone timeZone(zone.toUtf8());
    if (!timeZone.isValid())
        return std::nullopt;
    // QDateTime covers the whole CEL range, at second precision here.
    return timeZone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

} // namespace Keyport::Cel
