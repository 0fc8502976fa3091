// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keyport {

/// Which IAM v3 service class each operation belongs to (IAM-V3.md §5). No Exoscale endpoint or
/// document says: the map is a reconstruction (iam-v3-services.json), and the UI labels it so.
/// Keyport ships a copy; a file given at run time replaces it.
class ServiceMap
{
public:
    /// Empty: every operation's class is unknown.
    ServiceMap() = default;

    /// The copy built into Keyport.
    static const ServiceMap &builtIn();
    static QString builtInPath();
    /// Reads a file shaped like iam-v3-services.json: {"note"?, "services": {class: [operation…]}}.
    /// Empty, with @p error set (translated), when it cannot; an operation listed under two
    /// classes is an error.
    static std::optional<ServiceMap> load(const QString &path, QString *error);
    static std::optional<ServiceMap> fromJson(const QByteArray &json, QString *error);

    /// The class of @p operation; empty when the map does not know it.
    QString serviceOf(const QString &operation) const { return m_serviceOf.value(operation); }
    bool knowsOperation(const QString &operation) const { return m_serviceOf.contains(operation); }
    bool knowsService(const QString &service) const { return m_operations.contains(service); }
    /// The service classes, sorted.
    QStringList services() const;
    /// Every known operation, sorted.
    QStringList operations() const;
    QStringList operationsOf(const QString &service) const { return m_operations.value(service); }
    /// What the file says about itself (the built-in one: that it is a reconstruction).
    QString note() const { return m_note; }

private:
    QHash<QString, QString> m_serviceOf;
    QHash<QString, QStringList> m_operations;
    QString m_note;
};

} // namespace Keyport
