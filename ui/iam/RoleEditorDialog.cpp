// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleEditorDialog.h"

#include "api/IamJson.h"
#include "domain/ExoCommandLine.h"
#include "domain/IamLimits.h"
#include "iam/ExpressionEdit.h"
#include "policy/CelExpression.h"
#include "policy/ServiceMap.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

namespace {

const auto bypassRetention = u"bypass-governance-retention"_s;
const auto resetOrgPolicy = u"reset-iam-organization-policy"_s;

/// The choices of a service row, in the order of its combo box.
enum ServiceChoice { DefaultChoice, AllowChoice, DenyChoice, RulesChoice };

/// What a screen reader announces for a label: its text without the mnemonic marker.
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

/// A label for @p buddy, whose accessible name becomes the label's text.
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    buddy->setAccessibleName(withoutMnemonic(text));
    return label;
}

template <typename Button> Button *namedButton(Button *button, const QString &objectName)
{
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(button->text()));
    return button;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// The widgets the keyboard reaches, in the order they are laid out: of a tab widget, the tab
/// bar and the current page only.
void collectFocusable(QLayout *layout, QList<QWidget *> *out);
void collectFocusable(QWidget *widget, QList<QWidget *> *out)
{
    if (auto *area = qobject_cast<QScrollArea *>(widget)) {
        if (area->widget())
            collectFocusable(area->widget(), out);
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        collectFocusable(tabs->tabBar(), out);
        if (tabs->currentWidget())
            collectFocusable(tabs->currentWidget(), out);
        return;
    }
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        out->append(widget);
    if (widget->layout())
        collectFocusable(widget->layout(), out);
}
void collectFocusable(QLayout *layout, QList<QWidget *> *out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            collectFocusable(item->widget(), out);
        else if (item->layout())
            collectFocusable(item->layout(), out);
    }
}

/// Replaces @p old (if any) by @p replacement in @p layout; @p old goes when the event loop
/// next runs, since one of its buttons may be the sender of the signal being handled.
void replaceBox(QVBoxLayout *layout, QPointer<QWidget> &old, QWidget *replacement)
{
    if (old) {
        layout->removeWidget(old);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    layout->addWidget(replacement);
    // Now, not when the event loop next runs (as a layout would), so that it takes the focus.
    replacement->show();
    old = replacement;
}

} // namespace

RoleEditorDialog::RoleEditorDialog(Mode mode, const IamRole &role, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(role)
    , m_tabs(new QTabWidget(this))
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
    m_emittedPolicy = m_draft.policy;

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

    m_tabs->setObjectName(u"roleEditorTabs"_s);
    m_tabs->addTab(buildForm(), tr("&Form"));
    m_tabs->addTab(buildJsonPage(), tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Back on the JSON tab: the text becomes the body again, tidily indented.
        if (m_jsonError.isEmpty())
            updateJson();
    });

    auto *commandLabel = new QLabel(this);
    m_command = new QLineEdit(this);
    m_command->setObjectName(u"roleExoCommand"_s);
    m_command->setReadOnly(true);
    commandLabel->setText(tr("exo &command line"));
    commandLabel->setBuddy(m_command);
    m_command->setAccessibleName(withoutMnemonic(commandLabel->text()));
    m_copyCommand = namedButton(new QPushButton(tr("C&opy"), this), u"roleExoCommandCopy"_s);
    m_copyCommand->setToolTip(tr("Copy the command line to the clipboard"));
    connect(m_copyCommand, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_command->text()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copyCommand);

    m_problemLabel = noteLabel(QString(), this);
    m_problemLabel->setObjectName(u"roleEditorProblem"_s);
    m_saveStatus = noteLabel(QString(), this);
    m_saveStatus->setObjectName(u"roleEditorSaveStatus"_s);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveStatus->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Edit ? tr("Save Role") : tr("Create Role"));
    namedButton(m_ok, u"roleEditorOk"_s);
    namedButton(m_buttons->button(QDialogButtonBox::Cancel), u"roleEditorCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoleEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(commandRow);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_buttons);
    resize(760, 720);

    loadForm();
    stateChanged();
    // The first thing to type: the name of a new role, the description of an existing one.
    (mode == Mode::Edit ? m_description : m_name)->setFocus(Qt::OtherFocusReason);
}

RoleEditorDialog::~RoleEditorDialog() = default;

QWidget *RoleEditorDialog::buildForm()
{
    auto *area = new QScrollArea(this);
    m_formArea = area;
    area->setObjectName(u"roleForm"_s);
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::NoFocus);
    area->setFrameShape(QFrame::NoFrame);
    m_formPage = new QWidget(area);
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
    page->addWidget(noteLabel(tr("Services the policy does not list:"), m_formPage));
    const auto bigChoice = [this](const QString &text, const QString &objectName) {
        auto *button = namedButton(new QPushButton(text, m_formPage), objectName);
        button->setCheckable(true);
        button->setMinimumHeight(button->sizeHint().height() * 2);
        return button;
    };
    m_defaultAllow = bigChoice(tr("&Allow every service not listed"), u"roleDefaultAllow"_s);
    m_defaultDeny = bigChoice(tr("Den&y every service not listed"), u"roleDefaultDeny"_s);
    // Exclusive by hand: in an exclusive QButtonGroup, Tab would reach only the checked one.
    connect(m_defaultAllow, &QPushButton::clicked, this,
        [this] { onStrategyChosen(IamPolicy::Effect::Allow); });
    connect(m_defaultDeny, &QPushButton::clicked, this,
        [this] { onStrategyChosen(IamPolicy::Effect::Deny); });
    auto *strategyRow = new QHBoxLayout;
    strategyRow->addWidget(m_defaultAllow);
    strategyRow->addWidget(m_defaultDeny);
    page->addLayout(strategyRow);

    auto *servicesNote = noteLabel(tr("Each service class: the default strategy, allowed, denied, "
                                      "or decided by rules tried in order (the first that matches "
                                      "decides; when none matches, the request is denied)."),
        m_formPage);
    page->addWidget(servicesNote);
    m_servicesLayout = new QVBoxLayout;
    m_servicesLayout->setContentsMargins(0, 0, 0, 0);
    page->addLayout(m_servicesLayout);
    page->addStretch(1);

    area->setWidget(m_formPage);
    return area;
}

QWidget *RoleEditorDialog::buildJsonPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_json = new QPlainTextEdit(page);
    m_json->setObjectName(u"roleJson"_s);
    m_json->setTabChangesFocus(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QString label = m_mode == Mode::Edit
        ? tr("&Body sent: the role update and the policy update")
        : tr("&Body sent to create the role");
    layout->addWidget(labelFor(label, m_json, page));
    layout->addWidget(m_json, 1);
    m_jsonStatus = noteLabel(QString(), page);
    m_jsonStatus->setObjectName(u"roleJsonStatus"_s);
    m_jsonStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_jsonStatus);
    connect(m_json, &QPlainTextEdit::textChanged, this, &RoleEditorDialog::onJsonEdited);
    return page;
}

void RoleEditorDialog::addSidePage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void RoleEditorDialog::accept()
{
    if (!isAcceptable() || m_saving)
        return;
    if (m_savesItself) {
        Q_EMIT saveRequested();
        return;
    }
    QDialog::accept();
}

void RoleEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (saving) {
        m_saveStatus->setText(tr("Saving…"));
        m_saveStatus->show();
    }
    m_ok->setEnabled(!saving && isAcceptable());
}

void RoleEditorDialog::showSaveError(const QString &message)
{
    setSaving(false);
    m_saveStatus->setText(message);
    m_saveStatus->show();
}

void RoleEditorDialog::finishSaving()
{
    m_saving = false;
    QDialog::accept();
}

void RoleEditorDialog::loadForm()
{
    m_loading = true;
    m_name->setText(m_draft.name);
    m_description->setText(m_draft.description.value_or(QString()));
    m_editable->setChecked(m_draft.editable);
    m_bypassRetention->setChecked(m_draft.permissions.contains(bypassRetention));
    m_resetOrgPolicy->setChecked(m_draft.permissions.contains(resetOrgPolicy));
    (m_draft.policy.defaultServiceStrategy == IamPolicy::Effect::Allow ? m_defaultAllow
                                                                       : m_defaultDeny)
        ->setChecked(true);
    m_loading = false;
    rebuildLabels();
    rebuildServices();
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
    replaceBox(m_labelsLayout, m_labelsBox, box);
    focusByName(focusName);
}

void RoleEditorDialog::focusByName(const QString &name)
{
    if (name.isEmpty())
        return;
    if (auto *expression = m_formPage->findChild<ExpressionEdit *>(name))
        expression->textEdit()->setFocus(Qt::TabFocusReason);
    else if (auto *target = m_formPage->findChild<QWidget *>(name))
        target->setFocus(Qt::TabFocusReason);
}

QStringList RoleEditorDialog::serviceClasses() const
{
    QStringList classes = ServiceMap::builtIn().services();
    // A class Keyport does not know keeps its row while set back to (default).
    QStringList named = m_draft.policy.services.keys() + m_stashedServices.keys();
    for (const QString &service : std::as_const(named)) {
        if (!classes.contains(service))
            classes.append(service);
    }
    return classes;
}

void RoleEditorDialog::rebuildServices(const QString &focusName)
{
    auto *box = new QWidget(m_formPage);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList classes = serviceClasses();
    for (const QString &service : classes) {
        auto *choice = new QComboBox(box);
        choice->setObjectName(u"serviceType_%1"_s.arg(service));
        choice->addItems({tr("Default"), tr("Allow"), tr("Deny"), tr("Rules")});
        const auto entry = m_draft.policy.services.constFind(service);
        int current = DefaultChoice;
        if (entry != m_draft.policy.services.cend()) {
            switch (entry->type) {
            case IamPolicy::ServiceType::Allow:
                current = AllowChoice;
                break;
            case IamPolicy::ServiceType::Deny:
                current = DenyChoice;
                break;
            case IamPolicy::ServiceType::Rules:
                current = RulesChoice;
                break;
            }
        }
        choice->setCurrentIndex(current);
        auto *header = new QHBoxLayout;
        auto *serviceLabel = labelFor(service, choice, box);
        serviceLabel->setTextFormat(Qt::PlainText);
        serviceLabel->setMinimumWidth(
            serviceLabel->fontMetrics().horizontalAdvance(u"compute-legacy"_s) + 12);
        if (!ServiceMap::builtIn().knowsService(service))
            serviceLabel->setToolTip(tr("Keyport does not know this service class."));
        header->addWidget(serviceLabel);
        header->addWidget(choice);
        header->addStretch(1);
        layout->addLayout(header);
        connect(choice, &QComboBox::currentIndexChanged, this,
            [this, service](int index) { setServiceType(service, index); });
        if (current != RulesChoice)
            continue;

        auto *rulesBox = new QWidget(box);
        rulesBox->setObjectName(u"serviceRules_%1"_s.arg(service));
        auto *rules = new QVBoxLayout(rulesBox);
        rules->setContentsMargins(24, 0, 0, 8);
        const QList<IamPolicy::Rule> &list = entry->rules;
        if (list.isEmpty())
            rules->addWidget(noteLabel(
                tr("No rules yet: every request to %1 is denied.").arg(service), rulesBox));
        for (int index = 0; index < list.size(); ++index) {
            const IamPolicy::Rule &rule = list.at(index);
            const QString suffix = u"_%1_%2"_s.arg(service).arg(index);
            rules->addWidget(headingLabel(tr("Rule %1").arg(index + 1), rulesBox));
            auto *form = new QFormLayout;
            auto *action = new QComboBox(rulesBox);
            action->setObjectName(u"ruleAction"_s + suffix);
            action->addItems({tr("Allow"), tr("Deny")});
            action->setCurrentIndex(rule.action == IamPolicy::Effect::Allow ? 0 : 1);
            form->addRow(labelFor(tr("Action"), action, rulesBox), action);
            auto *expression = new ExpressionEdit(rulesBox);
            expression->setObjectName(u"ruleExpression"_s + suffix);
            expression->setServiceClass(service);
            expression->setExpression(rule.expression);
            auto *expressionLabel = new QLabel(tr("Expression"), rulesBox);
            expressionLabel->setBuddy(expression);
            expression->setAccessibleLabel(tr("Expression"));
            form->addRow(expressionLabel, expression);
            rules->addLayout(form);
            if (rule.extra.contains(u"resources"_s))
                rules->addWidget(noteLabel(tr("This rule also lists resources: they have no "
                                              "effect at Exoscale, and are kept unchanged."),
                    rulesBox));
            auto *buttons = new QHBoxLayout;
            auto *up = namedButton(new QPushButton(tr("Move Up"), rulesBox), u"ruleUp"_s + suffix);
            auto *down
                = namedButton(new QPushButton(tr("Move Down"), rulesBox), u"ruleDown"_s + suffix);
            auto *duplicate = namedButton(
                new QPushButton(tr("Duplicate"), rulesBox), u"ruleDuplicate"_s + suffix);
            auto *remove = namedButton(
                new QPushButton(tr("Remove Rule"), rulesBox), u"ruleRemove"_s + suffix);
            up->setEnabled(index > 0);
            down->setEnabled(index + 1 < list.size());
            buttons->addStretch(1);
            buttons->addWidget(up);
            buttons->addWidget(down);
            buttons->addWidget(duplicate);
            buttons->addWidget(remove);
            rules->addLayout(buttons);

            connect(action, &QComboBox::currentIndexChanged, this, [this, service, index](int i) {
                m_draft.policy.services[service].rules[index].action
                    = i == 0 ? IamPolicy::Effect::Allow : IamPolicy::Effect::Deny;
                stateChanged();
            });
            connect(expression, &ExpressionEdit::expressionChanged, this,
                [this, service, index](const QString &text) {
                    m_draft.policy.services[service].rules[index].expression = text;
                    stateChanged();
                });
            connect(up, &QPushButton::clicked, this,
                [this, service, index] { moveRule(service, index, -1); });
            connect(down, &QPushButton::clicked, this,
                [this, service, index] { moveRule(service, index, +1); });
            connect(duplicate, &QPushButton::clicked, this,
                [this, service, index] { duplicateRule(service, index); });
            connect(remove, &QPushButton::clicked, this,
                [this, service, index] { removeRule(service, index); });
        }
        auto *add = namedButton(new QPushButton(tr("Add Rule to %1").arg(service), rulesBox),
            u"addRule_%1"_s.arg(service));
        connect(add, &QPushButton::clicked, this, [this, service] { addRule(service); });
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(add);
        addRow->addStretch(1);
        rules->addLayout(addRow);
        layout->addWidget(rulesBox);
    }
    replaceBox(m_servicesLayout, m_servicesBox, box);
    focusByName(focusName);
}

bool RoleEditorDialog::focusNextPrevChild(bool next)
{
    // Rows are rebuilt as rules and labels come and go, and QWidget::setTabOrder() loses the
    // field of a compound such as ExpressionEdit: Tab follows the layout instead.
    QList<QWidget *> order;
    collectFocusable(this, &order);
    order.removeIf(
        [this](QWidget *widget) { return !widget->isVisibleTo(this) || !widget->isEnabled(); });
    const qsizetype current = order.indexOf(QApplication::focusWidget());
    if (current < 0 || order.size() < 2)
        return QDialog::focusNextPrevChild(next);
    QWidget *target = order.at((current + (next ? 1 : order.size() - 1)) % order.size());
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (m_formArea->isAncestorOf(target))
        m_formArea->ensureWidgetVisible(target);
    return true;
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

void RoleEditorDialog::onStrategyChosen(IamPolicy::Effect effect)
{
    m_defaultAllow->setChecked(effect == IamPolicy::Effect::Allow);
    m_defaultDeny->setChecked(effect == IamPolicy::Effect::Deny);
    m_draft.policy.defaultServiceStrategy = effect;
    stateChanged();
}

void RoleEditorDialog::setServiceType(const QString &service, int choice)
{
    auto &services = m_draft.policy.services;
    if (choice == DefaultChoice) {
        if (services.contains(service))
            m_stashedServices.insert(service, services.take(service));
    } else {
        if (!services.contains(service))
            services.insert(service, m_stashedServices.take(service));
        IamPolicy::Service &entry = services[service];
        entry.type = choice == AllowChoice ? IamPolicy::ServiceType::Allow
            : choice == DenyChoice         ? IamPolicy::ServiceType::Deny
                                           : IamPolicy::ServiceType::Rules;
        if (entry.type == IamPolicy::ServiceType::Rules && entry.rules.isEmpty())
            entry.rules.append(IamPolicy::Rule{});
    }
    rebuildServices(u"serviceType_%1"_s.arg(service));
    stateChanged();
}

void RoleEditorDialog::addRule(const QString &service)
{
    auto &rules = m_draft.policy.services[service].rules;
    rules.append(IamPolicy::Rule{});
    rebuildServices(u"ruleExpression_%1_%2"_s.arg(service).arg(rules.size() - 1));
    stateChanged();
}

void RoleEditorDialog::removeRule(const QString &service, int index)
{
    auto &rules = m_draft.policy.services[service].rules;
    rules.removeAt(index);
    rebuildServices(index < rules.size() ? u"ruleRemove_%1_%2"_s.arg(service).arg(index)
                                         : u"addRule_%1"_s.arg(service));
    stateChanged();
}

void RoleEditorDialog::duplicateRule(const QString &service, int index)
{
    auto &rules = m_draft.policy.services[service].rules;
    rules.insert(index + 1, rules.at(index));
    rebuildServices(u"ruleExpression_%1_%2"_s.arg(service).arg(index + 1));
    stateChanged();
}

void RoleEditorDialog::moveRule(const QString &service, int index, int delta)
{
    auto &rules = m_draft.policy.services[service].rules;
    const int target = index + delta;
    if (target < 0 || target >= rules.size())
        return;
    rules.move(index, target);
    // The focus follows the rule; at an end, to the button that still works.
    QString focus = (delta < 0 ? u"ruleUp_%1_%2"_s : u"ruleDown_%1_%2"_s).arg(service).arg(target);
    if (target == 0 || target + 1 == rules.size())
        focus = (delta < 0 ? u"ruleDown_%1_%2"_s : u"ruleUp_%1_%2"_s).arg(service).arg(target);
    rebuildServices(focus);
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
    result.policy = m_draft.policy;
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
    return m_original.policy != std::optional<IamPolicy>(m_draft.policy);
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
        {u"policy"_s, QJsonDocument::fromJson(IamJson::policyBody(m_draft.policy)).object()}};
}

void RoleEditorDialog::stateChanged()
{
    if (m_loading)
        return;
    if (!m_editingJson)
        updateJson();
    m_command->setText(commandLine());
    m_command->setCursorPosition(0);
    updateProblems();
    if (m_draft.policy != m_emittedPolicy) {
        m_emittedPolicy = m_draft.policy;
        Q_EMIT policyDraftChanged(m_emittedPolicy);
    }
}

void RoleEditorDialog::updateJson()
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

void RoleEditorDialog::onJsonEdited()
{
    const QByteArray text = m_json->toPlainText().toUtf8();
    m_jsonError.clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    PolicyProblems problems;
    std::optional<IamRoleDraft> read;
    int errorOffset = -1;
    if (error.error != QJsonParseError::NoError) {
        errorOffset = error.offset;
        // Lines and columns as an editor counts them, from 1.
        const QByteArray before = text.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column
            = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        m_jsonError = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
    } else if (!document.isObject()) {
        m_jsonError = tr("The body must be a JSON object.");
    } else if (m_mode != Mode::Edit) {
        read = IamJson::roleDraftFromJson(document.object(), &problems);
    } else {
        // {"role": <update-iam-role body>, "policy": <update-iam-role-policy body>}: read as a
        // role of this name, then refuse what an update does not send.
        const QJsonObject whole = document.object();
        QJsonObject roleJson = whole.value(u"role"_s).toObject();
        for (const QString &fixed : {u"name"_s, u"editable"_s, u"id"_s}) {
            if (roleJson.contains(fixed))
                problems.append({u"role."_s + fixed,
                    tr("never changes after the role is created: it is not part of an update")});
        }
        for (auto it = whole.begin(); it != whole.end(); ++it) {
            if (it.key() != u"role"_s && it.key() != u"policy"_s)
                problems.append({it.key(), tr("is not sent: the body has only role and policy")});
        }
        if (!whole.value(u"role"_s).isObject())
            problems.append({u"role"_s, tr("must be an object")});
        roleJson.insert(u"name"_s, m_original.name);
        roleJson.insert(u"policy"_s, whole.value(u"policy"_s));
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
    if (m_jsonError.isEmpty() && !problems.isEmpty())
        m_jsonError = problems.constFirst().toString();
    if (m_jsonError.isEmpty() && !read)
        m_jsonError = tr("The body is not a role.");

    QList<QTextEdit::ExtraSelection> marks;
    if (errorOffset >= 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_json->document());
        const int position = int(QString::fromUtf8(text.left(errorOffset)).size());
        mark.cursor.setPosition(qMax(0, position - 1));
        mark.cursor.setPosition(
            qMin(position + 1, m_json->document()->characterCount() - 1), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        mark.format.setUnderlineColor(Qt::red);
        marks.append(mark);
    }
    m_json->setExtraSelections(marks);

    if (!m_jsonError.isEmpty()) {
        m_jsonStatus->setText(m_jsonError);
        m_jsonStatus->show();
        updateProblems();
        return;
    }
    m_jsonStatus->hide();
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
    m_editingJson = true;
    loadForm();
    stateChanged();
    m_editingJson = false;
}

void RoleEditorDialog::updateProblems()
{
    QStringList problems;
    if (m_mode == Mode::Edit && !m_original.editable)
        problems << tr("This role is not editable: it can never be changed.");
    if (!m_jsonError.isEmpty())
        problems << tr("The JSON is not valid: %1").arg(m_jsonError);
    QSet<QString> keys;
    for (const LabelRow &row : std::as_const(m_labelRows)) {
        if (row.key.isEmpty() && !row.value.isEmpty())
            problems << tr("The label with the value %1 has no key.").arg(row.value);
        else if (!row.key.isEmpty() && keys.contains(row.key))
            problems << tr("The label %1 is given twice.").arg(row.key);
        keys.insert(row.key);
    }
    for (auto it = m_draft.policy.services.cbegin(); it != m_draft.policy.services.cend(); ++it) {
        if (it->type != IamPolicy::ServiceType::Rules)
            continue;
        for (int index = 0; index < it->rules.size(); ++index) {
            const Cel::Expression parsed = Cel::Expression::parse(it->rules.at(index).expression);
            if (parsed.isValid())
                continue;
            // Exoscale saves it and then skips it at every request, silently.
            const Cel::Diagnostic error = parsed.syntaxError();
            problems << tr("Rule %1 of %2 does not parse (column %3: %4): Exoscale would skip it "
                           "at every request.")
                            .arg(index + 1)
                            .arg(it.key())
                            .arg(error.column)
                            .arg(error.message);
        }
    }
    const PolicyProblems found = m_mode == Mode::Edit ? role().problems() : draft().problems();
    for (const PolicyProblem &problem : found)
        problems << tr("The role cannot be saved: %1").arg(problem.toString());
    if (problems.isEmpty() && m_mode == Mode::Edit && !roleChanged() && !policyChanged())
        problems << tr("Nothing has changed yet.");

    m_problem = problems.isEmpty() ? QString() : problems.constFirst();
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_ok->setEnabled(m_problem.isEmpty() && !m_saving);
}

} // namespace Keyport
