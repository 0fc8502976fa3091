// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string>

namespace Keyport::Cel {

/// Splits CEL source into tokens. Works on code points so that columns are code points.
class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Cel::Lexer)

public:
    struct Token
    {
        enum class Type {
            End,
            Error,
            Int, ///< magnitude in uintValue (may exceed the int range: the parser decides)
            Uint,
            Double,
            String,
            Bytes,
            Ident,
            True,
            False,
            Null,
            In,
            Reserved,
            LParen,
            RParen,
            LBracket,
            RBracket,
            LBrace,
            RBrace,
            Dot,
            Comma,
            Colon,
            Question,
            Plus,
            Minus,
            Star,
            Slash,
            Percent,
            Not,
            Eq,
            Ne,
            Lt,
            Le,
            Gt,
            Ge,
            And,
            Or,
        };
        Type type = Type::End;
        int column = 0; ///< 1-based
        quint64 uintValue = 0;
        bool intTooLarge = false; ///< beyond 2^64 - 1
        double doubleValue = 0;
        QString text; ///< identifier, string value, or error message
        QByteArray bytes;
    };

    explicit Lexer(std::u32string source);

    /// The next token; an Error token carries its message in text.
    Token next();

private:
    char32_t peek(std::size_t ahead = 0) const;
    Token number(int column);
    Token quoted(int column, bool raw, bool isBytes);
    Token error(int column, QString message) const;

    std::u32string m_source;
    std::size_t m_pos = 0;
};

} // namespace Keyport::Cel
