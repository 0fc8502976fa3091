// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Keyport {

/// Strict UTF-8 checks (RFC 3629): overlong forms, surrogates (U+D800-U+DFFF), code points above
/// U+10FFFF and truncated sequences are invalid. For input that reaches a parser which trusts
/// its input to be valid UTF-8.
class Utf8
{
public:
    /// The length (2-4) of the multi-byte sequence that starts @p bytes, or 0 when it is not a
    /// valid one. Not for ASCII bytes, which the caller handles first (this is a hot path).
    static qsizetype sequenceLength(QByteArrayView bytes)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
        const unsigned char c = p[0];
        int length;
        char32_t point;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            point = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            point = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            point = c & 0x07;
        } else {
            return 0;
        }
        if (bytes.size() < length)
            return 0;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            point = (point << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (point < minimum[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return 0;
        return length;
    }

    /// The offset of the first byte that does not start a valid sequence, or -1 when all of
    /// @p bytes is valid UTF-8.
    static qsizetype firstInvalidOffset(QByteArrayView bytes)
    {
        qsizetype i = 0;
        while (i < bytes.size()) {
            if (static_cast<unsigned char>(bytes[i]) < 0x80) {
                ++i;
                continue;
            }
            const qsizetype length = sequenceLength(bytes.sliced(i));
            if (length == 0)
                return i;
            i += length;
        }
        return -1;
    }
};

} // namespace Keyport
