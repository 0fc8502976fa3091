// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamRole.h"
#include "domain/IamRoleDraft.h"
#include "iam/IamEditorDialog.h"

#include <QList>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Keyport {

/// Creates, edits and clones an IAM v3 role (issue 11, UX.md "Role editor"): a form for the
/// name, description, labels, permissions, editable, and the policy (the default strategy, one
/// row per service class, ordered rules with a checked expression each), and a JSON tab that
/// mirrors the form both ways and shows exactly what is sent. Does no I/O: the owner reads
/// draft() (Create, Clone) or role() and policy() (Edit) once the dialog is accepted. Every
/// member the form does not show (a rule's `resources`, unknown members, assume-role-policy,
/// max-session-ttl) is kept and sent back unchanged. The policy part is a PolicyForm, the JSON
/// tab, the exo line and saving in place are IamEditorDialog's (object name prefix "role").
class RoleEditorDialog : public IamEditorDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Create, ///< a new role, from @p role's members when given
        Edit, ///< an existing role: its name and editable never change
        Clone, ///< a new role doing what @p role does, named `<name>-copy` ("Use as Template")
    };

    explicit RoleEditorDialog(Mode mode, const IamRole &role = {}, QWidget *parent = nullptr);
    ~RoleEditorDialog() override;

    Mode mode() const { return m_mode; }

    /// Create and Clone: what create-iam-role sends.
    IamRoleDraft draft() const;
    /// Edit: the role as update-iam-role sends it (the policy included, as the form has it).
    IamRole role() const;
    /// Edit: whether update-iam-role has anything to send / update-iam-role-policy does.
    bool roleChanged() const;
    bool policyChanged() const;

    /// The `exo` command line that does what OK would do.
    QString commandLine() const override;

protected:
    QJsonObject sentJson() const override;
    QString readJson(const QJsonObject &json) override;
    QStringList problems() const override;

private:
    struct LabelRow
    {
        QString key;
        QString value;
    };

    QWidget *buildForm();
    /// (Re)builds the label rows from the state; focuses @p focusName after.
    void rebuildLabels(const QString &focusName = {});
    /// Form <- state, for every field (after the JSON tab changed the state).
    void loadForm();

    void onNameChanged(const QString &text);
    void onDescriptionChanged(const QString &text);
    void onPermissionToggled();
    void onEditableToggled(bool editable);

    /// The labels as they would be sent (the last row of a key wins).
    QMap<QString, QString> labelMap() const;

    Mode m_mode;
    IamRole m_original;
    /// The state the form edits (but for the policy, which is the PolicyForm's); for Edit, name
    /// and editable are the role's.
    IamRoleDraft m_draft;
    /// Rows as typed (a key may be empty or repeated while being typed).
    QList<LabelRow> m_labelRows;
    bool m_loading = false;

    QWidget *m_formPage = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QVBoxLayout *m_labelsLayout = nullptr;
    QPointer<QWidget> m_labelsBox;
    QPushButton *m_addLabel = nullptr;
    QCheckBox *m_bypassRetention = nullptr;
    QCheckBox *m_resetOrgPolicy = nullptr;
    QCheckBox *m_editable = nullptr;
};

} // namespace Keyport
