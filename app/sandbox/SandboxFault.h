// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>

namespace Keyport {

struct HttpRequest;

/// A fault the sandbox injects on demand. Text form (keyport-sandbox --fault SPEC):
///
///     KIND[:VALUE][@PATH-PREFIX][*COUNT]
///
/// KIND is an HTTP status (500, 503, …), "429" (VALUE: Retry-After seconds, default 1),
/// "malformed" (a 200 whose JSON is cut short), "drop" (the connection is closed without an
/// answer), "hang" (no answer, ever), "latency" (VALUE: milliseconds added, then a normal
/// answer) or "iamv3" (the 403 Exoscale gives when an IAM v3 API key asks for a legacy key).
/// Without @PATH-PREFIX every request matches; without *COUNT the fault never wears off. Examples:
/// "503*2", "429:5@/v2/access-key*1", "hang@/v2/access-key-operations".
struct SandboxFault
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::SandboxFault)

public:
    enum class Kind { Status, RateLimit, Malformed, Drop, Hang, Latency, GenerationMismatch };

    Kind kind = Kind::Status;
    int status = 500;
    int retryAfterSeconds = 1;
    std::chrono::milliseconds latency{0};
    QByteArray pathPrefix;
    int remaining = -1; ///< -1: forever

    static Result<SandboxFault> parse(const QString &spec);
    bool matches(const HttpRequest &request) const;
};

} // namespace Keyport
