// SPDX-License-Identifier: GPL-3.0-or-later
// A revealed secret, selected with the mouse or the keyboard, does not stay on the X11 PRIMARY
// selection, where any program could read it. A real X server (Xvfb, started here) and a real
// client of it (xclip) are asked; an ordinary line edit with the same text and the same gestures
// does put it there, which shows the check itself works.
#include "domain/Secret.h"
#include "widgets/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace Keyport;
using namespace Qt::StringLiterals;

extern char **environ;

namespace {

// A test value, not a real secret.
const QByteArray testSecret = "PrimarySelectionTestSecret0123456789abcdef";

/// What another program gets when it asks for PRIMARY now.
QByteArray primaryAsSeenByXclip()
{
    QProcess xclip;
    xclip.start(u"xclip"_s, {u"-o"_s, u"-selection"_s, u"primary"_s});
    if (!xclip.waitForStarted(5000))
        qFatal("xclip cannot be started");
    // Keyport's own event loop must run to answer the request.
    if (!QTest::qWaitFor([&xclip] { return xclip.state() == QProcess::NotRunning; }, 10000))
        qFatal("xclip did not answer");
    return xclip.readAllStandardOutput();
}

void selectByMouse(QLineEdit *edit)
{
    // A drag across the text, as a person selects it.
    const int y = edit->height() / 2;
    QTest::mousePress(edit, Qt::LeftButton, {}, QPoint(2, y));
    QTest::mouseMove(edit, QPoint(edit->width() / 2, y));
    QTest::mouseMove(edit, QPoint(edit->width() - 2, y));
    QTest::mouseRelease(edit, Qt::LeftButton, {}, QPoint(edit->width() - 2, y));
}

void selectByKeyboard(QLineEdit *edit)
{
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClick(edit, Qt::Key_End, Qt::ShiftModifier);
}

} // namespace

class TestPrimarySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QGuiApplication::clipboard()->supportsSelection());
        QVERIFY2(!QStandardPaths::findExecutable(u"xclip"_s).isEmpty(), "xclip is not installed");
    }

    void anOrdinaryLineEditLeavesItThere()
    {
        QLineEdit edit;
        edit.setReadOnly(true);
        edit.setText(QString::fromLatin1(testSecret));
        show(&edit);
        selectByMouse(&edit);
        QVERIFY(edit.hasSelectedText());

        QCOMPARE(primaryAsSeenByXclip(), testSecret);
    }

    void aRevealedSecretFieldDoesNot_data() { selectionGestures(); }

    void aRevealedSecretFieldDoesNot()
    {
        QFETCH(bool, byMouse);
        // Something else of ours was on PRIMARY before.
        QGuiApplication::clipboard()->setText(u"unrelated"_s, QClipboard::Selection);
        SecretField field;
        field.setSecret(Secret::fromUtf8(QByteArray(testSecret)));
        field.setRevealed(true);
        show(&field);
        if (byMouse)
            selectByMouse(&field);
        else
            selectByKeyboard(&field);
        QVERIFY(field.hasSelectedText());
        QVERIFY(!primaryAsSeenByXclip().contains(testSecret));
        // Nor once the field is gone.
        field.hide();
        QVERIFY(!primaryAsSeenByXclip().contains(testSecret));
    }

private:
    static void selectionGestures()
    {
        QTest::addColumn<bool>("byMouse");
        QTest::newRow("mouse") << true;
        QTest::newRow("keyboard") << false;
    }

    static void show(QLineEdit *edit)
    {
        edit->resize(420, 30);
        edit->show();
        edit->activateWindow();
        if (!QTest::qWaitForWindowActive(edit))
            qFatal("the window did not become active");
        edit->setFocus();
    }
};

/// Runs the tests against an X server of their own.
int main(int argc, char *argv[])
{
    int displayPipe[2];
    if (pipe(displayPipe) != 0)
        return 2;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, displayPipe[1], 3);
    char xvfb[] = "Xvfb";
    char displayfd[] = "-displayfd";
    char fd[] = "3";
    char screen[] = "-screen";
    char zero[] = "0";
    char geometry[] = "800x600x24";
    char nolisten[] = "-nolisten";
    char tcp[] = "tcp";
    char *arguments[] = {xvfb, displayfd, fd, screen, zero, geometry, nolisten, tcp, nullptr};
    pid_t server = 0;
    if (posix_spawnp(&server, "Xvfb", &actions, nullptr, arguments, environ) != 0) {
        std::fprintf(stderr, "Xvfb cannot be started\n");
        return 2;
    }
    close(displayPipe[1]);
    char number[16] = {};
    const ssize_t got = read(displayPipe[0], number, sizeof number - 1);
    close(displayPipe[0]);
    if (got <= 0) {
        kill(server, SIGTERM);
        return 2;
    }
    for (char &c : number) {
        if (c == '\n')
            c = '\0';
    }
    setenv("DISPLAY", (std::string(":") + number).c_str(), 1);
    setenv("QT_QPA_PLATFORM", "xcb", 1);
    int status = 0;
    {
        QApplication app(argc, argv);
        TestPrimarySelection test;
        status = QTest::qExec(&test, argc, argv);
    }
    kill(server, SIGTERM);
    waitpid(server, nullptr, 0);
    return status;
}

#include "tst_primaryselection.moc"
