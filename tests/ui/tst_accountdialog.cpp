// SPDX-License-Identifier: GPL-3.0-or-later
// The Add/Edit Account dialog: every field shows its whole text (a key id, an endpoint URL, the
// placeholders) in English, German, French and Italian; the secret can be shown; Edit mode keeps
// the stored secret unless one is typed, and opens the key id only then.
#include "dialogs/AddAccountDialog.h"
#include "WindowHarness.h"

#include "domain/Endpoint.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

/// The width a line edit gives its text, computed as QLineEdit::paintEvent() does: the style's
/// contents rectangle, less the text margins, the icons of its actions, and 2 px on each side.
int textAreaWidth(QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->contentsRect();
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    option.features = QStyleOptionFrame::None;
    QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    area = area.marginsRemoved(edit->textMargins());
    int width = area.width() - 2 * 2;
    for (QToolButton *icon : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (icon->isVisible())
            width -= icon->width();
    }
    return width;
}

/// A key id of the widest hexadecimal digit in @p edit's font.
QString widestKeyId(const QLineEdit *edit)
{
    int widest = 0;
    QChar digit;
    for (const QChar c : u"0123456789abcdef"_s) {
        if (edit->fontMetrics().horizontalAdvance(c) > widest) {
            widest = edit->fontMetrics().horizontalAdvance(c);
            digit = c;
        }
    }
    return u"EXO"_s + QString(24, digit);
}

Account savedAccount()
{
    Account account;
    account.name = u"production"_s;
    account.apiKey = u"EXO0123456789abcdef01234567"_s;
    account.zone = u"de-fra-1"_s;
    account.environment = u"ppapi"_s;
    return account;
}

} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void cleanup()
    {
        for (const auto &translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
        m_translators.clear();
    }

    void everyFieldShowsItsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("editing");
        QTest::addColumn<QString>("title");
        for (const auto &[language, add, edit] :
            {std::tuple{u"en"_s, u"Add Account"_s, u"Edit Account"_s},
                std::tuple{u"de"_s, u"Konto hinzufügen"_s, QString()},
                std::tuple{u"fr"_s, QString(), QString()},
                std::tuple{u"it"_s, QString(), QString()}}) {
            QTest::addRow("%s add", qPrintable(language)) << language << false << add;
            QTest::addRow("%s edit", qPrintable(language)) << language << true << edit;
        }
    }

    void everyFieldShowsItsText()
    {
        QFETCH(QString, language);
        QFETCH(bool, editing);
        QFETCH(QString, title);
        QVERIFY(load(u"keyport_"_s + language, u":/i18n"_s));
        if (language != u"en")
            load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

        // The English label of the key field, translated: proof that the language is in force.
        const QString keyLabel
            = QCoreApplication::translate("Keyport::AddAccountDialog", "API &key:");
        QVERIFY2(language == u"en" || keyLabel != u"API &key:", qPrintable(keyLabel));

        std::unique_ptr<AddAccountDialog> dialog(editing
                ? AddAccountDialog::forEdit(savedAccount(), {u"production"_s, u"staging"_s})
                : new AddAccountDialog({u"staging"_s}));
        if (!title.isEmpty())
            QCOMPARE(dialog->windowTitle(), title);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

        KEYPORT_FIND(key, QLineEdit, dialog, u"accountKey"_s);
        KEYPORT_FIND(endpoint, QLineEdit, dialog, u"accountEndpoint"_s);
        KEYPORT_FIND(secret, QLineEdit, dialog, u"accountSecret"_s);
        KEYPORT_FIND(name, QLineEdit, dialog, u"accountName"_s);
        QVERIFY(key && endpoint && secret && name);

        // Longest first: what the fields must show whole.
        QStringList urls{endpoint->placeholderText()};
        for (const QString &zone : Endpoint::zones())
            urls.append(Endpoint::forZone(zone).value().baseUrl().toString());
        const QList<std::pair<QLineEdit *, QStringList>> needs{
            {key, {widestKeyId(key), key->placeholderText(), key->text()}},
            {endpoint, urls},
            {secret, {secret->placeholderText()}},
            {name, {name->text()}},
        };
        if (editing)
            QVERIFY(!secret->placeholderText().isEmpty());

        // As the dialog opens, and at the smallest size it can be given.
        for (const QSize size : {dialog->size(), dialog->minimumSizeHint()}) {
            dialog->resize(size);
            QTRY_COMPARE(dialog->size(), size.expandedTo(dialog->minimumSize()));
            const QString where
                = u"%1 at %2×%3: "_s.arg(language).arg(dialog->width()).arg(dialog->height());
            for (const auto &[edit, texts] : needs) {
                for (const QString &text : texts) {
                    const int needed = edit->fontMetrics().horizontalAdvance(text);
                    QVERIFY2(textAreaWidth(edit) >= needed,
                        qPrintable(where
                            + u"%1 gives %2 px to \"%3\", which needs %4 px"_s
                                  .arg(edit->objectName())
                                  .arg(textAreaWidth(edit))
                                  .arg(text)
                                  .arg(needed)));
                }
            }
            // Labels, buttons and the zone list are never cut either.
            for (QWidget *widget : dialog->findChildren<QWidget *>()) {
                if (!widget->isVisible())
                    continue;
                auto *label = qobject_cast<QLabel *>(widget);
                const bool wraps = label && label->wordWrap();
                if (!label && !qobject_cast<QAbstractButton *>(widget)
                    && !qobject_cast<QComboBox *>(widget))
                    continue;
                if (wraps) {
                    QVERIFY2(widget->height() >= label->heightForWidth(widget->width()),
                        qPrintable(where + label->text()));
                } else {
                    QVERIFY2(widget->width() >= widget->sizeHint().width(),
                        qPrintable(where + widget->objectName() + u" "_s
                            + widget->property("text").toString() + u": "_s
                            + QString::number(widget->width()) + u" < "_s
                            + QString::number(widget->sizeHint().width())));
                }
            }
        }
        // And the whole dialog fits a small screen.
        QVERIFY2(
            dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 640,
            qPrintable(u"%1×%2"_s.arg(dialog->minimumSizeHint().width())
                           .arg(dialog->minimumSizeHint().height())));
    }

    void theSecretCanBeShown()
    {
        AddAccountDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        KEYPORT_FIND(secret, QLineEdit, &dialog, u"accountSecret"_s);
        KEYPORT_FIND(show, QCheckBox, &dialog, u"accountShowSecret"_s);
        QVERIFY(secret && show);
        QTest::keyClicks(secret, u"a-typed-secret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // Reached by the keyboard, named for assistive technology, toggled with Space.
        QVERIFY(show->focusPolicy() & Qt::TabFocus);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(show);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), u"Show the secret"_s);
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(secret);
        QVERIFY(field);
        QCOMPARE(field->text(QAccessible::Name), u"API secret:"_s);
        show->setFocus();
        QTest::keyClick(show, Qt::Key_Space);
        QVERIFY(show->isChecked());
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->text(), u"a-typed-secret"_s);
        QTest::keyClick(show, Qt::Key_Space);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void editKeepsTheStoredSecretUnlessOneIsTyped()
    {
        const Account original = savedAccount();
        std::unique_ptr<AddAccountDialog> dialog(
            AddAccountDialog::forEdit(original, {u"production"_s, u"staging"_s}));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCOMPARE(dialog->mode(), AddAccountDialog::Mode::Edit);
        QCOMPARE(dialog->originalName(), u"production"_s);
        QCOMPARE(dialog->objectName(), u"editAccountDialog"_s);
        KEYPORT_FIND(name, QLineEdit, dialog, u"accountName"_s);
        KEYPORT_FIND(key, QLineEdit, dialog, u"accountKey"_s);
        KEYPORT_FIND(secret, QLineEdit, dialog, u"accountSecret"_s);
        KEYPORT_FIND(zone, QComboBox, dialog, u"accountZone"_s);
        KEYPORT_FIND(save, QPushButton, dialog, u"accountSave"_s);
        KEYPORT_FIND(test, QPushButton, dialog, u"accountTest"_s);
        KEYPORT_FIND(result, QLabel, dialog, u"accountTestResult"_s);
        QVERIFY(name && key && secret && zone && save && test && result);
        QVERIFY(!dialog->findChild<QPushButton *>(u"accountAdd"_s));

        // Filled in; nothing changed is a valid edit; its own name is no clash.
        QCOMPARE(name->text(), original.name);
        QCOMPARE(key->text(), original.apiKey);
        QCOMPARE(zone->currentText(), original.zone);
        QVERIFY(secret->text().isEmpty());
        QVERIFY2(
            secret->placeholderText().contains(u"keep"), qPrintable(secret->placeholderText()));
        QVERIFY(save->isEnabled());
        QVERIFY(dialog->keepsStoredSecret());
        QVERIFY(!dialog->newSecret());
        // The stored secret can be tested: the caller reads it.
        QVERIFY(test->isEnabled());
        // The key id is closed until a secret is typed.
        QVERIFY(key->isReadOnly());

        // Rename, and another zone: the account keeps what the dialog does not show.
        name->setText(u"staging"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(result->text().contains(u"staging"), qPrintable(result->text()));
        name->setText(u"prod"_s);
        QVERIFY(save->isEnabled());
        zone->setCurrentText(u"at-vie-1"_s);
        Account edited = dialog->account();
        QCOMPARE(edited.name, u"prod"_s);
        QCOMPARE(edited.zone, u"at-vie-1"_s);
        QCOMPARE(edited.apiKey, original.apiKey);
        QCOMPARE(edited.environment, original.environment);
        QCOMPARE(edited.origin, original.origin);

        // A secret typed replaces the stored one, and opens the key id.
        QTest::keyClicks(secret, u"new-secret"_s);
        QVERIFY(!key->isReadOnly());
        QVERIFY(!dialog->keepsStoredSecret());
        QVERIFY(dialog->newSecret());
        QCOMPARE(dialog->newSecret()->utf8(), QByteArray("new-secret"));
        key->setText(u"EXO00000000000000000000000f"_s);
        QVERIFY(save->isEnabled());
        // Another key without a secret is not allowed: the key id stays open to be put back.
        secret->setText(QString());
        QVERIFY(!key->isReadOnly());
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        QVERIFY2(result->text().contains(u"secret"), qPrintable(result->text()));
        key->setText(original.apiKey);
        QVERIFY(key->isReadOnly());
        QVERIFY(save->isEnabled());

        QSignalSpy saved(dialog.get(), &AddAccountDialog::saveRequested);
        QSignalSpy added(dialog.get(), &AddAccountDialog::addRequested);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(added.size(), 0);
        QVERIFY(dialog->isVisible()); // the caller closes it once the change is stored
    }

    void addStillNeedsASecret()
    {
        AddAccountDialog dialog({u"production"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.mode(), AddAccountDialog::Mode::Add);
        auto *add = dialog.findChild<QPushButton *>(u"accountAdd"_s);
        QVERIFY(add);
        KEYPORT_FIND(accountName, QLineEdit, &dialog, u"accountName"_s);
        accountName->setText(u"new"_s);
        KEYPORT_FIND(key, QLineEdit, &dialog, u"accountKey"_s);
        QVERIFY(!key->isReadOnly());
        key->setText(u"EXO0123456789abcdef01234567"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!dialog.keepsStoredSecret());
        KEYPORT_FIND(accountSecret, QLineEdit, &dialog, u"accountSecret"_s);
        accountSecret->setText(u"s"_s);
        QVERIFY(add->isEnabled());
        QSignalSpy added(&dialog, &AddAccountDialog::addRequested);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(added.size(), 1);
    }

private:
    bool load(const QString &name, const QString &directory)
    {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(name, directory))
            return false;
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
        return true;
    }

    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
