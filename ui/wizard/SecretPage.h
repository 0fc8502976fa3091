// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace Keyport {

class SecretField;

/// Page 6: the new key's secret, shown once: hidden until revealed, copied through the
/// auto-clearing clipboard, and where it was saved. When nothing persistent holds it (memory only,
/// or no store at all), the page says so and Finish waits for "I have stored this secret".
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
    SecretField *m_secret;
    QCheckBox *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_copyEnvironment;
    QLabel *m_storeStatus;
    QCheckBox *m_acknowledged;
};

} // namespace Keyport
