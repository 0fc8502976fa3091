// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Catalog.h"
#include "models/MatchReason.h"

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
    /// Roles of the items of the operations tree ("detailsOperations").
    enum ItemRole {
        NameRole = Qt::UserRole + 1, ///< the tag or operation an item stands for
        MatchedRole, ///< bool: the item matches the search
    };

    explicit KeyDetailsPane(QWidget *parent = nullptr);

    /// nullopt: nothing selected. @p secretStore: where Keyport holds the key's secret, empty
    /// when it holds none.
    void setKey(
        const std::optional<AccessKey> &key, const Catalog &catalog, const QString &secretStore);
    std::optional<AccessKey> key() const { return m_key; }

    /// Why the key is in the filtered list (AccessKeyFilterModel::matchReason()): the matching
    /// tags and operations are expanded and highlighted, and one line says what matched. Kept
    /// across setKey() but shown only while the key shown is the one @p reason is about;
    /// an empty reason clears it.
    void setHighlight(const MatchReason &reason);
    MatchReason highlight() const { return m_reason; }
    /// The key the account signs its requests with: its details say so.
    void setSigningKeyId(const QString &keyId);

Q_SIGNALS:
    void copyKeyIdRequested(const QString &keyId);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void showOperations();
    void showResources();
    void showMarks();
    bool highlightsThisKey() const;

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
    QLabel *m_signing;
    QLabel *m_match;
    Catalog m_catalog;
    MatchReason m_reason;
    QString m_signingKeyId;
};

} // namespace Keyport
