// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBenchWidget.h"

#include "domain/Endpoint.h"
#include "iam/KeyValueEditor.h"
#include "models/PolicyExplanation.h"
#include "models/PolicyMatrixModel.h"
#include "policy/PolicyJudge.h"
#include "policy/ServiceMap.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Keyport {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

/// A label for @p buddy whose text, without its mnemonic and colon, is the buddy's accessible
/// name: what a screen reader says is what a sighted person reads.
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QString name = text;
    name.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    name.remove(u'&');
    name.replace(u'\u0001', u'&');
    name = name.trimmed();
    if (name.endsWith(u':'))
        name.chop(1);
    buddy->setAccessibleName(name.trimmed());
    return label;
}

QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TestBenchWidget::TestBenchWidget(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_subject(new QComboBox(this))
    , m_operation(nullptr)
    , m_service(nullptr)
    , m_parameters(nullptr)
    , m_resources(nullptr)
    , m_zone(nullptr)
    , m_sourceIp(nullptr)
    , m_verdict(nullptr)
    , m_decidingPolicy(nullptr)
    , m_decidingRule(nullptr)
    , m_skipped(nullptr)
    , m_organizationNote(nullptr)
    , m_matrixService(nullptr)
    , m_matrixNote(nullptr)
    , m_matrix(new PolicyMatrixModel(this))
    , m_matrixProxy(new QSortFilterProxyModel(this))
    , m_matrixTable(nullptr)
{
    setObjectName(QStringLiteral("testBench"));
    m_subject->setObjectName(QStringLiteral("testBenchSubject"));
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tabs->setObjectName(QStringLiteral("testBenchTabs"));

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(labelFor(tr("&Subject:"), m_subject, this));
    subjectRow->addWidget(m_subject, 1);

    auto *requestPage = new QWidget(m_tabs);
    requestPage->setObjectName(QStringLiteral("testBenchRequestPage"));
    auto *matrixPage = new QWidget(m_tabs);
    matrixPage->setObjectName(QStringLiteral("testBenchMatrixPage"));
    buildRequestForm(requestPage);
    buildMatrixPage(matrixPage);
    m_tabs->addTab(requestPage, tr("&Request"));
    m_tabs->addTab(matrixPage, tr("&Matrix"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(subjectRow);
    layout->addWidget(m_tabs, 1);

    connect(m_subject, &QComboBox::currentIndexChanged, this, &TestBenchWidget::subjectChanged);

    setZones(Endpoint::zones());
    reloadSubjects();
}

TestBenchWidget::~TestBenchWidget() = default;

void TestBenchWidget::buildRequestForm(QWidget *page)
{
    auto *request = new QGroupBox(tr("Request"), page);
    request->setObjectName(QStringLiteral("testBenchRequest"));

    m_operation = new QComboBox(request);
    m_operation->setObjectName(QStringLiteral("testBenchOperation"));
    m_operation->setEditable(true);
    m_operation->setInsertPolicy(QComboBox::NoInsert);
    // Free text stays free: suggestions pop up, nothing is completed in the field.
    m_operation->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_operation->completer()->setFilterMode(Qt::MatchContains);
    m_service = textLabel(QStringLiteral("testBenchService"), request);
    m_service->setToolTip(tr("No Exoscale document maps operations to service classes: Keyport's "
                             "map is a reconstruction."));

    m_parameters = new KeyValueEditor(KeyValueEditor::Keys::Flat, request);
    m_parameters->setObjectName(QStringLiteral("testBenchParameters"));
    m_parameters->table()->setObjectName(QStringLiteral("testBenchParameterTable"));
    m_parameters->addButton()->setObjectName(QStringLiteral("testBenchAddParameter"));
    m_parameters->removeButton()->setObjectName(QStringLiteral("testBenchRemoveParameter"));
    m_parameters->setButtonTexts(tr("Add Parameter"), tr("Remove Parameter"));
    m_parameters->table()->setToolTip(tr("A value that reads as JSON (42, true, \"text\", "
                                         "[\"a\", \"b\"]) is that value; anything else is text."));

    m_resources = new KeyValueEditor(KeyValueEditor::Keys::Dotted, request);
    m_resources->setObjectName(QStringLiteral("testBenchResources"));
    m_resources->table()->setObjectName(QStringLiteral("testBenchResourceTable"));
    m_resources->addButton()->setObjectName(QStringLiteral("testBenchAddResource"));
    m_resources->removeButton()->setObjectName(QStringLiteral("testBenchRemoveResource"));
    m_resources->setButtonTexts(tr("Add Resource"), tr("Remove Resource"));
    m_resources->table()->setToolTip(tr("A dotted name such as dns_domain.unicode_name is a "
                                        "member of a member."));

    m_zone = new QComboBox(request);
    m_zone->setObjectName(QStringLiteral("testBenchZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_sourceIp = new QLineEdit(request);
    m_sourceIp->setObjectName(QStringLiteral("testBenchSourceAddress"));
    m_sourceIp->setPlaceholderText(tr("Not given"));

    auto *form = new QFormLayout(request);
    form->addRow(labelFor(tr("&Operation:"), m_operation, request), m_operation);
    form->addRow(QString(), m_service);
    form->addRow(labelFor(tr("&Parameters:"), m_parameters->table(), request), m_parameters);
    form->addRow(labelFor(tr("R&esources:"), m_resources->table(), request), m_resources);
    form->addRow(labelFor(tr("&Zone:"), m_zone, request), m_zone);
    form->addRow(labelFor(tr("Source &address:"), m_sourceIp, request), m_sourceIp);
    // The line edit of an editable combo box is what has the focus: it bears the same name.
    m_operation->lineEdit()->setAccessibleName(m_operation->accessibleName());
    m_zone->lineEdit()->setAccessibleName(m_zone->accessibleName());

    auto *verdict = new QGroupBox(tr("Verdict"), page);
    verdict->setObjectName(QStringLiteral("testBenchVerdictPane"));
    buildVerdictPane(verdict);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(request);
    splitter->addWidget(verdict);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    reloadOperations();
    connect(m_operation, &QComboBox::editTextChanged, this, [this] {
        updateServiceLabel();
        judge();
    });
    connect(m_parameters, &KeyValueEditor::changed, this, &TestBenchWidget::judge);
    connect(m_resources, &KeyValueEditor::changed, this, &TestBenchWidget::judge);
    connect(m_zone, &QComboBox::editTextChanged, this, &TestBenchWidget::judge);
    connect(m_sourceIp, &QLineEdit::textChanged, this, &TestBenchWidget::judge);
    updateServiceLabel();
}

void TestBenchWidget::buildVerdictPane(QWidget *page)
{
    m_verdict = textLabel(QStringLiteral("testBenchVerdict"), page);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_decidingPolicy = textLabel(QStringLiteral("testBenchDecidingPolicy"), page);
    m_decidingRule = textLabel(QStringLiteral("testBenchDecidingRule"), page);
    auto *skippedHeading = new QLabel(tr("Skipped rules"), page);
    skippedHeading->setFont(bold);
    m_skipped = textLabel(QStringLiteral("testBenchSkipped"), page);
    m_organizationNote = textLabel(QStringLiteral("testBenchOrganizationNote"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_verdict);
    layout->addWidget(m_decidingPolicy);
    layout->addWidget(m_decidingRule);
    layout->addSpacing(layout->spacing());
    layout->addWidget(skippedHeading);
    layout->addWidget(m_skipped);
    layout->addWidget(m_organizationNote);
    layout->addStretch(1);
}

void TestBenchWidget::buildMatrixPage(QWidget *page)
{
    m_matrixService = new QComboBox(page);
    m_matrixService->setObjectName(QStringLiteral("testBenchMatrixService"));
    for (const QString &service : ServiceMap::builtIn().services()) {
        if (!ServiceMap::builtIn().operationsOf(service).isEmpty())
            m_matrixService->addItem(service);
    }
    m_matrixNote = textLabel(QStringLiteral("testBenchMatrixNote"), page);
    m_matrixProxy->setSourceModel(m_matrix);
    m_matrixProxy->setSortRole(PolicyMatrixModel::SortRole);
    m_matrixTable = new QTableView(page);
    m_matrixTable->setObjectName(QStringLiteral("testBenchMatrix"));
    m_matrixTable->setModel(m_matrixProxy);
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->setTabKeyNavigation(false);
    m_matrixTable->setSortingEnabled(true);
    m_matrixTable->sortByColumn(PolicyMatrixModel::OperationColumn, Qt::AscendingOrder);
    m_matrixTable->setWordWrap(false);
    m_matrixTable->verticalHeader()->hide();
    m_matrixTable->horizontalHeader()->setSectionResizeMode(
        PolicyMatrixModel::OperationColumn, QHeaderView::ResizeToContents);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(
        PolicyMatrixModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_matrixTable->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(labelFor(tr("Service &class:"), m_matrixService, page), m_matrixService);
    auto *tableLabel = labelFor(tr("&Verdicts:"), m_matrixTable, page);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_matrixNote);
    layout->addWidget(tableLabel);
    layout->addWidget(m_matrixTable, 1);

    connect(m_matrixService, &QComboBox::currentTextChanged, this, &TestBenchWidget::updateMatrix);
}

void TestBenchWidget::setOrganizationPolicy(std::optional<IamPolicy> policy)
{
    m_organization = std::move(policy);
    m_compiledOrganization = m_organization ? CompiledPolicy(*m_organization) : CompiledPolicy();
    updateMatrix();
    judge();
}

void TestBenchWidget::setRoles(QList<IamRole> roles)
{
    m_roles = std::move(roles);
    reloadSubjects();
}

void TestBenchWidget::setApiKeys(QList<ApiKey> keys)
{
    m_keys = std::move(keys);
    reloadSubjects();
}

void TestBenchWidget::setDraft(std::optional<IamPolicy> policy, const QString &label)
{
    const bool hadDraft = m_draft.has_value();
    m_draft = std::move(policy);
    m_draftLabel = label.isEmpty() ? tr("The draft in the editor") : label;
    if (hadDraft != m_draft.has_value()) {
        reloadSubjects();
        return;
    }
    if (!m_draft)
        return;
    const int index = m_subject->findData(int(SubjectKind::Draft), KindRole);
    if (index >= 0)
        m_subject->setItemText(index, m_draftLabel);
    if (subjectKind() == SubjectKind::Draft)
        subjectChanged();
}

bool TestBenchWidget::selectSubject(SubjectKind kind, const QString &id)
{
    for (int index = 0; index < m_subject->count(); ++index) {
        if (m_subject->itemData(index, KindRole).toInt() != int(kind))
            continue;
        if (kind != SubjectKind::Draft && m_subject->itemData(index, IdRole).toString() != id)
            continue;
        m_subject->setCurrentIndex(index);
        return true;
    }
    return false;
}

void TestBenchWidget::setZones(const QStringList &zones)
{
    const QString current = m_zone->currentText();
    {
        const QSignalBlocker blocker(m_zone);
        m_zone->clear();
        m_zone->addItems(zones);
        m_zone->setEditText(current.isEmpty() ? zones.value(0) : current);
    }
    judge();
}

void TestBenchWidget::setOperation(const QString &operation)
{
    m_operation->setEditText(operation);
}

TestBenchWidget::SubjectKind TestBenchWidget::subjectKind() const
{
    const QVariant kind = m_subject->currentData(KindRole);
    return kind.isValid() ? SubjectKind(kind.toInt()) : SubjectKind::None;
}

QString TestBenchWidget::subjectId() const
{
    return m_subject->currentData(IdRole).toString();
}

PolicyRequest TestBenchWidget::request() const
{
    PolicyRequest request;
    request.operation = m_operation->currentText().trimmed();
    request.zone = m_zone->currentText().trimmed();
    request.sourceIp = m_sourceIp->text().trimmed();
    if (subjectKind() == SubjectKind::ApiKey)
        request.apiKey = subjectId();
    request.parameters = m_parameters->toJson();
    request.resources = m_resources->toJson();
    return request;
}

QString TestBenchWidget::verdictText() const
{
    return m_verdict->text();
}

void TestBenchWidget::reloadSubjects()
{
    const SubjectKind kind = subjectKind();
    const QString id = subjectId();
    {
        const QSignalBlocker blocker(m_subject);
        m_subject->clear();
        for (const ApiKey &key : std::as_const(m_keys)) {
            m_subject->addItem(tr("API key %1").arg(key.name));
            const int index = m_subject->count() - 1;
            m_subject->setItemData(index, int(SubjectKind::ApiKey), KindRole);
            m_subject->setItemData(index, key.key, IdRole);
            m_subject->setItemData(index, key.key, Qt::ToolTipRole);
        }
        for (const IamRole &role : std::as_const(m_roles)) {
            m_subject->addItem(tr("Role %1").arg(role.name));
            const int index = m_subject->count() - 1;
            m_subject->setItemData(index, int(SubjectKind::Role), KindRole);
            m_subject->setItemData(index, role.id, IdRole);
            m_subject->setItemData(index, role.description.value_or(QString()), Qt::ToolTipRole);
        }
        if (m_draft) {
            m_subject->addItem(m_draftLabel);
            m_subject->setItemData(m_subject->count() - 1, int(SubjectKind::Draft), KindRole);
        }
        if (!selectSubject(kind, id))
            m_subject->setCurrentIndex(m_subject->count() > 0 ? 0 : -1);
    }
    m_subject->setEnabled(m_subject->count() > 0);
    subjectChanged();
}

void TestBenchWidget::reloadOperations()
{
    // The operations by service class, each class a heading that cannot be chosen.
    auto *model = new QStandardItemModel(m_operation);
    const ServiceMap &services = ServiceMap::builtIn();
    for (const QString &service : services.services()) {
        const QStringList operations = services.operationsOf(service);
        if (operations.isEmpty())
            continue;
        auto *heading = new QStandardItem(service);
        heading->setFlags(Qt::NoItemFlags);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        heading->setData(tr("Service class %1").arg(service), Qt::AccessibleTextRole);
        model->appendRow(heading);
        for (const QString &operation : operations)
            model->appendRow(new QStandardItem(operation));
    }
    const QSignalBlocker blocker(m_operation);
    m_operation->setModel(model);
    m_operation->setCurrentIndex(-1);
    m_operation->setEditText({});
}

void TestBenchWidget::updateServiceLabel()
{
    const QString operation = m_operation->currentText().trimmed();
    const QString service = ServiceMap::builtIn().serviceOf(operation);
    if (operation.isEmpty())
        m_service->setText(tr("Service class: choose an operation"));
    else if (service.isEmpty())
        m_service->setText(
            tr("Service class: unknown (Keyport's map does not list %1)").arg(operation));
    else
        m_service->setText(tr("Service class: %1").arg(service));
}

const IamRole *TestBenchWidget::roleWithId(const QString &id) const
{
    for (const IamRole &role : m_roles) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

const ApiKey *TestBenchWidget::apiKeyWithId(const QString &key) const
{
    for (const ApiKey &apiKey : m_keys) {
        if (apiKey.key == key)
            return &apiKey;
    }
    return nullptr;
}

std::optional<IamPolicy> TestBenchWidget::subjectPolicy(QString *why) const
{
    const auto policyOf = [why](const IamRole &role) -> std::optional<IamPolicy> {
        if (!role.policy)
            *why = tr("Role %1 has no policy: Keyport cannot tell what it allows.").arg(role.name);
        return role.policy;
    };
    switch (subjectKind()) {
    case SubjectKind::None:
        *why = tr("Choose an API key or a role to judge its requests.");
        return std::nullopt;
    case SubjectKind::ApiKey:
        if (const ApiKey *key = apiKeyWithId(subjectId())) {
            if (const IamRole *role = roleWithId(key->roleId))
                return policyOf(*role);
            *why = tr("The role of API key %1 is not known: its requests cannot be judged.")
                       .arg(key->name);
            return std::nullopt;
        }
        break;
    case SubjectKind::Role:
        if (const IamRole *role = roleWithId(subjectId()))
            return policyOf(*role);
        break;
    case SubjectKind::Draft:
        return m_draft;
    }
    *why = tr("Choose an API key or a role to judge its requests.");
    return std::nullopt;
}

void TestBenchWidget::subjectChanged()
{
    m_noPolicyReason.clear();
    const std::optional<IamPolicy> policy = subjectPolicy(&m_noPolicyReason);
    m_compiledSubject
        = policy ? std::optional<CompiledPolicy>(CompiledPolicy(*policy)) : std::nullopt;
    updateMatrix();
    judge();
}

void TestBenchWidget::judge()
{
    // Called while the form is still being built.
    if (!m_verdict || !m_operation || !m_zone || !m_sourceIp)
        return;
    const PolicyRequest current = request();
    if (!m_compiledSubject || current.operation.isEmpty()) {
        m_decision.reset();
    } else {
        static const PolicyJudge policyJudge;
        m_decision = policyJudge.judge(m_compiledOrganization, *m_compiledSubject, current);
    }
    showDecision();
    Q_EMIT decisionChanged();
}

void TestBenchWidget::showDecision()
{
    m_organizationNote->setText(m_organization
            ? QString()
            : tr("The organization policy is not known: only the subject's policy is judged."));
    m_organizationNote->setVisible(!m_organization);
    if (!m_decision) {
        m_verdict->setText(
            m_compiledSubject ? tr("Choose an operation to see the verdict.") : m_noPolicyReason);
        m_decidingPolicy->clear();
        m_decidingRule->clear();
        m_skipped->setText(tr("None."));
        return;
    }
    const PolicyDecision &decision = *m_decision;
    m_verdict->setText(PolicyExplanation::verdict(decision));

    const bool byOrganization = decision.decidedBy == PolicyDecision::Stage::Organization;
    QString policyText;
    if (byOrganization) {
        policyText = tr("Deciding policy: the organization policy.");
    } else {
        switch (subjectKind()) {
        case SubjectKind::ApiKey: {
            const ApiKey *key = apiKeyWithId(subjectId());
            const IamRole *role = key ? roleWithId(key->roleId) : nullptr;
            policyText = tr("Deciding policy: the policy of role %1, the role of API key %2.")
                             .arg(role ? role->name : QString(), key ? key->name : QString());
            break;
        }
        case SubjectKind::Role: {
            const IamRole *role = roleWithId(subjectId());
            policyText
                = tr("Deciding policy: the policy of role %1.").arg(role ? role->name : QString());
            break;
        }
        case SubjectKind::Draft:
        case SubjectKind::None:
            policyText = tr("Deciding policy: %1.").arg(m_draftLabel);
            break;
        }
    }
    m_decidingPolicy->setText(policyText);

    if (decision.rule) {
        const IamPolicy &policy
            = byOrganization ? m_compiledOrganization.policy() : m_compiledSubject->policy();
        const IamPolicy::Rule rule
            = policy.services.value(decision.service).rules.value(*decision.rule);
        m_decidingRule->setText((rule.action == IamPolicy::Effect::Allow
                ? tr("Deciding rule: rule %1 of %2, which allows: %3")
                : tr("Deciding rule: rule %1 of %2, which denies: %3"))
                                    .arg(*decision.rule + 1)
                                    .arg(decision.service, rule.expression));
    } else if (decision.reason == PolicyDecision::Reason::NoRuleMatched) {
        m_decidingRule->setText(tr("Deciding rule: none, no rule matched."));
    } else {
        m_decidingRule->setText(tr("Deciding rule: none, no rule was tried."));
    }

    QStringList skipped;
    for (const PolicyDecision::SkippedRule &rule : decision.skipped)
        skipped.append(PolicyExplanation::skipped(rule, decision.service));
    m_skipped->setText(skipped.isEmpty() ? tr("None.") : skipped.join(u'\n'));
}

void TestBenchWidget::updateMatrix()
{
    if (!m_matrixService)
        return;
    m_matrix->setService(m_matrixService->currentText());
    m_matrix->setOrganizationPolicy(m_organization.value_or(IamPolicy::allowAll()));
    m_matrix->setApiKey(subjectKind() == SubjectKind::ApiKey ? subjectId() : QString());
    m_matrix->setRolePolicy(
        m_compiledSubject ? std::optional<IamPolicy>(m_compiledSubject->policy()) : std::nullopt);
    QStringList notes;
    if (!m_compiledSubject)
        notes.append(m_noPolicyReason);
    if (!m_organization)
        notes.append(
            tr("The organization policy is not known: only the subject's policy is judged."));
    notes.append(tr("A verdict that depends on parameters changes with the request: try it on "
                    "the Request tab."));
    m_matrixNote->setText(notes.join(u'\n'));
}

} // namespace Keyport
