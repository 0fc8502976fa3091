// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include <QTimer>

namespace Keyport {

Command::Command(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
{ }

Command::~Command() = default;

void Command::start()
{
    if (m_started)
        return;
    m_started = true;
    // The dialog opens now (people and tests see it at once); an action that ends at once
    // (nothing selected, nothing to do) still finishes after start() returned.
    m_inStart = true;
    doStart();
    m_inStart = false;
}

void Command::done()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_inStart) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished();
            deleteLater();
        });
        return;
    }
    Q_EMIT finished();
    deleteLater();
}

void Command::cancel()
{
    if (m_finished)
        return;
    Q_EMIT canceled();
    done();
}

void Command::fail(const QString &message)
{
    if (m_finished)
        return;
    Q_EMIT error(message);
    done();
}

} // namespace Keyport
