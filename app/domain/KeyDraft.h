// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessKey.h"
#include "Catalog.h"
#include "Error.h"

#include <QCoreApplication>

namespace Keyport {

/// What a person asks for when creating an access key: edited by the wizard, checked here,
/// turned into a create-access-key request by ApiJson.
class KeyDraft
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::KeyDraft)

public:
    enum class Kind { Restricted, Unrestricted };
    enum class Field { Name, Restrictions, Operations, Tags, Resources };

    struct Problem
    {
        Field field;
        QString message;
    };

    QString name;
    Kind kind = Kind::Restricted;
    QStringList tags;
    QStringList operations; ///< Operations picked alone, beside those the tags bring.
    AccessKeyResources resources;
    /// Set when the draft was made from an existing key ("Use as Template").
    QString templateKeyId;
    QString templateKeyName;

    bool isRestricted() const { return kind == Kind::Restricted; }
    bool hasRestrictions() const
    {
        return !tags.isEmpty() || !operations.isEmpty() || !resources.isEmpty();
    }

    /// Everything that stops this draft from being sent. With an empty catalog, names of
    /// operations and tags are not checked (the server will).
    QList<Problem> problems(const Catalog &catalog) const;
    bool isValid(const Catalog &catalog) const { return problems(catalog).isEmpty(); }

    /// The name rules, kept in one place: 1-255 characters, not blank, no control characters.
    static Error validateName(const QString &name);
    static constexpr int maximumNameLength = 255;

    /// A draft that grants what @p key grants, the way the key was made: its tags stay tags, its
    /// operations that none of its tags covers stay loose, its resources are kept. (Reading a
    /// key back returns the tags' operations too; copying them would turn each tag into dozens
    /// of loose operations.) The name becomes "<name>-copy".
    static KeyDraft fromKey(const AccessKey &key, const Catalog &catalog);

    /// What @p to changes from @p from, one line each ("+ tag sks", "− operation ping", …).
    static QStringList differences(const KeyDraft &from, const KeyDraft &to);

    friend bool operator==(const KeyDraft &, const KeyDraft &) = default;
};

} // namespace Keyport
