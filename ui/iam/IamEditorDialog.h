// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace Keyport {

class PolicyForm;

/// What the IAM editors (a role, the organisation policy) share: a Form tab around a
/// PolicyForm, a JSON tab that mirrors the form both ways and shows exactly what is sent, the
/// `exo` command line, the first problem that keeps OK from being used, and saving in place.
/// Does no I/O. Tab follows the layout (FormKit::focusNextInLayout()).
///
/// Object names, after the subclass's prefix P: `PEditorTabs`, `PForm`, `PJson`,
/// `PJsonStatus`, `PExoCommand`, `PExoCommandCopy`, `PEditorProblem`, `PEditorSaveStatus`,
/// `PEditorOk`, `PEditorCancel`.
class IamEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ~IamEditorDialog() override;

    /// The policy as the form (or the JSON tab) has it.
    IamPolicy policy() const;

    /// Whether OK may be used; when not, problemText() says why.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problemText() const { return m_problem; }

    /// The `exo` command line that does what OK would do.
    virtual QString commandLine() const = 0;

    /// A tab of its own next to Form and JSON (the test bench). The dialog takes @p page.
    void addSidePage(QWidget *page, const QString &title);

    /// Refuses while isAcceptable() is false. When the dialog saves itself, it emits
    /// saveRequested() and stays open until finishSaving().
    void accept() override;

    /// With true, OK asks the owner to save (saveRequested()) instead of closing: the dialog
    /// stays open, everything typed kept, until the server took the change.
    void setSavesItself(bool savesItself) { m_savesItself = savesItself; }
    /// While saving: OK is disabled and the dialog says it is saving.
    void setSaving(bool saving);
    bool isSaving() const { return m_saving; }
    /// Saving failed: @p message is shown above the buttons; OK can be used again.
    void showSaveError(const QString &message);
    /// The save succeeded: the dialog closes, accepted.
    void finishSaving();

Q_SIGNALS:
    /// The policy as the form (or the JSON tab) now has it.
    void policyDraftChanged(const Keyport::IamPolicy &policy);
    /// OK was used on a dialog that saves itself (setSavesItself()).
    void saveRequested();

protected:
    /// @p namePrefix starts the object names of the shared parts ("role": roleJson, …).
    explicit IamEditorDialog(const QString &namePrefix, QWidget *parent = nullptr);

    /// Lays the dialog out around @p formPage (the Form tab, scrolled), which holds
    /// policyForm(), and shows the state. Called once, by the subclass's constructor.
    void setUp(QWidget *formPage, const QString &jsonLabel, const QString &okText);
    /// The policy part of the form, for the subclass to lay out in its form page.
    PolicyForm *policyForm() const { return m_policyForm; }

    /// What would be sent, as the JSON tab shows it.
    virtual QJsonObject sentJson() const = 0;
    /// Takes @p json, typed in the JSON tab, into the state and the form; or, untouched, says
    /// why it cannot (the first problem, with its JSON path).
    virtual QString readJson(const QJsonObject &json) = 0;
    /// Everything that keeps OK from being used, the most important first.
    virtual QStringList problems() const = 0;
    /// Why the JSON tab's text is not taken (empty when it is).
    QString jsonError() const { return m_jsonError; }

    /// After every change of the state: the JSON (unless it is being edited), the exo line,
    /// the problems, and policyDraftChanged() when the policy changed.
    void stateChanged();

    /// Tab and Shift+Tab go through the controls in the order they are laid out.
    bool focusNextPrevChild(bool next) override;

private:
    QWidget *buildJsonPage(const QString &label);
    void updateJson();
    void onJsonEdited();
    void updateProblems();

    QString m_namePrefix;
    PolicyForm *m_policyForm;
    IamPolicy m_emittedPolicy;
    QString m_jsonError;
    QString m_problem;
    bool m_savesItself = false;
    bool m_saving = false;
    bool m_editingJson = false;

    QTabWidget *m_tabs;
    QScrollArea *m_formArea = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonStatus = nullptr;
    QLineEdit *m_command = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_saveStatus = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Keyport
