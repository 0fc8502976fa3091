// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

namespace Keyport {

/// Reads a list-access-keys answer in one pass over the bytes, straight into AccessKeys.
///
/// Why not QJsonDocument: an organisation's list can hold thousands of keys with dozens of
/// operations each, and building the document tree and then a QString for every operation name
/// cost twice as much as the parse itself. This reader validates the same JSON grammar (strict
/// RFC 8259: UTF-8, escapes, numbers, nesting), accepts exactly the documents and shapes that
/// ApiJson::accessKeyFromJson accepts, and shares one QString for each distinct operation, tag,
/// type, version and resource field. The tests compare both on thousands of mutated inputs.
class AccessKeyListReader
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::AccessKeyListReader)

public:
    static Result<AccessKeys> parse(QByteArrayView json);

private:
    explicit AccessKeyListReader(QByteArrayView json);

    // Each returns false only on a syntax error, which ends the reading. A value of the wrong
    // shape is read over and reported through the @p problem out-parameter, so that a syntax
    // error further on still wins, as it does with QJsonDocument.
    Result<AccessKeys> run();
    bool parseKeys(AccessKeys &keys, QString &problem);
    bool parseKey(AccessKey &key, QString &problem);
    bool parseResources(AccessKeyResources &resources, QString &problem);
    bool readString(QString &out, bool intern);
    bool readStringOrNull(QString &out, bool intern, bool &isNull, bool &isString);
    bool readStringList(QStringList &out, QString &problem, QLatin1StringView field);
    bool readRawString(QByteArrayView &raw, bool &hasEscapes);
    bool skipValue(int depth);
    bool skipNumber();
    bool skipLiteral(QByteArrayView literal);
    bool expect(char c);
    bool peekIs(char c);
    bool atNull();
    void skipWhitespace();
    bool syntaxError(const QString &what);

    /// Reads '[', calls @p element for each element (it reads the element), then ']'.
    template <typename Element> bool readArray(Element &&element)
    {
        if (!expect('['))
            return false;
        if (peekIs(']')) {
            ++m_pos;
            return true;
        }
        do {
            if (!element())
                return false;
        } while (peekIs(',') && ++m_pos);
        return expect(']');
    }

    /// Reads '{', then each member's name and ':' and calls @p member(name) (it reads the
    /// value), then '}'.
    template <typename Member> bool readObject(bool internNames, Member &&member)
    {
        if (!expect('{'))
            return false;
        if (peekIs('}')) {
            ++m_pos;
            return true;
        }
        do {
            QString name;
            if (!readString(name, internNames) || !expect(':') || !member(name))
                return false;
        } while (peekIs(',') && ++m_pos);
        return expect('}');
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    Error m_syntaxError;
    QHash<QByteArrayView, QString> m_interned;
};

} // namespace Keyport
