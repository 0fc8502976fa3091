// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Keyport {

/// The state of an asynchronous job on the server (API.md §1.3).
struct Operation
{
    enum class State { Pending, Success, Failure, Timeout };

    QString id;
    State state = State::Pending;
    QString reason; ///< incorrect, unknown, unavailable, forbidden, busy, fault, …
    QString message;
    QString referenceId;
    QString referenceLink;
    QString referenceCommand;

    bool isDone() const { return state != State::Pending; }
};

} // namespace Keyport
