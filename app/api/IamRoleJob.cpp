// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRoleJob.h"

#include "domain/IamLimits.h"
#include "IamJson.h"

#include <QUrl>

namespace Keyport {

IamRoleJob::IamRoleJob(ExoscaleClient *client, const QString &roleId)
    : ApiJob(client, "GET",
        QStringLiteral("/iam-role/") + QString::fromLatin1(QUrl::toPercentEncoding(roleId)), {},
        Retry::Idempotent, ErrorMapper::Action::GetRole)
{
    if (!IamLimits::isUuid(roleId)) {
        refuseBeforeSending(
            Error::invalidInput(tr("\"%1\" is not a role id (a UUID).").arg(roleId)));
    }
}

Error IamRoleJob::parseResponse(const QByteArray &body)
{
    auto role = IamJson::parseRole(body);
    if (!role)
        return role.error();
    m_role = std::move(role).value();
    return {};
}

} // namespace Keyport
