// SPDX-License-Identifier: GPL-3.0-or-later
// The role editor (issue 11, point 3): the real dialog, offscreen, driven through its widgets.
#include "api/IamJson.h"
#include "iam/ExpressionEdit.h"
#include "iam/RoleEditorDialog.h"
#include "policy/CelExpression.h"
#include "policy/PolicyJudge.h"
#include "policy/ServiceMap.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QString stripMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QJsonObject jsonOf(RoleEditorDialog &dialog)
{
    return QJsonDocument::fromJson(
        child<QPlainTextEdit>(&dialog, u"roleJson"_s)->toPlainText().toUtf8())
        .object();
}

QStringList ruleExpressions(RoleEditorDialog &dialog, const QString &service)
{
    QStringList result;
    const QJsonArray rules = jsonOf(dialog)
                                 .value(u"policy"_s)
                                 .toObject()
                                 .value(u"services"_s)
                                 .toObject()
                                 .value(service)
                                 .toObject()
                                 .value(u"rules"_s)
                                 .toArray();
    for (const QJsonValue &rule : rules)
        result << rule.toObject().value(u"expression"_s).toString();
    return result;
}

/// Replaces the text of a rule's expression by typing, as a person would.
void typeExpression(ExpressionEdit *edit, const QString &text)
{
    QPlainTextEdit *field = edit->textEdit();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    // The completion popup may be open after the last character.
    edit->completer()->popup()->hide();
}

/// Presses a button as the keyboard does: focus, then Space.
void press(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

void chooseServiceType(RoleEditorDialog &dialog, const QString &service, int choice)
{
    auto *type = child<QComboBox>(&dialog, u"serviceType_"_s + service);
    QVERIFY(type);
    type->setCurrentIndex(choice);
}

constexpr int rulesChoice = 3;

IamPolicy::Rule rule(IamPolicy::Effect action, const QString &expression, QJsonObject extra = {})
{
    IamPolicy::Rule result;
    result.action = action;
    result.expression = expression;
    result.extra = std::move(extra);
    return result;
}

/// A role with everything the form shows and several things it does not.
IamRole richRole()
{
    IamRole role;
    role.id = u"6f2d3a1e-1111-4222-8333-944445555666"_s;
    role.name = u"ops"_s;
    role.description = u"Operations"_s;
    role.permissions = {u"reset-iam-organization-policy"_s};
    role.labels = QMap<QString, QString>{{u"env"_s, u"prod"_s}};
    IamPolicy policy;
    policy.defaultServiceStrategy = IamPolicy::Effect::Deny;
    IamPolicy::Service sos;
    sos.type = IamPolicy::ServiceType::Rules;
    sos.rules = {rule(IamPolicy::Effect::Allow, u"operation in ['get-object']"_s,
                     QJsonObject{{u"resources"_s, QJsonArray{u"sos/bucket:site"_s}}}),
        rule(IamPolicy::Effect::Deny, u"parameters.bucket == 'secret'"_s)};
    sos.extra = QJsonObject{{u"x-service-note"_s, 1}};
    policy.services.insert(u"sos"_s, sos);
    IamPolicy::Service dns;
    dns.type = IamPolicy::ServiceType::Allow;
    policy.services.insert(u"dns"_s, dns);
    policy.extra = QJsonObject{{u"x-policy-version"_s, 2}};
    role.policy = policy;
    role.assumeRolePolicy = QJsonObject{{u"rules"_s, QJsonArray()}};
    role.maxSessionTtl = 3600;
    role.extra = QJsonObject{{u"x-future"_s, true}};
    return role;
}

bool isInteractive(QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget);
}

QString describe(QWidget *widget)
{
    return u"%1 \"%2\""_s.arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestRoleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void formToJson()
    {
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create);
        QSignalSpy policies(&dialog, &RoleEditorDialog::policyDraftChanged);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"roleName"_s), u"uploader"_s);
        press(child<QPushButton>(&dialog, u"roleDefaultAllow"_s));
        press(child<QPushButton>(&dialog, u"roleDefaultDeny"_s));
        chooseServiceType(dialog, u"sos"_s, rulesChoice);
        auto *expression = child<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s);
        QVERIFY(expression);
        typeExpression(expression, u"operation in ['get-object', 'head-object']"_s);
        QVERIFY(expression->isValid());

        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "name": "uploader", "editable": true,
            "policy": {"default-service-strategy": "deny",
                       "services": {"sos": {"type": "rules", "rules": [
                           {"action": "allow",
                            "expression": "operation in ['get-object', 'head-object']"}]}}}})")
                                         .object();
        QCOMPARE(jsonOf(dialog), expected);
        // Exactly what is sent.
        QCOMPARE(jsonOf(dialog),
            QJsonDocument::fromJson(IamJson::createRoleBody(dialog.draft())).object());
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        QVERIFY(child<QPushButton>(&dialog, u"roleEditorOk"_s)->isEnabled());
        // The bench follows the form.
        QVERIFY(!policies.isEmpty());
        QCOMPARE(policies.last().at(0).value<IamPolicy>(), dialog.policy());
        QCOMPARE(dialog.policy().services.value(u"sos"_s).rules.constFirst().expression,
            u"operation in ['get-object', 'head-object']"_s);

        // Back to (default): the entry leaves the policy; Rules again: the rules come back.
        chooseServiceType(dialog, u"sos"_s, 0);
        QVERIFY(!jsonOf(dialog)[u"policy"_s][u"services"_s].toObject().contains(u"sos"_s));
        chooseServiceType(dialog, u"sos"_s, rulesChoice);
        QCOMPARE(jsonOf(dialog), expected);
    }

    void jsonToForm()
    {
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create);
        auto *json = child<QPlainTextEdit>(&dialog, u"roleJson"_s);
        const QJsonObject typed = QJsonDocument::fromJson(R"({
            "name": "reader", "description": "Reads", "editable": false,
            "labels": {"team": "ops"}, "permissions": ["reset-iam-organization-policy"],
            "x-unknown": [1, 2],
            "policy": {"default-service-strategy": "deny", "services": {
                "dns": {"type": "allow"},
                "sos": {"type": "rules", "rules": [
                    {"action": "deny", "expression": "parameters.bucket == 'secret'"},
                    {"action": "allow", "expression": "operation == 'get-object'",
                     "resources": ["kept"]}]}}}})")
                                      .object();
        json->setPlainText(QString::fromUtf8(QJsonDocument(typed).toJson()));

        QCOMPARE(child<QLineEdit>(&dialog, u"roleName"_s)->text(), u"reader"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"roleDescription"_s)->text(), u"Reads"_s);
        QVERIFY(!child<QCheckBox>(&dialog, u"roleEditable"_s)->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, u"roleResetOrgPolicy"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, u"roleBypassRetention"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, u"labelKey_0"_s)->text(), u"team"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"labelValue_0"_s)->text(), u"ops"_s);
        QVERIFY(child<QPushButton>(&dialog, u"roleDefaultDeny"_s)->isChecked());
        QVERIFY(!child<QPushButton>(&dialog, u"roleDefaultAllow"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, u"serviceType_dns"_s)->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(&dialog, u"serviceType_compute"_s)->currentIndex(), 0);
        QCOMPARE(child<QComboBox>(&dialog, u"serviceType_sos"_s)->currentIndex(), rulesChoice);
        QCOMPARE(child<QComboBox>(&dialog, u"ruleAction_sos_0"_s)->currentIndex(), 1);
        QCOMPARE(child<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s)->expression(),
            u"parameters.bucket == 'secret'"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"ruleAction_sos_1"_s)->currentIndex(), 0);
        QCOMPARE(child<ExpressionEdit>(&dialog, u"ruleExpression_sos_1"_s)->expression(),
            u"operation == 'get-object'"_s);
        QVERIFY(!child<QWidget>(&dialog, u"ruleExpression_sos_2"_s));
        // What the form does not show is sent all the same.
        QCOMPARE(QJsonDocument::fromJson(IamJson::createRoleBody(dialog.draft())).object(), typed);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        // A form edit after a JSON edit keeps the rest.
        QTest::keyClick(child<QCheckBox>(&dialog, u"roleBypassRetention"_s), Qt::Key_Space);
        QCOMPARE(jsonOf(dialog)[u"x-unknown"_s], typed[u"x-unknown"_s]);
        QCOMPARE(
            jsonOf(dialog)[u"policy"_s][u"services"_s][u"sos"_s][u"rules"_s][1][u"resources"_s],
            QJsonValue(QJsonArray{u"kept"_s}));

        // Invalid JSON: said where and why, OK disabled, the form left as it was.
        json->setFocus();
        json->moveCursor(QTextCursor::Start);
        QTest::keyClick(json, Qt::Key_Down);
        QTest::keyClicks(json, u"}"_s);
        auto *status = child<QLabel>(&dialog, u"roleJsonStatus"_s);
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().startsWith(u"Line 2, column "_s), qPrintable(status->text()));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY(!child<QPushButton>(&dialog, u"roleEditorOk"_s)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"roleEditorProblem"_s)->text().contains(status->text()));
        QCOMPARE(child<QLineEdit>(&dialog, u"roleName"_s)->text(), u"reader"_s);
        // Undone: valid again.
        QTest::keyClick(json, Qt::Key_Backspace);
        QVERIFY2(status->isHidden(), qPrintable(status->text() + json->toPlainText()));
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        // Valid JSON that is not a role: said at its path.
        json->setPlainText(u"{\"name\": \"x\", \"policy\": {\"services\": {}}}"_s);
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().startsWith(u"policy.default-service-strategy"_s),
            qPrintable(status->text()));
        QVERIFY(!dialog.isAcceptable());
    }

    void brokenExpressionIsUnderlined_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("syntax") << u"operation == = 'get-object'"_s;
        QTest::newRow("unclosed") << u"operation in ['get-object'"_s;
    }

    void brokenExpressionIsUnderlined()
    {
        QFETCH(QString, text);
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"roleName"_s), u"broken"_s);
        chooseServiceType(dialog, u"sos"_s, rulesChoice);
        auto *edit = child<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s);
        QSignalSpy validity(edit, &ExpressionEdit::validityChanged);
        typeExpression(edit, u"operation == 'get-object'"_s);
        QVERIFY(edit->isValid());
        QVERIFY(dialog.isAcceptable());
        typeExpression(edit, text);

        const Cel::Expression engine = Cel::Expression::parse(text);
        QVERIFY(!engine.isValid());
        const int column = engine.syntaxError().column;
        QVERIFY(column > 0);
        QVERIFY(!edit->isValid());
        QCOMPARE(validity.last().at(0).toBool(), false);
        QCOMPARE(edit->severity(), ExpressionEdit::Severity::Error);
        QCOMPARE(edit->underlinedColumn(), column);
        const QList<QTextEdit::ExtraSelection> marks = edit->textEdit()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        // ASCII text: the column is the index + 1, or past the end when the text stops early.
        QCOMPARE(marks.constFirst().cursor.selectionStart(), qMin(column, int(text.size())) - 1);
        QVERIFY(
            marks.constFirst().cursor.selectionEnd() > marks.constFirst().cursor.selectionStart());
        auto *message = child<QLabel>(edit, u"expressionMessage"_s);
        QVERIFY(!message->isHidden());
        QVERIFY2(
            message->text().contains(engine.syntaxError().message), qPrintable(message->text()));
        QVERIFY(message->text().contains(QString::number(column)));
        QCOMPARE(edit->textEdit()->accessibleDescription(), message->text());
        // A hard stop.
        QVERIFY(!dialog.isAcceptable());
        QVERIFY(!child<QPushButton>(&dialog, u"roleEditorOk"_s)->isEnabled());
        QVERIFY2(
            dialog.problemText().contains(u"does not parse"_s), qPrintable(dialog.problemText()));
        QVERIFY(!child<QLabel>(&dialog, u"roleEditorProblem"_s)->isHidden());

        typeExpression(edit, u"operation == 'get-object'"_s);
        QVERIFY(edit->isValid());
        QCOMPARE(validity.last().at(0).toBool(), true);
        QVERIFY(message->isHidden());
        QVERIFY(edit->textEdit()->extraSelections().isEmpty());
        QVERIFY(dialog.isAcceptable());
    }

    void checkerFindingsAndWarnings()
    {
        ExpressionEdit edit;
        edit.setServiceClass(u"sos"_s);
        edit.setExpression(u"operation == 'get-object' && paramters.bucket == 'a'"_s);
        // Parses: the checker's finding is shown where the engine puts it.
        QVERIFY(edit.isValid());
        QCOMPARE(edit.severity(), ExpressionEdit::Severity::Error);
        const auto found
            = Cel::Expression::parse(edit.expression()).check(PolicyJudge::bindingNames());
        QVERIFY(!found.isEmpty());
        QCOMPARE(edit.underlinedColumn(), found.constFirst().column);
        QVERIFY(edit.message().contains(u"paramters"_s));

        // An operation the class does not know: a warning, worded as the linter words it.
        edit.setExpression(u"operation in ['get-object', 'get-objekt']"_s);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.severity(), ExpressionEdit::Severity::Warning);
        QVERIFY2(edit.message().contains(u"unknown operation 'get-objekt'"_s),
            qPrintable(edit.message()));
        QCOMPARE(edit.underlinedColumn(), int(edit.expression().indexOf(u"'get-objekt'"_s)) + 1);
        edit.setExpression(u"operation == 'list-zones'"_s);
        QCOMPARE(edit.severity(), ExpressionEdit::Severity::Warning);
        QVERIFY2(edit.message().contains(u"'list-zones' is an operation of compute"_s),
            qPrintable(edit.message()));
        edit.setServiceClass(u"compute"_s);
        QCOMPARE(edit.severity(), ExpressionEdit::Severity::None);
        QVERIFY(edit.message().isEmpty());
    }

    void completionOffersTheClassOperations()
    {
        ExpressionEdit edit;
        edit.setServiceClass(u"sos"_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(edit.textEdit(), u"operation == 'get-ob"_s);
        QCompleter *completer = edit.completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            offered << completer->completionModel()->index(row, 0).data().toString();
        QVERIFY2(offered.contains(u"get-object"_s), qPrintable(offered.join(u", ")));
        const QStringList sos = ServiceMap::builtIn().operationsOf(u"sos"_s);
        for (const QString &operation : std::as_const(offered)) {
            QVERIFY2(sos.contains(operation), qPrintable(operation));
            QVERIFY(operation.startsWith(u"get-ob"_s));
        }
        // Another class: its own names only.
        edit.setServiceClass(u"compute"_s);
        QTest::keyClick(edit.textEdit(), Qt::Key_Backspace);
        QTest::keyClicks(edit.textEdit(), u"b"_s);
        QTRY_VERIFY(!completer->popup()->isVisible() || completer->completionCount() == 0
            || !ServiceMap::builtIn().operationsOf(u"compute"_s).contains(u"get-object"_s));
        edit.setServiceClass(u"sos"_s);
        QTest::keyClick(edit.textEdit(), Qt::Key_Backspace);
        QTest::keyClicks(edit.textEdit(), u"b"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        // Return takes the highlighted one.
        const QString current = completer->popup()->currentIndex().data().toString();
        QVERIFY(current.startsWith(u"get-ob"_s));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(edit.expression(), u"operation == '"_s + current);

        // Outside strings: the bindings.
        ExpressionEdit bindings;
        bindings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bindings));
        QTest::keyClicks(bindings.textEdit(), u"para"_s);
        QTRY_VERIFY(bindings.completer()->popup()->isVisible());
        QCOMPARE(bindings.completer()->currentCompletion(), u"parameters"_s);
        QTest::keyClick(bindings.completer()->popup(), Qt::Key_Return);
        QCOMPARE(bindings.expression(), u"parameters"_s);
        // After `operation ==` with no quote yet: the name comes quoted.
        bindings.setServiceClass(u"sos"_s);
        bindings.setExpression(QString());
        QTest::keyClicks(bindings.textEdit(), u"operation == list-b"_s);
        QTRY_VERIFY(bindings.completer()->popup()->isVisible());
        QCOMPARE(bindings.completer()->currentCompletion(), u"list-buckets"_s);
        QTest::keyClick(bindings.completer()->popup(), Qt::Key_Return);
        QCOMPARE(bindings.expression(), u"operation == 'list-buckets'"_s);
        QVERIFY(bindings.isValid());
    }

    void snippetInserts()
    {
        ExpressionEdit edit;
        edit.setExpression(u"zone == 'ch-gva-2' && "_s);
        auto *button = child<QToolButton>(&edit, u"expressionSnippets"_s);
        QVERIFY(button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), ExpressionEdit::snippets().size());
        QCOMPARE(actions.at(0)->text(), u"operation in ['\u2026']"_s);
        actions.at(0)->trigger();
        QCOMPARE(edit.expression(), u"zone == 'ch-gva-2' && operation in ['\u2026']"_s);
        QCOMPARE(edit.textEdit()->textCursor().selectedText(), u"\u2026"_s);
        // Typing replaces the placeholder.
        QTest::keyClicks(edit.textEdit(), u"list-zones"_s);
        QCOMPARE(edit.expression(), u"zone == 'ch-gva-2' && operation in ['list-zones']"_s);
        QVERIFY(edit.isValid());

        edit.setExpression(QString());
        actions.at(2)->trigger();
        QCOMPARE(edit.expression(), u"operation.startsWith('\u2026')"_s);
        QCOMPARE(edit.textEdit()->textCursor().selectionStart(), 22);
    }

    void rulesAreOrdered()
    {
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseServiceType(dialog, u"dns"_s, rulesChoice);
        typeExpression(child<ExpressionEdit>(&dialog, u"ruleExpression_dns_0"_s), u"zone == 'a'"_s);
        press(child<QPushButton>(&dialog, u"addRule_dns"_s));
        QCOMPARE(QApplication::focusWidget(),
            child<ExpressionEdit>(&dialog, u"ruleExpression_dns_1"_s)->textEdit());
        typeExpression(child<ExpressionEdit>(&dialog, u"ruleExpression_dns_1"_s), u"zone == 'b'"_s);
        QCOMPARE(
            ruleExpressions(dialog, u"dns"_s), (QStringList{u"zone == 'a'"_s, u"zone == 'b'"_s}));

        // Duplicate, by keyboard: the copy comes right after.
        auto *duplicate = child<QPushButton>(&dialog, u"ruleDuplicate_dns_0"_s);
        duplicate->setFocus();
        QTest::keyClick(duplicate, Qt::Key_Space);
        QCOMPARE(ruleExpressions(dialog, u"dns"_s),
            (QStringList{u"zone == 'a'"_s, u"zone == 'a'"_s, u"zone == 'b'"_s}));
        typeExpression(child<ExpressionEdit>(&dialog, u"ruleExpression_dns_1"_s), u"zone == 'c'"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"ruleAction_dns_1"_s)->currentIndex(), 0);
        child<QComboBox>(&dialog, u"ruleAction_dns_1"_s)->setCurrentIndex(1);

        // Move up: c to the top; the focus follows the rule.
        auto *up = child<QPushButton>(&dialog, u"ruleUp_dns_1"_s);
        up->setFocus();
        QTest::keyClick(up, Qt::Key_Space);
        QCOMPARE(ruleExpressions(dialog, u"dns"_s),
            (QStringList{u"zone == 'c'"_s, u"zone == 'a'"_s, u"zone == 'b'"_s}));
        QCOMPARE(jsonOf(dialog)[u"policy"_s][u"services"_s][u"dns"_s][u"rules"_s][0][u"action"_s]
                     .toString(),
            u"deny"_s);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"ruleDown_dns_0"_s);
        QVERIFY(!child<QPushButton>(&dialog, u"ruleUp_dns_0"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"ruleDown_dns_2"_s)->isEnabled());

        // Move down twice: c to the bottom.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"ruleDown_dns_1"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(ruleExpressions(dialog, u"dns"_s),
            (QStringList{u"zone == 'a'"_s, u"zone == 'b'"_s, u"zone == 'c'"_s}));

        // Remove the middle one.
        press(child<QPushButton>(&dialog, u"ruleRemove_dns_1"_s));
        QCOMPARE(
            ruleExpressions(dialog, u"dns"_s), (QStringList{u"zone == 'a'"_s, u"zone == 'c'"_s}));
        QCOMPARE(dialog.policy().services.value(u"dns"_s).rules.size(), 2);
        QCOMPARE(
            dialog.policy().services.value(u"dns"_s).rules.at(1).action, IamPolicy::Effect::Deny);
    }

    void cloneKeepsEverything()
    {
        const IamRole role = richRole();
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Clone, role);
        QCOMPARE(child<QLineEdit>(&dialog, u"roleName"_s)->text(), u"ops-copy"_s);
        QVERIFY(!child<QLineEdit>(&dialog, u"roleName"_s)->isReadOnly());
        QVERIFY(child<QCheckBox>(&dialog, u"roleEditable"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"labelKey_0"_s)->text(), u"env"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"labelValue_0"_s)->text(), u"prod"_s);
        QCOMPARE(child<QPushButton>(&dialog, u"roleEditorOk"_s)->text(), u"Create Role"_s);
        // The bench's place: a tab beside Form and JSON.
        auto *tabs = child<QTabWidget>(&dialog, u"roleEditorTabs"_s);
        auto *bench = new QLabel(u"bench"_s);
        dialog.addSidePage(bench, u"Test Bench"_s);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(2), bench);
        QCOMPARE(tabs->tabText(2), u"Test Bench"_s);

        // An edit of one rule keeps the rest of it and everything else.
        typeExpression(child<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s),
            u"operation in ['get-object', 'head-object']"_s);
        const IamRoleDraft draft = dialog.draft();
        QCOMPARE(draft.name, u"ops-copy"_s);
        QCOMPARE(draft.labels, role.labels.value());
        QCOMPARE(draft.description, role.description);
        QCOMPARE(draft.permissions, role.permissions);
        QCOMPARE(draft.assumeRolePolicy, role.assumeRolePolicy);
        QCOMPARE(draft.maxSessionTtl, role.maxSessionTtl);
        QCOMPARE(draft.extra, role.extra);
        IamPolicy expected = *role.policy;
        expected.services[u"sos"_s].rules[0].expression
            = u"operation in ['get-object', 'head-object']"_s;
        QCOMPARE(draft.policy, expected);
        QCOMPARE(draft.policy.services.value(u"sos"_s).rules.at(0).extra.value(u"resources"_s),
            QJsonValue(QJsonArray{u"sos/bucket:site"_s}));
        const QJsonObject sent = jsonOf(dialog);
        QCOMPARE(sent, QJsonDocument::fromJson(IamJson::createRoleBody(draft)).object());
        QVERIFY(sent.contains(u"x-future"_s));
        QVERIFY(!sent.contains(u"id"_s));
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
    }

    void editKeepsTheNameAndSaysWhatChanged()
    {
        const IamRole original = richRole();
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Edit, original);
        auto *name = child<QLineEdit>(&dialog, u"roleName"_s);
        QCOMPARE(name->text(), u"ops"_s);
        QVERIFY(name->isReadOnly());
        QVERIFY(!child<QCheckBox>(&dialog, u"roleEditable"_s)->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, u"roleEditable"_s)->isChecked());
        QCOMPARE(child<QPushButton>(&dialog, u"roleEditorOk"_s)->text(), u"Save Role"_s);
        QVERIFY(!dialog.roleChanged());
        QVERIFY(!dialog.policyChanged());
        QCOMPARE(dialog.role(), original);
        QVERIFY(!dialog.isAcceptable());
        // The JSON: both bodies, exactly.
        QCOMPARE(jsonOf(dialog),
            (QJsonObject{
                {u"role"_s, QJsonDocument::fromJson(IamJson::updateRoleBody(original)).object()},
                {u"policy"_s,
                    QJsonDocument::fromJson(IamJson::policyBody(*original.policy)).object()}}));

        auto *description = child<QLineEdit>(&dialog, u"roleDescription"_s);
        QTest::keyClicks(description, u" team"_s);
        QVERIFY(dialog.roleChanged());
        QVERIFY(!dialog.policyChanged());
        QCOMPARE(dialog.role().description, std::optional<QString>(u"Operations team"_s));
        QCOMPARE(dialog.role().name, u"ops"_s);
        QCOMPARE(dialog.role().id, original.id);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(description, Qt::Key_Backspace);
        QVERIFY(!dialog.roleChanged());
        QVERIFY(!dialog.isAcceptable());

        press(child<QPushButton>(&dialog, u"roleDefaultAllow"_s));
        QVERIFY(dialog.policyChanged());
        QVERIFY(!dialog.roleChanged());
        QCOMPARE(dialog.policy().defaultServiceStrategy, IamPolicy::Effect::Allow);
        QCOMPARE(dialog.role().policy, std::optional<IamPolicy>(dialog.policy()));
        QCOMPARE(jsonOf(dialog)[u"policy"_s][u"default-service-strategy"_s].toString(), u"allow"_s);
        QCOMPARE(dialog.commandLine().left(25), u"exo iam role update ops -"_s);

        // The JSON tab edits the same two bodies; name and editable are not among them.
        auto *json = child<QPlainTextEdit>(&dialog, u"roleJson"_s);
        QJsonObject body = jsonOf(dialog);
        QJsonObject roleBody = body[u"role"_s].toObject();
        roleBody[u"labels"_s] = QJsonObject{{u"env"_s, u"staging"_s}};
        body[u"role"_s] = roleBody;
        json->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
        QCOMPARE(child<QLineEdit>(&dialog, u"labelValue_0"_s)->text(), u"staging"_s);
        QVERIFY(dialog.roleChanged());
        roleBody[u"name"_s] = u"renamed"_s;
        body[u"role"_s] = roleBody;
        json->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(child<QLabel>(&dialog, u"roleJsonStatus"_s)->text().startsWith(u"role.name"_s),
            qPrintable(child<QLabel>(&dialog, u"roleJsonStatus"_s)->text()));
        QCOMPARE(name->text(), u"ops"_s);
    }

    void keyboardReachesEveryControl()
    {
        IamRole role = richRole();
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create, role);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // A structural change after opening must not break the order.
        press(child<QPushButton>(&dialog, u"addRule_sos"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"zone == 'ch-gva-2'"_s);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        auto *start = child<QLineEdit>(&dialog, u"roleName"_s);
        start->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> forward;
        for (int i = 0; i < 400; ++i) {
            QWidget *current = QApplication::focusWidget();
            QVERIFY(current);
            if (!forward.isEmpty() && current == start)
                break;
            forward.append(current);
            QTest::keyClick(current, Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), start);
        // Backwards: the same controls in the reverse order.
        QList<QWidget *> backward;
        for (int i = 0; i < 400; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            QWidget *current = QApplication::focusWidget();
            backward.prepend(current);
            if (current == start)
                break;
        }
        QCOMPARE(backward.size(), forward.size());
        QCOMPARE(backward, forward);

        // The form reads in the order it is laid out: the new rule before the OK button.
        const auto indexOf = [&forward, &dialog](const QString &name) {
            return forward.indexOf(dialog.findChild<QWidget *>(name));
        };
        QStringList order;
        for (QWidget *widget : std::as_const(forward))
            order << widget->objectName();

        QVERIFY(indexOf(u"roleName"_s) < indexOf(u"roleDescription"_s));
        QVERIFY(indexOf(u"ruleRemove_sos_1"_s) < indexOf(u"ruleUp_sos_2"_s));
        QVERIFY(indexOf(u"ruleUp_sos_2"_s) < indexOf(u"addRule_sos"_s));
        QVERIFY2(
            indexOf(u"addRule_sos"_s) < indexOf(u"roleEditorOk"_s), qPrintable(order.join(u' ')));

        // Every control of the form page is reached, and is named as its label reads.
        QHash<QWidget *, QString> labelled;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            QWidget *buddy = label->buddy();
            while (buddy && buddy->focusProxy())
                buddy = buddy->focusProxy();
            if (buddy)
                labelled.insert(buddy, stripMnemonic(label->text()));
        }
        QStringList problems;
        int checked = 0;
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!isInteractive(widget) || widget->window() != &dialog)
                continue;
            ++checked;
            if (!forward.contains(widget))
                problems << describe(widget) + u" is not reached by Tab"_s;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            // On Linux, Qt gives a combo box's current text as its name and its label through
            // the Labelled relation: the name Keyport sets is the label's.
            const QString name = qobject_cast<QComboBox *>(widget) ? widget->accessibleName()
                : accessible ? accessible->text(QAccessible::Name)
                             : QString();
            QString expected;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                expected = stripMnemonic(button->text());
            else
                expected = labelled.value(widget);
            if (expected.isEmpty() || name != expected)
                problems << u"%1: accessible name \"%2\", label \"%3\""_s.arg(
                    describe(widget), name, expected);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Tab reaches those and the tab bar, nothing else.
        QCOMPARE(checked + 1, forward.size());
        for (int index = 0; index < 3; ++index)
            QVERIFY(forward.contains(
                child<ExpressionEdit>(&dialog, u"ruleExpression_sos_%1"_s.arg(index))->textEdit()));

        // The JSON tab by keyboard: Ctrl+Tab, then its field is reached and named.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(child<QTabWidget>(&dialog, u"roleEditorTabs"_s)->currentIndex(), 1);
        auto *json = child<QPlainTextEdit>(&dialog, u"roleJson"_s);
        QVERIFY(json->isVisible());
        QCOMPARE(QAccessible::queryAccessibleInterface(json)->text(QAccessible::Name),
            labelled.value(json));

        // Esc closes.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void exoLineForCreate()
    {
        RoleEditorDialog dialog(RoleEditorDialog::Mode::Create);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"roleName"_s), u"site-reader"_s);
        QTest::keyClicks(
            child<QLineEdit>(&dialog, u"roleDescription"_s), u"Reads the site's bucket"_s);
        press(child<QPushButton>(&dialog, u"roleAddLabel"_s));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"labelKey_0"_s), u"team"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"labelValue_0"_s), u"web"_s);
        press(child<QPushButton>(&dialog, u"roleDefaultDeny"_s));
        chooseServiceType(dialog, u"sos"_s, rulesChoice);
        typeExpression(child<ExpressionEdit>(&dialog, u"ruleExpression_sos_0"_s),
            u"parameters.bucket == 'site'"_s);
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problemText()));

        const QString expected
            = uR"(exo iam role create site-reader --description 'Reads the site'\''s bucket' --label team=web --policy '{"default-service-strategy":"deny","services":{"sos":{"rules":[{"action":"allow","expression":"parameters.bucket == '\''site'\''"}],"type":"rules"}}}')"_s;
        auto *command = child<QLineEdit>(&dialog, u"roleExoCommand"_s);
        QCOMPARE(command->text(), expected);
        QVERIFY(command->isReadOnly());
        press(child<QPushButton>(&dialog, u"roleExoCommandCopy"_s));
        QCOMPARE(QApplication::clipboard()->text(), expected);

        // Not editable and a permission: their flags.
        QTest::keyClick(child<QCheckBox>(&dialog, u"roleEditable"_s), Qt::Key_Space);
        QTest::keyClick(child<QCheckBox>(&dialog, u"roleBypassRetention"_s), Qt::Key_Space);
        QVERIFY2(
            command->text().startsWith(
                u"exo iam role create site-reader --description 'Reads the site'\\''s bucket' "
                "--permissions bypass-governance-retention --label team=web --editable=false --policy '"_s),
            qPrintable(command->text()));
    }
};

QTEST_MAIN(TestRoleEditor)
#include "tst_roleeditor.moc"
