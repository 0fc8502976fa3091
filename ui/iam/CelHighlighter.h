// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Keyport {

/// Colours CEL source (IAM-V3.md §6) from the engine's own tokens (Cel::Lexer): string and bytes
/// literals, numbers, keywords (true, false, null, in, reserved words), the policy bindings
/// (operation, parameters, ...), operators and comments. The colours follow a palette, so a dark
/// palette gets light colours. Each block (line) is coloured on its own: a triple-quoted string
/// that spans lines is coloured on its first line only.
class CelHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Kind { String, Number, Keyword, Binding, Operator, Comment };

    /// A coloured stretch of a text, in UTF-16 code units.
    struct Span
    {
        int start = 0;
        int length = 0;
        Kind kind = Kind::String;

        friend bool operator==(const Span &, const Span &) = default;
    };

    /// Colours @p document. The colours follow @p paletteSource's palette when given (and
    /// change with it), otherwise the application's.
    explicit CelHighlighter(QTextDocument *document, QWidget *paletteSource = nullptr);

    void setPalette(const QPalette &palette);
    QPalette palette() const { return m_palette; }
    QTextCharFormat format(Kind kind) const;

    /// The coloured stretches of one line of CEL, in order. Stops at the first lexical error.
    static QList<Span> spans(const QString &text);
    /// The colour of @p kind on @p palette (lighter colours on a dark base).
    static QColor color(Kind kind, const QPalette &palette);
    /// @p source as HTML (escaped, in a monospace <code>), coloured for @p palette: for
    /// read-only views such as rich-text labels.
    static QString toHtml(const QString &source, const QPalette &palette);
    /// The names a policy rule may use (IAM-V3.md §6): operation, service, zone, ...
    static const QStringList &bindings();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_paletteSource;
    QPalette m_palette;
};

} // namespace Keyport
