// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/Event.h"

#include <QDateTime>

namespace Keyport {

/// list-events: the audit trail between two instants (Exoscale's default without them: the
/// last 24 hours; it keeps 30 days). Only mutations are recorded.
class EventListJob : public ApiJob
{
    Q_OBJECT

public:
    /// An invalid @p from or @p to is left out of the query. A @p from after @p to finishes
    /// with InvalidInput, sending nothing.
    EventListJob(ExoscaleClient *client, const QDateTime &from, const QDateTime &to);

    const QList<Event> &events() const { return m_events; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    static QString path(const QDateTime &from, const QDateTime &to);

    QList<Event> m_events;
};

} // namespace Keyport
