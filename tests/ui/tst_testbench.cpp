// SPDX-License-Identifier: GPL-3.0-or-later
// The policy test bench (issue 11, point 5), real widgets offscreen: the verdicts expected here
// are read off the policies written here (or the sandbox's demo roles), never asked of the judge.
#include "api/ApiKeyListJob.h"
#include "api/IamClient.h"
#include "api/IamRoleListJob.h"
#include "iam/KeyValueEditor.h"
#include "iam/TestBenchDialog.h"
#include "iam/TestBenchWidget.h"
#include "models/PolicyMatrixModel.h"
#include "SandboxFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using Kind = TestBenchWidget::SubjectKind;

namespace {

IamPolicy policy(const char *json)
{
    PolicyProblems problems;
    const auto read
        = IamPolicy::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &problems);
    if (!read || !problems.isEmpty())
        qFatal("a test policy is broken: %s", qPrintable(problems.value(0).toString()));
    return *read;
}

IamRole role(const QString &id, const QString &name, std::optional<IamPolicy> rolePolicy)
{
    IamRole result;
    result.id = id;
    result.name = name;
    result.policy = std::move(rolePolicy);
    return result;
}

ApiKey apiKey(const QString &name, const QString &key, const QString &roleId)
{
    ApiKey result;
    result.name = name;
    result.key = key;
    result.roleId = roleId;
    return result;
}

const QString readerId = u"00000000-0000-4000-8000-000000000001"_s;
const QString adminId = u"00000000-0000-4000-8000-000000000002"_s;
const QString typoId = u"00000000-0000-4000-8000-000000000003"_s;
const QString dnsId = u"00000000-0000-4000-8000-000000000004"_s;
const QString keyOnReader = u"EXO000000000000000000000001"_s;
const QString keyOnAdmin = u"EXO000000000000000000000002"_s;
const QString otherKeyOnReader = u"EXO000000000000000000000003"_s;

/// Deny by default. sos: one bucket may be read; anyone may list buckets. iam: one key (and
/// only it) may list API keys.
IamRole reader()
{
    return role(readerId, u"site-reader"_s, policy(R"json({"default-service-strategy": "deny",
        "services": {
          "sos": {"type": "rules", "rules": [
            {"action": "allow", "expression":
               "parameters.bucket == 'site-data' && operation in ['get-object', 'head-object']"},
            {"action": "allow", "expression": "operation == 'list-buckets'"}]},
          "iam": {"type": "rules", "rules": [
            {"action": "allow", "expression":
               "api_key == 'EXO000000000000000000000001' && operation == 'list-api-keys'"}]}}})json"));
}

IamRole admin()
{
    return role(adminId, u"admin"_s, IamPolicy::allowAll());
}

/// Rule 2 has a typo: it never matches, and Exoscale would skip it silently.
IamRole withTypo()
{
    return role(typoId, u"typo"_s, policy(R"json({"default-service-strategy": "deny",
        "services": {"sos": {"type": "rules", "rules": [
          {"action": "allow", "expression": "operation == 'list-buckets'"},
          {"action": "allow", "expression": "paramters.bucket == 'site-data'"}]}}})json"));
}

/// Everything but one DNS domain.
IamRole dnsGuard()
{
    return role(dnsId, u"dns-guard"_s, policy(R"json({"default-service-strategy": "allow",
        "services": {"dns": {"type": "rules", "rules": [
          {"action": "deny", "expression": "resources.dns_domain.unicode_name == 'example.com'"},
          {"action": "allow", "expression": "true"}]}}})json"));
}

template <typename W> W *child(QWidget *parent, const QString &name)
{
    W *found = parent->findChild<W *>(name);
    if (!found)
        qFatal("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return found;
}

QString stripMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

/// What a keyboard user must be able to reach and a screen reader must be able to name.
bool isInteractive(QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
        return false; // the combo box's own field: the combo box is what Tab reaches
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
}

/// The widget Tab lands on, counted as its combo box when it is a combo box's field.
QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    if (widget && qobject_cast<QComboBox *>(widget->parentWidget()))
        return widget->parentWidget();
    return widget;
}

} // namespace

class TestTestBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dialog = std::make_unique<TestBenchDialog>();
        m_bench = m_dialog->testBench();
        m_bench->setOrganizationPolicy(IamPolicy::allowAll());
        m_bench->setRoles({reader(), admin(), withTypo(), dnsGuard()});
        m_bench->setApiKeys({apiKey(u"website"_s, keyOnReader, readerId),
            apiKey(u"terraform"_s, keyOnAdmin, adminId),
            apiKey(u"website-2"_s, otherKeyOnReader, readerId)});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void roleAndOperationGiveTheVerdict()
    {
        auto *subject = child<QComboBox>(m_bench, u"testBenchSubject"_s);
        // The API keys first, then the roles.
        QCOMPARE(subject->count(), 7);
        QCOMPARE(subject->itemText(0), u"API key website"_s);
        QCOMPARE(subject->itemText(3), u"Role site-reader"_s);
        subject->setCurrentIndex(subject->findText(u"Role site-reader"_s));
        QCOMPARE(m_bench->subjectKind(), Kind::Role);
        QCOMPARE(m_bench->subjectId(), readerId);

        // Typed, as a person would.
        auto *operation = child<QComboBox>(m_bench, u"testBenchOperation"_s);
        QTest::keyClicks(operation->lineEdit(), u"list-buckets"_s);
        QCOMPARE(operation->currentText(), u"list-buckets"_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchService"_s)->text(), u"Service class: sos"_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 2 of sos matched."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchVerdict"_s)->text(), m_bench->verdictText());
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingPolicy"_s)->text(),
            u"Deciding policy: the policy of role site-reader."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingRule"_s)->text(),
            u"Deciding rule: rule 2 of sos, which allows: operation == 'list-buckets'"_s);
        QVERIFY(m_bench->decision());
        QVERIFY(m_bench->decision()->allowed);

        // put-object: nothing allows it, and the policy denies by default.
        operation->setEditText(u"put-object"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingRule"_s)->text(),
            u"Deciding rule: none, no rule matched."_s);
        // The operations are offered by service class; free text is allowed.
        QVERIFY(operation->findText(u"sos"_s) >= 0);
        QVERIFY(operation->findText(u"get-object"_s) > operation->findText(u"sos"_s));
        operation->setEditText(u"frobnicate-things"_s);
        QVERIFY(child<QLabel>(m_bench, u"testBenchService"_s)->text().contains(u"unknown"_s));
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: the operation's service class is unknown and the "
            "default strategy denies."_s);
        // A service class the policy does not name goes by its default strategy.
        operation->setEditText(u"list-dns-domains"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: it does not name service dns and its default strategy "
            "denies."_s);
    }

    void aParameterChangesTheVerdictLive()
    {
        QVERIFY(m_bench->selectSubject(Kind::Role, readerId));
        m_bench->setOperation(u"get-object"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);

        // Add a parameter by keyboard: the button opens the name cell for editing.
        m_dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_dialog.get());
        QSignalSpy changed(m_bench, &TestBenchWidget::decisionChanged);
        auto *add = child<QPushButton>(m_bench, u"testBenchAddParameter"_s);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        auto *table = child<QTableWidget>(m_bench, u"testBenchParameterTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QTRY_VERIFY(QApplication::focusWidget()
            && QApplication::focusWidget()->parentWidget() == table->viewport());
        QTest::keyClicks(QApplication::focusWidget(), u"bucket"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        // To the value cell, and F2 edits it.
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentColumn(), int(KeyValueEditor::ValueColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget()
            && QApplication::focusWidget()->parentWidget() == table->viewport());
        QTest::keyClicks(QApplication::focusWidget(), u"site-data"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The delegate commits once the event loop runs.
        QTRY_COMPARE(table->item(0, 1)->text(), u"site-data"_s);
        QCOMPARE(table->item(0, 0)->text(), u"bucket"_s);
        QVERIFY(!changed.isEmpty()); // no button: the verdict followed the edit
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of sos matched."_s);
        QCOMPARE(m_bench->request().parameters, (QJsonObject{{u"bucket"_s, u"site-data"_s}}));

        // Another bucket: denied again.
        table->item(0, 1)->setText(u"other-data"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
        // A value that reads as JSON is that value: the number 42 is not the string 'site-data'.
        table->item(0, 1)->setText(u"\"site-data\""_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of sos matched."_s);
        table->item(0, 1)->setText(u"42"_s);
        QCOMPARE(m_bench->request().parameters.value(u"bucket"_s), QJsonValue(42));
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);

        // Removing the row removes the parameter.
        table->item(0, 1)->setText(u"site-data"_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of sos matched."_s);
        table->setCurrentCell(0, 0);
        auto *remove = child<QPushButton>(m_bench, u"testBenchRemoveParameter"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
    }

    void dottedResourceNamesNest()
    {
        QVERIFY(m_bench->selectSubject(Kind::Role, dnsId));
        m_bench->setOperation(u"get-dns-domain"_s);
        auto *resources = child<KeyValueEditor>(m_bench, u"testBenchResources"_s);
        resources->setRows({{u"dns_domain.unicode_name"_s, u"example.com"_s}});
        QCOMPARE(m_bench->request().resources,
            (QJsonObject{{u"dns_domain"_s, QJsonObject{{u"unicode_name"_s, u"example.com"_s}}}}));
        QCOMPARE(m_bench->verdictText(), u"Denied by the role policy: rule 1 of dns matched."_s);
        resources->table()->item(0, 1)->setText(u"example.org"_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 2 of dns matched."_s);
    }

    void aRuleWithATypoIsReportedSkipped()
    {
        QVERIFY(m_bench->selectSubject(Kind::Role, typoId));
        m_bench->setOperation(u"get-object"_s);
        child<KeyValueEditor>(m_bench, u"testBenchParameters"_s)
            ->setRows({{u"bucket"_s, u"site-data"_s}});
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
        // The engine's own words for the unknown name, at its column.
        QCOMPARE(child<QLabel>(m_bench, u"testBenchSkipped"_s)->text(),
            u"Rule 2 of sos in the role policy was skipped: column 1: undeclared reference to "
            "'paramters'"_s);
        QVERIFY(m_bench->decision());
        QCOMPARE(m_bench->decision()->skipped.size(), 1);

        // A rule before it that matches: the typo is never tried.
        m_bench->setOperation(u"list-buckets"_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of sos matched."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchSkipped"_s)->text(), u"None."_s);
    }

    void anApiKeyJudgesWithItsRole()
    {
        m_bench->setOperation(u"put-object"_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, keyOnReader));
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingPolicy"_s)->text(),
            u"Deciding policy: the policy of role site-reader, the role of API key website."_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, keyOnAdmin));
        QCOMPARE(m_bench->verdictText(),
            u"Allowed by the role policy: it does not name service sos and its default strategy "
            "allows."_s);

        // The key itself is the request's api_key: of two keys on the same role, only the one
        // the rule names may list API keys.
        m_bench->setOperation(u"list-api-keys"_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, keyOnReader));
        QCOMPARE(m_bench->request().apiKey, keyOnReader);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of iam matched."_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, otherKeyOnReader));
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service iam."_s);
        // A role judged on its own has no key.
        QVERIFY(m_bench->selectSubject(Kind::Role, readerId));
        QVERIFY(m_bench->request().apiKey.isEmpty());
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service iam."_s);

        // A key whose role is unknown cannot be judged, and the bench says so.
        m_bench->setApiKeys({apiKey(u"orphan"_s, u"EXO000000000000000000000009"_s,
            u"00000000-0000-4000-8000-00000000dead"_s)});
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, u"EXO000000000000000000000009"_s));
        QVERIFY(!m_bench->decision());
        QCOMPARE(m_bench->verdictText(),
            u"The role of API key orphan is not known: its requests cannot be judged."_s);
    }

    void theDraftSubjectFollowsSetDraft()
    {
        auto *subject = child<QComboBox>(m_bench, u"testBenchSubject"_s);
        QVERIFY(!m_bench->selectSubject(Kind::Draft));
        m_bench->setOperation(u"get-object"_s);

        m_bench->setDraft(policy(R"json({"default-service-strategy": "allow",
            "services": {"sos": {"type": "deny"}}})json"));
        QCOMPARE(subject->itemText(subject->count() - 1), u"The draft in the editor"_s);
        QVERIFY(m_bench->selectSubject(Kind::Draft));
        QCOMPARE(m_bench->verdictText(), u"Denied by the role policy: it denies service sos."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingPolicy"_s)->text(),
            u"Deciding policy: The draft in the editor."_s);

        // The editor changes the draft: the verdict follows, the subject stays.
        QSignalSpy changed(m_bench, &TestBenchWidget::decisionChanged);
        m_bench->setDraft(policy(R"json({"default-service-strategy": "deny",
            "services": {"sos": {"type": "rules", "rules": [
              {"action": "allow", "expression": "operation.startsWith('get-')"}]}}})json"),
            u"Draft of role site-reader"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_bench->subjectKind(), Kind::Draft);
        QCOMPARE(subject->currentText(), u"Draft of role site-reader"_s);
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 1 of sos matched."_s);

        // No draft any more: its entry goes, and another subject is judged.
        m_bench->setDraft(std::nullopt);
        QVERIFY(!m_bench->selectSubject(Kind::Draft));
        QCOMPARE(subject->findText(u"Draft of role site-reader"_s), -1);
        QVERIFY(m_bench->subjectKind() != Kind::Draft);
        QCOMPARE(subject->currentIndex(), 0);
        // The first subject, API key website on site-reader, with no bucket given.
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
    }

    void anOrganizationPolicyDenyingAClassSaysSo()
    {
        QVERIFY(m_bench->selectSubject(Kind::Role, adminId));
        m_bench->setOperation(u"get-object"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Allowed by the role policy: it does not name service sos and its default strategy "
            "allows."_s);
        auto *note = child<QLabel>(m_bench, u"testBenchOrganizationNote"_s);
        QVERIFY(note->isHidden());

        m_bench->setOrganizationPolicy(policy(R"json({"default-service-strategy": "allow",
            "services": {"sos": {"type": "deny"}}})json"));
        QCOMPARE(
            m_bench->verdictText(), u"Denied by the organization policy: it denies service sos."_s);
        QCOMPARE(child<QLabel>(m_bench, u"testBenchDecidingPolicy"_s)->text(),
            u"Deciding policy: the organization policy."_s);
        QCOMPARE(m_bench->decision()->decidedBy, PolicyDecision::Stage::Organization);
        // Another class goes through.
        m_bench->setOperation(u"list-dns-domains"_s);
        QVERIFY(m_bench->decision()->allowed);

        // Not known: the role alone judges, and the bench says so.
        m_bench->setOperation(u"get-object"_s);
        m_bench->setOrganizationPolicy(std::nullopt);
        QVERIFY(m_bench->decision()->allowed);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
            u"The organization policy is not known: only the subject's policy is judged."_s);
    }

    void theMatrixShowsTheSubjectsVerdicts()
    {
        QVERIFY(m_bench->selectSubject(Kind::Role, readerId));
        auto *tabs = child<QTabWidget>(m_bench, u"testBenchTabs"_s);
        tabs->setCurrentIndex(1);
        auto *service = child<QComboBox>(m_bench, u"testBenchMatrixService"_s);
        service->setCurrentIndex(service->findText(u"sos"_s));
        auto *table = child<QTableView>(m_bench, u"testBenchMatrix"_s);
        QVERIFY(table->isVisible());
        const auto verdictOf = [table](const QString &operation) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, PolicyMatrixModel::OperationColumn).data() == operation)
                    return model->index(row, PolicyMatrixModel::VerdictColumn).data().toString();
            }
            return QString();
        };
        QVERIFY(table->model()->rowCount() > 10);
        QCOMPARE(verdictOf(u"get-object"_s), u"? Depends on parameters"_s);
        QCOMPARE(verdictOf(u"put-object"_s), u"✘ Denied"_s);
        QCOMPARE(verdictOf(u"list-buckets"_s), u"✔ Allowed"_s);

        // The matrix follows the subject, and an API key brings its api_key.
        service->setCurrentIndex(service->findText(u"iam"_s));
        QCOMPARE(verdictOf(u"list-api-keys"_s), u"? Depends on parameters"_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, keyOnReader));
        QCOMPARE(verdictOf(u"list-api-keys"_s), u"✔ Allowed"_s);
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, otherKeyOnReader));
        QCOMPARE(verdictOf(u"list-api-keys"_s), u"✘ Denied"_s);
        QVERIFY(m_bench->selectSubject(Kind::Role, adminId));
        QCOMPARE(verdictOf(u"list-api-keys"_s), u"✔ Allowed"_s);
        QCOMPARE(verdictOf(u"delete-iam-role"_s), u"✔ Allowed"_s);
        // And the draft too.
        m_bench->setDraft(IamPolicy::denyAll());
        QVERIFY(m_bench->selectSubject(Kind::Draft));
        QCOMPARE(verdictOf(u"list-api-keys"_s), u"✘ Denied"_s);
    }

    void everyControlIsNamedAndReachableByTab()
    {
        QVERIFY(!m_dialog->isModal());
        m_dialog->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == m_dialog.get() && QApplication::focusWidget());
        auto *tabs = child<QTabWidget>(m_bench, u"testBenchTabs"_s);
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            if (page == 0) {
                // Rows so that Remove is enabled, and a parameter table that has a current cell.
                auto *table = child<QTableWidget>(m_bench, u"testBenchParameterTable"_s);
                child<KeyValueEditor>(m_bench, u"testBenchParameters"_s)->addRow(u"a"_s, u"1"_s);
                table->setCurrentCell(0, 0);
                auto *resources = child<QTableWidget>(m_bench, u"testBenchResourceTable"_s);
                child<KeyValueEditor>(m_bench, u"testBenchResources"_s)->addRow(u"b"_s, u"2"_s);
                resources->setCurrentCell(0, 0);
            }
            QList<QWidget *> expected;
            for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
                if (!isInteractive(widget))
                    continue;
                expected.append(widget);
                const QString name = accessibleName(widget);
                QVERIFY2(!name.trimmed().isEmpty(), qPrintable(widget->objectName()));
                QVERIFY2(!widget->objectName().isEmpty(), qPrintable(name));
                if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    QCOMPARE(name, stripMnemonic(button->text()));
                // A labelled control bears its label's words. (On Linux, Qt names a combo box
                // after its text, and the screen reader reads the label through the buddy
                // relation: the property is what Keyport sets.)
                for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
                    if (label->buddy() == widget) {
                        QString text = stripMnemonic(label->text()).trimmed();
                        text.chop(1); // the colon
                        QCOMPARE(widget->accessibleName(), text.trimmed());
                        if (!qobject_cast<QComboBox *>(widget))
                            QCOMPARE(name, text.trimmed());
                    }
                }
            }
            QVERIFY(expected.size() >= (page == 0 ? 11 : 3));

            // Tab visits every one of them, and comes back round.
            QSet<QWidget *> reached;
            QWidget *first = focused();
            for (int press = 0; press < 60; ++press) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                reached.insert(focused());
                if (press > 0 && focused() == first)
                    break;
            }
            for (QWidget *widget : std::as_const(expected))
                QVERIFY2(reached.contains(widget), qPrintable(widget->objectName()));
        }
        QCOMPARE(accessibleName(m_dialog.get()), u"Test Bench"_s);
    }

    void escapeAndCloseClose()
    {
        m_dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_dialog.get());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->isVisible());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), u"testBenchClose"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
    }

    void judgesTheSandboxsRolesAndKeys()
    {
        // The demo account's roles and API keys, read over HTTP from the real sandbox.
        SandboxFixture fixture;
        fixture.sandbox().addDemoKeys();
        auto transport = fixture.clientFor(
            fixture.sandbox().adminApiKeyId(), fixture.sandbox().adminApiSecret());
        IamClient iam(transport.get());
        auto roles = finished(iam.listRoles());
        QVERIFY(roles && !roles->error());
        auto keys = finished(iam.listApiKeys());
        QVERIFY(keys && !keys->error());
        m_bench->setRoles(roles->roles());
        m_bench->setApiKeys(keys->apiKeys());

        // github-actions-www is bound to ci-deploy-www: deny by default; sos lists buckets, and
        // reads and writes objects in bucket www-example-com only.
        QString key;
        for (const ApiKey &apiKey : keys->apiKeys()) {
            if (apiKey.name == u"github-actions-www")
                key = apiKey.key;
        }
        QVERIFY(!key.isEmpty());
        QVERIFY(m_bench->selectSubject(Kind::ApiKey, key));
        m_bench->setOperation(u"put-object"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: no rule matched in service sos."_s);
        child<KeyValueEditor>(m_bench, u"testBenchParameters"_s)
            ->setRows({{u"bucket"_s, u"www-example-com"_s}});
        QCOMPARE(m_bench->verdictText(), u"Allowed by the role policy: rule 2 of sos matched."_s);
        m_bench->setOperation(u"create-instance"_s);
        QCOMPARE(m_bench->verdictText(),
            u"Denied by the role policy: it does not name service compute and its default "
            "strategy denies."_s);
    }

private:
    std::unique_ptr<TestBenchDialog> m_dialog;
    TestBenchWidget *m_bench = nullptr;
};

QTEST_MAIN(TestTestBench)
#include "tst_testbench.moc"
