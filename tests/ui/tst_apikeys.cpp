// SPDX-License-Identifier: GPL-3.0-or-later
// IAM v3 API keys, offscreen, against the sandbox: New API Key through its wizard with the real
// system keychain (the secret stored before it is shown, the exo line, lost answers reconciled),
// the acknowledgement when the keychain refuses the secret (run without a session bus: the
// tst_apikeysnokeychain variant), and Delete API Keys (several at once, one already gone, the
// signing key guarded).
#include "SecretTool.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "api/ApiKeyDeleteJob.h"
#include "api/IamClient.h"
#include "commands/DeleteApiKeysCommand.h"
#include "commands/NewApiKeyCommand.h"
#include "dialogs/DeleteApiKeysDialog.h"
#include "iam/ApiKeyWizard.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "services/DeleteApiKeysFlow.h"
#include "services/IamSession.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {
const QString service = u"KeyportApiKeysTest"_s;

bool withoutBus()
{
    return qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent");
}
} // namespace

class TestApiKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (withoutBus())
            return;
        auto probe = finished(m_keychain.probe(), 15000);
        QVERIFY(probe);
        QVERIFY2(!probe->error(), "No usable Secret Service: run through packaging/dev.sh test.");
    }

    void init()
    {
        WindowHarness::Options options;
        options.demoKeys = false;
        options.keychain = &m_keychain;
        m_harness = std::make_unique<WindowHarness>(options);
        if (withoutBus())
            m_harness->accounts()->setSecretStore(m_harness->sessionSecrets());
    }

    void cleanup()
    {
        if (!withoutBus() && window() && m_harness->accounts()->account(u"sandbox"_s))
            finished(m_harness->accounts()->removeAccount(u"sandbox"_s));
        m_harness.reset();
    }

    void createsAKeyWhoseSecretIsInTheKeychain()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        ApiKeyWizard *wizard = openWizard();
        QVERIFY(wizard);
        QSignalSpy created(m_command, &NewApiKeyCommand::apiKeyCreated);
        QVERIFY(!nextEnabled(wizard)); // neither name nor role yet
        type(wizard, u"apiKeyName"_s, u"ci deploy"_s);
        QVERIFY(!nextEnabled(wizard)); // no role yet
        chooseRole(wizard, u"Billing"_s);
        KEYPORT_FIND(roleWarning, QLabel, wizard, u"apiKeyRoleWarning"_s);
        QVERIFY(!roleWarning->isVisible()); // Billing grants nothing
        QVERIFY(nextEnabled(wizard));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ApiKeyWizard::ApiKeyReviewPageId));

        // The role by name, and the exact exo line, POSIX-quoted.
        KEYPORT_FIND(summary, QLabel, wizard, u"apiKeyReviewSummary"_s);
        QVERIFY2(summary->text().contains(u"Role: Billing"), qPrintable(summary->text()));
        KEYPORT_FIND(command, QPlainTextEdit, wizard, u"apiKeyReviewCommand"_s);
        QCOMPARE(command->toPlainText(), u"exo iam api-key create 'ci deploy' Billing"_s);
        KEYPORT_FIND(copyCommand, QAbstractButton, wizard, u"apiKeyCopyCommand"_s);
        QTest::mouseClick(copyCommand, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), command->toPlainText());
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), u"&Create API Key"_s);

        sandbox().clearRequests();
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(ApiKeyWizard::ApiKeySecretPageId), 15000);
        int posts = 0;
        for (const auto &request : sandbox().requests()) {
            if (request.method == "POST") {
                ++posts;
                QVERIFY(request.target.endsWith("/api-key"));
                QCOMPARE(QJsonDocument::fromJson(request.body).object(),
                    QJsonObject(
                        {{u"name"_s, u"ci deploy"_s}, {u"role-id"_s, sandbox().billingRoleId()}}));
            }
        }
        QCOMPARE(posts, 1);

        KEYPORT_FIND(keyId, QLabel, wizard, u"createdKeyId"_s);
        const QString id = keyId->text();
        QVERIFY(sandbox().hasApiKey(id));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().first().toString(), id);
        // At once in the account's IAM lists, on its role.
        const auto listed = window()->session()->iam()->apiKey(id);
        QVERIFY(listed);
        QCOMPARE(listed->roleId, sandbox().billingRoleId());
        QCOMPARE(listed->name, u"ci deploy"_s);

        KEYPORT_FIND(secret, QLineEdit, wizard, u"secretField"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        KEYPORT_FIND(reveal, QCheckBox, wizard, u"revealSecret"_s);
        reveal->setChecked(true);
        QVERIFY(!secret->text().isEmpty());
        // The secret shown is the one in the real keychain, read back by libsecret's own client.
        QCOMPARE(lookUpSecret(service, u"keyport/sandbox/"_s + id), secret->text().toUtf8());
        QCOMPARE(m_harness->accounts()->keySecretStore(u"sandbox"_s, id), &m_keychain);
        KEYPORT_FIND(status, QLabel, wizard, u"secretStoreStatus"_s);
        QVERIFY2(
            status->text().startsWith(u"Saved in the system keychain"), qPrintable(status->text()));
        KEYPORT_FIND(ack, QCheckBox, wizard, u"secretAck"_s);
        QVERIFY(!ack->isVisible());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ApiKeyWizard *>());
    }

    void theOwnerRoleSaysItGrantsEverythingAndNamesAreChecked()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        ApiKeyWizard *wizard = openWizard();
        QVERIFY(wizard);
        type(wizard, u"apiKeyName"_s, QString(256, u'x'));
        KEYPORT_FIND(nameProblem, QLabel, wizard, u"apiKeyNameProblem"_s);
        QVERIFY2(nameProblem->text().contains(u"at most 255"), qPrintable(nameProblem->text()));
        chooseRole(wizard, u"Owner"_s);
        QVERIFY(!nextEnabled(wizard));
        type(wizard, u"apiKeyName"_s, u"it's mine"_s);
        QVERIFY(nameProblem->text().isEmpty());
        KEYPORT_FIND(roleWarning, QLabel, wizard, u"apiKeyRoleWarning"_s);
        QVERIFY(roleWarning->isVisible());
        QVERIFY(roleWarning->text().contains(u"grants everything"));
        QVERIFY(nextEnabled(wizard));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        KEYPORT_FIND(command, QPlainTextEdit, wizard, u"apiKeyReviewCommand"_s);
        QCOMPARE(command->toPlainText(), u"exo iam api-key create 'it'\\''s mine' Owner"_s);
        KEYPORT_FIND(reviewWarning, QLabel, wizard, u"apiKeyReviewRoleWarning"_s);
        QVERIFY(reviewWarning->isVisible());
    }

    void newRoleJoinsTheListSelected()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        int asked = 0;
        ApiKeyWizard *wizard = openWizard([&asked](ApiKeyWizard *) { ++asked; });
        QVERIFY(wizard);
        KEYPORT_FIND(role, QComboBox, wizard, u"apiKeyRole"_s);
        QCOMPARE(role->itemText(role->count() - 1), u"New Role…"_s);
        chooseRole(wizard, u"New Role…"_s);
        QCOMPARE(asked, 1);
        QCOMPARE(role->currentIndex(), -1); // nothing is taken for the person meanwhile
        // What the role editor hands back.
        const auto id = sandbox().createRole(QJsonObject{
            {u"name"_s, u"made-inline"_s}, {u"policy"_s, IamPolicy::denyAll().toJson()}});
        QVERIFY(id);
        IamRole made;
        made.id = id.value();
        made.name = u"made-inline"_s;
        made.policy = IamPolicy::denyAll();
        wizard->addRole(made, true);
        QCOMPARE(role->currentText(), u"made-inline"_s);
        QCOMPARE(wizard->roleId(), id.value());
    }

    void aDroppedAnswerIsReconciled_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("created");
        // The request is carried out but its answer is cut short: the key exists, secret lost.
        QTest::newRow("malformed") << u"malformed@POST/v2/api-key*1"_s << true;
        // The connection closes before the request is carried out: nothing exists.
        QTest::newRow("drop") << u"drop@POST/v2/api-key*1"_s << false;
    }

    void aDroppedAnswerIsReconciled()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        QFETCH(QString, fault);
        QFETCH(bool, created);
        ApiKeyWizard *wizard = openWizard();
        QVERIFY(wizard);
        type(wizard, u"apiKeyName"_s, u"lost-answer"_s);
        chooseRole(wizard, u"Billing"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        // A key of the same name on another role, made before: never taken for the lost one.
        QVERIFY(sandbox().createApiKey(u"lost-answer"_s, sandbox().ownerRoleId()));
        sandbox().addFault(SandboxFault::parse(fault).value());
        sandbox().clearRequests();
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        KEYPORT_FIND(back, QAbstractButton, wizard, u"apiKeyCreatingBack"_s);
        QTRY_VERIFY_WITH_TIMEOUT(back->isVisible(), 15000);
        KEYPORT_FIND(status, QLabel, wizard, u"apiKeyCreatingStatus"_s);
        KEYPORT_FIND(deleteOrphan, QAbstractButton, wizard, u"apiKeyDeleteOrphan"_s);
        int posts = 0;
        int lists = 0;
        for (const auto &request : sandbox().requests()) {
            posts += request.method == "POST";
            lists += request.method == "GET" && request.target.endsWith("/api-key");
        }
        QCOMPARE(posts, 1); // sent once, never again
        QVERIFY(lists >= 1); // and the keys were listed to reconcile
        if (!created) {
            QVERIFY2(status->text().contains(u"nothing was created"), qPrintable(status->text()));
            QVERIFY(!deleteOrphan->isVisible());
            QCOMPARE(back->text(), u"&Back to Review"_s);
            return;
        }
        QVERIFY2(status->text().contains(u"answer was lost"), qPrintable(status->text()));
        QVERIFY(deleteOrphan->isVisible());
        QString orphan;
        for (const ApiKey &key : window()->session()->iam()->apiKeys()) {
            if (key.name == u"lost-answer"_s && key.roleId == sandbox().billingRoleId())
                orphan = key.key;
        }
        QVERIFY(sandbox().hasApiKey(orphan));
        QVERIFY(status->text().contains(orphan));
        // Delete This Key: the delete dialog, over the wizard.
        QTest::mouseClick(deleteOrphan, Qt::LeftButton);
        DeleteApiKeysDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard->findChild<DeleteApiKeysDialog *>()));
        KEYPORT_FIND(confirm, QAbstractButton, dialog, u"revokeButton"_s);
        QCOMPARE(confirm->text(), u"Delete API Key"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<DeleteApiKeysDialog *>(), 15000);
        QVERIFY(!sandbox().hasApiKey(orphan));
        QTRY_VERIFY(status->text().contains(u"was deleted"));
        QVERIFY(!deleteOrphan->isVisible());
    }

    void aRefusedKeychainNeedsTheAcknowledgement()
    {
        if (!withoutBus())
            QSKIP("runs in tst_apikeysnokeychain, without a session bus");
        ApiKeyWizard *wizard = openWizard();
        QVERIFY(wizard);
        // From now on, secrets go to the system keychain, which cannot be reached.
        m_harness->accounts()->setSecretStore(&m_keychain);
        type(wizard, u"apiKeyName"_s, u"unsaved"_s);
        chooseRole(wizard, u"Billing"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(ApiKeyWizard::ApiKeySecretPageId), 15000);
        KEYPORT_FIND(status, QLabel, wizard, u"secretStoreStatus"_s);
        QVERIFY2(status->text().contains(u"was not saved"), qPrintable(status->text()));
        KEYPORT_FIND(secret, QLineEdit, wizard, u"secretField"_s);
        QVERIFY(!secret->text().isEmpty()); // shown all the same
        KEYPORT_FIND(ack, QCheckBox, wizard, u"secretAck"_s);
        QVERIFY(ack->isVisible());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->isSecretAtRisk());
        // Closing first asks.
        wizard->reject();
        QTRY_VERIFY(wizard->findChild<QWidget *>(u"closeGuard"_s));
        QVERIFY(wizard->isVisible());
        ack->setChecked(true);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->isSecretAtRisk());
    }

    void deletesThreeKeysAtOnceOneAlreadyGone()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        QStringList ids;
        for (const QString &name : {u"one"_s, u"two"_s, u"three"_s}) {
            const auto made = sandbox().createApiKey(name, sandbox().billingRoleId());
            QVERIFY(made);
            ids.append(made.value().key);
        }
        openWindow();
        IamSession *iam = window()->session()->iam();
        QSignalSpy refreshed(iam, &IamSession::refreshed);
        iam->refresh();
        QVERIFY(refreshed.wait(10000));
        QList<ApiKey> keys;
        for (const QString &id : ids) {
            QVERIFY(iam->apiKey(id));
            keys.append(*iam->apiKey(id));
        }
        // Keyport holds the secret of the first.
        auto stored = finished(m_harness->accounts()->storeKeySecret(
            u"sandbox"_s, ids.at(0), Secret::fromString(u"stored-for-the-test"_s)));
        QVERIFY(stored && !stored->error());
        QVERIFY(!lookUpSecret(service, u"keyport/sandbox/"_s + ids.at(0)).isEmpty());
        // The second is gone already, deleted elsewhere.
        auto gone = finished(IamClient(&m_harness->fixture().client()).deleteApiKey(ids.at(1)));
        QVERIFY(gone && !gone->error());
        QVERIFY(!sandbox().hasApiKey(ids.at(1)));

        auto *command
            = new DeleteApiKeysCommand(window()->session(), m_harness->accounts(), keys, window());
        QSignalSpy finishedSpy(command, &Command::finished);
        command->start();
        DeleteApiKeysDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<DeleteApiKeysDialog *>()));
        KEYPORT_FIND(list, QTreeWidget, dialog, u"revokeList"_s);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->headerItem()->text(RevokeDialog::TypeColumn), u"Role"_s);
        QCOMPARE(list->topLevelItem(0)->text(RevokeDialog::TypeColumn), u"Billing"_s);
        KEYPORT_FIND(deleteSecrets, QCheckBox, dialog, u"revokeDeleteSecrets"_s);
        QVERIFY(deleteSecrets->isChecked());
        KEYPORT_FIND(confirm, QAbstractButton, dialog, u"revokeButton"_s);
        QCOMPARE(confirm->text(), u"Delete 3 API Keys"_s);
        QVERIFY(confirm->isEnabled());
        sandbox().clearRequests();
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto *flow = dialog->findChild<DeleteApiKeysFlow *>();
        QVERIFY(flow);
        QHash<QString, RevokeKeysFlow::State> states;
        connect(flow, &RevokeKeysFlow::itemChanged, this, [&states, flow](int index) {
            states.insert(flow->items().at(index).key.key, flow->items().at(index).state);
        });
        QVERIFY(finishedSpy.wait(15000)); // every key done: the dialog accepted itself
        QCOMPARE(states.value(ids.at(0)), RevokeKeysFlow::State::Revoked);
        QCOMPARE(states.value(ids.at(1)), RevokeKeysFlow::State::AlreadyGone);
        QCOMPARE(states.value(ids.at(2)), RevokeKeysFlow::State::Revoked);
        int deletes = 0;
        for (const auto &request : sandbox().requests())
            deletes += request.method == "DELETE" && request.target.contains("/api-key/");
        QCOMPARE(deletes, 3); // one request each
        for (const QString &id : ids) {
            QVERIFY(!sandbox().hasApiKey(id));
            QVERIFY(!iam->apiKey(id)); // out of the account's list
        }
        // The stored secret is forgotten, in the keychain too.
        QVERIFY(!m_harness->accounts()->storedKeySecrets(u"sandbox"_s).contains(ids.at(0)));
        QVERIFY(lookUpSecret(service, u"keyport/sandbox/"_s + ids.at(0)).isEmpty());
    }

    void theSigningKeyIsGuarded()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        const auto other = sandbox().createApiKey(u"other"_s, sandbox().billingRoleId());
        QVERIFY(other);
        openWindow(sandbox().adminApiKeyId(), sandbox().adminApiSecret());
        IamSession *iam = window()->session()->iam();
        QTRY_VERIFY_WITH_TIMEOUT(iam->signingApiKey().has_value(), 10000);
        QTRY_VERIFY(iam->apiKey(other.value().key));
        const ApiKey signing = *iam->signingApiKey();
        // The signing key first in the selection: the dialog lists (and deletes) it last.
        auto *command = new DeleteApiKeysCommand(window()->session(), m_harness->accounts(),
            {signing, *iam->apiKey(other.value().key)}, window());
        command->start();
        DeleteApiKeysDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<DeleteApiKeysDialog *>()));
        QVERIFY(dialog->includesSigningKey());
        KEYPORT_FIND(list, QTreeWidget, dialog, u"revokeList"_s);
        QCOMPARE(list->topLevelItem(1)->text(RevokeDialog::KeyColumn), signing.key);
        QCOMPARE(dialog->apiKeys().last().key, signing.key);
        KEYPORT_FIND(warning, QLabel, dialog, u"revokeSigningWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"Once it is deleted"_s), qPrintable(warning->text()));
        QVERIFY2(!warning->text().contains(u"revok"_s, Qt::CaseInsensitive),
            qPrintable(warning->text()));
        KEYPORT_FIND(confirmName, QLineEdit, dialog, u"revokeConfirmName"_s);
        QVERIFY(confirmName->isVisible());
        KEYPORT_FIND(confirm, QAbstractButton, dialog, u"revokeButton"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(confirmName, signing.name + u"x"_s);
        QVERIFY(!confirm->isEnabled());
        confirmName->clear();
        QTest::keyClicks(confirmName, signing.name);
        QVERIFY(confirm->isEnabled());
        // Esc closes it, deleting nothing.
        QTest::keyClick(confirmName, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<DeleteApiKeysDialog *>());
        QVERIFY(sandbox().hasApiKey(signing.key));
        QVERIFY(sandbox().hasApiKey(other.value().key));
    }

    /// A deletion that fails is told key by key and in sum in the words of API keys, never in
    /// those of revoked legacy keys.
    void aFailedDeletionIsToldInTheWordsOfApiKeys()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        const auto kept = sandbox().createApiKey(u"kept"_s, sandbox().billingRoleId());
        const auto gone = sandbox().createApiKey(u"gone"_s, sandbox().billingRoleId());
        QVERIFY(kept && gone);
        const QString keptId = kept.value().key;
        auto fault = SandboxFault::parse(u"403@DELETE/v2/api-key/"_s + keptId);
        QVERIFY(fault);
        sandbox().addFault(fault.value());
        openWindow();
        IamSession *iam = window()->session()->iam();
        QTRY_VERIFY_WITH_TIMEOUT(iam->apiKey(keptId) && iam->apiKey(gone.value().key), 10000);
        auto *command = new DeleteApiKeysCommand(window()->session(), m_harness->accounts(),
            {*iam->apiKey(keptId), *iam->apiKey(gone.value().key)}, window());
        command->start();
        DeleteApiKeysDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<DeleteApiKeysDialog *>()));
        KEYPORT_FIND(confirm, QAbstractButton, dialog, u"revokeButton"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        KEYPORT_FIND(close, QAbstractButton, dialog, u"revokeCloseButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), 15000); // stays open: one key failed
        QVERIFY(!sandbox().hasApiKey(gone.value().key));
        QVERIFY(sandbox().hasApiKey(keptId));
        KEYPORT_FIND(list, QTreeWidget, dialog, u"revokeList"_s);
        QStringList statuses;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            statuses.append(item->text(RevokeDialog::StatusColumn));
            QVERIFY2(
                item->text(RevokeDialog::StatusColumn)
                    .startsWith(item->text(RevokeDialog::KeyColumn) == keptId ? u"Not deleted: "_s
                                                                              : u"Deleted"_s),
                qPrintable(item->text(RevokeDialog::StatusColumn)));
        }
        KEYPORT_FIND(status, QLabel, dialog, u"revokeStatus"_s);
        QVERIFY2(status->text().contains(u"1 API key(s) deleted."_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"1 API key(s) not deleted; they stay in the list."_s),
            qPrintable(status->text()));
        const QString everything = statuses.join(u'\n') + status->text() + dialog->windowTitle();
        QVERIFY2(!everything.contains(u"revok"_s, Qt::CaseInsensitive), qPrintable(everything));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<DeleteApiKeysDialog *>());
    }

    void everyControlIsNamedAndReachableByKeyboard()
    {
        if (withoutBus())
            QSKIP("needs the keychain");
        ApiKeyWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        KEYPORT_FIND(name, QLineEdit, wizard, u"apiKeyName"_s);
        KEYPORT_FIND(role, QComboBox, wizard, u"apiKeyRole"_s);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QCOMPARE(QAccessible::queryAccessibleInterface(name)->text(QAccessible::Name), u"Name:"_s);
        QCOMPARE(QAccessible::queryAccessibleInterface(role)->text(QAccessible::Name), u"Role:"_s);
        QTest::keyClicks(name, u"by-keyboard"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), role);
        // Pick Billing with the keyboard.
        const int billing = role->findText(u"Billing"_s);
        QVERIFY(billing >= 0);
        QTest::keyClick(role, Qt::Key_Home);
        for (int i = 0; i < billing; ++i)
            QTest::keyClick(role, Qt::Key_Down);
        QCOMPARE(role->currentText(), u"Billing"_s);
        QVERIFY(nextEnabled(wizard));
        QTest::keyClick(role, Qt::Key_Return); // the default button: Next
        QTRY_COMPARE(wizard->currentId(), int(ApiKeyWizard::ApiKeyReviewPageId));
        KEYPORT_FIND(command, QPlainTextEdit, wizard, u"apiKeyReviewCommand"_s);
        KEYPORT_FIND(copy, QAbstractButton, wizard, u"apiKeyCopyCommand"_s);
        QCOMPARE(QAccessible::queryAccessibleInterface(command)->text(QAccessible::Name),
            u"The same with the exo CLI:"_s);
        command->setFocus();
        QTest::keyClick(command, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), copy);
        // Esc closes the wizard while nothing is at stake.
        QTest::keyClick(copy, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<ApiKeyWizard *>());
    }

private:
    Sandbox &sandbox() { return m_harness->fixture().sandbox(); }
    MainWindow *window() const { return m_harness->window(); }

    void openWindow(const QString &keyId = {}, Secret secret = {})
    {
        QVERIFY(m_harness->addAccount(u"sandbox"_s, keyId, std::move(secret)));
        QVERIFY(m_harness->openWindow());
        QTRY_VERIFY(window()->session());
        IamSession *iam = window()->session()->iam();
        QTRY_VERIFY_WITH_TIMEOUT(iam->isLoaded(IamSession::List::Roles)
                && iam->isLoaded(IamSession::List::ApiKeys) && !iam->isLoading(),
            10000);
    }

    ApiKeyWizard *openWizard(std::function<void(ApiKeyWizard *)> newRole = {})
    {
        // Only an IAM v3 API key may create API keys (a legacy key is refused).
        openWindow(sandbox().adminApiKeyId(), sandbox().adminApiSecret());
        if (QTest::currentTestFailed())
            return nullptr;
        m_command = new NewApiKeyCommand(
            window()->session(), m_harness->accounts(), window()->clipboard(), window());
        if (newRole)
            m_command->setNewRoleHandler(newRole);
        m_command->start();
        return window()->findChild<ApiKeyWizard *>();
    }

    static void type(QWidget *wizard, const QString &editName, const QString &text)
    {
        auto *edit = wizard->findChild<QLineEdit *>(editName);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    /// Picks @p name in the role combo as a click on its entry would.
    static void chooseRole(QWidget *wizard, const QString &name)
    {
        auto *role = wizard->findChild<QComboBox *>(u"apiKeyRole"_s);
        QVERIFY(role);
        const int index = role->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        role->setCurrentIndex(index);
        Q_EMIT role->activated(index);
    }

    static bool nextEnabled(ApiKeyWizard *wizard)
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        return next->isVisible() && next->isEnabled();
    }

    KeychainSecretStore m_keychain{service};
    std::unique_ptr<WindowHarness> m_harness;
    QPointer<NewApiKeyCommand> m_command;
};

QTEST_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
