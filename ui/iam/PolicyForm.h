// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Keyport {

/// The form of an IAM v3 policy (UX.md, "Role editor"), a role's or the organisation's: the
/// default strategy as two big choices, one row per service class (default, allow, deny,
/// rules) and, for rules, the ordered rules (add, remove, duplicate, move up and down), each
/// with its action and a checked expression (ExpressionEdit). Tab follows the layout when the
/// dialog uses FormKit::focusNextInLayout(). Every member the form does not show (a rule's
/// `resources`, unknown members) is kept.
///
/// Object names: the strategy buttons `<prefix>DefaultAllow` and `<prefix>DefaultDeny`; per
/// service class S `serviceType_S`, `serviceRules_S`, `addRule_S`; per rule I of S
/// `ruleAction_S_I`, `ruleExpression_S_I`, `ruleUp_S_I`, `ruleDown_S_I`, `ruleDuplicate_S_I`,
/// `ruleRemove_S_I`.
class PolicyForm : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyForm(const QString &namePrefix, QWidget *parent = nullptr);

    /// The policy as the form has it.
    IamPolicy policy() const { return m_policy; }
    /// Shows @p policy (without policyEdited()).
    void setPolicy(const IamPolicy &policy);

    /// A sentence for each rule that does not parse (Exoscale would skip it at every request),
    /// with the engine's message and column; empty when every rule parses.
    QStringList problems() const;

Q_SIGNALS:
    /// The person changed the policy through the form.
    void policyEdited(const Keyport::IamPolicy &policy);

private:
    /// The choices of a service row, in the order of its combo box.
    enum ServiceChoice { DefaultChoice, AllowChoice, DenyChoice, RulesChoice };

    /// (Re)builds the service rows from the state; focuses @p focusName after.
    void rebuildServices(const QString &focusName = {});
    QWidget *buildRules(
        const QString &service, const QList<IamPolicy::Rule> &list, QWidget *parent);
    QStringList serviceClasses() const;

    void onStrategyChosen(IamPolicy::Effect effect);
    void setServiceType(const QString &service, int choice);
    void addRule(const QString &service);
    void removeRule(const QString &service, int index);
    void duplicateRule(const QString &service, int index);
    void moveRule(const QString &service, int index, int delta);
    void edited();

    IamPolicy m_policy;
    /// A service set back to (default) keeps its entry here, to come back with its rules.
    QMap<QString, IamPolicy::Service> m_stashedServices;

    QPushButton *m_defaultAllow;
    QPushButton *m_defaultDeny;
    QVBoxLayout *m_servicesLayout;
    QPointer<QWidget> m_servicesBox;
};

} // namespace Keyport
