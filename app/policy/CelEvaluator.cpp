// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelEvaluator.h"

#include "CelIpRange.h"
#include "CelMap.h"
#include "CelTime.h"

#include <QLocale>
#include <QStringDecoder>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace Keyport::Cel {

namespace {

using K = Value::Kind;

__extension__ typedef __int128 Int128;
constexpr qint64 nanosPerSecond = 1000000000LL;

QString opName(Node::Op op)
{
    switch (op) {
    case Node::Op::Eq:
        return QStringLiteral("==");
    case Node::Op::Ne:
        return QStringLiteral("!=");
    case Node::Op::Lt:
        return QStringLiteral("<");
    case Node::Op::Le:
        return QStringLiteral("<=");
    case Node::Op::Gt:
        return QStringLiteral(">");
    case Node::Op::Ge:
        return QStringLiteral(">=");
    case Node::Op::In:
        return QStringLiteral("in");
    case Node::Op::Add:
        return QStringLiteral("+");
    case Node::Op::Sub:
        return QStringLiteral("-");
    case Node::Op::Mul:
        return QStringLiteral("*");
    case Node::Op::Div:
        return QStringLiteral("/");
    case Node::Op::Mod:
        return QStringLiteral("%");
    }
    return {};
}

Value noOverload(const QString &function, std::initializer_list<const Value *> args, int column)
{
    QStringList types;
    for (const Value *arg : args)
        types.append(arg->typeName());
    return Value::error(Evaluator::tr("no such overload for '%1' applied to (%2)")
                            .arg(function, types.join(QStringLiteral(", "))),
        column);
}

Value overflow(int column)
{
    return Value::error(Evaluator::tr("integer overflow"), column);
}

/// Compares strings by code point (UTF-16 code unit order differs above U+D7FF).
int compareStrings(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        auto fix = [](char16_t c) -> int {
            return c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
        };
        return fix(x) < fix(y) ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

std::optional<int> compareValues(const Value &a, const Value &b)
{
    const K ka = a.kind();
    const K kb = b.kind();
    const bool na = ka == K::Int || ka == K::Uint || ka == K::Double;
    const bool nb = kb == K::Int || kb == K::Uint || kb == K::Double;
    if (na && nb)
        return Value::compareNumbers(a, b).value_or(2); // 2: NaN, every ordering false
    if (ka != kb)
        return std::nullopt;
    switch (ka) {
    case K::Bool:
        return int(a.toBool()) - int(b.toBool());
    case K::String:
        return compareStrings(a.toString(), b.toString());
    case K::Bytes: {
        const int c = a.toBytes().compare(b.toBytes());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case K::Timestamp:
    case K::Duration:
        if (a.seconds() != b.seconds())
            return a.seconds() < b.seconds() ? -1 : 1;
        return a.nanos() < b.nanos() ? -1 : a.nanos() > b.nanos() ? 1 : 0;
    default:
        return std::nullopt;
    }
}

Int128 totalNanos(const Value &v)
{
    return Int128(v.seconds()) * nanosPerSecond + v.nanos();
}

Value timestampFromNanos(Int128 total, int column)
{
    Int128 seconds = total / nanosPerSecond;
    Int128 nanos = total % nanosPerSecond;
    if (nanos < 0) {
        nanos += nanosPerSecond;
        --seconds;
    }
    if (seconds < Value::minTimestampSeconds || seconds > Value::maxTimestampSeconds)
        return Value::error(Evaluator::tr("timestamp out of range"), column);
    return Value::fromTimestamp(qint64(seconds), qint32(nanos));
}

Value durationFromNanos(Int128 total, int column)
{
    const Int128 seconds = total / nanosPerSecond;
    if (seconds < -Value::maxDurationSeconds || seconds > Value::maxDurationSeconds)
        return Value::error(Evaluator::tr("duration out of range"), column);
    return Value::fromDuration(qint64(seconds), qint32(total % nanosPerSecond));
}

Value arithmetic(Node::Op op, const Value &a, const Value &b, int column)
{
    const K ka = a.kind();
    const K kb = b.kind();
    if (ka == K::Int && kb == K::Int) {
        const qint64 x = a.toInt();
        const qint64 y = b.toInt();
        qint64 r = 0;
        switch (op) {
        case Node::Op::Add:
            if (__builtin_add_overflow(x, y, &r))
                return overflow(column);
            return Value::fromInt(r);
        case Node::Op::Sub:
            if (__builtin_sub_overflow(x, y, &r))
                return overflow(column);
            return Value::fromInt(r);
        case Node::Op::Mul:
            if (__builtin_mul_overflow(x, y, &r))
                return overflow(column);
            return Value::fromInt(r);
        case Node::Op::Div:
            if (y == 0)
                return Value::error(Evaluator::tr("division by zero"), column);
            if (x == std::numeric_limits<qint64>::min() && y == -1)
                return overflow(column);
            return Value::fromInt(x / y);
        default:
            if (y == 0)
                return Value::error(Evaluator::tr("modulus by zero"), column);
            if (x == std::numeric_limits<qint64>::min() && y == -1)
                return overflow(column);
            return Value::fromInt(x % y);
        }
    }
    if (ka == K::Uint && kb == K::Uint) {
        const quint64 x = a.toUint();
        const quint64 y = b.toUint();
        quint64 r = 0;
        switch (op) {
        case Node::Op::Add:
            if (__builtin_add_overflow(x, y, &r))
                return overflow(column);
            return Value::fromUint(r);
        case Node::Op::Sub:
            if (__builtin_sub_overflow(x, y, &r))
                return overflow(column);
            return Value::fromUint(r);
        case Node::Op::Mul:
            if (__builtin_mul_overflow(x, y, &r))
                return overflow(column);
            return Value::fromUint(r);
        case Node::Op::Div:
            if (y == 0)
                return Value::error(Evaluator::tr("division by zero"), column);
            return Value::fromUint(x / y);
        default:
            if (y == 0)
                return Value::error(Evaluator::tr("modulus by zero"), column);
            return Value::fromUint(x % y);
        }
    }
    if (ka == K::Double && kb == K::Double && op != Node::Op::Mod) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        switch (op) {
        case Node::Op::Add:
            return Value::fromDouble(x + y);
        case Node::Op::Sub:
            return Value::fromDouble(x - y);
        case Node::Op::Mul:
            return Value::fromDouble(x * y);
        default:
            return Value::fromDouble(x / y);
        }
    }
    if (op == Node::Op::Add && ka == kb) {
        if (ka == K::String) {
            if (a.toString().size() + b.toString().size() > Evaluator::maxConcatenation)
                return Value::error(Evaluator::tr("string too long"), column);
            return Value::fromString(a.toString() + b.toString());
        }
        if (ka == K::Bytes) {
            if (a.toBytes().size() + b.toBytes().size() > Evaluator::maxConcatenation)
                return Value::error(Evaluator::tr("bytes too long"), column);
            return Value::fromBytes(a.toBytes() + b.toBytes());
        }
        if (ka == K::List) {
            if (a.toList().size() + b.toList().size() > Evaluator::maxConcatenation)
                return Value::error(Evaluator::tr("list too long"), column);
            if (b.toList().isEmpty())
                return a;
            if (a.toList().isEmpty())
                return b;
            return Value::fromList(a.toList() + b.toList());
        }
        if (ka == K::Duration)
            return durationFromNanos(totalNanos(a) + totalNanos(b), column);
    }
    if (op == Node::Op::Add) {
        if (ka == K::Timestamp && kb == K::Duration)
            return timestampFromNanos(totalNanos(a) + totalNanos(b), column);
        if (ka == K::Duration && kb == K::Timestamp)
            return timestampFromNanos(totalNanos(a) + totalNanos(b), column);
    }
    if (op == Node::Op::Sub) {
        if (ka == K::Timestamp && kb == K::Timestamp)
            return durationFromNanos(totalNanos(a) - totalNanos(b), column);
        if (ka == K::Timestamp && kb == K::Duration)
            return timestampFromNanos(totalNanos(a) - totalNanos(b), column);
        if (ka == K::Duration && kb == K::Duration)
            return durationFromNanos(totalNanos(a) - totalNanos(b), column);
    }
    return noOverload(opName(op), {&a, &b}, column);
}

qsizetype codePointCount(const QString &s)
{
    qsizetype count = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && s.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

bool isPlainNumberText(const QString &text, bool allowSign)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 0 && allowSign && (c == u'-' || c == u'+') && text.size() > 1)
            continue;
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Value toInt(const Value &v, int column)
{
    switch (v.kind()) {
    case K::Int:
        return v;
    case K::Uint:
        if (v.toUint() > quint64(std::numeric_limits<qint64>::max()))
            return Value::error(Evaluator::tr("int conversion out of range"), column);
        return Value::fromInt(qint64(v.toUint()));
    case K::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
            return Value::error(Evaluator::tr("int conversion out of range"), column);
        return Value::fromInt(qint64(d));
    }
    case K::String: {
        bool ok = false;
        const QString text = v.toString();
        const qint64 i = isPlainNumberText(text, true) ? text.toLongLong(&ok, 10) : 0;
        if (!ok)
            return Value::error(Evaluator::tr("cannot convert '%1' to int").arg(text), column);
        return Value::fromInt(i);
    }
    case K::Timestamp:
        return Value::fromInt(v.seconds());
    case K::Bool:
        return Value::fromInt(v.toBool() ? 1 : 0);
    default:
        return noOverload(QStringLiteral("int"), {&v}, column);
    }
}

Value toUint(const Value &v, int column)
{
    switch (v.kind()) {
    case K::Uint:
        return v;
    case K::Int:
        if (v.toInt() < 0)
            return Value::error(Evaluator::tr("uint conversion out of range"), column);
        return Value::fromUint(quint64(v.toInt()));
    case K::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0 || d >= 18446744073709551616.0)
            return Value::error(Evaluator::tr("uint conversion out of range"), column);
        return Value::fromUint(quint64(d));
    }
    case K::String: {
        bool ok = false;
        const QString text = v.toString();
        const quint64 u = isPlainNumberText(text, false) ? text.toULongLong(&ok, 10) : 0;
        if (!ok)
            return Value::error(Evaluator::tr("cannot convert '%1' to uint").arg(text), column);
        return Value::fromUint(u);
    }
    case K::Bool:
        return Value::fromUint(v.toBool() ? 1 : 0);
    default:
        return noOverload(QStringLiteral("uint"), {&v}, column);
    }
}

Value toDouble(const Value &v, int column)
{
    switch (v.kind()) {
    case K::Double:
        return v;
    case K::Int:
        return Value::fromDouble(double(v.toInt()));
    case K::Uint:
        return Value::fromDouble(double(v.toUint()));
    case K::String: {
        const QByteArray text = v.toString().toUtf8();
        char *end = nullptr;
        const double d = text.isEmpty() || std::isspace(static_cast<unsigned char>(text.at(0)))
            ? 0
            : std::strtod(text.constData(), &end);
        if (!end || end != text.constData() + text.size() || text.contains('\0'))
            return Value::error(
                Evaluator::tr("cannot convert '%1' to double").arg(v.toString()), column);
        return Value::fromDouble(d);
    }
    default:
        return noOverload(QStringLiteral("double"), {&v}, column);
    }
}

Value toStringValue(const Value &v, int column)
{
    switch (v.kind()) {
    case K::String:
        return v;
    case K::Int:
        return Value::fromString(QString::number(v.toInt()));
    case K::Uint:
        return Value::fromString(QString::number(v.toUint()));
    case K::Double:
        return Value::fromString(Value::doubleToString(v.toDouble()));
    case K::Bool:
        return Value::fromString(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case K::Bytes: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(v.toBytes());
        if (decoder.hasError())
            return Value::error(Evaluator::tr("invalid UTF-8 in bytes"), column);
        return Value::fromString(std::move(text));
    }
    case K::Timestamp:
        return Value::fromString(QString::fromLatin1(
            Time::formatTimestamp(v.seconds(), v.nanos(), Time::Fraction::Minimal)));
    case K::Duration:
        return Value::fromString(QString::fromLatin1(
            Time::formatDuration(v.seconds(), v.nanos(), Time::Fraction::Minimal)));
    default:
        return noOverload(QStringLiteral("string"), {&v}, column);
    }
}

Value toBool(const Value &v, int column)
{
    if (v.kind() == K::Bool)
        return v;
    if (v.kind() == K::String) {
        const QString s = v.toString();
        if (s == u"true" || s == u"True" || s == u"TRUE" || s == u"t" || s == u"T" || s == u"1")
            return Value::fromBool(true);
        if (s == u"false" || s == u"False" || s == u"FALSE" || s == u"f" || s == u"F" || s == u"0")
            return Value::fromBool(false);
        return Value::error(Evaluator::tr("cannot convert '%1' to bool").arg(s), column);
    }
    return noOverload(QStringLiteral("bool"), {&v}, column);
}

Value toTimestamp(const Value &v, int column)
{
    switch (v.kind()) {
    case K::Timestamp:
        return v;
    case K::Int:
        if (v.toInt() < Value::minTimestampSeconds || v.toInt() > Value::maxTimestampSeconds)
            return Value::error(Evaluator::tr("timestamp out of range"), column);
        return Value::fromTimestamp(v.toInt());
    case K::String: {
        const auto parsed = Time::parseTimestamp(v.toString());
        if (!parsed)
            return Value::error(
                Evaluator::tr("cannot convert '%1' to timestamp").arg(v.toString()), column);
        if (parsed->first < Value::minTimestampSeconds
            || parsed->first > Value::maxTimestampSeconds)
            return Value::error(Evaluator::tr("timestamp out of range"), column);
        return Value::fromTimestamp(parsed->first, parsed->second);
    }
    default:
        return noOverload(QStringLiteral("timestamp"), {&v}, column);
    }
}

Value toDuration(const Value &v, int column)
{
    switch (v.kind()) {
    case K::Duration:
        return v;
    case K::String: {
        const auto parsed = Time::parseDuration(v.toString());
        if (!parsed)
            return Value::error(
                Evaluator::tr("cannot convert '%1' to duration").arg(v.toString()), column);
        if (parsed->first < -Value::maxDurationSeconds || parsed->first > Value::maxDurationSeconds)
            return Value::error(Evaluator::tr("duration out of range"), column);
        return Value::fromDuration(parsed->first, parsed->second);
    }
    default:
        return noOverload(QStringLiteral("duration"), {&v}, column);
    }
}

Value timeAccessor(const Node &node, const Value *args, std::size_t count)
{
    const Value &target = args[0];
    const int column = node.column;
    if (target.kind() == K::Duration && count == 1) {
        const Int128 total = totalNanos(target);
        switch (node.function) {
        case Function::GetHours:
            return Value::fromInt(qint64(total / (Int128(3600) * nanosPerSecond)));
        case Function::GetMinutes:
            return Value::fromInt(qint64(total / (Int128(60) * nanosPerSecond)));
        case Function::GetSeconds:
            return Value::fromInt(qint64(total / nanosPerSecond));
        case Function::GetMilliseconds:
            return Value::fromInt(qint64(total % nanosPerSecond / 1000000));
        default:
            break;
        }
    }
    if (target.kind() != K::Timestamp || count > 2 || (count == 2 && args[1].kind() != K::String)) {
        if (count == 2)
            return noOverload(node.name, {&args[0], &args[1]}, column);
        return noOverload(node.name, {&args[0]}, column);
    }
    qint64 seconds = target.seconds();
    if (count == 2) {
        const auto offset = Time::zoneOffset(args[1].toString(), seconds);
        if (!offset)
            return Value::error(
                Evaluator::tr("unknown time zone '%1'").arg(args[1].toString()), column);
        seconds += *offset;
    }
    const Time::Civil civil = Time::civilFromSeconds(seconds);
    switch (node.function) {
    case Function::GetFullYear:
        return Value::fromInt(civil.year);
    case Function::GetMonth:
        return Value::fromInt(civil.month - 1);
    case Function::GetDayOfYear:
        return Value::fromInt(civil.dayOfYear);
    case Function::GetDate:
        return Value::fromInt(civil.day);
    case Function::GetDayOfMonth:
        return Value::fromInt(civil.day - 1);
    case Function::GetDayOfWeek:
        return Value::fromInt(civil.dayOfWeek);
    case Function::GetHours:
        return Value::fromInt(civil.hour);
    case Function::GetMinutes:
        return Value::fromInt(civil.minute);
    case Function::GetSeconds:
        return Value::fromInt(civil.second);
    default:
        return Value::fromInt(target.nanos() / 1000000);
    }
}

Value keyError(const Value &key, int column)
{
    const QString text = key.kind() == K::String
        ? QLatin1Char('\'') + key.toString() + QLatin1Char('\'')
        : QString::fromUtf8(key.toJsonText());
    return Value::error(Evaluator::tr("no such key: %1").arg(text), column);
}

} // namespace

Evaluator::Evaluator(const Activation *activation)
    : m_activation(activation)
{ }

Value Evaluator::evaluate(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.value;
    case Node::Kind::Ident:
        return ident(node);
    case Node::Kind::Select:
        return select(node);
    case Node::Kind::PresenceTest:
        return presenceTest(node);
    case Node::Kind::Index:
        return index(node);
    case Node::Kind::Call:
        return call(node);
    case Node::Kind::List:
        return node.isConstantList ? node.value : list(node);
    case Node::Kind::MapLiteral:
        return mapLiteral(node);
    case Node::Kind::Not: {
        const Value v = evaluate(node.child(0));
        if (v.isError())
            return v;
        if (v.kind() != K::Bool)
            return noOverload(QStringLiteral("!"), {&v}, node.column);
        return Value::fromBool(!v.toBool());
    }
    case Node::Kind::Negate: {
        const Value v = evaluate(node.child(0));
        if (v.isError())
            return v;
        if (v.kind() == K::Int) {
            if (v.toInt() == std::numeric_limits<qint64>::min())
                return overflow(node.column);
            return Value::fromInt(-v.toInt());
        }
        if (v.kind() == K::Double)
            return Value::fromDouble(-v.toDouble());
        if (v.kind() == K::Duration)
            return Value::fromDuration(-v.seconds(), -v.nanos());
        return noOverload(QStringLiteral("-"), {&v}, node.column);
    }
    case Node::Kind::And:
        return logical(node, true);
    case Node::Kind::Or:
        return logical(node, false);
    case Node::Kind::Conditional:
        return conditional(node);
    case Node::Kind::Binary: {
        const Value a = evaluate(node.child(0));
        if (a.isError())
            return a;
        const Value b = evaluate(node.child(1));
        if (b.isError())
            return b;
        return binary(node.op, a, b, node.column);
    }
    case Node::Kind::Comprehension:
        return comprehension(node);
    }
    return Value();
}

Value Evaluator::binary(Node::Op op, const Value &a, const Value &b, int column)
{
    switch (op) {
    case Node::Op::Eq:
        return Value::equals(a, b);
    case Node::Op::Ne: {
        const Value eq = Value::equals(a, b);
        return eq.isError() ? eq : Value::fromBool(!eq.toBool());
    }
    case Node::Op::Lt:
    case Node::Op::Le:
    case Node::Op::Gt:
    case Node::Op::Ge: {
        const auto c = compareValues(a, b);
        if (!c)
            return noOverload(opName(op), {&a, &b}, column);
        if (*c == 2)
            return Value::fromBool(false);
        switch (op) {
        case Node::Op::Lt:
            return Value::fromBool(*c < 0);
        case Node::Op::Le:
            return Value::fromBool(*c <= 0);
        case Node::Op::Gt:
            return Value::fromBool(*c > 0);
        default:
            return Value::fromBool(*c >= 0);
        }
    }
    case Node::Op::In:
        if (b.kind() == K::List) {
            for (const Value &item : b.toList()) {
                if (Value::equals(a, item).toBool())
                    return Value::fromBool(true);
            }
            return Value::fromBool(false);
        }
        if (b.kind() == K::Map)
            return Value::fromBool(b.toMap().find(a) != nullptr);
        return noOverload(opName(op), {&a, &b}, column);
    default:
        return arithmetic(op, a, b, column);
    }
}

Value Evaluator::ident(const Node &node)
{
    for (auto it = m_locals.rbegin(); it != m_locals.rend(); ++it) {
        if (*it->first == node.name)
            return it->second;
    }
    if (m_activation) {
        if (const Value *value = m_activation->find(node.name))
            return value->withColumn(node.column);
    }
    static const QStringList typeNames = {
        QStringLiteral("int"),
        QStringLiteral("uint"),
        QStringLiteral("double"),
        QStringLiteral("bool"),
        QStringLiteral("string"),
        QStringLiteral("bytes"),
        QStringLiteral("list"),
        QStringLiteral("map"),
        QStringLiteral("null_type"),
        QStringLiteral("type"),
    };
    if (typeNames.contains(node.name))
        return Value::fromType(node.name);
    return Value::error(tr("undeclared reference to '%1'").arg(node.name), node.column);
}

Value Evaluator::select(const Node &node)
{
    const Value target = evaluate(node.child(0));
    if (target.isError())
        return target;
    if (target.kind() != K::Map)
        return Value::error(
            tr("type '%1' does not support field selection").arg(target.typeName()), node.column);
    if (const Value *value = target.toMap().find(QStringView(node.name)))
        return *value;
    return Value::error(tr("no such key: '%1'").arg(node.name), node.column);
}

Value Evaluator::presenceTest(const Node &node)
{
    const Value target = evaluate(node.child(0));
    if (target.isError())
        return target;
    if (target.kind() != K::Map)
        return Value::error(
            tr("type '%1' does not support field presence tests").arg(target.typeName()),
            node.column);
    return Value::fromBool(target.toMap().find(QStringView(node.name)) != nullptr);
}

Value Evaluator::index(const Node &node)
{
    const Value target = evaluate(node.child(0));
    if (target.isError())
        return target;
    const Value key = evaluate(node.child(1));
    if (key.isError())
        return key;
    if (target.kind() == K::List) {
        const QList<Value> &items = target.toList();
        qint64 i = 0;
        if (key.kind() == K::Int) {
            i = key.toInt();
        } else if (key.kind() == K::Uint) {
            i = key.toUint() > quint64(std::numeric_limits<qint64>::max()) ? -1
                                                                           : qint64(key.toUint());
        } else if (key.kind() == K::Double) {
            const double d = key.toDouble();
            if (!std::isfinite(d) || std::trunc(d) != d)
                return Value::error(
                    tr("invalid list index %1").arg(Value::doubleToString(d)), node.column);
            i = std::fabs(d) < 9e18 ? qint64(d) : -1;
        } else {
            return noOverload(QStringLiteral("[]"), {&target, &key}, node.column);
        }
        if (i < 0 || i >= items.size())
            return Value::error(
                tr("index out of range: %1").arg(QString::fromUtf8(key.toJsonText())), node.column);
        return items.at(i);
    }
    if (target.kind() == K::Map) {
        if (const Value *value = target.toMap().find(key))
            return *value;
        return keyError(key, node.column);
    }
    return noOverload(QStringLiteral("[]"), {&target, &key}, node.column);
}

Value Evaluator::call(const Node &node)
{
    const std::size_t count = node.children.size();
    if (count > 3)
        return Value::error(
            tr("no such overload for '%1' with %n argument(s)", nullptr, int(count)).arg(node.name),
            node.column);
    Value args[3];
    for (std::size_t i = 0; i < count; ++i) {
        args[i] = evaluate(node.child(i));
        if (args[i].isError())
            return args[i];
    }
    return callFunction(node, args, count);
}

Value Evaluator::callFunction(const Node &node, const Value *args, std::size_t count)
{
    const int column = node.column;
    auto mismatch = [&]() {
        if (count == 0)
            return noOverload(node.name, {}, column);
        if (count == 1)
            return noOverload(node.name, {&args[0]}, column);
        if (count == 2)
            return noOverload(node.name, {&args[0], &args[1]}, column);
        return noOverload(node.name, {&args[0], &args[1], &args[2]}, column);
    };
    auto twoStrings = [&]() {
        return count == 2 && args[0].kind() == K::String && args[1].kind() == K::String;
    };
    switch (node.function) {
    case Function::Unknown:
        return Value::error(tr("no such function '%1'").arg(node.name), column);
    case Function::Size:
        if (count != 1)
            return mismatch();
        switch (args[0].kind()) {
        case K::String:
            return Value::fromInt(codePointCount(args[0].toString()));
        case K::Bytes:
            return Value::fromInt(args[0].toBytes().size());
        case K::List:
            return Value::fromInt(args[0].toList().size());
        case K::Map:
            return Value::fromInt(args[0].toMap().size());
        default:
            return mismatch();
        }
    case Function::Contains:
        if (!twoStrings())
            return mismatch();
        return Value::fromBool(args[0].toString().contains(args[1].toString()));
    case Function::StartsWith:
        if (!twoStrings())
            return mismatch();
        return Value::fromBool(args[0].toString().startsWith(args[1].toString()));
    case Function::EndsWith:
        if (!twoStrings())
            return mismatch();
        return Value::fromBool(args[0].toString().endsWith(args[1].toString()));
    case Function::Matches: {
        if (!twoStrings())
            return mismatch();
        if (!node.regexError.isEmpty())
            return Value::error(tr("invalid regular expression: %1").arg(node.regexError), column);
        if (node.regex)
            return Value::fromBool(node.regex->match(args[0].toString()).hasMatch());
        const QRegularExpression regex(args[1].toString());
        if (!regex.isValid())
            return Value::error(
                tr("invalid regular expression: %1").arg(regex.errorString()), column);
        return Value::fromBool(regex.match(args[0].toString()).hasMatch());
    }
    case Function::ToInt:
        return count == 1 ? toInt(args[0], column) : mismatch();
    case Function::ToUint:
        return count == 1 ? toUint(args[0], column) : mismatch();
    case Function::ToDouble:
        return count == 1 ? toDouble(args[0], column) : mismatch();
    case Function::ToString:
        return count == 1 ? toStringValue(args[0], column) : mismatch();
    case Function::ToBytes:
        if (count == 1 && args[0].kind() == K::Bytes)
            return args[0];
        if (count == 1 && args[0].kind() == K::String)
            return Value::fromBytes(args[0].toString().toUtf8());
        return mismatch();
    case Function::ToBool:
        return count == 1 ? toBool(args[0], column) : mismatch();
    case Function::ToTimestamp:
        return count == 1 ? toTimestamp(args[0], column) : mismatch();
    case Function::ToDuration:
        return count == 1 ? toDuration(args[0], column) : mismatch();
    case Function::Type:
        return count == 1 ? Value::fromType(args[0].typeName()) : mismatch();
    case Function::Dyn:
        return count == 1 ? args[0] : mismatch();
    case Function::GetFullYear:
    case Function::GetMonth:
    case Function::GetDayOfYear:
    case Function::GetDate:
    case Function::GetDayOfMonth:
    case Function::GetDayOfWeek:
    case Function::GetHours:
    case Function::GetMinutes:
    case Function::GetSeconds:
    case Function::GetMilliseconds:
        if (count < 1)
            return mismatch();
        return timeAccessor(node, args, count);
    case Function::MapHas:
        if (count != 2 || args[0].kind() != K::Map)
            return mismatch();
        return Value::fromBool(args[0].toMap().find(args[1]) != nullptr);
    case Function::InIpRange: {
        if (!twoStrings())
            return mismatch();
        QString error;
        const auto range = IpRange::parse(args[1].toString(), &error);
        if (!range)
            return Value::error(error, column);
        const auto inside = range->contains(args[0].toString(), &error);
        if (!inside)
            return Value::error(error, column);
        return Value::fromBool(*inside);
    }
    }
    return mismatch();
}

Value Evaluator::list(const Node &node)
{
    QList<Value> items;
    items.reserve(qsizetype(node.children.size()));
    for (const auto &child : node.children) {
        Value v = evaluate(*child);
        if (v.isError())
            return v;
        items.append(std::move(v));
    }
    return Value::fromList(std::move(items));
}

Value Evaluator::mapLiteral(const Node &node)
{
    Map map;
    for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
        Value key = evaluate(node.child(i));
        if (key.isError())
            return key;
        Value value = evaluate(node.child(i + 1));
        if (value.isError())
            return value;
        if (!Map::isValidKey(key))
            return Value::error(
                tr("unsupported key type '%1'").arg(key.typeName()), node.child(i).column);
        const QString keyText = QString::fromUtf8(key.toJsonText());
        if (!map.insert(std::move(key), std::move(value)))
            return Value::error(
                tr("duplicate key %1 in map literal").arg(keyText), node.child(i).column);
    }
    return Value::fromMap(std::move(map));
}

Value Evaluator::logical(const Node &node, bool isAnd)
{
    // Commutative: a deciding operand (false for &&, true for ||) wins over errors anywhere.
    Value firstError;
    for (const auto &child : node.children) {
        const Value v = evaluate(*child);
        if (v.kind() == K::Bool) {
            if (v.toBool() != isAnd)
                return v;
        } else if (!firstError.isError()) {
            firstError = v.isError()
                ? v
                : noOverload(
                    isAnd ? QStringLiteral("&&") : QStringLiteral("||"), {&v}, node.column);
        }
    }
    return firstError.isError() ? firstError : Value::fromBool(isAnd);
}

Value Evaluator::conditional(const Node &node)
{
    const Value condition = evaluate(node.child(0));
    if (condition.isError())
        return condition;
    if (condition.kind() != K::Bool)
        return noOverload(QStringLiteral("?:"), {&condition}, node.column);
    return evaluate(node.child(condition.toBool() ? 1 : 2));
}

Value Evaluator::comprehension(const Node &node)
{
    const Value range = evaluate(node.child(0));
    if (range.isError())
        return range;
    QList<Value> keys;
    const QList<Value> *items = nullptr;
    if (range.kind() == K::List) {
        items = &range.toList();
    } else if (range.kind() == K::Map) {
        keys.reserve(range.toMap().size());
        for (const auto &entry : range.toMap().entries())
            keys.append(entry.first);
        items = &keys;
    } else {
        static const char *const names[] = {"all", "exists", "exists_one", "map", "map", "filter"};
        return noOverload(QString::fromLatin1(names[int(node.macro)]), {&range}, node.column);
    }

    const Node::Macro macro = node.macro;
    Value firstError;
    qint64 trueCount = 0;
    QList<Value> results;
    m_locals.emplace_back(&node.name, Value());
    const std::size_t slot = m_locals.size() - 1;
    auto predicateError = [&](const Value &v) {
        return v.isError()
            ? v
            : Value::error(tr("predicate of a macro must be a bool, not '%1'").arg(v.typeName()),
                node.child(1).column);
    };
    Value result;
    bool decided = false;
    for (const Value &item : *items) {
        if (--m_budget < 0) {
            result = Value::error(
                tr("evaluation exceeded %n macro iterations", nullptr, int(iterationBudget)),
                node.column);
            decided = true;
            break;
        }
        m_locals[slot].second = item;
        const Value v = evaluate(node.child(1));
        switch (macro) {
        case Node::Macro::All:
        case Node::Macro::Exists:
            if (v.kind() == K::Bool) {
                if (v.toBool() == (macro == Node::Macro::Exists)) {
                    result = v;
                    decided = true;
                }
            } else if (!firstError.isError()) {
                firstError = predicateError(v);
            }
            break;
        case Node::Macro::ExistsOne:
            if (v.kind() != K::Bool) {
                result = predicateError(v);
                decided = true;
            } else if (v.toBool()) {
                ++trueCount;
            }
            break;
        case Node::Macro::Map:
            if (v.isError()) {
                result = v;
                decided = true;
            } else {
                results.append(v);
            }
            break;
        case Node::Macro::MapFilter:
        case Node::Macro::Filter:
            if (v.kind() != K::Bool) {
                result = predicateError(v);
                decided = true;
            } else if (v.toBool()) {
                if (macro == Node::Macro::Filter) {
                    results.append(item);
                } else {
                    Value transformed = evaluate(node.child(2));
                    if (transformed.isError()) {
                        result = transformed;
                        decided = true;
                    } else {
                        results.append(std::move(transformed));
                    }
                }
            }
            break;
        }
        if (decided)
            break;
    }
    m_locals.pop_back();
    if (decided)
        return result;
    switch (macro) {
    case Node::Macro::All:
    case Node::Macro::Exists:
        return firstError.isError() ? firstError : Value::fromBool(macro == Node::Macro::All);
    case Node::Macro::ExistsOne:
        return Value::fromBool(trueCount == 1);
    default:
        return Value::fromList(std::move(results));
    }
}

} // namespace Keyport::Cel
