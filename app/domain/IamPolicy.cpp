// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

const auto strategyKey = "default-service-strategy"_L1;
const auto servicesKey = "services"_L1;
const auto typeKey = "type"_L1;
const auto rulesKey = "rules"_L1;
const auto actionKey = "action"_L1;
const auto expressionKey = "expression"_L1;

QString join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

std::optional<IamPolicy::Effect> effectFromName(const QJsonValue &value)
{
    if (value == "allow"_L1)
        return IamPolicy::Effect::Allow;
    if (value == "deny"_L1)
        return IamPolicy::Effect::Deny;
    return std::nullopt;
}

std::optional<IamPolicy::Rule> readRule(
    const QJsonValue &json, const QString &path, PolicyProblems *problems)
{
    if (!json.isObject()) {
        problems->append(
            {path, QCoreApplication::translate("Keyport::IamPolicy", "a rule must be an object")});
        return std::nullopt;
    }
    QJsonObject object = json.toObject();
    IamPolicy::Rule rule;
    const auto action = effectFromName(object.value(actionKey));
    if (!action) {
        problems->append({join(path, actionKey),
            object.contains(actionKey)
                ? QCoreApplication::translate("Keyport::IamPolicy", "must be \"allow\" or \"deny\"")
                : QCoreApplication::translate("Keyport::IamPolicy", "is missing")});
        return std::nullopt;
    }
    rule.action = *action;
    const QJsonValue expression = object.value(expressionKey);
    if (!expression.isString()) {
        problems->append({join(path, expressionKey),
            object.contains(expressionKey)
                ? QCoreApplication::translate("Keyport::IamPolicy", "must be a string")
                : QCoreApplication::translate("Keyport::IamPolicy", "is missing")});
        return std::nullopt;
    }
    rule.expression = expression.toString();
    object.remove(actionKey);
    object.remove(expressionKey);
    const QJsonValue resources = object.value("resources"_L1);
    if (!resources.isUndefined()) {
        const QJsonArray list = resources.toArray();
        const bool strings = resources.isArray()
            && std::all_of(
                list.begin(), list.end(), [](const QJsonValue &v) { return v.isString(); });
        if (!strings)
            problems->append({join(path, "resources"_L1),
                QCoreApplication::translate("Keyport::IamPolicy", "must be a list of strings")});
    }
    rule.extra = object;
    return rule;
}

std::optional<IamPolicy::Service> readService(
    const QJsonValue &json, const QString &path, PolicyProblems *problems)
{
    if (!json.isObject()) {
        problems->append({path,
            QCoreApplication::translate(
                "Keyport::IamPolicy", "a service entry must be an object")});
        return std::nullopt;
    }
    QJsonObject object = json.toObject();
    IamPolicy::Service service;
    const QJsonValue type = object.value(typeKey);
    if (type == "allow"_L1) {
        service.type = IamPolicy::ServiceType::Allow;
    } else if (type == "deny"_L1) {
        service.type = IamPolicy::ServiceType::Deny;
    } else if (type == "rules"_L1) {
        service.type = IamPolicy::ServiceType::Rules;
    } else {
        problems->append({join(path, typeKey),
            object.contains(typeKey)
                ? QCoreApplication::translate(
                    "Keyport::IamPolicy", "must be \"allow\", \"deny\" or \"rules\"")
                : QCoreApplication::translate("Keyport::IamPolicy", "is missing")});
        return std::nullopt;
    }
    object.remove(typeKey);
    const QJsonValue rules = object.value(rulesKey);
    if (service.type == IamPolicy::ServiceType::Rules) {
        if (!rules.isUndefined() && !rules.isArray()) {
            problems->append({join(path, rulesKey),
                QCoreApplication::translate("Keyport::IamPolicy", "must be a list of rules")});
        } else {
            const QJsonArray list = rules.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString rulePath = join(path, rulesKey) + u'[' + QString::number(i) + u']';
                if (auto rule = readRule(list.at(i), rulePath, problems))
                    service.rules.append(std::move(*rule));
            }
        }
        object.remove(rulesKey);
    } else if (!rules.isUndefined()) {
        // Kept as it came: Exoscale ignores rules without type "rules", so does Keyport.
        problems->append({join(path, rulesKey),
            QCoreApplication::translate(
                "Keyport::IamPolicy", "has no effect unless the type is \"rules\"")});
    }
    service.extra = object;
    return service;
}

} // namespace

IamPolicy IamPolicy::allowAll()
{
    return IamPolicy();
}

IamPolicy IamPolicy::denyAll()
{
    IamPolicy policy;
    policy.defaultServiceStrategy = Effect::Deny;
    return policy;
}

std::optional<IamPolicy> IamPolicy::fromJson(
    const QJsonValue &json, PolicyProblems *problems, const QString &path)
{
    PolicyProblems ignored;
    if (!problems)
        problems = &ignored;
    if (!json.isObject()) {
        problems->append({path,
            QCoreApplication::translate("Keyport::IamPolicy", "a policy must be a JSON object")});
        return std::nullopt;
    }
    QJsonObject object = json.toObject();
    IamPolicy policy;
    const auto strategy = effectFromName(object.value(strategyKey));
    if (!strategy) {
        problems->append({join(path, strategyKey),
            object.contains(strategyKey)
                ? QCoreApplication::translate("Keyport::IamPolicy", "must be \"allow\" or \"deny\"")
                : QCoreApplication::translate("Keyport::IamPolicy", "is missing")});
        return std::nullopt;
    }
    policy.defaultServiceStrategy = *strategy;
    const QJsonValue services = object.value(servicesKey);
    if (!services.isObject()) {
        problems->append({join(path, servicesKey),
            object.contains(servicesKey)
                ? QCoreApplication::translate("Keyport::IamPolicy", "must be an object")
                : QCoreApplication::translate("Keyport::IamPolicy", "is missing")});
        return std::nullopt;
    }
    const QJsonObject entries = services.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString servicePath = join(join(path, servicesKey), it.key());
        if (it.key().isEmpty())
            problems->append({servicePath,
                QCoreApplication::translate("Keyport::IamPolicy", "a service class needs a name")});
        else if (auto service = readService(it.value(), servicePath, problems))
            policy.services.insert(it.key(), std::move(*service));
    }
    object.remove(strategyKey);
    object.remove(servicesKey);
    policy.extra = object;
    return policy;
}

QJsonObject IamPolicy::toJson() const
{
    QJsonObject object = extra;
    object.insert(strategyKey, effectName(defaultServiceStrategy));
    QJsonObject entries;
    for (auto it = services.begin(); it != services.end(); ++it) {
        QJsonObject service = it->extra;
        service.insert(typeKey, serviceTypeName(it->type));
        if (it->type == ServiceType::Rules) {
            QJsonArray rules;
            for (const Rule &rule : it->rules) {
                QJsonObject entry = rule.extra;
                entry.insert(actionKey, effectName(rule.action));
                entry.insert(expressionKey, rule.expression);
                rules.append(entry);
            }
            service.insert(rulesKey, rules);
        }
        entries.insert(it.key(), service);
    }
    object.insert(servicesKey, entries);
    return object;
}

QString IamPolicy::effectName(Effect effect)
{
    return effect == Effect::Allow ? u"allow"_s : u"deny"_s;
}

QString IamPolicy::serviceTypeName(ServiceType type)
{
    switch (type) {
    case ServiceType::Allow:
        return u"allow"_s;
    case ServiceType::Deny:
        return u"deny"_s;
    case ServiceType::Rules:
        break;
    }
    return u"rules"_s;
}

} // namespace Keyport
