// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, offscreen, against the sandbox: real widgets, real HTTP, real models.
#include "WindowHarness.h"
#include "WizardDriver.h"

#include "accounts/AccountStore.h"
#include "api/AsyncOperationJob.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/ImportAccountsDialog.h"
#include "iam/ApiKeysPage.h"
#include "iam/RolesPage.h"
#include "mainwindow/AccountsPane.h"
#include "mainwindow/AccountView.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "widgets/ErrorBanner.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// Ticks every 20 ms on the UI thread and keeps the longest gap between two ticks: a blocked
/// event loop shows as a long gap.
class UiThreadProbe
{
public:
    UiThreadProbe()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
            [this] { m_longestGap = std::max(m_longestGap, m_sinceLastTick.restart()); });
        m_sinceLastTick.start();
        m_timer.start();
    }
    qint64 longestGap() const { return m_longestGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    qint64 m_longestGap = 0;
};

/// The objectNames of the toolbar's actions, separators left out.
QStringList toolNames(const QToolBar *toolBar)
{
    QStringList names;
    for (const QAction *action : toolBar->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    return names;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_harness = std::make_unique<WindowHarness>(); }

    void cleanup() { m_harness.reset(); }

    void welcomePageWithoutAccounts()
    {
        QVERIFY(openWindow());
        auto *welcome = window()->findChild<QWidget *>(u"welcomePage"_s);
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QCOMPARE(label(u"accountStatus"_s), u"No account"_s);
        KEYPORT_FIND(welcomeAddAccount, QPushButton, window(), u"welcomeAddAccount"_s);
        QVERIFY(welcomeAddAccount->isVisible());
        KEYPORT_FIND(welcomeImport, QPushButton, window(), u"welcomeImport"_s);
        QVERIFY(welcomeImport->isVisible());
        KEYPORT_FIND(welcomeDemo, QPushButton, window(), u"welcomeDemo"_s);
        QVERIFY(welcomeDemo->isVisible());
    }

    void listsTheKeysAndTheSigner()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        KEYPORT_FIND(welcomePage, QWidget, window(), u"welcomePage"_s);
        QVERIFY(!welcomePage->isVisible());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QCOMPARE(label(u"accountStatus"_s),
            u"sandbox · "_s + m_harness->fixture().sandbox().endpointUrl());
        QTRY_VERIFY(label(u"signerStatus"_s).contains(u"unrestricted, may grant all 285"));
        QVERIFY(label(u"refreshStatus"_s).startsWith(u"Refreshed at"));
        // The signing key's secret is held: its row says so.
        const int row = rowOf(u"sandbox-root"_s);
        QVERIFY(!table()
                     ->model()
                     ->index(row, AccessKeyModel::SecretColumn)
                     .data()
                     .toString()
                     .isEmpty());
    }

    void sortsAndFilters()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QCOMPARE(nameAt(0), u"backup-uploader"_s);
        table()->sortByColumn(AccessKeyModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(nameAt(0), u"terraform-admin"_s);

        KEYPORT_FIND(search, QLineEdit, window(), u"searchField"_s);
        window()->activateWindow();
        KEYPORT_FIND(actionFind, QAction, window(), u"actionFind"_s);
        actionFind->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), search); // Ctrl+F's action focuses the search
        QTest::keyClicks(search, u"nightly"_s);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(nameAt(0), u"backup-uploader"_s);
        search->clear();
        // An operation that the sks and compute tags bring: found through the expansion, and
        // the unrestricted keys may call it too.
        QTest::keyClicks(search, u"create-sks-nodepool"_s);
        QCOMPARE(table()->model()->rowCount(), 4);
        QCOMPARE((QStringList{nameAt(0), nameAt(1), nameAt(2), nameAt(3)}),
            (QStringList{
                u"terraform-admin"_s, u"sks-autoscaler"_s, u"sandbox-root"_s, u"ci-deploy"_s}));
        search->clear();
        KEYPORT_FIND(type, QComboBox, window(), u"typeFilter"_s);
        type->setCurrentIndex(type->findData(int(AccessKeyFilterModel::TypeFilter::Unrestricted)));
        QCOMPARE(table()->model()->rowCount(), 2);
        QVERIFY((QStringList{nameAt(0), nameAt(1)}).contains(u"terraform-admin"_s));
    }

    void selectionShowsTheDetails()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->catalog().isEmpty());
        table()->selectRow(rowOf(u"sks-autoscaler"_s));
        QCOMPARE(label(u"detailsName"_s), u"sks-autoscaler"_s);
        QVERIFY(AccessKey::isValidKeyId(label(u"detailsKeyId"_s)));
        QCOMPARE(label(u"detailsType"_s), u"Restricted"_s);
        QCOMPARE(label(u"detailsTags"_s), u"sks"_s);
        KEYPORT_FIND(operations, QTreeWidget, window(), u"detailsOperations"_s);
        QCOMPARE(operations->topLevelItemCount(), 2);
        QVERIFY(operations->topLevelItem(0)->text(0).contains(u"sks"));
        QCOMPARE(operations->topLevelItem(0)->childCount(), 22);
        QCOMPARE(operations->topLevelItem(1)->childCount(), 2); // get-operation, list-zones alone
        QCOMPARE(operations->topLevelItem(1)->child(0)->text(0), u"get-operation"_s);

        table()->selectRow(rowOf(u"log-shipper"_s));
        QCOMPARE(label(u"detailsResources"_s), u"sos/bucket:app-logs\nsos/bucket:audit-logs"_s);

        // Copy Key ID puts the id on the clipboard.
        KEYPORT_FIND(actionCopyKeyId, QAction, window(), u"actionCopyKeyId"_s);
        actionCopyKeyId->trigger();
        QCOMPARE(QApplication::clipboard()->text(), label(u"detailsKeyId"_s));
    }

    void refreshKeepsTheSelection()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        table()->selectRow(rowOf(u"dns-updater"_s));
        const QString selectedId = label(u"detailsKeyId"_s);

        KeyDraft draft;
        draft.name = u"aaa-first-by-name"_s;
        draft.tags = {u"dns"_s};
        QVERIFY(m_harness->fixture().sandbox().createKey(draft));
        KEYPORT_FIND(refresh, QAction, window(), u"actionRefresh"_s);
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_COMPARE(table()->model()->rowCount(), 14);
        QCOMPARE(nameAt(0), u"aaa-first-by-name"_s); // the new key sorted in above the selection
        const QModelIndexList selected = table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AccessKeyModel::KeyIdRole).toString(), selectedId);
        QCOMPARE(label(u"detailsName"_s), u"dns-updater"_s);
    }

    void refreshFetchesTheKeyListOnly()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        // Opening the account loads the catalog and the signing key's own operations, once.
        QCOMPARE(sentCount(u"/v2/access-key"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-operations"_s), 1);
        QTRY_VERIFY(label(u"signerStatus"_s).contains(u"unrestricted, may grant all 285"));

        // F5, twice: the key list each time, never the catalogs, which stay as they were.
        m_harness->fixture().sandbox().clearRequests();
        KEYPORT_FIND(refresh, QAction, window(), u"actionRefresh"_s);
        for (int round = 1; round <= 2; ++round) {
            QSignalSpy refreshed(window()->session(), &AccountSession::refreshed);
            refresh->trigger();
            QVERIFY(refreshed.wait());
            QCOMPARE(sentCount(u"/v2/access-key"_s), round);
        }
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 0);
        QCOMPARE(sentCount(u"/v2/access-key-operations"_s), 0);
        QCOMPARE(window()->session()->catalog().operationCount(), 285);
        QVERIFY(window()->session()->ownOperationsKnown());
        QVERIFY(label(u"signerStatus"_s).contains(u"unrestricted, may grant all 285"));
    }

    void refreshRetriesACatalogThatFailedToLoad()
    {
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"503@GET/v2/access-key-known-operations"_s).value());
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QVERIFY2(banner->message().contains(u"The list of operations keys may be restricted to "
                                            u"could not be loaded"),
            qPrintable(banner->message()));
        QVERIFY(window()->session()->catalog().isEmpty());

        // The next F5 asks for the catalog again (and only for it: the own operations loaded).
        m_harness->fixture().sandbox().clearFaults();
        m_harness->fixture().sandbox().clearRequests();
        QSignalSpy refreshed(window()->session(), &AccountSession::refreshed);
        window()->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(sentCount(u"/v2/access-key"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-operations"_s), 0);
        QCOMPARE(window()->session()->catalog().operationCount(), 285);
        QVERIFY(!banner->isVisible());
        QVERIFY(label(u"signerStatus"_s).contains(u"unrestricted, may grant all 285"));

        // Loaded now: the F5 after that leaves it alone.
        m_harness->fixture().sandbox().clearRequests();
        window()->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(sentCount(u"/v2/access-key"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 0);
    }

    void reloadCatalogLoadsTheCatalogsOnly()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        KEYPORT_FIND(reload, QAction, window(), u"actionReloadCatalog"_s);
        QCOMPARE(reload->text(), u"Reload &Catalog"_s);
        QVERIFY(reload->isEnabled());
        QMenu *view = menuNamed(u"&View"_s);
        QVERIFY(view);
        QVERIFY(view->actions().contains(reload));

        m_harness->fixture().sandbox().clearRequests();
        QSignalSpy refreshed(window()->session(), &AccountSession::refreshed);
        reload->trigger();
        QVERIFY(window()->session()->isLoading());
        QVERIFY(refreshed.wait());
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key-operations"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key"_s), 0); // the key list is not asked again
        // "operation(s)" until the English plural forms are added with the translations.
        QTRY_VERIFY2(window()->statusBar()->currentMessage().startsWith(
                         u"The catalog was reloaded: 285 operation"_s),
            qPrintable(window()->statusBar()->currentMessage()));
        QCOMPARE(table()->model()->rowCount(), 13);
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QVERIFY(!banner->isVisible());
    }

    void reloadCatalogBringsNewOperationsToTheWizard()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        AccountSession *session = window()->session();
        QCOMPARE(session->catalog().operationCount(), 285);
        // Exoscale adds an operation.
        QList<CatalogOperation> changed = m_harness->fixture().sandbox().catalog().entries();
        changed.append({u"get-quantum-instance"_s, {u"compute"_s}});
        m_harness->fixture().sandbox().setCatalog(changed);

        // F5 does not ask for the catalog; Reload Catalog does.
        QSignalSpy refreshed(session, &AccountSession::refreshed);
        window()->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(session->catalog().operationCount(), 285);
        KEYPORT_FIND(reload, QAction, window(), u"actionReloadCatalog"_s);
        reload->trigger();
        QVERIFY(refreshed.wait());
        QCOMPARE(session->catalog().operationCount(), 286);
        QVERIFY(session->ownOperations().containsOperation(u"get-quantum-instance"_s));

        // The wizard offers it.
        KEYPORT_FIND(newKey, QAction, window(), u"actionNewKey"_s);
        QVERIFY(newKey->isEnabled());
        newKey->trigger();
        auto *wizard = window()->findChild<KeyWizard *>();
        QVERIFY(wizard);
        WizardDriver driver(wizard);
        driver.type(u"keyName"_s, u"quantum"_s);
        driver.click(u"kindRestricted"_s);
        QVERIFY(driver.next());
        KEYPORT_FIND(tree, QAbstractItemView, wizard, u"operationTree"_s);
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0),
            Qt::DisplayRole, u"get-quantum-instance"_s, 1, Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        wizard->reject();
    }

    void failedCatalogReloadIsInTheBannerAndRetried()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        KEYPORT_FIND(reload, QAction, window(), u"actionReloadCatalog"_s);
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"503@GET/v2/access-key-known-operations"_s).value());
        QSignalSpy refreshed(window()->session(), &AccountSession::refreshed);
        reload->trigger();
        QVERIFY(refreshed.wait());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(u"The list of operations keys may be restricted to "
                                            u"could not be loaded: Exoscale had a problem on its "
                                            u"side (HTTP 503)"),
            qPrintable(banner->message()));
        QVERIFY(!window()->statusBar()->currentMessage().contains(u"reloaded"));
        // The last good catalog stays; the keys are not marked out of date.
        QCOMPARE(window()->session()->catalog().operationCount(), 285);
        KEYPORT_FIND(staleLabel, QLabel, window(), u"staleLabel"_s);
        QVERIFY(!staleLabel->isVisible());

        // Retry (a refresh) asks for the catalog again, since its reload failed.
        m_harness->fixture().sandbox().clearFaults();
        m_harness->fixture().sandbox().clearRequests();
        KEYPORT_FIND(retry, QPushButton, window(), u"errorBannerRetry"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(sentCount(u"/v2/access-key-known-operations"_s), 1);
        QCOMPARE(sentCount(u"/v2/access-key"_s), 1);
        QVERIFY(!banner->isVisible());
    }

    void refreshOfAnUnchangedListKeepsSelectionAndScroll()
    {
        m_harness->fixture().sandbox().addGeneratedKeys(1000);
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1013, 10000);
        QTRY_VERIFY(!window()->session()->isLoading());
        QAbstractItemModel *model = table()->model();
        const auto idAt = [model](int row) {
            return model->index(row, 0).data(AccessKeyModel::KeyIdRole).toString();
        };
        // Three keys selected, the current one among them, scrolled to the middle.
        table()->setCurrentIndex(model->index(600, 0));
        table()->selectionModel()->select(
            model->index(500, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table()->selectionModel()->select(
            model->index(700, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table()->scrollTo(model->index(590, 0), QAbstractItemView::PositionAtTop);
        QScrollBar *scrollBar = table()->verticalScrollBar();
        const int scrolled = scrollBar->value();
        QVERIFY(scrolled > 0);
        QStringList selected{idAt(500), idAt(600), idAt(700)};
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selectedIds(), selected);
        const QString current = idAt(600);

        QSignalSpy refreshed(window()->session(), &AccountSession::refreshed);
        QSignalSpy keysChanged(window()->session(), &AccountSession::keysChanged);
        window()->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(keysChanged.size(), 0); // the same list: not swapped in
        QCOMPARE(model->rowCount(), 1013);
        QCOMPARE(selectedIds(), selected);
        QCOMPARE(table()->currentIndex().row(), 600);
        QCOMPARE(table()->currentIndex().data(AccessKeyModel::KeyIdRole).toString(), current);
        QCOMPARE(scrollBar->value(), scrolled);

        // Keys revoked elsewhere, above and below: the selected keys stay selected.
        m_harness->fixture().sandbox().setRevokeDelay(0ms);
        for (const int row : {10, 1000}) {
            auto revoked = finished(window()->session()->client()->revokeAccessKey(idAt(row)));
            QVERIFY(revoked && !revoked->error());
        }
        QTRY_VERIFY(m_harness->fixture().sandbox().keys().size() == 1011);
        window()->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(model->rowCount(), 1011);
        QCOMPARE(selectedIds(), selected);
        QCOMPARE(table()->currentIndex().data(AccessKeyModel::KeyIdRole).toString(), current);
    }

    void errorBannerLoadsItsIconWhenFirstShown()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        KEYPORT_FIND(icon, QLabel, banner, u"errorBannerIcon"_s);
        QVERIFY(!banner->isVisible());
        QVERIFY(icon->pixmap().isNull()); // nothing loaded while the banner stays hidden
        QCOMPARE(icon->size(), QSize(24, 24)); // its place is kept
        banner->showMessage(u"Something went wrong."_s);
        QVERIFY(banner->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->pixmap().deviceIndependentSize().toSize(), QSize(24, 24));
        QCOMPARE(icon->accessibleName(), u"Warning"_s);
    }

    void errorBannerOnServerErrorKeepsTheStaleList()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QVERIFY(!banner->isVisible());

        // The refresh fails. It asks for the key list only (issue 12): the catalogs loaded when
        // the account opened.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"503@/v2/access-key"_s).value());
        window()->refresh();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(u"Exoscale had a problem on its side (HTTP 503)"),
            qPrintable(banner->message()));
        KEYPORT_FIND(staleLabel, QLabel, window(), u"staleLabel"_s);
        QTRY_VERIFY(staleLabel->isVisible());
        QCOMPARE(table()->model()->rowCount(), 13); // the last good list stays

        m_harness->fixture().sandbox().clearFaults();
        KEYPORT_FIND(errorBannerRetry, QPushButton, window(), u"errorBannerRetry"_s);
        QTest::mouseClick(errorBannerRetry, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY(!window()->session()->isLoading());
        QTRY_VERIFY(!staleLabel->isVisible());
        QVERIFY2(!banner->isVisible(), qPrintable(banner->message()));
    }

    void hangingRefreshSaysSoAndCanBeCancelled()
    {
        m_harness->context().clientOptions->stillWaitingNotice = 300ms;
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        UiThreadProbe probe;
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        KEYPORT_FIND(refresh, QAction, window(), u"actionRefresh"_s);
        KEYPORT_FIND(newKey, QAction, window(), u"actionNewKey"_s);

        // Every list hangs from now on.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"hang@/v2/access-key"_s).value());
        QElapsedTimer sinceRefresh;
        sinceRefresh.start();
        refresh->trigger();
        QVERIFY(window()->session()->isLoading());
        // Refresh and New Key stay usable while the requests hang.
        QVERIFY(refresh->isEnabled());
        QVERIFY(newKey->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 3000);
        QVERIFY(sinceRefresh.elapsed() < 3000);
        QVERIFY2(
            banner->message().contains(u"has not answered yet"), qPrintable(banner->message()));
        KEYPORT_FIND(cancel, QPushButton, window(), u"errorBannerCancel"_s);
        KEYPORT_FIND(retry, QPushButton, window(), u"errorBannerRetry"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(retry->isVisible());
        KEYPORT_FIND(busyIndicator, QProgressBar, window(), u"busyIndicator"_s);
        QVERIFY(busyIndicator->isVisible());

        // F5 during the load starts it afresh: five new requests (the key list and four IAM v3
        // lists; the catalogs loaded when the account opened: issue 12), still loading, no error.
        const auto sent = m_harness->fixture().sandbox().requests().size();
        refresh->trigger();
        QTRY_COMPARE(m_harness->fixture().sandbox().requests().size(), sent + 5);
        QVERIFY(window()->session()->isLoading());
        QVERIFY(!banner->message().contains(u"could not be loaded"));

        // Cancel stops the load; the last good list stays, marked stale.
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!window()->session()->isLoading());
        QVERIFY(!banner->isVisible());
        QVERIFY(!busyIndicator->isVisible());
        QCOMPARE(table()->model()->rowCount(), 13);
        KEYPORT_FIND(stale, QLabel, window(), u"staleLabel"_s);
        QVERIFY(stale->isVisible());
        QVERIFY2(stale->text().contains(u"cancelled"), qPrintable(stale->text()));
        QVERIFY(window()->session()->isStale());

        // Retry restarts it: once the server answers again, all is well.
        refresh->trigger();
        QTRY_VERIFY(banner->isVisible() && retry->isVisible());
        m_harness->fixture().sandbox().clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!window()->session()->isLoading());
        QTRY_VERIFY(!stale->isVisible());
        QVERIFY(!banner->isVisible());
        QCOMPARE(table()->model()->rowCount(), 13);
        QVERIFY2(probe.longestGap() < 100, qPrintable(QString::number(probe.longestGap())));
    }

    void hangingCatalogEndsWithTheRealTimeWaited()
    {
        m_harness->context().clientOptions->stillWaitingNotice = 300ms;
        m_harness->context().clientOptions->timeout = 1200ms;
        m_harness->context().clientOptions->retry.budget = 2000ms;
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"hang@/v2/access-key-known-operations"_s).value());
        addSandboxAccount(u"sandbox"_s);
        UiThreadProbe probe;
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        QVERIFY(openWindow());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 13); // the keys come; the catalog does not
        QTRY_VERIFY(banner->message().contains(u"has not answered yet"));
        QTRY_VERIFY_WITH_TIMEOUT(!window()->session()->isLoading(), 4000);
        QVERIFY(sinceOpen.elapsed() < 4000);
        const QString message = banner->message();
        QVERIFY2(message.contains(u"The list of operations keys may be restricted to could not be "
                                  u"loaded"),
            qPrintable(message));
        QVERIFY2(message.contains(u"did not answer within 2 second"), qPrintable(message));
        QVERIFY(!message.contains(u"key list"));
        // No count is claimed without the catalog.
        const QString signer = label(u"signerStatus"_s);
        QVERIFY2(signer.contains(u"rights unknown"), qPrintable(signer));
        QVERIFY(!signer.contains(u"restricted"));
        QVERIFY(!signer.contains(u"285"));
        KEYPORT_FIND(actionNewKey, QAction, window(), u"actionNewKey"_s);
        QVERIFY(!actionNewKey->isEnabled());
        QVERIFY2(probe.longestGap() < 100, qPrintable(QString::number(probe.longestGap())));
    }

    void signerStatusSaysOnlyWhatIsKnown_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("banner"); // empty: no banner

        QTest::newRow("own operations: 403")
            << u"403@/v2/access-key-operations"_s << u"Signing key: cannot list its own rights"_s
            << QString();
        QTest::newRow("own operations: 503")
            << u"503@/v2/access-key-operations"_s
            << u"Signing key: unknown (the list could not be loaded)"_s
            << u"The signing key's own rights could not be listed: Exoscale had a problem on its "
               u"side (HTTP 503)"_s;
        QTest::newRow("own operations: malformed")
            << u"malformed@/v2/access-key-operations"_s
            << u"Signing key: unknown (the list could not be loaded)"_s
            << u"The signing key's own rights could not be listed: The server sent an answer"_s;
        QTest::newRow("own operations: dropped")
            << u"drop@/v2/access-key-operations"_s
            << u"Signing key: unknown (the list could not be loaded)"_s
            << u"The signing key's own rights could not be listed"_s;
        QTest::newRow("known operations: 503")
            << u"503@/v2/access-key-known-operations"_s
            << u"Signing key: rights unknown (the list of operations could not be loaded)"_s
            << u"The list of operations keys may be restricted to could not be loaded: Exoscale "
               u"had a problem on its side (HTTP 503)"_s;
    }

    void signerStatusSaysOnlyWhatIsKnown()
    {
        QFETCH(QString, spec);
        QFETCH(QString, signer);
        QFETCH(QString, banner);
        m_harness->fixture().sandbox().addFault(SandboxFault::parse(spec).value());
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->session()->isLoading(), 10000);
        QVERIFY2(label(u"signerStatus"_s).startsWith(signer), qPrintable(label(u"signerStatus"_s)));
        // The signing key is unrestricted: never call it restricted, nor count its operations.
        QVERIFY(!label(u"signerStatus"_s).contains(u"may grant"));
        KEYPORT_FIND(errorBanner, ErrorBanner, window(), u"errorBanner"_s);
        if (banner.isEmpty()) {
            QVERIFY2(!errorBanner->isVisible(), qPrintable(errorBanner->message()));
        } else {
            QVERIFY(errorBanner->isVisible());
            QVERIFY2(errorBanner->message().contains(banner), qPrintable(errorBanner->message()));
        }
        KEYPORT_FIND(staleLabel, QLabel, window(), u"staleLabel"_s);
        QVERIFY(!staleLabel->isVisible()); // the keys are fine
    }

    void retryAfterPostponesARefresh()
    {
        // Not retried by the client (the wait is above maxRetryAfter): the window sees the 429.
        m_harness->context().clientOptions->retry.maxRetryAfter = 500ms;
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"429:2@/v2/access-key-known-operations*1"_s).value());
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QVERIFY2(banner->message().contains(u"limiting the rate"), qPrintable(banner->message()));

        const auto sent = m_harness->fixture().sandbox().requests().size();
        KEYPORT_FIND(actionRefresh, QAction, window(), u"actionRefresh"_s);
        actionRefresh->trigger();
        QVERIFY(!window()->session()->isLoading());
        QVERIFY2(
            banner->message().contains(u"will be refreshed at"), qPrintable(banner->message()));
        QTest::qWait(200); // nothing may be sent in the meantime
        QCOMPARE(m_harness->fixture().sandbox().requests().size(), sent);
        // Then it refreshes on its own, once the wait is over.
        QTRY_VERIFY_WITH_TIMEOUT(m_harness->fixture().sandbox().requests().size() > sent, 4000);
        QTRY_VERIFY(label(u"signerStatus"_s).contains(u"unrestricted, may grant all 285"));
        QTRY_VERIFY(!banner->isVisible());
    }

    void iamV3RefusalOfTheListIsExplainedNotShownAsAFailure()
    {
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"iamv3@/v2/access-key"_s).value());
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        KEYPORT_FIND(note, QLabel, window(), u"generationNote"_s);
        QTRY_VERIFY(!window()->session()->isLoading());
        // The account opens on its API keys; its Access keys section says why it is empty.
        KEYPORT_FIND(pane, AccountsPane, window(), u"accountsPane"_s);
        QTRY_COMPARE(pane->currentSection(), AccountTreeModel::Section::ApiKeys);
        QVERIFY(pane->selectSection(u"sandbox"_s, AccountTreeModel::Section::LegacyKeys));
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"signs with an IAM API key"));
        QVERIFY(note->text().contains(u"legacy access key"));
        QVERIFY2(!banner->isVisible(), qPrintable(banner->message()));
        QCOMPARE(window()->session()->signerGeneration(), KeyGeneration::IamApiKey);
    }

    void anApiKeyAccountOpensOnItsApiKeys()
    {
        Sandbox &sandbox = m_harness->fixture().sandbox();
        QVERIFY(m_harness->addAccount(u"iam"_s, sandbox.adminApiKeyId(), sandbox.adminApiSecret()));
        addSandboxAccount(u"legacy"_s);
        QVERIFY(openWindow());
        QVERIFY(window()->selectAccount(u"iam"_s));
        KEYPORT_FIND(pane, AccountsPane, window(), u"accountsPane"_s);
        KEYPORT_FIND(view, AccountView, window(), u"accountView"_s);
        // Found out from the API key list, once, and remembered.
        QTRY_COMPARE(window()->session()->signerGeneration(), KeyGeneration::IamApiKey);
        QCOMPARE(m_harness->accounts()->keyGeneration(sandbox.adminApiKeyId()),
            KeyGeneration::IamApiKey);
        QTRY_COMPARE(pane->currentSection(), AccountTreeModel::Section::ApiKeys);
        QCOMPARE(view->currentSection(), AccountTreeModel::Section::ApiKeys);
        // The toolbar follows the section: no legacy key action on the IAM sections.
        KEYPORT_FIND(toolBar, QToolBar, window(), u"mainToolBar"_s);
        const QStringList apiKeyTools{u"actionNewApiKey"_s, u"actionDeleteApiKeys"_s,
            u"actionTestBench"_s, u"actionRefresh"_s};
        QCOMPARE(toolNames(toolBar), apiKeyTools);
        QVERIFY(pane->selectSection(u"iam"_s, AccountTreeModel::Section::Roles));
        const QStringList roleTools{u"actionNewRole"_s, u"actionEditRole"_s, u"actionCloneRole"_s,
            u"actionDeleteRole"_s, u"actionTestBench"_s, u"actionRefresh"_s};
        QCOMPARE(toolNames(toolBar), roleTools);
        // Selected as a screen reader selects a row (not made current): the section follows.
        auto *tree = pane->findChild<QTreeView *>();
        QVERIFY(tree);
        tree->selectionModel()->select(
            pane->model()->indexOf(u"iam"_s, AccountTreeModel::Section::OrganizationPolicy),
            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(view->currentSection(), AccountTreeModel::Section::OrganizationPolicy);
        QVERIFY(pane->selectSection(u"iam"_s, AccountTreeModel::Section::OrganizationPolicy));
        const QStringList policyTools{u"actionEditOrganizationPolicy"_s,
            u"actionResetOrganizationPolicy"_s, u"actionTestBench"_s, u"actionRefresh"_s};
        QCOMPARE(toolNames(toolBar), policyTools);
        // Each tool is a button on show, switching back and forth adds none.
        QVERIFY(pane->selectSection(u"iam"_s, AccountTreeModel::Section::ApiKeys));
        QCOMPARE(toolNames(toolBar), apiKeyTools);
        QCOMPARE(toolBar->actions().size(), apiKeyTools.size() + 2); // and two separators
        for (QAction *action : toolBar->actions()) {
            if (!action->isSeparator())
                QTRY_VERIFY(toolBar->widgetForAction(action)->isVisible());
        }
        // The account's row says what its key is.
        const QModelIndex row = pane->model()->indexOf(u"iam"_s);
        QTRY_VERIFY(row.data().toString().contains(u"IAM API key"));

        // Its Access keys section says why legacy keys are not managed here.
        QVERIFY(pane->selectSection(u"iam"_s, AccountTreeModel::Section::LegacyKeys));
        QCOMPARE(view->currentSection(), AccountTreeModel::Section::LegacyKeys);
        KEYPORT_FIND(note, QLabel, window(), u"generationNote"_s);
        QVERIFY(note->isVisible());

        // A legacy account opens on its access keys, without the note.
        QVERIFY(window()->selectAccount(u"legacy"_s));
        QTRY_COMPARE(window()->session()->signerGeneration(), KeyGeneration::LegacyAccessKey);
        QCOMPARE(pane->currentSection(), AccountTreeModel::Section::LegacyKeys);
        QCOMPARE(view->currentSection(), AccountTreeModel::Section::LegacyKeys);
        QVERIFY(!note->isVisible());
        const QStringList keyTools{u"actionNewKey"_s, u"actionUseAsTemplate"_s, u"actionRevoke"_s,
            u"actionCopyKeyId"_s, u"actionCopySecret"_s, u"actionRefresh"_s};
        QCOMPARE(toolNames(toolBar), keyTools);
    }

    void switchingAccountsWhileLoadingHangs()
    {
        m_harness->context().clientOptions->stillWaitingNotice = 300ms;
        addSandboxAccount(u"sandbox"_s);
        addSandboxAccount(u"second"_s);
        // The first three requests (the first account's load) hang; later ones are answered.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"hang@/v2/access-key*3"_s).value());
        UiThreadProbe probe;
        QVERIFY(openWindow());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QTRY_VERIFY(banner->message().contains(u"has not answered yet"));
        QPointer<AccountSession> first = window()->session();
        QVERIFY(first->isLoading());
        const QString other
            = window()->currentAccountName() == u"sandbox"_s ? u"second"_s : u"sandbox"_s;
        QVERIFY(window()->selectAccount(other));
        QVERIFY(first.isNull()); // the old session and its requests are gone
        QCOMPARE(window()->currentAccountName(), other);
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 13, 15000);
        QTRY_VERIFY(!window()->session()->isLoading());
        QVERIFY(!banner->isVisible());
        QVERIFY(label(u"signerStatus"_s).contains(u"unrestricted"));
        QVERIFY2(probe.longestGap() < 100, qPrintable(QString::number(probe.longestGap())));
    }

    void errorBannerOnBadSignature()
    {
        Account account = sandboxAccount(u"wrong"_s);
        QVERIFY(finishedOk(
            m_harness->accounts()->addAccount(account, Secret::fromUtf8("not-the-secret"))));
        QVERIFY(openWindow());
        KEYPORT_FIND(banner, ErrorBanner, window(), u"errorBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(
            banner->message().contains(u"key or secret is wrong"), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(u"Invalid request signature"));
        QCOMPARE(table()->model()->rowCount(), 0);
        KEYPORT_FIND(staleLabel, QLabel, window(), u"staleLabel"_s);
        QVERIFY(!staleLabel->isVisible()); // nothing stale
    }

    void addAccountDialogTestsAndAdds()
    {
        QVERIFY(openWindow());
        window()->openAddAccountDialog();
        auto *dialog = window()->findChild<AddAccountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        KEYPORT_FIND(add, QPushButton, dialog, u"accountAdd"_s);
        QVERIFY(!add->isEnabled());
        KEYPORT_FIND(accountName, QLineEdit, dialog, u"accountName"_s);
        QTest::keyClicks(accountName, u"typed"_s);
        KEYPORT_FIND(accountKey, QLineEdit, dialog, u"accountKey"_s);
        QTest::keyClicks(accountKey, m_harness->fixture().sandbox().rootKeyId());
        KEYPORT_FIND(accountSecret, QLineEdit, dialog, u"accountSecret"_s);
        QTest::keyClicks(accountSecret, m_harness->fixture().sandbox().rootSecret().reveal());
        KEYPORT_FIND(accountUseEndpoint, QWidget, dialog, u"accountUseEndpoint"_s);
        accountUseEndpoint->setProperty("checked", true);
        KEYPORT_FIND(endpoint, QLineEdit, dialog, u"accountEndpoint"_s);
        QTest::keyClicks(endpoint, u"http://example.com/v2"_s);
        KEYPORT_FIND(accountTestResult, QLabel, dialog, u"accountTestResult"_s);
        QVERIFY(!add->isEnabled()); // plain HTTP off loopback is refused
        QVERIFY(accountTestResult->text().contains(u"plain HTTP"));
        endpoint->clear();
        QTest::keyClicks(endpoint, m_harness->fixture().sandbox().endpointUrl());
        QVERIFY(add->isEnabled());

        KEYPORT_FIND(accountTest, QPushButton, dialog, u"accountTest"_s);
        QTest::mouseClick(accountTest, Qt::LeftButton);
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        QTRY_VERIFY2(result->text().contains(u"unrestricted"), qPrintable(result->text()));

        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<AddAccountDialog *>());
        QCOMPARE(window()->currentAccountName(), u"typed"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        // The settings file holds the account, never its secret.
        m_harness->settings()->sync();
        QFile file(m_harness->settings()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(m_harness->fixture().sandbox().rootKeyId().toLatin1()));
        QVERIFY(!saved.contains(m_harness->fixture().sandbox().rootSecret().utf8()));
    }

    void addAccountDialogAsksToTrustAnotherHost()
    {
        QVERIFY(openWindow());
        window()->openAddAccountDialog();
        auto *dialog = window()->findChild<AddAccountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        KEYPORT_FIND(add, QPushButton, dialog, u"accountAdd"_s);
        KEYPORT_FIND(test, QPushButton, dialog, u"accountTest"_s);
        KEYPORT_FIND(warning, QLabel, dialog, u"accountHostWarning"_s);
        KEYPORT_FIND(trust, QCheckBox, dialog, u"accountTrustHost"_s);
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        QVERIFY(warning && trust);
        KEYPORT_FIND(accountName, QLineEdit, dialog, u"accountName"_s);
        QTest::keyClicks(accountName, u"proxied"_s);
        KEYPORT_FIND(key, QLineEdit, dialog, u"accountKey"_s);
        QTest::keyClicks(key, m_harness->fixture().sandbox().rootKeyId());
        KEYPORT_FIND(accountSecret, QLineEdit, dialog, u"accountSecret"_s);
        QTest::keyClicks(accountSecret, u"fake-secret"_s);
        QVERIFY(add->isEnabled()); // a zone: nothing to confirm
        QVERIFY(!warning->isVisible());
        QVERIFY(!trust->isVisible());

        KEYPORT_FIND(accountUseEndpoint, QWidget, dialog, u"accountUseEndpoint"_s);
        accountUseEndpoint->setProperty("checked", true);
        KEYPORT_FIND(endpoint, QLineEdit, dialog, u"accountEndpoint"_s);
        QTest::keyClicks(endpoint, u"https://proxy.example.net/v2"_s);
        // Shown before anything can be sent, and nothing can be sent until it is confirmed.
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"proxy.example.net"), qPrintable(warning->text()));
        QVERIFY2(
            warning->text().contains(u"not an Exoscale API host"), qPrintable(warning->text()));
        QVERIFY(trust->isVisible());
        QVERIFY(!trust->isChecked());
        QVERIFY(!test->isEnabled());
        QVERIFY(!add->isEnabled());
        QVERIFY2(result->text().contains(u"trust"), qPrintable(result->text()));

        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY(trust->isChecked());
        QVERIFY(test->isEnabled());
        QVERIFY(add->isEnabled());

        // Trust goes to one host: another one asks again.
        endpoint->clear();
        QTest::keyClicks(endpoint, u"https://other.example.org"_s);
        QVERIFY(warning->text().contains(u"other.example.org"));
        QVERIFY(!trust->isChecked());
        QVERIFY(!test->isEnabled());
        QVERIFY(!add->isEnabled());

        // Exoscale's own hosts and loopback need no confirmation.
        endpoint->clear();
        QTest::keyClicks(endpoint, u"https://api-ch-gva-2.exoscale.com/v2"_s);
        QVERIFY(!warning->isVisible());
        QVERIFY(!trust->isVisible());
        QVERIFY(add->isEnabled());
        endpoint->clear();
        QTest::keyClicks(endpoint, m_harness->fixture().sandbox().endpointUrl());
        QVERIFY(!warning->isVisible());
        QVERIFY(add->isEnabled());

        // A key that is not a key id is refused before anything is sent.
        key->clear();
        QTest::keyClicks(key, u"EXO1234"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!test->isEnabled());
        QVERIFY2(result->text().contains(u"24 hexadecimal digits"), qPrintable(result->text()));
        dialog->reject();
    }

    void importsAnExoConfig()
    {
        QVERIFY(openWindow());
        QFile secretFile(m_harness->filePath(u"secret.txt"_s));
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write(m_harness->fixture().sandbox().rootSecret().utf8() + '\n');
        secretFile.close();
        const QString config = QStringLiteral(
            "defaultAccount = \"fromcommand\"\n\n"
            "[[accounts]]\nname = \"infile\"\nkey = \"%1\"\nsecret = \"%2\"\nendpoint = \"%3\"\n\n"
            "[[accounts]]\nname = \"fromcommand\"\nkey = \"%1\"\nsecretCommand = [\"cat\", "
            "\"%4\"]\n"
            "endpoint = \"%3\"\n")
                                   .arg(m_harness->fixture().sandbox().rootKeyId(),
                                       m_harness->fixture().sandbox().rootSecret().reveal(),
                                       m_harness->fixture().sandbox().endpointUrl(),
                                       secretFile.fileName());
        const QString path = m_harness->filePath(u"exoscale.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();

        window()->importAccounts(path);
        auto *dialog = window()->findChild<ImportAccountsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->chosenRows(), (QList<int>{0, 1}));
        QVERIFY(!dialog->commandsAllowed()); // a command runs only once the person agrees
        // Without consent the command's account is not imported, and it says why.
        KEYPORT_FIND(importButtonOk, QPushButton, dialog, u"importButtonOk"_s);
        QTest::mouseClick(importButtonOk, Qt::LeftButton);
        KEYPORT_FIND(result, QLabel, dialog, u"importResult"_s);
        QTRY_VERIFY2(result->text().contains(u"not allowed"), qPrintable(result->text()));
        QVERIFY(m_harness->accounts()->account(u"infile"_s));
        QVERIFY(!m_harness->accounts()->account(u"fromcommand"_s));

        dialog->setChosen(0, false);
        dialog->setCommandsAllowed(true);
        QTest::mouseClick(importButtonOk, Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ImportAccountsDialog *>());
        QVERIFY(m_harness->accounts()->account(u"fromcommand"_s));
        QCOMPARE(window()->currentAccountName(), u"fromcommand"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 13); // the command's secret signs correctly
    }

    void malformedExoConfigNamesTheLine()
    {
        QVERIFY(openWindow());
        const QString path = m_harness->filePath(u"exoscale.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("defaultAccount = \"a\"\n[[accounts]]\nname = \"a\nkey = \"EXO1\"\n");
        file.close();
        window()->importAccounts(path);
        QWidget *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QWidget *>(u"importErrorBox"_s)));
        const QString text = box->property("text").toString();
        QVERIFY2(text.contains(u"line 3"), qPrintable(text));
    }

    void copyStoredSecretMarksAndClearsTheClipboard()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        window()->clipboard()->setTimeout(300ms);
        KEYPORT_FIND(copy, QAction, window(), u"actionCopySecret"_s);
        table()->selectRow(rowOf(u"terraform-admin"_s));
        QVERIFY(!copy->isEnabled()); // Keyport holds no secret of that key
        table()->selectRow(rowOf(u"sandbox-root"_s));
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QTRY_COMPARE(QApplication::clipboard()->text(),
            m_harness->fixture().sandbox().rootSecret().reveal());
        QCOMPARE(QApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
            QByteArray("secret"));
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void addingAnotherAccountKeepsTheOpenOne()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        AccountSession *session = window()->session();
        const int requests = int(m_harness->fixture().sandbox().requests().size());
        addSandboxAccount(u"second"_s);
        // Still the same session, nothing loaded again, the keys still on screen.
        QCOMPARE(window()->session(), session);
        QCOMPARE(window()->currentAccountName(), u"sandbox"_s);
        QCOMPARE(table()->model()->rowCount(), 13);
        QVERIFY(!window()->session()->isLoading()); // a reopened session would be loading now
        QCOMPARE(int(m_harness->fixture().sandbox().requests().size()), requests);
    }

    void forgettingAStoredSecret()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        // Keyport holds the secret of one demo key (as after creating it).
        table()->selectRow(rowOf(u"dns-updater"_s));
        const QString id = label(u"detailsKeyId"_s);
        QVERIFY(finishedOk(m_harness->accounts()->storeKeySecret(
            u"sandbox"_s, id, Secret::fromUtf8("fake-key-secret"))));
        KEYPORT_FIND(forget, QAction, window(), u"actionForgetSecret"_s);
        QTRY_VERIFY(forget->isEnabled());
        QVERIFY(!table()
                     ->model()
                     ->index(rowOf(u"dns-updater"_s), AccessKeyModel::SecretColumn)
                     .data()
                     .toString()
                     .isEmpty());
        // Never for the key the account signs with: that is removing the account.
        table()->selectRow(rowOf(u"sandbox-root"_s));
        QVERIFY(!forget->isEnabled());
        table()->selectRow(rowOf(u"dns-updater"_s));
        forget->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>()));
        QVERIFY(box->text().contains(id));
        QVERIFY(box->text().contains(u"stays valid"));
        QPushButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!m_harness->accounts()->storedKeySecrets(u"sandbox"_s).contains(id));
        auto read
            = finished(m_harness->sessionSecrets()->read(SecretStore::entryName(u"sandbox"_s, id)));
        QVERIFY(read);
        QCOMPARE(read->error().code(), Error::Code::NotFound);
        QTRY_VERIFY(table()
                        ->model()
                        ->index(rowOf(u"dns-updater"_s), AccessKeyModel::SecretColumn)
                        .data()
                        .toString()
                        .isEmpty());
        QVERIFY(!forget->isEnabled());
    }

    void removingAnAccountDeletesItsSecret()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QVERIFY(finishedOk(m_harness->accounts()->removeAccount(u"sandbox"_s)));
        KEYPORT_FIND(welcomePage, QWidget, window(), u"welcomePage"_s);
        QVERIFY(welcomePage->isVisible());
        auto read = finished(m_harness->sessionSecrets()->read(
            SecretStore::entryName(u"sandbox"_s, m_harness->fixture().sandbox().rootKeyId())));
        QVERIFY(read);
        QCOMPARE(read->error().code(), Error::Code::NotFound);
    }

    void pagesNotShownAtStartAreBuiltWhenFirstNeeded()
    {
        // The window without an account builds no IAM page.
        QVERIFY(openWindow());
        KEYPORT_FIND(view, AccountView, window(), u"accountView"_s);
        using Section = AccountTreeModel::Section;
        for (const Section section :
            {Section::ApiKeys, Section::Roles, Section::OrganizationPolicy})
            QVERIFY(!view->page(section));
        for (const QString &name : {u"apiKeysPage"_s, u"rolesPage"_s, u"organizationPolicyPage"_s})
            QVERIFY2(!window()->findChild<QWidget *>(name), qPrintable(name));

        // An account signing with an API key opens on its API keys: the page is built, follows
        // the session, and lists them.
        Sandbox &sandbox = m_harness->fixture().sandbox();
        QVERIFY(m_harness->addAccount(u"iam"_s, sandbox.adminApiKeyId(), sandbox.adminApiSecret()));
        QVERIFY(window()->selectAccount(u"iam"_s));
        QTRY_COMPARE(view->currentSection(), Section::ApiKeys);
        KEYPORT_FIND(apiKeys, ApiKeysPage, window(), u"apiKeysPage"_s);
        QCOMPARE(view->page(Section::ApiKeys), apiKeys);
        QVERIFY(apiKeys->isVisible());
        QTRY_VERIFY(!window()->session()->iam()->apiKeys().isEmpty());
        QTRY_VERIFY(apiKeys->table()->model()->rowCount() > 0);
        QVERIFY(apiKeys->selectApiKey(sandbox.adminApiKeyId()));
        KEYPORT_FIND(deleteApiKeys, QAction, window(), u"actionDeleteApiKeys"_s);
        QTRY_VERIFY(deleteApiKeys->isEnabled());

        // The other sections' pages are there too, each built once.
        KEYPORT_FIND(roles, RolesPage, window(), u"rolesPage"_s);
        QVERIFY(window()->findChild<QWidget *>(u"organizationPolicyPage"_s));
        KEYPORT_FIND(pane, AccountsPane, window(), u"accountsPane"_s);
        QVERIFY(pane->selectSection(u"iam"_s, Section::Roles));
        QCOMPARE(view->currentWidget(), roles);
        QTRY_VERIFY(roles->table()->model()->rowCount() > 0);
        QCOMPARE(window()->findChildren<RolesPage *>().size(), 1);
    }

    void refreshSwapsInOnlyAChangedList()
    {
        addSandboxAccount(u"sandbox"_s);
        QVERIFY(openWindow());
        QTRY_COMPARE(table()->model()->rowCount(), 13);
        QTRY_VERIFY(!window()->session()->isLoading());
        AccountSession *session = window()->session();
        QSignalSpy refreshed(session, &AccountSession::refreshed);
        QSignalSpy keysChanged(session, &AccountSession::keysChanged);

        // Unchanged: refreshed, the list is not swapped in.
        session->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(keysChanged.size(), 0);
        QVERIFY(!session->lastError());

        // Changed: swapped in.
        m_harness->fixture().sandbox().addGeneratedKeys(2);
        session->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(keysChanged.size(), 1);
        QCOMPARE(session->keys().size(), 15);

        // A malformed answer: an error, the keys kept.
        m_harness->fixture().sandbox().addFault(
            SandboxFault::parse(u"malformed@GET/v2/access-key"_s).value());
        session->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(session->lastError().code(), Error::Code::MalformedResponse);
        QCOMPARE(keysChanged.size(), 1);
        QCOMPARE(session->keys().size(), 15);
        QCOMPARE(table()->model()->rowCount(), 15);
        m_harness->fixture().sandbox().clearFaults();
    }

private:
    Account sandboxAccount(const QString &name) const { return m_harness->fixture().account(name); }

    void addSandboxAccount(const QString &name) { QVERIFY(m_harness->addAccount(name)); }

    static bool finishedOk(Job *job)
    {
        auto done = finished(job);
        return done && !done->error();
    }

    /// Builds and shows the window; false (with the test failed) if it was not exposed or has no
    /// key table.
    bool openWindow()
    {
        if (!m_harness->openWindow())
            return false;
        return m_harness->window()->findChild<QTableView *>(u"keyTable"_s) != nullptr;
    }

    QTableView *table() const { return window()->findChild<QTableView *>(u"keyTable"_s); }
    QString nameAt(int row) const
    {
        return table()->model()->index(row, AccessKeyModel::NameColumn).data().toString();
    }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (nameAt(row) == name)
                return row;
        }
        return -1;
    }
    QString label(const QString &objectName) const
    {
        auto *found = window()->findChild<QLabel *>(objectName);
        return found ? found->text() : u"<no label %1>"_s.arg(objectName);
    }

    MainWindow *window() const { return m_harness->window(); }

    /// How many GETs of exactly @p path (query aside) the sandbox received.
    int sentCount(const QString &path) const
    {
        int count = 0;
        for (const auto &request : m_harness->fixture().sandbox().requests()) {
            const qsizetype mark = request.target.indexOf('?');
            const QByteArray target = mark < 0 ? request.target : request.target.left(mark);
            if (request.method == "GET" && target == path.toUtf8())
                ++count;
        }
        return count;
    }
    QStringList selectedIds() const
    {
        QStringList ids;
        for (const QModelIndex &row : table()->selectionModel()->selectedRows())
            ids.append(row.data(AccessKeyModel::KeyIdRole).toString());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QMenu *menuNamed(const QString &title) const
    {
        for (QAction *action : window()->menuBar()->actions()) {
            if (action->text() == title)
                return action->menu();
        }
        return nullptr;
    }

    std::unique_ptr<WindowHarness> m_harness;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
