// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

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

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(
    const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(
                               std::min<qlonglong>(seconds, LLONG_MAX / 1000) * 1000));
    // HTTP date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

} // namespace Keyport
