// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelValue.h"

#include <QRegularExpression>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Keyport::Cel {

/// The functions and methods the engine knows, resolved once at parse time.
enum class Function {
    Unknown,
    Size,
    Contains,
    StartsWith,
    EndsWith,
    Matches,
    ToInt,
    ToUint,
    ToDouble,
    ToString,
    ToBytes,
    ToBool,
    ToTimestamp,
    ToDuration,
    Type,
    Dyn,
    GetFullYear,
    GetMonth,
    GetDayOfYear,
    GetDate,
    GetDayOfMonth,
    GetDayOfWeek,
    GetHours,
    GetMinutes,
    GetSeconds,
    GetMilliseconds,
    MapHas, ///< Exoscale's `m.has('key')`
    InIpRange, ///< Exoscale's `ip.inIpRange('10.0.0.0/8')`
};

/// One node of a parsed expression. Built by the Parser, never changed afterwards.
struct Node
{
    enum class Kind {
        Literal, ///< value
        Ident, ///< name
        Select, ///< children[0].name
        PresenceTest, ///< has(children[0].name)
        Index, ///< children[0][children[1]]
        Call, ///< function name(children) or children[0].name(children[1...]) when hasReceiver
        List, ///< [children]; value holds the list when every element is a literal
        MapLiteral, ///< {children[0]: children[1], ...}
        Not,
        Negate,
        And, ///< n-ary
        Or, ///< n-ary
        Conditional, ///< children[0] ? children[1] : children[2]
        Binary, ///< op
        Comprehension, ///< macro over children[0] with variable name
    };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, In, Add, Sub, Mul, Div, Mod };
    enum class Macro { All, Exists, ExistsOne, Map, MapFilter, Filter };

    Kind kind = Kind::Literal;
    Op op = Op::Eq;
    Macro macro = Macro::All;
    Function function = Function::Unknown;
    bool hasReceiver = false;
    bool isConstantList = false; ///< a List whose elements are all literals: value holds it
    int column = 0; ///< 1-based, code points
    int depth = 1; ///< height of this subtree
    Value value;
    QString name;
    std::vector<std::unique_ptr<Node>> children;
    /// A `matches` call with a literal pattern: compiled once. An invalid pattern leaves
    /// regexError set instead.
    std::optional<QRegularExpression> regex;
    QString regexError;

    const Node &child(std::size_t i) const { return *children[i]; }
};

} // namespace Keyport::Cel
