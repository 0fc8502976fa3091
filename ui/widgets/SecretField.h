// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace Keyport {

class Secret;

/// A read-only line that shows a secret: hidden until revealed, never left on the X11 PRIMARY
/// selection (selecting revealed text would otherwise hand it to any program that asks, without
/// the password-manager hint, for as long as Keyport runs), and wiped when it is cleared or dies.
class SecretField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);
    ~SecretField() override;

    void setSecret(const Secret &secret);
    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    /// Overwrites the text in memory, then empties the field.
    void wipe();

    /// Overwrites the characters of @p text in place, then empties it. Every copy sharing its
    /// buffer is overwritten too: use it only when no one still needs the text.
    static void wipeString(QString &text);

private:
    void onSelectionChanged();
};

} // namespace Keyport
