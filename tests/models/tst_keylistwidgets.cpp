// SPDX-License-Identifier: GPL-3.0-or-later
// What the key list's widgets show of the models: the match in the details pane, the signing
// key, the Key and Restrictions cells.
#include "DemoKeyList.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "sandbox/Sandbox.h"
#include "widgets/AccessKeyItemDelegate.h"
#include "widgets/KeyDetailsPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

using Demo = Keyport::Test::DemoKeyList;

/// The items of the operations tree, depth first.
QList<QTreeWidgetItem *> items(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> result;
    QList<QTreeWidgetItem *> pending;
    for (int i = tree->topLevelItemCount() - 1; i >= 0; --i)
        pending.append(tree->topLevelItem(i));
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        result.append(item);
        for (int i = item->childCount() - 1; i >= 0; --i)
            pending.append(item->child(i));
    }
    return result;
}

QStringList matchedNames(QTreeWidget *tree)
{
    QStringList result;
    for (QTreeWidgetItem *item : items(tree)) {
        if (item->data(0, KeyDetailsPane::MatchedRole).toBool())
            result.append(item->data(0, KeyDetailsPane::NameRole).toString());
    }
    return result;
}

/// Gives the test the options the delegate paints with.
class OpenDelegate : public AccessKeyItemDelegate
{
public:
    using AccessKeyItemDelegate::AccessKeyItemDelegate;
    using AccessKeyItemDelegate::initStyleOption;
};

} // namespace

class TestKeyListWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsHighlightTheMatchingOperations()
    {
        Demo demo;
        KeyDetailsPane pane;
        pane.show();
        auto *match = pane.findChild<QLabel *>(u"detailsMatch"_s);
        auto *tree = pane.findChild<QTreeWidget *>(u"detailsOperations"_s);
        QVERIFY(match);
        QVERIFY(tree);
        const AccessKey key = demo.key(u"dns-updater"_s);
        pane.setKey(key, demo.sandbox.catalog(), {});
        QVERIFY(!match->isVisible());
        QVERIFY(matchedNames(tree).isEmpty());

        demo.filter.setFilterText(u"delete-dns"_s);
        pane.setHighlight(demo.filter.matchReason(key));
        QTRY_VERIFY(match->isVisible());
        QCOMPARE(match->text(), u"Matches \"delete-dns\": operation delete-dns-domain (tag dns)"_s);
        QCOMPARE(matchedNames(tree),
            (QStringList{u"delete-dns-domain"_s, u"delete-dns-domain-record"_s}));
        for (QTreeWidgetItem *item : items(tree)) {
            const bool matched = item->data(0, KeyDetailsPane::MatchedRole).toBool();
            QCOMPARE(item->font(0).bold(), matched);
            if (!matched)
                continue;
            // Expanded where it is, and said to screen readers.
            QVERIFY(item->parent()->isExpanded());
            QCOMPARE(item->parent()->data(0, KeyDetailsPane::NameRole).toString(), u"dns"_s);
            QCOMPARE(item->data(0, Qt::AccessibleTextRole).toString(),
                u"Operation %1 (matches the search)"_s.arg(item->text(0)));
            QCOMPARE(item->background(0), pane.palette().brush(QPalette::Highlight));
        }

        // The same reason, another key shown: nothing of it is shown there.
        pane.setKey(demo.key(u"log-shipper"_s), demo.sandbox.catalog(), {});
        QVERIFY(!match->isVisible());
        QVERIFY(matchedNames(tree).isEmpty());
        // Back on the key: shown again; cleared: gone.
        pane.setKey(key, demo.sandbox.catalog(), {});
        QVERIFY(match->isVisible());
        pane.setHighlight({});
        QVERIFY(!match->isVisible());
        QVERIFY(matchedNames(tree).isEmpty());
    }

    void detailsHighlightTagsUnrestrictedAndResources()
    {
        Demo demo;
        KeyDetailsPane pane;
        pane.show();
        auto *match = pane.findChild<QLabel *>(u"detailsMatch"_s);
        auto *tree = pane.findChild<QTreeWidget *>(u"detailsOperations"_s);
        auto *resources = pane.findChild<QLabel *>(u"detailsResources"_s);
        QVERIFY(match && tree && resources);

        // A tag: its group, expanded.
        demo.filter.setFilterText(u"dns"_s);
        AccessKey key = demo.key(u"dns-updater"_s);
        pane.setKey(key, demo.sandbox.catalog(), {});
        pane.setHighlight(demo.filter.matchReason(key));
        QCOMPARE(match->text(), u"Matches \"dns\": tag dns"_s);
        QVERIFY(matchedNames(tree).contains(u"dns"_s));
        QVERIFY(tree->topLevelItem(0)->isExpanded());

        // An unrestricted key: its one line, and why.
        demo.filter.setFilterText(u"delete-dns"_s);
        key = demo.key(u"terraform-admin"_s);
        pane.setKey(key, demo.sandbox.catalog(), {});
        pane.setHighlight(demo.filter.matchReason(key));
        QCOMPARE(
            match->text(), u"Matches \"delete-dns\": unrestricted: may call every operation"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->font(0).bold());
        QVERIFY(tree->topLevelItem(0)
                    ->data(0, Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(u"(matches the search)"));

        // A bucket: in bold among the resources.
        demo.filter.setFilterText(u"app-logs"_s);
        key = demo.key(u"log-shipper"_s);
        pane.setKey(key, demo.sandbox.catalog(), {});
        pane.setHighlight(demo.filter.matchReason(key));
        QCOMPARE(resources->textFormat(), Qt::RichText);
        QCOMPARE(resources->text(), u"<b>sos/bucket:app-logs</b><br>sos/bucket:audit-logs"_s);
        QVERIFY(resources->accessibleName().contains(u"matching the search: sos/bucket:app-logs"));
        pane.setHighlight({});
        QCOMPARE(resources->textFormat(), Qt::PlainText);
        QCOMPARE(resources->text(), u"sos/bucket:app-logs\nsos/bucket:audit-logs"_s);
    }

    void detailsSayWhichKeySigns()
    {
        Demo demo;
        KeyDetailsPane pane;
        pane.show();
        auto *signing = pane.findChild<QLabel *>(u"detailsSigningKey"_s);
        QVERIFY(signing);
        pane.setSigningKeyId(demo.sandbox.rootKeyId());
        pane.setKey(demo.key(u"sandbox-root"_s), demo.sandbox.catalog(), {});
        QVERIFY(signing->isVisible());
        QCOMPARE(signing->text(), u"This account signs its requests with this key."_s);
        pane.setKey(demo.key(u"dns-updater"_s), demo.sandbox.catalog(), {});
        QVERIFY(!signing->isVisible());
        pane.setSigningKeyId(demo.key(u"dns-updater"_s).key);
        QVERIFY(signing->isVisible());
    }

    void cellsOfTheList()
    {
        Demo demo;
        demo.model.setSigningKey(demo.sandbox.rootKeyId());
        QTableView view;
        view.setModel(&demo.filter);
        auto *delegate = new OpenDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.widget = &view;

        // The Key column elides the middle; the whole id is in the tooltip.
        const QModelIndex keyCell = demo.index(u"dns-updater"_s, AccessKeyModel::KeyColumn);
        QVERIFY(keyCell.isValid());
        QStyleOptionViewItem keyOption = option;
        delegate->initStyleOption(&keyOption, keyCell);
        QCOMPARE(keyOption.textElideMode, Qt::ElideMiddle);
        QCOMPARE(keyCell.data(Qt::ToolTipRole).toString(), demo.key(u"dns-updater"_s).key);

        // The signing key's name carries the mark; the others do not.
        QStyleOptionViewItem nameOption = option;
        delegate->initStyleOption(
            &nameOption, demo.index(u"sandbox-root"_s, AccessKeyModel::NameColumn));
        QVERIFY(nameOption.features & QStyleOptionViewItem::HasDecoration);
        QVERIFY(!nameOption.icon.isNull());
        nameOption = option;
        delegate->initStyleOption(
            &nameOption, demo.index(u"terraform-admin"_s, AccessKeyModel::NameColumn));
        QVERIFY(!(nameOption.features & QStyleOptionViewItem::HasDecoration));

        // Restrictions: the summary where it fits, the compact form where it does not, and
        // the minimum width fits every compact form and the header.
        const QModelIndex restrictions
            = demo.index(u"backup-uploader"_s, AccessKeyModel::RestrictionsColumn);
        const QString summary = restrictions.data().toString();
        const QString compact = restrictions.data(AccessKeyModel::CompactTextRole).toString();
        QCOMPARE(summary, u"3 operation(s) · bucket nightly-backups"_s);
        QCOMPARE(compact, u"3 op(s) · 1 res."_s);
        QStyleOptionViewItem wide = option;
        wide.rect = QRect(0, 0, 1000, 24);
        QCOMPARE(delegate->shownText(wide, restrictions), summary);
        const int minimum = delegate->minimumSectionWidth(
            &demo.filter, AccessKeyModel::RestrictionsColumn, option);
        QStyleOptionViewItem narrow = option;
        narrow.rect = QRect(0, 0, minimum, 24);
        QCOMPARE(delegate->shownText(narrow, restrictions), compact);
        QVERIFY(option.fontMetrics.horizontalAdvance(compact) < minimum);
        QVERIFY(option.fontMetrics.horizontalAdvance(u"Restrictions"_s) < minimum);
        QVERIFY(minimum < option.fontMetrics.horizontalAdvance(summary));
        qInfo("Restrictions needs at least %d px", minimum);
        // The view paints with it (no crash, every row).
        view.horizontalHeader()->resizeSection(AccessKeyModel::RestrictionsColumn, minimum);
        view.grab();
    }
};

QTEST_MAIN(TestKeyListWidgets)
#include "tst_keylistwidgets.moc"
