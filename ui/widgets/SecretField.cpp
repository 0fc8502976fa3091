// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretField.h"

#include "domain/Secret.h"

#include <QClipboard>
#include <QGuiApplication>

#include <cstring>

namespace Keyport {

SecretField::SecretField(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setEchoMode(QLineEdit::Password);
    // No context menu: its Copy would bypass the auto-clearing clipboard.
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection()) {
        connect(clipboard, &QClipboard::selectionChanged, this, &SecretField::onSelectionChanged);
    }
}

SecretField::~SecretField()
{
    wipe();
}

void SecretField::setSecret(const Secret &secret)
{
    wipe();
    // The widget keeps this very buffer: wipe() overwrites it later.
    setText(secret.reveal());
}

void SecretField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
}

void SecretField::wipeString(QString &text)
{
    // Static data (a literal) is not ours to write; an empty string has nothing to wipe.
    if (!text.isEmpty() && text.data_ptr().isMutable()) {
        // Written through the shared buffer on purpose: the other owner is the widget's own copy.
        explicit_bzero(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

void SecretField::wipe()
{
    QString text = QLineEdit::text();
    wipeString(text);
    // setText() also drops the layout's copy of the text and the undo history, which holds
    // every character typed (clear() would add the text to it, one character at a time).
    setText(QString());
}

void SecretField::onSelectionChanged()
{
    // A line edit in Normal echo mode puts a mouse or keyboard selection on PRIMARY: when that
    // selection is ours, it is taken back at once. Comparing owner and selection, not the
    // text, so that no further copy of the secret is made.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (isRevealed() && hasFocus() && hasSelectedText() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

} // namespace Keyport
