// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "iam/IamEditorDialog.h"

namespace Keyport {

/// Edits the organisation's IAM v3 policy (issue 11; UX.md "IAM v3"): the policy part of the
/// role editor (PolicyForm) without the role's own fields, a JSON tab that shows exactly the
/// body of update-iam-organization-policy (IamPolicy::toJson(), every unknown member kept) and
/// takes it back, and the `exo iam org-policy update` line. Does no I/O: the owner reads
/// policy() once the dialog is accepted, or, with setSavesItself(), on saveRequested().
///
/// The common API (policy(), isAcceptable(), problemText(), addSidePage(), accept(), saving in
/// place, policyDraftChanged(), saveRequested()) is IamEditorDialog's; object names start with
/// "orgPolicy" (orgPolicyJson, orgPolicyEditorOk, orgPolicyDefaultDeny, …).
class OrganizationPolicyDialog : public IamEditorDialog
{
    Q_OBJECT

public:
    explicit OrganizationPolicyDialog(const IamPolicy &current, QWidget *parent = nullptr);
    ~OrganizationPolicyDialog() override;

    /// Whether the policy as the form has it differs from the one the dialog was opened with.
    bool policyChanged() const;

    /// `exo iam org-policy update '<compact json>'`, POSIX-quoted.
    QString commandLine() const override;

protected:
    /// The body of update-iam-organization-policy: IamPolicy::toJson(), unknown members kept.
    QJsonObject sentJson() const override;
    /// Takes a whole policy, as IamPolicy::fromJson() reads it, or says its first problem.
    QString readJson(const QJsonObject &json) override;
    /// The JSON, the rules that do not parse, what Exoscale would refuse, or nothing changed.
    QStringList problems() const override;

private:
    IamPolicy m_current;
};

} // namespace Keyport
