// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyListReader.h"

#include "domain/Utf8.h"

namespace Keyport {

namespace {

using namespace Qt::StringLiterals;

// QJsonDocument's own limit.
constexpr int maximumDepth = 1024;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

AccessKeyListReader::AccessKeyListReader(QByteArrayView json)
    : m_json(json)
{ }

Result<AccessKeys> AccessKeyListReader::parse(QByteArrayView json)
{
    return AccessKeyListReader(json).run();
}

bool AccessKeyListReader::syntaxError(const QString &what)
{
    if (!m_syntaxError) {
        m_syntaxError
            = Error::malformedResponse(tr("invalid JSON at offset %1 (%2)").arg(m_pos).arg(what));
    }
    return false;
}

void AccessKeyListReader::skipWhitespace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool AccessKeyListReader::atNull()
{
    skipWhitespace();
    return m_pos < m_json.size() && m_json[m_pos] == 'n';
}

bool AccessKeyListReader::peekIs(char c)
{
    skipWhitespace();
    return m_pos < m_json.size() && m_json[m_pos] == c;
}

bool AccessKeyListReader::expect(char c)
{
    skipWhitespace();
    if (m_pos >= m_json.size())
        return syntaxError(tr("unexpected end of the data"));
    if (m_json[m_pos] != c)
        return syntaxError(tr("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

bool AccessKeyListReader::readRawString(QByteArrayView &raw, bool &hasEscapes)
{
    if (!expect('"'))
        return false;
    const qsizetype start = m_pos;
    hasEscapes = false;
    while (m_pos < m_json.size()) {
        const auto c = static_cast<unsigned char>(m_json[m_pos]);
        if (c == '"') {
            raw = m_json.sliced(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            // As QJsonDocument: an escape takes the one byte after the backslash as it is
            // (unknown escapes included), or \u and four hex digits.
            hasEscapes = true;
            if (m_pos + 1 >= m_json.size())
                break;
            const char e = m_json[m_pos + 1];
            m_pos += 2;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (m_pos + i >= m_json.size() || hexValue(m_json[m_pos + i]) < 0)
                        return syntaxError(tr("an invalid \\u escape"));
                }
                m_pos += 4;
            }
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        const qsizetype length = Utf8::sequenceLength(m_json.sliced(m_pos));
        if (length <= 0)
            return syntaxError(tr("invalid UTF-8 in a string"));
        m_pos += length;
    }
    return syntaxError(tr("unterminated string"));
}

bool AccessKeyListReader::readString(QString &out, bool intern)
{
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!readRawString(raw, hasEscapes))
        return false;
    if (!hasEscapes) {
        if (intern) {
            auto it = m_interned.constFind(raw);
            if (it == m_interned.constEnd())
                it = m_interned.insert(raw, QString::fromUtf8(raw));
            out = it.value();
        } else {
            out = QString::fromUtf8(raw);
        }
        return true;
    }
    // Rare: decode the escapes. The grammar was checked by readRawString().
    QString decoded;
    decoded.reserve(raw.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        decoded += QString::fromUtf8(raw.sliced(runStart, i - runStart));
        const char e = raw[++i];
        switch (e) {
        case 'b':
            decoded += u'\b';
            break;
        case 'f':
            decoded += u'\f';
            break;
        case 'n':
            decoded += u'\n';
            break;
        case 'r':
            decoded += u'\r';
            break;
        case 't':
            decoded += u'\t';
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = char16_t(unit * 16 + hexValue(raw[i + k]));
            decoded += QChar(unit);
            i += 4;
            break;
        }
        default:
            decoded += QChar(char16_t(static_cast<unsigned char>(e)));
            break;
        }
        runStart = i + 1;
    }
    decoded += QString::fromUtf8(raw.sliced(runStart));
    out = decoded;
    return true;
}

bool AccessKeyListReader::skipLiteral(QByteArrayView literal)
{
    if (m_json.sliced(m_pos).startsWith(literal)) {
        m_pos += literal.size();
        return true;
    }
    return syntaxError(tr("an invalid value"));
}

bool AccessKeyListReader::skipNumber()
{
    // QJsonDocument's reading: a loose scan, then whatever QByteArray converts is a number.
    const qsizetype start = m_pos;
    const auto skipDigits = [this] {
        while (m_pos < m_json.size() && isDigit(m_json[m_pos]))
            ++m_pos;
    };
    bool isInteger = true;
    if (m_pos < m_json.size() && m_json[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_json.size() && m_json[m_pos] == '0')
        ++m_pos;
    else
        skipDigits();
    if (m_pos < m_json.size() && m_json[m_pos] == '.') {
        ++m_pos;
        const qsizetype fraction = m_pos;
        skipDigits();
        for (qsizetype i = fraction; i < m_pos; ++i)
            isInteger = isInteger && m_json[i] == '0';
    }
    if (m_pos < m_json.size() && (m_json[m_pos] == 'e' || m_json[m_pos] == 'E')) {
        isInteger = false;
        ++m_pos;
        if (m_pos < m_json.size() && (m_json[m_pos] == '+' || m_json[m_pos] == '-'))
            ++m_pos;
        skipDigits();
    }
    if (m_pos >= m_json.size())
        return syntaxError(tr("unexpected end of the data"));
    const QByteArray number = QByteArray::fromRawData(m_json.data() + start, m_pos - start);
    bool ok = false;
    if (isInteger)
        number.toLongLong(&ok);
    if (!ok)
        number.toDouble(&ok);
    return ok || syntaxError(tr("an invalid number"));
}

bool AccessKeyListReader::skipValue(int depth)
{
    if (depth > maximumDepth)
        return syntaxError(tr("too deeply nested"));
    skipWhitespace();
    if (m_pos >= m_json.size())
        return syntaxError(tr("unexpected end of the data"));
    const char c = m_json[m_pos];
    if (c == '"') {
        QByteArrayView raw;
        bool escapes = false;
        return readRawString(raw, escapes);
    }
    if (c == '{') {
        return readObject(true, [&](const QString &) { return skipValue(depth + 1); });
    }
    if (c == '[')
        return readArray([&] { return skipValue(depth + 1); });
    if (c == 't')
        return skipLiteral("true");
    if (c == 'f')
        return skipLiteral("false");
    if (c == 'n')
        return skipLiteral("null");
    return skipNumber();
}

bool AccessKeyListReader::readStringOrNull(QString &out, bool intern, bool &isNull, bool &isString)
{
    skipWhitespace();
    isNull = atNull();
    isString = m_pos < m_json.size() && m_json[m_pos] == '"';
    if (isNull) {
        out.clear();
        return skipLiteral("null");
    }
    if (isString)
        return readString(out, intern);
    return skipValue(1);
}

bool AccessKeyListReader::readStringList(
    QStringList &out, QString &problem, QLatin1StringView field)
{
    out.clear();
    problem.clear();
    if (atNull())
        return skipLiteral("null");
    if (m_pos >= m_json.size() || m_json[m_pos] != '[') {
        problem = tr("the field \"%1\" is not a list").arg(field);
        return skipValue(1);
    }
    return readArray([&] {
        skipWhitespace();
        if (m_pos < m_json.size() && m_json[m_pos] == '"') {
            QString item;
            if (!readString(item, true))
                return false;
            out.append(item);
            return true;
        }
        if (problem.isEmpty())
            problem = tr("the field \"%1\" holds something that is not a string").arg(field);
        return skipValue(2);
    });
}

bool AccessKeyListReader::parseResources(AccessKeyResources &resources, QString &problem)
{
    resources.clear();
    problem.clear();
    if (atNull())
        return skipLiteral("null");
    if (m_pos >= m_json.size() || m_json[m_pos] != '[') {
        problem = tr("\"resources\" is not a list");
        return skipValue(1);
    }
    return readArray([&] {
        skipWhitespace();
        if (m_pos >= m_json.size() || m_json[m_pos] != '{') {
            if (problem.isEmpty())
                problem = tr("a resource is not an object");
            return skipValue(2);
        }
        // Fields in the order the reference reader checks them; the last duplicate wins.
        QString values[3];
        QString fieldProblems[3];
        bool present[3] = {false, false, false};
        const bool read = readObject(true, [&](const QString &field) {
            const int index = field == u"domain" ? 0
                : field == u"resource-type"      ? 1
                : field == u"resource-name"      ? 2
                                                 : -1;
            if (index < 0)
                return skipValue(3);
            bool isNull = false, isString = false;
            if (!readStringOrNull(values[index], index != 2, isNull, isString))
                return false;
            present[index] = !isNull;
            fieldProblems[index] = isNull || isString
                ? QString()
                : tr("the field \"%1\" is not a string").arg(field);
            return true;
        });
        if (!read)
            return false;
        static const QLatin1StringView names[3] = {QLatin1StringView("domain"),
            QLatin1StringView("resource-type"), QLatin1StringView("resource-name")};
        for (int i = 0; i < 3 && problem.isEmpty(); ++i) {
            if (!present[i])
                problem = tr("in a resource, the field \"%1\" is missing").arg(names[i]);
            else if (!fieldProblems[i].isEmpty())
                problem = tr("in a resource, %1").arg(fieldProblems[i]);
        }
        if (problem.isEmpty())
            resources.append(AccessKeyResource(values[0], values[1], values[2]));
        return true;
    });
}

bool AccessKeyListReader::parseKey(AccessKey &key, QString &problem)
{
    enum Field {
        KeyField,
        NameField,
        TypeField,
        VersionField,
        TagsField,
        OperationsField,
        FieldCount
    };
    QString fieldProblems[FieldCount];
    bool hasKey = false;
    qsizetype resourcesAt = -1;
    const bool read = readObject(true, [&](const QString &field) {
        bool isNull = false, isString = false;
        const auto scalar = [&](QString &out, bool intern, int index) {
            if (!readStringOrNull(out, intern, isNull, isString))
                return false;
            fieldProblems[index] = isNull || isString
                ? QString()
                : tr("the field \"%1\" is not a string").arg(field);
            return true;
        };
        if (field == u"key") {
            const bool ok = scalar(key.key, false, KeyField);
            hasKey = !isNull;
            return ok;
        }
        if (field == u"name")
            return scalar(key.name, false, NameField);
        if (field == u"type")
            return scalar(key.typeText, true, TypeField);
        if (field == u"version")
            return scalar(key.version, true, VersionField);
        if (field == u"tags")
            return readStringList(key.tags, fieldProblems[TagsField], "tags"_L1);
        if (field == u"operations")
            return readStringList(key.operations, fieldProblems[OperationsField], "operations"_L1);
        if (field == u"resources") {
            // Read at the end, once the key's id is known for the messages.
            skipWhitespace();
            resourcesAt = m_pos;
        }
        return skipValue(2);
    });
    if (!read)
        return false;

    problem.clear();
    if (!hasKey) {
        problem = tr("in an access key, the field \"key\" is missing");
        return true;
    }
    for (const QString &fieldProblem : fieldProblems) {
        if (!fieldProblem.isEmpty()) {
            problem = tr("in an access key, %1").arg(fieldProblem);
            return true;
        }
    }
    if (key.key.isEmpty()) {
        problem = tr("an access key has an empty id");
        return true;
    }
    key.type = AccessKey::typeFromText(key.typeText);
    if (resourcesAt >= 0) {
        const qsizetype end = m_pos;
        m_pos = resourcesAt;
        QString resourceProblem;
        if (!parseResources(key.resources, resourceProblem))
            return false;
        m_pos = end;
        if (!resourceProblem.isEmpty())
            problem = tr("in the access key %1: %2").arg(key.key, resourceProblem);
    }
    return true;
}

bool AccessKeyListReader::parseKeys(AccessKeys &keys, QString &problem)
{
    keys.clear();
    problem.clear();
    if (atNull()) {
        problem = tr("the field \"access-keys\" is missing");
        return skipLiteral("null");
    }
    if (m_pos >= m_json.size() || m_json[m_pos] != '[') {
        problem = tr("the field \"access-keys\" is not a list");
        return skipValue(1);
    }
    return readArray([&] {
        skipWhitespace();
        if (m_pos < m_json.size() && m_json[m_pos] == '{') {
            AccessKey key;
            QString keyProblem;
            if (!parseKey(key, keyProblem))
                return false;
            if (problem.isEmpty() && !keyProblem.isEmpty())
                problem = keyProblem;
            if (problem.isEmpty())
                keys.append(std::move(key));
            return true;
        }
        if (problem.isEmpty())
            problem = tr("entry %1 of the key list is not an object").arg(keys.size() + 1);
        return skipValue(2);
    });
}

Result<AccessKeys> AccessKeyListReader::run()
{
    skipWhitespace();
    if (m_pos < m_json.size() && m_json[m_pos] != '{') {
        // Not an object: still a syntax error first, if there is one.
        if (skipValue(0)) {
            skipWhitespace();
            if (m_pos != m_json.size())
                syntaxError(tr("garbage after the end of the document"));
        }
        return m_syntaxError ? m_syntaxError
                             : Error::malformedResponse(tr("expected a JSON object"));
    }
    AccessKeys keys;
    QString problem = tr("the field \"access-keys\" is missing");
    // With a repeated field, the last one counts, as with QJsonDocument.
    const bool read = readObject(false, [&](const QString &field) {
        return field == u"access-keys" ? parseKeys(keys, problem) : skipValue(1);
    });
    if (read) {
        skipWhitespace();
        if (m_pos != m_json.size())
            syntaxError(tr("garbage after the end of the document"));
    }
    if (m_syntaxError)
        return m_syntaxError;
    if (!problem.isEmpty())
        return Error::malformedResponse(problem);
    return keys;
}

} // namespace Keyport
