// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBenchDialog.h"

#include "iam/TestBenchWidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

TestBenchDialog::TestBenchDialog(QWidget *parent)
    : QDialog(parent)
    , m_testBench(new TestBenchWidget(this))
{
    setObjectName(QStringLiteral("testBenchDialog"));
    setWindowTitle(tr("Test Bench"));
    setAccessibleName(windowTitle());
    setModal(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("testBenchButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("testBenchClose"));
    // Return belongs to the form (editing a cell, choosing an operation), not to Close.
    close->setAutoDefault(false);
    close->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_testBench, 1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(900, 600)));
}

TestBenchDialog::~TestBenchDialog() = default;

} // namespace Keyport
