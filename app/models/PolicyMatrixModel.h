// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyDecision.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Keyport {

class ServiceMap;

/// The policy matrix (issue 11, point 5): for an organisation policy, a role policy and a
/// service class, one row per operation of that class (in the ServiceMap's order) with what
/// Exoscale would answer: Allowed, Denied, or Depends on parameters, and why.
///
/// How "depends" is decided, soundly: the operation and the service class are fixed by the
/// row, `now` is the time of the last change to the model, and `api_key` is fixed when one is
/// given (setApiKey()); `parameters`, `resources`, `zone`, `source_ip` (and `api_key` when none
/// is given) are the request's, unknown here. Each policy is walked as the judge walks it
/// (organisation first). A rule is evaluated with only the fixed names bound; CEL's
/// error-absorbing `&&`, `||` and macros make that a partial evaluation: a bool result is the
/// rule's value for every request (`parameters.bucket == 'x' && operation == 'get-object'` is
/// false for put-object whatever the bucket). A rule that fails to parse, or whose value is
/// not a bool, or whose evaluation fails without reading a request name, is skipped for every
/// request. A rule whose evaluation fails and that reads a request name may match or not: both
/// ways are followed. The row depends when the outcomes so found differ; when they all agree
/// the verdict is fixed ("denied whatever the request"). The analysis may say "depends" for a
/// rule whose value cannot in fact change (`parameters.a == 1 || parameters.a != 1`), and it
/// does not correlate the two policies; it never calls a verdict fixed that a request could
/// change (a rule reading `now` can change with time: the matrix is as of its last change).
///
/// A role without a policy cannot be judged: the model then has no rows.
class PolicyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OperationColumn, VerdictColumn, WhyColumn, ColumnCount };
    enum Role {
        /// The row's Verdict as an int.
        VerdictRole = Qt::UserRole + 1,
        OperationRole,
        /// For sorting: the operation; the verdict's rank (allowed, depends, denied), then the
        /// operation; the why text.
        SortRole,
    };
    enum class Verdict { Allowed, Denied, Depends };
    Q_ENUM(Verdict)

    /// @p services must outlive the model.
    explicit PolicyMatrixModel(QObject *parent = nullptr);
    explicit PolicyMatrixModel(const ServiceMap &services, QObject *parent = nullptr);
    ~PolicyMatrixModel() override;

    /// Allow-all until set.
    void setOrganizationPolicy(const IamPolicy &policy);
    /// nullopt: a role without a policy (no rows).
    void setRolePolicy(const std::optional<IamPolicy> &policy);
    void setService(const QString &service);
    QString service() const { return m_service; }
    /// The signing key's id, when the subject is an API key: rules on `api_key` then decide.
    void setApiKey(const QString &apiKey);

    QString operation(int row) const { return m_rows.at(row).operation; }
    Verdict verdict(int row) const { return m_rows.at(row).verdict; }
    QString why(int row) const { return m_rows.at(row).why; }
    /// The row of @p operation, -1 when it is not listed.
    int rowOf(const QString &operation) const;

    /// "✔ Allowed", "✘ Denied", "? Depends on parameters"
    static QString verdictText(Verdict verdict);
    /// The same without the symbol, for screen readers.
    static QString verdictName(Verdict verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString operation;
        Verdict verdict = Verdict::Denied;
        QString why;
    };

    void recompute();
    Row analyse(const QString &operation) const;

    const ServiceMap *m_services;
    CompiledPolicy m_organization;
    std::optional<CompiledPolicy> m_role;
    QString m_service;
    QString m_apiKey;
    QDateTime m_now;
    QList<Row> m_rows;
};

} // namespace Keyport
