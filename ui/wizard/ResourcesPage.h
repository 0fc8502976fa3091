// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Keyport {

/// Page 3: zero or more resources (an SOS bucket, a partner product), each name validated.
class ResourcesPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit ResourcesPage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addResource();
    void removeSelected();
    void refreshList();
    void updateInput();

    QComboBox *m_domain;
    QLineEdit *m_name;
    QPushButton *m_add;
    QLabel *m_nameProblem;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_warning;
};

} // namespace Keyport
