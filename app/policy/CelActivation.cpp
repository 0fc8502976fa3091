// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelActivation.h"

#include "CelTime.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Keyport::Cel {

void Activation::bind(const QString &name, Value value)
{
    for (auto &binding : m_bindings) {
        if (binding.first == name) {
            binding.second = std::move(value);
            return;
        }
    }
    m_bindings.append({name, std::move(value)});
}

const Value *Activation::find(QStringView name) const
{
    for (const auto &binding : m_bindings) {
        if (binding.first == name)
            return &binding.second;
    }
    return nullptr;
}

QList<QString> Activation::names() const
{
    QList<QString> result;
    result.reserve(m_bindings.size());
    for (const auto &binding : m_bindings)
        result.append(binding.first);
    return result;
}

Activation Activation::fromJson(const QJsonObject &context)
{
    Activation activation;
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (it.key() == u"now" && it.value().isString()) {
            const auto parsed = Time::parseTimestamp(it.value().toString());
            activation.bind(it.key(),
                parsed ? Value::fromTimestamp(parsed->first, parsed->second)
                       : Value::error(QCoreApplication::translate(
                           "Keyport::Cel::Activation", "invalid timestamp for 'now'")));
        } else {
            activation.bind(it.key(), Value::fromJson(it.value()));
        }
    }
    return activation;
}

} // namespace Keyport::Cel
