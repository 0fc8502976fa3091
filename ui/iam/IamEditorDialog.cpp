// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamEditorDialog.h"

#include "iam/FormKit.h"
#include "iam/PolicyForm.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Keyport {

using namespace Qt::StringLiterals;
using namespace FormKit;

IamEditorDialog::IamEditorDialog(const QString &namePrefix, QWidget *parent)
    : QDialog(parent)
    , m_namePrefix(namePrefix)
    , m_policyForm(new PolicyForm(namePrefix, this))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(namePrefix + u"EditorTabs"_s);
}

IamEditorDialog::~IamEditorDialog() = default;

void IamEditorDialog::setUp(QWidget *formPage, const QString &jsonLabel, const QString &okText)
{
    m_emittedPolicy = m_policyForm->policy();
    connect(m_policyForm, &PolicyForm::policyEdited, this, &IamEditorDialog::stateChanged);

    m_formArea = new QScrollArea(this);
    m_formArea->setObjectName(m_namePrefix + u"Form"_s);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFocusPolicy(Qt::NoFocus);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setWidget(formPage);
    m_tabs->addTab(m_formArea, tr("&Form"));
    m_tabs->addTab(buildJsonPage(jsonLabel), tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Back on the JSON tab: the text becomes the body again, tidily indented.
        if (m_jsonError.isEmpty())
            updateJson();
    });

    auto *commandLabel = new QLabel(this);
    m_command = new QLineEdit(this);
    m_command->setObjectName(m_namePrefix + u"ExoCommand"_s);
    m_command->setReadOnly(true);
    commandLabel->setText(tr("exo &command line"));
    commandLabel->setBuddy(m_command);
    m_command->setAccessibleName(withoutMnemonic(commandLabel->text()));
    auto *copyCommand
        = namedButton(new QPushButton(tr("C&opy"), this), m_namePrefix + u"ExoCommandCopy"_s);
    copyCommand->setToolTip(tr("Copy the command line to the clipboard"));
    connect(copyCommand, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_command->text()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copyCommand);

    m_problemLabel = noteLabel(QString(), this);
    m_problemLabel->setObjectName(m_namePrefix + u"EditorProblem"_s);
    m_saveStatus = noteLabel(QString(), this);
    m_saveStatus->setObjectName(m_namePrefix + u"EditorSaveStatus"_s);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveStatus->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    namedButton(m_ok, m_namePrefix + u"EditorOk"_s);
    namedButton(buttons->button(QDialogButtonBox::Cancel), m_namePrefix + u"EditorCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &IamEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IamEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(commandRow);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_saveStatus);
    layout->addWidget(buttons);
    resize(760, 720);

    stateChanged();
}

QWidget *IamEditorDialog::buildJsonPage(const QString &label)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_json = new QPlainTextEdit(page);
    m_json->setObjectName(m_namePrefix + u"Json"_s);
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(FormKit::labelFor(label, m_json, page));
    layout->addWidget(m_json, 1);
    m_jsonStatus = noteLabel(QString(), page);
    m_jsonStatus->setObjectName(m_namePrefix + u"JsonStatus"_s);
    m_jsonStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_jsonStatus);
    connect(m_json, &QPlainTextEdit::textChanged, this, &IamEditorDialog::onJsonEdited);
    return page;
}

IamPolicy IamEditorDialog::policy() const
{
    return m_policyForm->policy();
}

void IamEditorDialog::addSidePage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void IamEditorDialog::accept()
{
    if (!isAcceptable() || m_saving)
        return;
    if (m_savesItself) {
        Q_EMIT saveRequested();
        return;
    }
    QDialog::accept();
}

void IamEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_saveStatus->setText(tr("Saving…"));
        m_saveStatus->show();
    }
    m_ok->setEnabled(!saving && isAcceptable());
}

void IamEditorDialog::showSaveError(const QString &message)
{
    setSaving(false);
    m_saveStatus->setText(message);
    m_saveStatus->show();
}

void IamEditorDialog::finishSaving()
{
    m_saving = false;
    QDialog::accept();
}

bool IamEditorDialog::focusNextPrevChild(bool next)
{
    return FormKit::focusNextInLayout(this, next, m_formArea) || QDialog::focusNextPrevChild(next);
}

void IamEditorDialog::stateChanged()
{
    if (!m_editingJson)
        updateJson();
    m_command->setText(commandLine());
    m_command->setCursorPosition(0);
    updateProblems();
    const IamPolicy current = policy();
    if (current != m_emittedPolicy) {
        m_emittedPolicy = current;
        Q_EMIT policyDraftChanged(m_emittedPolicy);
    }
}

void IamEditorDialog::updateJson()
{
    const QString text
        = QString::fromUtf8(QJsonDocument(sentJson()).toJson(QJsonDocument::Indented));
    m_jsonError.clear();
    m_jsonStatus->setText(QString());
    m_jsonStatus->hide();
    if (m_json->toPlainText() != text) {
        const QSignalBlocker blocker(m_json);
        m_json->setPlainText(text);
    }
    m_json->setExtraSelections({});
}

void IamEditorDialog::onJsonEdited()
{
    const QByteArray text = m_json->toPlainText().toUtf8();
    m_jsonError.clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QList<QTextEdit::ExtraSelection> marks;
    if (error.error != QJsonParseError::NoError) {
        // Lines and columns as an editor counts them, from 1.
        const QByteArray before = text.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column
            = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        m_jsonError = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());

        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_json->document());
        const int position = int(QString::fromUtf8(before).size());
        mark.cursor.setPosition(qMax(0, position - 1));
        mark.cursor.setPosition(
            qMin(position + 1, m_json->document()->characterCount() - 1), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        mark.format.setUnderlineColor(Qt::red);
        marks.append(mark);
    } else if (!document.isObject()) {
        m_jsonError = tr("The body must be a JSON object.");
    } else {
        // The subclass takes it, and shows it in the form, or says why not.
        m_editingJson = true;
        m_jsonError = readJson(document.object());
        m_editingJson = false;
    }
    m_json->setExtraSelections(marks);

    if (!m_jsonError.isEmpty()) {
        m_jsonStatus->setText(m_jsonError);
        m_jsonStatus->show();
        updateProblems();
        return;
    }
    m_jsonStatus->hide();
    m_editingJson = true;
    stateChanged();
    m_editingJson = false;
}

void IamEditorDialog::updateProblems()
{
    const QStringList found = problems();
    m_problem = found.isEmpty() ? QString() : found.constFirst();
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_ok->setEnabled(m_problem.isEmpty() && !m_saving);
}

} // namespace Keyport
