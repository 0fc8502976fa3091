// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelHighlighter.h"

#include "policy/CelLexer.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QWidget>

#include <cctype>
#include <string>

namespace Keyport {

namespace {

using T = Cel::Lexer::Token::Type;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

std::optional<CelHighlighter::Kind> kindOf(const Cel::Lexer::Token &token)
{
    using K = CelHighlighter::Kind;
    switch (token.type) {
    case T::String:
    case T::Bytes:
        return K::String;
    case T::Int:
    case T::Uint:
    case T::Double:
        return K::Number;
    case T::True:
    case T::False:
    case T::Null:
    case T::In:
    case T::Reserved:
        return K::Keyword;
    case T::Ident:
        if (CelHighlighter::bindings().contains(token.text))
            return K::Binding;
        return std::nullopt;
    case T::Plus:
    case T::Minus:
    case T::Star:
    case T::Slash:
    case T::Percent:
    case T::Not:
    case T::Eq:
    case T::Ne:
    case T::Lt:
    case T::Le:
    case T::Gt:
    case T::Ge:
    case T::And:
    case T::Or:
    case T::Question:
    case T::Colon:
        return K::Operator;
    default:
        return std::nullopt;
    }
}

/// Where the string literal starting at @p pos (its prefix included) ends, in code points.
std::size_t stringEnd(const std::u32string &source, std::size_t pos)
{
    bool raw = false;
    while (pos < source.size() && source[pos] != U'\'' && source[pos] != U'"') {
        if (source[pos] == U'r' || source[pos] == U'R')
            raw = true;
        ++pos;
    }
    if (pos >= source.size())
        return source.size();
    const char32_t quote = source[pos];
    const bool triple
        = pos + 2 < source.size() && source[pos + 1] == quote && source[pos + 2] == quote;
    pos += triple ? 3 : 1;
    while (pos < source.size()) {
        if (!raw && source[pos] == U'\\') {
            pos += 2;
            continue;
        }
        if (source[pos] == quote) {
            if (!triple)
                return pos + 1;
            if (pos + 2 < source.size() && source[pos + 1] == quote && source[pos + 2] == quote)
                return pos + 3;
        }
        ++pos;
    }
    return source.size();
}

/// Where a token that is not a string, starting at @p pos, ends.
std::size_t tokenEnd(const std::u32string &source, std::size_t pos, const Cel::Lexer::Token &token)
{
    switch (token.type) {
    case T::Ident:
    case T::True:
    case T::False:
    case T::Null:
    case T::In:
    case T::Reserved:
        return pos + std::size_t(token.text.toUcs4().size());
    case T::Int:
    case T::Uint:
    case T::Double: {
        std::size_t end = pos;
        while (end < source.size()) {
            const char32_t c = source[end];
            const bool exponentSign = (c == U'+' || c == U'-') && end > pos
                && (source[end - 1] == U'e' || source[end - 1] == U'E')
                && !(source[pos] == U'0' && pos + 1 < source.size()
                    && (source[pos + 1] == U'x' || source[pos + 1] == U'X'));
            if ((c < 128 && std::isalnum(int(c))) || c == U'.' || exponentSign)
                ++end;
            else
                break;
        }
        return end;
    }
    case T::Eq:
    case T::Ne:
    case T::Le:
    case T::Ge:
    case T::And:
    case T::Or:
        return pos + 2;
    default:
        return pos + 1;
    }
}

/// The first comment in [from, to), as a code point index; npos when none.
std::size_t commentIn(const std::u32string &source, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i + 1 < to; ++i) {
        if (source[i] == U'/' && source[i + 1] == U'/')
            return i;
    }
    return std::u32string::npos;
}

} // namespace

CelHighlighter::CelHighlighter(QTextDocument *document, QWidget *paletteSource)
    : QSyntaxHighlighter(document)
    , m_paletteSource(paletteSource)
    , m_palette(paletteSource ? paletteSource->palette() : QApplication::palette())
{
    if (paletteSource)
        paletteSource->installEventFilter(this);
    else if (qApp)
        qApp->installEventFilter(this);
}

bool CelHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && watched == m_paletteSource.data())
        setPalette(m_paletteSource->palette());
    else if (event->type() == QEvent::ApplicationPaletteChange && !m_paletteSource
        && watched == qApp)
        setPalette(QApplication::palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void CelHighlighter::setPalette(const QPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    rehighlight();
}

const QStringList &CelHighlighter::bindings()
{
    static const QStringList names{QStringLiteral("operation"), QStringLiteral("service"),
        QStringLiteral("zone"), QStringLiteral("now"), QStringLiteral("source_ip"),
        QStringLiteral("api_key"), QStringLiteral("parameters"), QStringLiteral("resources")};
    return names;
}

QColor CelHighlighter::color(Kind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::String:
        return dark ? QColor(0xe6, 0xa4, 0x6c) : QColor(0xa3, 0x40, 0x00);
    case Kind::Number:
        return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x17, 0x50, 0xcc);
    case Kind::Keyword:
        return dark ? QColor(0xd4, 0x97, 0xff) : QColor(0x80, 0x00, 0x9a);
    case Kind::Binding:
        return dark ? QColor(0x5f, 0xd3, 0xc8) : QColor(0x00, 0x62, 0x6e);
    case Kind::Operator:
        return palette.color(QPalette::Text);
    case Kind::Comment:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QTextCharFormat CelHighlighter::format(Kind kind) const
{
    QTextCharFormat format;
    format.setForeground(color(kind, m_palette));
    if (kind == Kind::Keyword || kind == Kind::Operator)
        format.setFontWeight(QFont::Bold);
    if (kind == Kind::Comment)
        format.setFontItalic(true);
    return format;
}

QList<CelHighlighter::Span> CelHighlighter::spans(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    const std::u32string source(ucs4.cbegin(), ucs4.cend());
    // Code point index -> UTF-16 index.
    QList<int> utf16(qsizetype(source.size() + 1));
    int at = 0;
    for (std::size_t i = 0; i < source.size(); ++i) {
        utf16[qsizetype(i)] = at;
        at += source[i] > 0xffff ? 2 : 1;
    }
    utf16[qsizetype(source.size())] = at;

    QList<Span> result;
    const auto add = [&](std::size_t from, std::size_t to, Kind kind) {
        if (to > from)
            result.append(
                {utf16[qsizetype(from)], utf16[qsizetype(to)] - utf16[qsizetype(from)], kind});
    };
    Cel::Lexer lexer(source);
    std::size_t previousEnd = 0;
    for (;;) {
        const Cel::Lexer::Token token = lexer.next();
        const std::size_t start
            = token.type == T::End ? source.size() : std::size_t(token.column - 1);
        // A comment in the gap runs to the end of its line.
        const std::size_t comment = commentIn(source, previousEnd, start);
        if (comment != std::u32string::npos) {
            std::size_t end = comment;
            while (end < source.size() && source[end] != U'\n' && source[end] != U'\r')
                ++end;
            add(comment, end, Kind::Comment);
        }
        if (token.type == T::End || token.type == T::Error)
            break;
        const std::size_t end = (token.type == T::String || token.type == T::Bytes)
            ? stringEnd(source, start)
            : tokenEnd(source, start, token);
        if (const auto kind = kindOf(token))
            add(start, end, *kind);
        previousEnd = end;
    }
    return result;
}

void CelHighlighter::highlightBlock(const QString &text)
{
    for (const Span &span : spans(text))
        setFormat(span.start, span.length, format(span.kind));
}

QString CelHighlighter::toHtml(const QString &source, const QPalette &palette)
{
    QString html = QStringLiteral("<code style=\"white-space: pre-wrap\">");
    int at = 0;
    for (const Span &span : spans(source)) {
        html += source.mid(at, span.start - at).toHtmlEscaped();
        QString style = QStringLiteral("color: %1").arg(color(span.kind, palette).name());
        if (span.kind == Kind::Keyword || span.kind == Kind::Operator)
            style += QStringLiteral("; font-weight: bold");
        if (span.kind == Kind::Comment)
            style += QStringLiteral("; font-style: italic");
        html += QStringLiteral("<span style=\"%1\">%2</span>")
                    .arg(style, source.mid(span.start, span.length).toHtmlEscaped());
        at = span.start + span.length;
    }
    html += source.mid(at).toHtmlEscaped();
    html += QStringLiteral("</code>");
    return html;
}

} // namespace Keyport
