// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyLinter.h"

#include "domain/IamPolicy.h"
#include "policy/CelExpression.h"
#include "policy/PolicyJudge.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

QString join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + u'.' + member;
}

QString atColumn(int column, const QString &message)
{
    return column > 0 ? QCoreApplication::translate("Keyport::PolicyLinter", "column %1: %2")
                            .arg(column)
                            .arg(message)
                      : message;
}

} // namespace

PolicyLinter::PolicyLinter(const ServiceMap &services)
    : m_services(&services)
{ }

QString PolicyLinter::policyPath(const QJsonValue &document)
{
    // A role (as the API gives it) holds its policy under "policy"; `exo iam role show R
    // --policy -O json` gives the bare policy.
    const QJsonObject object = document.toObject();
    const bool isRole = object.contains("policy"_L1)
        && !object.contains("default-service-strategy"_L1) && !object.contains("services"_L1);
    return isRole ? u"policy"_s : QString();
}

PolicyProblems PolicyLinter::lint(const QJsonValue &document) const
{
    const QString path = policyPath(document);
    PolicyProblems problems;
    const auto policy = IamPolicy::fromJson(
        path.isEmpty() ? document : document.toObject().value(path), &problems, path);
    if (policy)
        problems += lint(*policy, path);
    return problems;
}

PolicyProblems PolicyLinter::lint(const IamPolicy &policy, const QString &path) const
{
    PolicyProblems problems;
    const QSet<QString> bindings = PolicyJudge::bindingNames();
    const QString servicesPath = join(path, u"services"_s);
    for (auto it = policy.services.begin(); it != policy.services.end(); ++it) {
        const QString serviceName = it.key();
        const QString servicePath = join(servicesPath, serviceName);
        if (!m_services->knowsService(serviceName)) {
            problems.append({servicePath,
                QCoreApplication::translate("Keyport::PolicyLinter",
                    "unknown service class '%1' (known: %2): this entry never applies")
                    .arg(serviceName, m_services->services().join(u", "_s))});
        }
        if (it->type != IamPolicy::ServiceType::Rules)
            continue;
        if (it->rules.isEmpty()) {
            problems.append({join(servicePath, u"rules"_s),
                QCoreApplication::translate("Keyport::PolicyLinter",
                    "no rules: every request to %1 is denied, whatever the default strategy")
                    .arg(serviceName)});
            continue;
        }
        bool anyCanMatch = false;
        for (int index = 0; index < it->rules.size(); ++index) {
            const QString rulePath
                = join(servicePath, u"rules"_s) + u'[' + QString::number(index) + u"].expression"_s;
            const Cel::Expression expression
                = Cel::Expression::parse(it->rules.at(index).expression);
            if (!expression.isValid()) {
                const Cel::Diagnostic error = expression.syntaxError();
                problems.append({rulePath,
                    atColumn(error.column, error.message)
                        + QCoreApplication::translate(
                            "Keyport::PolicyLinter", " (the rule is always skipped)")});
                continue;
            }
            const QList<Cel::Diagnostic> diagnostics = expression.check(bindings);
            for (const Cel::Diagnostic &diagnostic : diagnostics)
                problems.append({rulePath, atColumn(diagnostic.column, diagnostic.message)});

            bool canMatch = true;
            if (const auto constant = expression.constantValue()) {
                if (constant->isError()) {
                    canMatch = false;
                    // The checker has usually said why already (a constant 1/0).
                    if (diagnostics.isEmpty())
                        problems.append({rulePath,
                            atColumn(constant->errorColumn(),
                                QCoreApplication::translate("Keyport::PolicyLinter",
                                    "always fails (%1): the rule is always skipped")
                                    .arg(constant->errorMessage()))});
                } else if (constant->kind() != Cel::Value::Kind::Bool) {
                    canMatch = false;
                    problems.append({rulePath,
                        QCoreApplication::translate("Keyport::PolicyLinter",
                            "is always a %1, never true or false: the rule is always skipped")
                            .arg(constant->typeName())});
                } else if (!constant->toBool()) {
                    canMatch = false;
                    problems.append({rulePath,
                        QCoreApplication::translate(
                            "Keyport::PolicyLinter", "is always false: the rule never matches")});
                } else if (index + 1 < it->rules.size()) {
                    problems.append({rulePath,
                        QCoreApplication::translate("Keyport::PolicyLinter",
                            "is always true: the rules after it are never tried")});
                }
            }
            for (const auto &[operation, column] :
                expression.literalsComparedWith(u"operation"_s)) {
                const QString owner = m_services->serviceOf(operation);
                if (owner.isEmpty()) {
                    problems.append({rulePath,
                        atColumn(column,
                            QCoreApplication::translate(
                                "Keyport::PolicyLinter", "unknown operation '%1'")
                                .arg(operation))});
                } else if (owner != serviceName && m_services->knowsService(serviceName)) {
                    problems.append({rulePath,
                        atColumn(column,
                            QCoreApplication::translate("Keyport::PolicyLinter",
                                "'%1' is an operation of %2: in the rules of %3, operation is "
                                "never '%1'")
                                .arg(operation, owner, serviceName))});
                }
            }
            for (const auto &[service, column] : expression.literalsComparedWith(u"service"_s)) {
                if (service != serviceName) {
                    problems.append({rulePath,
                        atColumn(column,
                            QCoreApplication::translate("Keyport::PolicyLinter",
                                "in the rules of %1, service is always '%1', never '%2'")
                                .arg(serviceName, service))});
                }
            }
            if (canMatch)
                anyCanMatch = true;
        }
        if (!anyCanMatch) {
            problems.append({servicePath,
                QCoreApplication::translate("Keyport::PolicyLinter",
                    "no rule can ever match: every request to %1 is denied")
                    .arg(serviceName)});
        }
    }
    return problems;
}

} // namespace Keyport
