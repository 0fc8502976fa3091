// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyDraft.h"

namespace Keyport {

/// The `exo iam access-key create …` command line equivalent to a draft, for people who script.
class ExoCommandLine
{
public:
    static QString forDraft(const KeyDraft &draft);
    /// POSIX shell quoting: bare when safe, else in single quotes.
    static QString quoted(const QString &word);
};

} // namespace Keyport
