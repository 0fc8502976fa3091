// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemShowingPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Keyport {

class CatalogModel;

/// Page 2: the operation catalog fetched from the API, tags as groups; live counts; operations
/// the signing key may not grant disabled; a nudge to add get-operation. When the draft holds
/// what the signing key may not grant (a template), the page says so, offers to remove it all,
/// and does not go on until it is gone: Exoscale would refuse the key.
class OperationsPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit OperationsPage(KeyWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    CatalogModel *catalogModel() const { return m_model; }

private:
    void update();

    CatalogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_counts;
    QLabel *m_catalogNote;
    QLabel *m_suggestion;
    QPushButton *m_addGetOperation;
    QLabel *m_notGrantableNote;
    QPushButton *m_removeNotGrantable;
};

} // namespace Keyport
