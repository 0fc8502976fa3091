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
    wording.signingWarning = count == 1
        ? DeleteApiKeysDialog::tr("%1 is the API key this account signs with. Once it is deleted, "
                                  "Keyport can no longer use this account: to go on, add the "
                                  "account again with another key.")
        : DeleteApiKeysDialog::tr("%1 is the API key this account signs with. It is deleted last, "
                                  "after the other keys. Once it is deleted, Keyport can no longer "
                                  "use this account: to go on, add the account again with another "
                                  "key.");
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

QString DeleteApiKeysDialog::phrase(Phrase which, int count) const
{
    switch (which) {
    case Phrase::Started:
        return tr("Deleting…");
    case Phrase::ItemRunning:
        return tr("Deleting…");
    case Phrase::ItemDone:
        return tr("Deleted");
    case Phrase::ItemDoneWithNote:
        return tr("Deleted. %1");
    case Phrase::ItemFailed:
        return tr("Not deleted: %1");
    case Phrase::Progress:
        return tr("Deleting: %1 of %n API key(s) done.", nullptr, count);
    case Phrase::ProgressChecking:
        return tr("Deleting: %1 of %n API key(s) done. Checking whether Exoscale deleted the "
                  "others…",
            nullptr, count);
    case Phrase::StoppedUnseen:
        return tr("The deletion was stopped before it finished. Refresh the list of API keys to "
                  "see which are gone.");
    case Phrase::StoppedByYou:
        return tr("You stopped the deletion.");
    case Phrase::DoneCount:
        return tr("%n API key(s) deleted.", nullptr, count);
    case Phrase::FailedCount:
        return tr("%n API key(s) not deleted; they stay in the list.", nullptr, count);
    case Phrase::UnknownCount:
        return tr("%n API key(s) in an unknown state: Keyport could not find out whether Exoscale "
                  "deleted them. They stay in the list; refresh it later.",
            nullptr, count);
    case Phrase::DoneButSecretsKept:
        return tr("Every API key was deleted, but not every stored secret could be deleted.");
    }
    return RevokeDialog::phrase(which, count);
}

} // namespace Keyport
