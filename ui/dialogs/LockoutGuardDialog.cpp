// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutGuardDialog.h"

#include "iam/FormKit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyport {

using FormKit::escapeMnemonic;
using FormKit::plainLabel;
using FormKit::withoutMnemonic;

LockoutGuardDialog::LockoutGuardDialog(const LockoutAnalysis &analysis, const QString &goAheadText,
    QWidget *parent, Confirmation confirmation)
    : QDialog(parent)
    , m_analysis(analysis)
    , m_summary(plainLabel(this, QStringLiteral("lockoutSummary")))
    , m_details(new QTreeWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirmEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("lockoutGuardDialog"));
    const LockoutChange &change = m_analysis.change();
    const bool organization = change.concernsOrganization();
    // The role as the person knows it; its id only when the role is not listed.
    const QString roleName
        = m_analysis.roleName().isEmpty() ? change.roleId : m_analysis.roleName();
    const bool losses = m_analysis.locksOutAnyone();
    const bool guarded = losses || confirmation == Confirmation::Always;
    m_guarded = guarded;
    if (guarded) {
        // The role's exact name: typing it is the deliberate act asked for.
        m_confirmationText = organization ? tr("organization policy") : roleName;
    }

    auto *intro = plainLabel(this, QStringLiteral("lockoutIntro"));
    switch (change.kind) {
    case LockoutChange::Kind::RolePolicy:
        setWindowTitle(tr("Save the Policy of Role %1").arg(roleName));
        intro->setText(tr("Saving this policy changes what the API keys and people bound to role "
                          "%1 may call.")
                           .arg(roleName));
        break;
    case LockoutChange::Kind::RoleDeletion:
        setWindowTitle(tr("Delete Role %1").arg(roleName));
        intro->setText(tr("Deleting role %1 takes every operation away from the API keys and "
                          "people bound to it.")
                           .arg(roleName));
        break;
    case LockoutChange::Kind::OrganizationPolicy:
        setWindowTitle(tr("Save the Organization Policy"));
        intro->setText(tr("The organization policy judges every request of every API key and "
                          "every person before their role's policy does."));
        break;
    case LockoutChange::Kind::OrganizationReset:
        setWindowTitle(tr("Reset the Organization Policy"));
        intro->setText(tr("Resetting the organization policy allows every service class: "
                          "afterwards only the roles' own policies restrict what API keys and "
                          "people may call."));
        break;
    }
    QFont introFont = intro->font();
    introFont.setBold(true);
    intro->setFont(introFont);

    m_summary->setText(m_analysis.summary());
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *detailsLabel = new QLabel(tr("&Who loses what"), this);
    detailsLabel->setObjectName(QStringLiteral("lockoutDetailsLabel"));
    detailsLabel->setBuddy(m_details);
    m_details->setObjectName(QStringLiteral("lockoutDetails"));
    m_details->setAccessibleName(withoutMnemonic(detailsLabel->text()));
    m_details->setColumnCount(ColumnCount);
    m_details->setHeaderLabels({tr("Who and what"), tr("Why")});
    m_details->setUniformRowHeights(false);
    m_details->setWordWrap(true);
    fillDetails();
    m_details->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);
    m_details->header()->setStretchLastSection(true);
    m_details->setColumnWidth(WhatColumn, 380);
    detailsLabel->setVisible(losses);
    m_details->setVisible(losses);

    m_confirmLabel->setObjectName(QStringLiteral("lockoutConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setTextFormat(Qt::PlainText);
    m_confirmLabel->setBuddy(m_confirmEdit);
    m_confirmEdit->setObjectName(QStringLiteral("lockoutConfirmText"));
    if (guarded) {
        m_confirmLabel->setText(
            tr("&Type %1 to go ahead:").arg(escapeMnemonic(m_confirmationText)));
        m_confirmEdit->setAccessibleName(withoutMnemonic(m_confirmLabel->text()));
    }
    m_confirmLabel->setVisible(guarded);
    m_confirmEdit->setVisible(guarded);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("lockoutCancelButton"));
    m_cancel->setAccessibleName(withoutMnemonic(m_cancel->text()));
    // DestructiveRole while anyone loses anything: never the default, so that Return elsewhere
    // goes nowhere.
    m_goAhead = buttons->addButton(
        goAheadText, guarded ? QDialogButtonBox::DestructiveRole : QDialogButtonBox::AcceptRole);
    m_goAhead->setObjectName(QStringLiteral("lockoutGoAheadButton"));
    m_goAhead->setAccessibleName(withoutMnemonic(goAheadText));
    if (guarded) {
        m_goAhead->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (QPushButton *button : {m_cancel, m_goAhead})
            button->setAutoDefault(false);
    } else {
        m_goAhead->setDefault(true);
    }
    connect(m_goAhead, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &LockoutGuardDialog::updateState);

    auto *warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(style()
                               ->standardIcon(guarded ? QStyle::SP_MessageBoxWarning
                                                      : QStyle::SP_MessageBoxInformation)
                               .pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(warningIcon);
    summaryRow->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(summaryRow);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmEdit);
    if (!guarded)
        layout->addStretch(1);
    layout->addWidget(buttons);
    resize(720, guarded ? 520 : 260);

    // The field comes first: the person reads, then types; the list stays reachable by Tab.
    setTabOrder(m_confirmEdit, m_details);
    setTabOrder(m_details, m_goAhead);
    setTabOrder(m_goAhead, m_cancel);
    if (guarded)
        m_confirmEdit->setFocus(Qt::OtherFocusReason);
    else
        m_goAhead->setFocus(Qt::OtherFocusReason);
    updateState();
}

void LockoutGuardDialog::fillDetails()
{
    for (const LockoutAnalysis::Subject &subject : m_analysis.subjects()) {
        auto *item = new QTreeWidgetItem(m_details);
        item->setText(WhatColumn, subject.title());
        item->setToolTip(WhatColumn, subject.title());
        item->setFirstColumnSpanned(true);
        if (subject.kind == LockoutAnalysis::Subject::Kind::SigningKey) {
            item->setIcon(WhatColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            if (!subject.essentialsLost.isEmpty()) {
                auto *essentials = new QTreeWidgetItem(item);
                essentials->setText(WhatColumn,
                    tr("Can no longer call %1, which Keyport needs to manage IAM and to undo "
                       "this change.")
                        .arg(subject.essentialsLost.join(QStringLiteral(", "))));
                essentials->setFirstColumnSpanned(true);
            }
        }
        for (const LockoutAnalysis::Loss &loss : subject.losses) {
            auto *child = new QTreeWidgetItem(item);
            const QString what = loss.certainty == LockoutAnalysis::Loss::Certainty::Certain
                ? tr("Loses %1").arg(loss.what())
                : tr("May lose %1").arg(loss.what());
            child->setText(WhatColumn, what);
            child->setToolTip(WhatColumn, loss.sentence());
            child->setText(WhyColumn, loss.cause);
            child->setToolTip(WhyColumn, loss.sentence());
        }
    }
    m_details->expandAll();
}

bool LockoutGuardDialog::isConfirmed() const
{
    if (!m_guarded)
        return true;
    // Exactly, not trimmed or folded.
    return m_confirmEdit->text() == m_confirmationText;
}

void LockoutGuardDialog::updateState()
{
    m_goAhead->setEnabled(isConfirmed());
}

void LockoutGuardDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (focusWidget() == m_confirmEdit) {
            if (isConfirmed())
                m_goAhead->click();
            return;
        }
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused->isVisible() && focused->isEnabled() && isAncestorOf(focused)) {
            focused->click();
            return;
        }
        if (m_guarded)
            return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Keyport
