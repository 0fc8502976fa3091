// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcesPage.h"

#include "KeyWizard.h"
#include "services/AccountSession.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaObject>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

ResourcesPage::ResourcesPage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_domain(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Resource"), this))
    , m_nameProblem(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_warning(new QLabel(this))
{
    setTitle(tr("Resources"));
    setSubTitle(tr("Optionally, limit the key to some buckets or products. Without any, the "
                   "operations apply to every resource."));
    m_domain->setObjectName(QStringLiteral("resourceDomain"));
    m_domain->addItem(tr("Object storage bucket (sos/bucket)"), QStringLiteral("sos"));
    m_domain->addItem(tr("Partner product (partner/product)"), QStringLiteral("partner"));
    m_domain->setAccessibleName(tr("Kind of resource"));
    m_name->setObjectName(QStringLiteral("resourceName"));
    m_name->setPlaceholderText(tr("my-bucket"));
    m_name->setAccessibleName(tr("Resource name"));
    m_add->setObjectName(QStringLiteral("addResource"));
    m_nameProblem->setObjectName(QStringLiteral("resourceProblem"));
    m_nameProblem->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("resourceList"));
    m_list->setAccessibleName(tr("Resources"));
    m_remove->setObjectName(QStringLiteral("removeResource"));
    m_warning->setObjectName(QStringLiteral("resourceWarning"));
    m_warning->setWordWrap(true);

    auto *input = new QGridLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_domain);
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    input->addWidget(kindLabel, 0, 0);
    input->addWidget(m_domain, 0, 1);
    input->addWidget(nameLabel, 1, 0);
    input->addWidget(m_name, 1, 1);
    input->addWidget(m_add, 1, 2);
    input->addWidget(m_nameProblem, 2, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addLayout(input);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(m_warning);

    connect(m_name, &QLineEdit::textChanged, this, &ResourcesPage::updateInput);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &ResourcesPage::updateInput);
    // Return in the name field adds the resource, and only that: left alone, the wizard would
    // also take it as "Next".
    m_name->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &ResourcesPage::addResource);
    connect(m_remove, &QPushButton::clicked, this, &ResourcesPage::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
    m_list->installEventFilter(this);
    updateInput();
}

void ResourcesPage::initializePage()
{
    ProblemShowingPage::initializePage();
    refreshList();
    // After QWizard, which gives the focus to the page's first widget once this returns.
    QMetaObject::invokeMethod(
        m_name, [edit = m_name] { edit->setFocus(); }, Qt::QueuedConnection);
}

void ResourcesPage::updateInput()
{
    const QString domain = m_domain->currentData().toString();
    const AccessKeyResource resource(
        domain, AccessKeyResource::typeForDomain(domain), m_name->text().trimmed());
    const Error problem = resource.validate();
    const bool duplicate = keyWizard()->draft().resources.contains(resource);
    m_add->setEnabled(!problem && !duplicate);
    if (m_name->text().isEmpty())
        m_nameProblem->clear();
    else if (duplicate)
        m_nameProblem->setText(tr("%1 is already in the list.").arg(resource.toString()));
    else
        m_nameProblem->setText(problem ? problem.message() : QString());
}

void ResourcesPage::addResource()
{
    if (!m_add->isEnabled())
        return;
    const QString domain = m_domain->currentData().toString();
    keyWizard()->draft().resources.append(AccessKeyResource(
        domain, AccessKeyResource::typeForDomain(domain), m_name->text().trimmed()));
    m_name->clear();
    clearProblem();
    refreshList();
}

void ResourcesPage::removeSelected()
{
    const int row = m_list->currentRow();
    AccessKeyResources &resources = keyWizard()->draft().resources;
    if (row < 0 || row >= resources.size())
        return;
    resources.removeAt(row);
    refreshList();
}

void ResourcesPage::refreshList()
{
    const KeyDraft &draft = keyWizard()->draft();
    m_list->clear();
    for (const AccessKeyResource &resource : draft.resources)
        m_list->addItem(resource.toString());
    m_remove->setEnabled(m_list->currentRow() >= 0);

    // Bucket restrictions only matter to object-storage operations.
    const Catalog catalog = keyWizard()->session() ? keyWizard()->session()->catalog() : Catalog();
    const QStringList effective = catalog.effectiveOperations(draft.tags, draft.operations);
    const bool anySos = std::any_of(effective.begin(), effective.end(),
        [](const QString &op) { return op.contains(u"-sos-"); });
    const bool anyBucket = std::any_of(draft.resources.begin(), draft.resources.end(),
        [](const AccessKeyResource &r) { return r.domain() == u"sos"; });
    m_warning->setText(anyBucket && !anySos
            ? tr("None of the chosen operations works on object storage, so the "
                 "bucket restrictions will have no effect.")
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    updateInput();
    Q_EMIT completeChanged();
}

bool ResourcesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_name->text().trimmed().isEmpty()) {
                addResource();
                return true;
            }
        }
    }
    return ProblemShowingPage::eventFilter(watched, event);
}

bool ResourcesPage::isComplete() const
{
    return keyWizard()->draft().hasRestrictions();
}

} // namespace Keyport
