// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/Catalog.h"

namespace Keyport {

/// list-access-key-known-operations (every operation a key may be restricted to) or
/// list-access-key-operations (what the signing key itself may use).
class CatalogJob : public ApiJob
{
    Q_OBJECT

public:
    enum class Scope { Known, Own };

    CatalogJob(ExoscaleClient *client, Scope scope);

    Scope scope() const { return m_scope; }
    const Catalog &catalog() const { return m_catalog; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    Scope m_scope;
    Catalog m_catalog;
};

} // namespace Keyport
