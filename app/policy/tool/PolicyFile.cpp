// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyFile.h"

#include "policy/PolicyLinter.h"
#include "policy/ServiceMap.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Keyport::PolicyFile {

using namespace Qt::StringLiterals;

namespace {

// A policy is a few kilobytes; a file much larger than any policy is refused before reading.
constexpr qint64 maximumSize = 16 * 1024 * 1024;

} // namespace

std::optional<QJsonValue> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("keyport-policy", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maximumSize) {
        *error = QCoreApplication::translate("keyport-policy", "%1 is too large to be a policy")
                     .arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    // Read what the file holds: asking read() for the maximum allocates all of it first.
    const QJsonDocument document = QJsonDocument::fromJson(
        file.isSequential() ? file.read(maximumSize) : file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("keyport-policy", "%1 is not JSON: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::optional<IamPolicy> readPolicy(const QString &path, QString *error)
{
    const auto json = readJson(path, error);
    if (!json)
        return std::nullopt;
    const QString where = PolicyLinter::policyPath(*json);
    PolicyProblems problems;
    auto policy = IamPolicy::fromJson(
        where.isEmpty() ? *json : json->toObject().value(where), &problems, where);
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("keyport-policy", "%1: %2")
                     .arg(path, problems.first().toString());
        return std::nullopt;
    }
    return policy;
}

std::optional<ServiceMap> readServiceMap(const QString &path, QString *error)
{
    if (path.isEmpty())
        return ServiceMap::builtIn();
    return ServiceMap::load(path, error);
}

} // namespace Keyport::PolicyFile
