// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Keyport"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Keyport manages the IAM access keys of your Exoscale accounts. "
                               "Add an account with an API key and its secret, import the "
                               "accounts of the exo command-line tool, or look around in a "
                               "simulated account first."),
        this);
    text->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Account…"), this);
    add->setObjectName(QStringLiteral("welcomeAddAccount"));
    auto *import = new QPushButton(tr("&Import from exo CLI…"), this);
    import->setObjectName(QStringLiteral("welcomeImport"));
    auto *demo = new QPushButton(tr("Try the &Demo"), this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    for (QPushButton *button : {add, import, demo})
        layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    setMaximumWidth(QWIDGETSIZE_MAX);

    connect(add, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

} // namespace Keyport
