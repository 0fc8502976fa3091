// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/ProblemShowingPage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Keyport {

class ApiKeyWizard;

/// New API Key, page 2, the commit page: the name, the role by name (and what it grants when it
/// grants everything), and the equivalent `exo iam api-key create NAME ROLE` line with a Copy
/// button. Its button is "Create API Key".
class ApiKeyReviewPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit ApiKeyReviewPage(ApiKeyWizard *wizard);

    void initializePage() override;

private:
    ApiKeyWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_roleWarning;
    QPlainTextEdit *m_command;
    QPushButton *m_copyCommand;
};

} // namespace Keyport
