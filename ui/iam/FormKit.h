// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>

class QLabel;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace Keyport {

/// The small pieces the IAM editors build their forms from, so that every control is named for
/// a screen reader as its label reads and Tab follows the layout.
namespace FormKit {

/// What a screen reader announces for a label: its text without the mnemonic marker.
QString withoutMnemonic(QString text);
/// A person's text (a key's or a role's name) inside a label with a buddy: an '&' of it must
/// not become a mnemonic.
QString escapeMnemonic(QString text);

/// A label for @p buddy, whose accessible name becomes the label's text.
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent);

/// @p button, named @p objectName and, for a screen reader, as its text reads.
template <typename Button> Button *namedButton(Button *button, const QString &objectName)
{
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(button->text()));
    return button;
}

/// A plain, word-wrapped note.
QLabel *noteLabel(const QString &text, QWidget *parent);
/// An empty plain, word-wrapped label named @p objectName, for the users' text (never rich).
QLabel *plainLabel(QWidget *parent, const QString &objectName);
/// A bold heading.
QLabel *headingLabel(const QString &text, QWidget *parent);

/// Replaces @p old (if any) by @p replacement in @p layout; @p old goes when the event loop
/// next runs, since one of its buttons may be the sender of the signal being handled.
void replaceBox(QVBoxLayout *layout, QPointer<QWidget> &old, QWidget *replacement);

/// Gives the focus to the control named @p name under @p root (the field of an ExpressionEdit).
void focusByName(QWidget *root, const QString &name);

/// Moves the focus of @p window to the next (or previous) control in the order they are laid
/// out: of a tab widget, the tab bar and the current page only. Rows rebuilt as rules come and
/// go, and compounds such as ExpressionEdit, lose QWidget::setTabOrder(). A control inside
/// @p area is scrolled into view. False when the focus is not on one of those controls.
bool focusNextInLayout(QWidget *window, bool next, QScrollArea *area);

} // namespace FormKit

} // namespace Keyport
