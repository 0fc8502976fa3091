// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QDebug;

namespace Keyport {

/// A secret (an API secret) with a short, visible life: move-only, wiped from memory when it
/// dies, and printed as "<redacted>". Copy it only on purpose, with clone().
class Secret
{
public:
    Secret() = default;
    static Secret fromUtf8(QByteArray bytes);
    static Secret fromString(const QString &text);

    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }

    /// The bytes, for signing and storing. Do not keep a copy.
    const QByteArray &utf8() const { return m_bytes; }
    /// The text, only to put in front of a person who asked to see it.
    QString reveal() const { return QString::fromUtf8(m_bytes); }
    /// A deliberate copy.
    Secret clone() const;

    bool operator==(const Secret &other) const;

    /// Overwrites the bytes and empties the secret.
    void wipe();

    /// For secrets kept a long time in memory (the session store, the simulated server): XOR
    /// with a random mask, so that memory never holds them in the clear between uses. The same
    /// call masks and unmasks.
    static QByteArray masked(QByteArrayView bytes, const QByteArray &mask);
    /// 64 random bytes, none of them zero.
    static QByteArray newMask();

private:
    explicit Secret(QByteArray bytes);
    QByteArray m_bytes;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace Keyport
