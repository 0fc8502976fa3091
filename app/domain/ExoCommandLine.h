// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyDraft.h"

namespace Keyport {

/// The exo command lines equivalent to what Keyport sends, for people who script.
class ExoCommandLine
{
public:
    /// `exo iam access-key create NAME [--operation …] [--tag …] [--resource …]`
    static QString forDraft(const KeyDraft &draft);
    /// `exo iam api-key create NAME ROLE`; @p role is the role's name or id (exo takes either).
    static QString forApiKey(const QString &name, const QString &role);
    /// POSIX shell quoting: bare when safe, else in single quotes.
    static QString quoted(const QString &word);
};

} // namespace Keyport
