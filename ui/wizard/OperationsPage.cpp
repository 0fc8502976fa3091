// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationsPage.h"

#include "CatalogItemDelegate.h"
#include "KeyWizard.h"
#include "models/CatalogModel.h"
#include "services/AccountSession.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Keyport {

OperationsPage::OperationsPage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_model(new CatalogModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_counts(new QLabel(this))
    , m_catalogNote(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_addGetOperation(new QPushButton(tr("Add &get-operation"), this))
    , m_notGrantableNote(new QLabel(this))
    , m_removeNotGrantable(new QPushButton(tr("&Remove What This Key Cannot Grant"), this))
{
    setTitle(tr("Operations and Tags"));
    setSubTitle(tr("Tick a tag to grant all its operations, or single operations."));
    m_search->setObjectName(QStringLiteral("operationSearch"));
    m_search->setPlaceholderText(tr("Search operations and tags"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search operations and tags"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CatalogModel::NameRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_tree->setObjectName(QStringLiteral("operationTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Operations and tags"));
    m_tree->setItemDelegate(new CatalogItemDelegate(m_tree));
    m_counts->setObjectName(QStringLiteral("operationCounts"));
    m_catalogNote->setObjectName(QStringLiteral("catalogNote"));
    m_catalogNote->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("getOperationSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setText(tr("Some chosen operations start jobs that run on after the answer; a "
                             "program can only follow them with get-operation."));
    m_addGetOperation->setObjectName(QStringLiteral("addGetOperation"));
    m_notGrantableNote->setObjectName(QStringLiteral("notGrantableNote"));
    m_notGrantableNote->setWordWrap(true);
    m_notGrantableNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that stays readable on a dark palette too, as a page's problem.
    QPalette warning = m_notGrantableNote->palette();
    const bool dark = warning.color(QPalette::Window).lightness() < 128;
    warning.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    m_notGrantableNote->setPalette(warning);
    m_notGrantableNote->hide();
    m_removeNotGrantable->setObjectName(QStringLiteral("removeUngrantable"));
    m_removeNotGrantable->setAccessibleName(tr("Remove What This Key Cannot Grant"));
    m_removeNotGrantable->hide();

    auto *notGrantableRow = new QHBoxLayout;
    notGrantableRow->addWidget(m_notGrantableNote, 1);
    notGrantableRow->addWidget(m_removeNotGrantable);
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_addGetOperation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addWidget(m_catalogNote);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_counts);
    layout->addLayout(notGrantableRow);
    layout->addLayout(suggestionRow);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_model, &CatalogModel::selectionChanged, this, &OperationsPage::update);
    connect(m_addGetOperation, &QPushButton::clicked, this, [this] {
        QStringList operations = m_model->selectedOperations();
        operations.append(QStringLiteral("get-operation"));
        m_model->setSelection(m_model->selectedTags(), operations);
    });
    connect(m_removeNotGrantable, &QPushButton::clicked, this, [this] {
        m_model->removeNotGrantable();
        // The button is gone now: the keyboard goes on from the list it changed.
        m_tree->setFocus();
    });
    // Right after the list whose rows it unticks.
    setTabOrder(m_tree, m_removeNotGrantable);
    // Space toggles the current row (the item delegate does it), as in any check list.
}

void OperationsPage::initializePage()
{
    ProblemShowingPage::initializePage();
    AccountSession *session = keyWizard()->session();
    const KeyDraft &draft = keyWizard()->draft();
    if (session) {
        m_model->setCatalog(
            session->catalog(), session->ownOperations(), session->ownOperationsKnown());
        if (session->catalog().isEmpty()) {
            m_catalogNote->setText(tr("The operation catalog could not be loaded. Refresh the "
                                      "account, then try again."));
        } else if (!session->ownOperationsKnown()) {
            m_catalogNote->setText(
                tr("The signing key may not list its own operations, so every operation is "
                   "offered; Exoscale refuses any it may not grant."));
        } else {
            m_catalogNote->setText(QString());
        }
    }
    m_catalogNote->setVisible(!m_catalogNote->text().isEmpty());
    m_model->setSelection(draft.tags, draft.operations);
    update();
    // After QWizard, which gives the focus to the page's first widget once this returns.
    QMetaObject::invokeMethod(
        m_search, [edit = m_search] { edit->setFocus(); }, Qt::QueuedConnection);
}

void OperationsPage::update()
{
    m_counts->setText(m_model->countsText());
    const bool suggest = m_model->suggestsGetOperation();
    m_suggestion->setVisible(suggest);
    m_addGetOperation->setVisible(suggest);
    KeyDraft &draft = keyWizard()->draft();
    draft.tags = m_model->selectedTags();
    draft.operations = m_model->selectedOperations();
    clearProblem();

    const QStringList notGrantable = m_model->notGrantableSelection();
    if (!notGrantable.isEmpty()) {
        m_notGrantableNote->setText(
            tr("The signing key cannot grant %1, so Exoscale would refuse this key. Untick "
               "them one by one, or remove them all, to go on.")
                .arg(QLocale().createSeparatedList(notGrantable)));
    } else {
        m_notGrantableNote->clear();
    }
    m_notGrantableNote->setVisible(!notGrantable.isEmpty());
    m_removeNotGrantable->setVisible(!notGrantable.isEmpty());
    Q_EMIT completeChanged();
}

bool OperationsPage::isComplete() const
{
    // Exoscale refuses (403) a key that grants more than the signing key may.
    return ProblemShowingPage::isComplete() && !m_model->hasNotGrantableSelection();
}

bool OperationsPage::validatePage()
{
    update();
    return isComplete();
}

} // namespace Keyport
