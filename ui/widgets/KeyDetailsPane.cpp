// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDetailsPane.h"

#include "models/AccessKeyModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    auto *form = new QFormLayout;
    m_name = addRow(form, tr("Name:"), QStringLiteral("detailsName"));

    auto *keyRow = new QHBoxLayout;
    m_keyId = new QLabel(page);
    m_keyId->setObjectName(QStringLiteral("detailsKeyId"));
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyKeyId = new QToolButton(page);
    m_copyKeyId->setObjectName(QStringLiteral("detailsCopyKeyId"));
    m_copyKeyId->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyKeyId->setText(tr("Copy ID"));
    m_copyKeyId->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyKeyId->setToolTip(tr("Copy the key ID"));
    keyRow->addWidget(m_keyId, 1);
    keyRow->addWidget(m_copyKeyId);
    auto *keyLabel = new QLabel(tr("Key ID:"), page);
    keyLabel->setBuddy(m_copyKeyId);
    form->addRow(keyLabel, keyRow);

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
    QStringList resources;
    for (const AccessKeyResource &resource : key->resources)
        resources.append(resource.toString());
    m_resources->setText(resources.isEmpty() ? tr("any") : resources.join(u'\n'));

    if (key->type == AccessKey::Type::Unrestricted) {
        new QTreeWidgetItem(m_operations, {tr("Every operation the signing key may use")});
        return;
    }
    // Each tag with the operations it brings, then those picked alone.
    QStringList alone = key->operations;
    for (const QString &tag : key->tags) {
        const QStringList ofTag = catalog.operationsForTag(tag);
        auto *group = new QTreeWidgetItem(
            m_operations, {tr("Tag %1: %n operation(s)", nullptr, int(ofTag.size())).arg(tag)});
        for (const QString &operation : ofTag) {
            new QTreeWidgetItem(group, {operation});
            alone.removeAll(operation);
        }
    }
    if (!alone.isEmpty()) {
        auto *group = new QTreeWidgetItem(
            m_operations, {tr("Picked alone: %n operation(s)", nullptr, int(alone.size()))});
        for (const QString &operation : std::as_const(alone))
            new QTreeWidgetItem(group, {operation});
        group->setExpanded(true);
    }
    if (key->tags.isEmpty() && alone.isEmpty())
        new QTreeWidgetItem(m_operations, {tr("No operation restriction")});
}

} // namespace Keyport
