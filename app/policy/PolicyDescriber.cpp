// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyDescriber.h"

#include "CelNode.h"
#include "CelParser.h"

#include <algorithm>

namespace Keyport {

namespace {

using Cel::Node;

/// What a rule's expression says, when it has one of the common shapes.
struct Condition
{
    /// The operations: any, only these (names and prefixes), or all but these.
    enum class Operations { Any, Only, Except };
    Operations operations = Operations::Any;
    QStringList names;
    QStringList prefixes;

    /// A comparison of a request attribute (parameters.x, resources.a.b) with string literals.
    struct Attribute
    {
        enum class Test { Is, IsNot, StartsWith };
        QString path; ///< "bucket" for parameters.bucket; "dns_domain.unicode_name" for resources
        bool isParameter = true;
        Test test = Test::Is;
        QStringList values;
    };
    QList<Attribute> attributes;
    std::optional<bool> constant;
};

bool isIdent(const Node &node, const char16_t *name)
{
    return node.kind == Node::Kind::Ident && node.name == QStringView(name);
}

bool isString(const Node &node)
{
    return node.kind == Node::Kind::Literal && node.value.kind() == Cel::Value::Kind::String;
}

/// The string literals of a list literal; empty when one element is anything else.
std::optional<QStringList> stringList(const Node &node)
{
    if (node.kind != Node::Kind::List)
        return std::nullopt;
    QStringList values;
    for (const auto &element : node.children) {
        if (!isString(*element))
            return std::nullopt;
        values.append(element->value.toString());
    }
    return values;
}

/// For parameters.x / parameters['x'] / resources.a.b: the path and whether it is a parameter.
std::optional<std::pair<QString, bool>> attributePath(const Node &node)
{
    QStringList parts;
    const Node *at = &node;
    while (true) {
        if (at->kind == Node::Kind::Select) {
            parts.prepend(at->name);
            at = &at->child(0);
        } else if (at->kind == Node::Kind::Index && isString(at->child(1))) {
            parts.prepend(at->child(1).value.toString());
            at = &at->child(0);
        } else {
            break;
        }
    }
    if (parts.isEmpty())
        return std::nullopt;
    if (isIdent(*at, u"parameters"))
        return std::pair{parts.join(QLatin1Char('.')), true};
    if (isIdent(*at, u"resources"))
        return std::pair{parts.join(QLatin1Char('.')), false};
    return std::nullopt;
}

/// Whether @p node only guards against a missing key: `m.has('k')` or `has(m.k)` on the
/// parameters or resources. Such guards change nothing a person needs to read.
bool isGuard(const Node &node)
{
    if (node.kind == Node::Kind::PresenceTest)
        return isIdent(node.child(0), u"parameters") || isIdent(node.child(0), u"resources")
            || attributePath(node.child(0)).has_value();
    if (node.kind == Node::Kind::Call && node.function == Cel::Function::MapHas && node.hasReceiver
        && node.children.size() == 2 && isString(node.child(1)))
        return isIdent(node.child(0), u"parameters") || isIdent(node.child(0), u"resources")
            || attributePath(node.child(0)).has_value();
    return false;
}

/// An operation test: operation == / != 'x', operation in [...], operation.startsWith('x'),
/// under `!`, and `||` of such tests (all positive).
bool operationAtom(const Node &node, Condition &out)
{
    if (node.kind == Node::Kind::Not) {
        Condition inner;
        if (!operationAtom(node.child(0), inner) || inner.operations != Condition::Operations::Only
            || !inner.prefixes.isEmpty())
            return false;
        out.operations = Condition::Operations::Except;
        out.names = inner.names;
        return true;
    }
    if (node.kind == Node::Kind::Or) {
        Condition merged;
        merged.operations = Condition::Operations::Only;
        for (const auto &child : node.children) {
            Condition part;
            if (!operationAtom(*child, part) || part.operations != Condition::Operations::Only)
                return false;
            merged.names += part.names;
            merged.prefixes += part.prefixes;
        }
        out = merged;
        return true;
    }
    if (node.kind == Node::Kind::Binary) {
        const Node &left = node.child(0);
        const Node &right = node.child(1);
        if (node.op == Node::Op::Eq || node.op == Node::Op::Ne) {
            const Node *literal = isIdent(left, u"operation") ? &right
                : isIdent(right, u"operation")                ? &left
                                                              : nullptr;
            if (!literal || !isString(*literal))
                return false;
            out.operations = node.op == Node::Op::Eq ? Condition::Operations::Only
                                                     : Condition::Operations::Except;
            out.names = {literal->value.toString()};
            return true;
        }
        if (node.op == Node::Op::In && isIdent(left, u"operation")) {
            const auto values = stringList(right);
            if (!values)
                return false;
            out.operations = Condition::Operations::Only;
            out.names = *values;
            return true;
        }
        return false;
    }
    if (node.kind == Node::Kind::Call && node.function == Cel::Function::StartsWith
        && node.hasReceiver && node.children.size() == 2 && isIdent(node.child(0), u"operation")
        && isString(node.child(1))) {
        out.operations = Condition::Operations::Only;
        out.prefixes = {node.child(1).value.toString()};
        return true;
    }
    return false;
}

/// A test of a parameter or resource attribute against string literals.
bool attributeAtom(const Node &node, Condition::Attribute &out)
{
    using Test = Condition::Attribute::Test;
    if (node.kind == Node::Kind::Not) {
        Condition::Attribute inner;
        if (!attributeAtom(node.child(0), inner) || inner.test != Test::Is)
            return false;
        out = inner;
        out.test = Test::IsNot;
        return true;
    }
    if (node.kind == Node::Kind::Binary) {
        const Node &left = node.child(0);
        const Node &right = node.child(1);
        if (node.op == Node::Op::Eq || node.op == Node::Op::Ne) {
            auto path = attributePath(left);
            const Node *literal = &right;
            if (!path) {
                path = attributePath(right);
                literal = &left;
            }
            if (!path || !isString(*literal))
                return false;
            out = {path->first, path->second, node.op == Node::Op::Eq ? Test::Is : Test::IsNot,
                {literal->value.toString()}};
            return true;
        }
        if (node.op == Node::Op::In) {
            const auto path = attributePath(left);
            const auto values = stringList(right);
            if (!path || !values)
                return false;
            out = {path->first, path->second, Test::Is, *values};
            return true;
        }
        return false;
    }
    if (node.kind == Node::Kind::Call && node.function == Cel::Function::StartsWith
        && node.hasReceiver && node.children.size() == 2 && isString(node.child(1))) {
        const auto path = attributePath(node.child(0));
        if (!path)
            return false;
        out = {path->first, path->second, Test::StartsWith, {node.child(1).value.toString()}};
        return true;
    }
    return false;
}

/// The whole expression as a Condition; empty when it is not one of the common shapes.
std::optional<Condition> analyse(const Node &root)
{
    Condition condition;
    if (root.kind == Node::Kind::Literal && root.value.kind() == Cel::Value::Kind::Bool) {
        condition.constant = root.value.toBool();
        return condition;
    }
    std::vector<const Node *> parts;
    if (root.kind == Node::Kind::And) {
        for (const auto &child : root.children)
            parts.push_back(child.get());
    } else {
        parts.push_back(&root);
    }
    bool operationsSeen = false;
    for (const Node *part : parts) {
        if (isGuard(*part))
            continue;
        Condition operations;
        if (operationAtom(*part, operations)) {
            if (operationsSeen)
                return std::nullopt; // two operation tests in one conjunction: say it as it is
            operationsSeen = true;
            condition.operations = operations.operations;
            condition.names = operations.names;
            condition.prefixes = operations.prefixes;
            continue;
        }
        Condition::Attribute attribute;
        if (attributeAtom(*part, attribute)) {
            condition.attributes.append(attribute);
            continue;
        }
        return std::nullopt;
    }
    if (!operationsSeen && condition.attributes.isEmpty())
        return std::nullopt; // only guards: unusual enough to quote
    return condition;
}

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end());
    return list;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

PolicyDescriber::PolicyDescriber(const ServiceMap &serviceMap)
    : m_serviceMap(serviceMap)
{ }

QString PolicyDescriber::joinAnd(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return tr("%1 and %2", "list: 'a, b and c'")
        .arg(items.mid(0, items.size() - 1).join(tr(", ", "list separator")), items.last());
}

QString PolicyDescriber::joinOr(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return tr("%1 or %2", "list: 'a, b or c'")
        .arg(items.mid(0, items.size() - 1).join(tr(", ", "list separator")), items.last());
}

QString PolicyDescriber::defaultStrategyText(IamPolicy::Effect strategy)
{
    return strategy == IamPolicy::Effect::Allow
        ? tr("Every service the policy does not name is allowed.")
        : tr("Every service the policy does not name is denied.");
}

QString PolicyDescriber::noRuleMatchedText()
{
    return tr("A request that no rule matches is denied, whatever the default strategy.");
}

PolicyDescriber::RuleDescription PolicyDescriber::rule(
    const QString &service, const IamPolicy::Rule &rule, int index) const
{
    RuleDescription description;
    description.index = index;
    description.action = rule.action;
    const Cel::Parser::Result parsed = Cel::Parser::parse(rule.expression);
    if (!parsed.root) {
        description.skipped = true;
        description.parseError = parsed.error.column > 0
            ? tr("column %1: %2").arg(parsed.error.column).arg(parsed.error.message)
            : parsed.error.message;
        description.condition = tr("never (the expression does not parse, so the rule is skipped)");
        description.text = tr("Rule %1 is skipped: its expression does not parse (%2).")
                               .arg(index + 1)
                               .arg(description.parseError);
        return description;
    }
    const std::optional<Condition> condition = analyse(*parsed.root);
    if (!condition) {
        description.condition = tr("when %1").arg(rule.expression.simplified());
    } else if (condition->constant) {
        description.recognised = true;
        description.constant = condition->constant;
        description.condition = *condition->constant ? tr("always") : tr("never");
    } else {
        description.recognised = true;
        QString operations;
        switch (condition->operations) {
        case Condition::Operations::Any:
            operations = tr("every operation");
            break;
        case Condition::Operations::Only: {
            QStringList items = sorted(condition->names);
            if (condition->prefixes.isEmpty()) {
                operations = joinAnd(items);
            } else {
                items.append(
                    tr("the operations starting with %1").arg(joinOr(sorted(condition->prefixes))));
                operations = joinOr(items);
            }
            break;
        }
        case Condition::Operations::Except:
            operations = tr("every operation but %1").arg(joinAnd(sorted(condition->names)));
            break;
        }
        QStringList attributes;
        for (const Condition::Attribute &attribute : condition->attributes) {
            using Test = Condition::Attribute::Test;
            const QString values = attribute.test == Test::IsNot ? joinAnd(attribute.values)
                                                                 : joinOr(attribute.values);
            if (attribute.isParameter && attribute.path == u"bucket") {
                switch (attribute.test) {
                case Test::Is:
                    attributes.append(tr("on bucket %1").arg(values));
                    break;
                case Test::IsNot:
                    attributes.append(tr("on any bucket but %1").arg(values));
                    break;
                case Test::StartsWith:
                    attributes.append(tr("on the buckets whose name starts with %1").arg(values));
                    break;
                }
                continue;
            }
            const QString subject = attribute.isParameter ? tr("parameter %1").arg(attribute.path)
                                                          : tr("resource %1").arg(attribute.path);
            switch (attribute.test) {
            case Test::Is:
                attributes.append(tr("where %1 is %2").arg(subject, values));
                break;
            case Test::IsNot:
                attributes.append(tr("where %1 is not %2").arg(subject, values));
                break;
            case Test::StartsWith:
                attributes.append(tr("where %1 starts with %2").arg(subject, values));
                break;
            }
        }
        description.condition = attributes.isEmpty()
            ? operations
            : tr("%1, %2", "operations, then where").arg(operations, attributes.join(tr(", ")));
        // A rule of this class only ever sees this class's operations.
        if (m_serviceMap.knowsService(service)) {
            for (const QString &name : sorted(condition->names)) {
                if (m_serviceMap.knowsOperation(name) && m_serviceMap.serviceOf(name) != service)
                    description.foreignOperations.append(name);
            }
        }
    }
    if (!description.skipped) {
        description.text = rule.action == IamPolicy::Effect::Allow
            ? tr("Allow %1.").arg(description.condition)
            : tr("Deny %1.").arg(description.condition);
        if (!description.foreignOperations.isEmpty())
            description.text += QLatin1Char(' ')
                + tr("%1 belongs to another service class: this rule never sees it.", nullptr,
                    int(description.foreignOperations.size()))
                      .arg(joinAnd(description.foreignOperations));
    }
    return description;
}

PolicyDescriber::ServiceDescription PolicyDescriber::service(
    const QString &name, const IamPolicy::Service &service) const
{
    ServiceDescription description;
    description.service = name;
    description.type = service.type;
    switch (service.type) {
    case IamPolicy::ServiceType::Allow:
        description.text = tr("Every %1 operation is allowed.").arg(name);
        break;
    case IamPolicy::ServiceType::Deny:
        description.text = tr("Every %1 operation is denied.").arg(name);
        break;
    case IamPolicy::ServiceType::Rules: {
        QStringList lines;
        for (int i = 0; i < service.rules.size(); ++i) {
            description.rules.append(rule(name, service.rules.at(i), i));
            lines.append(tr("%1. %2").arg(i + 1).arg(description.rules.last().text));
        }
        if (service.rules.isEmpty())
            lines.append(tr("No rule: every %1 operation is denied.").arg(name));
        else
            lines.append(noRuleMatchedText());
        description.text = lines.join(QLatin1Char('\n'));
        break;
    }
    }
    description.summary = summary(description);
    return description;
}

QString PolicyDescriber::summary(const ServiceDescription &description) const
{
    const QString &name = description.service;
    if (description.type == IamPolicy::ServiceType::Allow)
        return tr("every %1 operation").arg(name);
    if (description.type == IamPolicy::ServiceType::Deny)
        return tr("%1: denied").arg(name);

    // The rules that can decide: the skipped ones never do, and nothing after an "always" rule
    // is ever reached.
    QList<RuleDescription> live;
    QStringList skipped;
    for (const RuleDescription &rule : description.rules) {
        if (rule.skipped) {
            skipped.append(QString::number(rule.index + 1));
            continue;
        }
        if (rule.constant == false)
            continue;
        live.append(rule);
        if (rule.constant == true)
            break;
    }
    QString text;
    const bool allRecognised = std::all_of(
        live.cbegin(), live.cend(), [](const RuleDescription &rule) { return rule.recognised; });
    const auto count = [&](IamPolicy::Effect action) {
        return std::count_if(live.cbegin(), live.cend(),
            [action](const RuleDescription &rule) { return rule.action == action; });
    };
    const auto conditions = [](const QList<RuleDescription> &rules) {
        QStringList list;
        for (const RuleDescription &rule : rules)
            list.append(rule.condition);
        return list;
    };
    if (live.isEmpty() || count(IamPolicy::Effect::Allow) == 0) {
        text = tr("%1: denied").arg(name);
    } else if (!allRecognised) {
        text = tr("%1: depends on rules").arg(name);
    } else if (live.last().constant == true && live.last().action == IamPolicy::Effect::Allow) {
        // deny X, deny Y, allow always
        const QList<RuleDescription> denials = live.mid(0, live.size() - 1);
        if (count(IamPolicy::Effect::Allow) != 1)
            text = tr("%1: depends on rules").arg(name);
        else if (denials.isEmpty())
            text = tr("every %1 operation").arg(name);
        else
            text = tr("%1: everything but %2")
                       .arg(name, conditions(denials).join(tr("; ", "between rules")));
    } else if (count(IamPolicy::Effect::Deny) == 0) {
        text = tr("%1: only %2").arg(name, conditions(live).join(tr("; or ", "between rules")));
    } else {
        text = tr("%1: depends on rules").arg(name);
    }
    if (!skipped.isEmpty())
        text = tr("%1 (rule %2 is skipped: it does not parse)", nullptr, int(skipped.size()))
                   .arg(text, joinAnd(skipped));
    return text;
}

QList<PolicyDescriber::ServiceDescription> PolicyDescriber::services(const IamPolicy &policy) const
{
    QList<ServiceDescription> list;
    for (auto it = policy.services.cbegin(); it != policy.services.cend(); ++it)
        list.append(service(it.key(), it.value()));
    return list;
}

QString PolicyDescriber::sentence(const IamPolicy &policy) const
{
    const bool allowByDefault = policy.defaultServiceStrategy == IamPolicy::Effect::Allow;
    if (policy.services.isEmpty()) {
        return allowByDefault ? tr("May use every operation of every service.")
                              : tr("May use nothing: every service is denied.");
    }
    QStringList allowed;
    QStringList denied;
    QStringList parts;
    for (const ServiceDescription &description : services(policy)) {
        if (description.type == IamPolicy::ServiceType::Allow)
            allowed.append(description.service);
        else if (description.type == IamPolicy::ServiceType::Deny)
            denied.append(description.service);
        else
            parts.append(description.summary);
    }
    if (!denied.isEmpty())
        parts.prepend(tr("no %1 operation", nullptr, int(denied.size())).arg(joinOr(denied)));
    if (!allowed.isEmpty())
        parts.prepend(tr("may use every %1 operation").arg(joinAnd(allowed)));
    // A part that starts with a service class's name keeps it as it is spelt.
    const bool startsWithService = allowed.isEmpty() && denied.isEmpty();
    parts.append(
        allowByDefault ? tr("everything else is allowed") : tr("everything else is denied"));
    const QString joined = parts.join(tr("; ", "between the parts of a policy"));
    return tr("%1.", "a sentence from its parts")
        .arg(startsWithService ? joined : capitalized(joined));
}

} // namespace Keyport
