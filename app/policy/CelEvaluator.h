// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelActivation.h"
#include "CelNode.h"
#include "CelValue.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace Keyport::Cel {

/// Walks a parsed tree with one Activation. One Evaluator per evaluation (it holds the macro
/// variables and the iteration budget); the tree is only read, so evaluations can run in
/// parallel.
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Cel::Evaluator)

public:
    /// Macro iterations allowed in one evaluation: hostile nesting cannot run for ever.
    static constexpr qint64 iterationBudget = 1000000;
    /// Longest string, bytes or list a concatenation may build.
    static constexpr qsizetype maxConcatenation = 1 << 24;

    /// @p activation may be null: every identifier is then unbound.
    explicit Evaluator(const Activation *activation);

    Value evaluate(const Node &node);

    /// The operators and functions on values already computed (also for constant folding).
    static Value binary(Node::Op op, const Value &a, const Value &b, int column);
    static Value callFunction(const Node &node, const Value *args, std::size_t count);

private:
    Value ident(const Node &node);
    Value select(const Node &node);
    Value presenceTest(const Node &node);
    Value index(const Node &node);
    Value call(const Node &node);
    Value list(const Node &node);
    Value mapLiteral(const Node &node);
    Value logical(const Node &node, bool isAnd);
    Value conditional(const Node &node);
    Value comprehension(const Node &node);

    const Activation *m_activation;
    std::vector<std::pair<const QString *, Value>> m_locals; ///< macro variables, innermost last
    qint64 m_budget = iterationBudget;
};

} // namespace Keyport::Cel
