// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFault.h"

#include "HttpServer.h"

namespace Keyport {

Result<SandboxFault> SandboxFault::parse(const QString &spec)
{
    const auto invalid = [&spec](const QString &why) {
        return Error::invalidInput(tr("Invalid fault \"%1\": %2").arg(spec, why));
    };
    SandboxFault fault;
    QString rest = spec.trimmed();

    const auto star = rest.lastIndexOf(u'*');
    if (star >= 0) {
        bool ok = false;
        fault.remaining = rest.mid(star + 1).toInt(&ok);
        if (!ok || fault.remaining <= 0)
            return invalid(tr("the count after * must be a positive number"));
        rest.truncate(star);
    }
    const auto at = rest.indexOf(u'@');
    if (at >= 0) {
        fault.pathPrefix = rest.mid(at + 1).toUtf8();
        if (!fault.pathPrefix.startsWith('/'))
            return invalid(tr("the path after @ must start with /"));
        rest.truncate(at);
    }
    QString value;
    const auto colon = rest.indexOf(u':');
    if (colon >= 0) {
        value = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    bool numberOk = false;
    const int number = value.toInt(&numberOk);

    if (rest == u"malformed") {
        fault.kind = Kind::Malformed;
    } else if (rest == u"drop") {
        fault.kind = Kind::Drop;
    } else if (rest == u"hang") {
        fault.kind = Kind::Hang;
    } else if (rest == u"iamv3") {
        fault.kind = Kind::GenerationMismatch;
        fault.status = 403;
    } else if (rest == u"latency") {
        if (!numberOk || number < 0)
            return invalid(tr("latency needs a number of milliseconds, as in latency:500"));
        fault.kind = Kind::Latency;
        fault.latency = std::chrono::milliseconds(number);
    } else if (rest == u"429") {
        fault.kind = Kind::RateLimit;
        fault.status = 429;
        if (!value.isEmpty()) {
            if (!numberOk || number < 0)
                return invalid(tr("429 takes the Retry-After seconds, as in 429:5"));
            fault.retryAfterSeconds = number;
        }
    } else {
        bool statusOk = false;
        fault.status = rest.toInt(&statusOk);
        if (!statusOk || fault.status < 400 || fault.status > 599)
            return invalid(tr("the kind must be an HTTP status from 400 to 599, malformed, drop, "
                              "hang, latency or iamv3"));
        fault.kind = Kind::Status;
    }
    return fault;
}

bool SandboxFault::matches(const HttpRequest &request) const
{
    return remaining != 0 && request.path().startsWith(pathPrefix);
}

} // namespace Keyport
