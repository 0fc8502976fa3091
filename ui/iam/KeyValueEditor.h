// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QPushButton;
class QTableWidget;

namespace Keyport {

/// Name/value rows that become a JSON object, for the test bench's parameters and resources:
/// a table (Tab leaves it, F2 or typing edits a cell) with buttons to add and remove rows. A
/// value that parses as JSON (`42`, `true`, `"x"`, `["a"]`) is that JSON value, anything else
/// is the text itself. With Keys::Dotted, a name such as `dns_domain.unicode_name` nests:
/// {"dns_domain": {"unicode_name": …}}. Rows without a name are left out; a later row wins.
class KeyValueEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Keys { Flat, Dotted };
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit KeyValueEditor(Keys keys, QWidget *parent = nullptr);
    ~KeyValueEditor() override;

    /// The buttons' texts (they are also their accessible names), e.g. "Add Parameter".
    void setButtonTexts(const QString &add, const QString &remove);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    QList<std::pair<QString, QString>> rows() const;
    void setRows(const QList<std::pair<QString, QString>> &rows);
    /// Appends a row; returns its index.
    int addRow(const QString &name = {}, const QString &value = {});
    void removeRow(int row);

    /// The rows as a JSON object (see the class comment).
    QJsonObject toJson() const;
    /// @p text as JSON when it is one JSON value, else as a string.
    static QJsonValue valueOf(const QString &text);

Q_SIGNALS:
    /// A row was added, removed or edited.
    void changed();

private:
    void addRowForEditing();
    void removeCurrentRow();
    void updateButtons();

    Keys m_keys;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Keyport
