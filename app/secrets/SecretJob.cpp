// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJob.h"

namespace Keyport {

SecretJob::SecretJob(Kind kind, QString entry, QObject *parent)
    : Job(parent)
    , m_kind(kind)
    , m_entry(std::move(entry))
{ }

} // namespace Keyport
