// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Keyport {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's own colours keep dark mode readable; only the frame stands out.
    QPalette banner = palette();
    banner.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    banner.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    setPalette(banner);

    // The themed icon is loaded when the banner first shows (see showEvent()): loading it here
    // cost a large part of the start-up of a window whose banner is hidden. Its place is kept.
    m_icon->setObjectName(QStringLiteral("errorBannerIcon"));
    m_icon->setFixedSize(24, 24);
    m_icon->setAccessibleName(tr("Warning"));
    m_label->setObjectName(QStringLiteral("errorBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_cancel->setObjectName(QStringLiteral("errorBannerCancel"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dismiss);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showEvent(QShowEvent *event)
{
    if (m_icon->pixmap().isNull())
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    QFrame::showEvent(event);
}

void ErrorBanner::showMessage(const QString &message, bool offerRetry, bool offerCancel)
{
    m_label->setText(message);
    m_retry->setVisible(offerRetry);
    m_cancel->setVisible(offerCancel);
    show();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Keyport
