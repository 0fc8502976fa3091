// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpressionEdit.h"

#include "policy/CelExpression.h"
#include "policy/PolicyJudge.h"
#include "policy/ServiceMap.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar placeholder = u'\u2026';

/// The UTF-16 index of the 1-based code-point @p column of @p text (its size past the end).
qsizetype indexOfColumn(const QString &text, int column)
{
    qsizetype index = 0;
    for (int point = 1; point < column && index < text.size(); ++point)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return index;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

/// Whether @p text ends inside a string literal (CEL's quotes, with backslash escapes; raw and
/// triple-quoted strings are rare in policies and count as plain ones here).
bool endsInString(QStringView text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        }
    }
    return !quote.isNull();
}

} // namespace

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_snippetButton(new QToolButton(this))
    , m_snippetMenu(new QMenu(this))
    , m_message(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_edit->setObjectName(u"expressionText"_s);
    // Tab and Shift+Tab leave the field: an expression never needs a tab character.
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_edit->setFont(font);
    const int lines = 3;
    m_edit->setFixedHeight(QFontMetrics(font).lineSpacing() * lines
        + 2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin())));
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_snippetButton->setObjectName(u"expressionSnippets"_s);
    m_snippetButton->setText(tr("Sn&ippets"));
    m_snippetButton->setToolTip(tr("Insert a common shape of expression at the cursor"));
    m_snippetButton->setAccessibleName(tr("Snippets"));
    m_snippetButton->setPopupMode(QToolButton::InstantPopup);
    m_snippetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snippetButton->setFocusPolicy(Qt::StrongFocus);
    m_snippetButton->setMenu(m_snippetMenu);
    m_snippetMenu->setObjectName(u"expressionSnippetMenu"_s);
    const QStringList shapes = snippets();
    for (const QString &snippet : shapes) {
        QAction *action = m_snippetMenu->addAction(snippet);
        connect(action, &QAction::triggered, this, [this, snippet] { insertSnippet(snippet); });
    }

    m_message->setObjectName(u"expressionMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_snippetButton, 0, 1, Qt::AlignTop);
    layout->addWidget(m_message, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    m_completer->setModel(m_completions);
    // The completer forwards keys to its widget's event() directly, past any event filter:
    // this widget, whose keyPressEvent() keeps Return and Tab for the popup.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->popup()->setObjectName(u"expressionCompletions"_s);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &ExpressionEdit::insertCompletion);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ExpressionEdit::onTextChanged);
    // Last: QCompleter::setWidget() leaves its widget (and so, through the proxy, the field)
    // without focus.
    setFocusPolicy(Qt::StrongFocus);
    m_edit->setFocusPolicy(Qt::StrongFocus);
    recheck();
}

QString ExpressionEdit::expression() const
{
    return m_edit->toPlainText();
}

void ExpressionEdit::setExpression(const QString &expression)
{
    if (expression == m_edit->toPlainText())
        return;
    m_edit->setPlainText(expression);
    m_edit->moveCursor(QTextCursor::End);
}

void ExpressionEdit::setServiceClass(const QString &serviceClass)
{
    if (serviceClass == m_serviceClass)
        return;
    m_serviceClass = serviceClass;
    recheck();
}

void ExpressionEdit::setAccessibleLabel(const QString &label)
{
    m_edit->setAccessibleName(label);
}

QString ExpressionEdit::message() const
{
    return m_message->text();
}

QStringList ExpressionEdit::snippets()
{
    const QString p(placeholder);
    return {u"operation in ['%1']"_s.arg(p), u"parameters.bucket == '%1'"_s.arg(p),
        u"operation.startsWith('%1')"_s.arg(p), u"parameters.has('%1') && %1"_s.arg(p)};
}

void ExpressionEdit::insertSnippet(const QString &snippet)
{
    QTextCursor cursor = m_edit->textCursor();
    const int start = cursor.selectionStart();
    cursor.insertText(snippet);
    const qsizetype offset = snippet.indexOf(placeholder);
    if (offset >= 0) {
        cursor.setPosition(start + int(offset));
        cursor.setPosition(start + int(offset) + 1, QTextCursor::KeepAnchor);
    }
    m_edit->setTextCursor(cursor);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QCoreApplication::sendEvent(m_edit, event);
}

bool ExpressionEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (m_completer->popup()->isVisible()) {
        // The completer's popup takes these itself.
        switch (key->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return true;
        default:
            break;
        }
    }
    if (key->key() == Qt::Key_Space && key->modifiers().testFlag(Qt::ControlModifier)) {
        complete(true);
        return true;
    }
    const QString text = key->text();
    m_completing = !text.isEmpty() && text.at(0).isPrint();
    return false;
}

void ExpressionEdit::onTextChanged()
{
    const bool typed = m_completing;
    m_completing = false;
    recheck();
    const QString text = m_edit->toPlainText();
    if (text != m_lastExpression) {
        m_lastExpression = text;
        Q_EMIT expressionChanged(text);
    }
    if (typed)
        complete(false);
    else
        m_completer->popup()->hide();
}

void ExpressionEdit::recheck()
{
    const QString text = m_edit->toPlainText();
    const Cel::Expression parsed = Cel::Expression::parse(text);
    const bool wasValid = m_valid;
    m_valid = parsed.isValid();

    int column = 0;
    QString message;
    Severity severity = Severity::None;
    if (!m_valid) {
        const Cel::Diagnostic error = parsed.syntaxError();
        column = text.trimmed().isEmpty() ? 0 : error.column;
        message = text.trimmed().isEmpty()
            ? tr("Type an expression, for example operation in ['list-zones'].")
            : error.message;
        severity = Severity::Error;
    } else if (const QList<Cel::Diagnostic> found = parsed.check(PolicyJudge::bindingNames());
               !found.isEmpty()) {
        column = found.constFirst().column;
        message = found.constFirst().message;
        severity = Severity::Error;
    } else if (!m_serviceClass.isEmpty()) {
        // Not an error: the map of operations to classes is a reconstruction. Worded as the
        // linter words it, so the two agree.
        const ServiceMap &services = ServiceMap::builtIn();
        for (const auto &[operation, at] : parsed.literalsComparedWith(u"operation"_s)) {
            const QString owner = services.serviceOf(operation);
            if (owner.isEmpty()) {
                message
                    = QCoreApplication::translate("Keyport::PolicyLinter", "unknown operation '%1'")
                          .arg(operation);
            } else if (owner != m_serviceClass && services.knowsService(m_serviceClass)) {
                message = QCoreApplication::translate("Keyport::PolicyLinter",
                    "'%1' is an operation of %2: in the rules of %3, operation is never '%1'")
                              .arg(operation, owner, m_serviceClass);
            } else {
                continue;
            }
            column = at;
            severity = Severity::Warning;
            break;
        }
    }
    underline(column, severity);
    if (severity == Severity::None)
        showMessage(QString(), severity);
    else
        showMessage(column > 0 ? tr("Column %1: %2").arg(column).arg(message) : message, severity);
    if (wasValid != m_valid)
        Q_EMIT validityChanged(m_valid);
}

void ExpressionEdit::underline(int column, Severity severity)
{
    m_column = column;
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_edit->toPlainText();
    if (column > 0 && severity != Severity::None && !text.isEmpty()) {
        qsizetype start = indexOfColumn(text, column);
        // Past the end (the expression stops too early): the last character.
        if (start >= text.size())
            start = text.size() - 1;
        qsizetype end = start + 1;
        if (text.at(start) == u'\'' || text.at(start) == u'"') {
            // A string literal: up to its closing quote.
            const qsizetype close = text.indexOf(text.at(start), start + 1);
            if (close > start)
                end = close + 1;
        } else {
            while (end < text.size() && isWordCharacter(text.at(end))
                && isWordCharacter(text.at(start)))
                ++end;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(
            severity == Severity::Error ? QColor(Qt::red) : QColor(0xd0, 0x8a, 0x00));
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);
}

void ExpressionEdit::showMessage(const QString &message, Severity severity)
{
    m_severity = severity;
    m_message->setText(message);
    m_message->setAccessibleName(message);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        severity == Severity::Error ? QColor(Qt::red).darker(130)
                                    : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!message.isEmpty());
    // A screen reader says it when the field has the focus.
    m_edit->setAccessibleDescription(message);
}

QString ExpressionEdit::wordBeforeCursor() const
{
    const QTextCursor cursor = m_edit->textCursor();
    const QString text = m_edit->toPlainText().left(cursor.position());
    qsizetype start = text.size();
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    QString word = text.mid(start);
    // Outside operation names, '-' is a minus.
    if (!wantsOperationName()) {
        const qsizetype minus = word.lastIndexOf(u'-');
        if (minus >= 0)
            word = word.mid(minus + 1);
    }
    return word;
}

bool ExpressionEdit::wantsOperationName() const
{
    const QString before = m_edit->toPlainText().left(m_edit->textCursor().position());
    if (endsInString(before))
        return true;
    static const QRegularExpression afterOperation(
        u"\\boperation\\s*(==|!=|in\\s*\\[[^\\]]*)\\s*[\\w-]*$"_s);
    return afterOperation.match(before).hasMatch();
}

void ExpressionEdit::complete(bool explicitly)
{
    const QString word = wordBeforeCursor();
    const bool operations = wantsOperationName();
    if (!explicitly && word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList candidates;
    if (operations) {
        candidates = m_serviceClass.isEmpty() ? ServiceMap::builtIn().operations()
                                              : ServiceMap::builtIn().operationsOf(m_serviceClass);
    } else {
        const QSet<QString> names = PolicyJudge::bindingNames();
        candidates = QStringList(names.begin(), names.end());
    }
    std::sort(candidates.begin(), candidates.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    if (m_completions->stringList() != candidates)
        m_completions->setStringList(candidates);
    m_completer->setCompletionPrefix(word);
    // Nothing to offer, or the word is already complete.
    if (m_completer->completionCount() == 0
        || (!explicitly && m_completer->completionCount() == 1
            && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_edit->cursorRect().translated(m_edit->viewport()->mapTo(this, QPoint(0, 0)));
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void ExpressionEdit::insertCompletion(const QString &completion)
{
    const QString word = wordBeforeCursor();
    QTextCursor cursor = m_edit->textCursor();
    const QString before = m_edit->toPlainText().left(cursor.position());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(word.size()));
    // An operation name outside a string is a string literal to be.
    const bool quote = wantsOperationName() && !endsInString(before);
    cursor.insertText(quote ? u'\'' + completion + u'\'' : completion);
    m_edit->setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace Keyport
