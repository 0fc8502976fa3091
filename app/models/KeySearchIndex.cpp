// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySearchIndex.h"

#include <QHash>

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Keyport {

namespace {

bool isLower(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isUpper(); });
}

void appendLower(QString &to, const QString &text)
{
    if (isLower(text))
        to += text;
    else
        to += text.toLower();
    to += u'\n';
}

/// Where @p word is in @p text from @p from on, or -1. Looks for the word's first two letters
/// eight places at a time (SSE2, on every x86-64), then compares the rest: several times faster
/// than QString::indexOf for the short words typed in a search field, in a text where their
/// first letter is common (the hexadecimal key ids).
qsizetype find(QStringView text, QStringView word, qsizetype from)
{
    const qsizetype last = text.size() - word.size(); // the last place the word can start
    if (word.size() == 1)
        return from <= last ? text.indexOf(word.front(), from) : -1;
    const char16_t *data = text.utf16();
    const char16_t first = word.utf16()[0];
    const char16_t second = word.utf16()[1];
    const QStringView rest = word.sliced(2);
    const auto restAt = [&](qsizetype at) { return text.sliced(at + 2, rest.size()) == rest; };
    qsizetype at = from;
#if defined(__SSE2__)
    const __m128i firsts = _mm_set1_epi16(static_cast<short>(first));
    const __m128i seconds = _mm_set1_epi16(static_cast<short>(second));
    // Places at to at + 7 can all hold the word, so the letters read (to at + 8) are in the text.
    for (; at + 7 <= last; at += 8) {
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at + 1));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi16(here, firsts), _mm_cmpeq_epi16(next, seconds))));
        while (mask != 0) {
            const int bit = std::countr_zero(mask); // two bits per letter
            if (restAt(at + bit / 2))
                return at + bit / 2;
            mask &= ~(3u << bit);
        }
    }
#endif
    for (; at <= last; ++at) {
        if (data[at] == first && data[at + 1] == second && restAt(at))
            return at;
    }
    return -1;
}

/// Calls @p found once for each part of @p text (part n starts at starts[n]) that holds @p word.
template <typename Found>
void forEachPartHolding(
    const QString &text, const QList<qsizetype> &starts, QStringView word, Found found)
{
    // The hits come in order: the part of each is found by walking on from the last one.
    int part = 0;
    const int last = int(starts.size()) - 1;
    for (qsizetype from = 0; last >= 0;) {
        const qsizetype at = find(text, word, from);
        if (at < 0)
            break;
        while (part < last && starts.at(part + 1) <= at)
            ++part;
        found(part);
        // The rest of this part can only find it again.
        if (part == last)
            break;
        from = starts.at(part + 1);
    }
}

} // namespace

KeySearchIndex::KeySearchIndex(const AccessKeys &keys)
{
    qsizetype length = 0;
    for (const AccessKey &key : keys)
        length += key.name.size() + key.key.size() + 2;
    m_text.reserve(length);
    m_starts.reserve(keys.size());
    // Names repeat on every key that holds them. Keys read from one answer share their strings
    // (the reader interns them), so most are found by address, before their text is hashed.
    QHash<const QChar *, int> byAddress;
    QHash<QString, int> byText;
    const auto add = [&](const QString &term, int row) {
        int id;
        const auto known = byAddress.constFind(term.constData());
        if (known != byAddress.cend()) {
            id = known.value();
        } else {
            const QString lower = isLower(term) ? term : term.toLower();
            const auto found = byText.constFind(lower);
            if (found != byText.cend()) {
                id = found.value();
            } else {
                id = int(m_termStarts.size());
                m_termStarts.append(m_termText.size());
                m_termText += lower;
                m_termText += u'\n';
                m_termRows.append(QList<int>());
                byText.insert(lower, id);
            }
            if (!term.isEmpty())
                byAddress.insert(term.constData(), id);
        }
        QList<int> &rows = m_termRows[id];
        if (rows.isEmpty() || rows.constLast() != row)
            rows.append(row);
    };
    QSet<const QChar *> operationsSeen; // by address, as above
    QSet<QString> resourcesSeen;
    for (int row = 0; row < keys.size(); ++row) {
        const AccessKey &key = keys.at(row);
        m_starts.append(m_text.size());
        appendLower(m_text, key.name);
        appendLower(m_text, key.key);
        for (const QString &tag : key.tags)
            add(tag, row);
        for (const QString &operation : key.operations) {
            add(operation, row);
            if (!operationsSeen.contains(operation.constData())) {
                operationsSeen.insert(operation.constData());
                m_operations.insert(operation);
            }
        }
        for (const AccessKeyResource &resource : key.resources) {
            add(resource.name(), row);
            const QString whole = resource.toString();
            if (!resourcesSeen.contains(whole)) {
                resourcesSeen.insert(whole);
                m_resources.append(resource);
            }
        }
    }
}

void KeySearchIndex::markTextMatches(const QString &word, std::vector<quint8> &rows) const
{
    if (word.isEmpty()) {
        std::fill(rows.begin(), rows.end(), quint8(1));
        return;
    }
    forEachPartHolding(m_text, m_starts, word, [&rows](int row) { rows[row] = 1; });
    forEachPartHolding(m_termText, m_termStarts, word, [&](int term) {
        for (const int held : m_termRows.at(term))
            rows[held] = 1;
    });
}

} // namespace Keyport
