// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretClipboard.h"

#include "domain/Secret.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace Keyport {

namespace {
QByteArray fingerprintOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving the program does not leave the secret behind. Silently: whoever listens to
    // cleared() may be half destroyed by now.
    if (m_timer.isActive())
        clearClipboard();
}

void SecretClipboard::copy(const Secret &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret.reveal());
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprintOf(secret.utf8());
    m_timer.start(m_timeout);
}

bool SecretClipboard::clearClipboard()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours
        = !m_fingerprint.isEmpty() && fingerprintOf(clipboard->text().toUtf8()) == m_fingerprint;
    if (ours)
        clipboard->clear();
    m_fingerprint.clear();
    return ours;
}

void SecretClipboard::clearIfUnchanged()
{
    if (clearClipboard())
        Q_EMIT cleared();
}

} // namespace Keyport
