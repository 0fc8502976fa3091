// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/MainWindow.h"
#include "wizard/KeyWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace Keyport::Test {

/// Drives the Create Key wizard the way a person does: through its widgets, by object name.
class WizardDriver
{
public:
    explicit WizardDriver(KeyWizard *wizard)
        : m_wizard(wizard)
    { }

    KeyWizard *wizard() const { return m_wizard; }

    /// The wizard's child named @p name; when there is none, fails the test (without ending the
    /// run) and returns null: check the result (or use KEYPORT_FIND on wizard()).
    template <typename T> T *find(const QString &name) const
    {
        T *found = m_wizard->findChild<T *>(name);
        if (!found) {
            QTest::qFail(
                qPrintable(QStringLiteral("the wizard has no %1").arg(name)), __FILE__, __LINE__);
        }
        return found;
    }
    /// The text of a label, or a placeholder (and a failed test) when there is no such label.
    QString text(const QString &labelName) const
    {
        auto *label = find<QLabel>(labelName);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(labelName);
    }
    void type(const QString &editName, const QString &text) const
    {
        auto *edit = find<QLineEdit>(editName);
        if (!edit)
            return;
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    void click(const QString &buttonName) const
    {
        auto *button = find<QAbstractButton>(buttonName);
        if (!button)
            return;
        // Check boxes and radio buttons answer on their box and text, not anywhere in their row.
        const bool boxed = button->inherits("QCheckBox") || button->inherits("QRadioButton");
        QTest::mouseClick(button, Qt::LeftButton, {},
            boxed ? QPoint(6, button->height() / 2) : button->rect().center());
    }
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    bool next() const
    {
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled())
            return false;
        QTest::mouseClick(next, Qt::LeftButton);
        return true;
    }
    bool commit() const
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        if (!commit->isVisible() || !commit->isEnabled())
            return false;
        QTest::mouseClick(commit, Qt::LeftButton);
        return true;
    }

private:
    KeyWizard *m_wizard;
};

} // namespace Keyport::Test
