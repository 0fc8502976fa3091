// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/KeyDraft.h"
#include "ProblemShowingPage.h"

#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Keyport {

class CreateKeyFlow;

/// Page 5: creating. Moves on to the secret by itself; when creating fails, says why and leads
/// back to the page to edit, or, when the key exists but its answer was lost, offers to revoke it.
class CreatingPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit CreatingPage(KeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }

private:
    void onFinished();
    /// @p field: the field the refusal concerns, or none when there is nothing to edit (back
    /// to the review, to try again).
    void fail(const QString &message, std::optional<KeyDraft::Field> field);
    void revokeOrphan();
    /// The orphan left the session's key list: it was revoked.
    void onKeysChanged();

    QPointer<CreateKeyFlow> m_flow;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_back;
    QPushButton *m_revoke;
    AccessKey m_orphan;
    std::optional<KeyDraft::Field> m_field;
    bool m_done = false;
};

} // namespace Keyport
