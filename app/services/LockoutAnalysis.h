// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/IamSnapshot.h"
#include "services/LockoutChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyport {

/// Who loses what through a change to IAM v3, before it is sent (issue 11, point 4; UX.md
/// "Before anything that can lock people out"). No network: it judges the snapshot with
/// PolicyJudge, before and after the change, every operation of the service map (but
/// get-operation, which is never judged) with no parameters, for every subject concerned: the
/// account's signing key, and the API keys and people bound to the role (for a change to the
/// organisation policy: every API key and every person).
///
/// An operation the subject could call before and cannot after is lost. When a verdict, before
/// or after, depends on a rule that reads the request (parameters, resources, zone, source
/// address), the operation is only "may lose". Losses are grouped by service class and by the
/// rule or default responsible in the after-state ("rule 2 of iam in the organization policy":
/// rules are counted from 1 in words); a whole class lost for one reason reads "every dns
/// operation".
///
/// Judged once per role (once per key only when a policy reads api_key), each policy compiled
/// once. A role without a policy is judged as allow-all.
class LockoutAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::LockoutAnalysis)

public:
    /// Operations lost by one subject in one service class for one reason.
    struct Loss
    {
        enum class Certainty {
            Certain, ///< allowed before, denied after
            Possible, ///< a verdict depends on the request's parameters: "may lose"
        };

        Certainty certainty = Certainty::Certain;
        QString service;
        /// Sorted.
        QStringList operations;
        /// Every operation of the class (in the service map) is lost, for this one reason.
        bool wholeService = false;
        /// The rule or default responsible, in words (translated): "rule 2 of iam in the
        /// organization policy", "the default strategy deny of the policy of role ops".
        QString cause;

        /// "every dns operation", or the operations' names.
        QString what() const;
        /// A sentence: "Loses every dns operation, because of rule 2 of iam in the organization
        /// policy." or "May lose get-object, because of …".
        QString sentence() const;
    };

    /// An API key or a person who loses something.
    struct Subject
    {
        enum class Kind {
            SigningKey, ///< the API key this account signs with
            ApiKey,
            User,
        };

        Kind kind = Kind::ApiKey;
        /// The key's name, or the person's email.
        QString name;
        /// The key ("EXO…"); empty for a person.
        QString key;
        QString roleId;
        QString roleName;
        /// Certain losses first, then by service class.
        QList<Loss> losses;
        /// For the signing key: which of signingKeyEssentials() it loses or may lose.
        QStringList essentialsLost;

        /// "The signing key of this account, deploy (EXO…): the key Keyport signs with",
        /// "The API key ci (EXO…), role ops", "The person ana@example.com, role ops".
        QString title() const;
        /// What it loses in a few words: "every dns operation; get-object (may lose)".
        QString lossText() const;
    };

    LockoutAnalysis(const IamSnapshot &snapshot, const LockoutChange &change);

    /// The IAM operations the signing key needs for Keyport to list and update IAM (and to undo
    /// a change): list-api-keys, list-iam-roles, get-iam-role, update-iam-role,
    /// update-iam-role-policy, get- and update-iam-organization-policy.
    static QStringList signingKeyEssentials();

    const LockoutChange &change() const { return m_change; }
    /// The role changed or deleted; empty for an organisation change (or an unknown role).
    QString roleName() const { return m_roleName; }

    /// Those who lose something (certainly or possibly): the signing key first.
    const QList<Subject> &subjects() const { return m_subjects; }
    /// How many API keys and people were judged (those who lose nothing included).
    int judgedCount() const { return m_judgedCount; }
    /// Someone loses something, certainly or possibly.
    bool locksOutAnyone() const { return !m_subjects.isEmpty(); }
    /// The signing key loses something, certainly or possibly.
    bool locksOutSigningKey() const;
    /// The signing key loses one of signingKeyEssentials().
    bool signingKeyLosesIam() const;
    /// The change concerns the signing key (an organisation change, or one to its role) and it
    /// may call every one of signingKeyEssentials() afterwards, whatever the parameters.
    bool signingKeyKeepsIam() const { return m_signingKeyConcerned && m_signingKeyKeepsIam; }
    /// Whether the signing key could be judged: false when it is not among the API keys (a
    /// legacy key, or not listed) or its role is not known.
    bool signingKeyJudged() const { return m_signingKeyJudged; }
    /// Things to know besides the losses, as sentences: the signing key that cannot be judged,
    /// subjects whose role is unknown, that Exoscale refuses to delete a role still bound.
    const QStringList &notes() const { return m_notes; }
    /// One paragraph: "The signing key of this account … loses update-iam-role. 2 API keys and
    /// 1 person bound to this role lose every dns operation." or that nobody loses anything,
    /// followed by the notes.
    QString summary() const;

private:
    void analyse(const IamSnapshot &snapshot);

    LockoutChange m_change;
    QString m_roleName;
    QList<Subject> m_subjects;
    QStringList m_notes;
    int m_judgedCount = 0;
    bool m_signingKeyJudged = false;
    bool m_signingKeyConcerned = false;
    bool m_signingKeyKeepsIam = false;
};

} // namespace Keyport
