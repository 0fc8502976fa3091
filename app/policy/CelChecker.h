// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelExpression.h"
#include "CelNode.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <vector>

namespace Keyport::Cel {

/// The linter's static checks over a parsed tree (see Expression::check()).
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Cel::Checker)

public:
    explicit Checker(QSet<QString> boundNames);

    QList<Diagnostic> check(const Node &root);

private:
    void visit(const Node &node);
    void checkCall(const Node &node);
    void checkOperands(const Node &node);
    /// Two operands of known kinds that no overload takes together (`size(x) + 'a'`).
    void checkOperandPair(const Node &node);
    /// Reports @p node's operand @p child when its kind is known and not in @p allowed.
    void requireKind(
        const Node &node, const Node &child, std::initializer_list<Value::Kind> allowed);
    std::optional<Value::Kind> staticKind(const Node &node) const;
    bool isLiteral(const Node &node) const;
    void report(int column, const QString &message);

    QSet<QString> m_boundNames;
    std::vector<const QString *> m_scope; ///< macro variables in scope
    QList<Diagnostic> m_diagnostics;
};

} // namespace Keyport::Cel
