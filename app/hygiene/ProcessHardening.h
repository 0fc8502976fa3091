// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Keyport {

/// Closes the ways a secret leaves the process through the system, as KeePassXC does: no core
/// dump (RLIMIT_CORE 0) and no ptrace attachment or /proc/<pid>/mem reading by processes of the
/// same user (PR_SET_DUMPABLE 0). Call first thing in main(). Returns false if the system
/// refused either (the caller may log it; Keyport runs all the same).
bool hardenProcess();

/// Whether hardenProcess() is in force in this process.
bool isProcessHardened();

} // namespace Keyport
