// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExoCommandLine.h"

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

QString ExoCommandLine::forApiKey(const QString &name, const QString &role)
{
    return QStringList{QStringLiteral("exo"), QStringLiteral("iam"), QStringLiteral("api-key"),
        QStringLiteral("create"), quoted(name), quoted(role)}
        .join(u' ');
}

} // namespace Keyport
