// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySearchIndex.h"

#include <QHash>

#include <algorithm>

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
                id = int(m_terms.size());
                m_terms.append(lower);
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
    for (int row = 0; row < keys.size(); ++row) {
        const AccessKey &key = keys.at(row);
        m_starts.append(m_text.size());
        appendLower(m_text, key.name);
        appendLower(m_text, key.key);
        for (const QString &tag : key.tags)
            add(tag, row);
        for (const QString &operation : key.operations)
            add(operation, row);
        for (const AccessKeyResource &resource : key.resources)
            add(resource.name(), row);
    }
}

void KeySearchIndex::markTextMatches(const QString &word, std::vector<quint8> &rows) const
{
    if (word.isEmpty()) {
        std::fill(rows.begin(), rows.end(), quint8(1));
        return;
    }
    // The hits come in order: the row of each is found by walking on from the last one.
    int row = 0;
    const int last = size() - 1;
    for (qsizetype from = 0;;) {
        const qsizetype at = m_text.indexOf(word, from);
        if (at < 0)
            break;
        while (row < last && m_starts.at(row + 1) <= at)
            ++row;
        rows[row] = 1;
        // The rest of this key's text can only find it again.
        if (row == last)
            break;
        from = m_starts.at(row + 1);
    }
    for (qsizetype term = 0; term < m_terms.size(); ++term) {
        if (!m_terms.at(term).contains(word))
            continue;
        for (const int held : m_termRows.at(term))
            rows[held] = 1;
    }
}

} // namespace Keyport
