// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyJudge.h"

#include "policy/CelActivation.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

struct Verdict
{
    bool allowed = false;
    PolicyDecision::Reason reason = PolicyDecision::Reason::DefaultStrategy;
    std::optional<int> rule;
};

QString describe(const Cel::Diagnostic &diagnostic)
{
    return diagnostic.column > 0
        ? QCoreApplication::translate("Keyport::PolicyJudge", "column %1: %2")
              .arg(diagnostic.column)
              .arg(diagnostic.message)
        : diagnostic.message;
}

Verdict judgeOne(const CompiledPolicy &policy, PolicyDecision::Stage stage,
    const QString &serviceName, const Cel::Activation &activation,
    QList<PolicyDecision::SkippedRule> *skipped)
{
    const CompiledPolicy::Service *service = policy.service(serviceName);
    if (!service) {
        return {policy.defaultServiceStrategy() == IamPolicy::Effect::Allow,
            PolicyDecision::Reason::DefaultStrategy, std::nullopt};
    }
    switch (service->type) {
    case IamPolicy::ServiceType::Allow:
        return {true, PolicyDecision::Reason::ServiceType, std::nullopt};
    case IamPolicy::ServiceType::Deny:
        return {false, PolicyDecision::Reason::ServiceType, std::nullopt};
    case IamPolicy::ServiceType::Rules:
        break;
    }
    for (int index = 0; index < service->rules.size(); ++index) {
        const CompiledPolicy::Rule &rule = service->rules.at(index);
        if (!rule.expression.isValid()) {
            skipped->append({stage, index, describe(rule.expression.syntaxError())});
            continue;
        }
        const Cel::Value value = rule.expression.evaluate(activation);
        if (value.isError()) {
            skipped->append({stage, index, describe({value.errorColumn(), value.errorMessage()})});
            continue;
        }
        if (value.kind() != Cel::Value::Kind::Bool) {
            skipped->append({stage, index,
                QCoreApplication::translate(
                    "Keyport::PolicyJudge", "the expression is a %1, not a bool")
                    .arg(value.typeName())});
            continue;
        }
        if (value.toBool())
            return {rule.action == IamPolicy::Effect::Allow, PolicyDecision::Reason::Rule, index};
    }
    return {false, PolicyDecision::Reason::NoRuleMatched, std::nullopt};
}

} // namespace

PolicyJudge::PolicyJudge(const ServiceMap &services)
    : m_services(&services)
{ }

QString PolicyJudge::serviceOf(const PolicyRequest &request) const
{
    return request.service.isEmpty() ? m_services->serviceOf(request.operation) : request.service;
}

Cel::Activation PolicyJudge::activation(const PolicyRequest &request, const QString &service)
{
    Cel::Activation activation;
    activation.bind(u"operation"_s, Cel::Value::fromString(request.operation));
    activation.bind(u"service"_s, Cel::Value::fromString(service));
    activation.bind(u"now"_s,
        Cel::Value::fromTimestamp(
            request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()));
    activation.bind(u"parameters"_s, Cel::Value::fromJson(request.parameters));
    activation.bind(u"resources"_s, Cel::Value::fromJson(request.resources));
    if (!request.zone.isEmpty())
        activation.bind(u"zone"_s, Cel::Value::fromString(request.zone));
    if (!request.sourceIp.isEmpty())
        activation.bind(u"source_ip"_s, Cel::Value::fromString(request.sourceIp));
    if (!request.apiKey.isEmpty())
        activation.bind(u"api_key"_s, Cel::Value::fromString(request.apiKey));
    return activation;
}

QSet<QString> PolicyJudge::bindingNames()
{
    return {u"operation"_s, u"service"_s, u"zone"_s, u"now"_s, u"source_ip"_s, u"api_key"_s,
        u"parameters"_s, u"resources"_s};
}

PolicyDecision PolicyJudge::judge(const CompiledPolicy &organization, const CompiledPolicy &role,
    const PolicyRequest &request) const
{
    PolicyDecision decision;
    decision.service = serviceOf(request);
    const Cel::Activation bindings = activation(request, decision.service);
    Verdict verdict = judgeOne(organization, PolicyDecision::Stage::Organization, decision.service,
        bindings, &decision.skipped);
    decision.decidedBy = PolicyDecision::Stage::Organization;
    if (verdict.allowed) {
        verdict = judgeOne(
            role, PolicyDecision::Stage::Role, decision.service, bindings, &decision.skipped);
        decision.decidedBy = PolicyDecision::Stage::Role;
    }
    decision.allowed = verdict.allowed;
    decision.reason = verdict.reason;
    decision.rule = verdict.rule;
    return decision;
}

} // namespace Keyport
