// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganizationPolicyDialog.h"

#include "domain/ExoCommandLine.h"
#include "domain/IamLimits.h"
#include "iam/FormKit.h"
#include "iam/PolicyForm.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Keyport {

using namespace Qt::StringLiterals;

OrganizationPolicyDialog::OrganizationPolicyDialog(const IamPolicy &current, QWidget *parent)
    : IamEditorDialog(u"orgPolicy"_s, parent)
    , m_current(current)
{
    setObjectName(u"organizationPolicyDialog"_s);
    setWindowTitle(tr("Edit Organization Policy"));

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = FormKit::noteLabel(
        tr("The organization policy judges every request of every API key and every user "
           "before their role does: a request passes only if both allow it."),
        page);
    intro->setObjectName(u"orgPolicyIntro"_s);
    layout->addWidget(intro);
    layout->addWidget(policyForm());
    layout->addStretch(1);
    policyForm()->setPolicy(current);

    setUp(page, tr("&Body sent to update the organization policy"), tr("Save Policy"));
}

OrganizationPolicyDialog::~OrganizationPolicyDialog() = default;

bool OrganizationPolicyDialog::policyChanged() const
{
    return policy() != m_current;
}

QString OrganizationPolicyDialog::commandLine() const
{
    return ExoCommandLine::forOrganizationPolicyUpdate(policy());
}

QJsonObject OrganizationPolicyDialog::sentJson() const
{
    return policy().toJson();
}

QString OrganizationPolicyDialog::readJson(const QJsonObject &json)
{
    PolicyProblems problems;
    const std::optional<IamPolicy> read = IamPolicy::fromJson(json, &problems);
    if (!problems.isEmpty())
        return problems.constFirst().toString();
    if (!read)
        return tr("The body is not a policy.");
    policyForm()->setPolicy(*read);
    return {};
}

QStringList OrganizationPolicyDialog::problems() const
{
    QStringList problems;
    if (!jsonError().isEmpty())
        problems << tr("The JSON is not valid: %1").arg(jsonError());
    problems << policyForm()->problems();
    PolicyProblems found;
    IamLimits::checkPolicy(policy(), {}, &found);
    for (const PolicyProblem &problem : std::as_const(found))
        problems << tr("The policy cannot be saved: %1").arg(problem.toString());
    if (problems.isEmpty() && !policyChanged())
        problems << tr("Nothing has changed yet.");
    return problems;
}

} // namespace Keyport
