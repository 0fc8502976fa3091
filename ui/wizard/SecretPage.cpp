// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretPage.h"

#include "accounts/AccountStore.h"
#include "KeyWizard.h"
#include "secrets/SecretStore.h"
#include "services/AccountSession.h"
#include "widgets/SecretClipboard.h"
#include "widgets/SecretField.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

SecretPage::SecretPage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_keyId(new QLabel(this))
    , m_secret(new SecretField(this))
    , m_reveal(new QCheckBox(tr("Re&veal"), this))
    , m_copy(new QPushButton(tr("&Copy Secret"), this))
    , m_copyEnvironment(new QPushButton(tr("Copy as &Environment Variables"), this))
    , m_storeStatus(new QLabel(this))
    , m_acknowledged(new QCheckBox(tr("I have &stored this secret"), this))
{
    setTitle(tr("The Key's Secret"));
    setSubTitle(tr("This is the only time Exoscale gives the secret."));
    m_keyId->setObjectName(QStringLiteral("createdKeyId"));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setAccessibleName(tr("Secret"));
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_copy->setObjectName(QStringLiteral("copySecret"));
    m_copyEnvironment->setObjectName(QStringLiteral("copyEnvironment"));
    m_storeStatus->setObjectName(QStringLiteral("secretStoreStatus"));
    m_storeStatus->setWordWrap(true);
    m_acknowledged->setObjectName(QStringLiteral("secretAck"));

    auto *form = new QFormLayout;
    form->addRow(tr("Key ID:"), m_keyId);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    auto *secretLabel = new QLabel(tr("Secret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyEnvironment);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_storeStatus);
    layout->addWidget(m_acknowledged);
    layout->addStretch();

    connect(m_reveal, &QCheckBox::toggled, m_secret, &SecretField::setRevealed);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (SecretClipboard *clipboard = keyWizard()->clipboard())
            clipboard->copy(keyWizard()->createdSecret());
    });
    connect(m_copyEnvironment, &QPushButton::clicked, this, [this] {
        SecretClipboard *clipboard = keyWizard()->clipboard();
        if (!clipboard)
            return;
        QString secret = keyWizard()->createdSecret().reveal();
        QString text = QStringLiteral("EXOSCALE_API_KEY=%1 EXOSCALE_API_SECRET=%2")
                           .arg(keyWizard()->createdKey().key, secret);
        const Secret lines = Secret::fromString(text);
        SecretField::wipeString(secret);
        SecretField::wipeString(text);
        clipboard->copy(lines);
    });
    connect(m_acknowledged, &QCheckBox::toggled, this, [this](bool acknowledged) {
        keyWizard()->setSecretAtRisk(!keyWizard()->secretPersisted() && !acknowledged);
        Q_EMIT completeChanged();
    });
}

SecretPage::~SecretPage() = default;

void SecretPage::initializePage()
{
    KeyWizard *wizard = keyWizard();
    m_keyId->setText(wizard->createdKey().key);
    m_secret->setSecret(wizard->createdSecret());
    m_reveal->setChecked(false);
    const QString account = wizard->session() ? wizard->session()->account().name : QString();
    if (wizard->secretPersisted()) {
        m_storeStatus->setText(tr("Saved in %1 as %2. Keyport can copy it for you later.")
                                   .arg(wizard->secretStoreName(),
                                       wizard->accounts() ? wizard->accounts()->entryName(
                                           account, wizard->createdKey().key)
                                                          : QString()));
        m_acknowledged->hide();
    } else if (wizard->secretStored()) {
        m_storeStatus->setText(
            tr("<b>Kept in memory for this session only</b>: Keyport forgets it when it quits."
               "<br>Copy it somewhere safe now: once Keyport has quit, nobody can see it again."));
        m_acknowledged->show();
        m_acknowledged->setChecked(false);
    } else {
        m_storeStatus->setText(
            tr("<b>The secret was not saved</b>: %1<br>Copy it somewhere safe now: once this "
               "window is closed, nobody can see it again.")
                .arg(wizard->storeError().message().toHtmlEscaped()));
        m_acknowledged->show();
        m_acknowledged->setChecked(false);
    }
    m_copy->setFocus();
}

bool SecretPage::isComplete() const
{
    return keyWizard()->secretPersisted() || m_acknowledged->isChecked();
}

} // namespace Keyport
