// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDraft.h"

namespace Keyport {

Error KeyDraft::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::invalidInput(tr("The key needs a name."));
    if (name.size() > maximumNameLength) {
        return Error::invalidInput(
            tr("A key name has at most %n characters.", nullptr, maximumNameLength));
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidInput(tr("A key name cannot contain control characters."));
    }
    if (name != name.trimmed())
        return Error::invalidInput(tr("A key name cannot start or end with a space."));
    return {};
}

QList<KeyDraft::Problem> KeyDraft::problems(const Catalog &catalog) const
{
    QList<Problem> result;
    if (const Error error = validateName(name))
        result.append({Field::Name, error.message()});
    if (kind == Kind::Unrestricted)
        return result;

    if (!hasRestrictions()) {
        result.append({Field::Restrictions,
            tr("A restricted key needs at least one operation, tag or resource; "
               "without any it would be unrestricted.")});
    }
    if (!catalog.isEmpty()) {
        for (const QString &tag : tags) {
            if (!catalog.containsTag(tag))
                result.append({Field::Tags, tr("There is no operation tag \"%1\".").arg(tag)});
        }
        for (const QString &operation : operations) {
            if (!catalog.containsOperation(operation))
                result.append(
                    {Field::Operations, tr("There is no operation \"%1\".").arg(operation)});
        }
    }
    for (const AccessKeyResource &resource : resources) {
        if (const Error error = resource.validate())
            result.append({Field::Resources, error.message()});
    }
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (resources.indexOf(resources.at(i)) != i) {
            result.append({Field::Resources,
                tr("The resource %1 is listed twice.").arg(resources.at(i).toString())});
        }
    }
    return result;
}

KeyDraft KeyDraft::fromKey(const AccessKey &key, const Catalog &catalog)
{
    KeyDraft draft;
    draft.name = key.name + QStringLiteral("-copy");
    draft.templateKeyId = key.key;
    draft.templateKeyName = key.name;
    if (key.type == AccessKey::Type::Unrestricted) {
        draft.kind = Kind::Unrestricted;
        return draft;
    }
    draft.kind = Kind::Restricted;
    draft.tags = key.tags;
    for (const QString &operation : key.operations) {
        if (catalog.tagsCovering(operation, key.tags).isEmpty()
            && !draft.operations.contains(operation))
            draft.operations.append(operation);
    }
    draft.resources = key.resources;
    return draft;
}

QStringList KeyDraft::differences(const KeyDraft &from, const KeyDraft &to)
{
    QStringList lines;
    if (from.name != to.name)
        lines.append(tr("Name: %1 → %2").arg(from.name, to.name));
    if (from.kind != to.kind) {
        lines.append(to.isRestricted() ? tr("Restricted instead of unrestricted")
                                       : tr("Unrestricted instead of restricted"));
    }
    const auto compare = [&lines](const QStringList &before, const QStringList &after,
                             const QString &added, const QString &removed) {
        for (const QString &item : after) {
            if (!before.contains(item))
                lines.append(added.arg(item));
        }
        for (const QString &item : before) {
            if (!after.contains(item))
                lines.append(removed.arg(item));
        }
    };
    const bool bothRestricted = from.isRestricted() && to.isRestricted();
    if (bothRestricted) {
        compare(from.tags, to.tags, tr("+ tag %1"), tr("− tag %1"));
        compare(from.operations, to.operations, tr("+ operation %1"), tr("− operation %1"));
        QStringList before, after;
        for (const AccessKeyResource &resource : from.resources)
            before.append(resource.toString());
        for (const AccessKeyResource &resource : to.resources)
            after.append(resource.toString());
        compare(before, after, tr("+ resource %1"), tr("− resource %1"));
    }
    return lines;
}

} // namespace Keyport
