// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteApiKeysDialog.h"

#include "services/DeleteApiKeysFlow.h"

#include <algorithm>

namespace Keyport {

namespace {

RevokeDialog::Wording apiKeyWording(
    const QList<ApiKey> &keys, const QHash<QString, QString> &roleNames)
{
    const int count = int(keys.size());
    RevokeDialog::Wording wording;
    wording.action = count == 1 ? DeleteApiKeysDialog::tr("Delete API Key")
                                : DeleteApiKeysDialog::tr("Delete %n API Keys", nullptr, count);
    if (count == 1) {
        const ApiKey &key = keys.constFirst();
        wording.intro
            = DeleteApiKeysDialog::tr("Delete the API key %1 (%2)?").arg(key.name, key.key);
    } else {
        wording.intro = DeleteApiKeysDialog::tr("Delete these %n API keys?", nullptr, count);
    }
    wording.listLabel = count == 1 ? DeleteApiKeysDialog::tr("&API key to delete")
                                   : DeleteApiKeysDialog::tr("&API keys to delete");
    wording.detailHeader = DeleteApiKeysDialog::tr("Role");
    QHash<QString, QString> roleOf;
    for (const ApiKey &key : keys)
        roleOf.insert(key.key, roleNames.value(key.roleId, key.roleId));
    wording.detail = [roleOf](const AccessKey &key) { return roleOf.value(key.key); };
    wording.consequences = DeleteApiKeysDialog::tr(
        "Deletion is immediate and cannot be undone. Programs that use these %n API key(s) stop "
        "working at once. Their roles stay, with the other keys and the people bound to them.",
        nullptr, count);
    return wording;
}

AccessKeys shownKeys(const QList<ApiKey> &keys)
{
    AccessKeys shown;
    std::transform(keys.cbegin(), keys.cend(), std::back_inserter(shown), DeleteApiKeysFlow::shown);
    return shown;
}

} // namespace

DeleteApiKeysDialog::DeleteApiKeysDialog(const Account &account, const QList<ApiKey> &keys,
    const QHash<QString, QString> &roleNames, const QSet<QString> &storedSecretIds, QWidget *parent)
    : RevokeDialog(
        account, shownKeys(keys), storedSecretIds, apiKeyWording(keys, roleNames), parent)
{
    setObjectName(QStringLiteral("deleteApiKeysDialog"));
    for (const ApiKey &key : keys)
        m_apiKeys.insert(key.key, key);
}

DeleteApiKeysDialog::~DeleteApiKeysDialog() = default;

QList<ApiKey> DeleteApiKeysDialog::apiKeys() const
{
    QList<ApiKey> result;
    for (const AccessKey &key : keys()) {
        if (m_apiKeys.contains(key.key))
            result.append(m_apiKeys.value(key.key));
    }
    return result;
}

} // namespace Keyport
