// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Keyport {

/// Page 1: the key's name, and whether it is restricted.
class NamePage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit NamePage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void store();

    QLineEdit *m_name;
    QRadioButton *m_restricted;
    QRadioButton *m_unrestricted;
    QLabel *m_unrestrictedWarning;
    QLabel *m_nameProblem;
};

} // namespace Keyport
