// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyForm.h"

#include "iam/ExpressionEdit.h"
#include "iam/FormKit.h"
#include "policy/CelExpression.h"
#include "policy/ServiceMap.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

using namespace Qt::StringLiterals;
using namespace FormKit;

PolicyForm::PolicyForm(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_servicesLayout(new QVBoxLayout)
{
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(noteLabel(tr("Services the policy does not list:"), this));
    const auto bigChoice = [this](const QString &text, const QString &objectName) {
        auto *button = namedButton(new QPushButton(text, this), objectName);
        button->setCheckable(true);
        button->setMinimumHeight(button->sizeHint().height() * 2);
        return button;
    };
    m_defaultAllow
        = bigChoice(tr("&Allow every service not listed"), namePrefix + u"DefaultAllow"_s);
    m_defaultDeny = bigChoice(tr("Den&y every service not listed"), namePrefix + u"DefaultDeny"_s);
    // Exclusive by hand: in an exclusive QButtonGroup, Tab would reach only the checked one.
    connect(m_defaultAllow, &QPushButton::clicked, this,
        [this] { onStrategyChosen(IamPolicy::Effect::Allow); });
    connect(m_defaultDeny, &QPushButton::clicked, this,
        [this] { onStrategyChosen(IamPolicy::Effect::Deny); });
    auto *strategyRow = new QHBoxLayout;
    strategyRow->addWidget(m_defaultAllow);
    strategyRow->addWidget(m_defaultDeny);
    page->addLayout(strategyRow);

    page->addWidget(noteLabel(tr("Each service class: the default strategy, allowed, denied, "
                                 "or decided by rules tried in order (the first that matches "
                                 "decides; when none matches, the request is denied)."),
        this));
    m_servicesLayout->setContentsMargins(0, 0, 0, 0);
    page->addLayout(m_servicesLayout);
    setPolicy(m_policy);
}

void PolicyForm::setPolicy(const IamPolicy &policy)
{
    m_policy = policy;
    m_defaultAllow->setChecked(policy.defaultServiceStrategy == IamPolicy::Effect::Allow);
    m_defaultDeny->setChecked(policy.defaultServiceStrategy == IamPolicy::Effect::Deny);
    rebuildServices();
}

QStringList PolicyForm::problems() const
{
    QStringList problems;
    for (auto it = m_policy.services.cbegin(); it != m_policy.services.cend(); ++it) {
        if (it->type != IamPolicy::ServiceType::Rules)
            continue;
        for (int index = 0; index < it->rules.size(); ++index) {
            const Cel::Expression parsed = Cel::Expression::parse(it->rules.at(index).expression);
            if (parsed.isValid())
                continue;
            // Exoscale saves it and then skips it at every request, silently.
            const Cel::Diagnostic error = parsed.syntaxError();
            problems << tr("Rule %1 of %2 does not parse (column %3: %4): Exoscale would skip it "
                           "at every request.")
                            .arg(index + 1)
                            .arg(it.key())
                            .arg(error.column)
                            .arg(error.message);
        }
    }
    return problems;
}

QStringList PolicyForm::serviceClasses() const
{
    QStringList classes = ServiceMap::builtIn().services();
    // A class Keyport does not know keeps its row while set back to (default).
    QStringList named = m_policy.services.keys() + m_stashedServices.keys();
    for (const QString &service : std::as_const(named)) {
        if (!classes.contains(service))
            classes.append(service);
    }
    return classes;
}

void PolicyForm::rebuildServices(const QString &focusName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList classes = serviceClasses();
    for (const QString &service : classes) {
        auto *choice = new QComboBox(box);
        choice->setObjectName(u"serviceType_%1"_s.arg(service));
        choice->addItems({tr("Default"), tr("Allow"), tr("Deny"), tr("Rules")});
        const auto entry = m_policy.services.constFind(service);
        int current = DefaultChoice;
        if (entry != m_policy.services.cend()) {
            switch (entry->type) {
            case IamPolicy::ServiceType::Allow:
                current = AllowChoice;
                break;
            case IamPolicy::ServiceType::Deny:
                current = DenyChoice;
                break;
            case IamPolicy::ServiceType::Rules:
                current = RulesChoice;
                break;
            }
        }
        choice->setCurrentIndex(current);
        auto *header = new QHBoxLayout;
        auto *serviceLabel = labelFor(service, choice, box);
        serviceLabel->setTextFormat(Qt::PlainText);
        serviceLabel->setMinimumWidth(
            serviceLabel->fontMetrics().horizontalAdvance(u"compute-legacy"_s) + 12);
        if (!ServiceMap::builtIn().knowsService(service))
            serviceLabel->setToolTip(tr("Keyport does not know this service class."));
        header->addWidget(serviceLabel);
        header->addWidget(choice);
        header->addStretch(1);
        layout->addLayout(header);
        connect(choice, &QComboBox::currentIndexChanged, this,
            [this, service](int index) { setServiceType(service, index); });
        if (current == RulesChoice)
            layout->addWidget(buildRules(service, entry->rules, box));
    }
    FormKit::replaceBox(m_servicesLayout, m_servicesBox, box);
    FormKit::focusByName(this, focusName);
}

QWidget *PolicyForm::buildRules(
    const QString &service, const QList<IamPolicy::Rule> &list, QWidget *parent)
{
    auto *rulesBox = new QWidget(parent);
    rulesBox->setObjectName(u"serviceRules_%1"_s.arg(service));
    auto *rules = new QVBoxLayout(rulesBox);
    rules->setContentsMargins(24, 0, 0, 8);
    if (list.isEmpty())
        rules->addWidget(
            noteLabel(tr("No rules yet: every request to %1 is denied.").arg(service), rulesBox));
    for (int index = 0; index < list.size(); ++index) {
        const IamPolicy::Rule &rule = list.at(index);
        const QString suffix = u"_%1_%2"_s.arg(service).arg(index);
        rules->addWidget(headingLabel(tr("Rule %1").arg(index + 1), rulesBox));
        auto *form = new QFormLayout;
        auto *action = new QComboBox(rulesBox);
        action->setObjectName(u"ruleAction"_s + suffix);
        action->addItems({tr("Allow"), tr("Deny")});
        action->setCurrentIndex(rule.action == IamPolicy::Effect::Allow ? 0 : 1);
        form->addRow(labelFor(tr("Action"), action, rulesBox), action);
        auto *expression = new ExpressionEdit(rulesBox);
        expression->setObjectName(u"ruleExpression"_s + suffix);
        expression->setServiceClass(service);
        expression->setExpression(rule.expression);
        auto *expressionLabel = new QLabel(tr("Expression"), rulesBox);
        expressionLabel->setBuddy(expression);
        expression->setAccessibleLabel(tr("Expression"));
        form->addRow(expressionLabel, expression);
        rules->addLayout(form);
        if (rule.extra.contains(u"resources"_s))
            rules->addWidget(noteLabel(tr("This rule also lists resources: they have no "
                                          "effect at Exoscale, and are kept unchanged."),
                rulesBox));
        auto *buttons = new QHBoxLayout;
        auto *up = namedButton(new QPushButton(tr("Move Up"), rulesBox), u"ruleUp"_s + suffix);
        auto *down
            = namedButton(new QPushButton(tr("Move Down"), rulesBox), u"ruleDown"_s + suffix);
        auto *duplicate
            = namedButton(new QPushButton(tr("Duplicate"), rulesBox), u"ruleDuplicate"_s + suffix);
        auto *remove
            = namedButton(new QPushButton(tr("Remove Rule"), rulesBox), u"ruleRemove"_s + suffix);
        up->setEnabled(index > 0);
        down->setEnabled(index + 1 < list.size());
        buttons->addStretch(1);
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addWidget(duplicate);
        buttons->addWidget(remove);
        rules->addLayout(buttons);

        connect(action, &QComboBox::currentIndexChanged, this, [this, service, index](int i) {
            m_policy.services[service].rules[index].action
                = i == 0 ? IamPolicy::Effect::Allow : IamPolicy::Effect::Deny;
            edited();
        });
        connect(expression, &ExpressionEdit::expressionChanged, this,
            [this, service, index](const QString &text) {
                m_policy.services[service].rules[index].expression = text;
                edited();
            });
        connect(up, &QPushButton::clicked, this,
            [this, service, index] { moveRule(service, index, -1); });
        connect(down, &QPushButton::clicked, this,
            [this, service, index] { moveRule(service, index, +1); });
        connect(duplicate, &QPushButton::clicked, this,
            [this, service, index] { duplicateRule(service, index); });
        connect(remove, &QPushButton::clicked, this,
            [this, service, index] { removeRule(service, index); });
    }
    auto *add = namedButton(
        new QPushButton(tr("Add Rule to %1").arg(service), rulesBox), u"addRule_%1"_s.arg(service));
    connect(add, &QPushButton::clicked, this, [this, service] { addRule(service); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    rules->addLayout(addRow);
    return rulesBox;
}

void PolicyForm::edited()
{
    Q_EMIT policyEdited(m_policy);
}

void PolicyForm::onStrategyChosen(IamPolicy::Effect effect)
{
    m_defaultAllow->setChecked(effect == IamPolicy::Effect::Allow);
    m_defaultDeny->setChecked(effect == IamPolicy::Effect::Deny);
    m_policy.defaultServiceStrategy = effect;
    edited();
}

void PolicyForm::setServiceType(const QString &service, int choice)
{
    auto &services = m_policy.services;
    if (choice == DefaultChoice) {
        if (services.contains(service))
            m_stashedServices.insert(service, services.take(service));
    } else {
        if (!services.contains(service))
            services.insert(service, m_stashedServices.take(service));
        IamPolicy::Service &entry = services[service];
        entry.type = choice == AllowChoice ? IamPolicy::ServiceType::Allow
            : choice == DenyChoice         ? IamPolicy::ServiceType::Deny
                                           : IamPolicy::ServiceType::Rules;
        if (entry.type == IamPolicy::ServiceType::Rules && entry.rules.isEmpty())
            entry.rules.append(IamPolicy::Rule{});
    }
    rebuildServices(u"serviceType_%1"_s.arg(service));
    edited();
}

void PolicyForm::addRule(const QString &service)
{
    auto &rules = m_policy.services[service].rules;
    rules.append(IamPolicy::Rule{});
    rebuildServices(u"ruleExpression_%1_%2"_s.arg(service).arg(rules.size() - 1));
    edited();
}

void PolicyForm::removeRule(const QString &service, int index)
{
    auto &rules = m_policy.services[service].rules;
    rules.removeAt(index);
    rebuildServices(index < rules.size() ? u"ruleRemove_%1_%2"_s.arg(service).arg(index)
                                         : u"addRule_%1"_s.arg(service));
    edited();
}

void PolicyForm::duplicateRule(const QString &service, int index)
{
    auto &rules = m_policy.services[service].rules;
    rules.insert(index + 1, rules.at(index));
    rebuildServices(u"ruleExpression_%1_%2"_s.arg(service).arg(index + 1));
    edited();
}

void PolicyForm::moveRule(const QString &service, int index, int delta)
{
    auto &rules = m_policy.services[service].rules;
    const int target = index + delta;
    if (target < 0 || target >= rules.size())
        return;
    rules.move(index, target);
    // The focus follows the rule; at an end, to the button that still works.
    QString focus = (delta < 0 ? u"ruleUp_%1_%2"_s : u"ruleDown_%1_%2"_s).arg(service).arg(target);
    if (target == 0 || target + 1 == rules.size())
        focus = (delta < 0 ? u"ruleDown_%1_%2"_s : u"ruleUp_%1_%2"_s).arg(service).arg(target);
    rebuildServices(focus);
    edited();
}

} // namespace Keyport
