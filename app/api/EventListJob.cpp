// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventListJob.h"

#include "IamJson.h"

namespace Keyport {

EventListJob::EventListJob(ExoscaleClient *client, const QDateTime &from, const QDateTime &to)
    : ApiJob(client, "GET", path(from, to), {}, Retry::Idempotent, ErrorMapper::Action::ListEvents)
{
    if (from.isValid() && to.isValid() && from > to) {
        refuseBeforeSending(
            Error::invalidInput(tr("The start of the period (%1) is after its end (%2).")
                                    .arg(IamJson::rfc3339(from), IamJson::rfc3339(to))));
    }
}

QString EventListJob::path(const QDateTime &from, const QDateTime &to)
{
    // RFC 3339 in UTC ("2026-11-27T18:55:08.000Z") holds only characters a query may carry as
    // they are, so what is signed is what is sent.
    QStringList query;
    if (from.isValid())
        query.append(QStringLiteral("from=") + IamJson::rfc3339(from));
    if (to.isValid())
        query.append(QStringLiteral("to=") + IamJson::rfc3339(to));
    QString result = QStringLiteral("/event");
    if (!query.isEmpty())
        result += u'?' + query.join(u'&');
    return result;
}

Error EventListJob::parseResponse(const QByteArray &body)
{
    auto events = IamJson::parseEventList(body);
    if (!events)
        return events.error();
    m_events = std::move(events).value();
    return {};
}

} // namespace Keyport
