// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace Keyport {

/// One user action (Kleopatra's shape): built by the window with what it needs, started once, it
/// opens its dialog with open(), runs its job when the person goes ahead, reports once through
/// finished() and deletes itself. It lives as a child of the widget it was started from, so
/// closing the window ends it.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(QWidget *parentWidget);
    ~Command() override;

    /// Starts the action (its dialog opens now); later calls are ignored.
    void start();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// Something went well, worth a line in the status bar.
    void info(const QString &message);
    /// Something went wrong, worth the window's banner; never for a cancellation.
    void error(const QString &message);
    /// The person backed out (closed the dialog, pressed Cancel); finished() follows.
    void canceled();
    /// Exactly once, always after start() returned; the command deletes itself afterwards.
    void finished();

protected:
    QWidget *parentWidget() const { return m_parentWidget; }
    virtual void doStart() = 0;
    /// Ends the command: finished() once, then deletion. Calls after the first are ignored.
    void done();
    /// canceled() then done().
    void cancel();
    /// Reports @p message as an error, then done().
    void fail(const QString &message);

private:
    QPointer<QWidget> m_parentWidget;
    bool m_started = false;
    bool m_finished = false;
    bool m_inStart = false;
};

} // namespace Keyport
