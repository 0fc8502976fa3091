// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelChecker.h"

#include "CelEvaluator.h"
#include "CelIpRange.h"
#include "CelParser.h"

#include <algorithm>

namespace Keyport::Cel {

namespace {

using K = Value::Kind;

bool isTypeName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("int"),
        QStringLiteral("uint"),
        QStringLiteral("double"),
        QStringLiteral("bool"),
        QStringLiteral("string"),
        QStringLiteral("bytes"),
        QStringLiteral("list"),
        QStringLiteral("map"),
        QStringLiteral("null_type"),
        QStringLiteral("type"),
    };
    return names.contains(name);
}

QString operatorName(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Not:
        return QStringLiteral("!");
    case Node::Kind::Negate:
        return QStringLiteral("-");
    case Node::Kind::And:
        return QStringLiteral("&&");
    case Node::Kind::Or:
        return QStringLiteral("||");
    case Node::Kind::Conditional:
        return QStringLiteral("?:");
    default:
        break;
    }
    static const char *const names[]
        = {"==", "!=", "<", "<=", ">", ">=", "in", "+", "-", "*", "/", "%"};
    return QString::fromLatin1(names[int(node.op)]);
}

} // namespace

Checker::Checker(QSet<QString> boundNames)
    : m_boundNames(std::move(boundNames))
{ }

QList<Diagnostic> Checker::check(const Node &root)
{
    m_diagnostics.clear();
    visit(root);
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.column < b.column; });
    return m_diagnostics;
}

void Checker::report(int column, const QString &message)
{
    for (const Diagnostic &existing : std::as_const(m_diagnostics)) {
        if (existing.column == column && existing.message == message)
            return;
    }
    m_diagnostics.append({column, message});
}

bool Checker::isLiteral(const Node &node) const
{
    return node.kind == Node::Kind::Literal
        || (node.kind == Node::Kind::List && node.isConstantList);
}

std::optional<Value::Kind> Checker::staticKind(const Node &node) const
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.value.kind();
    case Node::Kind::List:
        return K::List;
    case Node::Kind::MapLiteral:
        return K::Map;
    case Node::Kind::Not:
    case Node::Kind::And:
    case Node::Kind::Or:
    case Node::Kind::PresenceTest:
        return K::Bool;
    case Node::Kind::Binary:
        switch (node.op) {
        case Node::Op::Eq:
        case Node::Op::Ne:
        case Node::Op::Lt:
        case Node::Op::Le:
        case Node::Op::Gt:
        case Node::Op::Ge:
        case Node::Op::In:
            return K::Bool;
        default:
            return std::nullopt;
        }
    case Node::Kind::Comprehension:
        switch (node.macro) {
        case Node::Macro::All:
        case Node::Macro::Exists:
        case Node::Macro::ExistsOne:
            return K::Bool;
        default:
            return K::List;
        }
    case Node::Kind::Call:
        switch (node.function) {
        case Function::Size:
        case Function::ToInt:
        case Function::GetFullYear:
        case Function::GetMonth:
        case Function::GetDayOfYear:
        case Function::GetDate:
        case Function::GetDayOfMonth:
        case Function::GetDayOfWeek:
        case Function::GetHours:
        case Function::GetMinutes:
        case Function::GetSeconds:
        case Function::GetMilliseconds:
            return K::Int;
        case Function::Contains:
        case Function::StartsWith:
        case Function::EndsWith:
        case Function::Matches:
        case Function::ToBool:
        case Function::MapHas:
        case Function::InIpRange:
            return K::Bool;
        case Function::ToUint:
            return K::Uint;
        case Function::ToDouble:
            return K::Double;
        case Function::ToString:
            return K::String;
        case Function::ToBytes:
            return K::Bytes;
        case Function::ToTimestamp:
            return K::Timestamp;
        case Function::ToDuration:
            return K::Duration;
        case Function::Type:
            return K::Type;
        default:
            return std::nullopt;
        }
    default:
        return std::nullopt;
    }
}

void Checker::requireKind(
    const Node &node, const Node &child, std::initializer_list<Value::Kind> allowed)
{
    const auto kind = staticKind(child);
    if (!kind || std::find(allowed.begin(), allowed.end(), *kind) != allowed.end())
        return;
    const QString name = node.kind == Node::Kind::Call ? node.name : operatorName(node);
    report(child.column,
        tr("'%1' cannot take a value of type '%2'").arg(name, Value::typeName(*kind)));
}

void Checker::visit(const Node &node)
{
    // An operation on literals alone is computed now: an error here is an error at every request.
    const bool operation = node.kind != Node::Kind::Literal && node.kind != Node::Kind::Ident
        && node.kind != Node::Kind::List && node.kind != Node::Kind::MapLiteral
        && node.kind != Node::Kind::Comprehension && node.kind != Node::Kind::And
        && node.kind != Node::Kind::Or && node.kind != Node::Kind::Conditional;
    if (operation && !node.children.empty()
        && std::all_of(node.children.begin(), node.children.end(),
            [this](const auto &child) { return isLiteral(*child); })) {
        Evaluator evaluator(nullptr);
        const Value value = evaluator.evaluate(node);
        if (value.isError())
            report(value.errorColumn() ? value.errorColumn() : node.column, value.errorMessage());
        return;
    }

    switch (node.kind) {
    case Node::Kind::Ident: {
        for (const QString *name : m_scope) {
            if (*name == node.name)
                return;
        }
        if (!m_boundNames.contains(node.name) && !isTypeName(node.name))
            report(node.column, tr("unknown name '%1'").arg(node.name));
        return;
    }
    case Node::Kind::Comprehension: {
        visit(node.child(0));
        requireKind(node, node.child(0), {K::List, K::Map});
        m_scope.push_back(&node.name);
        for (std::size_t i = 1; i < node.children.size(); ++i)
            visit(node.child(i));
        m_scope.pop_back();
        return;
    }
    case Node::Kind::Call:
        checkCall(node);
        break;
    default:
        checkOperands(node);
        break;
    }
    for (const auto &child : node.children)
        visit(*child);
}

void Checker::checkOperands(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Not:
    case Node::Kind::And:
    case Node::Kind::Or:
        for (const auto &child : node.children)
            requireKind(node, *child, {K::Bool});
        break;
    case Node::Kind::Conditional:
        requireKind(node, node.child(0), {K::Bool});
        break;
    case Node::Kind::Negate:
        requireKind(node, node.child(0), {K::Int, K::Double, K::Duration});
        break;
    case Node::Kind::Select:
    case Node::Kind::PresenceTest:
        requireKind(node, node.child(0), {K::Map});
        break;
    case Node::Kind::Index:
        requireKind(node, node.child(0), {K::List, K::Map});
        break;
    case Node::Kind::Binary:
        checkOperandPair(node);
        switch (node.op) {
        case Node::Op::Eq:
        case Node::Op::Ne:
            break;
        case Node::Op::In:
            requireKind(node, node.child(1), {K::List, K::Map});
            break;
        case Node::Op::Lt:
        case Node::Op::Le:
        case Node::Op::Gt:
        case Node::Op::Ge:
            for (const auto &child : node.children)
                requireKind(node, *child,
                    {K::Int, K::Uint, K::Double, K::String, K::Bytes, K::Bool, K::Timestamp,
                        K::Duration});
            break;
        case Node::Op::Add:
            for (const auto &child : node.children)
                requireKind(node, *child,
                    {K::Int, K::Uint, K::Double, K::String, K::Bytes, K::List, K::Timestamp,
                        K::Duration});
            break;
        case Node::Op::Sub:
            for (const auto &child : node.children)
                requireKind(node, *child, {K::Int, K::Uint, K::Double, K::Timestamp, K::Duration});
            break;
        case Node::Op::Mul:
        case Node::Op::Div:
            for (const auto &child : node.children)
                requireKind(node, *child, {K::Int, K::Uint, K::Double});
            break;
        case Node::Op::Mod:
            for (const auto &child : node.children)
                requireKind(node, *child, {K::Int, K::Uint});
            break;
        }
        break;
    default:
        break;
    }
}

void Checker::checkOperandPair(const Node &node)
{
    const auto a = staticKind(node.child(0));
    const auto b = staticKind(node.child(1));
    if (!a || !b)
        return;
    const auto isNumber
        = [](K kind) { return kind == K::Int || kind == K::Uint || kind == K::Double; };
    bool possible = true;
    switch (node.op) {
    case Node::Op::Eq:
    case Node::Op::Ne:
    case Node::Op::In:
        return;
    case Node::Op::Lt:
    case Node::Op::Le:
    case Node::Op::Gt:
    case Node::Op::Ge:
        possible = *a == *b || (isNumber(*a) && isNumber(*b));
        break;
    case Node::Op::Add:
        possible = *a == *b || (*a == K::Timestamp && *b == K::Duration)
            || (*a == K::Duration && *b == K::Timestamp);
        break;
    case Node::Op::Sub:
        possible = *a == *b || (*a == K::Timestamp && *b == K::Duration);
        break;
    default:
        possible = *a == *b;
        break;
    }
    if (!possible)
        report(node.column,
            tr("no such overload for '%1' applied to (%2, %3)")
                .arg(operatorName(node), Value::typeName(*a), Value::typeName(*b)));
}

void Checker::checkCall(const Node &node)
{
    if (node.function == Function::Unknown) {
        const bool known
            = Parser::resolveFunction(node.name, !node.hasReceiver) != Function::Unknown;
        if (known && node.hasReceiver)
            report(node.column, tr("'%1' is a function, not a method").arg(node.name));
        else if (known)
            report(node.column, tr("'%1' is a method, not a function").arg(node.name));
        else if (node.hasReceiver
            && (node.name == u"all" || node.name == u"exists" || node.name == u"exists_one"
                || node.name == u"map" || node.name == u"filter"))
            report(node.column,
                tr("wrong number of arguments to '%1': %n given", nullptr,
                    int(node.children.size()) - 1)
                    .arg(node.name));
        else if (node.hasReceiver)
            report(node.column, tr("unknown method '%1'").arg(node.name));
        else
            report(node.column, tr("unknown function '%1'").arg(node.name));
        return;
    }
    const int count = int(node.children.size());
    int minCount = 1;
    int maxCount = 1;
    switch (node.function) {
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith:
    case Function::Matches:
    case Function::MapHas:
    case Function::InIpRange:
        minCount = maxCount = 2;
        break;
    case Function::GetFullYear:
    case Function::GetMonth:
    case Function::GetDayOfYear:
    case Function::GetDate:
    case Function::GetDayOfMonth:
    case Function::GetDayOfWeek:
    case Function::GetHours:
    case Function::GetMinutes:
    case Function::GetSeconds:
    case Function::GetMilliseconds:
        maxCount = 2;
        break;
    default:
        break;
    }
    if (count < minCount || count > maxCount) {
        const int given = node.hasReceiver ? count - 1 : count;
        report(node.column,
            tr("wrong number of arguments to '%1': %n given", nullptr, given).arg(node.name));
        return;
    }
    const Node &first = node.child(0);
    switch (node.function) {
    case Function::Size:
        requireKind(node, first, {K::String, K::Bytes, K::List, K::Map});
        break;
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith:
    case Function::Matches:
    case Function::InIpRange:
        requireKind(node, first, {K::String});
        requireKind(node, node.child(1), {K::String});
        break;
    case Function::MapHas:
        requireKind(node, first, {K::Map});
        requireKind(node, node.child(1), {K::String, K::Int, K::Uint, K::Bool});
        break;
    case Function::ToInt:
        requireKind(node, first, {K::Int, K::Uint, K::Double, K::String, K::Timestamp, K::Bool});
        break;
    case Function::ToUint:
        requireKind(node, first, {K::Int, K::Uint, K::Double, K::String, K::Bool});
        break;
    case Function::ToDouble:
        requireKind(node, first, {K::Int, K::Uint, K::Double, K::String});
        break;
    case Function::ToString:
        requireKind(node, first,
            {K::Int, K::Uint, K::Double, K::String, K::Bytes, K::Bool, K::Timestamp, K::Duration});
        break;
    case Function::ToBytes:
        requireKind(node, first, {K::String, K::Bytes});
        break;
    case Function::ToBool:
        requireKind(node, first, {K::String, K::Bool});
        break;
    case Function::ToTimestamp:
        requireKind(node, first, {K::String, K::Int, K::Timestamp});
        break;
    case Function::ToDuration:
        requireKind(node, first, {K::String, K::Duration});
        break;
    case Function::GetHours:
    case Function::GetMinutes:
    case Function::GetSeconds:
    case Function::GetMilliseconds:
        requireKind(node, first, {K::Timestamp, K::Duration});
        if (count == 2)
            requireKind(node, node.child(1), {K::String});
        break;
    case Function::GetFullYear:
    case Function::GetMonth:
    case Function::GetDayOfYear:
    case Function::GetDate:
    case Function::GetDayOfMonth:
    case Function::GetDayOfWeek:
        requireKind(node, first, {K::Timestamp});
        if (count == 2)
            requireKind(node, node.child(1), {K::String});
        break;
    default:
        break;
    }
    if (!node.regexError.isEmpty())
        report(node.child(1).column, tr("invalid regular expression: %1").arg(node.regexError));
    if (node.function == Function::InIpRange && node.child(1).kind == Node::Kind::Literal
        && node.child(1).value.kind() == K::String) {
        QString error;
        if (!IpRange::parse(node.child(1).value.toString(), &error))
            report(node.child(1).column, error);
    }
}

} // namespace Keyport::Cel
