// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Keyport {

/// A non-modal strip above the key list: what went wrong (or is taking long) in plain words,
/// with Retry and, while something can still be stopped, Cancel.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, bool offerRetry = true, bool offerCancel = false);
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_dismiss;
};

} // namespace Keyport
