// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Keyport {

struct HttpRequest;

/// A fault the sandbox injects on demand. Text form (keyport-sandbox --fault SPEC):
///
///     KIND[:VALUE][@[METHOD]PATH][*COUNT]
///
/// KIND is an HTTP status (500, 503, …; VALUE: Retry-After seconds, none by default), "429"
/// (VALUE: Retry-After seconds, default 1), "malformed" (the request is carried out, then its
/// answer is a 200 whose JSON is cut short), "drop" (the connection is closed without an answer),
/// "hang" (no answer, ever), "latency" (VALUE: milliseconds added, then a normal answer) or
/// "iamv3" (the 403 Exoscale gives when an IAM v3 API key asks for a legacy key).
///
/// @PATH matches that exact path (the query string is ignored); a PATH ending in "/" matches
/// every path under it. An upper-case METHOD right before the path restricts the fault to that
/// method; "@METHOD" alone matches the method on every path. Without @ every request matches;
/// without *COUNT the fault never wears off. Examples: "503*2", "429:5@/v2/access-key*1",
/// "hang@/v2/operation/" (every poll), "hang@DELETE/v2/access-key/" (every revocation),
/// "503@POST/v2/access-key" (creates only, not the list).
struct SandboxFault
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::SandboxFault)

public:
    enum class Kind { Status, RateLimit, Malformed, Drop, Hang, Latency, GenerationMismatch };

    Kind kind = Kind::Status;
    int status = 500;
    /// The Retry-After header in seconds; -1: none (a 429 then says 1).
    int retryAfterSeconds = -1;
    std::chrono::milliseconds latency{0};
    QByteArray method; ///< empty: any method
    QByteArray path; ///< empty: any path; ending in '/': every path under it
    int remaining = -1; ///< -1: forever
    QString spec; ///< the text it was parsed from, for the request log

    static Result<SandboxFault> parse(const QString &spec);
    bool matches(const HttpRequest &request) const;
};

} // namespace Keyport
