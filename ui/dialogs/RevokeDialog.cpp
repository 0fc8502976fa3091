// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeDialog.h"

#include "iam/FormKit.h"

#include "models/AccessKeyModel.h"
#include "services/RevokeKeysFlow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyport {

using FormKit::escapeMnemonic;
using FormKit::plainLabel;
using FormKit::withoutMnemonic;

AccessKeys RevokeDialog::signingKeyLast(const Account &account, const AccessKeys &keys)
{
    AccessKeys ordered;
    std::optional<AccessKey> signingKey;
    for (const AccessKey &key : keys) {
        if (!account.apiKey.isEmpty() && key.key == account.apiKey)
            signingKey = key;
        else
            ordered.append(key);
    }
    if (signingKey)
        ordered.append(*signingKey);
    return ordered;
}

namespace {

RevokeDialog::Wording accessKeyWording(const AccessKeys &keys)
{
    const int count = int(keys.size());
    RevokeDialog::Wording wording;
    wording.action = count == 1 ? RevokeDialog::tr("Revoke Key")
                                : RevokeDialog::tr("Revoke %n Keys", nullptr, count);
    if (count == 1) {
        const AccessKey &key = keys.constFirst();
        wording.intro = key.name.isEmpty()
            ? RevokeDialog::tr("Revoke the access key %1?").arg(key.key)
            : RevokeDialog::tr("Revoke the access key %1 (%2)?").arg(key.name, key.key);
    } else {
        wording.intro = RevokeDialog::tr("Revoke these %n access keys?", nullptr, count);
    }
    wording.listLabel
        = count == 1 ? RevokeDialog::tr("&Key to revoke") : RevokeDialog::tr("&Keys to revoke");
    wording.detailHeader = RevokeDialog::tr("Type");
    wording.detail = [](const AccessKey &key) { return AccessKeyModel::typeText(key); };
    wording.consequences = count == 1
        ? RevokeDialog::tr("Revocation is immediate and cannot be undone. Programs that use this "
                           "key stop working at once. Keys that were created with this key stay "
                           "valid.")
        : RevokeDialog::tr("Revocation is immediate and cannot be undone. Programs that use these "
                           "%n keys stop working at once. Keys that were created with them stay "
                           "valid.",
            nullptr, count);
    wording.signingWarning = count == 1
        ? RevokeDialog::tr("%1 is the key this account signs with. Once it is revoked, Keyport can "
                           "no longer use this account: to go on, add the account again with "
                           "another key.")
        : RevokeDialog::tr("%1 is the key this account signs with. It is revoked last, after the "
                           "other keys. Once it is revoked, Keyport can no longer use this "
                           "account: to go on, add the account again with another key.");
    return wording;
}

} // namespace

RevokeDialog::RevokeDialog(const Account &account, const AccessKeys &keys,
    const QSet<QString> &storedSecretIds, QWidget *parent)
    : RevokeDialog(
        account, keys, storedSecretIds, accessKeyWording(signingKeyLast(account, keys)), parent)
{ }

RevokeDialog::RevokeDialog(const Account &account, const AccessKeys &keys,
    const QSet<QString> &storedSecretIds, const Wording &wording, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_signingWarning(plainLabel(this, QStringLiteral("revokeSigningWarning")))
    , m_confirmLabel(new QLabel(this))
    , m_confirmName(new QLineEdit(this))
    , m_deleteSecrets(new QCheckBox(this))
    , m_status(plainLabel(this, QStringLiteral("revokeStatus")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    const QString signingKeyId = account.apiKey;
    // Listed in the order RevokeKeysFlow revokes them: the signing key last.
    for (const AccessKey &key : keys) {
        if (!signingKeyId.isEmpty() && key.key == signingKeyId) {
            m_signingKey = key;
            continue;
        }
        m_keys.append(key);
        if (storedSecretIds.contains(key.key))
            m_offerSecretDeletion = true;
    }
    if (m_signingKey)
        m_keys.append(*m_signingKey);
    const int count = int(m_keys.size());
    const QString revokeText = wording.action;
    setWindowTitle(revokeText);

    auto *intro = plainLabel(this, QStringLiteral("revokeIntro"));
    intro->setText(wording.intro);
    QFont introFont = intro->font();
    introFont.setBold(true);
    intro->setFont(introFont);
    // Which account: the same key names often exist in several accounts.
    auto *accountLabel = plainLabel(this, QStringLiteral("revokeAccount"));
    const auto endpoint = account.endpoint();
    accountLabel->setText(endpoint
            ? tr("Account %1 · %2").arg(account.name, endpoint.value().displayName())
            : tr("Account %1").arg(account.name));

    auto *listLabel = new QLabel(wording.listLabel, this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("revokeList"));
    m_list->setAccessibleName(withoutMnemonic(listLabel->text()));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Key"), wording.detailHeader, tr("Status")});
    for (const AccessKey &key : std::as_const(m_keys)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, key.name);
        item->setText(KeyColumn, key.key);
        item->setText(TypeColumn, wording.detail ? wording.detail(key) : QString());
        if (m_signingKey && key.key == m_signingKey->key) {
            item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(NameColumn, tr("The key this account signs with"));
        }
    }
    // Progress appears once the revocation starts.
    m_list->setColumnHidden(StatusColumn, true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *consequences = plainLabel(this, QStringLiteral("revokeConsequences"));
    consequences->setText(wording.consequences);

    auto *warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *warningRow = new QWidget(this);
    auto *warningLayout = new QHBoxLayout(warningRow);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(m_signingWarning, 1);
    m_confirmLabel->setObjectName(QStringLiteral("revokeConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirmName);
    m_confirmName->setObjectName(QStringLiteral("revokeConfirmName"));
    if (m_signingKey) {
        const AccessKey &key = *m_signingKey;
        const QString shown = key.name.isEmpty() ? key.key : key.name;
        m_signingWarning->setText(wording.signingWarning.arg(shown));
        // A name can be empty: then the id is what must be typed.
        m_confirmLabel->setText(key.name.isEmpty()
                ? tr("To confirm, type the &ID of this key: %1").arg(key.key)
                : tr("To confirm, type the &name of this key: %1").arg(escapeMnemonic(key.name)));
        m_confirmName->setAccessibleName(withoutMnemonic(m_confirmLabel->text()));
    }
    warningRow->setVisible(m_signingKey.has_value());
    m_confirmLabel->setVisible(m_signingKey.has_value());
    m_confirmName->setVisible(m_signingKey.has_value());

    m_deleteSecrets->setObjectName(QStringLiteral("revokeDeleteSecrets"));
    m_deleteSecrets->setText(count == 1 ? tr("Also &delete the secret Keyport stored for this key")
                                        : tr("Also &delete the secrets Keyport stored for these "
                                             "keys"));
    m_deleteSecrets->setAccessibleName(withoutMnemonic(m_deleteSecrets->text()));
    m_deleteSecrets->setChecked(true);
    m_deleteSecrets->setVisible(m_offerSecretDeletion);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("revokeCancelButton"));
    // DestructiveRole, never the default: an AcceptRole button would become the default when
    // the dialog is shown, and Return anywhere would revoke.
    m_revoke = m_buttons->addButton(revokeText, QDialogButtonBox::DestructiveRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("revokeCloseButton"));
    m_close->hide();
    // ActionRole: it asks for a new flow, it does not accept the dialog.
    m_retry = m_buttons->addButton(tr("Retry &Failed Keys"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("revokeRetryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &RevokeDialog::retryFailed);
    // No button is the default before the revocation starts: Return presses the button that
    // has the focus (keyPressEvent()), nothing else. An autoDefault button would become the
    // default when the dialog is shown, or when it merely passes through the focus.
    for (QPushButton *button : {m_cancel, m_revoke, m_close, m_retry})
        button->setAutoDefault(false);
    // Adding a button shows the others: hide those of later stages now.
    m_close->hide();
    m_retry->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(accountLabel);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(consequences);
    layout->addWidget(warningRow);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmName);
    layout->addWidget(m_deleteSecrets);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, count == 1 ? 360 : 440);

    connect(m_confirmName, &QLineEdit::textChanged, this, &RevokeDialog::updateState);
    // Revoke is a request: the owner starts the flow and attaches it.
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            Q_EMIT revokeRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_signingKey)
        m_confirmName->setFocus(Qt::OtherFocusReason);
    updateState();
}

RevokeDialog::~RevokeDialog()
{
    // A flow parented to the dialog dies after this destructor: it must not call back.
    if (m_flow)
        m_flow->disconnect(this);
}

bool RevokeDialog::deleteStoredSecrets() const
{
    return m_offerSecretDeletion && m_deleteSecrets->isChecked();
}

void RevokeDialog::setDeleteStoredSecrets(bool deleteSecrets)
{
    m_deleteSecrets->setChecked(deleteSecrets);
}

bool RevokeDialog::isConfirmed() const
{
    if (m_attached || m_keys.isEmpty())
        return false;
    if (!m_signingKey)
        return true;
    // Exactly, not trimmed or folded: typing the name is the deliberate act asked for.
    const QString expected = m_signingKey->name.isEmpty() ? m_signingKey->key : m_signingKey->name;
    return m_confirmName->text() == expected;
}

void RevokeDialog::attachFlow(RevokeKeysFlow *flow)
{
    if (!flow || m_attached)
        return;
    m_attached = true;
    m_flow = flow;
    // Read after its end: Retry Failed Keys takes the keys that failed from it.
    flow->setAutoDelete(false);
    m_running = true;
    // While it runs, only Cancel (which stops it) is offered.
    m_revoke->hide();
    m_close->hide();
    m_cancel->show();
    m_list->setColumnHidden(StatusColumn, false);
    m_status->setText(phrase(Phrase::Started));
    m_status->show();
    for (int index = 0; index < flow->items().size(); ++index)
        showItem(index);
    connect(flow, &RevokeKeysFlow::itemChanged, this, &RevokeDialog::showItem);
    connect(flow, &Job::finished, this, &RevokeDialog::onFlowFinished);
    connect(flow, &QObject::destroyed, this, [this] {
        // Its owner deleted it before the end: nothing is running any more.
        if (m_running)
            onFlowFinished();
    });
    updateState();
    if (flow->isFinished())
        onFlowFinished();
}

void RevokeDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused->isVisible() && focused->isEnabled() && isAncestorOf(focused)) {
            focused->click();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void RevokeDialog::done(int result)
{
    if (m_running) {
        // Stop waiting, but stay open: closing now would hide which keys were revoked.
        if (m_flow) {
            if (!m_flow->wasCancelled())
                m_status->setText(tr("Stopping…"));
            m_flow->cancel();
        }
        return;
    }
    QDialog::done(result);
}

int RevokeDialog::rowOf(const QString &keyId) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->text(KeyColumn) == keyId)
            return row;
    }
    return -1;
}

void RevokeDialog::showItem(int index)
{
    if (!m_flow || index < 0 || index >= m_flow->items().size())
        return;
    const RevokeKeysFlow::Item &item = m_flow->items().at(index);
    QTreeWidgetItem *row = m_list->topLevelItem(rowOf(item.key.key));
    if (!row)
        return;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (item.state) {
    case RevokeKeysFlow::State::Waiting:
        text = tr("Waiting");
        break;
    case RevokeKeysFlow::State::Revoking:
        text = phrase(Phrase::ItemRunning);
        icon = QStyle::SP_BrowserReload;
        m_list->scrollToItem(row);
        break;
    case RevokeKeysFlow::State::Revoked:
        text = item.error ? phrase(Phrase::ItemDoneWithNote).arg(item.error.message())
                          : phrase(Phrase::ItemDone);
        icon = item.error ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton;
        break;
    case RevokeKeysFlow::State::AlreadyGone:
        text = item.error ? tr("Already gone. %1").arg(item.error.message()) : tr("Already gone");
        icon = item.error ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton;
        break;
    case RevokeKeysFlow::State::Checking:
        text = tr("Unknown: checking the key list…");
        icon = QStyle::SP_BrowserReload;
        break;
    case RevokeKeysFlow::State::Failed:
    case RevokeKeysFlow::State::Skipped:
        text = phrase(Phrase::ItemFailed).arg(item.error.message());
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case RevokeKeysFlow::State::Unknown:
        text = tr("Unknown: %1").arg(item.error.message());
        icon = QStyle::SP_MessageBoxQuestion;
        break;
    }
    row->setText(StatusColumn, text);
    row->setToolTip(StatusColumn, text);
    row->setIcon(
        StatusColumn, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    showProgress();
}

void RevokeDialog::showProgress()
{
    if (!m_flow || !m_running || m_flow->wasCancelled())
        return;
    // Several keys are revoked at a time: count those done rather than name one.
    int done = 0;
    bool checking = false;
    for (const RevokeKeysFlow::Item &item : m_flow->items()) {
        switch (item.state) {
        case RevokeKeysFlow::State::Waiting:
        case RevokeKeysFlow::State::Revoking:
            break;
        case RevokeKeysFlow::State::Checking:
            checking = true;
            break;
        default:
            ++done;
        }
    }
    const int count = int(m_flow->items().size());
    m_status->setText(
        phrase(checking ? Phrase::ProgressChecking : Phrase::Progress, count).arg(done));
}

void RevokeDialog::onFlowFinished()
{
    m_running = false;
    if (m_flow && !m_flow->wasCancelled() && m_flow->problemCount() == 0) {
        accept();
        return;
    }
    // Stopped, or something went wrong: stay open and say what became of each key, until the
    // person closes the dialog.
    QStringList lines;
    if (!m_flow) {
        lines.append(phrase(Phrase::StoppedUnseen));
    } else {
        const int revoked = m_flow->revokedCount();
        const int failed = m_flow->failedCount();
        const int unknown = m_flow->unknownCount();
        if (m_flow->wasCancelled())
            lines.append(phrase(Phrase::StoppedByYou));
        if (revoked > 0 && (failed > 0 || unknown > 0 || m_flow->wasCancelled()))
            lines.append(phrase(Phrase::DoneCount, revoked));
        if (failed > 0)
            lines.append(phrase(Phrase::FailedCount, failed));
        if (unknown > 0)
            lines.append(phrase(Phrase::UnknownCount, unknown));
        if (failed == 0 && unknown == 0 && m_flow->problemCount() > 0)
            lines.append(phrase(Phrase::DoneButSecretsKept));
        for (const RevokeKeysFlow::Item &item : m_flow->items()) {
            if (item.error) {
                lines.append(
                    tr("%1 (%2): %3").arg(item.key.name, item.key.key, item.error.message()));
            }
        }
    }
    m_status->setText(lines.join(u'\n'));
    m_status->show();
    m_revoke->hide();
    m_cancel->hide();
    m_close->show();
    const bool retryable = m_flow && (m_flow->failedCount() > 0 || m_flow->unknownCount() > 0);
    m_retry->setVisible(retryable);
    QPushButton *next = retryable ? m_retry : m_close;
    next->setDefault(true);
    next->setFocus(Qt::OtherFocusReason);
    updateState();
}

void RevokeDialog::retryFailed()
{
    if (!m_flow || m_running)
        return;
    // Not revoked, or not known to be: a second DELETE of a key already gone is harmless (404).
    AccessKeys failed;
    for (const RevokeKeysFlow::Item &item : m_flow->items()) {
        if (item.state == RevokeKeysFlow::State::Failed
            || item.state == RevokeKeysFlow::State::Skipped
            || item.state == RevokeKeysFlow::State::Unknown)
            failed.append(item.key);
    }
    if (failed.isEmpty())
        return;
    // The finished flow stays a child of the dialog; only the failed keys go round again.
    m_flow->disconnect(this);
    m_flow = nullptr;
    m_keys = failed;
    m_attached = false;
    m_retry->hide();
    m_close->hide();
    m_cancel->show();
    Q_EMIT revokeRequested();
}

void RevokeDialog::updateState()
{
    m_revoke->setEnabled(isConfirmed());
    m_confirmName->setEnabled(!m_attached);
    m_deleteSecrets->setEnabled(!m_attached);
    // Always: before the start it closes the dialog, while the flow runs it stops it.
    m_cancel->setEnabled(true);
}

QString RevokeDialog::phrase(Phrase which, int count) const
{
    switch (which) {
    case Phrase::Started:
        return tr("Revoking… Exoscale finishes each revocation in the background; this can take a "
                  "moment.");
    case Phrase::ItemRunning:
        return tr("Revoking…");
    case Phrase::ItemDone:
        return tr("Revoked");
    case Phrase::ItemDoneWithNote:
        return tr("Revoked. %1");
    case Phrase::ItemFailed:
        return tr("Not revoked: %1");
    case Phrase::Progress:
        return tr("Revoking: %1 of %n key(s) done. Exoscale finishes each revocation in the "
                  "background; this can take a moment.",
            nullptr, count);
    case Phrase::ProgressChecking:
        return tr("Revoking: %1 of %n key(s) done. Checking whether Exoscale revoked the others…",
            nullptr, count);
    case Phrase::StoppedUnseen:
        return tr("The revocation was stopped before it finished. Refresh the key list to see "
                  "which keys are gone.");
    case Phrase::StoppedByYou:
        return tr("You stopped the revocation.");
    case Phrase::DoneCount:
        return tr("%n key(s) revoked.", nullptr, count);
    case Phrase::FailedCount:
        return tr("%n key(s) not revoked; they stay in the key list.", nullptr, count);
    case Phrase::UnknownCount:
        return tr("%n key(s) in an unknown state: Keyport could not find out whether Exoscale "
                  "revoked them. They stay in the key list; refresh it later.",
            nullptr, count);
    case Phrase::DoneButSecretsKept:
        return tr("Every key was revoked, but not every stored secret could be deleted.");
    }
    return {};
}

} // namespace Keyport
