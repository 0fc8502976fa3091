// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyDecision.h"
#include "policy/PolicyRequest.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Keyport {

class KeyValueEditor;
class PolicyMatrixModel;

/// The policy test bench (issue 11, point 5): a request on the left (who asks, the operation,
/// its parameters and resources, a zone, a source address), on the right what Exoscale would
/// answer, in one sentence, with the deciding policy and rule and every rule that was skipped
/// and why; re-judged on every change, no button. A Matrix tab shows every operation of a
/// service class with its verdict for the same subject (PolicyMatrixModel).
///
/// The widget only takes data: it never talks to a server. The subject is an API key (judged
/// with its role's policy), a role, or the draft of the role editor that embeds it (setDraft());
/// the organisation policy judges first. An organisation policy that is not known (nullopt)
/// is left out of the judgement, and the widget says so.
class TestBenchWidget : public QWidget
{
    Q_OBJECT

public:
    enum class SubjectKind { None, ApiKey, Role, Draft };

    explicit TestBenchWidget(QWidget *parent = nullptr);
    ~TestBenchWidget() override;

    /// nullopt: not known (not loaded, or the signing key may not read it).
    void setOrganizationPolicy(std::optional<IamPolicy> policy);
    void setRoles(QList<IamRole> roles);
    void setApiKeys(QList<ApiKey> keys);
    /// The policy being edited, offered as the subject @p label ("The draft in the editor"
    /// when empty); nullopt removes it. The verdict follows every call while it is the subject.
    void setDraft(std::optional<IamPolicy> policy, const QString &label = {});
    /// @p id: the API key's key ("EXO…") or the role's id; ignored for the draft. False when
    /// there is no such subject (the selection is left as it was).
    bool selectSubject(SubjectKind kind, const QString &id = {});
    /// The zones offered (the zone stays editable); the first is chosen when none is.
    void setZones(const QStringList &zones);
    /// Puts @p operation in the operation field (free text is allowed).
    void setOperation(const QString &operation);

    SubjectKind subjectKind() const;
    /// The API key's key or the role's id; empty for the draft or none.
    QString subjectId() const;
    /// The request as it stands in the form.
    PolicyRequest request() const;
    /// The last verdict; nullopt when there is nothing to judge (no subject, no operation, a
    /// role without a policy, an API key whose role is not known).
    std::optional<PolicyDecision> decision() const { return m_decision; }
    /// The verdict's sentence as shown.
    QString verdictText() const;

Q_SIGNALS:
    /// After every judgement (or when there stopped being one).
    void decisionChanged();

private:
    void buildRequestForm(QWidget *page);
    void buildVerdictPane(QWidget *page);
    void buildMatrixPage(QWidget *page);
    void reloadSubjects();
    void reloadOperations();
    void updateServiceLabel();
    const IamRole *roleWithId(const QString &id) const;
    const ApiKey *apiKeyWithId(const QString &key) const;
    /// The policy that judges for the current subject; empty with @p why set when none can.
    std::optional<IamPolicy> subjectPolicy(QString *why) const;
    /// Recompiles the subject's policy and judges again.
    void subjectChanged();
    void judge();
    void showDecision();
    void updateMatrix();

    std::optional<IamPolicy> m_organization;
    CompiledPolicy m_compiledOrganization;
    QList<IamRole> m_roles;
    QList<ApiKey> m_keys;
    std::optional<IamPolicy> m_draft;
    QString m_draftLabel;
    std::optional<CompiledPolicy> m_compiledSubject;
    QString m_noPolicyReason;
    std::optional<PolicyDecision> m_decision;

    QTabWidget *m_tabs;
    QComboBox *m_subject;
    QComboBox *m_operation;
    QLabel *m_service;
    KeyValueEditor *m_parameters;
    KeyValueEditor *m_resources;
    QComboBox *m_zone;
    QLineEdit *m_sourceIp;
    QLabel *m_verdict;
    QLabel *m_decidingPolicy;
    QLabel *m_decidingRule;
    QLabel *m_skipped;
    QLabel *m_organizationNote;
    QComboBox *m_matrixService;
    QLabel *m_matrixNote;
    PolicyMatrixModel *m_matrix;
    QSortFilterProxyModel *m_matrixProxy;
    QTableView *m_matrixTable;
};

} // namespace Keyport
