// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyport {

/// Page 6: the new key's secret, shown once: hidden until revealed, copied through the
/// auto-clearing clipboard, and where it was saved — or a warning that it was not, in which case
/// Finish waits for "I have stored this secret".
class SecretPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit SecretPage(KeyWizard *wizard);
    ~SecretPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel *m_keyId;
    QLineEdit *m_secret;
    QCheckBox *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_copyEnvironment;
    QLabel *m_storeStatus;
    QCheckBox *m_acknowledged;
};

} // namespace Keyport
