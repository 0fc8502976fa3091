// SPDX-License-Identifier: GPL-3.0-or-later
// Create Key, offscreen, against the sandbox, with the real system keychain: the wizard's pages,
// the exact request bodies, the secret stored before it is shown, templates, refusals and a lost
// answer.
#include "SecretTool.h"
#include "WindowHarness.h"
#include "WizardDriver.h"

#include "accounts/AccountStore.h"
#include "api/ApiJson.h"
#include "dialogs/RevokeDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "models/CatalogModel.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "widgets/SecretField.h"
#include "wizard/CatalogItemDelegate.h"
#include "wizard/OperationsPage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString service = u"KeyportWizardTest"_s;

/// The catalog's delegate, opened up to see how it would draw a row.
class DelegateProbe : public CatalogItemDelegate
{
public:
    QStyleOptionViewItem optionFor(const QModelIndex &index, QWidget *view) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto probe = finished(m_keychain.probe(), 15000);
        QVERIFY(probe);
        QVERIFY2(!probe->error(), "No usable Secret Service: run through packaging/dev.sh test.");
    }

    void init()
    {
        WindowHarness::Options options;
        options.keychain = &m_keychain;
        m_harness = std::make_unique<WindowHarness>(options);
    }

    void cleanup()
    {
        if (window() && m_harness->accounts()->account(u"sandbox"_s))
            finished(
                m_harness->accounts()->removeAccount(u"sandbox"_s)); // leave nothing in the keyring
        m_harness.reset();
    }

    void nameIsChecked()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        QVERIFY(!driver.next()); // no name yet
        driver.type(u"keyName"_s, u" leading-space"_s);
        QVERIFY(!driver.next());
        QVERIFY(driver.text(u"nameProblem"_s).contains(u"space"));
        driver.type(u"keyName"_s, u"fine-name"_s);
        QVERIFY(driver.text(u"nameProblem"_s).isEmpty());
        QVERIFY(driver.next());
        QCOMPARE(driver.wizard()->currentId(), int(KeyWizard::OperationsPageId));
    }

    void createsAnUnrestrictedKey()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"ci-admin"_s);
        driver.click(u"kindUnrestricted"_s);
        KEYPORT_FIND(unrestrictedWarning, QLabel, driver.wizard(), u"unrestrictedWarning"_s);
        QVERIFY(unrestrictedWarning->isVisible());
        QVERIFY(driver.next());
        QCOMPARE(driver.wizard()->currentId(), int(KeyWizard::ReviewPageId));
        KEYPORT_FIND(reviewCommand, QPlainTextEdit, driver.wizard(), u"reviewCommand"_s);
        QCOMPARE(reviewCommand->toPlainText(), u"exo iam access-key create ci-admin"_s);
        QCOMPARE(driver.button(QWizard::CommitButton)->text(), u"&Create Key"_s);
        QVERIFY(driver.commit());
        QTRY_COMPARE(driver.wizard()->currentId(), int(KeyWizard::SecretPageId));

        QCOMPARE(lastCreateBody(), QByteArray(R"({"name":"ci-admin"})"));
        const QString id = driver.text(u"createdKeyId"_s);
        QVERIFY(AccessKey::isValidKeyId(id));
        KEYPORT_FIND(secret, QLineEdit, driver.wizard(), u"secretField"_s);
        // Wiped when it goes, and never left on the X11 PRIMARY selection (tst_primaryselection).
        QVERIFY(qobject_cast<SecretField *>(secret));
        QCOMPARE(secret->echoMode(), QLineEdit::Password); // hidden until revealed
        driver.click(u"revealSecret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->text().size(), 43);
        // Stored in the real keychain before it was shown.
        QCOMPARE(lookUpSecret(service, u"keyport/sandbox/"_s + id), secret->text().toUtf8());
        QVERIFY(driver.text(u"secretStoreStatus"_s).startsWith(u"Saved in the system keychain"));
        KEYPORT_FIND(secretAck, QWidget, driver.wizard(), u"secretAck"_s);
        QVERIFY(!secretAck->isVisible());
        QVERIFY(driver.button(QWizard::FinishButton)->isEnabled());
        // A copy of its own: the field overwrites its buffer, and all that share it, when it goes.
        const QString secretText = QString::fromUtf8(secret->text().toUtf8());
        // Copy: marked for password managers; as environment variables, both lines' worth.
        driver.click(u"copySecret"_s);
        QCOMPARE(QApplication::clipboard()->text(), secretText);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
            QByteArray("secret"));
        driver.click(u"copyEnvironment"_s);
        QCOMPARE(QApplication::clipboard()->text(),
            u"EXOSCALE_API_KEY=%1 EXOSCALE_API_SECRET=%2"_s.arg(id, secretText));
        QApplication::clipboard()->clear();
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<KeyWizard *>());

        // The list holds the key, selected, and Keyport holds its secret.
        QCOMPARE(selectedKeyId(), id);
        KEYPORT_FIND(actionCopySecret, QAction, window(), u"actionCopySecret"_s);
        actionCopySecret->trigger();
        QTRY_COMPARE(QApplication::clipboard()->text(), secretText);
    }

    void environmentAccountKeysGoToTheKeychain()
    {
        // The account of the EXOSCALE_* variables is not saved, but the keys it creates exist
        // at Exoscale all the same: their secrets belong in the keychain.
        auto driver = openWizardFor(Account::Origin::Environment);
        QVERIFY(driver.wizard());
        const QString root = m_harness->fixture().sandbox().rootKeyId();
        const QString id = createUnrestricted(driver, u"from-env"_s);
        const QString entry = u"keyport/environment/%1/%2"_s.arg(root, id);
        const QString status = driver.text(u"secretStoreStatus"_s);
        QVERIFY2(
            status.startsWith(u"Saved in the system keychain as " + entry), qPrintable(status));
        KEYPORT_FIND(secret, QLineEdit, driver.wizard(), u"secretField"_s);
        QCOMPARE(lookUpSecret(service, entry), secret->text().toUtf8());
        KEYPORT_FIND(secretAck, QWidget, driver.wizard(), u"secretAck"_s);
        QVERIFY(!secretAck->isVisible());
        QVERIFY(driver.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<KeyWizard *>());

        // The list and the details pane name the store that holds it.
        QCOMPARE(selectedKeyId(), id);
        QCOMPARE(secretCell(id), u"The system keychain"_s);
        KEYPORT_FIND(detailsSecret, QLabel, window(), u"detailsSecret"_s);
        QCOMPARE(detailsSecret->text(), u"Held by Keyport in the system keychain"_s);
        KEYPORT_FIND(secretsStatus, QLabel, window(), u"secretsStatus"_s);
        QCOMPARE(secretsStatus->text(), u"Secrets: system keychain"_s);
        // The next run with the same variables knows it holds that secret (ids only saved).
        m_harness->settings()->sync();
        QVERIFY(m_harness->settings()
                    ->value(u"environmentSecrets/"_s + root)
                    .toStringList()
                    .contains(id));
        {
            AccountStore again(m_harness->settings(), &m_keychain, m_harness->sessionSecrets());
            Account account = m_harness->fixture().account(u"Environment"_s);
            account.origin = Account::Origin::Environment;
            QVERIFY(
                finished(again.addAccount(account, m_harness->fixture().sandbox().rootSecret())));
            QVERIFY(again.storedKeySecrets(u"Environment"_s).contains(id));
            QCOMPARE(again.keySecretStore(u"Environment"_s, id), &m_keychain);
        }
        // Forgetting it deletes the entry itself.
        auto forget = finished(m_harness->accounts()->forgetKeySecret(u"Environment"_s, id));
        QVERIFY(forget && !forget->error());
        QVERIFY(lookUpSecret(service, entry).isEmpty());
    }

    void demoKeysStayInMemoryAndSayWhere()
    {
        auto driver = openWizardFor(Account::Origin::Demo);
        QVERIFY(driver.wizard());
        const QString id = createUnrestricted(driver, u"demo-key"_s);
        const QString status = driver.text(u"secretStoreStatus"_s);
        QVERIFY2(status.contains(u"this session only"), qPrintable(status));
        QVERIFY(!status.contains(u"keychain"));
        // Nothing went to the keychain under any name.
        QVERIFY(lookUpSecret(service, u"keyport/demo/"_s + id).isEmpty());
        QCOMPARE(m_harness->accounts()->keySecretStore(u"demo"_s, id), m_harness->sessionSecrets());
        // Finish waits for the acknowledgement.
        KEYPORT_FIND(ack, QCheckBox, driver.wizard(), u"secretAck"_s);
        QVERIFY(ack->isVisible());
        QVERIFY(!driver.button(QWizard::FinishButton)->isEnabled());
        driver.click(u"secretAck"_s);
        QVERIFY(driver.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<KeyWizard *>());
        QCOMPARE(secretCell(id), u"This session only"_s);
        KEYPORT_FIND(detailsSecret, QLabel, window(), u"detailsSecret"_s);
        QCOMPARE(detailsSecret->text(), u"Held by Keyport in this session only"_s);
        KEYPORT_FIND(secretsStatus, QLabel, window(), u"secretsStatus"_s);
        QCOMPARE(secretsStatus->text(), u"Secrets: this session only"_s);
    }

    void quittingAsksWhileASecretIsOnlyInMemory()
    {
        auto driver = openWizardFor(Account::Origin::Demo);
        QVERIFY(driver.wizard());
        createUnrestricted(driver, u"quit-guard"_s);
        // The window's close button.
        QVERIFY(!window()->close());
        QMessageBox *guard = nullptr;
        QTRY_VERIFY((guard = driver.wizard()->findChild<QMessageBox *>(u"quitGuard"_s)));
        QVERIFY(guard->text().contains(u"nobody can see it again"));
        QTest::mouseClick(guard->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!driver.wizard()->findChild<QMessageBox *>(u"quitGuard"_s));
        QVERIFY(window()->isVisible());
        QVERIFY(driver.wizard()->isVisible());
        // Ctrl+Q, typed in the wizard.
        driver.wizard()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(driver.wizard()));
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused && focused->window() == driver.wizard());
        QTest::keyClick(focused, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY((guard = driver.wizard()->findChild<QMessageBox *>(u"quitGuard"_s)));
        KEYPORT_FIND(quitGuardConfirm, QPushButton, guard, u"quitGuardConfirm"_s);
        QTest::mouseClick(quitGuardConfirm, Qt::LeftButton);
        QTRY_VERIFY(!window()->isVisible());
    }

    void acknowledgedSecretQuitsWithoutAsking()
    {
        auto driver = openWizardFor(Account::Origin::Demo);
        QVERIFY(driver.wizard());
        createUnrestricted(driver, u"acked-quit"_s);
        driver.click(u"secretAck"_s);
        QVERIFY(window()->close());
        QVERIFY(!driver.wizard()->findChild<QMessageBox *>(u"quitGuard"_s));
    }

    void theWindowDeletesPendingEntriesOnceTheKeychainWorks()
    {
        // An account removed while the keychain could not be used left its entry behind.
        openMainWindow();
        const QString entry = u"keyport/sandbox/"_s + m_harness->fixture().sandbox().rootKeyId();
        QVERIFY(!lookUpSecret(service, entry).isEmpty());
        window()->useSessionOnlySecrets(u"locked for the test"_s);
        auto removed = finished(m_harness->accounts()->removeAccount(u"sandbox"_s));
        QVERIFY(removed);
        QCOMPARE(removed->error().code(), Error::Code::KeychainDeferred);
        QCOMPARE(m_harness->accounts()->pendingDeletions(), QStringList{entry});
        QVERIFY(!lookUpSecret(service, entry).isEmpty());
        KEYPORT_FIND(secretsStatus, QLabel, window(), u"secretsStatus"_s);
        QVERIFY(secretsStatus->toolTip().contains(u"wait to be deleted"));
        // Try Again: the keychain works, and the entry goes.
        window()->checkKeychain();
        QTRY_VERIFY_WITH_TIMEOUT(m_harness->accounts()->pendingDeletions().isEmpty(), 15000);
        QVERIFY(lookUpSecret(service, entry).isEmpty());
        QVERIFY(!secretsStatus->toolTip().contains(u"wait to be deleted"));
    }

    void createsARestrictedKeyWithTagOperationAndBucket()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"uploader"_s);
        QVERIFY(driver.next());
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        QCOMPARE(driver.text(u"operationCounts"_s),
            u"0 tag(s), 0 operation(s) → 0 operation(s) in effect"_s);
        QVERIFY(check(catalog, u"sos"_s, {}));
        QVERIFY(check(catalog, u"compute"_s, u"list-zones"_s));
        QCOMPARE(driver.text(u"operationCounts"_s),
            u"1 tag(s), 1 operation(s) → 31 operation(s) in effect"_s);
        // sos has writes that start jobs: get-operation is suggested, and one click adds it.
        KEYPORT_FIND(addGetOperation, QWidget, driver.wizard(), u"addGetOperation"_s);
        QVERIFY(addGetOperation->isVisible());
        driver.click(u"addGetOperation"_s);
        QVERIFY(!addGetOperation->isVisible());
        QVERIFY(driver.next());

        QCOMPARE(driver.wizard()->currentId(), int(KeyWizard::ResourcesPageId));
        driver.type(u"resourceName"_s, u"Bad_Bucket"_s);
        KEYPORT_FIND(addResource, QAbstractButton, driver.wizard(), u"addResource"_s);
        QVERIFY(!addResource->isEnabled());
        QVERIFY(driver.text(u"resourceProblem"_s).contains(u"lower-case"));
        driver.type(u"resourceName"_s, u"my-bucket"_s);
        driver.click(u"addResource"_s);
        KEYPORT_FIND(resourceList, QListWidget, driver.wizard(), u"resourceList"_s);
        QCOMPARE(resourceList->count(), 1);
        KEYPORT_FIND(resourceWarning, QLabel, driver.wizard(), u"resourceWarning"_s);
        QVERIFY(!resourceWarning->isVisible()); // sos operations are there
        QVERIFY(driver.next());

        KEYPORT_FIND(reviewCommand, QPlainTextEdit, driver.wizard(), u"reviewCommand"_s);
        QCOMPARE(reviewCommand->toPlainText(),
            u"exo iam access-key create uploader --operation get-operation --operation list-zones "
            "--tag sos --resource sos/bucket:my-bucket"_s);
        QVERIFY(driver.commit());
        QTRY_COMPARE(driver.wizard()->currentId(), int(KeyWizard::SecretPageId));
        QCOMPARE(lastCreateBody(),
            QByteArray(R"({"name":"uploader","operations":["get-operation","list-zones"],)"
                       R"("resources":[{"domain":"sos","resource-name":"my-bucket",)"
                       R"("resource-type":"bucket"}],"tags":["sos"]})"));
    }

    void everyPageNamesTheAccountAndItsEndpoint()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        KeyWizard *wizard = driver.wizard();
        const QString endpoint = m_harness->fixture().endpoint().displayName();
        QVERIFY(!endpoint.isEmpty());
        // The visible text of the page shown, each time the wizard shows one.
        QMap<int, QString> seen;
        const auto record = [wizard, &seen] {
            QWizardPage *page = wizard->currentPage();
            if (!page)
                return;
            QStringList texts{page->title(), page->subTitle()};
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->isVisibleTo(wizard))
                    texts.append(label->text());
            }
            seen.insert(wizard->currentId(), texts.join(u'\n'));
        };
        QObject context;
        connect(wizard, &QWizard::currentIdChanged, &context, [record] { record(); });
        record();

        driver.type(u"keyName"_s, u"named-account"_s);
        QVERIFY(driver.next());
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        QVERIFY(check(catalog, u"compute"_s, u"list-zones"_s));
        QVERIFY(driver.next());
        QCOMPARE(wizard->currentId(), int(KeyWizard::ResourcesPageId));
        QVERIFY(driver.next());
        QCOMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));
        QVERIFY(driver.commit());
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::SecretPageId));

        const QList<int> pages
            = {KeyWizard::NamePageId, KeyWizard::OperationsPageId, KeyWizard::ResourcesPageId,
                KeyWizard::ReviewPageId, KeyWizard::CreatingPageId, KeyWizard::SecretPageId};
        const QString expected = u"Account sandbox · %1"_s.arg(endpoint);
        for (const int id : pages) {
            QVERIFY2(seen.contains(id), qPrintable(u"page %1 was not shown"_s.arg(id)));
            QVERIFY2(seen.value(id).contains(expected),
                qPrintable(u"page %1: %2"_s.arg(id).arg(seen.value(id))));
        }
    }

    void templateKeepsTagsAsTags()
    {
        openMainWindow();
        selectKeyNamed(u"sks-autoscaler"_s);
        KEYPORT_FIND(actionUseAsTemplate, QAction, window(), u"actionUseAsTemplate"_s);
        actionUseAsTemplate->trigger();
        auto *wizard = window()->findChild<KeyWizard *>();
        QVERIFY(wizard);
        WizardDriver driver(wizard);
        // It opens on the operations page, says what it is based on.
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::OperationsPageId));
        QVERIFY(driver.text(u"templateBanner"_s).startsWith(u"Based on sks-autoscaler"));
        QCOMPARE(wizard->draft().tags, QStringList{u"sks"_s});
        QCOMPARE(wizard->draft().operations, (QStringList{u"get-operation"_s, u"list-zones"_s}));
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        QVERIFY(
            driver.text(u"reviewDifferences"_s).startsWith(u"Same restrictions as sks-autoscaler"));
        // Back to the name, for a better one; the review then says what changed.
        while (wizard->currentId() != KeyWizard::NamePageId)
            QTest::mouseClick(driver.button(QWizard::BackButton), Qt::LeftButton);
        KEYPORT_FIND(keyName, QLineEdit, driver.wizard(), u"keyName"_s);
        QCOMPARE(keyName->text(), u"sks-autoscaler-copy"_s);
        driver.type(u"keyName"_s, u"sks-autoscaler-2"_s);
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        QVERIFY(driver.text(u"reviewDifferences"_s)
                    .contains(u"Name: sks-autoscaler-copy → sks-autoscaler-2"));
        QVERIFY(driver.commit());
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::SecretPageId));
        // The tag stays a tag: no loose copies of its 22 operations.
        QCOMPARE(lastCreateBody(),
            QByteArray(R"({"name":"sks-autoscaler-2","operations":)"
                       R"(["get-operation","list-zones"],"tags":["sks"]})"));
    }

    void refusedGrantIsShownOnTheOperationsPage()
    {
        // A signer that may create keys but not list its own operations: everything is offered,
        // and Exoscale refuses what it cannot grant.
        KeyDraft signer;
        signer.name = u"limited"_s;
        signer.operations = {u"list-access-keys"_s, u"create-access-key"_s, u"get-access-key"_s,
            u"list-access-key-known-operations"_s, u"list-zones"_s};
        auto created = m_harness->fixture().sandbox().createKey(signer);
        QVERIFY(created);
        auto driver = openWizard(created->key.key, created->secret.clone());
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"too-much"_s);
        QVERIFY(driver.next());
        QVERIFY(driver.text(u"catalogNote"_s).contains(u"every operation is offered"));
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        QVERIFY(check(catalog, u"compute"_s, u"create-instance"_s));
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        QVERIFY(driver.commit());
        KEYPORT_FIND(creatingBack, QWidget, driver.wizard(), u"creatingBack"_s);
        QTRY_VERIFY(creatingBack->isVisible());
        QVERIFY(driver.text(u"creatingStatus"_s).contains(u"create-instance"));
        driver.click(u"creatingBack"_s);
        QCOMPARE(driver.wizard()->currentId(), int(KeyWizard::OperationsPageId));
        KEYPORT_FIND(problem, QLabel, driver.wizard()->currentPage(), u"pageProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"cannot grant"));
    }

    void operationsTheSignerLacksAreDisabled()
    {
        KeyDraft signer;
        signer.name = u"iam-only"_s;
        signer.tags = {u"iam"_s};
        signer.operations = {u"list-zones"_s};
        auto created = m_harness->fixture().sandbox().createKey(signer);
        QVERIFY(created);
        auto driver = openWizard(created->key.key, created->secret.clone());
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"child"_s);
        QVERIFY(driver.next());
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        const QModelIndex createInstance
            = operationIndex(catalog, u"compute"_s, u"create-instance"_s);
        QVERIFY(!(catalog->flags(createInstance) & Qt::ItemIsEnabled));
        QVERIFY(createInstance.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"may not use create-instance"));
        QVERIFY(catalog->flags(operationIndex(catalog, u"compute"_s, u"list-zones"_s))
            & Qt::ItemIsEnabled);
        QVERIFY(!check(catalog, u"compute"_s, u"create-instance"_s));
    }

    void templateBeyondTheSignerIsTrimmedBeforeCreate()
    {
        // sks-autoscaler holds the tag sks and get-operation, which this signer lacks, and
        // list-zones, which it has.
        KeyDraft signer;
        signer.name = u"iam-only"_s;
        signer.tags = {u"iam"_s};
        signer.operations = {u"list-zones"_s};
        auto created = m_harness->fixture().sandbox().createKey(signer);
        QVERIFY(created);
        openMainWindow(created->key.key, created->secret.clone());
        QVERIFY(window()->session()->ownOperationsKnown());
        selectKeyNamed(u"sks-autoscaler"_s);
        KEYPORT_FIND(actionUseAsTemplate, QAction, window(), u"actionUseAsTemplate"_s);
        actionUseAsTemplate->trigger();
        auto *wizard = window()->findChild<KeyWizard *>();
        QVERIFY(wizard);
        WizardDriver driver(wizard);
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::OperationsPageId));
        QCOMPARE(wizard->draft().tags, QStringList{u"sks"_s});
        QCOMPARE(wizard->draft().operations, (QStringList{u"get-operation"_s, u"list-zones"_s}));

        // Both are shown ticked and as not grantable, and can be unticked.
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        const QModelIndex sks = operationIndex(catalog, u"sks"_s, {});
        const QModelIndex getOperation = operationIndex(catalog, u"compute"_s, u"get-operation"_s);
        const QModelIndex listZones = operationIndex(catalog, u"compute"_s, u"list-zones"_s);
        for (const QModelIndex &index : {sks, getOperation}) {
            QVERIFY(index.data(CatalogModel::NotGrantableInSelectionRole).toBool());
            QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QVERIFY(index.data().toString().contains(u"not grantable by this signing key"));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Untick it to go on"));
            QVERIFY(catalog->flags(index) & Qt::ItemIsEnabled);
            QVERIFY(catalog->flags(index) & Qt::ItemIsUserCheckable);
        }
        QVERIFY(!listZones.data(CatalogModel::NotGrantableInSelectionRole).toBool());
        QCOMPARE(listZones.data().toString(), u"list-zones"_s);
        // Drawn apart: a warning icon and another text colour than a grantable row's.
        KEYPORT_FIND(tree, QTreeView, driver.wizard(), u"operationTree"_s);
        auto *filter = qobject_cast<QSortFilterProxyModel *>(tree->model());
        QVERIFY(filter);
        DelegateProbe probe;
        const QStyleOptionViewItem marked = probe.optionFor(filter->mapFromSource(sks), tree);
        const QStyleOptionViewItem plain = probe.optionFor(filter->mapFromSource(listZones), tree);
        QVERIFY(!marked.icon.isNull());
        QVERIFY(plain.icon.isNull());
        QVERIFY(marked.palette.color(QPalette::Text) != plain.palette.color(QPalette::Text));

        // The page says why it does not go on, and offers the way out.
        KEYPORT_FIND(note, QLabel, driver.wizard(), u"notGrantableNote"_s);
        KEYPORT_FIND(remove, QPushButton, driver.wizard(), u"removeUngrantable"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"sks") && note->text().contains(u"get-operation")
                && !note->text().contains(u"list-zones"),
            qPrintable(note->text()));
        QVERIFY(note->text().contains(u"Exoscale would refuse this key"));
        QVERIFY(remove->isVisible());
        QCOMPARE(remove->text(), u"&Remove What This Key Cannot Grant"_s);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(remove);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), u"Remove What This Key Cannot Grant"_s);
        QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!driver.next());
        const int sksOperations = int(catalog->catalog().operationsForTag(u"sks"_s).size());
        QVERIFY(!catalog->catalog().operationsForTag(u"sks"_s).contains(u"list-zones"_s));
        QCOMPARE(driver.text(u"operationCounts"_s),
            u"1 tag(s), 2 operation(s) → %1 operation(s) in effect"_s.arg(sksOperations + 2));
        // Ticking something else the signer lacks is still refused.
        QVERIFY(!check(catalog, u"compute"_s, u"create-instance"_s));

        // get-operation, unticked from the keyboard: its row, Space.
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        tree->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), tree);
        tree->setCurrentIndex(filter->mapFromSource(getOperation));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(wizard->draft().operations, QStringList{u"list-zones"_s});
        QCOMPARE(getOperation.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!getOperation.data(CatalogModel::NotGrantableInSelectionRole).toBool());
        QCOMPARE(driver.text(u"operationCounts"_s),
            u"1 tag(s), 1 operation(s) → %1 operation(s) in effect"_s.arg(sksOperations + 1));
        QVERIFY(!note->text().contains(u"get-operation"));
        QVERIFY(note->text().contains(u"sks"));
        // sks starts jobs, but get-operation is not offered again: the signer cannot grant it.
        KEYPORT_FIND(addGetOperation, QWidget, driver.wizard(), u"addGetOperation"_s);
        QVERIFY(!addGetOperation->isVisible());
        QVERIFY(!driver.button(QWizard::NextButton)->isEnabled());

        // The button removes the rest; it is the next stop of Tab after the list.
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), remove);
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(wizard->draft().tags, QStringList{});
        QCOMPARE(wizard->draft().operations, QStringList{u"list-zones"_s});
        QVERIFY(!remove->isVisible());
        QVERIFY(!note->isVisible());
        QCOMPARE(driver.text(u"operationCounts"_s),
            u"0 tag(s), 1 operation(s) → 1 operation(s) in effect"_s);
        QCOMPARE(QApplication::focusWidget(), tree);
        QVERIFY(driver.button(QWizard::NextButton)->isEnabled());

        // Create: Exoscale accepts it, and the request holds only what the signer may grant.
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        QCOMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));
        const QString differences = driver.text(u"reviewDifferences"_s);
        QVERIFY2(differences.contains(u"− tag sks")
                && differences.contains(u"− operation get-operation"),
            qPrintable(differences));
        QVERIFY(driver.commit());
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::SecretPageId));
        QCOMPARE(lastCreateBody(),
            QByteArray(R"({"name":"sks-autoscaler-copy","operations":["list-zones"]})"));
    }

    void lostAnswerOfACreatedKeyIsReconciled()
    {
        auto options = SandboxFixture::fastOptions();
        options.timeout = 400ms;
        m_harness->context().clientOptions = options;
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"slow-answer"_s);
        driver.click(u"kindUnrestricted"_s);
        QVERIFY(driver.next());
        // The server creates the key, but answers after the client gave up.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"latency:1500@/v2/access-key*1"_s).value());
        QVERIFY(driver.commit());
        KEYPORT_FIND(revokeOrphan, QWidget, driver.wizard(), u"revokeOrphan"_s);
        QTRY_VERIFY_WITH_TIMEOUT(revokeOrphan->isVisible(), 10000);
        const QString status = driver.text(u"creatingStatus"_s);
        QVERIFY2(status.contains(u"its answer was lost"), qPrintable(status));
        const AccessKeys keys = m_harness->fixture().sandbox().keys();
        const auto orphan = std::find_if(keys.cbegin(), keys.cend(),
            [](const AccessKey &key) { return key.name == u"slow-answer"; });
        QVERIFY(orphan != keys.cend());
        const QString orphanId = orphan->key;
        QVERIFY(status.contains(orphanId));
        // The wizard asks for the one Revoke command: KeyWizard::revokeRequested.
        QSignalSpy revokeRequested(driver.wizard(), &KeyWizard::revokeRequested);
        driver.click(u"revokeOrphan"_s);
        QCOMPARE(revokeRequested.count(), 1);
        QCOMPARE(revokeRequested.at(0).at(0).value<AccessKey>().key, orphanId);
        // The one revoke path: the revoke dialog, over the wizard, for that key only.
        RevokeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = driver.wizard()->findChild<RevokeDialog *>()) != nullptr);
        QCOMPARE(dialog->keys().size(), 1);
        QCOMPARE(dialog->keys().constFirst().key, orphanId);
        QVERIFY(m_harness->fixture().sandbox().hasKey(
            orphanId)); // nothing revoked before the confirmation
        auto *revoke = dialog->findChild<QPushButton *>(u"revokeButton"_s);
        QVERIFY(revoke);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_harness->fixture().sandbox().hasKey(orphanId), 10000);
        QTRY_VERIFY(driver.text(u"creatingStatus"_s).contains(u"was revoked"));
        // Exactly one create was sent: it is never retried.
        int posts = 0;
        for (const auto &request : m_harness->fixture().sandbox().requests())
            posts += request.method == "POST";
        QCOMPARE(posts, 1);
    }

    void droppedCreateIsReconciled()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        QTRY_VERIFY(!window()->session()->isLoading());
        driver.type(u"keyName"_s, u"dropped-answer"_s);
        driver.click(u"kindUnrestricted"_s);
        QVERIFY(driver.next());
        m_harness->fixture().sandbox().clearRequests();
        // The connection closes without an answer: the next request is the create.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"drop@/v2/access-key*1"_s).value());
        QVERIFY(driver.commit());
        KEYPORT_FIND(creatingBack, QWidget, driver.wizard(), u"creatingBack"_s);
        QTRY_VERIFY_WITH_TIMEOUT(creatingBack->isVisible(), 10000);
        const QString status = driver.text(u"creatingStatus"_s);
        // Plain words, and the key list was checked: the dropped create made nothing.
        QVERIFY2(status.contains(u"closed the connection without answering"), qPrintable(status));
        QVERIFY2(!status.contains(u"Unknown error", Qt::CaseInsensitive), qPrintable(status));
        QVERIFY2(status.contains(u"nothing was created"), qPrintable(status));
        int posts = 0;
        int lists = 0;
        for (const auto &request : m_harness->fixture().sandbox().requests()) {
            posts += request.method == "POST";
            lists += request.method == "GET" && request.target.endsWith("/access-key");
        }
        QCOMPARE(posts, 1); // exactly one create reached the server
        QVERIFY(lists >= 1); // and the keys were listed to reconcile
        QVERIFY(!m_harness->fixture().sandbox().requests().first().status); // the POST was the one
                                                                            // dropped
        QCOMPARE(m_harness->fixture().sandbox().requests().first().method, QByteArray("POST"));
    }

    void iamV3KeyRefusalIsExplained()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"from-v3"_s);
        driver.click(u"kindUnrestricted"_s);
        QVERIFY(driver.next());
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"iamv3@/v2/access-key*1"_s).value());
        QVERIFY(driver.commit());
        KEYPORT_FIND(creatingBack, QWidget, driver.wizard(), u"creatingBack"_s);
        QTRY_VERIFY(creatingBack->isVisible());
        const QString status = driver.text(u"creatingStatus"_s);
        QVERIFY2(status.contains(u"new-style IAM API key"), qPrintable(status));
        QVERIFY(status.contains(u"legacy access key"));
    }

    void lostAnswerOfAKeyNotCreatedSaysSo()
    {
        auto driver = openWizard();
        QVERIFY(driver.wizard());
        driver.type(u"keyName"_s, u"never-made"_s);
        QVERIFY(driver.next());
        KEYPORT_FIND(operationsPage, OperationsPage, driver.wizard(), QString());
        CatalogModel *catalog = operationsPage->catalogModel();
        QVERIFY(check(catalog, u"compute"_s, u"ping"_s));
        QVERIFY(driver.next());
        QVERIFY(driver.next());
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"503@/v2/access-key*1"_s).value());
        QVERIFY(driver.commit());
        KEYPORT_FIND(creatingBack, QAbstractButton, driver.wizard(), u"creatingBack"_s);
        QTRY_VERIFY(creatingBack->isVisible());
        QVERIFY(driver.text(u"creatingStatus"_s).contains(u"nothing was created"));
        KEYPORT_FIND(revokeOrphan, QWidget, driver.wizard(), u"revokeOrphan"_s);
        QVERIFY(!revokeOrphan->isVisible());
        QCOMPARE(creatingBack->text(), u"&Back to Review"_s);
        // Back to the review (not to some page to edit), and it can be tried again from there.
        m_harness->fixture().sandbox().clearFaults();
        driver.click(u"creatingBack"_s);
        QCOMPARE(driver.wizard()->currentId(), int(KeyWizard::ReviewPageId));
        QVERIFY(driver.commit());
        QTRY_COMPARE(driver.wizard()->currentId(), int(KeyWizard::SecretPageId));
        QCOMPARE(lastCreateBody(), QByteArray(R"({"name":"never-made","operations":["ping"]})"));
    }

private:
    void openMainWindow(const QString &keyId = {}, Secret secret = {})
    {
        QVERIFY(m_harness->addAccount(u"sandbox"_s, keyId, std::move(secret)));
        QVERIFY(m_harness->openWindow());
        QTRY_VERIFY(window()->session() && window()->session()->hasKeys());
        QTRY_VERIFY(!window()->session()->isLoading());
        KEYPORT_FIND(newKey, QAction, window(), u"actionNewKey"_s);
        QTRY_VERIFY(newKey->isEnabled());
    }

    /// A window on an account of @p origin named after it ("Environment", "demo").
    WizardDriver openWizardFor(Account::Origin origin)
    {
        const QString name = origin == Account::Origin::Environment ? u"Environment"_s : u"demo"_s;
        Account account = m_harness->fixture().account(name);
        account.origin = origin;
        auto added = finished(m_harness->accounts()->addAccount(
            account, m_harness->fixture().sandbox().rootSecret()));
        if (!added || added->error())
            return failedWizard("cannot add the account");
        if (!m_harness->openWindow() || !window()->selectAccount(name))
            return failedWizard("cannot open the account");
        auto *newKey = window()->findChild<QAction *>(u"actionNewKey"_s);
        if (!newKey)
            return failedWizard("no actionNewKey");
        if (!QTest::qWaitFor([newKey] { return newKey->isEnabled(); }, 10000))
            return failedWizard("the account does not load");
        newKey->trigger();
        auto *wizard = window()->findChild<KeyWizard *>();
        if (!wizard)
            return failedWizard("no wizard");
        return WizardDriver(wizard);
    }

    /// Creates an unrestricted key named @p name and waits for the secret page; its id.
    static QString createUnrestricted(const WizardDriver &driver, const QString &name)
    {
        driver.type(u"keyName"_s, name);
        driver.click(u"kindUnrestricted"_s);
        if (!driver.next() || !driver.commit())
            qFatal("cannot reach the commit page");
        KeyWizard *wizard = driver.wizard();
        if (!QTest::qWaitFor(
                [wizard] { return wizard->currentId() == KeyWizard::SecretPageId; }, 15000))
            qFatal("no secret page");
        return driver.text(u"createdKeyId"_s);
    }

    /// The Secret column of the key list for @p keyId.
    QString secretCell(const QString &keyId) const
    {
        const int row = window()->keyModel()->rowOf(keyId);
        return window()->keyModel()->index(row, AccessKeyModel::SecretColumn).data().toString();
    }

    WizardDriver openWizard(const QString &keyId = {}, Secret secret = {})
    {
        openMainWindow(keyId, std::move(secret));
        if (QTest::currentTestFailed())
            return WizardDriver(nullptr);
        auto *newKey = window()->findChild<QAction *>(u"actionNewKey"_s);
        if (!newKey)
            return failedWizard("no actionNewKey");
        newKey->trigger();
        auto *wizard = window()->findChild<KeyWizard *>();
        if (!wizard)
            return failedWizard("no wizard");
        return WizardDriver(wizard);
    }

    /// Fails the test with @p why and returns a driver without a wizard (callers check
    /// driver.wizard()).
    static WizardDriver failedWizard(const char *why)
    {
        QTest::qFail(why, __FILE__, __LINE__);
        return WizardDriver(nullptr);
    }

    QByteArray lastCreateBody() const
    {
        const auto requests = m_harness->fixture().sandbox().requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == "POST")
                return it->body;
        }
        return {};
    }

    static QModelIndex operationIndex(
        CatalogModel *catalog, const QString &tag, const QString &operation)
    {
        for (int row = 0; row < catalog->rowCount(); ++row) {
            const QModelIndex tagIndex = catalog->index(row, 0);
            if (tagIndex.data(CatalogModel::NameRole).toString() != tag)
                continue;
            if (operation.isEmpty())
                return tagIndex;
            for (int child = 0; child < catalog->rowCount(tagIndex); ++child) {
                const QModelIndex index = catalog->index(child, 0, tagIndex);
                if (index.data(CatalogModel::NameRole).toString() == operation)
                    return index;
            }
        }
        return {};
    }

    /// Ticks a tag (empty @p operation) or an operation under a tag, as a click on its box would.
    static bool check(CatalogModel *catalog, const QString &tag, const QString &operation)
    {
        const QModelIndex index = operationIndex(catalog, tag, operation);
        return index.isValid() && catalog->setData(index, Qt::Checked, Qt::CheckStateRole);
    }

    void selectKeyNamed(const QString &name)
    {
        for (const AccessKey &key : window()->session()->keys()) {
            if (key.name == name)
                QVERIFY(window()->selectKey(key.key));
        }
    }

    QString selectedKeyId() const
    {
        auto *table = window()->findChild<QTableView *>(u"keyTable"_s);
        if (!table)
            return u"<no keyTable>"_s;
        const auto rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(AccessKeyModel::KeyIdRole).toString()
                                : QString();
    }

    MainWindow *window() const { return m_harness->window(); }

    KeychainSecretStore m_keychain{service};
    std::unique_ptr<WindowHarness> m_harness;
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
