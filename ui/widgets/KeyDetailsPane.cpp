// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDetailsPane.h"

#include "models/AccessKeyModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Keyport {

KeyDetailsPane::KeyDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("keyDetails"));
    auto *empty = new QLabel(tr("Select a key to see its details."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    m_match = new QLabel(page);
    m_match->setObjectName(QStringLiteral("detailsMatch"));
    m_match->setWordWrap(true);
    m_match->setTextFormat(Qt::PlainText);
    m_match->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_match->hide();
    m_signing = new QLabel(tr("This account signs its requests with this key."), page);
    m_signing->setObjectName(QStringLiteral("detailsSigningKey"));
    m_signing->setWordWrap(true);
    m_signing->hide();
    auto *form = new QFormLayout;
    m_name = addRow(form, tr("Name:"), QStringLiteral("detailsName"));

    m_keyId = new QLabel(page);
    m_keyId->setObjectName(QStringLiteral("detailsKeyId"));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyKeyId = new QToolButton(page);
    m_copyKeyId->setObjectName(QStringLiteral("detailsCopyKeyId"));
    m_copyKeyId->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyKeyId->setText(tr("Copy ID"));
    m_copyKeyId->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyKeyId->setToolTip(tr("Copy the key ID"));
    // The whole id, never cut: below its label when the pane is narrow, the button under it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *keyLabel = new QLabel(tr("Key ID:"), page);
    keyLabel->setBuddy(m_copyKeyId);
    form->addRow(keyLabel, m_keyId);
    form->addRow(QString(), m_copyKeyId);

    m_type = addRow(form, tr("Type:"), QStringLiteral("detailsType"));
    m_version = addRow(form, tr("Version:"), QStringLiteral("detailsVersion"));
    m_tags = addRow(form, tr("Tags:"), QStringLiteral("detailsTags"));
    m_secret = addRow(form, tr("Secret:"), QStringLiteral("detailsSecret"));
    m_resources = addRow(form, tr("Resources:"), QStringLiteral("detailsResources"));

    m_operations = new QTreeWidget(page);
    m_operations->setObjectName(QStringLiteral("detailsOperations"));
    m_operations->setHeaderHidden(true);
    m_operations->setAccessibleName(tr("Operations"));
    m_operations->setRootIsDecorated(true);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_match);
    pageLayout->addWidget(m_signing);
    pageLayout->addLayout(form);
    auto *operationsLabel = new QLabel(tr("Operations:"), page);
    operationsLabel->setBuddy(m_operations);
    pageLayout->addWidget(operationsLabel);
    pageLayout->addWidget(m_operations, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_copyKeyId, &QToolButton::clicked, this, [this] {
        if (m_key)
            Q_EMIT copyKeyIdRequested(m_key->key);
    });
}

QLabel *KeyDetailsPane::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void KeyDetailsPane::setKey(
    const std::optional<AccessKey> &key, const Catalog &catalog, const QString &secretStore)
{
    m_key = key;
    m_operations->clear();
    if (!key) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_name->setText(key->name);
    m_keyId->setText(key->key);
    m_type->setText(AccessKeyModel::typeText(*key));
    m_version->setText(key->version.isEmpty() ? tr("not given") : key->version);
    m_tags->setText(key->tags.isEmpty() ? tr("none") : key->tags.join(QStringLiteral(", ")));
    m_secret->setText(secretStore.isEmpty() ? tr("Not held by Keyport")
                                            : tr("Held by Keyport in %1").arg(secretStore));
    m_catalog = catalog;
    showResources();
    showOperations();
    showMarks();
}

void KeyDetailsPane::setHighlight(const MatchReason &reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    if (!m_key)
        return;
    showResources();
    showOperations();
    showMarks();
}

void KeyDetailsPane::setSigningKeyId(const QString &keyId)
{
    m_signingKeyId = keyId;
    showMarks();
}

bool KeyDetailsPane::highlightsThisKey() const
{
    return m_key && !m_reason.isEmpty() && m_reason.keyId == m_key->key;
}

void KeyDetailsPane::showMarks()
{
    m_signing->setVisible(m_key && !m_signingKeyId.isEmpty() && m_key->key == m_signingKeyId);
    const bool matched = highlightsThisKey();
    m_match->setText(matched ? m_reason.text() : QString());
    m_match->setVisible(matched);
}

void KeyDetailsPane::showResources()
{
    const QStringList matched
        = highlightsThisKey() ? m_reason.subjects(KeyMatch::Kind::Resource) : QStringList();
    QStringList resources;
    for (const AccessKeyResource &resource : m_key->resources)
        resources.append(resource.toString());
    if (matched.isEmpty()) {
        m_resources->setTextFormat(Qt::PlainText);
        m_resources->setText(resources.isEmpty() ? tr("any") : resources.join(u'\n'));
        m_resources->setAccessibleName(QString());
        return;
    }
    // Rich text only to set the matching resources in bold.
    QStringList lines;
    for (const QString &resource : std::as_const(resources)) {
        const QString text = resource.toHtmlEscaped();
        lines.append(matched.contains(resource) ? u"<b>"_s + text + u"</b>"_s : text);
    }
    m_resources->setTextFormat(Qt::RichText);
    m_resources->setText(lines.join(u"<br>"_s));
    m_resources->setAccessibleName(tr("Resources: %1; matching the search: %2")
                                       .arg(resources.join(u", "_s), matched.join(u", "_s)));
}

void KeyDetailsPane::showOperations()
{
    m_operations->clear();
    const bool matched = highlightsThisKey();
    const QStringList tags = matched ? m_reason.subjects(KeyMatch::Kind::Tag) : QStringList();
    const QStringList operations
        = matched ? m_reason.subjects(KeyMatch::Kind::Operation) : QStringList();
    QTreeWidgetItem *first = nullptr;
    // Bold in the highlight colours, and said to screen readers.
    const auto highlight = [&](QTreeWidgetItem *item, const QString &accessibleText) {
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setBackground(0, palette().brush(QPalette::Highlight));
        item->setForeground(0, palette().brush(QPalette::HighlightedText));
        item->setData(0, Qt::AccessibleTextRole, accessibleText);
        item->setData(0, MatchedRole, true);
        for (QTreeWidgetItem *parent = item->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
        if (!first)
            first = item;
    };

    if (m_key->type == AccessKey::Type::Unrestricted) {
        auto *item
            = new QTreeWidgetItem(m_operations, {tr("Every operation the signing key may use")});
        item->setToolTip(0, item->text(0));
        if (matched && !m_reason.subjects(KeyMatch::Kind::Unrestricted).isEmpty())
            highlight(item, tr("%1 (matches the search)").arg(item->text(0)));
        return;
    }
    // Each tag with the operations it brings, then those picked alone.
    const auto addOperation = [&](QTreeWidgetItem *group, const QString &operation) {
        auto *item = new QTreeWidgetItem(group, {operation});
        item->setData(0, NameRole, operation);
        if (operations.contains(operation))
            highlight(item, tr("Operation %1 (matches the search)").arg(operation));
    };
    QStringList alone = m_key->operations;
    for (const QString &tag : m_key->tags) {
        const QStringList ofTag = m_catalog.operationsForTag(tag);
        auto *group = new QTreeWidgetItem(
            m_operations, {tr("Tag %1: %n operation(s)", nullptr, int(ofTag.size())).arg(tag)});
        group->setData(0, NameRole, tag);
        if (tags.contains(tag)) {
            highlight(group, tr("Tag %1 (matches the search)").arg(tag));
            group->setExpanded(true);
        }
        for (const QString &operation : ofTag) {
            addOperation(group, operation);
            alone.removeAll(operation);
        }
    }
    if (!alone.isEmpty()) {
        auto *group = new QTreeWidgetItem(
            m_operations, {tr("Picked alone: %n operation(s)", nullptr, int(alone.size()))});
        for (const QString &operation : std::as_const(alone))
            addOperation(group, operation);
        group->setExpanded(true);
    }
    if (m_key->tags.isEmpty() && alone.isEmpty())
        new QTreeWidgetItem(m_operations, {tr("No operation restriction")});
    if (first)
        m_operations->scrollToItem(first);
}

} // namespace Keyport
