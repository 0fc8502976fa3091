// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace Keyport {

/// A policy, read-only: the plain-words sentence on top (PolicyDescriber), the default strategy
/// in words, then one row per service class the policy names (allowed / denied / rules); for
/// rules the ordered list, each with its action, the expression coloured by CelHighlighter and
/// the rule in words. The service classes carry the service map's "reconstruction" note.
class PolicyView : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyView(QWidget *parent = nullptr);

    /// Empty: nothing shown but @p emptyText (setEmptyText).
    void setPolicy(const std::optional<IamPolicy> &policy);
    const std::optional<IamPolicy> &policy() const { return m_policy; }
    /// What is shown when there is no policy ("No policy.").
    void setEmptyText(const QString &text);

    /// The plain-words sentence shown on top.
    QString sentence() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearServices();

    std::optional<IamPolicy> m_policy;
    QString m_emptyText;
    QLabel *m_sentence;
    QLabel *m_defaultStrategy;
    QLabel *m_note;
    QWidget *m_services;
    QVBoxLayout *m_servicesLayout;
};

} // namespace Keyport
