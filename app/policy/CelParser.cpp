// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelParser.h"

#include <limits>

namespace Keyport::Cel {

namespace {

int precedence(Lexer::Token::Type type)
{
    using T = Lexer::Token::Type;
    switch (type) {
    case T::Or:
        return 1;
    case T::And:
        return 2;
    case T::Eq:
    case T::Ne:
    case T::Lt:
    case T::Le:
    case T::Gt:
    case T::Ge:
    case T::In:
        return 3;
    case T::Plus:
    case T::Minus:
        return 4;
    case T::Star:
    case T::Slash:
    case T::Percent:
        return 5;
    default:
        return 0;
    }
}

Node::Op binaryOp(Lexer::Token::Type type)
{
    using T = Lexer::Token::Type;
    switch (type) {
    case T::Eq:
        return Node::Op::Eq;
    case T::Ne:
        return Node::Op::Ne;
    case T::Lt:
        return Node::Op::Lt;
    case T::Le:
        return Node::Op::Le;
    case T::Gt:
        return Node::Op::Gt;
    case T::Ge:
        return Node::Op::Ge;
    case T::In:
        return Node::Op::In;
    case T::Plus:
        return Node::Op::Add;
    case T::Minus:
        return Node::Op::Sub;
    case T::Star:
        return Node::Op::Mul;
    case T::Slash:
        return Node::Op::Div;
    default:
        return Node::Op::Mod;
    }
}

std::unique_ptr<Node> makeNode(Node::Kind kind, int column)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->column = column;
    return node;
}

std::u32string codePoints(const QString &source)
{
    std::u32string result;
    result.reserve(std::size_t(source.size()));
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c.isHighSurrogate() && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            result += char32_t(QChar::surrogateToUcs4(c, source.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            result += char32_t(0xFFFD);
        } else {
            result += char32_t(c.unicode());
        }
    }
    return result;
}

} // namespace

Parser::Parser(std::u32string source)
    : m_lexer(std::move(source))
{ }

Parser::Result Parser::parse(const QString &source)
{
    Result result;
    if (source.size() > Expression::maxSourceLength) {
        result.error = {int(Expression::maxSourceLength) + 1,
            tr("expression longer than %n characters", nullptr, int(Expression::maxSourceLength))};
        return result;
    }
    Parser parser(codePoints(source));
    parser.advance();
    std::unique_ptr<Node> root = parser.expression();
    if (!parser.m_failed && parser.m_token.type != T::End)
        parser.failUnexpected();
    if (parser.m_failed) {
        result.error = parser.m_error;
        return result;
    }
    result.root = std::move(root);
    return result;
}

void Parser::advance()
{
    m_token = m_lexer.next();
    if (m_token.type == T::Error)
        fail(m_token.column, m_token.text);
}

bool Parser::accept(T type)
{
    if (m_failed || m_token.type != type)
        return false;
    advance();
    return true;
}

bool Parser::expect(T type, const QString &what)
{
    if (accept(type))
        return true;
    if (!m_failed)
        fail(m_token.column, tr("expected %1").arg(what));
    return false;
}

std::unique_ptr<Node> Parser::fail(int column, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = {column, message};
    }
    return nullptr;
}

std::unique_ptr<Node> Parser::failUnexpected()
{
    if (m_token.type == T::End)
        return fail(m_token.column, tr("unexpected end of expression"));
    if (m_token.type == T::Reserved)
        return fail(m_token.column, tr("reserved identifier '%1'").arg(m_token.text));
    return fail(m_token.column, tr("unexpected token"));
}

std::unique_ptr<Node> Parser::finish(std::unique_ptr<Node> node)
{
    int depth = 0;
    for (const auto &child : node->children)
        depth = std::max(depth, child->depth);
    node->depth = depth + 1;
    if (node->depth > maxTreeDepth)
        return fail(node->column, tr("expression nested too deeply"));
    return node;
}

std::unique_ptr<Node> Parser::expression()
{
    if (m_failed)
        return nullptr;
    if (++m_nesting > Expression::maxNesting) {
        --m_nesting;
        return fail(m_token.column, tr("expression nested too deeply"));
    }
    std::unique_ptr<Node> condition = binary(1);
    if (condition && m_token.type == T::Question) {
        const int column = m_token.column;
        advance();
        std::unique_ptr<Node> whenTrue = binary(1);
        if (whenTrue && expect(T::Colon, QStringLiteral("':'"))) {
            std::unique_ptr<Node> whenFalse = expression();
            if (whenFalse) {
                auto node = makeNode(Node::Kind::Conditional, column);
                node->children.push_back(std::move(condition));
                node->children.push_back(std::move(whenTrue));
                node->children.push_back(std::move(whenFalse));
                condition = finish(std::move(node));
            } else {
                condition.reset();
            }
        } else {
            condition.reset();
        }
    }
    --m_nesting;
    return m_failed ? nullptr : std::move(condition);
}

std::unique_ptr<Node> Parser::binary(int minPrecedence)
{
    std::unique_ptr<Node> left = unary();
    while (left && !m_failed) {
        const T type = m_token.type;
        const int prec = precedence(type);
        if (prec == 0 || prec < minPrecedence)
            break;
        const int column = m_token.column;
        advance();
        std::unique_ptr<Node> right = binary(prec + 1);
        if (!right)
            return nullptr;
        if (type == T::And || type == T::Or) {
            const Node::Kind kind = type == T::And ? Node::Kind::And : Node::Kind::Or;
            // && and || chains are one n-ary node: flat, however long the chain.
            if (left->kind != kind) {
                auto node = makeNode(kind, column);
                node->children.push_back(std::move(left));
                left = std::move(node);
            }
            const int depth = right->depth + 1;
            left->children.push_back(std::move(right));
            if (left->children.size() == 2)
                left = finish(std::move(left));
            else if (depth > left->depth)
                left->depth = depth;
            if (left && left->depth > maxTreeDepth)
                return fail(left->column, tr("expression nested too deeply"));
            continue;
        }
        auto node = makeNode(Node::Kind::Binary, column);
        node->op = binaryOp(type);
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        left = finish(std::move(node));
    }
    return m_failed ? nullptr : std::move(left);
}

std::unique_ptr<Node> Parser::unary()
{
    if (m_failed)
        return nullptr;
    if (m_token.type != T::Not && m_token.type != T::Minus)
        return member();
    const T type = m_token.type;
    std::vector<int> columns;
    while (m_token.type == type) {
        columns.push_back(m_token.column);
        advance();
        if (m_failed)
            return nullptr;
        if (columns.size() > std::size_t(maxTreeDepth))
            return fail(columns.back(), tr("expression nested too deeply"));
    }
    std::unique_ptr<Node> operand;
    if (type == T::Minus && (m_token.type == T::Int || m_token.type == T::Double)) {
        // A negative literal is one literal: -9223372036854775808 is in range.
        const Token literal = m_token;
        advance();
        if (m_failed)
            return nullptr;
        if (m_token.type == T::Dot || m_token.type == T::LBracket) {
            // -1.size() is -(1.size()): member access binds tighter than negation.
            if (literal.type == T::Int) {
                operand = intLiteral(literal, false);
            } else {
                operand = makeNode(Node::Kind::Literal, literal.column);
                operand->value = Value::fromDouble(literal.doubleValue);
            }
            operand = memberSuffix(std::move(operand));
        } else if (literal.type == T::Int) {
            operand = intLiteral(literal, true);
        } else {
            operand = makeNode(Node::Kind::Literal, columns.back());
            operand->value = Value::fromDouble(-literal.doubleValue);
        }
        if (!operand)
            return nullptr;
        if (operand->kind == Node::Kind::Literal) {
            operand->column = columns.back();
            columns.pop_back();
        }
    } else {
        operand = member();
    }
    while (operand && !columns.empty()) {
        auto node = makeNode(type == T::Not ? Node::Kind::Not : Node::Kind::Negate, columns.back());
        columns.pop_back();
        node->children.push_back(std::move(operand));
        operand = finish(std::move(node));
    }
    return operand;
}

std::unique_ptr<Node> Parser::intLiteral(const Token &token, bool negated)
{
    auto node = makeNode(Node::Kind::Literal, token.column);
    constexpr quint64 maxInt = quint64(std::numeric_limits<qint64>::max());
    if (token.intTooLarge || token.uintValue > maxInt + (negated ? 1 : 0))
        return fail(token.column, tr("integer literal out of range"));
    if (negated)
        node->value
            = Value::fromInt(token.uintValue == maxInt + 1 ? std::numeric_limits<qint64>::min()
                                                           : -qint64(token.uintValue));
    else
        node->value = Value::fromInt(qint64(token.uintValue));
    return node;
}

std::unique_ptr<Node> Parser::member()
{
    return memberSuffix(primary());
}

std::unique_ptr<Node> Parser::memberSuffix(std::unique_ptr<Node> node)
{
    while (node && !m_failed) {
        if (m_token.type == T::Dot) {
            advance();
            if (m_failed)
                return nullptr;
            if (m_token.type != T::Ident)
                return m_token.type == T::Reserved
                    ? failUnexpected()
                    : fail(m_token.column, tr("expected a field name"));
            const QString name = m_token.text;
            const int column = m_token.column;
            advance();
            if (m_token.type == T::LParen) {
                node = call(std::move(node), name, column);
            } else {
                auto select = makeNode(Node::Kind::Select, column);
                select->name = name;
                select->children.push_back(std::move(node));
                node = finish(std::move(select));
            }
        } else if (m_token.type == T::LBracket) {
            const int column = m_token.column;
            advance();
            std::unique_ptr<Node> index = expression();
            if (!index || !expect(T::RBracket, QStringLiteral("']'")))
                return nullptr;
            auto indexNode = makeNode(Node::Kind::Index, column);
            indexNode->children.push_back(std::move(node));
            indexNode->children.push_back(std::move(index));
            node = finish(std::move(indexNode));
        } else if (m_token.type == T::LBrace) {
            return fail(m_token.column, tr("message construction is not supported"));
        } else {
            break;
        }
    }
    return m_failed ? nullptr : std::move(node);
}

std::unique_ptr<Node> Parser::primary()
{
    if (m_failed)
        return nullptr;
    const Token token = m_token;
    switch (token.type) {
    case T::Int: {
        advance();
        return intLiteral(token, false);
    }
    case T::Uint:
    case T::Double:
    case T::String:
    case T::Bytes:
    case T::True:
    case T::False:
    case T::Null: {
        if (token.type == T::Uint && token.intTooLarge)
            return fail(token.column, tr("integer literal out of range"));
        advance();
        auto node = makeNode(Node::Kind::Literal, token.column);
        switch (token.type) {
        case T::Uint:
            node->value = Value::fromUint(token.uintValue);
            break;
        case T::Double:
            node->value = Value::fromDouble(token.doubleValue);
            break;
        case T::String:
            node->value = Value::fromString(token.text);
            break;
        case T::Bytes:
            node->value = Value::fromBytes(token.bytes);
            break;
        case T::True:
        case T::False:
            node->value = Value::fromBool(token.type == T::True);
            break;
        default:
            break;
        }
        return m_failed ? nullptr : std::move(node);
    }
    case T::Dot:
    case T::Ident: {
        if (token.type == T::Dot) {
            // A leading dot names the root scope: the same names here.
            advance();
            if (m_failed)
                return nullptr;
            if (m_token.type != T::Ident)
                return fail(m_token.column, tr("expected a name"));
        }
        const QString name = m_token.text;
        const int column = m_token.column;
        advance();
        if (m_token.type == T::LParen)
            return call(nullptr, name, column);
        auto node = makeNode(Node::Kind::Ident, column);
        node->name = name;
        return m_failed ? nullptr : std::move(node);
    }
    case T::LParen: {
        advance();
        std::unique_ptr<Node> inner = expression();
        if (!inner || !expect(T::RParen, QStringLiteral("')'")))
            return nullptr;
        return inner;
    }
    case T::LBracket:
        return listLiteral();
    case T::LBrace:
        return mapLiteral();
    default:
        return failUnexpected();
    }
}

std::unique_ptr<Node> Parser::call(std::unique_ptr<Node> receiver, const QString &name, int column)
{
    // At '('.
    const int openColumn = m_token.column;
    advance();
    std::vector<std::unique_ptr<Node>> args;
    if (m_token.type != T::RParen) {
        if (++m_nesting > Expression::maxNesting) {
            --m_nesting;
            return fail(openColumn, tr("expression nested too deeply"));
        }
        for (;;) {
            std::unique_ptr<Node> arg = expression();
            if (!arg) {
                --m_nesting;
                return nullptr;
            }
            args.push_back(std::move(arg));
            if (!accept(T::Comma))
                break;
        }
        --m_nesting;
    }
    if (!expect(T::RParen, QStringLiteral("')'")))
        return nullptr;
    return macro(std::move(receiver), name, column, std::move(args));
}

std::unique_ptr<Node> Parser::macro(std::unique_ptr<Node> receiver, const QString &name, int column,
    std::vector<std::unique_ptr<Node>> args)
{
    if (!receiver && name == u"has" && args.size() == 1) {
        if (args[0]->kind != Node::Kind::Select)
            return fail(args[0]->column, tr("invalid argument to has() macro"));
        auto node = makeNode(Node::Kind::PresenceTest, args[0]->column);
        node->name = args[0]->name;
        node->children.push_back(std::move(args[0]->children[0]));
        return finish(std::move(node));
    }
    if (receiver) {
        std::optional<Node::Macro> kind;
        if (name == u"all" && args.size() == 2)
            kind = Node::Macro::All;
        else if (name == u"exists" && args.size() == 2)
            kind = Node::Macro::Exists;
        else if (name == u"exists_one" && args.size() == 2)
            kind = Node::Macro::ExistsOne;
        else if (name == u"map" && args.size() == 2)
            kind = Node::Macro::Map;
        else if (name == u"map" && args.size() == 3)
            kind = Node::Macro::MapFilter;
        else if (name == u"filter" && args.size() == 2)
            kind = Node::Macro::Filter;
        if (kind) {
            if (args[0]->kind != Node::Kind::Ident)
                return fail(args[0]->column, tr("argument must be a simple name"));
            auto node = makeNode(Node::Kind::Comprehension, column);
            node->macro = *kind;
            node->name = args[0]->name;
            node->children.push_back(std::move(receiver));
            for (std::size_t i = 1; i < args.size(); ++i)
                node->children.push_back(std::move(args[i]));
            return finish(std::move(node));
        }
    }
    auto node = makeNode(Node::Kind::Call, column);
    node->name = name;
    node->hasReceiver = receiver != nullptr;
    node->function = resolveFunction(name, node->hasReceiver);
    if (receiver)
        node->children.push_back(std::move(receiver));
    for (auto &arg : args)
        node->children.push_back(std::move(arg));
    if (node->function == Function::Matches && node->children.size() == 2
        && node->children[1]->kind == Node::Kind::Literal
        && node->children[1]->value.kind() == Value::Kind::String) {
        QRegularExpression regex(node->children[1]->value.toString());
        if (regex.isValid()) {
            regex.optimize();
            node->regex = std::move(regex);
        } else {
            node->regexError = regex.errorString();
        }
    }
    return finish(std::move(node));
}

std::unique_ptr<Node> Parser::listLiteral()
{
    // At '['.
    auto node = makeNode(Node::Kind::List, m_token.column);
    advance();
    if (++m_nesting > Expression::maxNesting) {
        --m_nesting;
        return fail(node->column, tr("expression nested too deeply"));
    }
    while (!m_failed && m_token.type != T::RBracket) {
        std::unique_ptr<Node> element = expression();
        if (!element)
            break;
        node->children.push_back(std::move(element));
        if (!accept(T::Comma))
            break;
    }
    --m_nesting;
    if (m_failed || !expect(T::RBracket, QStringLiteral("']'")))
        return nullptr;
    bool constant = true;
    QList<Value> values;
    for (const auto &child : node->children) {
        if (child->kind == Node::Kind::Literal
            || (child->kind == Node::Kind::List && child->isConstantList)) {
            values.append(child->value);
        } else {
            constant = false;
            break;
        }
    }
    if (constant) {
        // Built once here, not at each evaluation.
        node->isConstantList = true;
        node->value = Value::fromList(std::move(values));
    }
    return finish(std::move(node));
}

std::unique_ptr<Node> Parser::mapLiteral()
{
    // At '{'.
    auto node = makeNode(Node::Kind::MapLiteral, m_token.column);
    advance();
    if (++m_nesting > Expression::maxNesting) {
        --m_nesting;
        return fail(node->column, tr("expression nested too deeply"));
    }
    while (!m_failed && m_token.type != T::RBrace) {
        std::unique_ptr<Node> key = expression();
        if (!key || !expect(T::Colon, QStringLiteral("':'")))
            break;
        std::unique_ptr<Node> value = expression();
        if (!value)
            break;
        node->children.push_back(std::move(key));
        node->children.push_back(std::move(value));
        if (!accept(T::Comma))
            break;
    }
    --m_nesting;
    if (m_failed || !expect(T::RBrace, QStringLiteral("'}'")))
        return nullptr;
    return finish(std::move(node));
}

Function Parser::resolveFunction(const QString &name, bool hasReceiver)
{
    struct Entry
    {
        const char16_t *name;
        Function function;
        bool global;
        bool receiver;
    };
    static constexpr Entry table[] = {
        {u"size", Function::Size, true, true},
        {u"contains", Function::Contains, false, true},
        {u"startsWith", Function::StartsWith, false, true},
        {u"endsWith", Function::EndsWith, false, true},
        {u"matches", Function::Matches, true, true},
        {u"int", Function::ToInt, true, false},
        {u"uint", Function::ToUint, true, false},
        {u"double", Function::ToDouble, true, false},
        {u"string", Function::ToString, true, false},
        {u"bytes", Function::ToBytes, true, false},
        {u"bool", Function::ToBool, true, false},
        {u"timestamp", Function::ToTimestamp, true, false},
        {u"duration", Function::ToDuration, true, false},
        {u"type", Function::Type, true, false},
        {u"dyn", Function::Dyn, true, false},
        {u"getFullYear", Function::GetFullYear, false, true},
        {u"getMonth", Function::GetMonth, false, true},
        {u"getDayOfYear", Function::GetDayOfYear, false, true},
        {u"getDate", Function::GetDate, false, true},
        {u"getDayOfMonth", Function::GetDayOfMonth, false, true},
        {u"getDayOfWeek", Function::GetDayOfWeek, false, true},
        {u"getHours", Function::GetHours, false, true},
        {u"getMinutes", Function::GetMinutes, false, true},
        {u"getSeconds", Function::GetSeconds, false, true},
        {u"getMilliseconds", Function::GetMilliseconds, false, true},
        {u"has", Function::MapHas, false, true},
        {u"inIpRange", Function::InIpRange, false, true},
    };
    for (const Entry &entry : table) {
        if (name == QStringView(entry.name))
            return (hasReceiver ? entry.receiver : entry.global) ? entry.function
                                                                 : Function::Unknown;
    }
    return Function::Unknown;
}

} // namespace Keyport::Cel
