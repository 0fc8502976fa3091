// SPDX-License-Identifier: GPL-3.0-or-later
// Every screen, walked: the main window, each page of the Create Key wizard (and with a
// template), Add and Edit Account, Import, Revoke, About, Keyboard Shortcuts, and the
// confirmations. Every control the keyboard can reach must have an accessible name (a button's
// is its visible label), Esc closes every dialog,
// and in German no text on screen may be left in English.
#include "SandboxFixture.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/DeleteApiKeysDialog.h"
#include "dialogs/ImportAccountsDialog.h"
#include "dialogs/LockoutGuardDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "iam/ApiKeysPage.h"
#include "iam/ApiKeyWizard.h"
#include "iam/OrganizationPolicyDialog.h"
#include "iam/RoleEditorDialog.h"
#include "iam/RolesPage.h"
#include "iam/TestBenchDialog.h"
#include "mainwindow/AccountsPane.h"
#include "mainwindow/MainWindow.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "Translations.h"
#include "wizard/KeyWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

QString stripMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

bool isInteractive(QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
}

QString describe(QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/// English texts of the German translation whose German differs: shown in English, they were
/// missed.
QHash<QString, QString> germanTranslations()
{
    QHash<QString, QString> result;
    QFile file(QStringLiteral(KEYPORT_SOURCE_DIR "/translations/keyport_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read keyport_de.ts");
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // A word spelt alike in both languages is no English left over ("&Name:").
            if (!translation.isEmpty() && stripMnemonic(translation) != stripMnemonic(source)
                && !source.contains(u"%n"))
                result.insert(stripMnemonic(source), translation);
        }
    }
    return result;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
        // Some rows run in German: Qt's and Keyport's translations are loaded before any widget.
        const QByteArray language = qgetenv("KEYPORT_TEST_LANGUAGE");
        if (language == "de") {
            const QStringList loaded
                = installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
            QVERIFY2(loaded.contains(u"keyport_de"_s), qPrintable(loaded.join(u", ")));
            m_untranslated = germanTranslations();
            QVERIFY(m_untranslated.size() > 300);
        }
    }

    void init()
    {
        m_harness = std::make_unique<WindowHarness>();
        m_problems.clear();
    }

    void cleanup()
    {
        m_window = nullptr;
        m_harness.reset();
    }

    void welcomePage()
    {
        openWindow(false);
        check(m_window, u"welcome page"_s);
        report();
    }

    void mainWindowAndItsDialogs()
    {
        openWindow(true);
        check(m_window, u"main window"_s);

        m_window->openAddAccountDialog();
        checkDialog<AddAccountDialog>(u"Add Account"_s);

        const QString toml = m_harness->filePath(u"exoscale.toml"_s);
        QFile file(toml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "[[accounts]]\nname = \"a\"\nkey = \"EXO000000000000000000000001\"\nsecret = \"s\"\n"
            "[[accounts]]\nname = \"b\"\nkey = \"EXO000000000000000000000002\"\n"
            "secretCommand = [\"pass\", \"x\"]\n");
        file.close();
        m_window->importAccounts(toml);
        checkDialog<ImportAccountsDialog>(u"Import"_s);

        selectKey(u"terraform-admin"_s);
        KEYPORT_FIND(actionRevoke, QAction, m_window, u"actionRevoke"_s);
        actionRevoke->trigger();
        checkDialog<RevokeDialog>(u"Revoke"_s);
        selectKey(u"sandbox-root"_s); // the signing key: the guard with its name field
        actionRevoke->trigger();
        checkDialog<RevokeDialog>(u"Revoke the signing key"_s);

        KEYPORT_FIND(actionRemoveAccount, QAction, m_window, u"actionRemoveAccount"_s);
        actionRemoveAccount->trigger();
        checkDialog<QMessageBox>(u"Remove Account"_s);
        report();
    }

    void editAccountAndHelpDialogs()
    {
        openWindow(true);
        // Opened as their commands will open them: parented to the window, with open().
        auto *edit = AddAccountDialog::forEdit(
            *m_harness->accounts()->account(u"sandbox"_s), {u"sandbox"_s}, m_window);
        edit->setAttribute(Qt::WA_DeleteOnClose);
        edit->open();
        checkDialog<AddAccountDialog>(u"Edit Account"_s);
        auto *about = new AboutDialog(m_window);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
        checkDialog<AboutDialog>(u"About"_s);
        auto *shortcuts = new ShortcutsDialog(m_window->findChildren<QAction *>(), m_window);
        shortcuts->setAttribute(Qt::WA_DeleteOnClose);
        shortcuts->open();
        checkDialog<ShortcutsDialog>(u"Keyboard Shortcuts"_s);
        report();
    }

    void everyWizardPage()
    {
        openWindow(true);
        KEYPORT_FIND(actionNewKey, QAction, m_window, u"actionNewKey"_s);
        actionNewKey->trigger();
        auto *wizard = m_window->findChild<KeyWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        check(wizard, u"wizard: name"_s);
        KEYPORT_FIND(keyName, QLineEdit, wizard, u"keyName"_s);
        keyName->setText(u"walk"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(KeyWizard::OperationsPageId));
        KEYPORT_FIND(operationSearch, QLineEdit, wizard, u"operationSearch"_s);
        operationSearch->setText(u"put-sos"_s);
        check(wizard, u"wizard: operations"_s);
        wizard->draft().operations = {u"put-sos-object"_s};
        wizard->next();
        QCOMPARE(wizard->currentId(), int(KeyWizard::ResourcesPageId));
        KEYPORT_FIND(resourceName, QLineEdit, wizard, u"resourceName"_s);
        resourceName->setText(u"a-bucket"_s);
        KEYPORT_FIND(addResource, QAbstractButton, wizard, u"addResource"_s);
        QTest::mouseClick(addResource, Qt::LeftButton);
        check(wizard, u"wizard: resources"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));
        check(wizard, u"wizard: review"_s);
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::SecretPageId));
        check(wizard, u"wizard: secret"_s);
        wizard->accept();

        // The template wizard, on its banner page.
        selectKey(u"sks-autoscaler"_s);
        KEYPORT_FIND(actionUseAsTemplate, QAction, m_window, u"actionUseAsTemplate"_s);
        actionUseAsTemplate->trigger();
        wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<KeyWizard *>())
            && wizard->currentId() == KeyWizard::OperationsPageId);
        check(wizard, u"template wizard: operations"_s);
        // Esc on the first pages closes it (no secret is at stake yet).
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<KeyWizard *>());
        report();
    }

    void iamSectionsAndTheirDialogs()
    {
        Sandbox &sandbox = m_harness->fixture().sandbox();
        openWindow(true, sandbox.adminApiKeyId(), sandbox.adminApiSecret());
        IamSession *iam = m_window->session()->iam();
        QTRY_VERIFY(iam->isLoaded(IamSession::List::Roles) && !iam->isLoading());
        KEYPORT_FIND(pane, AccountsPane, m_window, u"accountsPane"_s);
        for (const auto &[section, screen] :
            {std::pair{AccountTreeModel::Section::ApiKeys, u"API keys"_s},
                std::pair{AccountTreeModel::Section::Roles, u"Roles"_s},
                std::pair{AccountTreeModel::Section::OrganizationPolicy, u"Organization policy"_s},
                std::pair{AccountTreeModel::Section::LegacyKeys, u"Access keys of an API key"_s}}) {
            QVERIFY(pane->selectSection(u"sandbox"_s, section));
            check(m_window, screen);
        }
        const auto trigger = [this](const QString &name) {
            auto *action = m_window->findChild<QAction *>(name);
            if (!action || !action->isEnabled())
                m_problems.append(name + u": not available"_s);
            else
                action->trigger();
        };
        trigger(u"actionNewRole"_s);
        checkDialog<RoleEditorDialog>(u"New Role"_s);
        trigger(u"actionNewApiKey"_s);
        checkDialog<ApiKeyWizard>(u"New API Key"_s);
        trigger(u"actionTestBench"_s);
        checkDialog<TestBenchDialog>(u"Test Bench"_s);
        trigger(u"actionEditOrganizationPolicy"_s);
        checkDialog<OrganizationPolicyDialog>(u"Edit Organization Policy"_s);
        trigger(u"actionResetOrganizationPolicy"_s);
        checkDialog<LockoutGuardDialog>(u"Reset Organization Policy"_s);

        QVERIFY(pane->selectSection(u"sandbox"_s, AccountTreeModel::Section::Roles));
        KEYPORT_FIND(roles, RolesPage, m_window, u"rolesPage"_s);
        QVERIFY(roles->selectRole(iam->roles().constLast().id));
        trigger(u"actionEditRole"_s);
        checkDialog<RoleEditorDialog>(u"Edit Role"_s);
        trigger(u"actionDeleteRole"_s);
        checkDialog<LockoutGuardDialog>(u"Delete Role"_s);

        QVERIFY(pane->selectSection(u"sandbox"_s, AccountTreeModel::Section::ApiKeys));
        KEYPORT_FIND(keys, ApiKeysPage, m_window, u"apiKeysPage"_s);
        QVERIFY(keys->selectApiKey(iam->apiKeys().constLast().key));
        trigger(u"actionDeleteApiKeys"_s);
        checkDialog<DeleteApiKeysDialog>(u"Delete API Keys"_s);
        report();
    }

    void templateBeyondTheSigner()
    {
        // A signer that lacks the tag sks and get-operation: the template of sks-autoscaler
        // shows them as not grantable, with the button that removes them.
        KeyDraft signer;
        signer.name = u"iam-only"_s;
        signer.tags = {u"iam"_s};
        signer.operations = {u"list-zones"_s};
        auto created = m_harness->sandbox().createKey(signer);
        QVERIFY(created);
        openWindow(true, created->key.key, created->secret.clone());
        selectKey(u"sks-autoscaler"_s);
        KEYPORT_FIND(actionUseAsTemplate, QAction, m_window, u"actionUseAsTemplate"_s);
        actionUseAsTemplate->trigger();
        KeyWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<KeyWizard *>())
            && wizard->currentId() == KeyWizard::OperationsPageId);
        KEYPORT_FIND(removeUngrantable, QAbstractButton, wizard, u"removeUngrantable"_s);
        QVERIFY(removeUngrantable->isVisible());
        check(wizard, u"template wizard beyond the signer: operations"_s);
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<KeyWizard *>());
        report();
    }

private:
    void openWindow(bool withAccount, const QString &keyId = {}, Secret secret = {})
    {
        if (withAccount) {
            QVERIFY(m_harness->addAccount(u"sandbox"_s, keyId, std::move(secret)));
        }
        QVERIFY(m_harness->openWindow());
        m_window = m_harness->window();
        if (withAccount) {
            QTRY_VERIFY(
                m_window->session()->hasKeys() && !m_window->session()->catalog().isEmpty());
            QTRY_VERIFY(!m_window->session()->isLoading());
        }
    }

    void selectKey(const QString &name)
    {
        for (const AccessKey &key : m_window->session()->keys()) {
            if (key.name == name)
                m_window->selectKey(key.key);
        }
    }

    /// The dialog of that kind now open: checked, then closed with Esc.
    template <typename D> void checkDialog(const QString &screen)
    {
        D *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_window->findChild<D *>()) && dialog->isVisible(); },
                5000)) {
            m_problems.append(screen + u": did not open"_s);
            return;
        }
        check(dialog, screen);
        QTest::keyClick(dialog, Qt::Key_Escape);
        if (!QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 3000))
            m_problems.append(screen + u": Esc does not close it"_s);
        // Closed dialogs delete themselves; a message box may linger until the event loop runs.
        QTest::qWait(0);
    }

    void check(QWidget *root, const QString &screen)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget->window() != root->window())
                continue; // another window: checked on its own
            checkTranslated(widget, screen);
            if (!isInteractive(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty()) {
                m_problems.append(u"%1: %2 has no accessible name"_s.arg(screen, describe(widget)));
                continue;
            }
            if (auto *button = qobject_cast<QAbstractButton *>(widget);
                button && !button->text().isEmpty()) {
                if (name != stripMnemonic(button->text()))
                    m_problems.append(u"%1: %2 is named \"%3\" but labelled \"%4\""_s.arg(
                        screen, describe(widget), name, stripMnemonic(button->text())));
            }
        }
    }

    void checkTranslated(QWidget *widget, const QString &screen)
    {
        if (m_untranslated.isEmpty() || !widget->isVisible())
            return;
        QStringList texts;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.append(edit->placeholderText());
        if (widget->isWindow())
            texts.append(widget->windowTitle());
        for (const QString &text : std::as_const(texts)) {
            const QString shown = stripMnemonic(text);
            if (m_untranslated.contains(shown))
                m_problems.append(
                    u"%1: \"%2\" is shown in English (%3)"_s.arg(screen, shown, describe(widget)));
        }
    }

    void report()
    {
        if (!m_problems.isEmpty())
            QFAIL(qPrintable(u"\n"_s + m_problems.join(u'\n')));
    }

    std::unique_ptr<WindowHarness> m_harness;
    MainWindow *m_window = nullptr; // the harness's, once openWindow() has run
    QHash<QString, QString> m_untranslated;
    QStringList m_problems;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
