// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QDateTime;
class QJsonValue;

namespace Keyport::Cel {

class Map;

/// One CEL value: a scalar, a string, bytes, a list, a map, a timestamp, a duration, a type or an
/// evaluation error. Cheap to copy: lists, maps and strings are shared, never deep-copied.
class Value
{
public:
    enum class Kind {
        Null,
        Bool,
        Int,
        Uint,
        Double,
        String,
        Bytes,
        List,
        Map,
        Timestamp,
        Duration,
        Type,
        Error
    };

    /// Seconds from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the range CEL allows.
    static constexpr qint64 minTimestampSeconds = -62135596800LL;
    static constexpr qint64 maxTimestampSeconds = 253402300799LL;
    /// The duration range of google.protobuf.Duration (about ±10000 years).
    static constexpr qint64 maxDurationSeconds = 315576000000LL;

    Value(); ///< null
    static Value fromBool(bool value);
    static Value fromInt(qint64 value);
    static Value fromUint(quint64 value);
    static Value fromDouble(double value);
    static Value fromString(QString value);
    static Value fromBytes(QByteArray value);
    static Value fromList(QList<Value> values);
    static Value fromMap(Map map);
    /// Seconds since the Unix epoch and nanoseconds (0 to 999,999,999); out of range = an error.
    static Value fromTimestamp(qint64 seconds, qint32 nanos = 0);
    /// Millisecond precision; an invalid QDateTime gives an error.
    static Value fromTimestamp(const QDateTime &dateTime);
    /// A signed duration: seconds and nanoseconds of the same sign; out of range = an error.
    static Value fromDuration(qint64 seconds, qint32 nanos = 0);
    /// A type value, e.g. `type(1)` = the type named "int".
    static Value fromType(QString typeName);
    static Value error(QString message, int column = 0);
    /// JSON -> CEL: object -> map with string keys, array -> list, integral numbers -> int,
    /// others -> double, string -> string, bool, null.
    static Value fromJson(const QJsonValue &json);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isError() const { return m_kind == Kind::Error; }

    bool toBool() const; ///< false unless Bool
    qint64 toInt() const; ///< 0 unless Int
    quint64 toUint() const; ///< 0 unless Uint
    double toDouble() const; ///< 0 unless Double
    QString toString() const; ///< the string of a String, the name of a Type, else empty
    QByteArray toBytes() const; ///< empty unless Bytes
    const QList<Value> &toList() const; ///< empty unless List
    const Map &toMap() const; ///< empty unless Map
    /// Timestamp: seconds since the epoch; Duration: whole seconds (same sign as nanos()).
    qint64 seconds() const;
    qint32 nanos() const;
    /// Timestamp as a UTC QDateTime (millisecond precision); invalid unless Timestamp.
    QDateTime toDateTime() const;

    QString errorMessage() const; ///< empty unless Error
    int errorColumn() const; ///< 1-based column, 0 unknown
    /// The same error at @p column when it has none yet; other values unchanged.
    Value withColumn(int column) const;

    /// One JSON value as text: exact integers, timestamps as RFC 3339 strings
    /// ("2026-11-27T10:00:00Z", fractional seconds only when non-zero), durations like "3600s" /
    /// "1.500s", bytes as base64 string, map keys as strings, NaN/±Inf as the strings "NaN",
    /// "Infinity", "-Infinity". Not for errors (they print as {"error": message}).
    QByteArray toJsonText() const;
    /// The CEL type name: "int", "map", "google.protobuf.Timestamp", ...
    QString typeName() const;
    static QString typeName(Kind kind);
    /// CEL's `string(double)`: the shortest text that reads back as @p d ("1.5", "2", "1e+21",
    /// "NaN", "+Inf").
    static QString doubleToString(double d);

    /// CEL equality (numbers across int, uint and double; deep on lists and maps): a Bool value,
    /// or an error when an operand is an error.
    static Value equals(const Value &a, const Value &b);
    /// Numeric ordering across int, uint and double (exact, never through a rounding
    /// conversion): -1, 0 or 1; nullopt when NaN is involved or an operand is not a number.
    static std::optional<int> compareNumbers(const Value &a, const Value &b);
    /// Strict structural identity (same kind and content; NaN equal to NaN): for tests.
    bool isIdentical(const Value &other) const;

private:
    Kind m_kind = Kind::Null;
    qint32 m_small = 0; ///< nanos of a Timestamp/Duration, the column of an Error
    union {
        bool b;
        qint64 i;
        quint64 u;
        double d;
    } m_scalar{};
    QString m_string; ///< String, Type name, Error message
    QByteArray m_bytes;
    std::shared_ptr<const QList<Value>> m_list;
    std::shared_ptr<const Map> m_map;
};

} // namespace Keyport::Cel
