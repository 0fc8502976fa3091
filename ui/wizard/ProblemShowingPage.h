// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace Keyport {

class KeyWizard;

/// A wizard page that names the account the key is created in, can show a problem the server
/// found with what it edits, and a banner naming the template key the draft started from.
class ProblemShowingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProblemShowingPage(KeyWizard *wizard);

    void showProblem(const QString &message);
    void clearProblem();

protected:
    KeyWizard *keyWizard() const { return m_wizard; }
    /// The account, the banner and the problem label, to put at the top of the page's layout.
    QWidget *header() const { return m_header; }
    void initializePage() override;

private:
    KeyWizard *m_wizard;
    QWidget *m_header;
    QLabel *m_account;
    QLabel *m_template;
    QLabel *m_problem;
};

} // namespace Keyport
