// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Keyport {

class Secret;

/// Puts a secret on the clipboard the way password managers do: marked with the
/// "x-kde-passwordManagerHint: secret" MIME hint (so clipboard managers do not keep it), and
/// cleared after a timeout if the clipboard still holds it.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultTimeout{30};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void copy(const Secret &secret);
    /// Clears the clipboard now, if it still holds what copy() put there.
    void clearIfUnchanged();
    bool isHolding() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    /// True when the clipboard still held the secret and was cleared.
    bool clearClipboard();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QByteArray m_fingerprint; ///< a hash of what was copied, never the secret itself
};

} // namespace Keyport
