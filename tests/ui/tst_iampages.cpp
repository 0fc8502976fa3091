// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of an account's IAM v3 sections (API keys, Roles, Organization policy) and the
// PolicyView and CelHighlighter they use, against the sandbox over loopback HTTP: the server's
// rows and columns, the signing key marked, the filter, the details in plain words, a list that
// could not be read said so, accessible names and keyboard reachability.
#include "iam/ApiKeyItemDelegate.h"
#include "iam/ApiKeysPage.h"
#include "iam/CelHighlighter.h"
#include "iam/OrganizationPolicyPage.h"
#include "iam/PolicyView.h"
#include "iam/RolesPage.h"
#include "IamAccountFixture.h"
#include "models/ApiKeyModel.h"
#include "models/RoleModel.h"
#include "policy/PolicyDescriber.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

/// A deny-by-default role: sos only get-object and head-object on bucket site-data.
QJsonObject siteReaderRole()
{
    return QJsonDocument::fromJson(R"({"name": "site-reader",
        "description": "Reads the bucket of the site",
        "labels": {"team": "web"},
        "permissions": ["bypass-governance-retention"],
        "policy": {"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
          "rules": [{"action": "allow",
            "expression": "parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']"}]}}}})")
        .object();
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QStringList columnTexts(const QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

/// The widgets Tab reaches from @p start, in order, until it comes back (at most 50).
QList<QWidget *> tabChain(QWidget *start)
{
    QList<QWidget *> chain;
    start->setFocus(Qt::TabFocusReason);
    QWidget *at = QApplication::focusWidget();
    for (int i = 0; i < 50 && at; ++i) {
        if (chain.contains(at))
            break;
        chain.append(at);
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
    }
    return chain;
}

/// Every widget of @p page the keyboard can reach has an accessible name.
void checkAccessibleNames(QWidget *page)
{
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(page) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
            continue; // a viewport
        QVERIFY2(!accessibleName(widget).isEmpty(),
            qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
    }
}

} // namespace

class TestIamPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<IamAccountFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void apiKeysShowTheServersKeysAndMarkTheSigningKey()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(siteReaderRole());
        QVERIFY(role);
        const auto web = sandbox.createApiKey(u"web-reader"_s, role.value());
        QVERIFY(web);
        QVERIFY(sandbox.createApiKey(u"accounting"_s, sandbox.billingRoleId()));
        QVERIFY(m_fixture->open());

        ApiKeysPage page;
        page.setSession(m_fixture->iam());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        QCOMPARE(table->objectName(), u"apiKeyTable"_s);
        QCOMPARE(table->model()->columnCount(), 3);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), u"Role"_s);
        // The server's keys, sorted by name, with their roles' names.
        QCOMPARE(columnTexts(table, ApiKeyModel::NameColumn),
            (QStringList{u"accounting"_s, u"sandbox-admin"_s, u"web-reader"_s}));
        QCOMPARE(columnTexts(table, ApiKeyModel::RoleColumn),
            (QStringList{u"Billing"_s, u"sandbox-admin"_s, u"site-reader"_s}));
        QCOMPARE(
            table->model()->index(2, ApiKeyModel::KeyColumn).data().toString(), web.value().key);
        // The signing key: marked by the delegate (an icon) and in the tooltip, only it.
        auto *delegate = qobject_cast<ApiKeyItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        for (int row = 0; row < 3; ++row) {
            const QModelIndex name = table->model()->index(row, ApiKeyModel::NameColumn);
            const bool signing = row == 1;
            QCOMPARE(name.data(ApiKeyModel::IsSigningKeyRole).toBool(), signing);
            QCOMPARE(
                name.data(Qt::ToolTipRole).toString().endsWith(u"(this account's key)"_s), signing);
            // The mark takes room beside the name: an icon's width more than the text needs.
            QStyleOptionViewItem option;
            option.initFrom(table);
            QFont bold = table->font();
            bold.setBold(true);
            const int text = QFontMetrics(bold).horizontalAdvance(name.data().toString());
            const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
            QCOMPARE(delegate->sizeHint(option, name).width() >= text + icon, signing);
        }
        // Several keys can be selected; the selection is told.
        QSignalSpy selection(&page, &ApiKeysPage::selectionChanged);
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!selection.isEmpty());
        QCOMPARE(page.selectedApiKeys().size(), 3);
        QCOMPARE(page.selectedApiKeys().at(2).key, web.value().key);
        // A key removed by a command shows at once, the rest stays selected.
        m_fixture->iam()->removeApiKey(page.selectedApiKeys().at(0).key);
        QCOMPARE(page.selectedApiKeys().size(), 2);
        page.setSession(nullptr);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(page.selectedApiKeys().isEmpty());
    }

    void theFilterNarrows()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(siteReaderRole());
        QVERIFY(role);
        QVERIFY(sandbox.createApiKey(u"web-reader"_s, role.value()));
        QVERIFY(sandbox.createApiKey(u"accounting"_s, sandbox.billingRoleId()));
        QVERIFY(m_fixture->open());
        ApiKeysPage page;
        page.setSession(m_fixture->iam());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLineEdit *filter = child<QLineEdit>(&page, u"apiKeyFilter"_s);
        QVERIFY(filter);
        QVERIFY(!filter->placeholderText().isEmpty());
        QTest::keyClicks(filter, u"SITE-READ"_s); // the role's name, in another case
        QCOMPARE(columnTexts(page.table(), 0), QStringList{u"web-reader"_s});
        filter->clear();
        QTest::keyClicks(filter, u"account"_s);
        QCOMPARE(columnTexts(page.table(), 0), QStringList{u"accounting"_s});
        // Selecting a key the filter hides clears the filter.
        QVERIFY(page.selectApiKey(sandbox.adminApiKeyId()));
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(page.selectedApiKeys().at(0).key, sandbox.adminApiKeyId());
        QVERIFY(!page.selectApiKey(u"EXO000000000000000000000000"_s));
    }

    void theDetailsClearWhenNothingIsSelected()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(siteReaderRole());
        QVERIFY(role);
        QVERIFY(sandbox.createApiKey(u"web-reader"_s, role.value()));
        QVERIFY(m_fixture->open());

        ApiKeysPage keys;
        keys.setSession(m_fixture->iam());
        QVERIFY(keys.selectApiKey(sandbox.adminApiKeyId()));
        auto *signing = child<QLabel>(&keys, u"apiKeyDetailsSigning"_s);
        QVERIFY(signing->isVisibleTo(&keys));
        QCOMPARE(child<QLabel>(&keys, u"apiKeyDetailsKey"_s)->text(), sandbox.adminApiKeyId());
        keys.table()->clearSelection();
        QCOMPARE(child<QLabel>(&keys, u"apiKeyDetailsTitle"_s)->text(),
            u"Select an API key to see its details."_s);
        QVERIFY(child<QLabel>(&keys, u"apiKeyDetailsKey"_s)->text().isEmpty());
        QVERIFY(child<QLabel>(&keys, u"apiKeyDetailsRole"_s)->text().isEmpty());
        QVERIFY(!signing->isVisibleTo(&keys));
        QVERIFY(!child<PolicyView>(&keys, u"apiKeyPolicy"_s)->policy());

        RolesPage roles;
        roles.setSession(m_fixture->iam());
        QVERIFY(roles.selectRole(role.value()));
        const QStringList values{u"roleDetailsDescription"_s, u"roleDetailsLabels"_s,
            u"roleDetailsPermissions"_s, u"roleDetailsEditable"_s, u"roleDetailsApiKeys"_s,
            u"roleDetailsPeople"_s};
        for (const QString &name : values)
            QVERIFY2(!child<QLabel>(&roles, name)->text().isEmpty(), qPrintable(name));
        QVERIFY(child<PolicyView>(&roles, u"rolePolicy"_s)->policy());
        roles.table()->clearSelection();
        QCOMPARE(child<QLabel>(&roles, u"roleDetailsName"_s)->text(),
            u"Select a role to see its details."_s);
        for (const QString &name : values)
            QVERIFY2(child<QLabel>(&roles, name)->text().isEmpty(), qPrintable(name));
        QVERIFY(!child<PolicyView>(&roles, u"rolePolicy"_s)->policy());
    }

    void theDetailsSayTheRolesPolicyInPlainWords()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(siteReaderRole());
        QVERIFY(role);
        const auto web = sandbox.createApiKey(u"web-reader"_s, role.value());
        QVERIFY(web);
        QVERIFY(m_fixture->open());
        ApiKeysPage page;
        page.setSession(m_fixture->iam());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectApiKey(web.value().key));
        QCOMPARE(child<QLabel>(&page, u"apiKeyDetailsKey"_s)->text(), web.value().key);
        QCOMPARE(child<QLabel>(&page, u"apiKeyDetailsRole"_s)->text(), u"site-reader"_s);
        QVERIFY(!child<QLabel>(&page, u"apiKeyDetailsSigning"_s)->isVisible());
        auto *view = child<PolicyView>(&page, u"apiKeyPolicy"_s);
        QCOMPARE(view->sentence(),
            u"sos: only get-object and head-object, on bucket site-data; everything else is "
            "denied."_s);
        QCOMPARE(child<QLabel>(view, u"policyDefaultStrategy"_s)->text(),
            u"Every service the policy does not name is denied."_s);
        // The rule: its action, the expression coloured, its plain words; and what happens
        // when no rule matches.
        auto *rule = child<QLabel>(view, u"policyRule_sos_1"_s);
        QVERIFY(rule);
        QVERIFY(rule->text().contains(u"<b>Allow</b>"_s));
        const QString stringColour
            = CelHighlighter::color(CelHighlighter::Kind::String, view->palette()).name();
        QVERIFY(
            rule->text().contains(u"color: %1\">&#x27;site-data&#x27;</span>"_s.arg(stringColour))
            || rule->text().contains(u"color: %1\">'site-data'</span>"_s.arg(stringColour)));
        QVERIFY(rule->text().contains(u"Allow get-object and head-object, on bucket site-data."_s));
        QCOMPARE(child<QLabel>(view, u"policyNoRuleMatched_sos"_s)->text(),
            PolicyDescriber::noRuleMatchedText());
        QVERIFY(child<QLabel>(view, u"serviceMapNote"_s)->isVisible());
        QVERIFY(child<QLabel>(view, u"serviceMapNote"_s)->text().contains(u"reconstruction"_s));

        // The signing key says it is this account's key, and its allow-all role so.
        QVERIFY(page.selectApiKey(sandbox.adminApiKeyId()));
        QVERIFY(child<QLabel>(&page, u"apiKeyDetailsSigning"_s)->isVisible());
        QCOMPARE(view->sentence(), u"May use every operation of every service."_s);
    }

    void aListThatCouldNotBeLoadedSaysWhy()
    {
        // A key whose role may list roles and read the organisation policy, but not list keys.
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(QJsonDocument::fromJson(R"({"name": "no-keys",
            "policy": {"default-service-strategy": "deny", "services": {"iam": {"type": "rules",
            "rules": [{"action": "allow",
              "expression": "operation in ['list-iam-roles', 'list-users']"}]}}}})")
                                                 .object());
        QVERIFY(role);
        auto created = sandbox.createApiKey(u"no-keys"_s, role.value());
        QVERIFY(created);
        const QString keyId = created.value().key;
        QVERIFY(!m_fixture->open(keyId, std::move(created.value().secret)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->iam()->isLoading(), 10000);
        IamSession *iam = m_fixture->iam();
        QVERIFY(!iam->isLoaded(IamSession::List::ApiKeys));
        QVERIFY(!iam->isLoaded(IamSession::List::OrganizationPolicy));

        ApiKeysPage keys;
        keys.setSession(iam);
        keys.show();
        QVERIFY(QTest::qWaitForWindowExposed(&keys));
        auto *problem = child<QLabel>(&keys, u"apiKeysProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(iam->error(IamSession::List::ApiKeys).message()));
        QVERIFY(problem->text().contains(u"role policy"_s));
        QVERIFY(!keys.table()->isVisible()); // not a blank table

        OrganizationPolicyPage organization;
        organization.setSession(iam);
        organization.show();
        QVERIFY(QTest::qWaitForWindowExposed(&organization));
        auto *orgProblem = child<QLabel>(&organization, u"organizationPolicyProblem"_s);
        QVERIFY(orgProblem->isVisible());
        QCOMPARE(orgProblem->text(),
            u"The organization policy could not be read: %1"_s.arg(
                iam->error(IamSession::List::OrganizationPolicy).message()));
        QVERIFY(!organization.policyView()->policy());

        // The roles loaded: their page shows them, no problem.
        RolesPage roles;
        roles.setSession(iam);
        roles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&roles));
        QVERIFY(!child<QLabel>(&roles, u"rolesProblem"_s)->isVisible());
        QCOMPARE(roles.table()->model()->rowCount(), iam->roles().size());
    }

    void rolesShowTheServersRolesAndTheirDetails()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(siteReaderRole());
        QVERIFY(role);
        QVERIFY(sandbox.createApiKey(u"web-reader"_s, role.value()));
        QVERIFY(sandbox.createApiKey(u"web-reader-2"_s, role.value()));
        sandbox.addUser(u"ada@example.com"_s, role.value());
        QVERIFY(m_fixture->open());
        RolesPage page;
        page.setSession(m_fixture->iam());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        QCOMPARE(table->objectName(), u"roleTable"_s);
        QCOMPARE(table->model()->columnCount(), 5);
        QStringList headers;
        for (int column = 0; column < 5; ++column)
            headers.append(table->model()->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
            (QStringList{u"Name"_s, u"Description"_s, u"Editable"_s, u"API keys"_s, u"People"_s}));
        const QStringList names = columnTexts(table, RoleModel::NameColumn);
        QVERIFY(names.contains(u"Owner"_s) && names.contains(u"Billing"_s)
            && names.contains(u"site-reader"_s) && names.contains(u"sandbox-admin"_s));
        const int row = int(names.indexOf(u"site-reader"_s));
        QCOMPARE(table->model()->index(row, RoleModel::EditableColumn).data().toString(), u"Yes"_s);
        QCOMPARE(table->model()->index(row, RoleModel::ApiKeysColumn).data().toInt(), 2);
        QCOMPARE(table->model()->index(row, RoleModel::PeopleColumn).data().toInt(), 1);
        const int owner = int(names.indexOf(u"Owner"_s));
        QCOMPARE(
            table->model()->index(owner, RoleModel::EditableColumn).data().toString(), u"No"_s);

        QSignalSpy selection(&page, &RolesPage::selectionChanged);
        QVERIFY(page.selectRole(role.value()));
        QCOMPARE(selection.size(), 1);
        QCOMPARE(page.selectedRole()->id, role.value());
        QCOMPARE(child<QLabel>(&page, u"roleDetailsName"_s)->text(), u"site-reader"_s);
        QCOMPARE(child<QLabel>(&page, u"roleDetailsDescription"_s)->text(),
            u"Reads the bucket of the site"_s);
        QCOMPARE(child<QLabel>(&page, u"roleDetailsLabels"_s)->text(), u"team=web"_s);
        QCOMPARE(child<QLabel>(&page, u"roleDetailsPermissions"_s)->text(),
            u"bypass-governance-retention"_s);
        QCOMPARE(child<QLabel>(&page, u"roleDetailsEditable"_s)->text(), u"Yes"_s);
        const QString keys = child<QLabel>(&page, u"roleDetailsApiKeys"_s)->text();
        QVERIFY(keys.contains(u"web-reader ("_s) && keys.contains(u"web-reader-2 ("_s));
        QCOMPARE(child<QLabel>(&page, u"roleDetailsPeople"_s)->text(), u"ada@example.com"_s);
        auto *view = child<PolicyView>(&page, u"rolePolicy"_s);
        QVERIFY(child<QWidget>(view, u"policyService_sos"_s));
        QVERIFY(child<QLabel>(view, u"policyServiceHeader_sos"_s)->text().contains(u"rules"_s));
        QVERIFY(view->sentence().startsWith(u"sos: only get-object and head-object"_s));

        // A built-in role says it cannot be changed.
        QVERIFY(page.selectRole(sandbox.ownerRoleId()));
        QVERIFY(child<QLabel>(&page, u"roleDetailsEditable"_s)->text().startsWith(u"No"_s));
        QVERIFY(!page.selectRole(u"00000000-0000-0000-0000-000000000000"_s));
    }

    void theDemoRolesInTheRolesPage()
    {
        m_fixture->sandbox().addDemoKeys();
        QVERIFY(m_fixture->open());
        RolesPage page;
        page.setSession(m_fixture->iam());
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto idOf = [this](const QString &name) {
            for (const IamRole &role : m_fixture->iam()->roles()) {
                if (role.name == name)
                    return role.id;
            }
            return QString();
        };
        QVERIFY(page.selectRole(idOf(u"cert-manager-dns01"_s)));
        auto *view = child<PolicyView>(&page, u"rolePolicy"_s);
        QCOMPARE(view->sentence(), u"dns: depends on rules; everything else is denied."_s);
        for (int rule = 1; rule <= 4; ++rule)
            QVERIFY(child<QLabel>(view, u"policyRule_dns_%1"_s.arg(rule)));
        QVERIFY(child<QLabel>(view, u"policyRule_dns_2"_s)
                    ->text()
                    .contains(u"Deny every operation, where parameter type is not TXT."_s));
        QVERIFY(page.selectRole(idOf(u"platform-admin"_s)));
        QCOMPARE(view->sentence(), u"No compute-legacy operation; everything else is allowed."_s);
        QVERIFY(child<QLabel>(view, u"policyServiceHeader_compute-legacy"_s)
                    ->text()
                    .contains(u"denied"_s));
        QVERIFY(!child<QLabel>(view, u"policyRule_dns_1"_s)); // the previous role's rows went
        QCOMPARE(child<QLabel>(&page, u"roleDetailsPermissions"_s)->text(),
            u"reset-iam-organization-policy"_s);
        QCOMPARE(child<QLabel>(&page, u"roleDetailsPeople"_s)->text(), u"ops@example.com"_s);
    }

    void theOrganizationPolicyPage()
    {
        IamPolicy policy = IamPolicy::allowAll();
        policy.services.insert(u"compute-legacy"_s, {IamPolicy::ServiceType::Deny, {}, {}});
        m_fixture->sandbox().setOrganizationPolicy(policy);
        QVERIFY(m_fixture->open());
        OrganizationPolicyPage page;
        QAction edit(u"&Edit Policy…"_s);
        edit.setObjectName(u"editOrganizationPolicy"_s);
        QAction reset(u"&Reset Policy…"_s);
        reset.setObjectName(u"resetOrganizationPolicy"_s);
        reset.setEnabled(false);
        page.addAction(&edit);
        page.addAction(&reset);
        QSignalSpy changed(&page, &OrganizationPolicyPage::selectionChanged);
        page.setSession(m_fixture->iam());
        QCOMPARE(changed.size(), 1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!child<QLabel>(&page, u"organizationPolicyProblem"_s)->isVisible());
        QCOMPARE(page.policyView()->policy(), policy);
        QCOMPARE(page.policyView()->sentence(),
            u"No compute-legacy operation; everything else is allowed."_s);
        QCOMPARE(child<QLabel>(page.policyView(), u"policyDefaultStrategy"_s)->text(),
            u"Every service the policy does not name is allowed."_s);
        // The window's actions as buttons, following the actions.
        auto *editButton
            = child<QToolButton>(&page, u"organizationPolicyButton_editOrganizationPolicy"_s);
        auto *resetButton
            = child<QToolButton>(&page, u"organizationPolicyButton_resetOrganizationPolicy"_s);
        QVERIFY(editButton && resetButton);
        QCOMPARE(accessibleName(editButton), u"Edit Policy…"_s);
        QVERIFY(!resetButton->isEnabled());
        reset.setEnabled(true);
        QVERIFY(resetButton->isEnabled());
        QSignalSpy triggered(&edit, &QAction::triggered);
        QTest::mouseClick(editButton, Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        // A change made by a command shows at once.
        m_fixture->iam()->setOrganizationPolicy(IamPolicy::allowAll());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(page.policyView()->sentence(), u"May use every operation of every service."_s);
        page.setSession(nullptr);
        QVERIFY(!page.policyView()->policy());
    }

    void accessibleNamesAndKeyboard()
    {
        const auto role = m_fixture->sandbox().createRole(siteReaderRole());
        QVERIFY(role);
        QVERIFY(m_fixture->sandbox().createApiKey(u"web-reader"_s, role.value()));
        QVERIFY(m_fixture->open());

        ApiKeysPage keys;
        keys.setSession(m_fixture->iam());
        keys.show();
        QVERIFY(QTest::qWaitForWindowExposed(&keys));
        QVERIFY(keys.selectApiKey(m_fixture->sandbox().adminApiKeyId()));
        checkAccessibleNames(&keys);
        // The filter's accessible name is its visible label.
        QLineEdit *filter = keys.filterField();
        QLabel *filterLabel = nullptr;
        for (QLabel *label : keys.findChildren<QLabel *>()) {
            if (label->buddy() == filter)
                filterLabel = label;
        }
        QVERIFY(filterLabel);
        QCOMPARE(accessibleName(filter), filterLabel->text().remove(u'&').remove(u':').trimmed());
        QCOMPARE(accessibleName(keys.table()), u"API keys"_s);
        // Tab goes from the filter to the table and back; the filter has a mnemonic.
        const QList<QWidget *> chain = tabChain(filter);
        QVERIFY(chain.contains(keys.table()));
        QVERIFY(chain.indexOf(filter) < chain.indexOf(keys.table()));
        keys.table()->setFocus();
        QTest::keyClick(&keys, Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        // Arrow keys move the selection in the table.
        keys.table()->setFocus();
        QCOMPARE(keys.table()->model()->rowCount(), 2); // sandbox-admin, web-reader
        QTest::keyClick(keys.table(), Qt::Key_Down);
        QCOMPARE(keys.selectedApiKeys().value(0).name, u"web-reader"_s);

        RolesPage roles;
        roles.setSession(m_fixture->iam());
        roles.show();
        QVERIFY(QTest::qWaitForWindowExposed(&roles));
        QVERIFY(roles.selectRole(role.value()));
        checkAccessibleNames(&roles);
        QCOMPARE(accessibleName(roles.table()), u"Roles"_s);
        roles.table()->setFocus();
        // Billing, Owner, sandbox-admin, site-reader: up from site-reader.
        QTest::keyClick(roles.table(), Qt::Key_Up);
        QCOMPARE(roles.selectedRole()->name, u"sandbox-admin"_s);

        OrganizationPolicyPage organization;
        QAction edit(u"&Edit Policy…"_s);
        edit.setObjectName(u"edit"_s);
        organization.addAction(&edit);
        organization.setSession(m_fixture->iam());
        organization.show();
        QVERIFY(QTest::qWaitForWindowExposed(&organization));
        checkAccessibleNames(&organization);
        auto *button = child<QToolButton>(&organization, u"organizationPolicyButton_edit"_s);
        button->clearFocus();
        organization.setFocus();
        QTest::keyClick(&organization, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), button);
        QSignalSpy triggered(&edit, &QAction::triggered);
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(triggered.size(), 1);
    }

    void theHighlighterColoursCel()
    {
        const QString source = u"parameters.bucket == 'a' && 1 < 2 // note"_s;
        const QList<CelHighlighter::Span> spans = CelHighlighter::spans(source);
        using K = CelHighlighter::Kind;
        const QList<CelHighlighter::Span> expected{{0, 10, K::Binding}, {18, 2, K::Operator},
            {21, 3, K::String}, {25, 2, K::Operator}, {28, 1, K::Number}, {30, 1, K::Operator},
            {32, 1, K::Number}, {34, 7, K::Comment}};
        QCOMPARE(spans, expected);
        QCOMPARE(CelHighlighter::spans(u"operation in ['x']"_s).at(1).kind, K::Keyword);
        // Code points beyond the BMP count twice in UTF-16.
        QCOMPARE(CelHighlighter::spans(u"'😀' == zone"_s).at(2).start, 8);

        // In an editor, palette-aware: a dark palette gets lighter colours.
        QPlainTextEdit edit;
        auto *highlighter = new CelHighlighter(edit.document(), &edit);
        edit.setPlainText(u"'site-data'"_s);
        QPalette light = edit.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, Qt::white);
        edit.setPalette(light);
        const auto stringColour = [&edit] {
            const QList<QTextLayout::FormatRange> formats
                = edit.document()->firstBlock().layout()->formats();
            return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
        };
        QTRY_COMPARE(stringColour(), CelHighlighter::color(K::String, light));
        const int lightness = stringColour().lightness();
        edit.setPalette(dark);
        QTRY_COMPARE(stringColour(), CelHighlighter::color(K::String, dark));
        QVERIFY(stringColour().lightness() > lightness);
        QCOMPARE(highlighter->palette().color(QPalette::Base), dark.color(QPalette::Base));
    }

private:
    std::unique_ptr<IamAccountFixture> m_fixture;
};

QTEST_MAIN(TestIamPages)
#include "tst_iampages.moc"
