// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelExpression.h"

#include "CelChecker.h"
#include "CelEvaluator.h"
#include "CelNode.h"
#include "CelParser.h"

namespace Keyport::Cel {

struct Expression::Data
{
    QString source;
    std::unique_ptr<Node> root;
    Diagnostic syntaxError;
};

namespace {

/// Whether @p node refers to no identifier but the macro variables in @p scope.
bool isConstant(const Node &node, std::vector<const QString *> &scope)
{
    if (node.kind == Node::Kind::Ident) {
        for (const QString *name : scope) {
            if (*name == node.name)
                return true;
        }
        return false;
    }
    if (node.kind == Node::Kind::Comprehension) {
        if (!isConstant(node.child(0), scope))
            return false;
        scope.push_back(&node.name);
        bool constant = true;
        for (std::size_t i = 1; i < node.children.size() && constant; ++i)
            constant = isConstant(node.child(i), scope);
        scope.pop_back();
        return constant;
    }
    for (const auto &child : node.children) {
        if (!isConstant(*child, scope))
            return false;
    }
    return true;
}

bool isIdent(const Node &node, const QString &name)
{
    return node.kind == Node::Kind::Ident && node.name == name;
}

void collectLiterals(const Node &node, const QString &name, QList<std::pair<QString, int>> &out)
{
    switch (node.kind) {
    case Node::Kind::And:
    case Node::Kind::Or:
    case Node::Kind::Not:
        for (const auto &child : node.children)
            collectLiterals(*child, name, out);
        break;
    case Node::Kind::Binary: {
        const Node &left = node.child(0);
        const Node &right = node.child(1);
        if (node.op == Node::Op::Eq || node.op == Node::Op::Ne) {
            const Node *literal = isIdent(left, name) ? &right
                : isIdent(right, name)                ? &left
                                                      : nullptr;
            if (literal && literal->kind == Node::Kind::Literal
                && literal->value.kind() == Value::Kind::String)
                out.append({literal->value.toString(), literal->column});
        } else if (node.op == Node::Op::In && isIdent(left, name)
            && right.kind == Node::Kind::List) {
            for (const auto &element : right.children) {
                if (element->kind == Node::Kind::Literal
                    && element->value.kind() == Value::Kind::String)
                    out.append({element->value.toString(), element->column});
            }
        }
        break;
    }
    default:
        break;
    }
}

} // namespace

Expression::Expression()
    : m_data(std::make_shared<const Data>())
{ }

Expression Expression::parse(const QString &source)
{
    Parser::Result parsed = Parser::parse(source);
    auto data = std::make_shared<Data>();
    data->source = source;
    data->root = std::move(parsed.root);
    data->syntaxError = parsed.error;
    if (!data->root && data->syntaxError.message.isEmpty())
        data->syntaxError.message
            = QCoreApplication::translate("Keyport::Cel::Expression", "empty expression");
    Expression expression;
    expression.m_data = std::move(data);
    return expression;
}

bool Expression::isValid() const
{
    return m_data->root != nullptr;
}

Diagnostic Expression::syntaxError() const
{
    return m_data->syntaxError;
}

QString Expression::source() const
{
    return m_data->source;
}

Value Expression::evaluate(const Activation &activation) const
{
    if (!m_data->root)
        return Value::error(m_data->syntaxError.message, m_data->syntaxError.column);
    Evaluator evaluator(&activation);
    return evaluator.evaluate(*m_data->root);
}

QList<Diagnostic> Expression::check(const QSet<QString> &boundNames) const
{
    if (!m_data->root)
        return {};
    return Checker(boundNames).check(*m_data->root);
}

std::optional<Value> Expression::constantValue() const
{
    if (!m_data->root)
        return std::nullopt;
    std::vector<const QString *> scope;
    if (!isConstant(*m_data->root, scope))
        return std::nullopt;
    Evaluator evaluator(nullptr);
    return evaluator.evaluate(*m_data->root);
}

QList<std::pair<QString, int>> Expression::literalsComparedWith(const QString &name) const
{
    QList<std::pair<QString, int>> result;
    if (m_data->root)
        collectLiterals(*m_data->root, name, result);
    return result;
}

} // namespace Keyport::Cel
