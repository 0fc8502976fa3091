// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Keyport {

/// What the centre shows when there is no account: the three ways in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addAccountRequested();
    void importRequested();
    void demoRequested();
};

} // namespace Keyport
