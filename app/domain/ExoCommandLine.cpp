// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExoCommandLine.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Keyport {

QString ExoCommandLine::quoted(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString escaped = word;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString ExoCommandLine::forDraft(const KeyDraft &draft)
{
    QStringList words{QStringLiteral("exo"), QStringLiteral("iam"), QStringLiteral("access-key"),
        QStringLiteral("create"), quoted(draft.name)};
    if (draft.isRestricted()) {
        for (const QString &operation : draft.operations)
            words << QStringLiteral("--operation") << quoted(operation);
        for (const QString &tag : draft.tags)
            words << QStringLiteral("--tag") << quoted(tag);
        for (const AccessKeyResource &resource : draft.resources)
            words << QStringLiteral("--resource") << quoted(resource.toString());
    }
    return words.join(u' ');
}

namespace {

/// The flags role create and role update share, in the order `exo iam role --help` lists them.
void appendRoleFlags(QStringList *words, const std::optional<QString> &description,
    const QStringList &permissions, const QMap<QString, QString> &labels)
{
    if (description)
        *words << QStringLiteral("--description") << ExoCommandLine::quoted(*description);
    // A string slice for the exo CLI: one flag, values separated by commas.
    if (!permissions.isEmpty())
        *words << QStringLiteral("--permissions") << ExoCommandLine::quoted(permissions.join(u','));
    for (auto it = labels.begin(); it != labels.end(); ++it)
        *words << QStringLiteral("--label") << ExoCommandLine::quoted(it.key() + u'=' + it.value());
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString ExoCommandLine::forRoleCreate(const IamRoleDraft &draft)
{
    QStringList words{QStringLiteral("exo"), QStringLiteral("iam"), QStringLiteral("role"),
        QStringLiteral("create"), quoted(draft.name)};
    appendRoleFlags(&words, draft.description, draft.permissions, draft.labels);
    if (!draft.editable)
        words << QStringLiteral("--editable=false");
    words << QStringLiteral("--policy") << quoted(compactJson(draft.policy.toJson()));
    return words.join(u' ');
}

QString ExoCommandLine::forRoleUpdate(const IamRole &role)
{
    QStringList words{QStringLiteral("exo"), QStringLiteral("iam"), QStringLiteral("role"),
        QStringLiteral("update"), quoted(role.name)};
    appendRoleFlags(
        &words, role.description, role.permissions, role.labels.value_or(QMap<QString, QString>()));
    if (role.policy)
        words << QStringLiteral("--policy") << quoted(compactJson(role.policy->toJson()));
    return words.join(u' ');
}

QString ExoCommandLine::forApiKey(const QString &name, const QString &role)
{
    return QStringList{QStringLiteral("exo"), QStringLiteral("iam"), QStringLiteral("api-key"),
        QStringLiteral("create"), quoted(name), quoted(role)}
        .join(u' ');
}

QString ExoCommandLine::forOrganizationPolicyUpdate(const IamPolicy &policy)
{
    const QStringList words{QStringLiteral("exo"), QStringLiteral("iam"),
        QStringLiteral("org-policy"), QStringLiteral("update"),
        quoted(compactJson(policy.toJson()))};
    return words.join(u' ');
}

} // namespace Keyport
