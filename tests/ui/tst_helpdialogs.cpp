// SPDX-License-Identifier: GPL-3.0-or-later
// The Help dialogs: About (name, version, licence, links, Qt) and Keyboard Shortcuts, which
// reads the actions it is given, so that it cannot go stale. Both open with open() and close
// with Esc, and name themselves and their controls for assistive technology.
#include "accounts/AccountStore.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "mainwindow/MainWindow.h"
#include "secrets/SessionSecretStore.h"
#include "WindowHarness.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QString accessibleName(QObject *object)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

/// The table's rows: action -> shortcut, as shown.
QHash<QString, QString> rows(QTableView *table)
{
    QHash<QString, QString> shown;
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.insert(model->index(row, ShortcutsDialog::ActionColumn).data().toString(),
            model->index(row, ShortcutsDialog::ShortcutColumn).data().toString());
    }
    return shown;
}

QString native(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void aboutSaysWhatAndWhichVersion()
    {
        QWidget window;
        window.show();
        auto *dialog = new AboutDialog(&window);
        QSignalSpy finished(dialog, &QDialog::finished);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(accessibleName(dialog), u"About Keyport"_s);

        const auto text = [dialog](const QString &name) {
            auto *label = dialog->findChild<QLabel *>(name);
            return label ? label->text() : u"<missing %1>"_s.arg(name);
        };
        QCOMPARE(text(u"aboutName"_s), u"Keyport"_s);
        // The version CMake's project() declares, which --version prints too.
        QVERIFY2(text(u"aboutVersion"_s).contains(QStringLiteral(KEYPORT_EXPECTED_VERSION)),
            qPrintable(text(u"aboutVersion"_s)));
        QVERIFY2(text(u"aboutLicence"_s).contains(u"GPL-3.0-or-later"),
            qPrintable(text(u"aboutLicence"_s)));
        QVERIFY(text(u"aboutQtVersion"_s).contains(QString::fromLatin1(qVersion())));
        QVERIFY(text(u"aboutQtVersion"_s).contains(QStringLiteral(QT_VERSION_STR)));

        // Links the keyboard reaches, named, pointing where they say.
        const QList<std::pair<QString, QString>> links{
            {u"aboutReadme"_s, u"https://github.com/keyport/keyport"_s},
            {u"aboutIamDocumentation"_s, u"https://community.exoscale.com/documentation/iam/"_s},
            {u"aboutLicenceLink"_s, u"https://www.gnu.org/licenses/gpl-3.0"_s},
        };
        for (const auto &[name, url] : links) {
            auto *label = dialog->findChild<QLabel *>(name);
            QVERIFY2(label, qPrintable(name));
            QVERIFY2(label->text().contains(u"href=\""_s + url), qPrintable(label->text()));
            QVERIFY(label->openExternalLinks());
            QVERIFY(label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
            QVERIFY(label->focusPolicy() & Qt::TabFocus);
            QVERIFY(!accessibleName(label).isEmpty());
        }
        QCOMPARE(AboutDialog::iamDocumentationUrl(),
            QUrl(u"https://community.exoscale.com/documentation/iam/"_s));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
    }

    void shortcutsAreReadFromTheActions()
    {
        QWidget window;
        window.show();
        QAction newKey(u"&New Key…"_s);
        newKey.setShortcut(QKeySequence::New);
        QAction revoke(u"&Revoke…"_s);
        revoke.setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
        QAction copy(u"Copy Key &ID"_s);
        copy.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QAction both(u"Search && &Filter"_s);
        both.setShortcut(QKeySequence(Qt::Key_F3));
        QAction none(u"&Import…"_s);
        QAction separator;
        separator.setSeparator(true);

        auto *dialog
            = new ShortcutsDialog({&newKey, &revoke, &copy, &both, &none, &separator}, &window);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(accessibleName(dialog), u"Keyboard Shortcuts"_s);
        KEYPORT_FIND(table, QTableView, dialog, u"shortcutTable"_s);
        KEYPORT_FIND(filter, QLineEdit, dialog, u"shortcutFilter"_s);
        KEYPORT_FIND(empty, QLabel, dialog, u"shortcutsEmpty"_s);
        QVERIFY(table && filter && empty);
        QAbstractItemModelTester tester(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!accessibleName(table).isEmpty());
        QCOMPARE(accessibleName(filter), u"Filter:"_s);

        // Text without mnemonics or ellipsis, every shortcut in the desktop's notation; no
        // row for an action without a shortcut, nor for a separator.
        const QHash<QString, QString> expected{
            {u"New Key"_s, native(QKeySequence(QKeySequence::New))},
            {u"Revoke"_s, native(Qt::Key_Delete) + u", "_s + native(Qt::Key_Backspace)},
            {u"Copy Key ID"_s, native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))},
            {u"Search & Filter"_s, native(Qt::Key_F3)},
        };
        QCOMPARE(rows(table), expected);
        QVERIFY(!empty->isVisible());

        // Read-only.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < ShortcutsDialog::ColumnCount; ++column) {
                QVERIFY(!(table->model()->index(row, column).flags() & Qt::ItemIsEditable));
            }
        }
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);

        // It follows the actions: a new shortcut, a new text, an action that gets one.
        copy.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        none.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        QTRY_COMPARE(
            rows(table).value(u"Copy Key ID"_s), native(QKeySequence(Qt::CTRL | Qt::Key_I)));
        QCOMPARE(rows(table).value(u"Import"_s), native(QKeySequence(Qt::CTRL | Qt::Key_O)));

        // The filter looks at both columns, whatever the case.
        QTest::keyClicks(filter, u"revoke"_s);
        QCOMPARE(rows(table).keys(), QStringList{u"Revoke"_s});
        filter->clear();
        QTest::keyClicks(filter, native(Qt::Key_F3));
        QCOMPARE(rows(table).keys(), QStringList{u"Search & Filter"_s});
        filter->clear();
        QTest::keyClicks(filter, u"no such action"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        filter->clear();
        QCOMPARE(table->model()->rowCount(), 5);
        QVERIFY(!empty->isVisible());

        QSignalSpy finished(dialog, &QDialog::finished);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(finished.size(), 1);
    }

    void theMainWindowsShortcutsAreListed()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"k.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        QNetworkAccessManager network;
        AccountStore accounts(&settings, &session, &session);
        MainWindow window(AppContext{&network, &accounts, &session, &session, std::nullopt});
        window.show();
        const QList<QAction *> actions = window.findChildren<QAction *>();
        ShortcutsDialog dialog(actions, &window);
        dialog.open();
        auto *table = dialog.findChild<QTableView *>(u"shortcutTable"_s);
        QVERIFY(table);
        const QHash<QString, QString> shown = rows(table);
        int withShortcut = 0;
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty() || action->isSeparator()
                || ShortcutsDialog::plainText(action).isEmpty())
                continue;
            ++withShortcut;
            const QString name = ShortcutsDialog::plainText(action);
            QVERIFY2(shown.contains(name), qPrintable(name));
            QVERIFY2(shown.value(name).contains(native(action->shortcut())), qPrintable(name));
        }
        QVERIFY(withShortcut >= 5); // New Key (Ctrl+N), Revoke (Delete), Refresh (F5)…
        QVERIFY(shown.contains(u"New Key"_s));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
