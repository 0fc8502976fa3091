// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Keyport {

class TestBenchWidget;

/// The window's "Test Bench…": the policy test bench in a dialog of its own that does not block
/// the window (non-modal), so that a person can look at a role while trying requests. Show it
/// with show() or open(); Close or Esc closes it. It only holds the widget: whoever opens it
/// feeds the widget the account's roles, API keys and organisation policy.
class TestBenchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TestBenchDialog(QWidget *parent = nullptr);
    ~TestBenchDialog() override;

    TestBenchWidget *testBench() const { return m_testBench; }

private:
    TestBenchWidget *m_testBench;
};

} // namespace Keyport
