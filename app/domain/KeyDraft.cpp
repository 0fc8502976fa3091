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

} // namespace Keyport
