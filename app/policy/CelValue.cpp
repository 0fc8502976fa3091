// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelValue.h"

#include "CelMap.h"
#include "CelTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace Keyport::Cel {

namespace {

const QList<Value> &emptyList()
{
    static const QList<Value> list;
    return list;
}

const Map &emptyMap()
{
    static const Map map;
    return map;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray doubleText(double d)
{
    if (std::isnan(d))
        return "\"NaN\"";
    if (std::isinf(d))
        return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    QByteArray text = Value::doubleToString(d).toLatin1();
    // Keeps a double recognisable as one: 2.0, not 2.
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    return text;
}

void appendJson(QByteArray &out, const Value &value);

void appendMapKey(QByteArray &out, const Value &key)
{
    if (key.kind() == Value::Kind::String) {
        appendJsonString(out, key.toString());
    } else {
        out += '"';
        out += key.toJsonText();
        out += '"';
    }
}

void appendJson(QByteArray &out, const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::List: {
        out += '[';
        bool first = true;
        for (const Value &item : value.toList()) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, item);
        }
        out += ']';
        break;
    }
    case Value::Kind::Map: {
        out += '{';
        bool first = true;
        for (const auto &[key, item] : value.toMap().entries()) {
            if (!first)
                out += ',';
            first = false;
            appendMapKey(out, key);
            out += ':';
            appendJson(out, item);
        }
        out += '}';
        break;
    }
    default:
        out += value.toJsonText();
    }
}

bool isNumber(Value::Kind kind)
{
    return kind == Value::Kind::Int || kind == Value::Kind::Uint || kind == Value::Kind::Double;
}

} // namespace

Value::Value() = default;

Value Value::fromBool(bool value)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_scalar.b = value;
    return v;
}

Value Value::fromInt(qint64 value)
{
    Value v;
    v.m_kind = Kind::Int;
    v.m_scalar.i = value;
    return v;
}

Value Value::fromUint(quint64 value)
{
    Value v;
    v.m_kind = Kind::Uint;
    v.m_scalar.u = value;
    return v;
}

Value Value::fromDouble(double value)
{
    Value v;
    v.m_kind = Kind::Double;
    v.m_scalar.d = value;
    return v;
}

Value Value::fromString(QString value)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_string = std::move(value);
    return v;
}

Value Value::fromBytes(QByteArray value)
{
    Value v;
    v.m_kind = Kind::Bytes;
    v.m_bytes = std::move(value);
    return v;
}

Value Value::fromList(QList<Value> values)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_list = std::make_shared<const QList<Value>>(std::move(values));
    return v;
}

Value Value::fromMap(Map map)
{
    Value v;
    v.m_kind = Kind::Map;
    v.m_map = std::make_shared<const Map>(std::move(map));
    return v;
}

Value Value::fromTimestamp(qint64 seconds, qint32 nanos)
{
    if (nanos < 0 || nanos > 999999999)
        return error(QCoreApplication::translate(
            "Keyport::Cel::Value", "timestamp nanoseconds out of range"));
    if (seconds < minTimestampSeconds || seconds > maxTimestampSeconds)
        return error(QCoreApplication::translate("Keyport::Cel::Value", "timestamp out of range"));
    Value v;
    v.m_kind = Kind::Timestamp;
    v.m_scalar.i = seconds;
    v.m_small = nanos;
    return v;
}

Value Value::fromTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return error(QCoreApplication::translate("Keyport::Cel::Value", "invalid timestamp"));
    const qint64 msecs = dateTime.toMSecsSinceEpoch();
    qint64 seconds = msecs / 1000;
    qint64 millis = msecs % 1000;
    if (millis < 0) {
        millis += 1000;
        --seconds;
    }
    return fromTimestamp(seconds, qint32(millis * 1000000));
}

Value Value::fromDuration(qint64 seconds, qint32 nanos)
{
    if (nanos <= -1000000000 || nanos >= 1000000000 || (seconds > 0 && nanos < 0)
        || (seconds < 0 && nanos > 0))
        return error(QCoreApplication::translate(
            "Keyport::Cel::Value", "duration nanoseconds out of range"));
    if (seconds < -maxDurationSeconds || seconds > maxDurationSeconds)
        return error(QCoreApplication::translate("Keyport::Cel::Value", "duration out of range"));
    Value v;
    v.m_kind = Kind::Duration;
    v.m_scalar.i = seconds;
    v.m_small = nanos;
    return v;
}

Value Value::fromType(QString typeName)
{
    Value v;
    v.m_kind = Kind::Type;
    v.m_string = std::move(typeName);
    return v;
}

Value Value::error(QString message, int column)
{
    Value v;
    v.m_kind = Kind::Error;
    v.m_string = std::move(message);
    v.m_small = column;
    return v;
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value();
    case QJsonValue::Bool:
        return fromBool(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        // QJsonValue keeps integers exactly up to 2^63 - 1 (toInteger), doubles beyond.
        const qint64 asInteger = json.toInteger(std::numeric_limits<qint64>::min());
        if (asInteger != std::numeric_limits<qint64>::min() || d == -9223372036854775808.0)
            return fromInt(json.toInteger());
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.2e18)
            return fromInt(qint64(d));
        return fromDouble(d);
    }
    case QJsonValue::String:
        return fromString(json.toString());
    case QJsonValue::Array: {
        QList<Value> values;
        const QJsonArray array = json.toArray();
        values.reserve(array.size());
        for (const QJsonValue &item : array)
            values.append(fromJson(item));
        return fromList(std::move(values));
    }
    case QJsonValue::Object: {
        Map map;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insertOrAssign(it.key(), fromJson(it.value()));
        return fromMap(std::move(map));
    }
    }
    return Value();
}

bool Value::toBool() const
{
    return m_kind == Kind::Bool && m_scalar.b;
}

qint64 Value::toInt() const
{
    return m_kind == Kind::Int ? m_scalar.i : 0;
}

quint64 Value::toUint() const
{
    return m_kind == Kind::Uint ? m_scalar.u : 0;
}

double Value::toDouble() const
{
    return m_kind == Kind::Double ? m_scalar.d : 0.0;
}

QString Value::toString() const
{
    return m_kind == Kind::String || m_kind == Kind::Type ? m_string : QString();
}

QByteArray Value::toBytes() const
{
    return m_kind == Kind::Bytes ? m_bytes : QByteArray();
}

const QList<Value> &Value::toList() const
{
    return m_kind == Kind::List && m_list ? *m_list : emptyList();
}

const Map &Value::toMap() const
{
    return m_kind == Kind::Map && m_map ? *m_map : emptyMap();
}

qint64 Value::seconds() const
{
    return m_kind == Kind::Timestamp || m_kind == Kind::Duration ? m_scalar.i : 0;
}

qint32 Value::nanos() const
{
    return m_kind == Kind::Timestamp || m_kind == Kind::Duration ? m_small : 0;
}

QDateTime Value::toDateTime() const
{
    if (m_kind != Kind::Timestamp)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_scalar.i * 1000 + m_small / 1000000, Qt::UTC);
}

QString Value::errorMessage() const
{
    return m_kind == Kind::Error ? m_string : QString();
}

int Value::errorColumn() const
{
    return m_kind == Kind::Error ? m_small : 0;
}

Value Value::withColumn(int column) const
{
    if (m_kind != Kind::Error || m_small != 0)
        return *this;
    Value v = *this;
    v.m_small = column;
    return v;
}

QByteArray Value::toJsonText() const
{
    switch (m_kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return m_scalar.b ? "true" : "false";
    case Kind::Int:
        return QByteArray::number(m_scalar.i);
    case Kind::Uint:
        return QByteArray::number(m_scalar.u);
    case Kind::Double:
        return doubleText(m_scalar.d);
    case Kind::String:
    case Kind::Type: {
        QByteArray out;
        appendJsonString(out, m_string);
        return out;
    }
    case Kind::Bytes:
        return '"' + m_bytes.toBase64() + '"';
    case Kind::List:
    case Kind::Map: {
        QByteArray out;
        appendJson(out, *this);
        return out;
    }
    case Kind::Timestamp:
        return '"' + Time::formatTimestamp(m_scalar.i, m_small) + '"';
    case Kind::Duration:
        return '"' + Time::formatDuration(m_scalar.i, m_small) + '"';
    case Kind::Error: {
        QByteArray out = "{\"error\":";
        appendJsonString(out, m_string);
        out += '}';
        return out;
    }
    }
    return "null";
}

QString Value::doubleToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0") : QStringLiteral("0");
    // The shortest digits that read back as d, laid out as ECMAScript does: positional for
    // decimal exponents from -6 to 20, scientific beyond.
    const QByteArray scientific = QByteArray::number(d, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf('e');
    const int exponent = scientific.mid(e + 1).toInt();
    if (exponent < -6 || exponent >= 21)
        return QString::fromLatin1(scientific);
    const bool negative = scientific.startsWith('-');
    QByteArray digits = scientific.left(e).mid(negative ? 1 : 0);
    digits.replace(".", "");
    QByteArray text;
    if (exponent < 0) {
        text = "0." + QByteArray(-exponent - 1, '0') + digits;
    } else if (digits.size() <= exponent + 1) {
        text = digits + QByteArray(exponent + 1 - digits.size(), '0');
    } else {
        text = digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
    }
    return QString::fromLatin1(negative ? '-' + text : text);
}

QString Value::typeName() const
{
    return typeName(m_kind);
}

QString Value::typeName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null_type");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Uint:
        return QStringLiteral("uint");
    case Kind::Double:
        return QStringLiteral("double");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Map:
        return QStringLiteral("map");
    case Kind::Timestamp:
        return QStringLiteral("google.protobuf.Timestamp");
    case Kind::Duration:
        return QStringLiteral("google.protobuf.Duration");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

namespace {

template <typename Integer>
int compareIntegerWithDouble(Integer value, double d, double lowest, double beyond)
{
    if (d >= beyond)
        return -1;
    if (d < lowest)
        return 1;
    const double whole = std::trunc(d);
    const Integer integral = static_cast<Integer>(whole);
    if (value != integral)
        return value < integral ? -1 : 1;
    return d > whole ? -1 : d < whole ? 1 : 0;
}

int compareSigned(qint64 i, const Value &other)
{
    if (other.kind() == Value::Kind::Int)
        return i < other.toInt() ? -1 : i > other.toInt() ? 1 : 0;
    if (other.kind() == Value::Kind::Uint) {
        if (i < 0)
            return -1;
        return quint64(i) < other.toUint() ? -1 : quint64(i) > other.toUint() ? 1 : 0;
    }
    return compareIntegerWithDouble<qint64>(
        i, other.toDouble(), -9223372036854775808.0, 9223372036854775808.0);
}

int compareUnsigned(quint64 u, const Value &other)
{
    if (other.kind() == Value::Kind::Int)
        return -compareSigned(other.toInt(), Value::fromUint(u));
    if (other.kind() == Value::Kind::Uint)
        return u < other.toUint() ? -1 : u > other.toUint() ? 1 : 0;
    return compareIntegerWithDouble<quint64>(u, other.toDouble(), 0.0, 18446744073709551616.0);
}

} // namespace

std::optional<int> Value::compareNumbers(const Value &a, const Value &b)
{
    if ((a.m_kind == Kind::Double && std::isnan(a.m_scalar.d))
        || (b.m_kind == Kind::Double && std::isnan(b.m_scalar.d)))
        return std::nullopt;
    switch (a.m_kind) {
    case Kind::Int:
        return compareSigned(a.m_scalar.i, b);
    case Kind::Uint:
        return compareUnsigned(a.m_scalar.u, b);
    case Kind::Double:
        if (b.m_kind == Kind::Double)
            return a.m_scalar.d < b.m_scalar.d ? -1 : a.m_scalar.d > b.m_scalar.d ? 1 : 0;
        return b.m_kind == Kind::Int ? -compareSigned(b.m_scalar.i, a)
                                     : -compareUnsigned(b.m_scalar.u, a);
    default:
        return std::nullopt;
    }
}

Value Value::equals(const Value &a, const Value &b)
{
    if (a.isError())
        return a;
    if (b.isError())
        return b;
    if (isNumber(a.m_kind) && isNumber(b.m_kind))
        return fromBool(compareNumbers(a, b) == 0);
    if (a.m_kind != b.m_kind)
        return fromBool(false);
    switch (a.m_kind) {
    case Kind::Null:
        return fromBool(true);
    case Kind::Bool:
        return fromBool(a.m_scalar.b == b.m_scalar.b);
    case Kind::String:
    case Kind::Type:
        return fromBool(a.m_string == b.m_string);
    case Kind::Bytes:
        return fromBool(a.m_bytes == b.m_bytes);
    case Kind::Timestamp:
    case Kind::Duration:
        return fromBool(a.m_scalar.i == b.m_scalar.i && a.m_small == b.m_small);
    case Kind::List: {
        const QList<Value> &la = a.toList();
        const QList<Value> &lb = b.toList();
        if (la.size() != lb.size())
            return fromBool(false);
        Value firstError;
        for (qsizetype i = 0; i < la.size(); ++i) {
            const Value eq = equals(la.at(i), lb.at(i));
            if (eq.isError()) {
                if (!firstError.isError())
                    firstError = eq;
            } else if (!eq.toBool()) {
                return fromBool(false);
            }
        }
        return firstError.isError() ? firstError : fromBool(true);
    }
    case Kind::Map: {
        const Map &ma = a.toMap();
        const Map &mb = b.toMap();
        if (ma.size() != mb.size())
            return fromBool(false);
        Value firstError;
        for (const auto &[key, value] : ma.entries()) {
            const Value *other = mb.find(key);
            if (!other)
                return fromBool(false);
            const Value eq = equals(value, *other);
            if (eq.isError()) {
                if (!firstError.isError())
                    firstError = eq;
            } else if (!eq.toBool()) {
                return fromBool(false);
            }
        }
        return firstError.isError() ? firstError : fromBool(true);
    }
    default:
        return fromBool(false);
    }
}

bool Value::isIdentical(const Value &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::Double)
        return (std::isnan(m_scalar.d) && std::isnan(other.m_scalar.d))
            || m_scalar.d == other.m_scalar.d;
    if (m_kind == Kind::Error)
        return m_string == other.m_string;
    if (m_kind == Kind::List) {
        const QList<Value> &la = toList();
        const QList<Value> &lb = other.toList();
        if (la.size() != lb.size())
            return false;
        for (qsizetype i = 0; i < la.size(); ++i) {
            if (!la.at(i).isIdentical(lb.at(i)))
                return false;
        }
        return true;
    }
    if (m_kind == Kind::Map) {
        const Map &ma = toMap();
        const Map &mb = other.toMap();
        if (ma.size() != mb.size())
            return false;
        for (qsizetype i = 0; i < ma.size(); ++i) {
            if (!ma.entries().at(i).first.isIdentical(mb.entries().at(i).first)
                || !ma.entries().at(i).second.isIdentical(mb.entries().at(i).second))
                return false;
        }
        return true;
    }
    return equals(*this, other).toBool();
}

} // namespace Keyport::Cel
