// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyValueEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Keyport {

namespace {

void insertPath(QJsonObject &object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(key, value);
        return;
    }
    // A scalar given earlier under the same name gives way to the map.
    QJsonObject child = object.value(key).toObject();
    insertPath(child, std::move(path), value);
    object.insert(key, child);
}

} // namespace

KeyValueEditor::KeyValueEditor(Keys keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control; arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + m_table->verticalHeader()->defaultSectionSize() * 3 + m_table->frameWidth() * 2);
    setButtonTexts(tr("Add"), tr("Remove"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &KeyValueEditor::addRowForEditing);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &KeyValueEditor::updateButtons);
    updateButtons();
}

KeyValueEditor::~KeyValueEditor() = default;

void KeyValueEditor::setButtonTexts(const QString &add, const QString &remove)
{
    m_add->setText(add);
    m_add->setAccessibleName(add);
    m_remove->setText(remove);
    m_remove->setAccessibleName(remove);
}

QList<std::pair<QString, QString>> KeyValueEditor::rows() const
{
    QList<std::pair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        result.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    return result;
}

void KeyValueEditor::setRows(const QList<std::pair<QString, QString>> &rows)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const auto &[name, value] : rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
            m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
        }
    }
    updateButtons();
    Q_EMIT changed();
}

int KeyValueEditor::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    }
    updateButtons();
    Q_EMIT changed();
    return row;
}

void KeyValueEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

QJsonObject KeyValueEditor::toJson() const
{
    QJsonObject object;
    for (const auto &[name, text] : rows()) {
        const QString key = name.trimmed();
        if (key.isEmpty())
            continue;
        const QJsonValue value = valueOf(text);
        if (m_keys == Keys::Flat) {
            object.insert(key, value);
            continue;
        }
        const QStringList path = key.split(u'.', Qt::SkipEmptyParts);
        if (!path.isEmpty())
            insertPath(object, path, value);
    }
    return object;
}

QJsonValue KeyValueEditor::valueOf(const QString &text)
{
    // QJsonDocument reads only objects and arrays: one value is read as the only member of a list.
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

void KeyValueEditor::addRowForEditing()
{
    const int row = addRow();
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, NameColumn));
}

void KeyValueEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), NameColumn);
}

void KeyValueEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

} // namespace Keyport
