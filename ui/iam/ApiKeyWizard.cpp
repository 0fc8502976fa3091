// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyWizard.h"

#include "ApiKeyCreatingPage.h"
#include "ApiKeyNamePage.h"
#include "ApiKeyReviewPage.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "wizard/SecretPage.h"

#include <algorithm>

namespace Keyport {

ApiKeyWizard::ApiKeyWizard(
    AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard, QWidget *parent)
    : KeyWizard(session, accounts, clipboard, parent, WithoutPages())
{
    setObjectName(QStringLiteral("apiKeyWizard"));
    setWindowTitle(tr("New API Key"));
    setPage(ApiKeyNamePageId, new ApiKeyNamePage(this));
    setPage(ApiKeyReviewPageId, new ApiKeyReviewPage(this));
    setPage(ApiKeyCreatingPageId, new ApiKeyCreatingPage(this));
    setPage(ApiKeySecretPageId, new SecretPage(this));
    setStartId(ApiKeyNamePageId);
    resize(640, 480);
    if (IamSession *account = iam())
        connect(account, &IamSession::rolesChanged, this, [this] { Q_EMIT rolesChanged({}); });
}

ApiKeyWizard::~ApiKeyWizard() = default;

IamSession *ApiKeyWizard::iam() const
{
    return session() ? session()->iam() : nullptr;
}

QList<IamRole> ApiKeyWizard::roles() const
{
    QList<IamRole> all = iam() ? iam()->roles() : QList<IamRole>();
    for (const IamRole &added : m_addedRoles) {
        const bool listed = std::any_of(all.cbegin(), all.cend(),
            [&added](const IamRole &role) { return role.id == added.id; });
        if (!listed)
            all.append(added);
    }
    std::stable_sort(all.begin(), all.end(), [](const IamRole &a, const IamRole &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return all;
}

std::optional<IamRole> ApiKeyWizard::role(const QString &roleId) const
{
    for (const IamRole &candidate : roles()) {
        if (candidate.id == roleId)
            return candidate;
    }
    return std::nullopt;
}

QString ApiKeyWizard::roleArgument(const QString &roleId) const
{
    const auto chosen = role(roleId);
    if (!chosen)
        return roleId;
    const QList<IamRole> all = roles();
    const auto sameName = std::count_if(all.cbegin(), all.cend(),
        [&chosen](const IamRole &other) { return other.name == chosen->name; });
    return sameName == 1 && !chosen->name.isEmpty() ? chosen->name : roleId;
}

bool ApiKeyWizard::grantsEverything(const IamRole &role)
{
    if (!role.policy)
        return false;
    const IamPolicy &policy = *role.policy;
    if (policy.defaultServiceStrategy != IamPolicy::Effect::Allow)
        return false;
    return std::all_of(
        policy.services.cbegin(), policy.services.cend(), [](const IamPolicy::Service &service) {
            return service.type == IamPolicy::ServiceType::Allow;
        });
}

void ApiKeyWizard::addRole(const IamRole &role, bool select)
{
    m_addedRoles.removeIf([&role](const IamRole &other) { return other.id == role.id; });
    m_addedRoles.append(role);
    if (select)
        m_roleId = role.id;
    Q_EMIT rolesChanged(select ? role.id : QString());
}

void ApiKeyWizard::showProblemOn(ApiKeyPageId page, const QString &message)
{
    while (currentId() != page && visitedIds().size() > 1)
        back();
    if (auto *shown = qobject_cast<ProblemShowingPage *>(currentPage()))
        shown->showProblem(message);
}

} // namespace Keyport
