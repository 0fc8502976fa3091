// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IamPolicy.h"
#include "PolicyProblem.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Keyport {

/// The limits IAM-V3.md §3 sets on API keys and roles, in one place. Each check appends what is
/// wrong to a list of problems, at the JSON path it is given.
class IamLimits
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::IamLimits)

public:
    static constexpr int maximumApiKeyNameLength = 255;
    static constexpr int maximumRoleNameLength = 191;
    static constexpr int maximumDescriptionLength = 255;

    /// The permissions a role may carry.
    static QStringList knownPermissions();

    /// Characters as Exoscale counts them: code points, so a character outside the BMP is one.
    static qsizetype characterCount(const QString &text);
    /// 8-4-4-4-12 hexadecimal digits, as role ids are.
    static bool isUuid(QStringView text);

    /// 1 to @p maximum characters.
    static void checkLength(
        const QString &text, int maximum, const QString &path, PolicyProblems *problems);
    static void checkRoleId(const QString &id, const QString &path, PolicyProblems *problems);
    /// Unique, each one known.
    static void checkPermissions(
        const QStringList &permissions, const QString &path, PolicyProblems *problems);
    static void checkMaxSessionTtl(
        std::optional<qint64> ttl, const QString &path, PolicyProblems *problems);
    static void checkLabels(
        const QMap<QString, QString> &labels, const QString &path, PolicyProblems *problems);
    /// What IamPolicy::fromJson finds wrong with @p policy as it would be sent.
    static void checkPolicy(const IamPolicy &policy, const QString &path, PolicyProblems *problems);

    /// "a.b" from @p path "a" and @p member "b"; @p member alone when @p path is empty.
    static QString join(const QString &path, const QString &member);
};

} // namespace Keyport
