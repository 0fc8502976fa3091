// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "IamJson.h"

namespace Keyport {

/// list-users: the people of the organisation and their roles.
class UserListJob : public ApiJob
{
    Q_OBJECT

public:
    explicit UserListJob(ExoscaleClient *client);

    const QList<User> &users() const { return m_users; }

protected:
    Error parseResponse(const QByteArray &body) override;
    WorkerParse workerParse() override;

private:
    QList<User> m_users;
};

} // namespace Keyport
