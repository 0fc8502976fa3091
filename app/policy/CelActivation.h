// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelValue.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

class QJsonObject;

namespace Keyport::Cel {

/// The bindings of one evaluation: names to values. A handful of names, looked up linearly.
class Activation
{
public:
    /// Binds (or rebinds) @p name.
    void bind(const QString &name, Value value);
    const Value *find(QStringView name) const;
    QList<QString> names() const;

    /// Binds every member of @p context (Value::fromJson); a member named `now` given as an
    /// RFC 3339 string becomes a timestamp (an error value when it does not parse).
    static Activation fromJson(const QJsonObject &context);

private:
    QList<std::pair<QString, Value>> m_bindings;
};

} // namespace Keyport::Cel
