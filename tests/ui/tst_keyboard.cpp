// SPDX-License-Identifier: GPL-3.0-or-later
// The whole life cycle by keyboard alone, with the real keychain: create a restricted key for one
// bucket, clone it for another bucket, find both secrets in the keychain, revoke both. Every
// input goes to the widget that has the focus, as a person's keystrokes would.
#include "SandboxFixture.h"
#include "SecretTool.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "dialogs/RevokeDialog.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AccountSession.h"
#include "wizard/KeyWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"KeyportKeyboardTest"_s;

/// A keystroke to whatever has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        qFatal("nothing has the focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        qFatal("nothing has the focus to type into");
    QTest::keyClicks(target, text);
}

/// Makes @p window the one that receives the keystrokes, as a click on its title bar would.
void activate(QWidget *window)
{
    window->activateWindow();
    // QTest::qWaitForWindowActive can return before QApplication has moved the focus.
    if (!QTest::qWaitFor(
            [window] {
                return QApplication::activeWindow() == window && QApplication::focusWidget();
            },
            10000))
        qFatal("the window did not become active");
}

template <typename W> W *waitForActive(QWidget *parent)
{
    W *found = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (found = parent->findChild<W *>()) && found->isVisible(); }, 10000))
        qFatal("no window of that kind appeared");
    activate(found);
    return found;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifeCycleByKeyboard()
    {
        KeychainSecretStore keychain(service);
        auto probe = finished(keychain.probe(), 15000);
        QVERIFY2(probe && !probe->error(),
            "No usable Secret Service: run through packaging/dev.sh test.");
        WindowHarness::Options options;
        options.demoKeys = false;
        options.keychain = &keychain;
        WindowHarness harness(options);
        QVERIFY(harness.addAccount(u"kb"_s));
        QVERIFY(harness.openWindow());
        MainWindow &window = *harness.window();
        activate(&window);
        QTRY_VERIFY(window.session() && window.session()->hasKeys()
            && !window.session()->catalog().isEmpty());

        // 1. A key for one bucket: Ctrl+N, name, Return; find put-sos-object, tick it; the bucket.
        press(Qt::Key_N, Qt::ControlModifier);
        auto *wizard = waitForActive<KeyWizard>(&window);
        QTRY_COMPARE(focusName(), u"keyName"_s);
        type(u"uploader"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::OperationsPageId));
        QTRY_COMPARE(focusName(), u"operationSearch"_s);
        type(u"put-sos-object"_s);
        press(Qt::Key_Tab); // to the tree, where the first row (the sos tag) becomes current
        press(Qt::Key_Down); // its first matching operation
        press(Qt::Key_Space);
        QCOMPARE(wizard->draft().operations, QStringList{u"put-sos-object"_s});
        press(Qt::Key_Return);

        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::ResourcesPageId));
        QTRY_COMPARE(focusName(), u"resourceName"_s);
        type(u"bucket-one"_s);
        press(Qt::Key_Return); // adds the resource, and only that
        QCOMPARE(wizard->currentId(), int(KeyWizard::ResourcesPageId));
        QCOMPARE(wizard->draft().resources.size(), 1);
        press(Qt::Key_Return); // empty name field: next page
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));
        press(Qt::Key_C, Qt::AltModifier); // &Create Key
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(KeyWizard::SecretPageId), 10000);
        const QString firstId = wizard->createdKey().key;
        press(Qt::Key_F, Qt::AltModifier); // &Finish
        QTRY_VERIFY(!window.findChild<KeyWizard *>());

        // 2. The same for another bucket: Ctrl+T on the new key (selected), swap the bucket.
        activate(&window);
        press(Qt::Key_T, Qt::ControlModifier);
        wizard = waitForActive<KeyWizard>(&window);
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::OperationsPageId));
        QTRY_COMPARE(focusName(), u"operationSearch"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::ResourcesPageId));
        QTRY_COMPARE(focusName(), u"resourceName"_s);
        press(Qt::Key_Tab); // past the disabled Add button, to the list
        press(Qt::Key_Down);
        press(Qt::Key_Tab); // Remove
        press(Qt::Key_Space);
        QVERIFY(wizard->draft().resources.isEmpty());
        press(Qt::Key_Tab, Qt::ShiftModifier);
        press(Qt::Key_Tab, Qt::ShiftModifier); // back to the name field
        type(u"bucket-two"_s);
        press(Qt::Key_Return);
        QCOMPARE(wizard->draft().resources.constFirst().name(), u"bucket-two"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(KeyWizard::SecretPageId), 10000);
        const QString secondId = wizard->createdKey().key;
        QCOMPARE(wizard->draft().name, u"uploader-copy"_s);
        press(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(!window.findChild<KeyWizard *>());

        // 3. Both secrets are in the system keychain.
        QCOMPARE(lookUpSecret(service, u"keyport/kb/"_s + firstId).size(), 43);
        QCOMPARE(lookUpSecret(service, u"keyport/kb/"_s + secondId).size(), 43);

        // 4. Revoke both: Tab to the list, where the copy is selected; Shift+Up takes the first
        // one too; Delete.
        activate(&window);
        for (int i = 0; i < 12 && focusName() != u"keyTable"; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"keyTable"_s);
        press(Qt::Key_Up, Qt::ShiftModifier);
        press(Qt::Key_Delete);
        auto *dialog = waitForActive<RevokeDialog>(&window);
        QCOMPARE(dialog->keys().size(), 2);
        QVERIFY(!dialog->includesSigningKey());
        // Return revokes only from the Revoke button (issue 9): Tab to it first.
        for (int i = 0; i < 12 && focusName() != u"revokeButton"; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"revokeButton"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !harness.sandbox().hasKey(firstId) && !harness.sandbox().hasKey(secondId), 15000);
        QTRY_VERIFY(!window.findChild<RevokeDialog *>());
        // Their stored secrets went with them (the box is ticked by default).
        QTRY_VERIFY(lookUpSecret(service, u"keyport/kb/"_s + firstId).isEmpty()
            && lookUpSecret(service, u"keyport/kb/"_s + secondId).isEmpty());
        QVERIFY(finished(harness.accounts()->removeAccount(u"kb"_s)));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
