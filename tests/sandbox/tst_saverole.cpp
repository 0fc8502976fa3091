// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a role from the editor, against the sandbox over loopback HTTP: a new role with its
// policy; an update in two requests, each only when its part changed; which part failed when one
// fails; a create whose answer was lost found (or not) by listing the roles.
#include "api/IamJson.h"
#include "IamAccountFixture.h"
#include "sandbox/SandboxFault.h"
#include "services/SaveRoleFlow.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

IamPolicy policy(const char *json)
{
    return IamJson::policyFromJson(QJsonDocument::fromJson(json).object()).value();
}

const char *const dnsOnly = R"json({"default-service-strategy": "deny", "services": {"dns": {"type":
    "rules", "rules": [{"action": "allow", "expression": "operation.startsWith('list-')"}]}}})json";

} // namespace

class TestSaveRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<IamAccountFixture>();
        m_fixture->sandbox().setIamOperationDelay(std::chrono::milliseconds(0));
        QVERIFY(m_fixture->open());
    }

    void cleanup() { m_fixture.reset(); }

    void aNewRoleIsCreatedWithItsPolicy()
    {
        IamRoleDraft draft;
        draft.name = u"dns-reader"_s;
        draft.description = u"reads DNS"_s;
        draft.labels.insert(u"team"_s, u"ops"_s);
        draft.policy = policy(dnsOnly);
        auto flow = finished(new SaveRoleFlow(m_fixture->iam(), draft));
        QVERIFY(flow);
        QVERIFY2(!flow->error(), qPrintable(flow->error().message()));
        QCOMPARE(flow->failedPart(), SaveRoleFlow::Part::None);
        // The server holds it, and the session shows it at once.
        const QJsonObject stored = m_fixture->sandbox().roleJson(flow->roleId());
        QCOMPARE(stored.value(u"name"_s).toString(), u"dns-reader"_s);
        QCOMPARE(stored.value(u"policy"_s).toObject(), draft.policy.toJson());
        const auto shown = m_fixture->iam()->role(flow->roleId());
        QVERIFY(shown);
        QCOMPARE(shown->labels->value(u"team"_s), u"ops"_s);
    }

    void anUpdateSendsOnlyWhatChanged()
    {
        const QString id = createRole(u"editable"_s);
        IamRole role = *m_fixture->iam()->role(id);
        role.description = u"now described"_s;
        auto flow = finished(new SaveRoleFlow(m_fixture->iam(), role, true, std::nullopt));
        QVERIFY(flow && !flow->error());
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"description"_s).toString(),
            u"now described"_s);
        // The policy was not sent: still allow-all.
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"policy"_s).toObject(),
            IamPolicy::allowAll().toJson());

        flow = finished(new SaveRoleFlow(m_fixture->iam(), role, false, policy(dnsOnly)));
        QVERIFY(flow && !flow->error());
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"policy"_s).toObject(),
            policy(dnsOnly).toJson());
        QCOMPARE(m_fixture->iam()->role(id)->policy, policy(dnsOnly));
    }

    void aRefusedPolicySaysWhichPartFailed()
    {
        const QString id = createRole(u"half"_s);
        IamRole role = *m_fixture->iam()->role(id);
        role.description = u"saved"_s;
        m_fixture->sandbox().addFault(
            SandboxFault::parse(u"400@PUT/v2/iam-role/%1:policy*1"_s.arg(id)).value());
        auto flow = finished(new SaveRoleFlow(m_fixture->iam(), role, true, policy(dnsOnly)));
        QVERIFY(flow);
        QVERIFY(flow->error());
        QCOMPARE(flow->failedPart(), SaveRoleFlow::Part::Policy);
        QVERIFY(flow->roleSaved());
        QVERIFY(flow->failureSummary().contains(u"old policy still applies"_s));
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"description"_s).toString(), u"saved"_s);
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"policy"_s).toObject(),
            IamPolicy::allowAll().toJson());
    }

    void aRefusedRoleSendsNoPolicy()
    {
        const QString id = createRole(u"refused"_s);
        IamRole role = *m_fixture->iam()->role(id);
        role.description = u"not saved"_s;
        m_fixture->sandbox().addFault(
            SandboxFault::parse(u"400@PUT/v2/iam-role/%1*1"_s.arg(id)).value());
        auto flow = finished(new SaveRoleFlow(m_fixture->iam(), role, true, policy(dnsOnly)));
        QVERIFY(flow && flow->error());
        QCOMPARE(flow->failedPart(), SaveRoleFlow::Part::Role);
        QVERIFY(!flow->roleSaved());
        QVERIFY(flow->failureSummary().startsWith(u"Nothing was saved"_s));
        QCOMPARE(m_fixture->sandbox().roleJson(id).value(u"policy"_s).toObject(),
            IamPolicy::allowAll().toJson());
    }

    void aLostCreateIsFoundByListing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("created");
        // "malformed": the server acted, its answer was cut; 503: it did not act.
        QTest::newRow("acted") << u"malformed@POST/v2/iam-role*1"_s << true;
        QTest::newRow("did not act") << u"503@POST/v2/iam-role*1"_s << false;
    }

    void aLostCreateIsFoundByListing()
    {
        QFETCH(QString, fault);
        QFETCH(bool, created);
        m_fixture->sandbox().addFault(SandboxFault::parse(fault).value());
        IamRoleDraft draft;
        draft.name = u"lost"_s;
        draft.policy = policy(dnsOnly);
        auto flow = finished(new SaveRoleFlow(m_fixture->iam(), draft));
        QVERIFY(flow);
        QCOMPARE(!flow->error(), created);
        if (created) {
            QCOMPARE(m_fixture->sandbox().roleJson(flow->roleId()).value(u"name"_s).toString(),
                u"lost"_s);
            QCOMPARE(m_fixture->iam()->role(flow->roleId())->name, u"lost"_s);
        } else {
            QCOMPARE(flow->failedPart(), SaveRoleFlow::Part::Role);
            QVERIFY(flow->error().message().contains(u"shows no role lost"_s));
        }
    }

private:
    QString createRole(const QString &name)
    {
        const auto id = m_fixture->sandbox().createRole(
            QJsonObject{{u"name"_s, name}, {u"policy"_s, IamPolicy::allowAll().toJson()}});
        if (!id)
            qFatal("cannot create the role");
        m_fixture->session()->refresh();
        if (!QTest::qWaitFor([&] { return m_fixture->iam()->role(id.value()).has_value(); }, 10000))
            qFatal("the role is not listed");
        return id.value();
    }

    std::unique_ptr<IamAccountFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSaveRole)
#include "tst_saverole.moc"
