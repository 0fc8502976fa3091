// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Keyport {

bool hardenProcess()
{
    const rlimit noCore{0, 0};
    const bool coreOff = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return coreOff && undumpable;
}

bool isProcessHardened()
{
    rlimit core{};
    return getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0 && core.rlim_max == 0
        && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace Keyport
