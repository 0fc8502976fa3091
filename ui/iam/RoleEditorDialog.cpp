// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleEditorDialog.h"

#include "api/IamJson.h"
#include "domain/ExoCommandLine.h"
#include "iam/FormKit.h"
#include "iam/PolicyForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

using namespace Qt::StringLiterals;
using namespace FormKit;

namespace {

const auto bypassRetention = u"bypass-governance-retention"_s;
const auto resetOrgPolicy = u"reset-iam-organization-policy"_s;

} // namespace

RoleEditorDialog::RoleEditorDialog(Mode mode, const IamRole &role, QWidget *parent)
    : IamEditorDialog(u"role"_s, parent)
    , m_mode(mode)
    , m_original(role)
{
    setObjectName(u"roleEditorDialog"_s);
    const QString name = mode == Mode::Clone ? role.name + u"-copy"_s : role.name;
    if (auto draft = IamRoleDraft::fromRole(role, name)) {
        m_draft = std::move(*draft);
    } else {
        // No policy to start from (a new role, or an old role that has none): a new role denies
        // everything until it is given rights; an existing one gets the smallest policy the API
        // accepts, which changes nothing of what it may do (allow-all is what it had).
        m_draft.name = name;
        m_draft.description = role.description;
        m_draft.permissions = role.permissions;
        m_draft.editable = role.editable;
        m_draft.labels = role.labels.value_or(QMap<QString, QString>());
        m_draft.assumeRolePolicy = role.assumeRolePolicy;
        m_draft.maxSessionTtl = role.maxSessionTtl;
        m_draft.extra = role.extra;
        m_draft.policy = mode == Mode::Edit ? IamPolicy::allowAll() : IamPolicy::denyAll();
    }
    if (mode != Mode::Edit)
        m_draft.extra.remove(u"id"_s);
    for (auto it = m_draft.labels.cbegin(); it != m_draft.labels.cend(); ++it)
        m_labelRows.append(LabelRow{it.key(), it.value()});

    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New Role"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Role %1").arg(role.name));
        break;
    case Mode::Clone:
        setWindowTitle(tr("New Role from %1").arg(role.name));
        break;
    }

    QWidget *form = buildForm();
    loadForm();
    setUp(form,
        mode == Mode::Edit ? tr("&Body sent: the role update and the policy update")
                           : tr("&Body sent to create the role"),
        mode == Mode::Edit ? tr("Save Role") : tr("Create Role"));
    // The first thing to type: the name of a new role, the description of an existing one.
    (mode == Mode::Edit ? m_description : m_name)->setFocus(Qt::OtherFocusReason);
}

RoleEditorDialog::~RoleEditorDialog() = default;

QWidget *RoleEditorDialog::buildForm()
{
    m_formPage = new QWidget(this);
    auto *page = new QVBoxLayout(m_formPage);

    auto *fields = new QFormLayout;
    m_name = new QLineEdit(m_formPage);
    m_name->setObjectName(u"roleName"_s);
    m_name->setReadOnly(m_mode == Mode::Edit);
    if (m_mode == Mode::Edit)
        m_name->setToolTip(tr("A role keeps its name: to rename it, create a new role."));
    fields->addRow(labelFor(tr("&Name"), m_name, m_formPage), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &RoleEditorDialog::onNameChanged);
    m_description = new QLineEdit(m_formPage);
    m_description->setObjectName(u"roleDescription"_s);
    fields->addRow(labelFor(tr("&Description"), m_description, m_formPage), m_description);
    connect(m_description, &QLineEdit::textChanged, this, &RoleEditorDialog::onDescriptionChanged);
    page->addLayout(fields);

    m_editable = namedButton(new QCheckBox(tr("&Editable"), m_formPage), u"roleEditable"_s);
    m_editable->setEnabled(m_mode != Mode::Edit);
    connect(m_editable, &QCheckBox::toggled, this, &RoleEditorDialog::onEditableToggled);
    page->addWidget(m_editable);
    auto *editableNote = noteLabel(m_mode == Mode::Edit
            ? tr("Whether a role is editable is chosen once, when it is created.")
            : tr("A role that is not editable can never be changed or deleted, not even by "
                 "the person who created it. This cannot be undone."),
        m_formPage);
    editableNote->setObjectName(u"roleEditableNote"_s);
    page->addWidget(editableNote);

    page->addWidget(headingLabel(tr("Permissions"), m_formPage));
    m_bypassRetention = namedButton(
        new QCheckBox(tr("&Bypass governance retention"), m_formPage), u"roleBypassRetention"_s);
    m_bypassRetention->setToolTip(bypassRetention);
    m_resetOrgPolicy = namedButton(
        new QCheckBox(tr("&Reset the organization policy"), m_formPage), u"roleResetOrgPolicy"_s);
    m_resetOrgPolicy->setToolTip(resetOrgPolicy);
    connect(m_bypassRetention, &QCheckBox::toggled, this, &RoleEditorDialog::onPermissionToggled);
    connect(m_resetOrgPolicy, &QCheckBox::toggled, this, &RoleEditorDialog::onPermissionToggled);
    page->addWidget(m_bypassRetention);
    page->addWidget(m_resetOrgPolicy);

    page->addWidget(headingLabel(tr("Labels"), m_formPage));
    m_labelsLayout = new QVBoxLayout;
    m_labelsLayout->setContentsMargins(0, 0, 0, 0);
    page->addLayout(m_labelsLayout);
    m_addLabel = namedButton(new QPushButton(tr("Add &Label"), m_formPage), u"roleAddLabel"_s);
    connect(m_addLabel, &QPushButton::clicked, this, [this] {
        m_labelRows.append(LabelRow{});
        rebuildLabels(u"labelKey_%1"_s.arg(m_labelRows.size() - 1));
        stateChanged();
    });
    auto *addLabelRow = new QHBoxLayout;
    addLabelRow->addWidget(m_addLabel);
    addLabelRow->addStretch(1);
    page->addLayout(addLabelRow);

    page->addWidget(headingLabel(tr("Policy"), m_formPage));
    page->addWidget(policyForm());
    page->addStretch(1);
    return m_formPage;
}

void RoleEditorDialog::loadForm()
{
    m_loading = true;
    m_name->setText(m_draft.name);
    m_description->setText(m_draft.description.value_or(QString()));
    m_editable->setChecked(m_draft.editable);
    m_bypassRetention->setChecked(m_draft.permissions.contains(bypassRetention));
    m_resetOrgPolicy->setChecked(m_draft.permissions.contains(resetOrgPolicy));
    policyForm()->setPolicy(m_draft.policy);
    m_loading = false;
    rebuildLabels();
}

void RoleEditorDialog::rebuildLabels(const QString &focusName)
{
    auto *box = new QWidget(m_formPage);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_labelRows.isEmpty())
        layout->addWidget(noteLabel(tr("No labels."), box));
    for (int index = 0; index < m_labelRows.size(); ++index) {
        auto *row = new QHBoxLayout;
        auto *key = new QLineEdit(m_labelRows.at(index).key, box);
        key->setObjectName(u"labelKey_%1"_s.arg(index));
        auto *value = new QLineEdit(m_labelRows.at(index).value, box);
        value->setObjectName(u"labelValue_%1"_s.arg(index));
        auto *remove
            = namedButton(new QPushButton(tr("Remove Label"), box), u"labelRemove_%1"_s.arg(index));
        row->addWidget(labelFor(tr("Key"), key, box));
        row->addWidget(key, 1);
        row->addWidget(labelFor(tr("Value"), value, box));
        row->addWidget(value, 2);
        row->addWidget(remove);
        layout->addLayout(row);
        connect(key, &QLineEdit::textEdited, this, [this, index](const QString &text) {
            m_labelRows[index].key = text;
            stateChanged();
        });
        connect(value, &QLineEdit::textEdited, this, [this, index](const QString &text) {
            m_labelRows[index].value = text;
            stateChanged();
        });
        connect(remove, &QPushButton::clicked, this, [this, index] {
            m_labelRows.removeAt(index);
            rebuildLabels(
                index < m_labelRows.size() ? u"labelRemove_%1"_s.arg(index) : u"roleAddLabel"_s);
            stateChanged();
        });
    }
    FormKit::replaceBox(m_labelsLayout, m_labelsBox, box);
    FormKit::focusByName(m_formPage, focusName);
}

void RoleEditorDialog::onNameChanged(const QString &text)
{
    if (m_loading || m_mode == Mode::Edit)
        return;
    m_draft.name = text;
    stateChanged();
}

void RoleEditorDialog::onDescriptionChanged(const QString &text)
{
    if (m_loading)
        return;
    // Exoscale takes 1 to 255 characters: an empty field means no description.
    m_draft.description = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    stateChanged();
}

void RoleEditorDialog::onPermissionToggled()
{
    if (m_loading)
        return;
    const QList<std::pair<QCheckBox *, QString>> boxes{
        {m_bypassRetention, bypassRetention}, {m_resetOrgPolicy, resetOrgPolicy}};
    // The order the role had, so that an unchanged role sends unchanged permissions.
    QStringList permissions = m_draft.permissions;
    for (const auto &[box, permission] : boxes) {
        if (box->isChecked() && !permissions.contains(permission))
            permissions.append(permission);
        else if (!box->isChecked())
            permissions.removeAll(permission);
    }
    m_draft.permissions = permissions;
    stateChanged();
}

void RoleEditorDialog::onEditableToggled(bool editable)
{
    if (m_loading || m_mode == Mode::Edit)
        return;
    m_draft.editable = editable;
    stateChanged();
}

QMap<QString, QString> RoleEditorDialog::labelMap() const
{
    QMap<QString, QString> labels;
    for (const LabelRow &row : m_labelRows) {
        if (!row.key.isEmpty() || !row.value.isEmpty())
            labels.insert(row.key, row.value);
    }
    return labels;
}

IamRoleDraft RoleEditorDialog::draft() const
{
    IamRoleDraft result = m_draft;
    result.labels = labelMap();
    result.policy = policy();
    return result;
}

IamRole RoleEditorDialog::role() const
{
    IamRole result = m_original;
    result.description = m_draft.description;
    result.permissions = m_draft.permissions;
    const QMap<QString, QString> labels = labelMap();
    // A role read without labels stays without them unless some are added.
    if (m_original.labels || !labels.isEmpty())
        result.labels = labels;
    result.policy = policy();
    result.assumeRolePolicy = m_draft.assumeRolePolicy;
    result.maxSessionTtl = m_draft.maxSessionTtl;
    return result;
}

bool RoleEditorDialog::roleChanged() const
{
    return IamJson::updateRoleBody(role()) != IamJson::updateRoleBody(m_original);
}

bool RoleEditorDialog::policyChanged() const
{
    return m_original.policy != std::optional<IamPolicy>(policy());
}

QString RoleEditorDialog::commandLine() const
{
    return m_mode == Mode::Edit ? ExoCommandLine::forRoleUpdate(role())
                                : ExoCommandLine::forRoleCreate(draft());
}

QJsonObject RoleEditorDialog::sentJson() const
{
    if (m_mode != Mode::Edit)
        return QJsonDocument::fromJson(IamJson::createRoleBody(draft())).object();
    return QJsonObject{
        {u"role"_s, QJsonDocument::fromJson(IamJson::updateRoleBody(role())).object()},
        {u"policy"_s, QJsonDocument::fromJson(IamJson::policyBody(policy())).object()}};
}

QString RoleEditorDialog::readJson(const QJsonObject &json)
{
    PolicyProblems problems;
    std::optional<IamRoleDraft> read;
    if (m_mode != Mode::Edit) {
        read = IamJson::roleDraftFromJson(json, &problems);
    } else {
        // {"role": <update-iam-role body>, "policy": <update-iam-role-policy body>}: read as a
        // role of this name, then refuse what an update does not send.
        QJsonObject roleJson = json.value(u"role"_s).toObject();
        for (const QString &fixed : {u"name"_s, u"editable"_s, u"id"_s}) {
            if (roleJson.contains(fixed))
                problems.append({u"role."_s + fixed,
                    tr("never changes after the role is created: it is not part of an update")});
        }
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() != u"role"_s && it.key() != u"policy"_s)
                problems.append({it.key(), tr("is not sent: the body has only role and policy")});
        }
        if (!json.value(u"role"_s).isObject())
            problems.append({u"role"_s, tr("must be an object")});
        roleJson.insert(u"name"_s, m_original.name);
        roleJson.insert(u"policy"_s, json.value(u"policy"_s));
        PolicyProblems roleProblems;
        read = IamJson::roleDraftFromJson(roleJson, &roleProblems);
        for (PolicyProblem problem : std::as_const(roleProblems)) {
            problem.path
                = problem.path.startsWith(u"policy"_s) ? problem.path : u"role."_s + problem.path;
            problems.append(problem);
        }
        if (read) {
            for (auto it = read->extra.begin(); it != read->extra.end(); ++it)
                problems.append({u"role."_s + it.key(),
                    tr("is not part of a role update: it would not be sent")});
        }
    }
    if (!problems.isEmpty())
        return problems.constFirst().toString();
    if (!read)
        return tr("The body is not a role.");

    if (m_mode == Mode::Edit) {
        m_draft.description = read->description;
        m_draft.permissions = read->permissions;
        m_draft.labels = read->labels;
        m_draft.assumeRolePolicy = read->assumeRolePolicy;
        m_draft.maxSessionTtl = read->maxSessionTtl;
        m_draft.policy = read->policy;
    } else {
        m_draft = std::move(*read);
    }
    m_labelRows.clear();
    for (auto it = m_draft.labels.cbegin(); it != m_draft.labels.cend(); ++it)
        m_labelRows.append(LabelRow{it.key(), it.value()});
    loadForm();
    return {};
}

QStringList RoleEditorDialog::problems() const
{
    QStringList problems;
    if (m_mode == Mode::Edit && !m_original.editable)
        problems << tr("This role is not editable: it can never be changed.");
    if (!jsonError().isEmpty())
        problems << tr("The JSON is not valid: %1").arg(jsonError());
    QSet<QString> keys;
    for (const LabelRow &row : std::as_const(m_labelRows)) {
        if (row.key.isEmpty() && !row.value.isEmpty())
            problems << tr("The label with the value %1 has no key.").arg(row.value);
        else if (!row.key.isEmpty() && keys.contains(row.key))
            problems << tr("The label %1 is given twice.").arg(row.key);
        keys.insert(row.key);
    }
    problems << policyForm()->problems();
    const PolicyProblems found = m_mode == Mode::Edit ? role().problems() : draft().problems();
    for (const PolicyProblem &problem : found)
        problems << tr("The role cannot be saved: %1").arg(problem.toString());
    if (problems.isEmpty() && m_mode == Mode::Edit && !roleChanged() && !policyChanged())
        problems << tr("Nothing has changed yet.");
    return problems;
}

} // namespace Keyport
