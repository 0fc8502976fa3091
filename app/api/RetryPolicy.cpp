// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Keyport {

bool RetryPolicy::isRetryable(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::RateLimited:
        return true;
    case Error::Code::ServerError:
        return error.httpStatus() != 501;
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::delayBefore(
    int retry, std::optional<std::chrono::milliseconds> retryAfter) const
{
    auto delay = initialDelay;
    for (int i = 1; i < retry && delay < maxDelay; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelay);
    if (retryAfter)
        delay = std::max(delay, *retryAfter);
    return delay;
}

std::chrono::milliseconds RetryPolicy::attemptTimeout(
    std::chrono::milliseconds timeout, std::chrono::milliseconds elapsed) const
{
    const auto left = budget - elapsed;
    return std::clamp(left, std::chrono::milliseconds(0), timeout);
}

bool RetryPolicy::retryFits(
    std::chrono::milliseconds elapsed, std::chrono::milliseconds delay) const
{
    return elapsed + delay < budget;
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(
    const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0
            ? std::nullopt
            : std::optional(std::chrono::milliseconds(
                std::min(seconds, std::numeric_limits<qlonglong>::max() / 1000) * 1000));
    // HTTP date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT". Date and time are read
    // apart and joined in UTC: read as one local date-time, an hour that does not exist in the
    // local zone (the spring-forward gap) would be refused.
    const QString text = QString::fromLatin1(trimmed);
    const QStringList parts = text.split(u' ');
    if (parts.size() != 6 || parts.at(5) != u"GMT")
        return {};
    const QDate day
        = QLocale::c().toDate(parts.mid(0, 4).join(u' '), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QTime::fromString(parts.at(4), QStringLiteral("HH:mm:ss"));
    if (!day.isValid() || !time.isValid())
        return {};
    const QDateTime date(day, time, QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

} // namespace Keyport
