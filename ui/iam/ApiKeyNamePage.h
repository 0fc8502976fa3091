// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ProblemShowingPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Keyport {

class ApiKeyWizard;

/// New API Key, page 1: the key's name (1-255 characters, what is wrong said beside it) and its
/// role, picked among the account's roles by name, or "New Role…" (the last entry), which asks
/// for the role editor and keeps the current choice until the new role arrives.
class ApiKeyNamePage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit ApiKeyNamePage(ApiKeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// What is wrong with @p name, in a sentence; empty when nothing is (or when it is empty).
    static QString nameProblem(const QString &name);

private:
    void fillRoles(const QString &selectId);
    void onRoleActivated(int index);
    void showRoleWarning();

    ApiKeyWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_role;
    QLabel *m_roleWarning;
    /// The role chosen before "New Role…" was picked.
    QString m_lastRoleId;
};

} // namespace Keyport
