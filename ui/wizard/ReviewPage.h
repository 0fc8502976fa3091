// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QLabel;
class QPlainTextEdit;

namespace Keyport {

/// Page 4, the commit page: what will be created, the request body, the equivalent exo command
/// line, and what differs from the template. Its button is "Create Key".
class ReviewPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit ReviewPage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel *m_summary;
    QLabel *m_differences;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_command;
    QLabel *m_problems;
};

} // namespace Keyport
