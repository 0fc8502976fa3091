// SPDX-License-Identifier: GPL-3.0-or-later
// IAM v3 through the real window against the sandbox (issue 11, "Done means"): a role with a
// deny-by-default rules policy and an API key on it, its secret in the real keychain; the test
// bench's verdicts against what the sandbox then does with that key; the lock-out guard on an
// organisation policy that denies iam to the signing key, on a role's policy that takes rights
// from its key and person (and not on one that takes nothing), on deleting a role bound to a
// person and on Reset Organization Policy; the editor's bench keeping its draft's label; Use as
// Template on a role; several API keys deleted at once; and a keyboard-only run that creates a role
// and a key.
#include "SandboxFixture.h"
#include "SecretTool.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "api/ApiKeyListJob.h"
#include "api/IamClient.h"
#include "api/IamJson.h"
#include "dialogs/DeleteApiKeysDialog.h"
#include "dialogs/LockoutGuardDialog.h"
#include "iam/ApiKeysPage.h"
#include "iam/ApiKeyWizard.h"
#include "iam/ExpressionEdit.h"
#include "iam/OrganizationPolicyDialog.h"
#include "iam/OrganizationPolicyPage.h"
#include "iam/PolicyView.h"
#include "iam/RoleEditorDialog.h"
#include "iam/RolesPage.h"
#include "iam/TestBenchDialog.h"
#include "iam/TestBenchWidget.h"
#include "mainwindow/AccountsPane.h"
#include "mainwindow/AccountView.h"
#include "mainwindow/MainWindow.h"
#include "models/ApiKeyModel.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "widgets/ErrorBanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"KeyportIamWindowTest"_s;
constexpr int rulesChoice = 3; // (default), allow, deny, rules

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

/// A keystroke to whatever has the focus (or the active popup or window).
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        qFatal("nothing has the focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

/// Whether the focus is on the widget @p name or inside it.
bool focusIn(const QString &name)
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (widget->objectName() == name)
            return true;
    }
    return false;
}

/// Tab until the focus reaches @p name; false after a whole lap without it.
bool tabTo(const QString &name)
{
    for (int step = 0; step < 200 && !focusIn(name); ++step)
        press(Qt::Key_Tab);
    return focusIn(name);
}

/// The window's menu @p menuKey (Alt+key), then the item of mnemonic @p itemKey.
void menuItem(QWidget *window, Qt::Key menuKey, Qt::Key itemKey)
{
    QTest::keyClick(window, menuKey, Qt::AltModifier);
    if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 3000))
        qFatal("the menu did not open");
    QTest::keyClick(QApplication::activePopupWidget(), itemKey);
}

} // namespace

class TestIamWindow : public QObject
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
        options.demoKeys = false;
        options.keychain = &m_keychain;
        m_harness = std::make_unique<WindowHarness>(options);
        sandbox().setIamOperationDelay(std::chrono::milliseconds(0));
    }

    void cleanup()
    {
        if (window() && m_harness->accounts()->account(u"iam"_s))
            finished(m_harness->accounts()->removeAccount(u"iam"_s));
        m_harness.reset();
    }

    void createsADenyByDefaultRoleAndAKeyOnIt()
    {
        openWindow();
        // The account opens on its API keys.
        KEYPORT_FIND(view, AccountView, window(), u"accountView"_s);
        QTRY_COMPARE(view->currentSection(), AccountTreeModel::Section::ApiKeys);

        trigger(u"actionNewRole"_s);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"roleName"_s), u"uploader"_s);
        pressButton(editor->findChild<QAbstractButton *>(u"roleDefaultDeny"_s));
        KEYPORT_FIND(sos, QComboBox, editor, u"serviceType_sos"_s);
        sos->setCurrentIndex(rulesChoice);
        KEYPORT_FIND(expression, ExpressionEdit, editor, u"ruleExpression_sos_0"_s);
        expression->textEdit()->selectAll();
        QTest::keyClicks(expression->textEdit(), u"operation in ['get-object', 'head-object']"_s);
        expression->completer()->popup()->hide();

        // The bench beside the form judges the draft as the engine does.
        KEYPORT_FIND(bench, TestBenchWidget, editor, u"testBench"_s);
        QCOMPARE(bench->subjectKind(), TestBenchWidget::SubjectKind::Draft);
        bench->setOperation(u"get-object"_s);
        QTRY_VERIFY(bench->decision() && bench->decision()->allowed);
        QCOMPARE(bench->decision()->rule, 0);
        bench->setOperation(u"put-object"_s);
        QTRY_VERIFY(bench->decision() && !bench->decision()->allowed);
        bench->setOperation(u"list-zones"_s);
        QTRY_VERIFY(bench->decision() && !bench->decision()->allowed);
        QVERIFY2(bench->verdictText().contains(u"does not name service compute"),
            qPrintable(bench->verdictText()));

        pressButton(editor->findChild<QAbstractButton *>(u"roleEditorOk"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<RoleEditorDialog *>(), 10000);
        const auto role = iam()->roles().constLast();
        QCOMPARE(role.name, u"uploader"_s);
        // The server holds exactly the policy typed.
        QCOMPARE(sandbox().roleJson(role.id).value(u"policy"_s).toObject(),
            json(R"({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
                "rules": [{"action": "allow",
                           "expression": "operation in ['get-object', 'head-object']"}]}}})"));
        KEYPORT_FIND(rolesPage, RolesPage, window(), u"rolesPage"_s);
        QCOMPARE(rolesPage->selectedRole()->id, role.id);

        // An API key on it; its secret goes to the real keychain.
        trigger(u"actionNewApiKey"_s);
        ApiKeyWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window()->findChild<ApiKeyWizard *>()));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"apiKeyName"_s), u"site-uploader"_s);
        KEYPORT_FIND(roles, QComboBox, wizard, u"apiKeyRole"_s);
        roles->setCurrentIndex(roles->findText(u"uploader"_s));
        Q_EMIT roles->activated(roles->currentIndex());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        KEYPORT_FIND(command, QPlainTextEdit, wizard, u"apiKeyReviewCommand"_s);
        QCOMPARE(command->toPlainText(), u"exo iam api-key create site-uploader uploader"_s);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(ApiKeyWizard::ApiKeySecretPageId), 15000);
        KEYPORT_FIND(keyId, QLabel, wizard, u"createdKeyId"_s);
        const QString id = keyId->text();
        KEYPORT_FIND(secret, QLineEdit, wizard, u"secretField"_s);
        QCOMPARE(lookUpSecret(service, u"keyport/iam/"_s + id), secret->text().toUtf8());
        QCOMPARE(iam()->apiKey(id)->roleId, role.id);

        // What the bench said is what the server does with that key.
        auto client = m_harness->fixture().clientFor(id, Secret::fromUtf8(secret->text().toUtf8()));
        IamClient keyClient(client.get());
        auto listed = finished(keyClient.listApiKeys());
        QVERIFY(listed);
        QCOMPARE(listed->error().code(), Error::Code::AccessDenied);
        QVERIFY2(listed->error().message().contains(u"role policy"_s),
            qPrintable(listed->error().message()));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ApiKeyWizard *>());
        KEYPORT_FIND(keysPage, ApiKeysPage, window(), u"apiKeysPage"_s);
        QCOMPARE(keysPage->selectedApiKeys().constFirst().key, id);
        finished(m_harness->accounts()->forgetKeySecret(u"iam"_s, id));
    }

    void anOrganizationPolicyDenyingIamToTheSigningKeyIsGuarded()
    {
        openWindow();
        QVERIFY(m_pane->selectSection(u"iam"_s, AccountTreeModel::Section::OrganizationPolicy));
        trigger(u"actionEditOrganizationPolicy"_s);
        OrganizationPolicyDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<OrganizationPolicyDialog *>()));
        KEYPORT_FIND(iamService, QComboBox, editor, u"serviceType_iam"_s);
        iamService->setCurrentIndex(2); // deny
        QVERIFY(editor->policyChanged());

        // The guard before anything is sent: the signing key first, and what it loses.
        pressButton(editor->findChild<QAbstractButton *>(u"orgPolicyEditorOk"_s));
        LockoutGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        QVERIFY(guard->analysis().locksOutSigningKey());
        QVERIFY(guard->analysis().signingKeyLosesIam());
        KEYPORT_FIND(details, QTreeWidget, guard, u"lockoutDetails"_s);
        QVERIFY2(details->topLevelItem(0)->text(0).contains(u"signing key"_s),
            qPrintable(details->topLevelItem(0)->text(0)));
        KEYPORT_FIND(summary, QLabel, guard, u"lockoutSummary"_s);
        QVERIFY2(summary->text().contains(u"every iam operation"_s), qPrintable(summary->text()));
        QCOMPARE(guard->confirmationText(), u"organization policy"_s);
        KEYPORT_FIND(goAhead, QPushButton, guard, u"lockoutGoAheadButton"_s);
        QVERIFY(!goAhead->isEnabled());
        // Backing out sends nothing and keeps the editor with the draft.
        const int sent = int(sandbox().requests().size());
        QTest::keyClick(guard, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<LockoutGuardDialog *>());
        QVERIFY(window()->findChild<OrganizationPolicyDialog *>());
        QCOMPARE(int(sandbox().requests().size()), sent);
        QCOMPARE(sandbox().organizationPolicy(), IamPolicy::allowAll());

        // Going ahead needs the words typed.
        pressButton(editor->findChild<QAbstractButton *>(u"orgPolicyEditorOk"_s));
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        goAhead = guard->findChild<QPushButton *>(u"lockoutGoAheadButton"_s);
        QTest::keyClicks(
            guard->findChild<QLineEdit *>(u"lockoutConfirmText"_s), u"organization policy"_s);
        QVERIFY(goAhead->isEnabled());
        QTest::mouseClick(goAhead, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<OrganizationPolicyDialog *>(), 10000);
        QCOMPARE(sandbox().organizationPolicy().services.value(u"iam"_s).type,
            IamPolicy::ServiceType::Deny);
        QCOMPARE(*iam()->organizationPolicy(), sandbox().organizationPolicy());
    }

    void theTestBenchGivesTheEnginesVerdicts()
    {
        // Rule 1 reads a parameter the request may lack, rule 2 has a typo, rule 3 lists.
        const char *const dnsEditor = "{\"name\": \"dns-editor\", \"policy\": "
                                      "{\"default-service-strategy\": \"deny\", \"services\": "
                                      "{\"dns\": {\"type\": \"rules\", \"rules\": ["
                                      "{\"action\": \"deny\", \"expression\": "
                                      "\"parameters.type == 'NS'\"},"
                                      "{\"action\": \"allow\", \"expression\": "
                                      "\"paramters.has('x')\"},"
                                      "{\"action\": \"allow\", \"expression\": "
                                      "\"operation.startsWith('list-')\"}]}}}}";
        const auto roleId = sandbox().createRole(json(dnsEditor));
        QVERIFY(roleId);
        openWindow();
        selectRole(roleId.value());
        trigger(u"actionTestBench"_s);
        TestBenchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<TestBenchDialog *>()));
        TestBenchWidget *bench = dialog->testBench();
        QCOMPARE(bench->subjectKind(), TestBenchWidget::SubjectKind::Role);
        QCOMPARE(bench->subjectId(), roleId.value());
        bench->setOperation(u"list-dns-domains"_s);
        // Rule 1 cannot be told without a type: an error, skipped; rule 2 has a typo: skipped;
        // rule 3 allows.
        QTRY_VERIFY(bench->decision() && bench->decision()->allowed);
        QCOMPARE(bench->decision()->rule, 2);
        QCOMPARE(bench->decision()->skipped.size(), 2);
        QVERIFY2(bench->verdictText().contains(u"Allowed by the role policy"),
            qPrintable(bench->verdictText()));
        bench->setOperation(u"create-dns-domain-record"_s);
        QTRY_VERIFY(bench->decision() && !bench->decision()->allowed);
        QVERIFY2(bench->verdictText().contains(u"no rule matched in service dns"),
            qPrintable(bench->verdictText()));
        dialog->close();
        QTRY_VERIFY(!window()->findChild<TestBenchDialog *>());
    }

    void deletingARoleBoundToAPersonIsGuarded()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "auditor", "policy":
            {"default-service-strategy": "allow", "services": {}}})"));
        QVERIFY(roleId);
        sandbox().addUser(u"ada@example.com"_s, roleId.value());
        openWindow();
        selectRole(roleId.value());
        trigger(u"actionDeleteRole"_s);
        LockoutGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        KEYPORT_FIND(details, QTreeWidget, guard, u"lockoutDetails"_s);
        QCOMPARE(details->topLevelItemCount(), 1);
        QVERIFY(details->topLevelItem(0)->text(0).contains(u"ada@example.com"_s));
        KEYPORT_FIND(summary, QLabel, guard, u"lockoutSummary"_s);
        QVERIFY2(
            summary->text().contains(u"refuses to delete a role"), qPrintable(summary->text()));
        KEYPORT_FIND(goAhead, QPushButton, guard, u"lockoutGoAheadButton"_s);
        QVERIFY(!goAhead->isEnabled());
        KEYPORT_FIND(confirm, QLineEdit, guard, u"lockoutConfirmText"_s);
        QTest::keyClicks(confirm, u"audito"_s);
        QVERIFY(!goAhead->isEnabled());
        QTest::keyClicks(confirm, u"r"_s);
        QVERIFY(goAhead->isEnabled());
        QTest::mouseClick(goAhead, Qt::LeftButton);
        // Exoscale refuses while a person is bound: the banner says so, the role stays.
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().contains(u"The role auditor was not deleted"),
            qPrintable(banner->message()));
        QVERIFY(!sandbox().roleJson(roleId.value()).isEmpty());
        QVERIFY(iam()->role(roleId.value()));
    }

    void deletingARoleBoundToNobodyStillAsksForItsName()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "unused", "policy":
            {"default-service-strategy": "deny", "services": {}}})"));
        QVERIFY(roleId);
        openWindow();
        selectRole(roleId.value());
        trigger(u"actionDeleteRole"_s);
        LockoutGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        KEYPORT_FIND(goAhead, QPushButton, guard, u"lockoutGoAheadButton"_s);
        QVERIFY(!goAhead->isEnabled());
        QTest::keyClicks(guard->findChild<QLineEdit *>(u"lockoutConfirmText"_s), u"unused"_s);
        QTest::mouseClick(goAhead, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!iam()->role(roleId.value()), 10000);
        QVERIFY(sandbox().roleJson(roleId.value()).isEmpty());
    }

    void editingARolePolicyThatLocksOutItsKeysIsGuarded()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "deployer", "policy":
            {"default-service-strategy": "allow", "services": {}}})"));
        QVERIFY(roleId);
        const auto key = sandbox().createApiKey(u"ci"_s, roleId.value());
        QVERIFY(key);
        sandbox().addUser(u"grace@example.com"_s, roleId.value());
        openWindow();
        QTRY_VERIFY(iam()->isLoaded(IamSession::List::Users) && !iam()->isLoading());
        selectRole(roleId.value());
        trigger(u"actionEditRole"_s);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        QCOMPARE(editor->mode(), RoleEditorDialog::Mode::Edit);
        KEYPORT_FIND(dns, QComboBox, editor, u"serviceType_dns"_s);
        dns->setCurrentIndex(2); // deny
        QVERIFY(editor->policyChanged());
        const IamPolicy draft = editor->policy();
        QCOMPARE(draft.services.value(u"dns"_s).type, IamPolicy::ServiceType::Deny);

        // The guard before anything is sent: the key and the person bound, and what they lose.
        const int sent = int(sandbox().requests().size());
        pressButton(editor->findChild<QAbstractButton *>(u"roleEditorOk"_s));
        LockoutGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        QCOMPARE(guard->analysis().change().kind, LockoutChange::Kind::RolePolicy);
        QVERIFY(!guard->analysis().locksOutSigningKey());
        QCOMPARE(guard->confirmationText(), u"deployer"_s);
        KEYPORT_FIND(details, QTreeWidget, guard, u"lockoutDetails"_s);
        QCOMPARE(details->topLevelItemCount(), 2);
        QStringList subjects;
        for (int row = 0; row < details->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *subject = details->topLevelItem(row);
            subjects << subject->text(0);
            QCOMPARE(subject->childCount(), 1);
            QCOMPARE(subject->child(0)->text(0), u"Loses every dns operation"_s);
            QVERIFY2(subject->child(0)->text(1).contains(u"deployer"_s),
                qPrintable(subject->child(0)->text(1)));
        }
        QVERIFY2(std::any_of(subjects.cbegin(), subjects.cend(),
                     [&](const QString &text) {
                         return text.contains(u"ci"_s) && text.contains(key.value().key);
                     }),
            qPrintable(subjects.join(u" | "_s)));
        QVERIFY2(std::any_of(subjects.cbegin(), subjects.cend(),
                     [](const QString &text) { return text.contains(u"grace@example.com"_s); }),
            qPrintable(subjects.join(u" | "_s)));
        KEYPORT_FIND(summary, QLabel, guard, u"lockoutSummary"_s);
        QVERIFY2(
            summary->text().contains(u"lose every dns operation"_s), qPrintable(summary->text()));
        KEYPORT_FIND(goAhead, QPushButton, guard, u"lockoutGoAheadButton"_s);
        QCOMPARE(goAhead->text(), u"Save Policy"_s);
        QVERIFY(!goAhead->isEnabled());

        // Esc sends nothing and keeps the editor with the draft.
        QTest::keyClick(guard, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<LockoutGuardDialog *>());
        QCOMPARE(window()->findChild<RoleEditorDialog *>(), editor);
        QCOMPARE(rolePolicyUpdates(roleId.value()), 0);
        QCOMPARE(int(sandbox().requests().size()), sent);
        QCOMPARE(editor->policy(), draft);
        // The form rebuilds its rows on a change: the combo box is found anew.
        KEYPORT_FIND(dnsAfter, QComboBox, editor, u"serviceType_dns"_s);
        QCOMPARE(dnsAfter->currentIndex(), 2);
        QCOMPARE(sandbox().roleJson(roleId.value()).value(u"policy"_s).toObject(),
            IamPolicy::allowAll().toJson());

        // Going ahead needs the role's name typed.
        pressButton(editor->findChild<QAbstractButton *>(u"roleEditorOk"_s));
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        goAhead = guard->findChild<QPushButton *>(u"lockoutGoAheadButton"_s);
        KEYPORT_FIND(confirm, QLineEdit, guard, u"lockoutConfirmText"_s);
        QTest::keyClicks(confirm, u"deploye"_s);
        QVERIFY(!goAhead->isEnabled());
        QTest::keyClicks(confirm, u"r"_s);
        QVERIFY(goAhead->isEnabled());
        QTest::mouseClick(goAhead, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<RoleEditorDialog *>(), 10000);
        QCOMPARE(rolePolicyUpdates(roleId.value()), 1);
        QCOMPARE(sandbox().roleJson(roleId.value()).value(u"policy"_s).toObject(),
            json(R"({"default-service-strategy": "allow",
                     "services": {"dns": {"type": "deny"}}})"));
        QTRY_COMPARE(iam()->role(roleId.value())->policy, std::optional(draft));
    }

    void editingARolePolicyThatTakesNothingAwayIsNotGuarded()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "deployer", "policy":
            {"default-service-strategy": "allow", "services": {}}})"));
        QVERIFY(roleId);
        QVERIFY(sandbox().createApiKey(u"ci"_s, roleId.value()));
        sandbox().addUser(u"grace@example.com"_s, roleId.value());
        openWindow();
        QTRY_VERIFY(iam()->isLoaded(IamSession::List::Users) && !iam()->isLoading());
        selectRole(roleId.value());
        trigger(u"actionEditRole"_s);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        // dns allowed by name, as the default already allows it: nobody loses anything.
        KEYPORT_FIND(dns, QComboBox, editor, u"serviceType_dns"_s);
        dns->setCurrentIndex(1); // allow
        QVERIFY(editor->policyChanged());
        pressButton(editor->findChild<QAbstractButton *>(u"roleEditorOk"_s));
        // Saved at once: the editor closes with nobody asked to confirm (an open guard, even
        // one with nothing to type, would keep it open).
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<RoleEditorDialog *>(), 10000);
        QVERIFY(!window()->findChild<LockoutGuardDialog *>());
        QCOMPARE(rolePolicyUpdates(roleId.value()), 1);
        QCOMPARE(sandbox().roleJson(roleId.value()).value(u"policy"_s).toObject(),
            json(R"({"default-service-strategy": "allow",
                     "services": {"dns": {"type": "allow"}}})"));
    }

    void theEditorsTestBenchKeepsTheRolesLabel()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "deployer", "policy":
            {"default-service-strategy": "allow", "services": {}}})"));
        QVERIFY(roleId);
        openWindow();
        selectRole(roleId.value());
        trigger(u"actionEditRole"_s);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        KEYPORT_FIND(bench, TestBenchWidget, editor, u"testBench"_s);
        KEYPORT_FIND(subject, QComboBox, bench, u"testBenchSubject"_s);
        QCOMPARE(bench->subjectKind(), TestBenchWidget::SubjectKind::Draft);
        QCOMPARE(subject->currentText(), u"This role as edited"_s);
        bench->setOperation(u"list-dns-domains"_s);
        QTRY_VERIFY(bench->decision() && bench->decision()->allowed);

        // An edit of the policy: the bench judges the new draft under the same label.
        KEYPORT_FIND(dns, QComboBox, editor, u"serviceType_dns"_s);
        dns->setCurrentIndex(2); // deny
        QTRY_VERIFY(bench->decision() && !bench->decision()->allowed);
        QCOMPARE(bench->subjectKind(), TestBenchWidget::SubjectKind::Draft);
        QCOMPARE(subject->currentText(), u"This role as edited"_s);
        KEYPORT_FIND(decidingPolicy, QLabel, bench, u"testBenchDecidingPolicy"_s);
        QCOMPARE(decidingPolicy->text(), u"Deciding policy: This role as edited."_s);
        editor->reject();
        QTRY_VERIFY(!window()->findChild<RoleEditorDialog *>());
    }

    void resetOrganizationPolicyGoesThroughTheGuard()
    {
        // A restrictive organisation policy, set on the server itself.
        IamPolicy restrictive = IamPolicy::allowAll();
        restrictive.services.insert(u"sos"_s, {IamPolicy::ServiceType::Deny, {}, {}});
        restrictive.services.insert(u"dns"_s, {IamPolicy::ServiceType::Deny, {}, {}});
        sandbox().setOrganizationPolicy(restrictive);
        openWindow();
        QCOMPARE(*iam()->organizationPolicy(), restrictive);
        QVERIFY(m_pane->selectSection(u"iam"_s, AccountTreeModel::Section::OrganizationPolicy));
        KEYPORT_FIND(page, OrganizationPolicyPage, window(), u"organizationPolicyPage"_s);
        QTRY_COMPARE(page->policyView()->policy(), std::optional(restrictive));
        QTRY_VERIFY(page->findChild<QWidget *>(u"policyService_sos"_s));

        // Reset always asks for the words, even though nobody loses anything.
        trigger(u"actionResetOrganizationPolicy"_s);
        LockoutGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        QCOMPARE(guard->analysis().change().kind, LockoutChange::Kind::OrganizationReset);
        QVERIFY(!guard->analysis().locksOutAnyone());
        QCOMPARE(guard->confirmationText(), u"organization policy"_s);
        KEYPORT_FIND(goAhead, QPushButton, guard, u"lockoutGoAheadButton"_s);
        QCOMPARE(goAhead->text(), u"Reset Policy"_s);
        QVERIFY(!goAhead->isEnabled());
        // Esc sends nothing.
        const int sent = int(sandbox().requests().size());
        QTest::keyClick(guard, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<LockoutGuardDialog *>());
        QCOMPARE(int(sandbox().requests().size()), sent);
        QCOMPARE(organizationPolicyResets(), 0);
        QCOMPARE(sandbox().organizationPolicy(), restrictive);
        QCOMPARE(page->policyView()->policy(), std::optional(restrictive));

        // Typed and confirmed: allow-all on the server and on the page.
        trigger(u"actionResetOrganizationPolicy"_s);
        QTRY_VERIFY((guard = window()->findChild<LockoutGuardDialog *>()));
        goAhead = guard->findChild<QPushButton *>(u"lockoutGoAheadButton"_s);
        KEYPORT_FIND(confirm, QLineEdit, guard, u"lockoutConfirmText"_s);
        QTest::keyClicks(confirm, u"organization polic"_s);
        QVERIFY(!goAhead->isEnabled());
        QTest::keyClicks(confirm, u"y"_s);
        QVERIFY(goAhead->isEnabled());
        QTest::mouseClick(goAhead, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(organizationPolicyResets() == 1, 10000);
        QCOMPARE(sandbox().organizationPolicy(), IamPolicy::allowAll());
        QCOMPARE(sandbox().organizationPolicy().defaultServiceStrategy, IamPolicy::Effect::Allow);
        QVERIFY(sandbox().organizationPolicy().services.isEmpty());
        QTRY_COMPARE(page->policyView()->policy(), std::optional(IamPolicy::allowAll()));
        QTRY_VERIFY(!page->findChild<QWidget *>(u"policyService_sos"_s));
        QCOMPARE(*iam()->organizationPolicy(), IamPolicy::allowAll());
    }

    void useAsTemplateOnARole()
    {
        const auto roleId = sandbox().createRole(json(R"({"name": "reader", "description":
            "reads", "labels": {"team": "ops"}, "policy": {"default-service-strategy": "deny",
            "services": {"dns": {"type": "allow"}}}})"));
        QVERIFY(roleId);
        openWindow();
        selectRole(roleId.value());
        trigger(u"actionCloneRole"_s);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        QCOMPARE(editor->mode(), RoleEditorDialog::Mode::Clone);
        KEYPORT_FIND(name, QLineEdit, editor, u"roleName"_s);
        QCOMPARE(name->text(), u"reader-copy"_s);
        pressButton(editor->findChild<QAbstractButton *>(u"roleEditorOk"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<RoleEditorDialog *>(), 10000);
        KEYPORT_FIND(rolesPage, RolesPage, window(), u"rolesPage"_s);
        const auto copy = rolesPage->selectedRole();
        QVERIFY(copy);
        QCOMPARE(copy->name, u"reader-copy"_s);
        QVERIFY(copy->id != roleId.value());
        const QJsonObject stored = sandbox().roleJson(copy->id);
        const QJsonObject original = sandbox().roleJson(roleId.value());
        for (const QString &member : {u"policy"_s, u"labels"_s, u"description"_s})
            QCOMPARE(stored.value(member), original.value(member));
    }

    void severalApiKeysAreDeletedAtOnce()
    {
        QStringList ids;
        for (const QString &name : {u"one"_s, u"two"_s, u"three"_s}) {
            auto created = sandbox().createApiKey(name, sandbox().billingRoleId());
            QVERIFY(created);
            ids << created.value().key;
        }
        openWindow();
        KEYPORT_FIND(keysPage, ApiKeysPage, window(), u"apiKeysPage"_s);
        QVERIFY(m_pane->selectSection(u"iam"_s, AccountTreeModel::Section::ApiKeys));
        QTableView *table = keysPage->table();
        QTRY_COMPARE(keysPage->model()->rowCount(), 4); // the three and the signing key
        // The three chosen together, as Ctrl+click does.
        table->selectionModel()->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            const QString key
                = table->model()->index(row, ApiKeyModel::KeyColumn).data().toString();
            if (ids.contains(key))
                table->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(keysPage->selectedApiKeys().size(), 3);
        trigger(u"actionDeleteApiKeys"_s);
        DeleteApiKeysDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<DeleteApiKeysDialog *>()));
        KEYPORT_FIND(list, QTreeWidget, dialog, u"revokeList"_s);
        QCOMPARE(list->topLevelItemCount(), 3);
        KEYPORT_FIND(confirm, QAbstractButton, dialog, u"revokeButton"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        for (const QString &id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(!sandbox().hasApiKey(id), 10000);
        QTRY_VERIFY(std::none_of(ids.cbegin(), ids.cend(),
            [this](const QString &id) { return iam()->apiKey(id).has_value(); }));
    }

    void aKeyboardOnlyRunCreatesARoleAndAKey()
    {
        openWindow();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));

        // IAM > New Role…, then the form by Tab, Space, arrows and typing alone.
        menuItem(window(), Qt::Key_I, Qt::Key_R);
        RoleEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = window()->findChild<RoleEditorDialog *>()));
        QTRY_VERIFY(focusIn(u"roleName"_s));
        type(u"keyboard-role"_s);
        QVERIFY(tabTo(u"roleDefaultDeny"_s));
        press(Qt::Key_Space);
        QVERIFY(tabTo(u"serviceType_dns"_s));
        for (int step = 0; step < rulesChoice; ++step)
            press(Qt::Key_Down);
        QVERIFY(tabTo(u"ruleExpression_dns_0"_s));
        type(u"operation == 'list-dns-domains'"_s);
        if (QApplication::activePopupWidget())
            press(Qt::Key_Escape); // the completion popup
        QVERIFY(window()->findChild<RoleEditorDialog *>());
        QVERIFY(tabTo(u"roleEditorOk"_s));
        press(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->findChild<RoleEditorDialog *>(), 10000);
        const IamRole role = iam()->roles().constLast();
        QCOMPARE(role.name, u"keyboard-role"_s);
        QCOMPARE(sandbox().roleJson(role.id).value(u"policy"_s).toObject(),
            json(R"({"default-service-strategy": "deny", "services": {"dns": {"type": "rules",
                "rules": [{"action": "allow", "expression": "operation == 'list-dns-domains'"}]}}})"));

        // IAM > New API Key…: name, role by typing its name, Return to go on, Alt+F to finish.
        // Offscreen, no window manager hands the focus back when a dialog closes.
        window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == window());
        menuItem(window(), Qt::Key_I, Qt::Key_A);
        ApiKeyWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window()->findChild<ApiKeyWizard *>()));
        QTRY_VERIFY(focusIn(u"apiKeyName"_s));
        type(u"keyboard-key"_s);
        QVERIFY(tabTo(u"apiKeyRole"_s));
        type(u"keyboard"_s);
        KEYPORT_FIND(roles, QComboBox, wizard, u"apiKeyRole"_s);
        QCOMPARE(roles->currentText(), u"keyboard-role"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(ApiKeyWizard::ApiKeyReviewPageId));
        press(Qt::Key_C, Qt::AltModifier); // &Create API Key
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->currentId(), int(ApiKeyWizard::ApiKeySecretPageId), 15000);
        KEYPORT_FIND(keyId, QLabel, wizard, u"createdKeyId"_s);
        const QString id = keyId->text();
        QCOMPARE(iam()->apiKey(id)->roleId, role.id);
        QVERIFY(!lookUpSecret(service, u"keyport/iam/"_s + id).isEmpty());
        press(Qt::Key_F, Qt::AltModifier); // &Finish
        QTRY_VERIFY(!window()->findChild<ApiKeyWizard *>());
        finished(m_harness->accounts()->forgetKeySecret(u"iam"_s, id));
    }

private:
    Sandbox &sandbox() { return m_harness->fixture().sandbox(); }
    MainWindow *window() const { return m_harness->window(); }
    IamSession *iam() const { return window()->session()->iam(); }

    /// The window on an account signing with the sandbox's IAM v3 API key, its lists loaded.
    void openWindow()
    {
        QVERIFY(
            m_harness->addAccount(u"iam"_s, sandbox().adminApiKeyId(), sandbox().adminApiSecret()));
        QVERIFY(m_harness->openWindow());
        QVERIFY(window()->selectAccount(u"iam"_s));
        QTRY_VERIFY(window()->session());
        QTRY_VERIFY_WITH_TIMEOUT(iam()->isLoaded(IamSession::List::Roles)
                && iam()->isLoaded(IamSession::List::ApiKeys)
                && iam()->isLoaded(IamSession::List::OrganizationPolicy) && !iam()->isLoading(),
            10000);
        m_pane = window()->findChild<AccountsPane *>(u"accountsPane"_s);
        QVERIFY(m_pane);
    }

    void selectRole(const QString &roleId)
    {
        QVERIFY(m_pane->selectSection(u"iam"_s, AccountTreeModel::Section::Roles));
        KEYPORT_FIND(rolesPage, RolesPage, window(), u"rolesPage"_s);
        QTRY_VERIFY(rolesPage->selectRole(roleId));
    }

    void trigger(const QString &action)
    {
        KEYPORT_FIND(found, QAction, window(), action);
        QVERIFY2(found->isEnabled(), qPrintable(action));
        found->trigger();
    }

    /// How many times the sandbox was asked to replace the policy of role @p roleId.
    int rolePolicyUpdates(const QString &roleId)
    {
        const QList<Sandbox::RecordedRequest> requests = sandbox().requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const auto &request) {
            return request.method == "PUT"
                && QUrl::fromPercentEncoding(request.target)
                       .endsWith(u"/iam-role/"_s + roleId + u":policy"_s);
        }));
    }

    /// How many times the sandbox was asked to reset the organisation policy.
    int organizationPolicyResets()
    {
        const QList<Sandbox::RecordedRequest> requests = sandbox().requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [](const auto &request) {
            return request.method == "POST"
                && QUrl::fromPercentEncoding(request.target)
                       .endsWith(u"/iam-organization-policy:reset"_s);
        }));
    }

    static void pressButton(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
    }

    KeychainSecretStore m_keychain{service};
    std::unique_ptr<WindowHarness> m_harness;
    AccountsPane *m_pane = nullptr;
};

QTEST_MAIN(TestIamWindow)
#include "tst_iamwindow.moc"
