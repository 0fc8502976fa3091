// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockoutAnalysis.h"

#include "policy/CelActivation.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyJudge.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

/// What a request carries besides its operation: a rule that reads one of these may decide
/// differently for the same operation.
const QStringList &requestNames()
{
    static const QStringList names{u"parameters"_s, u"resources"_s, u"zone"_s, u"source_ip"_s};
    return names;
}

/// Whether @p expression reads one of @p names: the checker reports it as unknown once the
/// names are no longer bound.
bool reads(const Cel::Expression &expression, const QStringList &names)
{
    if (!expression.isValid())
        return false;
    const QSet<QString> bound = PolicyJudge::bindingNames();
    QSet<QString> without = bound;
    for (const QString &name : names)
        without.remove(name);
    return expression.check(without).size() > expression.check(bound).size();
}

/// A policy compiled once, with what its rules read.
struct Profile
{
    Profile() = default;
    explicit Profile(const IamPolicy &policy)
        : compiled(policy)
    {
        for (auto it = policy.services.cbegin(); it != policy.services.cend(); ++it) {
            const CompiledPolicy::Service *service = compiled.service(it.key());
            if (!service || service->type != IamPolicy::ServiceType::Rules)
                continue;
            QList<bool> flags;
            for (const CompiledPolicy::Rule &rule : service->rules) {
                flags.append(reads(rule.expression, requestNames()));
                readsApiKey = readsApiKey || reads(rule.expression, {u"api_key"_s});
            }
            readsRequest.insert(it.key(), flags);
        }
    }

    CompiledPolicy compiled;
    /// Service class -> for each rule, whether it reads the request (requestNames()).
    QHash<QString, QList<bool>> readsRequest;
    bool readsApiKey = false;
};

enum class Access { Allowed, Denied, Depends };

/// One policy's verdict on one operation.
struct StageVerdict
{
    Access access = Access::Allowed;
    PolicyDecision::Reason reason = PolicyDecision::Reason::DefaultStrategy;
    std::optional<int> rule;
    /// The first rule tried whose value depends on the request (Access::Depends).
    int dependentRule = -1;
};

/// The verdict of both policies on one operation, with the reason in words.
struct Outcome
{
    Access access = Access::Allowed;
    QString cause;
};

/// Whether @p service is treated alike by both policies: same entry, or no entry and the same
/// default strategy. When the organisation's and the role's treatments are unchanged, so is
/// every verdict in the class.
bool sameTreatment(const IamPolicy &a, const IamPolicy &b, const QString &service)
{
    const auto inA = a.services.constFind(service);
    const auto inB = b.services.constFind(service);
    const bool hasA = inA != a.services.cend();
    const bool hasB = inB != b.services.cend();
    if (hasA != hasB)
        return false;
    if (!hasA)
        return a.defaultServiceStrategy == b.defaultServiceStrategy;
    return *inA == *inB;
}

QString operationList(const QStringList &operations)
{
    return operations.join(u", "_s);
}

} // namespace

/// Judges and remembers: one verdict per policy, operation and API key binding.
class LockoutJudging
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::LockoutAnalysis)

public:
    explicit LockoutJudging(const ServiceMap &services)
        : m_judge(services)
        , m_now(QDateTime::currentDateTimeUtc())
    { }

    StageVerdict judge(const Profile &profile, bool organization, const QString &operation,
        const QString &service, const QString &apiKey) const
    {
        PolicyRequest request;
        request.operation = operation;
        request.service = service;
        request.apiKey = apiKey;
        request.now = m_now;
        const PolicyDecision decision = organization
            ? m_judge.judge(profile.compiled, m_allowAll, request)
            : m_judge.judge(m_allowAll, profile.compiled, request);
        StageVerdict verdict;
        verdict.access = decision.allowed ? Access::Allowed : Access::Denied;
        verdict.reason = decision.reason;
        verdict.rule = decision.rule;
        const CompiledPolicy::Service *entry = profile.compiled.service(service);
        if (!entry || entry->type != IamPolicy::ServiceType::Rules)
            return verdict;
        const QList<bool> flags = profile.readsRequest.value(service);
        const qsizetype last = decision.reason == PolicyDecision::Reason::Rule && decision.rule
            ? qsizetype(*decision.rule)
            : entry->rules.size() - 1;
        std::optional<Cel::Activation> probe;
        for (qsizetype index = 0; index <= last && index < flags.size(); ++index) {
            if (!flags.at(index))
                continue;
            // The request's parts become errors: a rule whose value still comes out (CEL's
            // && and || absorb errors: `operation == 'x' && parameters.a == 1` is false for
            // another operation) does not depend on them for this operation.
            if (!probe) {
                probe = PolicyJudge::activation(request, service);
                for (const QString &name : requestNames())
                    probe->bind(name, Cel::Value::error(u"unknown"_s));
            }
            if (entry->rules.at(index).expression.evaluate(*probe).isError()) {
                verdict.access = Access::Depends;
                verdict.dependentRule = int(index);
                break;
            }
        }
        return verdict;
    }

    /// The words for why @p verdict denies (or may deny) @p service.
    static QString cause(const StageVerdict &verdict, bool organization, const QString &service,
        const QString &roleName)
    {
        if (verdict.access == Access::Depends) {
            return organization
                ? tr("rule %1 of %2 in the organization policy, which depends on the request")
                      .arg(verdict.dependentRule + 1)
                      .arg(service)
                : tr("rule %1 of %2 in the policy of role %3, which depends on the request")
                      .arg(verdict.dependentRule + 1)
                      .arg(service, roleName);
        }
        switch (verdict.reason) {
        case PolicyDecision::Reason::Rule:
            return organization ? tr("rule %1 of %2 in the organization policy")
                                      .arg(verdict.rule.value_or(0) + 1)
                                      .arg(service)
                                : tr("rule %1 of %2 in the policy of role %3")
                                      .arg(verdict.rule.value_or(0) + 1)
                                      .arg(service, roleName);
        case PolicyDecision::Reason::NoRuleMatched:
            return organization
                ? tr("no rule matched in %1 in the organization policy").arg(service)
                : tr("no rule matched in %1 in the policy of role %2").arg(service, roleName);
        case PolicyDecision::Reason::ServiceType:
            return organization ? tr("%1 denied in the organization policy").arg(service)
                                : tr("%1 denied in the policy of role %2").arg(service, roleName);
        case PolicyDecision::Reason::DefaultStrategy:
            break;
        }
        return organization
            ? tr("the default strategy deny of the organization policy")
            : tr("the default strategy deny of the policy of role %1").arg(roleName);
    }

    Outcome outcome(const Profile &organization, const Profile &role, const QString &roleName,
        const QString &operation, const QString &service, const QString &apiKey)
    {
        // The organisation's verdicts are the same for every role: judged once per key binding.
        const auto key = std::make_tuple(&organization, operation, apiKey);
        auto cached = m_organizationVerdicts.find(key);
        if (cached == m_organizationVerdicts.end()) {
            cached = m_organizationVerdicts
                         .emplace(key, judge(organization, true, operation, service, apiKey))
                         .first;
        }
        const StageVerdict &first = cached->second;
        if (first.access == Access::Denied)
            return {Access::Denied, cause(first, true, service, roleName)};
        const StageVerdict second = judge(role, false, operation, service, apiKey);
        if (second.access == Access::Denied)
            return {Access::Denied, cause(second, false, service, roleName)};
        if (first.access == Access::Depends)
            return {Access::Depends, cause(first, true, service, roleName)};
        if (second.access == Access::Depends)
            return {Access::Depends, cause(second, false, service, roleName)};
        return {Access::Allowed, {}};
    }

private:
    PolicyJudge m_judge;
    CompiledPolicy m_allowAll;
    QDateTime m_now;
    std::map<std::tuple<const Profile *, QString, QString>, StageVerdict> m_organizationVerdicts;
};

QString LockoutAnalysis::Loss::what() const
{
    if (wholeService)
        return tr("every %1 operation").arg(service);
    return operationList(operations);
}

QString LockoutAnalysis::Loss::sentence() const
{
    return certainty == Certainty::Certain ? tr("Loses %1, because of %2.").arg(what(), cause)
                                           : tr("May lose %1, because of %2.").arg(what(), cause);
}

QString LockoutAnalysis::Subject::title() const
{
    switch (kind) {
    case Kind::SigningKey:
        return tr("The signing key of this account, %1 (%2), role %3: the key Keyport signs with")
            .arg(name, key, roleName);
    case Kind::ApiKey:
        return tr("The API key %1 (%2), role %3").arg(name, key, roleName);
    case Kind::User:
        break;
    }
    return tr("The person %1, role %2").arg(name, roleName);
}

QString LockoutAnalysis::Subject::lossText() const
{
    // Few words: a long list of names becomes a count per class.
    constexpr qsizetype namesShown = 6;
    QStringList certain;
    QStringList possible;
    for (const Loss &loss : losses) {
        const QString what = loss.wholeService || loss.operations.size() <= namesShown
            ? loss.what()
            : tr("%n operation(s) of %1", nullptr, int(loss.operations.size())).arg(loss.service);
        (loss.certainty == Loss::Certainty::Certain ? certain : possible).append(what);
    }
    QStringList parts;
    if (!certain.isEmpty())
        parts.append(certain.join(u"; "_s));
    if (!possible.isEmpty())
        parts.append(tr("possibly %1").arg(possible.join(u"; "_s)));
    return parts.join(u"; "_s);
}

LockoutAnalysis::LockoutAnalysis(const IamSnapshot &snapshot, const LockoutChange &change)
    : m_change(change)
{
    analyse(snapshot);
}

QStringList LockoutAnalysis::signingKeyEssentials()
{
    return {u"list-api-keys"_s, u"list-iam-roles"_s, u"get-iam-role"_s, u"update-iam-role"_s,
        u"update-iam-role-policy"_s, u"get-iam-organization-policy"_s,
        u"update-iam-organization-policy"_s};
}

bool LockoutAnalysis::locksOutSigningKey() const
{
    return !m_subjects.isEmpty() && m_subjects.constFirst().kind == Subject::Kind::SigningKey;
}

bool LockoutAnalysis::signingKeyLosesIam() const
{
    return locksOutSigningKey() && !m_subjects.constFirst().essentialsLost.isEmpty();
}

void LockoutAnalysis::analyse(const IamSnapshot &snapshot)
{
    const ServiceMap &services = snapshot.services ? *snapshot.services : ServiceMap::builtIn();
    const bool organizationChange = m_change.concernsOrganization();
    const bool deletion = m_change.kind == LockoutChange::Kind::RoleDeletion;

    QHash<QString, const IamRole *> rolesById;
    for (const IamRole &role : snapshot.roles)
        rolesById.insert(role.id, &role);
    const IamRole *changedRole = organizationChange ? nullptr : rolesById.value(m_change.roleId);
    if (changedRole)
        m_roleName = changedRole->name;
    else if (!organizationChange) {
        m_notes.append(tr("The role %1 is not among the roles listed, so what its API keys "
                          "and people could call before is not known; Keyport judges as if it "
                          "allowed everything, so that no loss goes unreported.")
                           .arg(m_change.roleId));
    }

    // Every policy compiled once. An unknown role counts as allow-all before the change, so that
    // every loss is reported rather than none.
    const Profile organizationBefore(snapshot.organizationPolicy);
    const Profile organizationAfter(
        organizationChange ? m_change.policy : snapshot.organizationPolicy);
    std::map<QString, Profile> roleProfiles;
    const auto roleProfile = [&roleProfiles](const QString &id, const IamPolicy &policy) {
        auto found = roleProfiles.find(id);
        if (found == roleProfiles.end())
            found = roleProfiles.emplace(id, Profile(policy)).first;
        return &found->second;
    };
    const Profile changedBefore(
        changedRole ? changedRole->policy.value_or(IamPolicy::allowAll()) : IamPolicy::allowAll());
    const Profile changedAfter(deletion ? IamPolicy::denyAll() : m_change.policy);

    // Only the classes whose treatment changes can change a verdict.
    QStringList judgedServices;
    for (const QString &service : services.services()) {
        const bool same = organizationChange
            ? sameTreatment(snapshot.organizationPolicy, m_change.policy, service)
            : !deletion && changedRole && changedRole->policy
                && sameTreatment(*changedRole->policy, m_change.policy, service);
        if (!same)
            judgedServices.append(service);
    }
    // get-operation is never judged (IAM-V3.md §4): nobody loses it.
    const QString neverJudged = u"get-operation"_s;
    QHash<QString, QStringList> operationsOf;
    for (const QString &service : std::as_const(judgedServices)) {
        QStringList operations = services.operationsOf(service);
        operations.removeAll(neverJudged);
        operationsOf.insert(service, operations);
    }

    LockoutJudging judging(services);
    // Losses per (role, API key binding): most roles are judged once, whatever their keys.
    std::map<std::pair<QString, QString>, QList<Loss>> lossesOf;
    const auto lossesFor = [&](const QString &roleId, const QString &roleName,
                               const IamPolicy &policy, const QString &apiKey) -> QList<Loss> {
        const bool changed = !organizationChange && roleId == m_change.roleId;
        const Profile *before = changed ? &changedBefore : roleProfile(roleId, policy);
        const Profile *after = changed ? &changedAfter : before;
        // A key is judged on its own only when a rule reads api_key.
        const bool perKey = organizationBefore.readsApiKey || organizationAfter.readsApiKey
            || before->readsApiKey || after->readsApiKey;
        const QString binding = perKey ? apiKey : QString();
        const auto key = std::make_pair(roleId, binding);
        if (const auto found = lossesOf.find(key); found != lossesOf.end())
            return found->second;

        QList<Loss> losses;
        for (const QString &service : std::as_const(judgedServices)) {
            // (certainty, cause) -> operations, in the order met.
            QList<Loss> groups;
            const QStringList &operations = operationsOf[service];
            for (const QString &operation : operations) {
                const Outcome was = judging.outcome(
                    organizationBefore, *before, roleName, operation, service, binding);
                if (was.access == Access::Denied)
                    continue;
                const Outcome will = changed && deletion
                    ? Outcome{Access::Denied, tr("the deletion of role %1").arg(roleName)}
                    : judging.outcome(
                        organizationAfter, *after, roleName, operation, service, binding);
                if (will.access == Access::Allowed)
                    continue;
                const Loss::Certainty certainty
                    = was.access == Access::Allowed && will.access == Access::Denied
                    ? Loss::Certainty::Certain
                    : Loss::Certainty::Possible;
                auto group = std::find_if(groups.begin(), groups.end(), [&](const Loss &loss) {
                    return loss.certainty == certainty && loss.cause == will.cause;
                });
                if (group == groups.end()) {
                    Loss loss;
                    loss.certainty = certainty;
                    loss.service = service;
                    loss.cause = will.cause;
                    groups.append(loss);
                    group = groups.end() - 1;
                }
                group->operations.append(operation);
            }
            for (Loss &loss : groups) {
                loss.operations.sort();
                loss.wholeService = loss.certainty == Loss::Certainty::Certain && groups.size() == 1
                    && loss.operations.size() == operations.size();
                losses.append(loss);
            }
        }
        std::stable_sort(losses.begin(), losses.end(), [](const Loss &a, const Loss &b) {
            return a.certainty == Loss::Certainty::Certain && b.certainty != a.certainty;
        });
        lossesOf.emplace(key, losses);
        return losses;
    };

    const auto concerned
        = [&](const QString &roleId) { return organizationChange || roleId == m_change.roleId; };
    const auto roleNameOf = [&](const QString &roleId) {
        const IamRole *role = rolesById.value(roleId);
        return role ? role->name : roleId;
    };

    // The signing key: found by its key among the API keys.
    const ApiKey *signingKey = nullptr;
    for (const ApiKey &key : snapshot.apiKeys) {
        if (!snapshot.signingKey.isEmpty() && key.key == snapshot.signingKey)
            signingKey = &key;
    }
    if (!signingKey) {
        m_notes.append(snapshot.signingKey.isEmpty()
                ? tr("The key this account signs with is not known: its own access cannot be "
                     "judged.")
                : tr("The signing key of this account (%1) is not among the API keys (a legacy "
                     "key, or one not listed): its own access cannot be judged.")
                      .arg(snapshot.signingKey));
    }

    QList<Subject> keys;
    QList<Subject> people;
    std::optional<Subject> signingSubject;
    int boundToDeleted = 0;
    for (const ApiKey &key : snapshot.apiKeys) {
        const bool isSigningKey = &key == signingKey;
        const IamRole *role = rolesById.value(key.roleId);
        // A key bound to the changed role is judged even when that role is not listed (see
        // changedBefore); any other key needs its role.
        const bool boundToChanged = !organizationChange && key.roleId == m_change.roleId;
        if (!role && !boundToChanged) {
            if (organizationChange || isSigningKey) {
                m_notes.append(tr("The role of the API key %1 (%2) is not known: its access "
                                  "cannot be judged.")
                                   .arg(key.name, key.key));
            }
            continue;
        }
        if (isSigningKey)
            m_signingKeyJudged = true;
        if (!concerned(key.roleId))
            continue;
        ++m_judgedCount;
        if (deletion)
            ++boundToDeleted;
        Subject subject;
        subject.kind = isSigningKey ? Subject::Kind::SigningKey : Subject::Kind::ApiKey;
        subject.name = key.name;
        subject.key = key.key;
        subject.roleId = key.roleId;
        subject.roleName = roleNameOf(key.roleId);
        const IamPolicy rolePolicy
            = role ? role->policy.value_or(IamPolicy::allowAll()) : IamPolicy::allowAll();
        subject.losses = lossesFor(key.roleId, subject.roleName, rolePolicy, key.key);
        if (isSigningKey) {
            // Whether Keyport keeps managing IAM with it: every essential allowed afterwards.
            m_signingKeyConcerned = true;
            m_signingKeyKeepsIam = !(deletion && boundToChanged);
            const bool changed = boundToChanged;
            const Profile *after = changed ? &changedAfter : roleProfile(key.roleId, rolePolicy);
            for (const QString &operation : signingKeyEssentials()) {
                if (!m_signingKeyKeepsIam)
                    break;
                m_signingKeyKeepsIam = judging
                                           .outcome(organizationAfter, *after, subject.roleName,
                                               operation, services.serviceOf(operation), key.key)
                                           .access
                    == Access::Allowed;
            }
        }
        if (subject.losses.isEmpty())
            continue;
        if (isSigningKey) {
            for (const QString &operation : signingKeyEssentials()) {
                for (const Loss &loss : std::as_const(subject.losses)) {
                    if (loss.operations.contains(operation)
                        && !subject.essentialsLost.contains(operation))
                        subject.essentialsLost.append(operation);
                }
            }
            signingSubject = subject;
        } else {
            keys.append(subject);
        }
    }
    for (const User &user : snapshot.users) {
        const QString roleId = user.role ? user.role->id : QString();
        const IamRole *role = rolesById.value(roleId);
        if (!role && !user.role) {
            if (organizationChange) {
                m_notes.append(
                    tr("The role of the person %1 is not known: their access cannot be judged.")
                        .arg(user.email));
            }
            continue;
        }
        if (!concerned(roleId))
            continue;
        ++m_judgedCount;
        if (deletion)
            ++boundToDeleted;
        Subject subject;
        subject.kind = Subject::Kind::User;
        subject.name = user.email;
        subject.roleId = roleId;
        subject.roleName = role ? role->name : user.role->name;
        const IamRole &policySource = role ? *role : *user.role;
        subject.losses = lossesFor(roleId, subject.roleName,
            policySource.policy.value_or(IamPolicy::allowAll()), QString());
        if (!subject.losses.isEmpty())
            people.append(subject);
    }

    const auto byName
        = [](const Subject &a, const Subject &b) { return a.name.localeAwareCompare(b.name) < 0; };
    std::stable_sort(keys.begin(), keys.end(), byName);
    std::stable_sort(people.begin(), people.end(), byName);
    if (signingSubject)
        m_subjects.append(*signingSubject);
    m_subjects.append(keys);
    m_subjects.append(people);

    if (deletion && boundToDeleted > 0) {
        m_notes.append(tr("Exoscale refuses to delete a role that API keys or people are bound "
                          "to: bind them to another role, or delete those API keys, first."));
    }
}

QString LockoutAnalysis::summary() const
{
    QStringList sentences;
    const bool organizationChange = m_change.concernsOrganization();
    if (m_subjects.isEmpty()) {
        if (!organizationChange && m_judgedCount == 0) {
            sentences.append(tr("No API key and no person is bound to this role: nobody loses "
                                "anything."));
        } else if (organizationChange) {
            sentences.append(tr("Nobody loses anything: every API key and every person keeps "
                                "every operation they could call."));
        } else {
            sentences.append(tr("Nobody loses anything: every API key and every person bound "
                                "to this role keeps every operation they could call."));
        }
    }
    qsizetype first = 0;
    // The signing key first: will Keyport still list and update IAM with it?
    if (signingKeyKeepsIam()) {
        sentences.append(locksOutSigningKey()
                ? tr("The signing key of this account can still list and update IAM.")
                : tr("The signing key of this account loses nothing: it can still list and "
                     "update IAM."));
    }
    if (locksOutSigningKey()) {
        const Subject &key = m_subjects.constFirst();
        sentences.append(tr("The signing key of this account, %1 (%2), the key Keyport signs "
                            "with, loses %3.")
                             .arg(key.name, key.key, key.lossText()));
        if (!key.essentialsLost.isEmpty()) {
            sentences.append(tr("Keyport could then no longer call %1 with it: it may no longer "
                                "be able to manage IAM, nor to undo this change.")
                                 .arg(operationList(key.essentialsLost)));
        }
        first = 1;
    }
    // The others, grouped by what they lose: bound to one role, they usually lose the same.
    struct Group
    {
        QString what;
        int keys = 0;
        int people = 0;
    };
    QList<Group> groups;
    for (qsizetype index = first; index < m_subjects.size(); ++index) {
        const Subject &subject = m_subjects.at(index);
        const QString what = subject.lossText();
        auto group = std::find_if(
            groups.begin(), groups.end(), [&](const Group &g) { return g.what == what; });
        if (group == groups.end()) {
            groups.append({what, 0, 0});
            group = groups.end() - 1;
        }
        (subject.kind == Subject::Kind::User ? group->people : group->keys) += 1;
    }
    constexpr qsizetype groupsShown = 3;
    int othersKeys = 0;
    int othersPeople = 0;
    for (qsizetype index = 0; index < groups.size(); ++index) {
        const Group &group = groups.at(index);
        if (index >= groupsShown) {
            othersKeys += group.keys;
            othersPeople += group.people;
            continue;
        }
        if (group.keys > 0 && group.people > 0) {
            const QString keys = tr("%n API key(s)", nullptr, group.keys);
            const QString people = tr("%n person(s)", nullptr, group.people);
            sentences.append(organizationChange
                    ? tr("%1 and %2 lose %3.").arg(keys, people, group.what)
                    : tr("%1 and %2 bound to this role lose %3.").arg(keys, people, group.what));
        } else if (group.keys > 0) {
            sentences.append(organizationChange
                    ? tr("%n API key(s) lose(s) %1.", nullptr, group.keys).arg(group.what)
                    : tr("%n API key(s) bound to this role lose(s) %1.", nullptr, group.keys)
                          .arg(group.what));
        } else {
            sentences.append(organizationChange
                    ? tr("%n person(s) lose(s) %1.", nullptr, group.people).arg(group.what)
                    : tr("%n person(s) bound to this role lose(s) %1.", nullptr, group.people)
                          .arg(group.what));
        }
    }
    if (othersKeys + othersPeople > 0) {
        sentences.append(tr("%n more API key(s) or person(s) lose other operations: see the "
                            "details.",
            nullptr, othersKeys + othersPeople));
    }
    sentences.append(m_notes);
    return sentences.join(u' ');
}

} // namespace Keyport
