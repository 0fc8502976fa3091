// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/CelExpression.h"

namespace Keyport::Cel {

struct Expression::Data
{
    QString source;
    Diagnostic syntaxError;
};

Expression::Expression()
    : m_data(std::make_shared<const Data>())
{ }

Expression Expression::parse(const QString &source)
{
    Expression expression;
    expression.m_data = std::make_shared<const Data>(
        Data{source, Diagnostic{0, QStringLiteral("not implemented yet")}});
    return expression;
}

bool Expression::isValid() const
{
    return false;
}

Diagnostic Expression::syntaxError() const
{
    return m_data->syntaxError;
}

QString Expression::source() const
{
    return m_data->source;
}

Value Expression::evaluate(const Activation &) const
{
    return Value::error(m_data->syntaxError.message, m_data->syntaxError.column);
}

QList<Diagnostic> Expression::check(const QSet<QString> &) const
{
    return {};
}

std::optional<Value> Expression::constantValue() const
{
    return std::nullopt;
}

QList<std::pair<QString, int>> Expression::literalsComparedWith(const QString &) const
{
    return {};
}

} // namespace Keyport::Cel
