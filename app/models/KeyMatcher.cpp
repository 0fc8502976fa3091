// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyMatcher.h"

#include "KeySearchIndex.h"

#include <algorithm>

namespace Keyport {

namespace {

bool containsLower(const QString &text, const QString &word)
{
    return text.contains(word, Qt::CaseInsensitive);
}

} // namespace

bool KeyMatcher::namesOperation(const QString &operation, const QString &word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype from = 0;;) {
        const qsizetype at = operation.indexOf(word, from);
        if (at < 0)
            return false;
        if (at == 0 || operation.at(at - 1) == u'-')
            return true;
        from = at + 1;
    }
}

KeyMatcher::KeyMatcher(const QString &query, const Catalog &catalog,
    const QSet<QString> &knownOperations, const AccessKeyResources &resources)
    : m_query(query)
    , m_catalog(catalog)
{
    const QStringList words = query.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &text : words) {
        Word word;
        word.text = text;
        word.namesOperations = catalog.containsTag(text);
        for (auto it = catalog.operations().cbegin();
             !word.namesOperations && it != catalog.operations().cend(); ++it)
            word.namesOperations = namesOperation(*it, text);
        for (auto it = knownOperations.cbegin();
             !word.namesOperations && it != knownOperations.cend(); ++it)
            word.namesOperations = namesOperation(*it, text);
        for (const AccessKeyResource &resource : resources) {
            if (resource.name().compare(text, Qt::CaseInsensitive) != 0
                || word.resources.contains(resource))
                continue;
            word.resources.append(resource);
            const QStringList ofDomain = catalog.operationsForTag(resource.domain());
            if (ofDomain.isEmpty())
                word.anyOperationReachesResources = true;
            for (const QString &operation : ofDomain)
                word.resourceOperations.insert(operation);
        }
        m_words.append(word);
    }
}

bool KeyMatcher::reachesResources(const AccessKey &key, const Word &word) const
{
    if (word.resources.isEmpty() || !key.resources.isEmpty())
        return false;
    if (key.type == AccessKey::Type::Unrestricted)
        return true;
    if (key.type != AccessKey::Type::Restricted)
        return false;
    if (word.anyOperationReachesResources)
        return true;
    for (const QString &operation : key.operations) {
        if (word.resourceOperations.contains(operation))
            return true;
    }
    return false;
}

bool KeyMatcher::hasPowerOf(const AccessKey &key, const Word &word) const
{
    if (word.namesOperations && key.type == AccessKey::Type::Unrestricted)
        return true;
    return reachesResources(key, word);
}

bool KeyMatcher::matches(const AccessKey &key) const
{
    const auto holds = [](const QStringList &texts, const QString &word) {
        return std::any_of(texts.cbegin(), texts.cend(),
            [&](const QString &text) { return containsLower(text, word); });
    };
    for (const Word &word : m_words) {
        if (containsLower(key.name, word.text) || containsLower(key.key, word.text)
            || holds(key.tags, word.text) || holds(key.operations, word.text))
            continue;
        if (std::any_of(key.resources.cbegin(), key.resources.cend(),
                [&](const AccessKeyResource &resource) {
                    return containsLower(resource.name(), word.text);
                }))
            continue;
        if (hasPowerOf(key, word))
            continue;
        return false;
    }
    return true;
}

void KeyMatcher::filter(
    const AccessKeys &keys, const KeySearchIndex &index, std::vector<quint8> &pass) const
{
    Q_ASSERT(index.size() == keys.size() && pass.size() == size_t(keys.size()));
    std::vector<quint8> found(pass.size());
    for (const Word &word : m_words) {
        std::fill(found.begin(), found.end(), quint8(0));
        index.markTextMatches(word.text, found);
        const bool powers = word.namesOperations || !word.resources.isEmpty();
        for (size_t row = 0; row < pass.size(); ++row) {
            if (pass[row] && !found[row])
                pass[row] = powers && hasPowerOf(keys.at(qsizetype(row)), word);
        }
    }
}

MatchReason KeyMatcher::explain(const AccessKey &key) const
{
    MatchReason reason;
    reason.keyId = key.key;
    reason.query = m_query;
    for (const Word &word : m_words) {
        const qsizetype before = reason.matches.size();
        const auto add = [&](KeyMatch::Kind kind, const QString &subject, const QString &tag = {},
                             const QString &name = {}) {
            const QString &whole = name.isEmpty() ? subject : name;
            reason.matches.append({word.text, kind, subject, tag,
                whole.compare(word.text, Qt::CaseInsensitive) == 0});
        };
        if (containsLower(key.name, word.text))
            add(KeyMatch::Kind::Name, key.name);
        if (containsLower(key.key, word.text))
            add(KeyMatch::Kind::KeyId, key.key);
        for (const QString &tag : key.tags) {
            if (containsLower(tag, word.text))
                add(KeyMatch::Kind::Tag, tag);
        }
        for (const QString &operation : key.operations) {
            if (!containsLower(operation, word.text))
                continue;
            const QStringList covering = m_catalog.tagsCovering(operation, key.tags);
            add(KeyMatch::Kind::Operation, operation, covering.value(0));
        }
        for (const AccessKeyResource &resource : key.resources) {
            if (containsLower(resource.name(), word.text))
                add(KeyMatch::Kind::Resource, resource.toString(), {}, resource.name());
        }
        if (word.namesOperations && key.type == AccessKey::Type::Unrestricted)
            add(KeyMatch::Kind::Unrestricted, {});
        if (reachesResources(key, word)) {
            for (const AccessKeyResource &resource : word.resources)
                add(KeyMatch::Kind::AnyResource, resource.toString());
        }
        if (reason.matches.size() == before)
            return {}; // this word does not match: neither does the key
    }
    return reason;
}

} // namespace Keyport
