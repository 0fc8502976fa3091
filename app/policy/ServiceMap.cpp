// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceMap.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

std::optional<ServiceMap> failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

const ServiceMap &ServiceMap::builtIn()
{
    static const ServiceMap map = [] {
        QString error;
        auto loaded = load(builtInPath(), &error);
        // The file is compiled in and checked by the tests: failing here is a build error.
        if (!loaded)
            qFatal("The built-in service map is broken: %s", qPrintable(error));
        return *loaded;
    }();
    return map;
}

QString ServiceMap::builtInPath()
{
    return u":/keyport/policy/iam-v3-services.json"_s;
}

std::optional<ServiceMap> ServiceMap::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(error,
            QCoreApplication::translate("Keyport::ServiceMap", "Cannot read %1: %2")
                .arg(path, file.errorString()));
    // The real file is about 10 kB; anything huge is not a service map.
    constexpr qint64 limit = 16 * 1024 * 1024;
    if (file.size() > limit)
        return failure(error,
            QCoreApplication::translate(
                "Keyport::ServiceMap", "%1 is too large to be a service map")
                .arg(path));
    QString detail;
    // Read what the file holds: asking read() for the limit allocates all of it first.
    auto map = fromJson(file.isSequential() ? file.read(limit) : file.readAll(), &detail);
    if (!map)
        return failure(
            error, QCoreApplication::translate("Keyport::ServiceMap", "%1: %2").arg(path, detail));
    return map;
}

std::optional<ServiceMap> ServiceMap::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(error,
            QCoreApplication::translate("Keyport::ServiceMap", "not JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    const QJsonValue services = document.object().value("services"_L1);
    if (!services.isObject())
        return failure(error,
            QCoreApplication::translate(
                "Keyport::ServiceMap", "\"services\" must be an object of service classes"));
    ServiceMap map;
    map.m_note = document.object().value("note"_L1).toString();
    const QJsonObject classes = services.toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it) {
        if (!it.value().isArray())
            return failure(error,
                QCoreApplication::translate(
                    "Keyport::ServiceMap", "services.%1 must be a list of operations")
                    .arg(it.key()));
        QStringList &operations = map.m_operations[it.key()];
        for (const QJsonValue &operation : it.value().toArray()) {
            const QString name = operation.toString();
            if (name.isEmpty())
                return failure(error,
                    QCoreApplication::translate("Keyport::ServiceMap",
                        "services.%1 holds something that is not an operation name")
                        .arg(it.key()));
            const auto known = map.m_serviceOf.constFind(name);
            if (known != map.m_serviceOf.constEnd() && *known != it.key())
                return failure(error,
                    QCoreApplication::translate(
                        "Keyport::ServiceMap", "the operation %1 is listed under both %2 and %3")
                        .arg(name, *known, it.key()));
            map.m_serviceOf.insert(name, it.key());
            operations.append(name);
        }
        operations.sort();
        operations.removeDuplicates();
    }
    return map;
}

QStringList ServiceMap::services() const
{
    QStringList result = m_operations.keys();
    result.sort();
    return result;
}

QStringList ServiceMap::operations() const
{
    QStringList result = m_serviceOf.keys();
    result.sort();
    return result;
}

} // namespace Keyport
