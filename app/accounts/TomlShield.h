// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <string>
#include <string_view>

namespace Keyport {

/// Keeps toml++ 3.3 away from its undefined behaviour. Its table of non-ASCII whitespace
/// (is_non_ascii_horizontal_whitespace) reaches __builtin_unreachable() for about 3,000 code
/// points, among them U+00A1-U+0499 (accented Latin, Greek, Cyrillic), most of U+2C8E-U+3087
/// (Hiragana) and U+FB66-U+FEFE; the parser asks it outside strings and, in valid documents
/// too, after a line-ending backslash in a multi-line string ("""a\ + newline + "élan""").
///
/// shield() replaces each such code point with one of Plane 15's private use area
/// (U+F0000 + code point - U+00A0), which the table handles, so that the parser sees a document
/// of the same structure, lines and columns; unshield() restores the text of what it read.
/// Input must be valid UTF-8 (Utf8::firstInvalidOffset).
class TomlShield
{
public:
    /// Whether toml++ 3.3 cannot classify @p codePoint without undefined behaviour.
    static bool isUnsafe(char32_t codePoint);
    /// The text for the parser, or std::nullopt when @p utf8 already holds characters of the
    /// range used for the substitutes (U+F0000-U+FFFFF), which could not be told apart.
    static std::optional<QByteArray> shield(QByteArrayView utf8);
    /// The original text of a string that the parser read from shielded text.
    static std::string unshield(std::string_view text);
};

} // namespace Keyport
