// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Catalog.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace Keyport {

/// The right-hand pane: everything about the selected key, its operations grouped by the tag
/// they come from, and those picked alone.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDetailsPane(QWidget *parent = nullptr);

    /// nullopt: nothing selected. @p secretStore: where Keyport holds the key's secret, empty
    /// when it holds none.
    void setKey(
        const std::optional<AccessKey> &key, const Catalog &catalog, const QString &secretStore);
    std::optional<AccessKey> key() const { return m_key; }

Q_SIGNALS:
    void copyKeyIdRequested(const QString &keyId);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    std::optional<AccessKey> m_key;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_keyId;
    QToolButton *m_copyKeyId;
    QLabel *m_type;
    QLabel *m_version;
    QLabel *m_tags;
    QLabel *m_secret;
    QTreeWidget *m_operations;
    QLabel *m_resources;
};

} // namespace Keyport
