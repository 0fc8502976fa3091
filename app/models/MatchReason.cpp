// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchReason.h"

namespace Keyport {

namespace {

/// Lower is better: what a person most likely meant by the word.
int rank(const KeyMatch &match)
{
    switch (match.kind) {
    case KeyMatch::Kind::Tag:
        return match.exact ? 0 : 5;
    case KeyMatch::Kind::Operation:
        return match.exact ? 1 : 6;
    case KeyMatch::Kind::Resource:
        return match.exact ? 2 : 7;
    case KeyMatch::Kind::Name:
        return 3;
    case KeyMatch::Kind::KeyId:
        return 4;
    case KeyMatch::Kind::Unrestricted:
        return 8;
    case KeyMatch::Kind::AnyResource:
        return 9;
    }
    return 10;
}

} // namespace

QStringList MatchReason::words() const
{
    QStringList result;
    for (const KeyMatch &match : matches) {
        if (!result.contains(match.word))
            result.append(match.word);
    }
    return result;
}

KeyMatch MatchReason::bestMatch(const QString &word) const
{
    const KeyMatch *best = nullptr;
    for (const KeyMatch &match : matches) {
        if (match.word == word && (!best || rank(match) < rank(*best)))
            best = &match;
    }
    return best ? *best : KeyMatch();
}

QStringList MatchReason::subjects(KeyMatch::Kind kind) const
{
    QStringList result;
    for (const KeyMatch &match : matches) {
        if (match.kind == kind && !result.contains(match.subject))
            result.append(match.subject);
    }
    return result;
}

QString MatchReason::describe(const KeyMatch &match)
{
    switch (match.kind) {
    case KeyMatch::Kind::Name:
        return tr("name %1").arg(match.subject);
    case KeyMatch::Kind::KeyId:
        return tr("key ID %1").arg(match.subject);
    case KeyMatch::Kind::Tag:
        return tr("tag %1").arg(match.subject);
    case KeyMatch::Kind::Operation:
        return match.tag.isEmpty() ? tr("operation %1").arg(match.subject)
                                   : tr("operation %1 (tag %2)").arg(match.subject, match.tag);
    case KeyMatch::Kind::Resource:
        return tr("resource %1").arg(match.subject);
    case KeyMatch::Kind::Unrestricted:
        return tr("unrestricted: may call every operation");
    case KeyMatch::Kind::AnyResource:
        return tr("not restricted by resource: may reach %1").arg(match.subject);
    }
    return {};
}

QString MatchReason::text() const
{
    QStringList parts;
    for (const QString &word : words())
        parts.append(tr("Matches \"%1\": %2").arg(word, describe(bestMatch(word))));
    return parts.join(QStringLiteral("; "));
}

} // namespace Keyport
