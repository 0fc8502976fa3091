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
/// the signing key may not grant disabled; a nudge to add get-operation.
class OperationsPage : public ProblemShowingPage
{
    Q_OBJECT

public:
    explicit OperationsPage(KeyWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
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
};

} // namespace Keyport
