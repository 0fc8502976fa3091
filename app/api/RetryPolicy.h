// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Keyport {

/// Automatic retries of idempotent requests (API.md §2): connection errors, 429 and 5xx except
/// 501, with exponential backoff that honours Retry-After. A create is never retried: it may have
/// succeeded, and its secret would be lost. Every request, retries and the waits between them
/// included, ends within budget: a hanging server is reported after that long, not after the
/// sum of every attempt's timeout.
struct RetryPolicy
{
    int maxRetries = 4;
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maxDelay{30000};
    /// A Retry-After longer than this is not waited for: the error is reported instead.
    std::chrono::milliseconds maxRetryAfter{60000};
    /// The time one request may take in all, from sending its first attempt to the end of its
    /// last: no attempt waits beyond it, and no retry starts after it.
    std::chrono::milliseconds budget{35000};

    static RetryPolicy none() { return {0, {}, {}, {}}; }

    /// Whether an idempotent request that failed with @p error may be sent again.
    static bool isRetryable(const Error &error);
    /// The wait before retry number @p retry (1 for the first retry).
    std::chrono::milliseconds delayBefore(
        int retry, std::optional<std::chrono::milliseconds> retryAfter) const;

    /// How long the attempt sent @p elapsed after the first may wait for its answer: the
    /// per-attempt @p timeout, cut to what is left of the budget (zero when nothing is left).
    std::chrono::milliseconds attemptTimeout(
        std::chrono::milliseconds timeout, std::chrono::milliseconds elapsed) const;
    /// Whether a retry that would be sent @p delay from now, @p elapsed after the first attempt,
    /// still starts within the budget.
    bool retryFits(std::chrono::milliseconds elapsed, std::chrono::milliseconds delay) const;

    /// Retry-After as seconds or as an HTTP date; nothing when absent or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &now);
};

} // namespace Keyport
