// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelActivation.h"
#include "CelValue.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Keyport::Cel {

/// A problem found in an expression: a syntax error or a linter finding.
struct Diagnostic
{
    int column = 0; ///< 1-based, in code points of the source; 0 = unknown
    QString message;
};

struct Node;

/// A parsed CEL expression: immutable, cheap to copy; evaluate() is const and thread-safe.
class Expression
{
public:
    /// Longest accepted source, in UTF-16 code units.
    static constexpr qsizetype maxSourceLength = 100000;
    /// Deepest accepted nesting (parentheses, calls, lists, unary operators...).
    static constexpr int maxNesting = 100;

    Expression(); ///< an invalid, empty expression
    static Expression parse(const QString &source);

    bool isValid() const; ///< parsed without a syntax error
    Diagnostic syntaxError() const; ///< when !isValid()
    QString source() const;

    /// The value of the expression with these bindings; an Error value when !isValid().
    Value evaluate(const Activation &activation) const;

    /// Static checks for the linter, given the names that are bound: unknown identifiers
    /// ("unknown name 'paramters'"), unknown functions/methods, calls with the wrong number of
    /// arguments, calls/operators whose literal operand types make them impossible (`size(1)`,
    /// `'a'.startsWith(1)`, `1 + 'a'`), each with its column. Empty for an invalid expression
    /// (see syntaxError()).
    QList<Diagnostic> check(const QSet<QString> &boundNames) const;

    /// Whether the expression is a constant (no identifier) and, if so, its value.
    std::optional<Value> constantValue() const;

    /// The string literals compared with the identifier @p name by ==, != or `in [list]` at the
    /// top level of && / || chains (and under `!`), with their columns: for
    /// `operation == 'a' || operation in ['b','c']` -> {a, b, c}.
    QList<std::pair<QString, int>> literalsComparedWith(const QString &name) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace Keyport::Cel
