// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamLimits.h"

#include <QSet>

namespace Keyport {

using namespace Qt::StringLiterals;

QStringList IamLimits::knownPermissions()
{
    return {u"bypass-governance-retention"_s, u"reset-iam-organization-policy"_s};
}

qsizetype IamLimits::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one code point; a lone surrogate still counts as one character.
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool IamLimits::isUuid(QStringView text)
{
    // 8-4-4-4-12
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

QString IamLimits::join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

void IamLimits::checkLength(
    const QString &text, int maximum, const QString &path, PolicyProblems *problems)
{
    const qsizetype count = characterCount(text);
    if (count == 0)
        problems->append({path, tr("must not be empty")});
    else if (count > maximum)
        problems->append(
            {path, tr("has %1 characters; at most %n are allowed", nullptr, maximum).arg(count)});
}

void IamLimits::checkRoleId(const QString &id, const QString &path, PolicyProblems *problems)
{
    if (id.isEmpty())
        problems->append({path, tr("is missing")});
    else if (!isUuid(id))
        problems->append({path, tr("\"%1\" is not a role id (a UUID)").arg(id)});
}

void IamLimits::checkPermissions(
    const QStringList &permissions, const QString &path, PolicyProblems *problems)
{
    const QStringList known = knownPermissions();
    QSet<QString> seen;
    for (qsizetype i = 0; i < permissions.size(); ++i) {
        const QString &permission = permissions.at(i);
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        if (!known.contains(permission)) {
            problems->append({itemPath,
                tr("\"%1\" is not a permission; the permissions are %2")
                    .arg(permission, known.join(u", "_s))});
        } else if (seen.contains(permission)) {
            problems->append({itemPath, tr("\"%1\" is listed twice").arg(permission)});
        }
        seen.insert(permission);
    }
}

void IamLimits::checkMaxSessionTtl(
    std::optional<qint64> ttl, const QString &path, PolicyProblems *problems)
{
    if (ttl && *ttl <= 0)
        problems->append({path, tr("must be a number of seconds greater than zero")});
}

void IamLimits::checkLabels(
    const QMap<QString, QString> &labels, const QString &path, PolicyProblems *problems)
{
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().isEmpty())
            problems->append({path, tr("a label needs a name")});
    }
}

void IamLimits::checkPolicy(const IamPolicy &policy, const QString &path, PolicyProblems *problems)
{
    IamPolicy::fromJson(policy.toJson(), problems, path);
}

} // namespace Keyport
