// SPDX-License-Identifier: GPL-3.0-or-later
// The key list answers an auditor's questions, in the real window against the sandbox: who can
// call an operation (unrestricted keys included), who can reach a bucket, the keys ordered by
// power, counts, the reason of a match, the signing key marked, columns that keep their room,
// and the account tree with the kind of each account's key.
#include "WindowHarness.h"

#include "mainwindow/MainWindow.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "models/AccountTreeModel.h"
#include "services/AccountSession.h"
#include "Translations.h"
#include "widgets/AccessKeyItemDelegate.h"
#include "widgets/KeyDetailsPane.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestKeyList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English as people see it: with its plural forms ("13 keys", not "13 key(s)").
        QVERIFY(installTranslations(qApp, QLocale(QLocale::English)).contains(u"keyport_en"_s));
    }

    void init()
    {
        m_harness = std::make_unique<WindowHarness>();
        QVERIFY(m_harness->openWindowOnAccount());
        m_window = m_harness->window();
        m_table = m_window->findChild<QTableView *>(u"keyTable"_s);
        m_search = m_window->findChild<QLineEdit *>(u"searchField"_s);
        m_count = m_window->findChild<QLabel *>(u"keyCount"_s);
        QVERIFY(m_table && m_search && m_count);
    }

    void cleanup() { m_harness.reset(); }

    void searchingAnOperationListsEveryKeyThatCanCallIt()
    {
        QCOMPARE(m_count->text(), u"13 keys"_s);
        type(u"delete-dns"_s);
        // dns-updater by its tag, and the two unrestricted keys: the riskiest ones.
        QCOMPARE(
            shownNames(), QStringList({u"dns-updater"_s, u"sandbox-root"_s, u"terraform-admin"_s}));
        QCOMPARE(m_count->text(), u"3 of 13 keys match"_s);
    }

    void searchingABucketListsTheKeysThatCanReachIt()
    {
        type(u"nightly-backups"_s);
        const QStringList names = shownNames();
        // Restricted to it, and keys not restricted by resource that may use object storage.
        QVERIFY2(names.contains(u"backup-uploader"_s), qPrintable(names.join(u", ")));
        QVERIFY(names.contains(u"sandbox-root"_s));
        QVERIFY(names.contains(u"terraform-admin"_s));
        // Restricted to another bucket: cannot reach it.
        QVERIFY(!names.contains(u"static-site-publisher"_s));
        QVERIFY(!names.contains(u"log-shipper"_s));
        // No object-storage operation at all.
        QVERIFY(!names.contains(u"dns-updater"_s));
    }

    void nothingMatchesSaysSoAndClears()
    {
        type(u"no-such-thing-anywhere"_s);
        KEYPORT_FIND(noMatch, QWidget, m_window, u"noMatchState"_s);
        QVERIFY(noMatch->isVisible());
        QVERIFY(!m_table->isVisible());
        QCOMPARE(m_count->text(), u"No key matches"_s);
        KEYPORT_FIND(clear, QPushButton, m_window, u"clearSearchButton"_s);
        clear->click();
        QVERIFY(m_search->text().isEmpty());
        QVERIFY(m_table->isVisible());
        QCOMPARE(m_count->text(), u"13 keys"_s);
        QVERIFY(m_search->hasFocus() || !m_window->isActiveWindow());
    }

    void sortingByRestrictionsPutsThePowerfulKeysFirst()
    {
        QHeaderView *header = m_table->horizontalHeader();
        // One click on the header, as a person does.
        const int x = header->sectionViewportPosition(AccessKeyModel::RestrictionsColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(header->sortIndicatorSection(), int(AccessKeyModel::RestrictionsColumn));
        const QStringList names = shownNames(false);
        QCOMPARE(names.mid(0, 2).size(), 2);
        QVERIFY2(QSet<QString>(names.cbegin(), names.cbegin() + 2)
                == QSet<QString>({u"sandbox-root"_s, u"terraform-admin"_s}),
            qPrintable(names.join(u", ")));
        // Then the restricted keys, those that may call more operations first.
        const auto operations = [this](int row) {
            return m_table->model()
                ->index(row, 0)
                .data(AccessKeyModel::AccessKeyRole)
                .value<AccessKey>()
                .operations.size();
        };
        for (int row = 3; row < m_table->model()->rowCount(); ++row)
            QVERIFY2(operations(row - 1) >= operations(row), qPrintable(names.join(u", ")));
    }

    void theReasonOfAMatchIsShownInTheDetails()
    {
        type(u"delete-dns"_s);
        selectByName(u"dns-updater"_s);
        KEYPORT_FIND(reason, QLabel, m_window, u"detailsMatch"_s);
        QTRY_VERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(u"delete-dns-domain") && reason->text().contains(u"dns"),
            qPrintable(reason->text()));
        selectByName(u"terraform-admin"_s);
        QTRY_VERIFY2(reason->text().contains(u"unrestricted"), qPrintable(reason->text()));
    }

    void theSigningKeyIsMarkedInTheListAndTheDetails()
    {
        const QString signer = m_harness->sandbox().rootKeyId();
        const int row = rowOf(u"sandbox-root"_s);
        QVERIFY(row >= 0);
        const QModelIndex name = m_table->model()->index(row, AccessKeyModel::NameColumn);
        QVERIFY(name.data(AccessKeyModel::IsSigningKeyRole).toBool());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"signing key"));
        QVERIFY(name.data(Qt::AccessibleTextRole).toString().contains(u"signing key"));
        m_table->selectRow(row);
        KEYPORT_FIND(signing, QLabel, m_window, u"detailsSigningKey"_s);
        QTRY_VERIFY(signing->isVisible());
        QVERIFY(signing->text().contains(u"signs its requests with this key"));
        selectByName(u"dns-updater"_s);
        QTRY_VERIFY(!signing->isVisible());
        QVERIFY(!m_table->model()
                     ->index(rowOf(u"dns-updater"_s), 0)
                     .data(AccessKeyModel::IsSigningKeyRole)
                     .toBool());
        QVERIFY(m_harness->sandbox().hasKey(signer));
    }

    void columnsKeepTheirRoomAt1024Pixels()
    {
        m_window->resize(1024, 640);
        QTest::qWait(50);
        QHeaderView *header = m_table->horizontalHeader();
        auto *delegate = qobject_cast<AccessKeyItemDelegate *>(m_table->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(m_table);
        const int needed = delegate->minimumSectionWidth(
            m_table->model(), AccessKeyModel::RestrictionsColumn, option);
        QTRY_VERIFY2(header->sectionSize(AccessKeyModel::RestrictionsColumn) >= needed,
            qPrintable(u"%1 < %2"_s.arg(header->sectionSize(AccessKeyModel::RestrictionsColumn))
                           .arg(needed)));
        // No cell of the list is cut: each shows its text, or its compact form, whole.
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            const QModelIndex index
                = m_table->model()->index(row, AccessKeyModel::RestrictionsColumn);
            QStyleOptionViewItem cell;
            cell.initFrom(m_table);
            cell.rect = m_table->visualRect(index);
            const QString shown = delegate->shownText(cell, index);
            QVERIFY2(m_table->fontMetrics().horizontalAdvance(shown) <= cell.rect.width(),
                qPrintable(shown));
        }
        // The key id: whole in the tooltip, whatever the column shows.
        const QModelIndex key = m_table->model()->index(0, AccessKeyModel::KeyColumn);
        QCOMPARE(key.data(Qt::ToolTipRole).toString().size(), 27);
        QCOMPARE(m_table->textElideMode(), Qt::ElideMiddle);
    }

    void widthsDoNotJumpWhenTheSelectionChanges()
    {
        QHeaderView *header = m_table->horizontalHeader();
        KEYPORT_FIND(details, KeyDetailsPane, m_window, u"keyDetails"_s);
        const auto widths = [&] {
            QList<int> sizes;
            for (int column = 0; column < AccessKeyModel::ColumnCount; ++column)
                sizes.append(header->sectionSize(column));
            sizes.append(details->width());
            return sizes;
        };
        selectByName(u"dns-updater"_s);
        QTest::qWait(20);
        const QList<int> before = widths();
        for (const QString &name : {u"sandbox-root"_s, u"billing-partner"_s,
                 u"static-site-publisher"_s, u"monitoring-readonly"_s}) {
            selectByName(name);
            QTest::qWait(20);
            QCOMPARE(widths(), before);
        }
    }

    void widthsPersist()
    {
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(AccessKeyModel::NameColumn, 211);
        m_harness->closeWindow();
        QVERIFY(m_harness->openWindow());
        auto *table = m_harness->window()->findChild<QTableView *>(u"keyTable"_s);
        QVERIFY(table);
        QCOMPARE(table->horizontalHeader()->sectionSize(AccessKeyModel::NameColumn), 211);
    }

    void theAccountTreeShowsSectionsAndTheKindOfKey()
    {
        KEYPORT_FIND(tree, QTreeView, m_window, u"accountList"_s);
        const QModelIndex account = tree->model()->index(0, 0);
        QCOMPARE(account.data(AccountTreeModel::NameRole).toString(), u"sandbox"_s);
        // The signing key was found among the legacy keys: the account says what it is.
        QTRY_VERIFY2(account.data().toString().contains(u"legacy access key"),
            qPrintable(account.data().toString()));
        QCOMPARE(tree->model()->rowCount(account), 4);
        const QStringList sections{
            u"Access keys"_s, u"API keys"_s, u"Roles"_s, u"Organization policy"_s};
        for (int row = 0; row < 4; ++row)
            QCOMPARE(tree->model()->index(row, 0, account).data().toString(), sections.at(row));
        QVERIFY(tree->isExpanded(account));
        // Choosing the section keeps the account open.
        tree->setCurrentIndex(tree->model()->index(0, 0, account));
        QCOMPARE(m_window->currentAccountName(), u"sandbox"_s);
        QVERIFY(m_window->session()->hasKeys());
    }

private:
    void type(const QString &text)
    {
        m_search->clear();
        QTest::keyClicks(m_search, text);
    }

    QStringList shownNames(bool sorted = true) const
    {
        QStringList names;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            names.append(
                m_table->model()->index(row, AccessKeyModel::NameColumn).data().toString());
        if (sorted)
            names.sort();
        return names;
    }

    int rowOf(const QString &name) const { return int(shownNames(false).indexOf(name)); }

    void selectByName(const QString &name)
    {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        m_table->selectRow(row);
    }

    std::unique_ptr<WindowHarness> m_harness;
    MainWindow *m_window = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
};

QTEST_MAIN(TestKeyList)
#include "tst_keylist.moc"
