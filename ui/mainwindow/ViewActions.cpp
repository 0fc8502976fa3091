// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewActions.h"

#include "commands/RefreshCommand.h"
#include "commands/ReloadCatalogCommand.h"
#include "services/AccountSession.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace Keyport {

ViewActions::ViewActions(std::function<void(Command *)> run, QWidget *window)
    : QObject(window)
    , m_run(std::move(run))
    , m_window(window)
{
    // These came from the window: its translation context keeps their translations.
    m_refresh = makeAction(QCoreApplication::translate("Keyport::MainWindow", "&Refresh"),
        "actionRefresh", "view-refresh", QKeySequence::Refresh, [this]() -> Command * {
            return m_session ? new RefreshCommand(m_session, m_window) : nullptr;
        });
    m_reloadCatalog = makeAction(
        tr("Reload &Catalog"), "actionReloadCatalog", "view-refresh", {}, [this]() -> Command * {
            return m_session ? new ReloadCatalogCommand(m_session, m_window) : nullptr;
        });
    m_find = makeAction(QCoreApplication::translate("Keyport::MainWindow", "&Find…"), "actionFind",
        "edit-find", QKeySequence::Find, {});
    setSession(nullptr);
}

QAction *ViewActions::makeAction(const QString &text, const char *objectName, const char *icon,
    const QKeySequence &shortcut, const std::function<Command *()> &command)
{
    // Parented to the window, as its other actions: the shortcuts dialog lists them all.
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, m_window);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (command) {
        connect(action, &QAction::triggered, this, [this, command] {
            if (Command *started = command())
                m_run(started);
        });
    }
    return action;
}

void ViewActions::setSession(AccountSession *session)
{
    m_session = session;
    // Also while loading: a refresh then starts the load afresh.
    m_refresh->setEnabled(session != nullptr);
    m_reloadCatalog->setEnabled(session != nullptr);
}

void ViewActions::addMenu(QMenuBar *menuBar)
{
    QMenu *view = menuBar->addMenu(QCoreApplication::translate("Keyport::MainWindow", "&View"));
    view->addActions({m_refresh, m_reloadCatalog, m_find});
}

} // namespace Keyport
