// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QStringListModel;
class QToolButton;

namespace Keyport {

/// The field for one CEL expression of a policy rule (UX.md, "Role editor"). As the person
/// types, it parses the expression with the engine and checks it against the bindings a rule
/// sees: the first problem is underlined at its column and said in a label under the field.
/// Operation names the service class does not know are underlined as warnings, worded as the
/// linter words them. It completes bindings and, in a string or after `operation`, the class's
/// operation names, and offers snippets for the common shapes. Tab leaves the field.
///
/// A QPlainTextEdit (textEdit(), objectName "expressionText") with a Snippets tool button beside
/// it ("expressionSnippets") and the message label under it ("expressionMessage").
class ExpressionEdit : public QWidget
{
    Q_OBJECT

public:
    /// How bad what the label says is.
    enum class Severity { None, Warning, Error };

    explicit ExpressionEdit(QWidget *parent = nullptr);

    QString expression() const;
    /// Replaces the text (and moves the cursor to its end); emits expressionChanged() when it
    /// differs.
    void setExpression(const QString &expression);

    /// The service class whose operation names are completed and checked; empty: none.
    QString serviceClass() const { return m_serviceClass; }
    void setServiceClass(const QString &serviceClass);

    /// The screen reader's name of the text field: the visible label's text.
    void setAccessibleLabel(const QString &label);

    /// Whether the expression parses. One that does not is skipped at every request by Exoscale,
    /// silently: the editor refuses to save it. An empty expression does not parse.
    bool isValid() const { return m_valid; }
    /// What the label says (empty when all is well), and how bad it is.
    QString message() const;
    Severity severity() const { return m_severity; }
    /// The 1-based column (in code points) the underline starts at; 0 when nothing is underlined.
    int underlinedColumn() const { return m_column; }

    /// Inserts @p snippet at the cursor and selects its first `…` placeholder.
    void insertSnippet(const QString &snippet);
    /// The snippets the tool button's menu offers.
    static QStringList snippets();

    QPlainTextEdit *textEdit() const { return m_edit; }
    QToolButton *snippetButton() const { return m_snippetButton; }
    QLabel *messageLabel() const { return m_message; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void expressionChanged(const QString &expression);
    void validityChanged(bool valid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The completer's popup sends the keys it does not take here (QCompleter::setWidget):
    /// they go on to the text field, except those that choose or dismiss a completion.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onTextChanged();
    void recheck();
    /// Underlines @p length characters from @p column (1-based, in code points).
    void underline(int column, Severity severity);
    void showMessage(const QString &message, Severity severity);
    /// Opens the completion popup for the word before the cursor, if anything completes it.
    void complete(bool explicitly);
    void insertCompletion(const QString &completion);
    /// The word before the cursor that a completion replaces.
    QString wordBeforeCursor() const;
    /// Whether the cursor is where an operation name goes (in a string or after `operation`).
    bool wantsOperationName() const;

    QPlainTextEdit *m_edit;
    QToolButton *m_snippetButton;
    QMenu *m_snippetMenu;
    QLabel *m_message;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QString m_serviceClass;
    QString m_lastExpression;
    bool m_valid = false;
    Severity m_severity = Severity::None;
    int m_column = 0;
    bool m_completing = false;
};

} // namespace Keyport
