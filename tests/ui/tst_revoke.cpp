// SPDX-License-Identifier: GPL-3.0-or-later
// The revoke dialog and RevokeKeysFlow, offscreen, against the sandbox: real HTTP, real polling,
// real secret store.
#include "SandboxFixture.h"
#include "WindowHarness.h"

#include "accounts/AccountStore.h"
#include "api/AsyncOperationJob.h"
#include "dialogs/RevokeDialog.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "services/RevokeKeysFlow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <numeric>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString accountName = u"sandbox"_s;

/// The visible text of a label or button, as a screen reader should read it.
QString withoutMnemonic(QString text)
{
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

/// Ticks every 20 ms from its construction and remembers the longest gap between two ticks:
/// a blocked event loop shows as a long gap.
class Ticker
{
public:
    Ticker()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_timer.start(20);
    }
    qint64 longestGap() const { return std::max(m_longest, m_clock.elapsed() - m_last); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// The states items()[index] of a flow goes through.
class StateRecorder
{
public:
    StateRecorder(RevokeKeysFlow *flow, int index)
    {
        QObject::connect(
            flow, &RevokeKeysFlow::itemChanged, &m_context, [this, flow, index](int i) {
                if (i == index)
                    m_states.append(flow->items().at(i).state);
            });
    }
    bool contains(RevokeKeysFlow::State state) const { return m_states.contains(state); }

private:
    QObject m_context;
    QList<RevokeKeysFlow::State> m_states;
};

} // namespace

class TestRevoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(u"keyport.conf"_s), QSettings::IniFormat);
        m_secrets = std::make_unique<SessionSecretStore>();
        m_accounts
            = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get(), m_secrets.get());
        QVERIFY(m_fixture->addAccountTo(*m_accounts, accountName));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_accounts.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
        m_fixture.reset();
    }

    void dialogTexts()
    {
        const AccessKey first = createKey(u"first"_s, false);
        const AccessKey second = createKey(u"second"_s, false);
        QVERIFY(openSession());

        RevokeDialog *dialog = openDialog({sessionKey(first.key)});
        QVERIFY(dialog);
        QCOMPARE(revokeButton()->text(), u"Revoke Key"_s);
        QVERIFY(revokeButton()->isEnabled());
        QVERIFY(dialog->windowTitle().contains(u"Revoke Key"));
        QVERIFY(label(u"revokeIntro"_s).contains(first.key));
        QVERIFY(label(u"revokeIntro"_s).contains(u"first"));
        const QString consequences = label(u"revokeConsequences"_s);
        QVERIFY2(consequences.contains(u"immediate"), qPrintable(consequences));
        QVERIFY(consequences.contains(u"cannot be undone"));
        QVERIFY(consequences.contains(u"Programs that use this key stop working"));
        QVERIFY(consequences.contains(u"created with this key stay valid"));
        // The list names the key, its id and its type; progress is not shown before the start.
        QCOMPARE(list()->topLevelItemCount(), 1);
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::NameColumn), u"first"_s);
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::KeyColumn), first.key);
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::TypeColumn), u"Restricted"_s);
        QVERIFY(list()->isColumnHidden(RevokeDialog::StatusColumn));
        QCOMPARE(list()->accessibleName(), u"Key to revoke"_s);
        // No secret is held for it, and it is not the signing key.
        QVERIFY(!deleteSecretsBox()->isVisible());
        QVERIFY(!dialog->deleteStoredSecrets());
        KEYPORT_FIND(revokeSigningWarning, QLabel, dialog, u"revokeSigningWarning"_s);
        QVERIFY(!revokeSigningWarning->isVisible());
        QVERIFY(!confirmField()->isVisible());

        // Esc closes the dialog before anything started, and nothing is revoked.
        QSignalSpy requested(dialog, &RevokeDialog::revokeRequested);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(requested.count(), 0);
        QVERIFY(deleteTargets().isEmpty());
        QVERIFY(m_fixture->sandbox().hasKey(first.key));

        dialog = openDialog({sessionKey(first.key), sessionKey(second.key)});
        QVERIFY(dialog);
        QCOMPARE(revokeButton()->text(), u"Revoke 2 Keys"_s);
        QCOMPARE(list()->topLevelItemCount(), 2);
        QCOMPARE(list()->accessibleName(), u"Keys to revoke"_s);
        QVERIFY(label(u"revokeIntro"_s).contains(u"these 2 access keys"));
        QVERIFY(label(u"revokeConsequences"_s).contains(u"Programs that use these 2 keys"));
        QVERIFY(label(u"revokeConsequences"_s).contains(u"created with them stay valid"));
    }

    void revokeOneDeletesItsStoredSecret()
    {
        const AccessKey key = createKey(u"ci-one"_s, true);
        QVERIFY(openSession());
        QVERIFY(hasSessionKey(key.key));
        QVERIFY(m_accounts->storedKeySecrets(accountName).contains(key.key));

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QVERIFY(deleteSecretsBox()->isVisible());
        QVERIFY(deleteSecretsBox()->isChecked()); // ticked by default
        QCOMPARE(deleteSecretsBox()->accessibleName(), withoutMnemonic(deleteSecretsBox()->text()));
        QCOMPARE(withoutMnemonic(deleteSecretsBox()->text()),
            u"Also delete the secret Keyport stored for this key"_s);
        QVERIFY(dialog->deleteStoredSecrets());

        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QVERIFY(m_flow->deletesStoredSecrets());
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(m_flow->items().size(), 1);
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Revoked);
        QVERIFY2(!m_flow->items().at(0).error, qPrintable(m_flow->items().at(0).error.message()));
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        QVERIFY(!m_accounts->storedKeySecrets(accountName).contains(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
        QCOMPARE(deleteTargets(), QList<QByteArray>{"/v2/access-key/" + key.key.toLatin1()});
    }

    void revokeOneKeepsItsSecretWhenUnticked()
    {
        const AccessKey key = createKey(u"ci-keep"_s, true);
        QVERIFY(openSession());
        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::keyClick(deleteSecretsBox(), Qt::Key_Space);
        QVERIFY(!deleteSecretsBox()->isChecked());
        QVERIFY(!dialog->deleteStoredSecrets());

        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Revoked);
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        QVERIFY(m_accounts->storedKeySecrets(accountName).contains(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::None);
    }

    void revokeSeveralInOrderWithProgress()
    {
        const AccessKey a = createKey(u"alpha"_s, false);
        const AccessKey b = createKey(u"bravo"_s, false);
        const AccessKey c = createKey(u"charlie"_s, false);
        QVERIFY(openSession());
        m_fixture->sandbox().setRevokeDelay(150ms); // several polls each: progress to watch

        RevokeDialog *dialog
            = openDialog({sessionKey(a.key), sessionKey(b.key), sessionKey(c.key)});
        QVERIFY(dialog);
        QCOMPARE(revokeButton()->text(), u"Revoke 3 Keys"_s);
        QVERIFY(!deleteSecretsBox()->isVisible());
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);

        // What the list shows each time the flow reports a change (the dialog has updated it
        // already: it connected first).
        QList<QStringList> snapshots;
        QList<int> started;
        QObject context; // the connection ends with this function
        connect(m_flow, &RevokeKeysFlow::itemChanged, &context, [&](int index) {
            QStringList statuses;
            for (int row = 0; row < list()->topLevelItemCount(); ++row)
                statuses.append(list()->topLevelItem(row)->text(RevokeDialog::StatusColumn));
            snapshots.append(statuses);
            if (m_flow->items().at(index).state == RevokeKeysFlow::State::Revoking)
                started.append(index);
        });
        QVERIFY(!list()->isColumnHidden(RevokeDialog::StatusColumn));
        QVERIFY(!revokeButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        // All three at once (at most RevokeKeysFlow::maxParallel run together), started in
        // the dialog's order.
        QCOMPARE(started, (QList<int>{0, 1, 2}));
        QCOMPARE(snapshots.size(), 6); // Revoking, then Revoked, for each key
        const QString w = u"Waiting"_s, r = u"Revoking…"_s, d = u"Revoked"_s;
        QCOMPARE(snapshots.at(0), (QStringList{r, w, w}));
        QCOMPARE(snapshots.at(1), (QStringList{r, r, w}));
        QCOMPARE(snapshots.at(2), (QStringList{r, r, r}));
        for (int step = 3; step < 5; ++step) {
            QCOMPARE(snapshots.at(step).count(d), step - 2);
            QCOMPARE(snapshots.at(step).count(r), 5 - step);
        }
        QCOMPARE(snapshots.at(5), (QStringList{d, d, d}));
        const QByteArray prefix = "/v2/access-key/";
        QList<QByteArray> targets = deleteTargets();
        QList<QByteArray> expected
            = {prefix + a.key.toLatin1(), prefix + b.key.toLatin1(), prefix + c.key.toLatin1()};
        // Sent together on several connections: the server may receive them in any order.
        std::sort(targets.begin(), targets.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(targets, expected);
        for (const AccessKey &key : {a, b, c}) {
            QVERIFY(!m_fixture->sandbox().hasKey(key.key));
            QVERIFY(!hasSessionKey(key.key));
        }
        QVERIFY(hasSessionKey(m_fixture->sandbox().rootKeyId()));
    }

    void signingKeyNeedsItsNameAndGoesLast()
    {
        const QString rootId = m_fixture->sandbox().rootKeyId();
        const AccessKey other = createKey(u"deployer"_s, true);
        QVERIFY(openSession());
        const AccessKey root = sessionKey(rootId);
        QCOMPARE(root.name, u"sandbox-root"_s);

        // Selected first, listed (and revoked) last.
        RevokeDialog *dialog = openDialog({root, sessionKey(other.key)});
        QVERIFY(dialog);
        QVERIFY(dialog->includesSigningKey());
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::KeyColumn), other.key);
        QCOMPARE(list()->topLevelItem(1)->text(RevokeDialog::KeyColumn), rootId);
        const QString warning = label(u"revokeSigningWarning"_s);
        KEYPORT_FIND(revokeSigningWarning, QLabel, dialog, u"revokeSigningWarning"_s);
        QVERIFY(revokeSigningWarning->isVisible());
        QVERIFY2(warning.contains(u"sandbox-root is the key this account signs with"),
            qPrintable(warning));
        QVERIFY(warning.contains(u"can no longer use this account"));
        QVERIFY(confirmField()->isVisible());
        KEYPORT_FIND(revokeConfirmLabel, QLabel, dialog, u"revokeConfirmLabel"_s);
        QCOMPARE(confirmField()->accessibleName(), withoutMnemonic(revokeConfirmLabel->text()));
        QVERIFY(confirmField()->accessibleName().contains(u"type the name"));
        // The other key's secret is held: the box is offered, and the account's own secret is
        // not deleted even though it is ticked.
        QVERIFY(deleteSecretsBox()->isVisible());
        QVERIFY(deleteSecretsBox()->isChecked());

        QVERIFY(!revokeButton()->isEnabled());
        QTest::keyClicks(confirmField(), u"deployer"_s); // another key's name
        QVERIFY(!revokeButton()->isEnabled());
        confirmField()->clear();
        QTest::keyClicks(confirmField(), u"Sandbox-Root"_s);
        QVERIFY(!revokeButton()->isEnabled());
        confirmField()->clear();
        QTest::keyClicks(confirmField(), u"sandbox-roo"_s);
        QVERIFY(!revokeButton()->isEnabled());
        QTest::keyClicks(confirmField(), u"t"_s);
        QVERIFY(revokeButton()->isEnabled());
        QTest::keyClicks(confirmField(), u" "_s);
        QVERIFY(!revokeButton()->isEnabled());
        QTest::keyClick(confirmField(), Qt::Key_Backspace);
        QVERIFY(revokeButton()->isEnabled());

        // Return in the field does not revoke (issue 9: no default button); Revoke Key does.
        QTest::keyClick(confirmField(), Qt::Key_Return);
        QVERIFY(!m_flow);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QVERIFY(!confirmField()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_flow->items().size(), 2);
        QCOMPARE(m_flow->items().at(0).key.key, other.key);
        QCOMPARE(m_flow->items().at(1).key.key, rootId);
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Revoked);
        QCOMPARE(m_flow->items().at(1).state, RevokeKeysFlow::State::Revoked);
        QVERIFY(!m_flow->items().at(1).error);
        QVERIFY(!m_fixture->sandbox().hasKey(rootId));
        QVERIFY(!m_fixture->sandbox().hasKey(other.key));
        QVERIFY(m_session->keys().isEmpty());
        const QByteArray prefix = "/v2/access-key/";
        QCOMPARE(deleteTargets(),
            (QList<QByteArray>{prefix + other.key.toLatin1(), prefix + rootId.toLatin1()}));
        // The server finished while the polls were signed with the revoked key: it refused them,
        // and that was taken as the confirmation.
        QVERIFY(refusedPolls() > 0);
        QCOMPARE(storedSecretError(other.key), Error::Code::NotFound);
        QCOMPARE(storedSecretError(rootId), Error::Code::None);
    }

    void flowOrdersTheSigningKeyLastAndKeepsTheAccountSecret()
    {
        const QString rootId = m_fixture->sandbox().rootKeyId();
        const AccessKey other = createKey(u"worker"_s, true);
        QVERIFY(openSession());
        const AccessKey root = sessionKey(rootId);
        RevokeKeysFlow flow(
            m_session.get(), m_accounts.get(), {root, sessionKey(other.key), root}, true);
        flow.setAutoDelete(false); // on the stack
        QCOMPARE(flow.signingKeyId(), rootId);
        QCOMPARE(flow.items().size(), 2); // the duplicate is dropped
        QCOMPARE(flow.items().at(0).key.key, other.key);
        QCOMPARE(flow.items().at(1).key.key, rootId);
        QSignalSpy finishedSpy(&flow, &RevokeKeysFlow::finished);
        flow.start();
        QVERIFY(flow.isRunning());
        QCOMPARE(flow.items().at(0).state, RevokeKeysFlow::State::Waiting); // asynchronous
        QVERIFY(finishedSpy.wait(15000));
        QVERIFY(!flow.isRunning());
        QCOMPARE(flow.failedCount(), 0);
        QCOMPARE(flow.items().at(1).state, RevokeKeysFlow::State::Revoked);
        QVERIFY(!flow.items().at(1).error); // no attempt to delete the account's own secret
        QVERIFY(!m_fixture->sandbox().hasKey(rootId));
        QCOMPARE(storedSecretError(other.key), Error::Code::NotFound);
        // Never the account's own secret, even when asked to delete secrets.
        QCOMPARE(storedSecretError(rootId), Error::Code::None);
        QVERIFY(m_accounts->account(accountName));
        QCOMPARE(finishedSpy.count(), 1);
    }

    void pollFailureAfterAnAcceptedDeleteIsReconciled()
    {
        const AccessKey key = createKey(u"poll-fails"_s, true);
        QVERIFY(openSession());
        // Exoscale accepts the DELETE and revokes the key, but every poll fails.
        m_fixture->sandbox().addFault(SandboxFault::parse(u"503@/v2/operation/"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        const StateRecorder states(m_flow, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 15000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        // Before: "could not be revoked" although the server had revoked it.
        QCOMPARE(item.state, RevokeKeysFlow::State::Revoked);
        QVERIFY2(!item.error, qPrintable(item.error.message()));
        QVERIFY(states.contains(RevokeKeysFlow::State::Checking));
        QCOMPARE(m_flow->failedCount(), 0);
        // The key list was read after the failed polls: that is what decided.
        const auto requests = m_fixture->sandbox().requests();
        QVERIFY(requests.last().method == "GET" && requests.last().target == "/v2/access-key");
        QCOMPARE(failedPolls(), SandboxFixture::fastOptions().poll.maxConsecutiveErrors);
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

    void unreadableListLeavesTheKeyUnknown()
    {
        const AccessKey key = createKey(u"in-the-dark"_s, true);
        QVERIFY(openSession());
        m_fixture->sandbox().addFault(SandboxFault::parse(u"503@/v2/operation/"_s).value());
        m_fixture->sandbox().addFault(SandboxFault::parse(u"500@GET/v2/access-key"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 15000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Unknown);
        QVERIFY2(item.error.message().contains(u"accepted the revocation"),
            qPrintable(item.error.message()));
        QVERIFY(item.error.message().contains(u"could not read the key list"));
        QVERIFY(item.error.message().contains(u"HTTP 500"));
        QCOMPARE(m_flow->unknownCount(), 1);
        QCOMPARE(m_flow->failedCount(), 0);
        // Not known to be gone: the row and the secret stay.
        QVERIFY(hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::None);

        QVERIFY(dialog->isVisible());
        const QString status = list()->topLevelItem(0)->text(RevokeDialog::StatusColumn);
        QVERIFY2(
            status.startsWith(u"Unknown: Exoscale accepted the revocation"), qPrintable(status));
        QVERIFY(label(u"revokeStatus"_s).contains(u"1 key(s) in an unknown state"));
        QVERIFY(label(u"revokeStatus"_s).contains(key.key));
        KEYPORT_FIND(revokeRetryButton, QPushButton, dialog, u"revokeRetryButton"_s);
        QVERIFY(revokeRetryButton->isVisible());
        KEYPORT_FIND(revokeCloseButton, QPushButton, dialog, u"revokeCloseButton"_s);
        QVERIFY(revokeCloseButton->isVisible());
        QVERIFY(!revokeButton()->isVisible());
        QVERIFY(!cancelButton()->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void pollingThatGivesUpIsUnknown()
    {
        const AccessKey key = createKey(u"slow"_s, false);
        ClientOptions options = SandboxFixture::fastOptions();
        options.poll.maxWait = 300ms;
        QVERIFY(openSession(options));
        m_fixture->sandbox().setRevokeDelay(5s);

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 10000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        // Accepted, still listed after the check: not finished, so neither revoked nor not.
        QCOMPARE(item.state, RevokeKeysFlow::State::Unknown);
        QCOMPARE(item.error.code(), Error::Code::Timeout);
        QVERIFY2(item.error.message().contains(u"still in the key list"),
            qPrintable(item.error.message()));
        QVERIFY(hasSessionKey(key.key));
        QVERIFY(dialog->isVisible());
        QVERIFY(list()
                    ->topLevelItem(0)
                    ->text(RevokeDialog::StatusColumn)
                    .startsWith(u"Unknown: Exoscale has not finished"));
    }

    void refusedDeleteIsNotRevoked()
    {
        const AccessKey key = createKey(u"server-down"_s, true);
        QVERIFY(openSession());
        // Permanent: the client retries a DELETE of a key by itself.
        m_fixture->sandbox().addFault(SandboxFault::parse(u"503@/v2/access-key/"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 15000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Failed);
        QCOMPARE(item.error.code(), Error::Code::ServerError);
        QCOMPARE(item.error.httpStatus(), 503);
        QVERIFY(!item.error.message().contains(u"accepted")); // nothing was accepted
        QCOMPARE(deleteTargets().size(), 1 + SandboxFixture::fastOptions().retry.maxRetries);
        QVERIFY(m_fixture->sandbox().hasKey(key.key));
        QVERIFY(hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::None);

        QVERIFY(dialog->isVisible());
        const QString status = list()->topLevelItem(0)->text(RevokeDialog::StatusColumn);
        QCOMPARE(status, QString(u"Not revoked: "_s + item.error.message()));
        QVERIFY(label(u"revokeStatus"_s).contains(u"1 key(s) not revoked"));
        QVERIFY2(status.contains(u"503"), qPrintable(status));
        QVERIFY(label(u"revokeStatus"_s).contains(item.error.message()));
        KEYPORT_FIND(revokeCloseButton, QPushButton, dialog, u"revokeCloseButton"_s);
        QVERIFY(revokeCloseButton->isVisible());
        QTest::mouseClick(revokeCloseButton, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }

    void failedKeysCanBeRetried()
    {
        const AccessKey fine = createKey(u"fine"_s, false);
        const AccessKey unlucky = createKey(u"unlucky"_s, false);
        QVERIFY(openSession());
        // Only the second key's DELETE fails, until the fault is lifted.
        m_fixture->sandbox().addFault(
            SandboxFault::parse(u"503@/v2/access-key/"_s + unlucky.key).value());
        RevokeDialog *dialog = openDialog({sessionKey(fine.key), sessionKey(unlucky.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow && m_flow->isFinished(), 15000);
        QVERIFY(!m_fixture->sandbox().hasKey(fine.key));
        QVERIFY(m_fixture->sandbox().hasKey(unlucky.key));
        KEYPORT_FIND(retry, QPushButton, dialog, u"revokeRetryButton"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isDefault());

        m_fixture->sandbox().clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        // Only the failed key goes round again; the dialog closes once it is gone.
        QCOMPARE(dialog->keys().size(), 1);
        QCOMPARE(dialog->keys().constFirst().key, unlucky.key);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->sandbox().hasKey(unlucky.key), 15000);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(!hasSessionKey(unlucky.key));
    }

    void keyAlreadyGone()
    {
        const AccessKey key = createKey(u"gone-before"_s, true);
        QVERIFY(openSession());
        // Revoked elsewhere meanwhile: the session's list still shows it.
        auto elsewhere = finished(m_fixture->client().revokeAccessKey(key.key));
        QVERIFY(elsewhere);
        QVERIFY(!elsewhere->error());
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(hasSessionKey(key.key));
        AccessKey madeUp;
        madeUp.name = u"never-existed"_s;
        madeUp.key = u"EXO0123456789abcdef01234567"_s;
        madeUp.type = AccessKey::Type::Restricted;
        QVERIFY(AccessKey::isValidKeyId(madeUp.key));

        RevokeDialog *dialog = openDialog({sessionKey(key.key), madeUp});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::AlreadyGone);
        QCOMPARE(m_flow->items().at(1).state, RevokeKeysFlow::State::AlreadyGone);
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn), u"Already gone"_s);
        QVERIFY(!hasSessionKey(key.key));
        // Its secret is useless now: deleted as asked.
        QVERIFY(!m_accounts->storedKeySecrets(accountName).contains(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
    }

    void secretThatCannotBeDeletedIsReported()
    {
        const AccessKey key = createKey(u"kept-secret"_s, true);
        QVERIFY(openSession());
        m_accounts->setSecretStore(nullptr); // the keychain went away after the session opened

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QVERIFY(dialog->deleteStoredSecrets());
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 15000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Revoked); // revoked all the same
        // Not deleted, and not forgotten: the entry waits for the keychain to come back.
        QCOMPARE(item.error.code(), Error::Code::KeychainDeferred);
        QCOMPARE(m_accounts->pendingDeletions(),
            QStringList{m_accounts->entryName(accountName, key.key)});
        QVERIFY2(
            item.error.message().contains(u"was not deleted"), qPrintable(item.error.message()));
        QCOMPARE(m_flow->failedCount(), 0);
        QCOMPARE(m_flow->problemCount(), 1);
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        // Not a silent success: the dialog stays open and says so.
        QVERIFY(dialog->isVisible());
        QVERIFY(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn).startsWith(u"Revoked. "));
        QVERIFY(label(u"revokeStatus"_s).contains(u"not every stored secret could be deleted"));
    }

    void closingWhileRunningStopsWaiting()
    {
        // Before: Cancel was disabled, and Esc and the close button were ignored until the end.
        const AccessKey key = createKey(u"long-running"_s, true);
        QVERIFY(openSession());
        m_fixture->sandbox().setRevokeDelay(1500ms);

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QSignalSpy rejected(dialog, &QDialog::rejected);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_COMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Revoking);
        QTRY_VERIFY(polls() >= 1); // the DELETE was accepted: its Operation is being polled
        QVERIFY(dialog->isRunning());
        QVERIFY(cancelButton()->isEnabled());
        QVERIFY(!deleteSecretsBox()->isEnabled());
        QVERIFY(!revokeButton()->isEnabled());
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn), u"Revoking…"_s);

        // The window's close button stops the wait; the dialog stays to say what happened.
        QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        QVERIFY(m_flow->wasCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 2000);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(rejected.count(), 0);
        // Accepted by Exoscale and still pending: listed, so not known to be revoked yet.
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Unknown);
        QVERIFY2(item.error.message().startsWith(u"You stopped the revocation"),
            qPrintable(item.error.message()));
        QVERIFY(item.error.message().contains(u"has not finished"));
        QVERIFY(hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::None);
        QVERIFY(label(u"revokeStatus"_s).contains(u"You stopped the revocation."));

        // It does finish on the server; trying again then finds nothing left to revoke.
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->sandbox().hasKey(key.key), 5000);
        KEYPORT_FIND(retry, QPushButton, dialog, u"revokeRetryButton"_s);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::AlreadyGone);
        QVERIFY(!hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
    }

    void hangingDeleteStopsOnRequest_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Cancel") << u"cancel"_s;
        QTest::newRow("Esc") << u"escape"_s;
        QTest::newRow("close button") << u"close"_s;
    }

    void hangingDeleteStopsOnRequest()
    {
        QFETCH(QString, how);
        // RevokeKeysFlow::maxParallel keys hang, the next one is never started.
        const AccessKey first = createKey(u"hangs"_s, true);
        AccessKeys hanging;
        for (int i = 2; i <= RevokeKeysFlow::maxParallel; ++i)
            hanging.append(createKey(u"hangs-%1"_s.arg(i), false));
        const AccessKey second = createKey(u"never-started"_s, false);
        const int last = RevokeKeysFlow::maxParallel;
        // A long client timeout: only stopping can end the wait quickly.
        ClientOptions options = SandboxFixture::fastOptions();
        options.timeout = 20s;
        QVERIFY(openSession(options));
        m_fixture->sandbox().addFault(SandboxFault::parse(u"hang@DELETE/v2/access-key/"_s).value());

        AccessKeys keys = {sessionKey(first.key)};
        for (const AccessKey &key : std::as_const(hanging))
            keys.append(sessionKey(key.key));
        keys.append(sessionKey(second.key));
        RevokeDialog *dialog = openDialog(keys);
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        const StateRecorder states(m_flow, 0);
        QTRY_COMPARE(deleteTargets().size(), RevokeKeysFlow::maxParallel);
        QVERIFY(dialog->isRunning());
        QVERIFY(cancelButton()->isEnabled());

        const Ticker ticker;
        QElapsedTimer stopping;
        stopping.start();
        if (how == u"cancel")
            QTest::mouseClick(cancelButton(), Qt::LeftButton);
        else if (how == u"escape")
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 3000);
        QVERIFY2(stopping.elapsed() < 3000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY2(ticker.longestGap() < 100, qPrintable(QString::number(ticker.longestGap())));

        // The first keys' DELETEs were sent: unknown, then looked for in the key list, where
        // they still are. The last was never sent.
        QVERIFY(states.contains(RevokeKeysFlow::State::Checking));
        QList<QByteArray> sent;
        for (int index = 0; index < last; ++index) {
            const RevokeKeysFlow::Item hung = m_flow->items().at(index);
            QCOMPARE(hung.state, RevokeKeysFlow::State::Failed);
            QVERIFY2(hung.error.message().contains(u"still in the key list"),
                qPrintable(hung.error.message()));
            sent.append("/v2/access-key/" + hung.key.key.toLatin1());
        }
        QCOMPARE(m_flow->items().at(last).state, RevokeKeysFlow::State::Skipped);
        QList<QByteArray> targets = deleteTargets();
        std::sort(sent.begin(), sent.end());
        std::sort(targets.begin(), targets.end());
        QCOMPARE(targets, sent);
        bool listedAfterwards = false;
        for (const auto &request : m_fixture->sandbox().requests())
            listedAfterwards |= request.method == "GET" && request.target == "/v2/access-key";
        QVERIFY(listedAfterwards);
        QVERIFY(m_fixture->sandbox().hasKey(first.key));
        QVERIFY(m_fixture->sandbox().hasKey(second.key));
        QVERIFY(hasSessionKey(first.key));
        QVERIFY(hasSessionKey(second.key));
        QCOMPARE(storedSecretError(first.key), Error::Code::None);

        // What the dialog says, key by key, and the way out.
        QVERIFY(list()
                    ->topLevelItem(0)
                    ->text(RevokeDialog::StatusColumn)
                    .startsWith(u"Not revoked: You stopped the revocation"));
        QVERIFY(list()
                    ->topLevelItem(last)
                    ->text(RevokeDialog::StatusColumn)
                    .startsWith(u"Not revoked: The revocation was stopped before this key's turn"));
        QVERIFY(label(u"revokeStatus"_s).contains(u"You stopped the revocation."));
        QVERIFY(label(u"revokeStatus"_s).contains(u"%1 key(s) not revoked"_s.arg(last + 1)));
        KEYPORT_FIND(revokeCloseButton, QPushButton, dialog, u"revokeCloseButton"_s);
        QVERIFY(revokeCloseButton->isVisible());
        KEYPORT_FIND(retry, QPushButton, dialog, u"revokeRetryButton"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isDefault());

        // Retry Failed Keys still works, for all of them.
        m_fixture->sandbox().clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(dialog->keys().size(), last + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_fixture->sandbox().hasKey(first.key));
        QVERIFY(!m_fixture->sandbox().hasKey(second.key));
        QVERIFY(!hasSessionKey(first.key));
        QVERIFY(!hasSessionKey(second.key));
        for (const AccessKey &key : std::as_const(hanging))
            QVERIFY(!m_fixture->sandbox().hasKey(key.key));
    }

    void dialogNamesTheAccountAndReturnDoesNotRevoke()
    {
        const AccessKey key = createKey(u"return-proof"_s, false);
        QVERIFY(openSession());
        // Refused: the dialog stays open afterwards, to show its last buttons.
        m_fixture->sandbox().addFault(SandboxFault::parse(u"403@DELETE/v2/access-key/"_s).value());
        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        const QString endpoint = m_session->account().endpoint().value().displayName();
        QVERIFY(!endpoint.isEmpty());
        QCOMPARE(label(u"revokeAccount"_s), u"Account %1 · %2"_s.arg(accountName, endpoint));
        KEYPORT_FIND(revokeAccount, QLabel, dialog, u"revokeAccount"_s);
        QVERIFY(revokeAccount->isVisible());

        // Before: Cancel and Revoke Key; no default button, so Return does not revoke.
        QVERIFY(cancelButton()->isVisible());
        QVERIFY(revokeButton()->isVisible());
        QVERIFY(!closeButton()->isVisible());
        QVERIFY(!revokeButton()->isDefault());
        QSignalSpy requested(dialog, &RevokeDialog::revokeRequested);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        list()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list());
        QTest::keyClick(list(), Qt::Key_Return);
        QTest::keyClick(list(), Qt::Key_Enter);
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isRunning());
        QVERIFY(deleteTargets().isEmpty());

        // With the focus on Revoke Key, Return revokes.
        revokeButton()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), revokeButton());
        QTest::keyClick(revokeButton(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QVERIFY(m_flow);
        // While it runs: Cancel (which stops it) only.
        QVERIFY(dialog->isRunning());
        QVERIFY(cancelButton()->isVisible());
        QVERIFY(!revokeButton()->isVisible());
        QVERIFY(!closeButton()->isVisible());

        // Afterwards: Close, never with Cancel.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Failed);
        QVERIFY(dialog->isVisible());
        QVERIFY(closeButton()->isVisible());
        QVERIFY(!cancelButton()->isVisible());
        QVERIFY(!revokeButton()->isVisible());
        QVERIFY(m_fixture->sandbox().hasKey(key.key));
    }

    void returnInTheConfirmationFieldDoesNotRevoke()
    {
        const QString rootId = m_fixture->sandbox().rootKeyId();
        QVERIFY(openSession());
        const AccessKey root = sessionKey(rootId);
        RevokeDialog *dialog = openDialog({root});
        QVERIFY(dialog);
        QSignalSpy requested(dialog, &RevokeDialog::revokeRequested);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        confirmField()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), confirmField());
        QTest::keyClicks(confirmField(), root.name.isEmpty() ? rootId : root.name);
        QVERIFY(revokeButton()->isEnabled());
        QTest::keyClick(confirmField(), Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(m_fixture->sandbox().hasKey(rootId));
    }

    void manyKeysAreRevokedAFewAtATimeTheSigningKeyLastAndAlone()
    {
        using State = RevokeKeysFlow::State;
        const QString rootId = m_fixture->sandbox().rootKeyId();
        AccessKeys created;
        for (int i = 1; i <= 11; ++i)
            created.append(createKey(u"batch-%1"_s.arg(i, 2, 10, QChar(u'0')), false));
        QVERIFY(openSession());
        // Every answer takes 300 ms: revocations overlap only if they run in parallel.
        m_fixture->sandbox().setLatency(300ms);

        // Not in the key list's order; the signing key among them goes last in the dialog.
        AccessKeys keys;
        for (auto it = created.crbegin(); it != created.crend(); ++it)
            keys.append(sessionKey(it->key));
        const AccessKey root = sessionKey(rootId);
        keys.insert(3, root);
        RevokeDialog *dialog = openDialog(keys);
        QVERIFY(dialog);
        QCOMPARE(list()->topLevelItemCount(), 12);
        QCOMPARE(list()->topLevelItem(11)->text(RevokeDialog::KeyColumn), rootId);
        QTest::keyClicks(confirmField(), root.name.isEmpty() ? rootId : root.name);
        QVERIFY(revokeButton()->isEnabled());
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        RevokeKeysFlow *flow = m_flow;
        QCOMPARE(flow->items().size(), 12);
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(flow->items().at(row).key.key,
                list()->topLevelItem(row)->text(RevokeDialog::KeyColumn));
        }

        QList<int> started;
        QSet<int> done;
        int maxRunning = 0;
        int maxInFlightAtServer = 0;
        bool signerAlone = false;
        bool othersGoneBeforeSigner = false;
        QObject context;
        connect(flow, &RevokeKeysFlow::itemChanged, &context, [&](int index) {
            const auto &items = flow->items();
            int running = 0;
            for (const auto &item : items)
                running += item.state == State::Revoking || item.state == State::Checking;
            maxRunning = std::max(maxRunning, running);
            const State state = items.at(index).state;
            if (state == State::Revoking) {
                started.append(index);
                if (items.at(index).key.key == rootId) {
                    signerAlone = running == 1;
                    othersGoneBeforeSigner = true;
                    for (int other = 0; other < items.size(); ++other) {
                        if (other != index
                            && (!done.contains(other)
                                || m_fixture->sandbox().hasKey(items.at(other).key.key)))
                            othersGoneBeforeSigner = false;
                    }
                }
            } else if (state != State::Waiting && state != State::Checking) {
                done.insert(index);
            }
            // At the server: the DELETEs it received, less the keys the flow saw end.
            const int inFlight = int(deleteTargets().size()) - int(done.size());
            maxInFlightAtServer = std::max(maxInFlightAtServer, inFlight);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 60000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        // Started in the dialog's order, a few at a time, overlapping.
        QList<int> inOrder(12);
        std::iota(inOrder.begin(), inOrder.end(), 0);
        QCOMPARE(started, inOrder);
        QVERIFY2(
            maxRunning <= RevokeKeysFlow::maxParallel, qPrintable(QString::number(maxRunning)));
        QVERIFY2(maxRunning >= 2, qPrintable(QString::number(maxRunning)));
        QVERIFY2(maxInFlightAtServer <= RevokeKeysFlow::maxParallel,
            qPrintable(QString::number(maxInFlightAtServer)));
        QVERIFY2(maxInFlightAtServer >= 2, qPrintable(QString::number(maxInFlightAtServer)));
        // The signing key: alone, once every other key was gone at the server.
        QVERIFY(signerAlone);
        QVERIFY(othersGoneBeforeSigner);

        // The server received each DELETE once; none before its turn could come (a key starts
        // only when one of the maxParallel before it has ended), the signing key's last.
        const QList<QByteArray> targets = deleteTargets();
        QCOMPARE(targets.size(), 12);
        const QByteArray prefix = "/v2/access-key/";
        QCOMPARE(targets.last(), prefix + rootId.toLatin1());
        for (int position = 0; position < targets.size(); ++position) {
            const int index
                = flow->indexOf(QString::fromLatin1(targets.at(position).mid(prefix.size())));
            QVERIFY(index >= 0);
            QVERIFY2(index < position + RevokeKeysFlow::maxParallel,
                qPrintable(u"key %1 received at position %2"_s.arg(index).arg(position)));
        }
        for (const AccessKey &key : std::as_const(keys))
            QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QCOMPARE(flow->revokedCount(), 12);
    }

    void hangingPollStopsOnCancel()
    {
        const AccessKey key = createKey(u"poll-hangs"_s, true);
        ClientOptions options = SandboxFixture::fastOptions();
        options.timeout = 20s;
        QVERIFY(openSession(options));
        m_fixture->sandbox().addFault(SandboxFault::parse(u"hang@/v2/operation/"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_VERIFY(polls() >= 1);
        const Ticker ticker;
        QElapsedTimer stopping;
        stopping.start();
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 3000);
        QVERIFY2(stopping.elapsed() < 3000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY2(ticker.longestGap() < 100, qPrintable(QString::number(ticker.longestGap())));
        QCOMPARE(polls(), 1); // the poll in flight was aborted, none followed

        // Exoscale had accepted and finished it: the key list says so.
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Revoked);
        QVERIFY(!item.error);
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
        // Stopped: the dialog stays open to say so, with nothing to retry.
        QVERIFY(dialog->isVisible());
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn), u"Revoked"_s);
        QVERIFY(label(u"revokeStatus"_s).contains(u"You stopped the revocation."));
        QVERIFY(label(u"revokeStatus"_s).contains(u"1 key(s) revoked."));
        KEYPORT_FIND(revokeRetryButton, QPushButton, dialog, u"revokeRetryButton"_s);
        QVERIFY(!revokeRetryButton->isVisible());
        KEYPORT_FIND(close, QPushButton, dialog, u"revokeCloseButton"_s);
        QVERIFY(close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }

    void secondCancelStopsTheCheck()
    {
        const AccessKey key = createKey(u"no-way-to-know"_s, false);
        ClientOptions options = SandboxFixture::fastOptions();
        options.timeout = 20s;
        QVERIFY(openSession(options));
        m_fixture->sandbox().addFault(SandboxFault::parse(u"hang@DELETE/v2/access-key/"_s).value());
        m_fixture->sandbox().addFault(SandboxFault::parse(u"hang@GET/v2/access-key"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        QTRY_COMPARE(deleteTargets().size(), 1);
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Checking);
        QVERIFY(dialog->isRunning());
        QVERIFY(cancelButton()->isEnabled());
        QCOMPARE(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn),
            u"Unknown: checking the key list…"_s);
        QTRY_VERIFY(m_fixture->sandbox().requests().last().target == "/v2/access-key");

        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 1000);
        const RevokeKeysFlow::Item item = m_flow->items().at(0);
        QCOMPARE(item.state, RevokeKeysFlow::State::Unknown);
        QVERIFY2(item.error.message().contains(u"stopped before it could check"),
            qPrintable(item.error.message()));
        QVERIFY(hasSessionKey(key.key));
        QVERIFY(dialog->isVisible());
        QVERIFY(list()->topLevelItem(0)->text(RevokeDialog::StatusColumn).startsWith(u"Unknown: "));
        QVERIFY(label(u"revokeStatus"_s).contains(u"1 key(s) in an unknown state"));
    }

    void malformedAnswerToTheDeleteIsReconciled()
    {
        const AccessKey key = createKey(u"garbled"_s, true);
        QVERIFY(openSession());
        // Exoscale revokes the key, but its answer cannot be read.
        m_fixture->sandbox().addFault(
            SandboxFault::parse(u"malformed@DELETE/v2/access-key/*1"_s).value());

        RevokeDialog *dialog = openDialog({sessionKey(key.key)});
        QVERIFY(dialog);
        QTest::mouseClick(revokeButton(), Qt::LeftButton);
        QVERIFY(m_flow);
        const StateRecorder states(m_flow, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->isFinished(), 10000);
        // Before: "could not be revoked" although it was.
        QCOMPARE(m_flow->items().at(0).state, RevokeKeysFlow::State::Revoked);
        QVERIFY(!m_flow->items().at(0).error);
        QVERIFY(states.contains(RevokeKeysFlow::State::Checking));
        QCOMPARE(deleteTargets().size(), 1); // sent once, not retried
        QCOMPARE(polls(), 0); // no Operation id to poll
        QVERIFY(!m_fixture->sandbox().hasKey(key.key));
        QVERIFY(!hasSessionKey(key.key));
        QCOMPARE(storedSecretError(key.key), Error::Code::NotFound);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

private:
    static bool finishedOk(Job *job)
    {
        auto done = finished(job);
        return done && !done->error();
    }

    /// A key created in the sandbox, its secret stored by Keyport when @p storeSecret.
    AccessKey createKey(const QString &name, bool storeSecret)
    {
        KeyDraft draft;
        draft.name = name;
        draft.tags = {u"dns"_s};
        auto created = m_fixture->sandbox().createKey(draft);
        if (!created)
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(created.error().message()));
        if (storeSecret
            && !finishedOk(m_accounts->storeKeySecret(
                accountName, created.value().key.key, created.value().secret))) {
            qFatal("cannot store the secret of %s", qPrintable(name));
        }
        return created.value().key;
    }

    bool openSession(const ClientOptions &options = SandboxFixture::fastOptions())
    {
        m_session = std::make_unique<AccountSession>(
            &m_fixture->network(), m_accounts.get(), *m_accounts->account(accountName));
        m_session->setClientOptions(options);
        m_session->open();
        return QTest::qWaitFor(
            [this] { return m_session->hasKeys() && !m_session->isLoading(); }, 10000);
    }

    bool hasSessionKey(const QString &keyId) const
    {
        return std::any_of(m_session->keys().cbegin(), m_session->keys().cend(),
            [&keyId](const AccessKey &key) { return key.key == keyId; });
    }

    AccessKey sessionKey(const QString &keyId) const
    {
        for (const AccessKey &key : m_session->keys()) {
            if (key.key == keyId)
                return key;
        }
        qFatal("no key %s in the session", qPrintable(keyId));
    }

    /// Opens the dialog wired as the main window does: Revoke starts a flow owned by the dialog.
    RevokeDialog *openDialog(const AccessKeys &keys)
    {
        m_flow = nullptr;
        m_dialog = std::make_unique<RevokeDialog>(
            m_session->account(), keys, m_accounts->storedKeySecrets(accountName));
        RevokeDialog *dialog = m_dialog.get();
        connect(dialog, &RevokeDialog::revokeRequested, dialog, [this, dialog] {
            auto *flow = new RevokeKeysFlow(m_session.get(), m_accounts.get(), dialog->keys(),
                dialog->deleteStoredSecrets(), dialog);
            m_flow = flow;
            dialog->attachFlow(flow);
            flow->start();
        });
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog))
            qFatal("the dialog was not shown");
        // The helpers below (list(), revokeButton(), ...) return these: a missing one fails the
        // test here (openDialog() returns null, callers check) instead of crashing the run later.
        for (const QString &name : {u"revokeList"_s, u"revokeButton"_s, u"revokeCloseButton"_s,
                 u"revokeCancelButton"_s, u"revokeDeleteSecrets"_s, u"revokeConfirmName"_s}) {
            if (!dialog->findChild<QWidget *>(name)) {
                QTest::qFail(qPrintable(u"the dialog has no "_s + name), __FILE__, __LINE__);
                return nullptr;
            }
        }
        return dialog;
    }

    Error::Code storedSecretError(const QString &keyId)
    {
        auto read = finished(m_secrets->read(SecretStore::entryName(accountName, keyId)));
        if (!read)
            qFatal("reading a secret did not finish");
        return read->error().code();
    }

    QList<QByteArray> deleteTargets() const
    {
        QList<QByteArray> targets;
        for (const auto &request : m_fixture->sandbox().requests()) {
            if (request.method == "DELETE")
                targets.append(request.target);
        }
        return targets;
    }

    int polls() const
    {
        int count = 0;
        for (const auto &request : m_fixture->sandbox().requests())
            count += request.method == "GET" && request.target.startsWith("/v2/operation/");
        return count;
    }

    int failedPolls() const
    {
        int count = 0;
        for (const auto &request : m_fixture->sandbox().requests()) {
            count += request.method == "GET" && request.target.startsWith("/v2/operation/")
                && request.status >= 500;
        }
        return count;
    }

    QPushButton *closeButton() const
    {
        return m_dialog->findChild<QPushButton *>(u"revokeCloseButton"_s);
    }

    QPushButton *cancelButton() const
    {
        return m_dialog->findChild<QPushButton *>(u"revokeCancelButton"_s);
    }

    int refusedPolls() const
    {
        int count = 0;
        for (const auto &request : m_fixture->sandbox().requests()) {
            if (request.method == "GET" && request.target.startsWith("/v2/operation/")
                && request.status == 403)
                ++count;
        }
        return count;
    }

    QTreeWidget *list() const { return m_dialog->findChild<QTreeWidget *>(u"revokeList"_s); }
    QPushButton *revokeButton() const
    {
        return m_dialog->findChild<QPushButton *>(u"revokeButton"_s);
    }
    QCheckBox *deleteSecretsBox() const
    {
        return m_dialog->findChild<QCheckBox *>(u"revokeDeleteSecrets"_s);
    }
    QLineEdit *confirmField() const
    {
        return m_dialog->findChild<QLineEdit *>(u"revokeConfirmName"_s);
    }
    QString label(const QString &objectName) const
    {
        auto *found = m_dialog->findChild<QLabel *>(objectName);
        return found ? found->text() : u"<no label %1>"_s.arg(objectName);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<RevokeDialog> m_dialog;
    QPointer<RevokeKeysFlow> m_flow;
};

QTEST_MAIN(TestRevoke)
#include "tst_revoke.moc"
