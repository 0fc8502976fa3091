// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "sandbox/Sandbox.h"

namespace Keyport::Test {

/// The sandbox's demo keys (as list-access-keys returns them: tags expanded) and its catalog,
/// in the models the window uses, sorted by name.
struct DemoKeyList
{
    DemoKeyList()
        : sandbox(Sandbox::loadCatalog(Sandbox::builtInCatalogPath()).value())
    {
        sandbox.addDemoKeys();
        model.setKeys(sandbox.keys());
        filter.setSourceModel(&model);
        filter.setCatalog(sandbox.catalog());
        filter.sort(AccessKeyModel::NameColumn);
    }
    AccessKey key(const QString &name) const
    {
        for (const AccessKey &key : model.keys()) {
            if (key.name == name)
                return key;
        }
        qFatal("no key %s", qPrintable(name));
    }
    /// The cell of the key named @p name in @p column of the filter; invalid when not listed.
    QModelIndex index(const QString &name, int column) const
    {
        const QModelIndexList found = filter.match(filter.index(0, AccessKeyModel::NameColumn),
            Qt::DisplayRole, name, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.constFirst().siblingAtColumn(column);
    }

    Sandbox sandbox;
    AccessKeyModel model;
    AccessKeyFilterModel filter;
};

} // namespace Keyport::Test
