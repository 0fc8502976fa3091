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
    fault.spec = rest;

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
        const QString target = rest.mid(at + 1);
        qsizetype methodEnd = 0;
        while (methodEnd < target.size() && target.at(methodEnd) >= u'A'
            && target.at(methodEnd) <= u'Z')
            ++methodEnd;
        fault.method = target.left(methodEnd).toLatin1();
        fault.path = target.mid(methodEnd).toUtf8();
        if (fault.method.isEmpty() && fault.path.isEmpty())
            return invalid(tr("a method or a path must follow @"));
        if (!fault.path.isEmpty() && !fault.path.startsWith('/'))
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
        fault.retryAfterSeconds = 1;
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
        if (!value.isEmpty()) {
            if (!numberOk || number < 0)
                return invalid(
                    tr("a status takes the Retry-After seconds, as in 503:5, or nothing"));
            fault.retryAfterSeconds = number;
        }
    }
    return fault;
}

bool SandboxFault::matches(const HttpRequest &request) const
{
    if (remaining == 0)
        return false;
    if (!method.isEmpty() && request.method != method)
        return false;
    if (path.isEmpty())
        return true;
    const QByteArray requestPath = request.path();
    // "/v2/access-key" is that list only, never "/v2/access-key-operations"; a trailing slash
    // asks for everything under it ("/v2/operation/" for every poll).
    return path.endsWith('/') ? requestPath.startsWith(path) : requestPath == path;
}

} // namespace Keyport
