// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelExpression.h"
#include "CelLexer.h"
#include "CelNode.h"

#include <QCoreApplication>

#include <memory>

namespace Keyport::Cel {

/// A precedence-climbing parser from CEL source to an immutable tree of Nodes. Never throws and
/// never recurses deeper than Expression::maxNesting levels of nesting.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Cel::Parser)

public:
    /// The tallest accepted tree: bounds every recursive walk over it (evaluation, checks).
    static constexpr int maxTreeDepth = 1000;

    struct Result
    {
        std::unique_ptr<Node> root; ///< null on a syntax error
        Diagnostic error;
    };
    static Result parse(const QString &source);

    /// The function a call named @p name resolves to (receiver style or global).
    static Function resolveFunction(const QString &name, bool hasReceiver);

private:
    using Token = Lexer::Token;
    using T = Lexer::Token::Type;

    explicit Parser(std::u32string source);

    void advance();
    bool accept(T type);
    bool expect(T type, const QString &what);
    std::unique_ptr<Node> fail(int column, const QString &message);
    std::unique_ptr<Node> failUnexpected();
    std::unique_ptr<Node> finish(std::unique_ptr<Node> node);

    std::unique_ptr<Node> expression();
    std::unique_ptr<Node> binary(int minPrecedence);
    std::unique_ptr<Node> unary();
    std::unique_ptr<Node> member();
    std::unique_ptr<Node> memberSuffix(std::unique_ptr<Node> node);
    std::unique_ptr<Node> primary();
    std::unique_ptr<Node> call(std::unique_ptr<Node> receiver, const QString &name, int column);
    std::unique_ptr<Node> macro(std::unique_ptr<Node> receiver, const QString &name, int column,
        std::vector<std::unique_ptr<Node>> args);
    std::unique_ptr<Node> listLiteral();
    std::unique_ptr<Node> mapLiteral();
    std::unique_ptr<Node> intLiteral(const Token &token, bool negated);

    Lexer m_lexer;
    Token m_token;
    bool m_failed = false;
    Diagnostic m_error;
    int m_nesting = 0;
};

} // namespace Keyport::Cel
