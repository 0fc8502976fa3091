// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyMatrixModel.h"

#include "models/PolicyExplanation.h"
#include "policy/CelActivation.h"
#include "policy/PolicyJudge.h"
#include "policy/ServiceMap.h"

#include <QCoreApplication>

namespace Keyport {

using namespace Qt::StringLiterals;
using Stage = PolicyDecision::Stage;
using Reason = PolicyDecision::Reason;

namespace {

/// The names a request brings that a row does not fix, in the order the Why column lists them.
const QStringList &requestNames()
{
    static const QStringList names{
        u"parameters"_s, u"resources"_s, u"zone"_s, u"source_ip"_s, u"api_key"_s};
    return names;
}

// The judge's own wording (same context), so that the matrix and the bench read alike.
QString describe(int column, const QString &message)
{
    return column > 0 ? QCoreApplication::translate("Keyport::PolicyJudge", "column %1: %2")
                            .arg(column)
                            .arg(message)
                      : message;
}

/// The request names @p expression reads, of those not bound in @p fixedNames.
QStringList readsOf(const Cel::Expression &expression, const QSet<QString> &fixedNames)
{
    const QSet<QString> all = PolicyJudge::bindingNames();
    const qsizetype base = expression.check(all).size();
    QStringList reads;
    for (const QString &name : requestNames()) {
        if (fixedNames.contains(name))
            continue;
        QSet<QString> without = all;
        without.remove(name);
        if (expression.check(without).size() > base)
            reads.append(name);
    }
    return reads;
}

/// What one policy may answer for every request to one operation (see the class comment).
struct StageOutcome
{
    bool canAllow = false;
    bool canDeny = false;
    /// No rule of unknown value was met: the verdict below is the judge's for every request.
    bool single = true;
    bool allowed = false;
    Reason reason = Reason::DefaultStrategy;
    std::optional<int> rule;
    QList<PolicyDecision::SkippedRule> skipped;
    /// The first rule of unknown value, and what it reads.
    int firstUnknown = -1;
    QStringList reads;

    void decide(bool allow, Reason why, std::optional<int> index = {})
    {
        (allow ? canAllow : canDeny) = true;
        if (single) {
            allowed = allow;
            reason = why;
            rule = index;
        }
    }
};

StageOutcome walk(const CompiledPolicy &policy, Stage stage, const QString &serviceName,
    const Cel::Activation &fixed, const QSet<QString> &fixedNames)
{
    StageOutcome outcome;
    const CompiledPolicy::Service *service = policy.service(serviceName);
    if (!service) {
        outcome.decide(
            policy.defaultServiceStrategy() == IamPolicy::Effect::Allow, Reason::DefaultStrategy);
        return outcome;
    }
    switch (service->type) {
    case IamPolicy::ServiceType::Allow:
        outcome.decide(true, Reason::ServiceType);
        return outcome;
    case IamPolicy::ServiceType::Deny:
        outcome.decide(false, Reason::ServiceType);
        return outcome;
    case IamPolicy::ServiceType::Rules:
        break;
    }
    const auto skip = [&](int index, const QString &error) {
        if (outcome.single)
            outcome.skipped.append({stage, index, error});
    };
    for (int index = 0; index < service->rules.size(); ++index) {
        const CompiledPolicy::Rule &rule = service->rules.at(index);
        const bool allows = rule.action == IamPolicy::Effect::Allow;
        if (!rule.expression.isValid()) {
            const Cel::Diagnostic error = rule.expression.syntaxError();
            skip(index, describe(error.column, error.message));
            continue;
        }
        const Cel::Value value = rule.expression.evaluate(fixed);
        if (value.isError()) {
            const QStringList reads = readsOf(rule.expression, fixedNames);
            if (reads.isEmpty()) {
                // It fails whatever the request: skipped, as the judge would.
                skip(index, describe(value.errorColumn(), value.errorMessage()));
                continue;
            }
            // It may match, or not: follow both ways.
            (allows ? outcome.canAllow : outcome.canDeny) = true;
            if (outcome.single) {
                outcome.single = false;
                outcome.firstUnknown = index;
                outcome.reads = reads;
            }
            continue;
        }
        if (value.kind() != Cel::Value::Kind::Bool) {
            skip(index,
                QCoreApplication::translate(
                    "Keyport::PolicyJudge", "the expression is a %1, not a bool")
                    .arg(value.typeName()));
            continue;
        }
        if (value.toBool()) {
            outcome.decide(allows, Reason::Rule, index);
            return outcome;
        }
    }
    outcome.decide(false, Reason::NoRuleMatched);
    return outcome;
}

PolicyDecision decisionOf(const StageOutcome &outcome, Stage stage, const QString &service,
    const QList<PolicyDecision::SkippedRule> &skippedBefore = {})
{
    PolicyDecision decision;
    decision.allowed = outcome.allowed;
    decision.decidedBy = stage;
    decision.reason = outcome.reason;
    decision.service = service;
    decision.rule = outcome.rule;
    decision.skipped = skippedBefore + outcome.skipped;
    return decision;
}

int rank(PolicyMatrixModel::Verdict verdict)
{
    switch (verdict) {
    case PolicyMatrixModel::Verdict::Allowed:
        return 0;
    case PolicyMatrixModel::Verdict::Depends:
        return 1;
    case PolicyMatrixModel::Verdict::Denied:
        return 2;
    }
    return 2;
}

} // namespace

PolicyMatrixModel::PolicyMatrixModel(QObject *parent)
    : PolicyMatrixModel(ServiceMap::builtIn(), parent)
{ }

PolicyMatrixModel::PolicyMatrixModel(const ServiceMap &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(&services)
{ }

PolicyMatrixModel::~PolicyMatrixModel() = default;

void PolicyMatrixModel::setOrganizationPolicy(const IamPolicy &policy)
{
    m_organization = CompiledPolicy(policy);
    recompute();
}

void PolicyMatrixModel::setRolePolicy(const std::optional<IamPolicy> &policy)
{
    m_role = policy ? std::optional<CompiledPolicy>(CompiledPolicy(*policy)) : std::nullopt;
    recompute();
}

void PolicyMatrixModel::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    recompute();
}

void PolicyMatrixModel::setApiKey(const QString &apiKey)
{
    if (apiKey == m_apiKey)
        return;
    m_apiKey = apiKey;
    recompute();
}

int PolicyMatrixModel::rowOf(const QString &operation) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).operation == operation)
            return row;
    }
    return -1;
}

QString PolicyMatrixModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return tr("✔ Allowed");
    case Verdict::Denied:
        return tr("✘ Denied");
    case Verdict::Depends:
        return tr("? Depends on parameters");
    }
    return {};
}

QString PolicyMatrixModel::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return tr("Allowed");
    case Verdict::Denied:
        return tr("Denied");
    case Verdict::Depends:
        return tr("Depends on parameters");
    }
    return {};
}

PolicyMatrixModel::Row PolicyMatrixModel::analyse(const QString &operation) const
{
    Cel::Activation fixed;
    fixed.bind(u"operation"_s, Cel::Value::fromString(operation));
    fixed.bind(u"service"_s, Cel::Value::fromString(m_service));
    fixed.bind(u"now"_s, Cel::Value::fromTimestamp(m_now));
    QSet<QString> fixedNames{u"operation"_s, u"service"_s, u"now"_s};
    if (!m_apiKey.isEmpty()) {
        fixed.bind(u"api_key"_s, Cel::Value::fromString(m_apiKey));
        fixedNames.insert(u"api_key"_s);
    }

    const StageOutcome organization
        = walk(m_organization, Stage::Organization, m_service, fixed, fixedNames);
    const StageOutcome role = walk(*m_role, Stage::Role, m_service, fixed, fixedNames);
    const bool canAllow = organization.canAllow && role.canAllow;
    const bool canDeny = organization.canDeny || (organization.canAllow && role.canDeny);

    Row row{operation, Verdict::Denied, {}};
    if (canAllow && canDeny) {
        row.verdict = Verdict::Depends;
        row.why = organization.canAllow && organization.canDeny
            ? PolicyExplanation::depends(
                Stage::Organization, organization.firstUnknown, m_service, organization.reads)
            : PolicyExplanation::depends(Stage::Role, role.firstUnknown, m_service, role.reads);
        return row;
    }
    if (!organization.canAllow) {
        // The organisation policy denies every such request.
        row.why = organization.single ? PolicyExplanation::verdictWithSkipped(
                      decisionOf(organization, Stage::Organization, m_service))
                                      : PolicyExplanation::sameEitherWay(Stage::Organization, false,
                                          organization.firstUnknown, m_service);
        return row;
    }
    // The organisation policy lets some through; the role's answer is the same for all of them.
    row.verdict = canAllow ? Verdict::Allowed : Verdict::Denied;
    row.why = role.single
        ? PolicyExplanation::verdictWithSkipped(decisionOf(role, Stage::Role, m_service,
            organization.single ? organization.skipped : QList<PolicyDecision::SkippedRule>()))
        : PolicyExplanation::sameEitherWay(Stage::Role, canAllow, role.firstUnknown, m_service);
    return row;
}

void PolicyMatrixModel::recompute()
{
    m_now = QDateTime::currentDateTimeUtc();
    QList<Row> rows;
    if (m_role) {
        const QStringList operations = m_services->operationsOf(m_service);
        rows.reserve(operations.size());
        for (const QString &operation : operations)
            rows.append(analyse(operation));
    }
    const bool sameOperations = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.operation == b.operation; });
    if (sameOperations) {
        // Keeps the view's selection and scroll position while a draft is edited.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, VerdictColumn), index(m_rows.size() - 1, WhyColumn));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PolicyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case VerdictRole:
        return int(row.verdict);
    case OperationRole:
        return row.operation;
    case SortRole:
        switch (index.column()) {
        case VerdictColumn:
            return QString(QString::number(rank(row.verdict)) + u' ' + row.operation);
        case WhyColumn:
            return row.why;
        default:
            return row.operation;
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperationColumn:
            return row.operation;
        case VerdictColumn:
            return verdictText(row.verdict);
        case WhyColumn:
            return row.why;
        }
        break;
    case Qt::AccessibleTextRole:
        return index.column() == VerdictColumn ? verdictName(row.verdict)
                                               : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == WhyColumn ? row.why : QVariant();
    }
    return {};
}

QVariant PolicyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case VerdictColumn:
        return tr("Verdict");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}

} // namespace Keyport
