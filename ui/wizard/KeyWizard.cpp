// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyWizard.h"

#include "CreatingPage.h"
#include "NamePage.h"
#include "OperationsPage.h"
#include "ResourcesPage.h"
#include "ReviewPage.h"
#include "SecretPage.h"
#include "secrets/SecretStore.h"
#include "services/AccountSession.h"
#include "services/RevokeKeysFlow.h"

#include <QAction>
#include <QMessageBox>
#include <QMetaObject>
#include <QPushButton>

namespace Keyport {

KeyWizard::KeyWizard(
    AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard, QWidget *parent)
    : KeyWizard(session, accounts, clipboard, parent, WithoutPages())
{
    setObjectName(QStringLiteral("keyWizard"));
    setWindowTitle(tr("Create Key"));
    setPage(NamePageId, new NamePage(this));
    setPage(OperationsPageId, new OperationsPage(this));
    setPage(ResourcesPageId, new ResourcesPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(CreatingPageId, new CreatingPage(this));
    setPage(SecretPageId, new SecretPage(this));
    setStartId(NamePageId);
}

KeyWizard::KeyWizard(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
    QWidget *parent, WithoutPages)
    : QWizard(parent)
    , m_session(session)
    , m_accounts(accounts)
    , m_clipboard(clipboard)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    for (auto [which, name] :
        {std::pair{QWizard::NextButton, "wizardNext"}, std::pair{QWizard::BackButton, "wizardBack"},
            std::pair{QWizard::CommitButton, "wizardCommit"},
            std::pair{QWizard::FinishButton, "wizardFinish"},
            std::pair{QWizard::CancelButton, "wizardCancel"}}) {
        button(which)->setObjectName(QString::fromLatin1(name));
    }
    resize(760, 620);

    // The main window is blocked while the wizard is open: Ctrl+Q here asks it to quit, and it
    // asks first when a secret on screen would be lost.
    auto *quit = new QAction(tr("Quit"), this);
    // Ctrl+Q as on every Linux desktop, whatever the platform's key scheme says.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    addAction(quit);
    connect(quit, &QAction::triggered, this, [this] {
        if (QWidget *owner = parentWidget())
            owner->window()->close();
    });
}

QString KeyWizard::accountText() const
{
    if (!m_session)
        return {};
    const Account &account = m_session->account();
    const auto endpoint = account.endpoint();
    return endpoint ? tr("Account %1 · %2").arg(account.name, endpoint.value().displayName())
                    : tr("Account %1").arg(account.name);
}

KeyWizard::~KeyWizard() = default;

void KeyWizard::useTemplate(const AccessKey &key)
{
    const Catalog catalog = m_session ? m_session->catalog() : Catalog();
    m_template = KeyDraft::fromKey(key, catalog);
    m_draft = *m_template;
    setWindowTitle(tr("Create Key Based on %1").arg(key.name));
    // Restrictions are what a template is for: open on them. Passing through the name page
    // keeps it in the history, so that Back still leads there to rename the copy.
    m_skipNamePage = m_draft.isRestricted();
}

void KeyWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == NamePageId && m_skipNamePage) {
        m_skipNamePage = false;
        QMetaObject::invokeMethod(this, &QWizard::next, Qt::QueuedConnection);
    }
}

KeyWizard::PageId KeyWizard::pageFor(KeyDraft::Field field)
{
    switch (field) {
    case KeyDraft::Field::Name:
        return NamePageId;
    case KeyDraft::Field::Resources:
        return ResourcesPageId;
    case KeyDraft::Field::Restrictions:
    case KeyDraft::Field::Operations:
    case KeyDraft::Field::Tags:
        break;
    }
    return OperationsPageId;
}

void KeyWizard::showProblem(KeyDraft::Field field, const QString &message)
{
    showProblemOnPage(pageFor(field), message);
}

void KeyWizard::showProblemOnPage(PageId page, const QString &message)
{
    PageId target = page;
    if (!visitedIds().contains(target))
        target = ReviewPageId;
    while (currentId() != target && visitedIds().size() > 1)
        back();
    if (auto *shown = qobject_cast<ProblemShowingPage *>(currentPage()))
        shown->showProblem(message);
}

void KeyWizard::setResult(
    const AccessKey &key, Secret secret, SecretStore *storedIn, const Error &storeError)
{
    m_createdKey = key;
    m_createdSecret = std::move(secret);
    m_secretStored = storedIn != nullptr;
    m_secretPersisted = storedIn && storedIn->isPersistent();
    m_secretStoreName = storedIn ? storedIn->displayName() : QString();
    m_storeError = storeError;
    m_secretAtRisk = !m_secretPersisted;
}

void KeyWizard::reject()
{
    if (m_creating) {
        // Closing now would drop the answer, and with it the only copy of the secret.
        auto *box = new QMessageBox(QMessageBox::Information, windowTitle(),
            tr("Exoscale is creating the key. Wait for its answer: it "
               "carries the key's secret."),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_secretAtRisk && !m_closeConfirmed) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Close Without Storing the Secret?"),
            tr("The secret of the new key is not saved anywhere. Once this window is closed, "
               "nobody can see it again, and the key will need to be revoked and created anew."),
            QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("closeGuard"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *close
            = box->addButton(tr("Close and Lose the Secret"), QMessageBox::DestructiveRole);
        close->setObjectName(QStringLiteral("closeGuardConfirm"));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(close, &QPushButton::clicked, this, [this] {
            m_closeConfirmed = true;
            QWizard::reject();
        });
        box->open();
        return;
    }
    QWizard::reject();
}

} // namespace Keyport
