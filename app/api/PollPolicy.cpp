// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollPolicy.h"

#include <algorithm>

namespace Keyport {

std::chrono::milliseconds PollPolicy::intervalAfter(std::chrono::milliseconds elapsed) const
{
    if (elapsed <= fastPhase || fastPhase.count() <= 0)
        return initialInterval;
    // Grows in proportion to the time waited: at 2 × fastPhase the interval has doubled.
    const auto grown
        = std::chrono::milliseconds(initialInterval.count() * elapsed.count() / fastPhase.count());
    return std::clamp(grown, initialInterval, std::max(initialInterval, maxInterval));
}

} // namespace Keyport
