// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace Keyport {

class IamSession;
class PolicyView;

/// An account's organisation policy (object name `organizationPolicyPage`): the policy in plain
/// words and per service class, why it is unknown when it could not be read, and a row of buttons
/// for the actions the window gives (addAction). Makes no server call: commands do.
class OrganizationPolicyPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationPolicyPage(QWidget *parent = nullptr);

    /// Shows @p session's organisation policy; null clears the page.
    void setSession(IamSession *session);
    IamSession *session() const;

    PolicyView *policyView() const { return m_policyView; }

    /// Also shows @p action as a button in the page's row (it follows the action's text,
    /// enabled state and visibility).
    void addAction(QAction *action);

Q_SIGNALS:
    /// The policy shown changed (loaded, replaced, cleared).
    void selectionChanged();

private:
    void updateState();

    QPointer<IamSession> m_session;
    QLabel *m_problem;
    PolicyView *m_policyView;
    QHBoxLayout *m_buttons;
};

} // namespace Keyport
