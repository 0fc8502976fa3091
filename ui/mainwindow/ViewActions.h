// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QKeySequence;
class QMenuBar;
class QWidget;

namespace Keyport {

class AccountSession;
class Command;

/// The View menu's actions: Refresh (the key list), Reload Catalog (the catalog and the signing
/// key's own operations) and Find (the window connects it to the search field). Each builds its
/// command for the open account; the window runs it.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    /// @p run starts a command the way the window does (its messages go to the status bar and
    /// the banner).
    ViewActions(std::function<void(Command *)> run, QWidget *window);

    /// The open account (null for none): the actions act on it and are enabled with it.
    void setSession(AccountSession *session);
    /// Adds the View menu.
    void addMenu(QMenuBar *menuBar);

    QAction *refreshAction() const { return m_refresh; }
    QAction *reloadCatalogAction() const { return m_reloadCatalog; }
    QAction *findAction() const { return m_find; }

private:
    QAction *makeAction(const QString &text, const char *objectName, const char *icon,
        const QKeySequence &shortcut, const std::function<Command *()> &command);

    std::function<void(Command *)> m_run;
    QWidget *m_window;
    QPointer<AccountSession> m_session;
    QAction *m_refresh = nullptr;
    QAction *m_reloadCatalog = nullptr;
    QAction *m_find = nullptr;
};

} // namespace Keyport
