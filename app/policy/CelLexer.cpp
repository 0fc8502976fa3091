// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelLexer.h"

#include <cstdlib>
#include <limits>

namespace Keyport::Cel {

namespace {

bool isIdentStart(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_';
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isIdentPart(char32_t c)
{
    return isIdentStart(c) || isDigit(c);
}

int hexValue(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return int(c - U'0');
    if (c >= U'a' && c <= U'f')
        return int(c - U'a' + 10);
    if (c >= U'A' && c <= U'F')
        return int(c - U'A' + 10);
    return -1;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

Lexer::Lexer(std::u32string source)
    : m_source(std::move(source))
{ }

char32_t Lexer::peek(std::size_t ahead) const
{
    return m_pos + ahead < m_source.size() ? m_source[m_pos + ahead] : char32_t(0);
}

Lexer::Token Lexer::error(int column, QString message) const
{
    Token token;
    token.type = Token::Type::Error;
    token.column = column;
    token.text = std::move(message);
    return token;
}

Lexer::Token Lexer::next()
{
    using T = Token::Type;
    // Whitespace and comments.
    for (;;) {
        const char32_t c = peek();
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f') {
            ++m_pos;
        } else if (c == U'/' && peek(1) == U'/') {
            while (m_pos < m_source.size() && m_source[m_pos] != U'\n' && m_source[m_pos] != U'\r')
                ++m_pos;
        } else {
            break;
        }
    }
    const int column = int(m_pos) + 1;
    Token token;
    token.column = column;
    if (m_pos >= m_source.size()) {
        token.type = T::End;
        return token;
    }
    const char32_t c = peek();
    if (c == U'\0')
        return error(column, tr("unexpected character U+0000"));

    // String and bytes literals, with their r/b prefixes.
    {
        std::size_t prefix = 0;
        bool raw = false;
        bool isBytes = false;
        while (prefix < 2) {
            const char32_t p = peek(prefix);
            if ((p == U'r' || p == U'R') && !raw) {
                raw = true;
            } else if ((p == U'b' || p == U'B') && !isBytes) {
                isBytes = true;
            } else {
                break;
            }
            ++prefix;
        }
        const char32_t quote = peek(prefix);
        if (quote == U'\'' || quote == U'"') {
            m_pos += prefix;
            return quoted(column, raw, isBytes);
        }
    }

    if (isDigit(c) || (c == U'.' && isDigit(peek(1))))
        return number(column);

    if (isIdentStart(c)) {
        const std::size_t start = m_pos;
        while (isIdentPart(peek()))
            ++m_pos;
        const QString word = QString::fromUcs4(m_source.data() + start, qsizetype(m_pos - start));
        token.text = word;
        if (word == u"true")
            token.type = T::True;
        else if (word == u"false")
            token.type = T::False;
        else if (word == u"null")
            token.type = T::Null;
        else if (word == u"in")
            token.type = T::In;
        else if (word == u"as" || word == u"break" || word == u"const" || word == u"continue"
            || word == u"else" || word == u"for" || word == u"function" || word == u"if"
            || word == u"import" || word == u"let" || word == u"loop" || word == u"package"
            || word == u"namespace" || word == u"return" || word == u"var" || word == u"void"
            || word == u"while")
            token.type = T::Reserved;
        else
            token.type = T::Ident;
        return token;
    }

    const char32_t n = peek(1);
    auto one = [&](T type) {
        ++m_pos;
        token.type = type;
        return token;
    };
    auto two = [&](T type) {
        m_pos += 2;
        token.type = type;
        return token;
    };
    switch (c) {
    case U'(':
        return one(T::LParen);
    case U')':
        return one(T::RParen);
    case U'[':
        return one(T::LBracket);
    case U']':
        return one(T::RBracket);
    case U'{':
        return one(T::LBrace);
    case U'}':
        return one(T::RBrace);
    case U'.':
        return one(T::Dot);
    case U',':
        return one(T::Comma);
    case U':':
        return one(T::Colon);
    case U'?':
        return one(T::Question);
    case U'+':
        return one(T::Plus);
    case U'-':
        return one(T::Minus);
    case U'*':
        return one(T::Star);
    case U'/':
        return one(T::Slash);
    case U'%':
        return one(T::Percent);
    case U'!':
        return n == U'=' ? two(T::Ne) : one(T::Not);
    case U'=':
        if (n == U'=')
            return two(T::Eq);
        break;
    case U'<':
        return n == U'=' ? two(T::Le) : one(T::Lt);
    case U'>':
        return n == U'=' ? two(T::Ge) : one(T::Gt);
    case U'&':
        if (n == U'&')
            return two(T::And);
        break;
    case U'|':
        if (n == U'|')
            return two(T::Or);
        break;
    default:
        break;
    }
    return error(column, tr("unexpected character '%1'").arg(QString::fromUcs4(&c, 1)));
}

Lexer::Token Lexer::number(int column)
{
    using T = Token::Type;
    Token token;
    token.column = column;
    const std::size_t start = m_pos;
    if (peek() == U'0' && (peek(1) == U'x' || peek(1) == U'X')) {
        m_pos += 2;
        if (hexValue(peek()) < 0)
            return error(column, tr("invalid hexadecimal literal"));
        quint64 value = 0;
        while (hexValue(peek()) >= 0) {
            if (value > (std::numeric_limits<quint64>::max() >> 4))
                token.intTooLarge = true;
            value = (value << 4) | quint64(hexValue(peek()));
            ++m_pos;
        }
        token.uintValue = value;
        token.type = T::Int;
        if (peek() == U'u' || peek() == U'U') {
            ++m_pos;
            token.type = T::Uint;
        }
        if (isIdentPart(peek()))
            return error(column, tr("invalid number literal"));
        return token;
    }
    bool isDouble = false;
    while (isDigit(peek()))
        ++m_pos;
    if (peek() == U'.' && isDigit(peek(1))) {
        isDouble = true;
        ++m_pos;
        while (isDigit(peek()))
            ++m_pos;
    } else if (peek() == U'.' && !isIdentStart(peek(1)) && m_pos > start) {
        // "7." is the double 7 (langdef); "7.size()" stays a call on an int.
        isDouble = true;
        ++m_pos;
    }
    if (peek() == U'e' || peek() == U'E') {
        std::size_t ahead = 1;
        if (peek(ahead) == U'+' || peek(ahead) == U'-')
            ++ahead;
        if (!isDigit(peek(ahead)))
            return error(column, tr("invalid exponent in number literal"));
        isDouble = true;
        m_pos += ahead;
        while (isDigit(peek()))
            ++m_pos;
    }
    QByteArray text;
    for (std::size_t i = start; i < m_pos; ++i)
        text += char(m_source[i]);
    if (isDouble) {
        token.type = T::Double;
        token.doubleValue = std::strtod(text.constData(), nullptr);
        if (isIdentPart(peek()))
            return error(column, tr("invalid number literal"));
        return token;
    }
    quint64 value = 0;
    for (const char digit : std::as_const(text)) {
        const quint64 d = quint64(digit - '0');
        if (value > (std::numeric_limits<quint64>::max() - d) / 10)
            token.intTooLarge = true;
        value = value * 10 + d;
    }
    token.uintValue = value;
    token.type = T::Int;
    if (peek() == U'u' || peek() == U'U') {
        ++m_pos;
        token.type = T::Uint;
    }
    if (isIdentPart(peek()))
        return error(column, tr("invalid number literal"));
    return token;
}

Lexer::Token Lexer::quoted(int column, bool raw, bool isBytes)
{
    using T = Token::Type;
    const char32_t quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    m_pos += triple ? 3 : 1;
    std::u32string text;
    QByteArray bytes;
    auto append = [&](char32_t c) {
        if (isBytes)
            appendUtf8(bytes, c);
        else
            text += c;
    };
    for (;;) {
        if (m_pos >= m_source.size())
            return error(column, tr("unterminated string literal"));
        const char32_t c = peek();
        if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
            m_pos += triple ? 3 : 1;
            break;
        }
        if (!triple && (c == U'\n' || c == U'\r'))
            return error(column, tr("unterminated string literal"));
        if (c != U'\\' || raw) {
            append(c);
            ++m_pos;
            continue;
        }
        const int escapeColumn = int(m_pos) + 1;
        const char32_t e = peek(1);
        m_pos += 2;
        switch (e) {
        case U'\\':
        case U'?':
        case U'"':
        case U'\'':
        case U'`':
            append(e);
            break;
        case U'a':
            append(U'\a');
            break;
        case U'b':
            append(U'\b');
            break;
        case U'f':
            append(U'\f');
            break;
        case U'n':
            append(U'\n');
            break;
        case U'r':
            append(U'\r');
            break;
        case U't':
            append(U'\t');
            break;
        case U'v':
            append(U'\v');
            break;
        case U'x':
        case U'X':
        case U'u':
        case U'U': {
            const int count = (e == U'x' || e == U'X') ? 2 : e == U'u' ? 4 : 8;
            if (isBytes && (e == U'u' || e == U'U'))
                return error(escapeColumn, tr("unicode escape in a bytes literal"));
            char32_t value = 0;
            for (int i = 0; i < count; ++i) {
                const int h = hexValue(peek());
                if (h < 0)
                    return error(escapeColumn, tr("invalid escape sequence"));
                value = value * 16 + char32_t(h);
                ++m_pos;
            }
            if (isBytes) {
                bytes += char(value);
            } else {
                if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                    return error(escapeColumn, tr("invalid code point in escape sequence"));
                text += value;
            }
            break;
        }
        case U'0':
        case U'1':
        case U'2':
        case U'3': {
            char32_t value = e - U'0';
            for (int i = 0; i < 2; ++i) {
                const char32_t d = peek();
                if (d < U'0' || d > U'7')
                    return error(escapeColumn, tr("invalid octal escape sequence"));
                value = value * 8 + (d - U'0');
                ++m_pos;
            }
            if (isBytes)
                bytes += char(value);
            else
                text += value;
            break;
        }
        default:
            return error(escapeColumn, tr("invalid escape sequence"));
        }
    }
    Token token;
    token.column = column;
    if (isBytes) {
        token.type = T::Bytes;
        token.bytes = bytes;
    } else {
        token.type = T::String;
        token.text = QString::fromUcs4(text.data(), qsizetype(text.size()));
    }
    return token;
}

} // namespace Keyport::Cel
