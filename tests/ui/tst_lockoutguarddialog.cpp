// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/LockoutGuardDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

IamPolicy policy(const char *json)
{
    PolicyProblems problems;
    const auto parsed
        = IamPolicy::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &problems);
    if (!parsed || !problems.isEmpty())
        qFatal("a test policy is broken: %s", json);
    return *parsed;
}

/// The signing key on an Owner-like role; role @p roleName with two keys and a person.
IamSnapshot organization(const QString &roleName = u"dns-ops"_s)
{
    IamSnapshot snapshot;
    IamRole owner;
    owner.id = u"r-owner"_s;
    owner.name = u"Owner"_s;
    owner.policy = IamPolicy::allowAll();
    IamRole role;
    role.id = u"r-dns"_s;
    role.name = roleName;
    role.policy = IamPolicy::allowAll();
    snapshot.roles = {owner, role};
    snapshot.apiKeys = {ApiKey{u"admin"_s, u"EXO000000000000000000000001"_s, owner.id, {}},
        ApiKey{u"ci"_s, u"EXO000000000000000000000002"_s, role.id, {}},
        ApiKey{u"certbot"_s, u"EXO000000000000000000000003"_s, role.id, {}}};
    User person;
    person.id = u"u1"_s;
    person.email = u"ana@example.com"_s;
    person.role = role;
    snapshot.users = {person};
    snapshot.signingKey = u"EXO000000000000000000000001"_s;
    return snapshot;
}

LockoutAnalysis dnsOnly(const QString &roleName = u"dns-ops"_s)
{
    return LockoutAnalysis(organization(roleName),
        LockoutChange::rolePolicy(u"r-dns"_s,
            policy(
                R"({"default-service-strategy": "deny", "services": {"dns": {"type": "allow"}}})")));
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

template <typename T> T *child(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

} // namespace

class TestLockoutGuardDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goesAheadOnlyOnceTheExactNameIsTyped()
    {
        LockoutGuardDialog dialog(dnsOnly(), u"Save Policy"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = child<QLineEdit>(&dialog, "lockoutConfirmText");
        auto *goAhead = child<QPushButton>(&dialog, "lockoutGoAheadButton");
        QCOMPARE(goAhead->text(), u"Save Policy"_s);
        QCOMPARE(dialog.confirmationText(), u"dns-ops"_s);
        QVERIFY(field->isVisible());
        QCOMPARE(dialog.focusWidget(), field);
        QVERIFY(!goAhead->isEnabled());

        // Almost is not enough: a prefix, other case, a trailing space.
        QTest::keyClicks(field, u"dns-op"_s);
        QVERIFY(!goAhead->isEnabled());
        // Return in the field with the wrong text does nothing.
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        field->setText(u"DNS-OPS"_s);
        QVERIFY(!goAhead->isEnabled());
        field->setText(u"dns-ops "_s);
        QVERIFY(!goAhead->isEnabled());
        field->clear();
        QTest::keyClicks(field, u"dns-ops"_s);
        QVERIFY(goAhead->isEnabled());
        QVERIFY(dialog.isConfirmed());
        QTest::mouseClick(goAhead, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void returnInTheFieldGoesAheadOnceTyped()
    {
        LockoutGuardDialog dialog(dnsOnly(), u"Save Policy"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = child<QLineEdit>(&dialog, "lockoutConfirmText");
        QTest::keyClicks(field, u"dns-ops"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void showsTheSummaryAndTheDetails()
    {
        const LockoutAnalysis analysis = dnsOnly();
        LockoutGuardDialog dialog(analysis, u"Save Policy"_s);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *summary = child<QLabel>(&dialog, "lockoutSummary");
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text(), analysis.summary());
        QVERIFY(summary->text().contains(u"bound to this role lose every compute operation"_s));

        auto *details = child<QTreeWidget>(&dialog, "lockoutDetails");
        QVERIFY(details->isVisible());
        QCOMPARE(details->topLevelItemCount(), 3);
        QStringList who;
        for (int row = 0; row < details->topLevelItemCount(); ++row)
            who.append(details->topLevelItem(row)->text(LockoutGuardDialog::WhatColumn));
        QVERIFY(who.at(0).contains(u"certbot"_s));
        QVERIFY(who.at(1).contains(u"ci"_s));
        QVERIFY(who.at(2).contains(u"ana@example.com"_s));
        // Per subject: what it loses, and why.
        QTreeWidgetItem *person = details->topLevelItem(2);
        QVERIFY(person->isExpanded());
        QStringList lost;
        for (int row = 0; row < person->childCount(); ++row) {
            lost.append(person->child(row)->text(LockoutGuardDialog::WhatColumn));
            QCOMPARE(person->child(row)->text(LockoutGuardDialog::WhyColumn),
                u"the default strategy deny of the policy of role dns-ops"_s);
        }
        QVERIFY2(lost.contains(u"Loses every compute operation"_s), qPrintable(lost.join(u'|')));
        QVERIFY2(lost.contains(u"Loses every iam operation"_s), qPrintable(lost.join(u'|')));
        QVERIFY(!lost.join(u'|').contains(u"dns"_s));
    }

    void theSigningKeyIsCalledOutFirst()
    {
        const LockoutAnalysis analysis(organization(),
            LockoutChange::organizationPolicy(policy(
                R"({"default-service-strategy": "allow", "services": {"iam": {"type": "deny"}}})")));
        LockoutGuardDialog dialog(analysis, u"Save Policy"_s);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.confirmationText(), u"organization policy"_s);
        auto *details = child<QTreeWidget>(&dialog, "lockoutDetails");
        QTreeWidgetItem *first = details->topLevelItem(0);
        QVERIFY(
            first->text(LockoutGuardDialog::WhatColumn).contains(u"the key Keyport signs with"_s));
        QVERIFY(
            first->child(0)->text(LockoutGuardDialog::WhatColumn).contains(u"update-iam-role"_s));
        QVERIFY(child<QLabel>(&dialog, "lockoutSummary")->text().startsWith(u"The signing key"_s));

        auto *goAhead = child<QPushButton>(&dialog, "lockoutGoAheadButton");
        QTest::keyClicks(child<QLineEdit>(&dialog, "lockoutConfirmText"), u"organization"_s);
        QVERIFY(!goAhead->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "lockoutConfirmText"), u" policy"_s);
        QVERIFY(goAhead->isEnabled());
    }

    void nobodyLosingAnythingIsSaidPlainly()
    {
        LockoutGuardDialog dialog(
            LockoutAnalysis(organization(), LockoutChange::organizationReset()), u"Reset Policy"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.confirmationText().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "lockoutSummary")->text().startsWith(u"Nobody loses"_s));
        QVERIFY(!child<QLineEdit>(&dialog, "lockoutConfirmText")->isVisible());
        QVERIFY(!child<QTreeWidget>(&dialog, "lockoutDetails")->isVisible());
        auto *goAhead = child<QPushButton>(&dialog, "lockoutGoAheadButton");
        QCOMPARE(goAhead->text(), u"Reset Policy"_s);
        QVERIFY(goAhead->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void escapeRejects()
    {
        LockoutGuardDialog dialog(dnsOnly(), u"Save Policy"_s);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Even once the name is typed.
        QTest::keyClicks(child<QLineEdit>(&dialog, "lockoutConfirmText"), u"dns-ops"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void returnElsewhereDoesNotGoAhead()
    {
        LockoutGuardDialog dialog(dnsOnly(), u"Delete Role"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *details = child<QTreeWidget>(&dialog, "lockoutDetails");
        details->setFocus();
        QTest::keyClick(details, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
    }

    void accessibleNamesAreTheLabels()
    {
        // An '&' in the role's name is shown, not taken for a mnemonic.
        LockoutGuardDialog dialog(dnsOnly(u"R&D"_s), u"Delete Role"_s);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = child<QLabel>(&dialog, "lockoutConfirmLabel");
        auto *field = child<QLineEdit>(&dialog, "lockoutConfirmText");
        QCOMPARE(label->buddy(), field);
        QCOMPARE(label->text(), u"&Type R&&D to go ahead:"_s);
        QCOMPARE(accessibleName(field), u"Type R&D to go ahead:"_s);
        auto *detailsLabel = child<QLabel>(&dialog, "lockoutDetailsLabel");
        auto *details = child<QTreeWidget>(&dialog, "lockoutDetails");
        QCOMPARE(detailsLabel->buddy(), details);
        QCOMPARE(accessibleName(details), u"Who loses what"_s);
        QCOMPARE(
            accessibleName(child<QPushButton>(&dialog, "lockoutGoAheadButton")), u"Delete Role"_s);
        auto *cancel = child<QPushButton>(&dialog, "lockoutCancelButton");
        QCOMPARE(accessibleName(cancel), cancel->text().remove(u'&'));
        QTest::keyClicks(field, u"R&D"_s);
        QVERIFY(dialog.isConfirmed());

        // Tab reaches the details, the go-ahead button and Cancel from the field.
        QList<QWidget *> reached;
        QWidget *focused = field;
        for (int step = 0; step < 3; ++step) {
            QTest::keyClick(focused, Qt::Key_Tab);
            focused = QApplication::focusWidget();
            reached.append(focused);
        }
        QCOMPARE(reached,
            (QList<QWidget *>{
                details, child<QPushButton>(&dialog, "lockoutGoAheadButton"), cancel}));
    }
};

QTEST_MAIN(TestLockoutGuardDialog)
#include "tst_lockoutguarddialog.moc"
