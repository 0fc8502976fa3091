// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyView.h"

#include "CelHighlighter.h"
#include "policy/PolicyDescriber.h"
#include "policy/ServiceMap.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <memory>

namespace Keyport {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PolicyView::PolicyView(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("No policy."))
    , m_sentence(wrappingLabel(this))
    , m_defaultStrategy(wrappingLabel(this))
    , m_note(wrappingLabel(this))
    , m_services(new QWidget(this))
    , m_servicesLayout(new QVBoxLayout(m_services))
{
    setObjectName(QStringLiteral("policyView"));
    m_sentence->setObjectName(QStringLiteral("policySentence"));
    QFont strong = m_sentence->font();
    strong.setBold(true);
    m_sentence->setFont(strong);
    m_defaultStrategy->setObjectName(QStringLiteral("policyDefaultStrategy"));
    m_note->setObjectName(QStringLiteral("serviceMapNote"));
    m_note->setText(tr("Which operation belongs to which service class is Keyport's "
                       "reconstruction: Exoscale does not publish it."));
    m_note->setToolTip(ServiceMap::builtIn().note());
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_services->setObjectName(QStringLiteral("policyServices"));
    m_servicesLayout->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentence);
    layout->addWidget(m_defaultStrategy);
    layout->addWidget(m_services);
    layout->addWidget(m_note);
    layout->addStretch();
    rebuild();
}

void PolicyView::setPolicy(const std::optional<IamPolicy> &policy)
{
    m_policy = policy;
    rebuild();
}

void PolicyView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (!m_policy)
        rebuild();
}

QString PolicyView::sentence() const
{
    return m_sentence->text();
}

void PolicyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The expressions' colours follow the palette (dark mode).
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void PolicyView::clearServices()
{
    while (m_servicesLayout->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(m_servicesLayout->takeAt(0));
        if (QWidget *widget = item->widget()) {
            // Gone at once from the view (and from findChild), deleted when safe.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
    }
}

void PolicyView::rebuild()
{
    clearServices();
    if (!m_policy) {
        m_sentence->setText(m_emptyText);
        m_defaultStrategy->hide();
        m_services->hide();
        m_note->hide();
        return;
    }
    const PolicyDescriber describer;
    m_sentence->setText(describer.sentence(*m_policy));
    m_defaultStrategy->setText(
        PolicyDescriber::defaultStrategyText(m_policy->defaultServiceStrategy));
    m_defaultStrategy->show();
    const QList<PolicyDescriber::ServiceDescription> services = describer.services(*m_policy);
    m_services->setVisible(!services.isEmpty());
    m_note->setVisible(!services.isEmpty());
    for (const PolicyDescriber::ServiceDescription &service : services) {
        auto *frame = new QFrame(m_services);
        frame->setObjectName(QStringLiteral("policyService_%1").arg(service.service));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        auto *header = wrappingLabel(frame);
        header->setObjectName(QStringLiteral("policyServiceHeader_%1").arg(service.service));
        header->setTextFormat(Qt::RichText);
        QString treatment;
        switch (service.type) {
        case IamPolicy::ServiceType::Allow:
            treatment = tr("allowed: %1").arg(service.text);
            break;
        case IamPolicy::ServiceType::Deny:
            treatment = tr("denied: %1").arg(service.text);
            break;
        case IamPolicy::ServiceType::Rules:
            treatment = tr("rules, in order; the first that matches decides.");
            break;
        }
        header->setText(QStringLiteral("<b>%1</b> — %2")
                            .arg(service.service.toHtmlEscaped(), treatment.toHtmlEscaped()));
        layout->addWidget(header);
        if (service.type != IamPolicy::ServiceType::Rules) {
            m_servicesLayout->addWidget(frame);
            continue;
        }
        const QList<IamPolicy::Rule> &rules = m_policy->services.value(service.service).rules;
        for (const PolicyDescriber::RuleDescription &rule : service.rules) {
            auto *label = wrappingLabel(frame);
            label->setObjectName(
                QStringLiteral("policyRule_%1_%2").arg(service.service).arg(rule.index + 1));
            label->setTextFormat(Qt::RichText);
            const QString action
                = rule.action == IamPolicy::Effect::Allow ? tr("Allow") : tr("Deny");
            const QString expression = rules.value(rule.index).expression;
            label->setText(
                QStringLiteral("%1. <b>%2</b> %3<br><i>%4</i>")
                    .arg(rule.index + 1)
                    .arg(action.toHtmlEscaped(), CelHighlighter::toHtml(expression, palette()),
                        rule.text.toHtmlEscaped()));
            label->setAccessibleName(tr("Rule %1: %2").arg(rule.index + 1).arg(rule.text));
            layout->addWidget(label);
        }
        auto *otherwise = wrappingLabel(frame);
        otherwise->setObjectName(QStringLiteral("policyNoRuleMatched_%1").arg(service.service));
        otherwise->setText(service.rules.isEmpty()
                ? tr("No rule: every %1 operation is denied.").arg(service.service)
                : PolicyDescriber::noRuleMatchedText());
        layout->addWidget(otherwise);
        m_servicesLayout->addWidget(frame);
    }
}

} // namespace Keyport
