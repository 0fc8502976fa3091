// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/IamRoleDraft.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace Keyport {

/// Creates, edits and clones an IAM v3 role (issue 11, UX.md "Role editor"): a form for the
/// name, description, labels, permissions, editable, and the policy (the default strategy, one
/// row per service class, ordered rules with a checked expression each), and a JSON tab that
/// mirrors the form both ways and shows exactly what is sent. Does no I/O: the owner reads
/// draft() (Create, Clone) or role() and policy() (Edit) once the dialog is accepted. Every
/// member the form does not show (a rule's `resources`, unknown members, assume-role-policy,
/// max-session-ttl) is kept and sent back unchanged.
class RoleEditorDialog : public QDialog
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
    /// The policy as the form has it (every mode).
    IamPolicy policy() const { return m_draft.policy; }
    /// Edit: whether update-iam-role has anything to send / update-iam-role-policy does.
    bool roleChanged() const;
    bool policyChanged() const;

    /// Whether OK may be used; when not, problemText() says why.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problemText() const { return m_problem; }

    /// The `exo` command line that does what OK would do.
    QString commandLine() const;

    /// A tab of its own next to Form and JSON (the test bench). The dialog takes @p page.
    void addSidePage(QWidget *page, const QString &title);

    /// Refuses while isAcceptable() is false. When the dialog saves itself, it emits
    /// saveRequested() and stays open until finishSaving().
    void accept() override;

    /// With true, OK asks the owner to save (saveRequested()) instead of closing: the dialog
    /// stays open, everything typed kept, until the server took the role.
    void setSavesItself(bool savesItself) { m_savesItself = savesItself; }
    /// While saving: OK is disabled and the dialog says it is saving.
    void setSaving(bool saving);
    bool isSaving() const { return m_saving; }
    /// Saving failed: @p message is shown above the buttons; OK can be used again.
    void showSaveError(const QString &message);
    /// The save succeeded: the dialog closes, accepted.
    void finishSaving();

protected:
    /// Tab and Shift+Tab go through the controls in the order they are laid out.
    bool focusNextPrevChild(bool next) override;

Q_SIGNALS:
    /// The policy as the form (or the JSON tab) now has it.
    void policyDraftChanged(const Keyport::IamPolicy &policy);
    /// OK was used on a dialog that saves itself (setSavesItself()).
    void saveRequested();

private:
    struct LabelRow
    {
        QString key;
        QString value;
    };

    QWidget *buildForm();
    QWidget *buildJsonPage();
    /// (Re)builds the label rows or the service rows from the state; focuses @p focusName after.
    void rebuildLabels(const QString &focusName = {});
    void rebuildServices(const QString &focusName = {});
    /// Gives the focus to the form's control named @p name (the field of an ExpressionEdit).
    void focusByName(const QString &name);
    /// Form <- state, for every field (after the JSON tab changed the state).
    void loadForm();

    void onNameChanged(const QString &text);
    void onDescriptionChanged(const QString &text);
    void onPermissionToggled();
    void onEditableToggled(bool editable);
    void onStrategyChosen(IamPolicy::Effect effect);
    void setServiceType(const QString &service, int choice);
    void addRule(const QString &service);
    void removeRule(const QString &service, int index);
    void duplicateRule(const QString &service, int index);
    void moveRule(const QString &service, int index, int delta);
    void onJsonEdited();

    /// After every change of the state: the JSON (unless it is being edited), the exo line,
    /// the problems, and policyDraftChanged() when the policy changed.
    void stateChanged();
    void updateJson();
    void updateProblems();
    /// What would be sent, as shown in the JSON tab.
    QJsonObject sentJson() const;
    /// The labels as they would be sent (the last row of a key wins).
    QMap<QString, QString> labelMap() const;
    QStringList serviceClasses() const;

    Mode m_mode;
    IamRole m_original;
    /// The state the form edits; for Edit, name and editable are the role's.
    IamRoleDraft m_draft;
    /// Rows as typed (a key may be empty or repeated while being typed).
    QList<LabelRow> m_labelRows;
    /// A service set back to (default) keeps its entry here, to come back with its rules.
    QMap<QString, IamPolicy::Service> m_stashedServices;
    IamPolicy m_emittedPolicy;
    QString m_jsonError;
    QString m_problem;
    bool m_savesItself = false;
    bool m_saving = false;
    QLabel *m_saveStatus = nullptr;
    bool m_loading = false;
    bool m_editingJson = false;

    QTabWidget *m_tabs;
    QScrollArea *m_formArea = nullptr;
    QWidget *m_formPage = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QVBoxLayout *m_labelsLayout = nullptr;
    QPointer<QWidget> m_labelsBox;
    QPushButton *m_addLabel = nullptr;
    QCheckBox *m_bypassRetention = nullptr;
    QCheckBox *m_resetOrgPolicy = nullptr;
    QCheckBox *m_editable = nullptr;
    QPushButton *m_defaultAllow = nullptr;
    QPushButton *m_defaultDeny = nullptr;
    QVBoxLayout *m_servicesLayout = nullptr;
    QPointer<QWidget> m_servicesBox;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QLineEdit *m_command = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Keyport
