// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LockoutAnalysis.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Keyport {

/// Asks before a change that can lock people out of IAM v3 is sent (issue 11, point 4; UX.md
/// "Before anything that can lock people out"): a summary of who loses what, the details per
/// API key and person with the rule or default responsible, and, when anyone loses anything,
/// the role's exact name (or the words "organization policy") to type before the go-ahead
/// button can be used. When nobody loses anything it says so and the button is enabled at once.
/// Does no I/O: the owner opens it with open() and sends the change when it is accepted.
class LockoutGuardDialog : public QDialog
{
    Q_OBJECT

public:
    /// Columns of the details (objectName "lockoutDetails").
    enum Column { WhatColumn, WhyColumn, ColumnCount };

    /// @p goAheadText: the go-ahead button's text, named after the action ("Save Policy",
    /// "Delete Role", "Reset Policy").
    /// Whether the confirmation must be typed.
    enum class Confirmation {
        WhenAnyoneLoses,
        Always, ///< also when nobody loses anything (a deletion, a reset)
    };

    LockoutGuardDialog(const LockoutAnalysis &analysis, const QString &goAheadText,
        QWidget *parent = nullptr, Confirmation confirmation = Confirmation::WhenAnyoneLoses);

    const LockoutAnalysis &analysis() const { return m_analysis; }
    /// What must be typed to go ahead: the role's exact name, or "organization policy"
    /// (translated); empty when nobody loses anything.
    QString confirmationText() const { return m_confirmationText; }
    /// Whether the go-ahead button may be used.
    bool isConfirmed() const;

protected:
    /// Return presses the button that has the focus, or goes ahead from the confirmation field
    /// once the text is typed; no button is the default while confirmation is needed.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fillDetails();
    void updateState();

    LockoutAnalysis m_analysis;
    QString m_confirmationText;
    bool m_guarded = false;
    QLabel *m_summary;
    QTreeWidget *m_details;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmEdit;
    QPushButton *m_goAhead;
    QPushButton *m_cancel;
};

} // namespace Keyport
