// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix of issue 8 ("Trust"), through the real main window, offscreen, against the
// in-process sandbox: six endpoints (the key list, the known and the own operations, create,
// revoke's DELETE and its polling) times five faults (503, 429 with Retry-After, malformed JSON,
// a dropped connection, a hang). Every row checks that the UI thread keeps answering, that no
// unexpected Qt warning appears, that the person is told the right thing in plain words, that a
// create is sent once, and that no key is lost from sight.
#include "SandboxFixture.h"
#include "WindowHarness.h"
#include "WizardDriver.h"

#include "dialogs/RevokeDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "services/AccountSession.h"
#include "services/RevokeKeysFlow.h"
#include "widgets/ErrorBanner.h"
#include "wizard/KeyWizard.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString accountName = u"sandbox"_s;

/// How long the calling thread has run on a CPU, and how long it has been runnable but waiting
/// for one, in ms (Linux's /proc/thread-self/schedstat); zeros when the kernel does not say.
std::pair<qint64, qint64> schedulerTimesMs()
{
    QFile file(u"/proc/thread-self/schedstat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() < 2)
        return {0, 0};
    return {fields.at(0).toLongLong() / 1000000, fields.at(1).toLongLong() / 1000000};
}

qint64 runQueueWaitMs()
{
    return schedulerTimesMs().second;
}

/// Ticks every 20 ms on the UI thread and keeps the longest gap between two ticks (or since the
/// last one): a blocked event loop shows as a long gap. The machines running the tests are
/// shared: the part of a gap the UI thread spent ready to run but waiting for a CPU is not the
/// event loop being blocked, and is left out (blocking in a call, busy work or sleeping all
/// still count).
class UiThreadProbe
{
public:
    UiThreadProbe()
    {
        m_clock.start();
        m_lastWait = runQueueWaitMs();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start(20);
    }
    /// The longest gap, without the time spent waiting for a CPU, in ms.
    qint64 longestGap() const { return std::max(m_longest, gapSinceLastTick().first); }
    QString report() const
    {
        return u"longest gap %1 ms (wall clock %2 ms; the rest was spent waiting for a CPU; "
               u"the UI thread ran %3 ms in that gap)"_s.arg(longestGap())
                   .arg(std::max(m_longestWall, gapSinceLastTick().second))
                   .arg(m_cpuInLongest);
    }

private:
    /// Since the last tick: the gap without the wait for a CPU, and the wall-clock gap.
    std::pair<qint64, qint64> gapSinceLastTick() const
    {
        const qint64 wall = m_clock.elapsed() - m_last;
        return {wall - (runQueueWaitMs() - m_lastWait), wall};
    }
    void tick()
    {
        const auto [gap, wall] = gapSinceLastTick();
        const qint64 cpu = schedulerTimesMs().first;
        if (gap > m_longest) {
            m_longest = gap;
            m_cpuInLongest = cpu - m_lastCpu;
        }
        m_longestWall = std::max(m_longestWall, wall);
        m_last = m_clock.elapsed();
        m_lastWait = runQueueWaitMs();
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_longest = 0;
    qint64 m_longestWall = 0;
    qint64 m_lastCpu = schedulerTimesMs().first;
    qint64 m_cpuInLongest = 0;
};

QtMessageHandler previousHandler = nullptr;

/// Puts the logging category in front of the message, so that QTest::failOnWarning can tell
/// Keyport's own logging (keyport.*) from Qt's warnings.
void prefixCategory(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool named = context.category && qstrcmp(context.category, "default") != 0;
    previousHandler(
        type, context, named ? QString::fromLatin1(context.category) + u": "_s + message : message);
}

QStringList keyIds(const AccessKeys &keys)
{
    QStringList ids;
    for (const AccessKey &key : keys)
        ids.append(key.key);
    ids.sort();
    return ids;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(prefixCategory); }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        // Any warning but Keyport's own logging, and the offscreen plugin's note that it cannot
        // size windows, fails the row.
        QTest::failOnWarning(QRegularExpression(u"^(?!keyport\\.)(?!.*propagateSizeHints)"_s));
        WindowHarness::Options options;
        options.clientOptions = rowOptions();
        m_harness = std::make_unique<WindowHarness>(options);
        QVERIFY(m_harness->addAccount(accountName));
    }

    void cleanup()
    {
        m_window = nullptr;
        m_harness.reset();
    }

    void faults_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("spec");
        // For a list: what the banner says after the list's name; for create: what the wizard
        // says; for a revocation: what the dialog's status column says of the key.
        QTest::addColumn<QStringList>("expected");
        // Create: "refused", "not created" or "orphaned"; revocation: "revoked", "not revoked"
        // or "unknown"; lists: empty.
        QTest::addColumn<QString>("outcome");

        const QString rateLimited = u"Exoscale is limiting the rate of requests"_s;
        const QString serverError = u"Exoscale had a problem on its side (HTTP 503)"_s;
        const QString unreadable = u"The server sent an answer Keyport cannot understand"_s;
        const QString dropped = u"The API server closed the connection without answering"_s;
        const QString notAnswered = u"has not answered yet"_s;

        // The lists: a refresh (F5) for the key list, Reload Catalog for the known and the own
        // operations (F5 does not ask for them again: issue 12), with the fault on that exact
        // path. 429:3 asks for a wait longer than the client's maxRetryAfter (2 s): the window
        // is told, not the client.
        const QList<std::pair<QString, QString>> lists{{u"list"_s, u"/v2/access-key"_s},
            {u"known"_s, u"/v2/access-key-known-operations"_s},
            {u"own"_s, u"/v2/access-key-operations"_s}};
        for (const auto &list : lists) {
            const QString &endpoint = list.first;
            const QString &path = list.second;
            const auto row = [&endpoint](const char *fault) -> QTestData & {
                return QTest::addRow("%s: %s", qPrintable(endpoint), fault);
            };
            row("503") << endpoint << u"503@GET"_s + path << QStringList{serverError} << QString();
            row("429") << endpoint << u"429:3@GET"_s + path
                       << QStringList{rateLimited, u"try again in 3 second(s)"_s} << QString();
            row("malformed") << endpoint << u"malformed@GET"_s + path << QStringList{unreadable}
                             << QString();
            row("drop") << endpoint << u"drop@GET"_s + path << QStringList{dropped} << QString();
            row("hang") << endpoint << u"hang@GET"_s + path << QStringList{notAnswered}
                        << QString();
        }

        // Create: never retried, so each fault meets the one POST.
        const QString post = u"@POST/v2/access-key"_s;
        const QString nothing = u"nothing was created"_s;
        QTest::newRow("create: 503") << u"create"_s << u"503"_s + post
                                     << QStringList{serverError, nothing} << u"not created"_s;
        QTest::newRow("create: 429")
            << u"create"_s << u"429:1"_s + post
            << QStringList{u"The key was not created."_s, rateLimited} << u"refused"_s;
        // The sandbox creates the key, then garbles the answer that carries its secret.
        QTest::newRow("create: malformed")
            << u"create"_s << u"malformed"_s + post
            << QStringList{u"but its answer was lost"_s, u"Revoke this key"_s} << u"orphaned"_s;
        QTest::newRow("create: drop")
            << u"create"_s << u"drop"_s + post << QStringList{dropped, nothing} << u"not created"_s;
        QTest::newRow("create: hang")
            << u"create"_s << u"hang"_s + post
            << QStringList{u"did not answer within 1 second"_s, nothing} << u"not created"_s;

        // Revoke's DELETE. A 503 and a dropped connection are retried until they give up; a
        // 429 once, after its Retry-After; a garbled answer (the key was revoked) or a hang
        // (Cancel) is reconciled against the key list.
        const QString del = u"@DELETE/v2/access-key/"_s;
        QTest::newRow("delete: 503")
            << u"delete"_s << u"503"_s + del << QStringList{u"Not revoked: "_s + serverError}
            << u"not revoked"_s;
        QTest::newRow("delete: 429") << u"delete"_s << u"429:1"_s + del + u"*1"_s
                                     << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("delete: malformed")
            << u"delete"_s << u"malformed"_s + del << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("delete: drop")
            << u"delete"_s << u"drop"_s + del
            << QStringList{u"Not revoked: "_s, dropped, u"still in the key list"_s}
            << u"not revoked"_s;
        QTest::newRow("delete: hang")
            << u"delete"_s << u"hang"_s + del
            << QStringList{u"Not revoked: You stopped the revocation"_s, u"still in the key list"_s}
            << u"not revoked"_s;

        // Its polling: the DELETE was accepted, so a poll that fails is followed by a look at
        // the key list, which the sandbox has revoked the key from by then.
        const QString poll = u"@GET/v2/operation/"_s;
        QTest::newRow("poll: 503")
            << u"poll"_s << u"503"_s + poll << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("poll: 429") << u"poll"_s << u"429:1"_s + poll + u"*1"_s
                                   << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("poll: malformed")
            << u"poll"_s << u"malformed"_s + poll << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("poll: drop")
            << u"poll"_s << u"drop"_s + poll << QStringList{u"Revoked"_s} << u"revoked"_s;
        QTest::newRow("poll: hang")
            << u"poll"_s << u"hang"_s + poll << QStringList{u"Revoked"_s} << u"revoked"_s;
    }

    void faults()
    {
        QFETCH(QString, endpoint);
        if (endpoint == u"create")
            runCreate();
        else if (endpoint == u"delete" || endpoint == u"poll")
            runRevoke();
        else
            runRefresh();
    }

private:
    static ClientOptions rowOptions()
    {
        ClientOptions options = SandboxFixture::fastOptions();
        options.timeout = 1000ms;
        options.retry.budget = 3000ms;
        options.retry.maxRetryAfter = 2000ms;
        options.stillWaitingNotice = 250ms;
        return options;
    }

    void openWindow()
    {
        QVERIFY(m_harness->openWindow());
        m_window = m_harness->window();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->hasKeys(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isLoading(), 10000);
        QVERIFY(!m_window->session()->catalog().isEmpty());
        QVERIFY(m_window->session()->ownOperationsKnown());
        QCOMPARE(keyIds(m_window->session()->keys()), keyIds(m_harness->sandbox().keys()));
        // A slow first load may have shown the "not answered yet" notice: it goes with the load.
        QTRY_VERIFY(!banner()->isVisible());
    }

    /// The key list, the known or the own operations: F5 (Reload Catalog for the operations)
    /// with the fault on that list's path.
    void runRefresh()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, spec);
        QFETCH(QStringList, expected);
        openWindow();
        AccountSession *session = m_window->session();
        const QStringList keysBefore = keyIds(session->keys());
        const int rowsBefore = m_window->keyModel()->rowCount();
        const qsizetype catalogBefore = session->catalog().operationCount();
        const QString failed = endpoint == u"list" ? u"The key list could not be loaded: "_s
            : endpoint == u"known"
            ? u"The list of operations keys may be restricted to could not be loaded: "_s
            : u"The signing key's own rights could not be listed: "_s;
        KEYPORT_FIND(stale, QLabel, m_window, u"staleLabel"_s);
        KEYPORT_FIND(refresh, QAction, m_window, u"actionRefresh"_s);
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        KEYPORT_FIND(reloadCatalog, QAction, m_window, u"actionReloadCatalog"_s);

        const UiThreadProbe probe;
        m_harness->sandbox().clearRequests();
        m_harness->sandbox().addFault(SandboxFault::parse(spec).value());
        (endpoint == u"list" ? refresh : reloadCatalog)->trigger();
        QVERIFY(session->isLoading());

        if (spec.startsWith(u"hang")) {
            // The sandbox answers on this thread: under load, the notice may come before the
            // sandbox has read the request.
            QTRY_VERIFY_WITH_TIMEOUT(wasSent("GET", spec), 3000);
            QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 3000);
            QVERIFY2(banner()->message().contains(expected.constFirst()),
                qPrintable(banner()->message()));
            QVERIFY(session->isLoading());
            KEYPORT_FIND(cancel, QPushButton, m_window, u"errorBannerCancel"_s);
            QVERIFY(cancel->isVisible());
            QTest::mouseClick(cancel, Qt::LeftButton);
            QVERIFY(!session->isLoading());
            QVERIFY(!banner()->isVisible());
            if (endpoint == u"list") {
                QVERIFY(stale->isVisible());
                QVERIFY2(
                    stale->text().contains(u"loading was cancelled"), qPrintable(stale->text()));
            } else {
                QVERIFY(!stale->isVisible()); // the keys themselves are up to date
            }
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!session->isLoading(), 5000);
            QVERIFY(banner()->isVisible());
            const QString message = banner()->message();
            // The list by name, then why, in plain words.
            QVERIFY2(message.contains(failed + expected.constFirst()), qPrintable(message));
            for (const QString &part : expected)
                QVERIFY2(message.contains(part), qPrintable(message));
            QVERIFY2(!message.contains(u"Unknown error", Qt::CaseInsensitive), qPrintable(message));
            // Only the list that failed is named.
            QCOMPARE(message.count(u"could not be"_s), 1);
            KEYPORT_FIND(errorBannerRetry, QPushButton, m_window, u"errorBannerRetry"_s);
            QVERIFY(errorBannerRetry->isVisible());
            if (endpoint == u"list") {
                QVERIFY(stale->isVisible());
                QVERIFY2(
                    stale->text().contains(u"the last refresh failed"), qPrintable(stale->text()));
            } else {
                QVERIFY(!stale->isVisible()); // the keys themselves are up to date
            }
        }
        // The fault met the request it was meant for.
        QVERIFY(wasSent("GET", spec));

        // Nothing lost: the last good lists stay on screen.
        QCOMPARE(keyIds(session->keys()), keysBefore);
        QCOMPARE(m_window->keyModel()->rowCount(), rowsBefore);
        QCOMPARE(session->catalog().operationCount(), catalogBefore);
        if (endpoint == u"own" && !spec.startsWith(u"hang")) {
            // What the signing key may do is not claimed once its list could not be read.
            KEYPORT_FIND(signerStatus, QLabel, m_window, u"signerStatus"_s);
            const QString signer = signerStatus->text();
            QVERIFY2(signer.startsWith(u"Signing key: unknown (the list could not be loaded)"),
                qPrintable(signer));
        }
        QVERIFY2(probe.longestGap() < 100, qPrintable(probe.report()));
    }

    /// Create Key through the wizard, with the fault on the POST.
    void runCreate()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, expected);
        QFETCH(QString, outcome);
        openWindow();
        KEYPORT_FIND(newKey, QAction, m_window, u"actionNewKey"_s);
        QTRY_VERIFY(newKey->isEnabled());

        const UiThreadProbe probe;
        newKey->trigger();
        auto *wizard = m_window->findChild<KeyWizard *>();
        QVERIFY(wizard);
        const WizardDriver driver(wizard);
        const QString name = u"fault-matrix"_s;
        driver.type(u"keyName"_s, name);
        driver.click(u"kindUnrestricted"_s);
        QVERIFY(driver.next());
        QCOMPARE(wizard->currentId(), int(KeyWizard::ReviewPageId));

        m_harness->sandbox().clearRequests();
        m_harness->sandbox().addFault(SandboxFault::parse(spec).value());
        QVERIFY(driver.commit());
        KEYPORT_FIND(back, QWidget, driver.wizard(), u"creatingBack"_s);
        QTRY_VERIFY_WITH_TIMEOUT(back->isVisible(), 8000);
        QCOMPARE(wizard->currentId(), int(KeyWizard::CreatingPageId));
        const QString status = driver.text(u"creatingStatus"_s);
        for (const QString &part : expected)
            QVERIFY2(status.contains(part, Qt::CaseInsensitive), qPrintable(status));
        QVERIFY2(!status.contains(u"Unknown error", Qt::CaseInsensitive), qPrintable(status));

        // Exactly one create reached the server, and it met the fault.
        const auto requests = m_harness->sandbox().requests();
        QList<Sandbox::RecordedRequest> posts;
        std::copy_if(requests.cbegin(), requests.cend(), std::back_inserter(posts),
            [](const Sandbox::RecordedRequest &request) { return request.method == "POST"; });
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.constFirst().fault, spec);

        // What the server holds now, and what the person is told about it.
        const AccessKeys keys = m_harness->sandbox().keys();
        const auto created = std::find_if(
            keys.cbegin(), keys.cend(), [&name](const AccessKey &key) { return key.name == name; });
        KEYPORT_FIND(revokeOrphan, QWidget, driver.wizard(), u"revokeOrphan"_s);
        if (outcome == u"orphaned") {
            QVERIFY(created != keys.cend());
            QVERIFY2(status.contains(created->key), qPrintable(status));
            QVERIFY(revokeOrphan->isVisible());
        } else {
            QVERIFY(created == keys.cend());
            QVERIFY(!revokeOrphan->isVisible());
            if (outcome == u"not created") {
                // Nothing to edit: the same request may simply be sent again.
                KEYPORT_FIND(creatingBack, QAbstractButton, driver.wizard(), u"creatingBack"_s);
                QCOMPARE(creatingBack->text(), u"&Back to Review"_s);
            }
        }
        // No key lost from sight: the window lists exactly the server's keys.
        QCOMPARE(keyIds(m_window->session()->keys()), keyIds(keys));
        QCOMPARE(m_window->keyModel()->rowCount(), int(keys.size()));
        QVERIFY2(probe.longestGap() < 100, qPrintable(probe.report()));
    }

    /// Revoke one key through the window's revoke dialog, with the fault on the DELETE or on
    /// the polling of its Operation.
    void runRevoke()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, spec);
        QFETCH(QStringList, expected);
        QFETCH(QString, outcome);
        KeyDraft draft;
        draft.name = u"fault-matrix-victim"_s;
        draft.tags = {u"dns"_s};
        auto created = m_harness->sandbox().createKey(draft);
        QVERIFY(created);
        const QString keyId = created.value().key.key;
        openWindow();
        QVERIFY(m_window->selectKey(keyId));

        const UiThreadProbe probe;
        m_harness->sandbox().clearRequests();
        m_harness->sandbox().addFault(SandboxFault::parse(spec).value());
        KEYPORT_FIND(revoke, QAction, m_window, u"actionRevoke"_s);
        QVERIFY(revoke->isEnabled());
        revoke->trigger();
        QPointer<RevokeDialog> dialog = m_window->findChild<RevokeDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->keys().size(), 1);
        QCOMPARE(dialog->keys().constFirst().key, keyId);
        KEYPORT_FIND(revokeButton, QPushButton, dialog, u"revokeButton"_s);
        QTest::mouseClick(revokeButton, Qt::LeftButton);
        QPointer<RevokeKeysFlow> flow = dialog->findChild<RevokeKeysFlow *>();
        QVERIFY(flow);

        // What the flow and the dialog said when it ended (the dialog may close at once).
        bool done = false;
        RevokeKeysFlow::State state = RevokeKeysFlow::State::Waiting;
        QString shown;
        QObject context; // the connection ends with this function
        connect(flow.data(), &RevokeKeysFlow::finished, &context, [&, dialog, flow] {
            done = true;
            state = flow->items().constFirst().state;
            // No list (or no row): shown stays empty, and the comparison below fails.
            auto *list = dialog ? dialog->findChild<QTreeWidget *>(u"revokeList"_s) : nullptr;
            if (list && list->topLevelItem(0))
                shown = list->topLevelItem(0)->text(RevokeDialog::StatusColumn);
        });

        if (spec.startsWith(u"hang")) {
            // Wait for the hung request itself, then stop waiting.
            const QByteArray method = endpoint == u"delete" ? "DELETE" : "GET";
            QTRY_VERIFY_WITH_TIMEOUT(wasSent(method, spec), 3000);
            QVERIFY(!done);
            QVERIFY(dialog->isRunning());
            KEYPORT_FIND(revokeCancelButton, QPushButton, dialog, u"revokeCancelButton"_s);
            QTest::mouseClick(revokeCancelButton, Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        for (const QString &part : expected)
            QVERIFY2(shown.contains(part), qPrintable(shown));
        QVERIFY2(!shown.contains(u"Unknown error", Qt::CaseInsensitive), qPrintable(shown));
        // The fault met a request of this row's kind.
        QVERIFY(wasSent(endpoint == u"delete" ? "DELETE" : "GET", spec));

        // The outcome matches the server, and the window's list agrees with both.
        const bool gone = outcome == u"revoked";
        if (gone) {
            QCOMPARE(state, RevokeKeysFlow::State::Revoked);
            QVERIFY2(shown.startsWith(u"Revoked"), qPrintable(shown));
            if (spec.startsWith(u"hang")) {
                // Stopped by the person: the dialog stays to say what became of the key.
                QVERIFY(dialog && dialog->isVisible());
                KEYPORT_FIND(revokeRetryButton, QPushButton, dialog, u"revokeRetryButton"_s);
                QVERIFY(!revokeRetryButton->isVisible());
            } else {
                QTRY_VERIFY(!dialog); // all gone: the dialog closed itself
            }
        } else {
            QCOMPARE(state,
                outcome == u"unknown" ? RevokeKeysFlow::State::Unknown
                                      : RevokeKeysFlow::State::Failed);
            QVERIFY(dialog && dialog->isVisible()); // it stays to say so
            KEYPORT_FIND(revokeCloseButton, QPushButton, dialog, u"revokeCloseButton"_s);
            QVERIFY(revokeCloseButton->isVisible());
        }
        QCOMPARE(m_harness->sandbox().hasKey(keyId), !gone);
        QCOMPARE(m_window->keyModel()->rowOf(keyId) >= 0, !gone);
        QCOMPARE(keyIds(m_window->session()->keys()), keyIds(m_harness->sandbox().keys()));
        QVERIFY2(probe.longestGap() < 100, qPrintable(probe.report()));
    }

    /// Whether a @p method request reached the sandbox and met the fault @p spec.
    bool wasSent(const QByteArray &method, const QString &spec) const
    {
        const auto requests = m_harness->sandbox().requests();
        return std::any_of(
            requests.cbegin(), requests.cend(), [&](const Sandbox::RecordedRequest &request) {
                return request.method == method && request.fault == spec;
            });
    }

    ErrorBanner *banner() const { return m_window->findChild<ErrorBanner *>(u"errorBanner"_s); }

    std::unique_ptr<WindowHarness> m_harness;
    MainWindow *m_window = nullptr; // the harness's, once openWindow() has run
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
