// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace Keyport {

/// How an asynchronous Operation is polled (API.md §1.3): every 3 s for the first 30 s, then an
/// interval that grows linearly with the time waited, up to 60 s; five poll errors in a row end
/// the wait. Injectable so that tests run in milliseconds.
struct PollPolicy
{
    std::chrono::milliseconds initialInterval{3000};
    std::chrono::milliseconds fastPhase{30000};
    std::chrono::milliseconds maxInterval{60000};
    int maxConsecutiveErrors = 5;
    /// After this long, Keyport stops waiting and says the outcome is not known yet.
    std::chrono::milliseconds maxWait{std::chrono::minutes(15)};

    /// The wait before the next poll, @p elapsed after the operation started.
    std::chrono::milliseconds intervalAfter(std::chrono::milliseconds elapsed) const;
};

} // namespace Keyport
