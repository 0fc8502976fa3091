// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogJob.h"

#include "ApiJson.h"

namespace Keyport {

CatalogJob::CatalogJob(ExoscaleClient *client, Scope scope)
    : ApiJob(client, "GET",
        scope == Scope::Known ? QStringLiteral("/access-key-known-operations")
                              : QStringLiteral("/access-key-operations"),
        {}, Retry::Idempotent,
        scope == Scope::Known ? ErrorMapper::Action::ListKnownOperations
                              : ErrorMapper::Action::ListOwnOperations)
    , m_scope(scope)
{ }

Error CatalogJob::parseResponse(const QByteArray &body)
{
    auto operations = ApiJson::parseOperationList(body);
    if (!operations)
        return operations.error();
    m_catalog = Catalog(operations.value());
    return {};
}

} // namespace Keyport
