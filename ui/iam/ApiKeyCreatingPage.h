// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "wizard/ProblemShowingPage.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Keyport {

class ApiKeyWizard;
class CreateApiKeyFlow;

/// New API Key, page 3: runs CreateApiKeyFlow and moves on to the secret by itself. When the
/// creation fails, it says why and leads back (to the name page after a refusal, to the review
/// after a lost answer); when the key exists but its answer was lost, it offers to delete it.
class ApiKeyCreatingPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit ApiKeyCreatingPage(ApiKeyWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_created; }

private:
    void onFlowFinished();
    /// Stops, says @p message, and offers to go back to @p page.
    void stop(const QString &message, int page);
    /// The orphan left the account's list of API keys: it was deleted.
    void onApiKeysChanged();

    ApiKeyWizard *m_wizard;
    QPointer<CreateApiKeyFlow> m_flow;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_goBack;
    QPushButton *m_deleteOrphan;
    ApiKey m_orphan;
    int m_backTo = 0;
    bool m_created = false;
};

} // namespace Keyport
