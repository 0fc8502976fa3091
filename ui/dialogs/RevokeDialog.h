// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Account.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Keyport {

class RevokeKeysFlow;

/// Confirms the revocation of one or several access keys (UX.md, "Revoke dialog"): names them,
/// says what revoking means, asks for the key's name when the account's own signing key is
/// among them, and offers to delete the secrets Keyport stored. Does no I/O: revokeRequested()
/// asks the owner to start a RevokeKeysFlow, which attachFlow() then shows key by key.
class RevokeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Columns of the key list (objectName "revokeList").
    enum Column { NameColumn, KeyColumn, TypeColumn, StatusColumn, ColumnCount };
    /// The keys in the order the flows take them: @p keys, with the account's signing key last.
    static AccessKeys signingKeyLast(const Account &account, const AccessKeys &keys);

    /// @p account: the account the keys belong to, named in the dialog; its apiKey is the key
    /// it signs with. @p storedSecretIds: the keys whose secret Keyport holds (the signing key
    /// may be among them; its secret is never offered for deletion).
    RevokeDialog(const Account &account, const AccessKeys &keys,
        const QSet<QString> &storedSecretIds, QWidget *parent = nullptr);
    ~RevokeDialog() override;

    /// What the dialog says about the keys of one kind: legacy access keys are revoked, IAM v3
    /// API keys deleted (DeleteApiKeysDialog).
    struct Wording
    {
        QString action; ///< the window title and the button, e.g. "Revoke Key"
        QString intro; ///< e.g. "Revoke the access key ci (EXO…)?"
        QString listLabel; ///< with a mnemonic, e.g. "&Key to revoke"
        QString detailHeader; ///< the header of the third column, e.g. "Type"
        std::function<QString(const AccessKey &)> detail; ///< that column's text for a key
        QString consequences;
        /// Shown when the account's own signing key is among the keys; %1 is its name.
        QString signingWarning;
    };

    /// The keys to revoke: as given, then only those that failed, once Retry was chosen.
    const AccessKeys &keys() const { return m_keys; }
    /// Whether the account's own signing key is among them.
    bool includesSigningKey() const { return m_signingKey.has_value(); }
    /// Whether the person chose to delete the stored secrets (false when none is held).
    bool deleteStoredSecrets() const;
    void setDeleteStoredSecrets(bool deleteSecrets);
    /// Whether the Revoke button may be used: not started yet, and the signing key's name typed
    /// when it is among the keys.
    bool isConfirmed() const;

    /// Shows the progress of @p flow in the list and keeps the dialog open until it has
    /// finished: then the dialog accepts itself if every key is gone, or stays open showing, key
    /// by key, what was revoked, what was not and what is unknown (always after a Cancel). The
    /// dialog does not own @p flow, but reads it after its end (to retry the failed keys): it
    /// turns the flow's autoDelete off, so the flow's parent must own it.
    void attachFlow(RevokeKeysFlow *flow);
    /// Between attachFlow() and the flow's finished().
    bool isRunning() const { return m_running; }

    /// While a revocation runs, closing (Cancel, Esc, the window's close button) stops it
    /// instead (RevokeKeysFlow::cancel()): the dialog stays open to say what became of each key.
    void done(int result) override;

protected:
    RevokeDialog(const Account &account, const AccessKeys &keys,
        const QSet<QString> &storedSecretIds, const Wording &wording, QWidget *parent);

    /// What the dialog says while and after the keys go: revocation words here, deletion words
    /// in DeleteApiKeysDialog. The strings keep their %1 (and %n, filled with @p count).
    enum class Phrase {
        Started, ///< the status line once the person confirmed
        ItemRunning, ///< a key's status while its request runs
        ItemDone, ///< a key's status once it is gone
        ItemDoneWithNote, ///< the same, %1 a note (a secret not deleted)
        ItemFailed, ///< %1 why the key stays
        Progress, ///< %1 of %n keys done
        ProgressChecking, ///< %1 of %n keys done, the others being looked for in the list
        StoppedUnseen, ///< the flow went away before its end
        StoppedByYou,
        DoneCount, ///< %n keys gone
        FailedCount, ///< %n keys not gone
        UnknownCount, ///< %n keys in an unknown state
        DoneButSecretsKept,
    };
    virtual QString phrase(Phrase which, int count = 0) const;

    /// Return presses the button that has the focus; before the revocation starts no button is
    /// the default, so Return elsewhere (the list, the name field) revokes nothing.
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    /// The person confirmed: the owner starts a RevokeKeysFlow and attaches it.
    void revokeRequested();

private:
    void updateState();
    void showItem(int index);
    void onFlowFinished();
    void retryFailed();
    int rowOf(const QString &keyId) const;
    /// The keys done, out of all, while the flow runs.
    void showProgress();

    AccessKeys m_keys;
    std::optional<AccessKey> m_signingKey;
    bool m_offerSecretDeletion = false;
    QTreeWidget *m_list;
    QLabel *m_signingWarning;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmName;
    QCheckBox *m_deleteSecrets;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_revoke;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_retry;
    QPointer<RevokeKeysFlow> m_flow;
    bool m_attached = false;
    bool m_running = false;
};

} // namespace Keyport
