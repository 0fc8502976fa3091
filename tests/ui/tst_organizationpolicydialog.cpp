// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation policy editor (issue 11, points 3-4): the real dialog, offscreen, driven
// through its widgets as a person would.
#include "api/IamJson.h"
#include "domain/ExoCommandLine.h"
#include "iam/ExpressionEdit.h"
#include "iam/FormKit.h"
#include "iam/OrganizationPolicyDialog.h"
#include "policy/CelExpression.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

/// The organisation policy the dialog opens on: a bit of everything, and members Keyport does
/// not know at every level.
const auto currentJson = uR"({
  "default-service-strategy": "allow",
  "services": {
    "compute": {"type": "deny", "x-note": "kept"},
    "sos": {"type": "rules", "rules": [
      {"action": "deny", "expression": "parameters.bucket == 'audit'",
       "resources": ["sos/bucket:audit"]}]}
  },
  "x-policy-version": 3
})"_s;

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

IamPolicy policyFrom(const QString &json)
{
    PolicyProblems problems;
    const std::optional<IamPolicy> policy = IamPolicy::fromJson(object(json), &problems);
    if (!policy || !problems.isEmpty())
        qFatal("the test's policy does not read");
    return *policy;
}

/// The widget of type T named @p name; the test fails in QVERIFY on the null it gets otherwise.
template <typename T> T *widget(QWidget *dialog, const QString &name)
{
    auto *found = dialog->findChild<T *>(name);
    if (found == nullptr)
        qWarning("the dialog has no %s", qPrintable(name));
    return found;
}

QPushButton *okButton(OrganizationPolicyDialog &dialog)
{
    return widget<QPushButton>(&dialog, u"orgPolicyEditorOk"_s);
}

QJsonObject shownJson(OrganizationPolicyDialog &dialog)
{
    return object(widget<QPlainTextEdit>(&dialog, u"orgPolicyJson"_s)->toPlainText());
}

/// A person's way to a button: it takes the focus, then Space.
void pressByKeyboard(QAbstractButton *button)
{
    QVERIFY(button && button->isEnabled());
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

/// Types @p text over whatever a rule's expression held.
void retype(ExpressionEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->textEdit()->selectAll();
    QTest::keyClick(edit->textEdit(), Qt::Key_Backspace);
    QTest::keyClicks(edit->textEdit(), text);
    edit->completer()->popup()->hide();
}

enum { DefaultType, AllowType, DenyType, RulesType };

void setServiceType(OrganizationPolicyDialog &dialog, const QString &service, int type)
{
    auto *combo = widget<QComboBox>(&dialog, u"serviceType_"_s + service);
    QVERIFY(combo);
    combo->setCurrentIndex(type);
}

/// A control a person uses (and so must reach by Tab and hear named).
bool isControl(QWidget *candidate)
{
    const bool usable = candidate->isVisible() && candidate->isEnabled()
        && (candidate->focusPolicy() & Qt::TabFocus) != 0;
    const bool kind = qobject_cast<QAbstractButton *>(candidate)
        || qobject_cast<QComboBox *>(candidate) || qobject_cast<QLineEdit *>(candidate)
        || qobject_cast<QPlainTextEdit *>(candidate)
        || qobject_cast<QAbstractItemView *>(candidate);
    return usable && kind;
}

} // namespace

class TestOrganizationPolicyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void formToJson()
    {
        OrganizationPolicyDialog dialog(policyFrom(currentJson));
        QCOMPARE(dialog.windowTitle(), u"Edit Organization Policy"_s);
        QCOMPARE(okButton(dialog)->text(), u"Save Policy"_s);
        // The JSON tab shows the body of update-iam-organization-policy, unknown members kept.
        QCOMPARE(shownJson(dialog), object(currentJson));
        QSignalSpy drafts(&dialog, &OrganizationPolicyDialog::policyDraftChanged);

        pressByKeyboard(widget<QPushButton>(&dialog, u"orgPolicyDefaultDeny"_s));
        QVERIFY(!widget<QPushButton>(&dialog, u"orgPolicyDefaultAllow"_s)->isChecked());
        setServiceType(dialog, u"dns"_s, AllowType);
        pressByKeyboard(widget<QPushButton>(&dialog, u"addRule_sos"_s));
        retype(widget<ExpressionEdit>(&dialog, u"ruleExpression_sos_1"_s),
            u"operation == 'get-object'"_s);

        const QJsonObject expected = object(uR"({
          "default-service-strategy": "deny",
          "services": {
            "compute": {"type": "deny", "x-note": "kept"},
            "dns": {"type": "allow"},
            "sos": {"type": "rules", "rules": [
              {"action": "deny", "expression": "parameters.bucket == 'audit'",
               "resources": ["sos/bucket:audit"]},
              {"action": "allow", "expression": "operation == 'get-object'"}]}
          },
          "x-policy-version": 3
        })"_s);
        QCOMPARE(shownJson(dialog), expected);
        QCOMPARE(dialog.policy(), policyFrom(QString::fromUtf8(QJsonDocument(expected).toJson())));
        QCOMPARE(QJsonDocument::fromJson(IamJson::policyBody(dialog.policy())).object(), expected);
        QVERIFY(!drafts.isEmpty());
        QCOMPARE(drafts.constLast().constFirst().value<IamPolicy>(), dialog.policy());
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QVERIFY(okButton(dialog)->isEnabled());

        // Back to (default): the class leaves the body, and comes back with its rules.
        setServiceType(dialog, u"sos"_s, DefaultType);
        QVERIFY(!shownJson(dialog)[u"services"_s].toObject().contains(u"sos"_s));
        setServiceType(dialog, u"sos"_s, RulesType);
        QCOMPARE(shownJson(dialog), expected);
    }

    void jsonToForm()
    {
        OrganizationPolicyDialog dialog(policyFrom(currentJson));
        auto *json = widget<QPlainTextEdit>(&dialog, u"orgPolicyJson"_s);
        const auto typed = uR"({
          "default-service-strategy": "deny",
          "services": {
            "iam": {"type": "deny"},
            "x-new-service": {"type": "allow"},
            "sos": {"type": "rules", "rules": [
              {"action": "allow", "expression": "operation in ['get-object']"},
              {"action": "deny", "expression": "true", "resources": ["kept"]}]}
          },
          "x-unknown": {"a": 1}
        })"_s;
        json->setPlainText(typed);
        QVERIFY(widget<QPushButton>(&dialog, u"orgPolicyDefaultDeny"_s)->isChecked());
        QVERIFY(!widget<QPushButton>(&dialog, u"orgPolicyDefaultAllow"_s)->isChecked());
        QCOMPARE(widget<QComboBox>(&dialog, u"serviceType_iam"_s)->currentIndex(), int(DenyType));
        QCOMPARE(
            widget<QComboBox>(&dialog, u"serviceType_compute"_s)->currentIndex(), int(DefaultType));
        QCOMPARE(widget<QComboBox>(&dialog, u"serviceType_x-new-service"_s)->currentIndex(),
            int(AllowType));
        QCOMPARE(widget<QComboBox>(&dialog, u"serviceType_sos"_s)->currentIndex(), int(RulesType));
        QCOMPARE(widget<QComboBox>(&dialog, u"ruleAction_sos_0"_s)->currentIndex(), 0);
        QCOMPARE(widget<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s)->expression(),
            u"operation in ['get-object']"_s);
        QCOMPARE(widget<QComboBox>(&dialog, u"ruleAction_sos_1"_s)->currentIndex(), 1);
        QCOMPARE(dialog.policy().toJson(), object(typed));
        QVERIFY(dialog.policyChanged());
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QVERIFY(dialog.commandLine().contains(u"x-new-service"_s));

        // A form edit keeps what only the JSON had.
        widget<QComboBox>(&dialog, u"ruleAction_sos_1"_s)->setCurrentIndex(0);
        QCOMPARE(shownJson(dialog)[u"x-unknown"_s], object(typed)[u"x-unknown"_s]);
        QCOMPARE(shownJson(dialog)[u"services"_s][u"sos"_s][u"rules"_s][1][u"resources"_s],
            object(typed)[u"services"_s][u"sos"_s][u"rules"_s][1][u"resources"_s]);
        QCOMPARE(shownJson(dialog)[u"services"_s][u"sos"_s][u"rules"_s][1][u"action"_s],
            QJsonValue(u"allow"_s));

        // Invalid JSON: said where, OK disabled, the form untouched.
        json->moveCursor(QTextCursor::End);
        QTest::keyClicks(json, u"}"_s);
        auto *status = widget<QLabel>(&dialog, u"orgPolicyJsonStatus"_s);
        QVERIFY2(status->text().startsWith(u"Line "_s), qPrintable(status->text()));
        QVERIFY(!status->isHidden());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.problemText().contains(status->text()), qPrintable(dialog.problemText()));
        QVERIFY(!widget<QLabel>(&dialog, u"orgPolicyEditorProblem"_s)->isHidden());
        QCOMPARE(widget<QComboBox>(&dialog, u"serviceType_iam"_s)->currentIndex(), int(DenyType));

        // Valid JSON that is not a policy: refused with the member's path.
        json->setPlainText(u"{\"services\": {}}"_s);
        QVERIFY2(
            status->text().contains(u"default-service-strategy"_s), qPrintable(status->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        json->setPlainText(u"[]"_s);
        QVERIFY(!status->text().isEmpty());
        QVERIFY(!dialog.isAcceptable());

        // A valid body again: taken, OK back.
        json->setPlainText(typed);
        QVERIFY(status->isHidden());
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void brokenRuleDisablesOk()
    {
        for (const QString &expression :
            {u"operation == = 'get-object'"_s, u"operation in ['get-object'"_s}) {
            checkBrokenRule(expression);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"with the expression "_s + expression));
        }
    }

    void policyChangedFollowsTheForm()
    {
        const IamPolicy current = policyFrom(currentJson);
        OrganizationPolicyDialog dialog(current);
        QVERIFY(!dialog.policyChanged());
        QCOMPARE(dialog.policy(), current);
        QVERIFY(!dialog.isAcceptable());
        QCOMPARE(dialog.problemText(), u"Nothing has changed yet."_s);
        QVERIFY(!okButton(dialog)->isEnabled());

        setServiceType(dialog, u"compute"_s, AllowType);
        QVERIFY(dialog.policyChanged());
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        // Back as it was (its unknown member came along): nothing changed.
        setServiceType(dialog, u"compute"_s, DenyType);
        QVERIFY(!dialog.policyChanged());
        QCOMPARE(dialog.policy(), current);
        QVERIFY(!okButton(dialog)->isEnabled());

        // The JSON tab counts too.
        QJsonObject body = object(currentJson);
        body[u"default-service-strategy"_s] = u"deny"_s;
        widget<QPlainTextEdit>(&dialog, u"orgPolicyJson"_s)
            ->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
        QVERIFY(dialog.policyChanged());
        QVERIFY(widget<QPushButton>(&dialog, u"orgPolicyDefaultDeny"_s)->isChecked());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void exoLineIsExact()
    {
        OrganizationPolicyDialog dialog(IamPolicy::allowAll());
        pressByKeyboard(widget<QPushButton>(&dialog, u"orgPolicyDefaultDeny"_s));
        setServiceType(dialog, u"sos"_s, RulesType);
        retype(widget<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s),
            u"parameters.bucket == 'site'"_s);
        const QString expected
            = uR"(exo iam org-policy update '{"default-service-strategy":"deny","services":{"sos":{"rules":[{"action":"allow","expression":"parameters.bucket == '\''site'\''"}],"type":"rules"}}}')"_s;
        QCOMPARE(dialog.commandLine(), expected);
        QCOMPARE(ExoCommandLine::forOrganizationPolicyUpdate(dialog.policy()), expected);
        auto *line = widget<QLineEdit>(&dialog, u"orgPolicyExoCommand"_s);
        QCOMPARE(line->text(), expected);
        QVERIFY(line->isReadOnly());
        pressByKeyboard(widget<QPushButton>(&dialog, u"orgPolicyExoCommandCopy"_s));
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void keyboardAlone()
    {
        OrganizationPolicyDialog dialog(policyFrom(currentJson));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // A rule added after opening is in the order too; a change makes OK usable.
        pressByKeyboard(widget<QPushButton>(&dialog, u"addRule_sos"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"zone == 'de-fra-1'"_s);
        QCOMPARE(dialog.policy().services.value(u"sos"_s).rules.value(1).expression,
            u"zone == 'de-fra-1'"_s);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        QWidget *first = widget<QPushButton>(&dialog, u"orgPolicyDefaultAllow"_s);
        first->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QList<QWidget *> tabbed{first};
        while (tabbed.size() < 300) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                break;
            tabbed.append(QApplication::focusWidget());
        }
        QCOMPARE(QApplication::focusWidget(), first);
        QList<QWidget *> backtabbed;
        do {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            backtabbed.prepend(QApplication::focusWidget());
        } while (QApplication::focusWidget() != first && backtabbed.size() < 300);
        QCOMPARE(backtabbed, tabbed);

        const auto position = [&](const QString &name) {
            return tabbed.indexOf(dialog.findChild<QWidget *>(name));
        };
        const int secondRule = int(
            tabbed.indexOf(widget<ExpressionEdit>(&dialog, u"ruleExpression_sos_1"_s)->textEdit()));
        QVERIFY(position(u"orgPolicyDefaultAllow"_s) < position(u"orgPolicyDefaultDeny"_s));
        QVERIFY(position(u"orgPolicyDefaultDeny"_s) < position(u"serviceType_sos"_s));
        QVERIFY(position(u"serviceType_sos"_s) < secondRule);
        QVERIFY(secondRule < position(u"addRule_sos"_s));
        QVERIFY(position(u"addRule_sos"_s) < position(u"orgPolicyExoCommand"_s));
        QVERIFY(position(u"orgPolicyExoCommand"_s) < position(u"orgPolicyEditorOk"_s));
        QVERIFY(position(u"orgPolicyEditorOk"_s) < position(u"orgPolicyEditorCancel"_s));

        // Each control is reached, and a screen reader names it as its label (or text) reads.
        QHash<QWidget *, QString> labelOf;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            QWidget *target = label->buddy();
            while (target != nullptr && target->focusProxy() != nullptr)
                target = target->focusProxy();
            if (target != nullptr)
                labelOf[target] = FormKit::withoutMnemonic(label->text());
        }
        QStringList wrong;
        int controls = 0;
        const QList<QWidget *> all = dialog.findChildren<QWidget *>();
        for (QWidget *candidate : all) {
            if (!isControl(candidate))
                continue;
            ++controls;
            const QString id = candidate->objectName();
            if (!tabbed.contains(candidate))
                wrong << id + u": not reached by Tab"_s;
            const auto *button = qobject_cast<QAbstractButton *>(candidate);
            const QString label
                = button ? FormKit::withoutMnemonic(button->text()) : labelOf.value(candidate);
            // Qt on Linux announces a combo box by its current text; Keyport's name is the label.
            const QString heard = qobject_cast<QComboBox *>(candidate)
                ? candidate->accessibleName()
                : QAccessible::queryAccessibleInterface(candidate)->text(QAccessible::Name);
            if (label.isEmpty() || heard != label)
                wrong << u"%1: heard \"%2\", labelled \"%3\""_s.arg(id, heard, label);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // Those, and the tab bar.
        QCOMPARE(tabbed.size(), controls + 1);

        // The JSON tab by keyboard: its field is reached and named as its label reads.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(widget<QTabWidget>(&dialog, u"orgPolicyEditorTabs"_s)->currentIndex(), 1);
        auto *json = widget<QPlainTextEdit>(&dialog, u"orgPolicyJson"_s);
        QVERIFY(json->isVisible());
        QCOMPARE(QAccessible::queryAccessibleInterface(json)->text(QAccessible::Name),
            u"Body sent to update the organization policy"_s);
        QCOMPARE(labelOf.value(json), u"Body sent to update the organization policy"_s);

        // Esc closes without saving.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void savesInPlace()
    {
        OrganizationPolicyDialog dialog(policyFrom(currentJson));
        dialog.setSavesItself(true);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setServiceType(dialog, u"iam"_s, AllowType);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QSignalSpy saveRequested(&dialog, &OrganizationPolicyDialog::saveRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *status = widget<QLabel>(&dialog, u"orgPolicyEditorSaveStatus"_s);
        QVERIFY(status->isHidden());

        pressByKeyboard(okButton(dialog));
        QCOMPARE(saveRequested.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.size(), 0);

        dialog.setSaving(true);
        QVERIFY(dialog.isSaving());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(), u"Saving…"_s);
        dialog.accept();
        QCOMPARE(saveRequested.size(), 1);

        const QString failure = u"Forbidden by organization policy for iam"_s;
        dialog.showSaveError(failure);
        QVERIFY(!dialog.isSaving());
        QCOMPARE(status->text(), failure);
        QVERIFY(!status->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.isVisible());
        // Everything typed is still there.
        QCOMPARE(widget<QComboBox>(&dialog, u"serviceType_iam"_s)->currentIndex(), int(AllowType));

        pressByKeyboard(okButton(dialog));
        QCOMPARE(saveRequested.size(), 2);
        dialog.setSaving(true);
        dialog.finishSaving();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isSaving());
    }

    void closesOnOkWithoutSavingItself()
    {
        OrganizationPolicyDialog dialog(IamPolicy::allowAll());
        dialog.open();
        QSignalSpy saveRequested(&dialog, &OrganizationPolicyDialog::saveRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        pressByKeyboard(widget<QPushButton>(&dialog, u"orgPolicyDefaultDeny"_s));
        pressByKeyboard(okButton(dialog));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(saveRequested.size(), 0);
        QCOMPARE(dialog.policy(), IamPolicy::denyAll());
    }

private:
    /// A rule's @p expression that does not parse keeps OK disabled, with the engine's words.
    void checkBrokenRule(const QString &expression)
    {
        OrganizationPolicyDialog dialog(IamPolicy::allowAll());
        setServiceType(dialog, u"dns"_s, RulesType);
        auto *edit = widget<ExpressionEdit>(&dialog, u"ruleExpression_dns_0"_s);
        retype(edit, u"zone == 'ch-gva-2'"_s);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        retype(edit, expression);
        const Cel::Diagnostic engine = Cel::Expression::parse(expression).syntaxError();
        QVERIFY(!engine.message.isEmpty());
        QVERIFY(!dialog.isAcceptable());
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString problem = dialog.problemText();
        QVERIFY2(problem.contains(engine.message), qPrintable(problem));
        QVERIFY2(problem.contains(u"column %1"_s.arg(engine.column)), qPrintable(problem));
        QVERIFY2(problem.contains(u"Rule 1 of dns"_s), qPrintable(problem));
        QCOMPARE(widget<QLabel>(&dialog, u"orgPolicyEditorProblem"_s)->text(), problem);
        QCOMPARE(edit->severity(), ExpressionEdit::Severity::Error);
        // OK does nothing while it is disabled for a reason.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 0);

        retype(edit, u"zone == 'ch-gva-2'"_s);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QVERIFY(okButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestOrganizationPolicyDialog)
#include "tst_organizationpolicydialog.moc"
