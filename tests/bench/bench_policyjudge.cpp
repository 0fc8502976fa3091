// SPDX-License-Identifier: GPL-3.0-or-later
// Judging one request as the sandbox and keyport-policy do: PolicyRequest in, PolicyDecision out,
// the bindings built from the request each time (IAM-V3.md §4 and §6).
//  1. the floor: allow-all organisation and role policies (the bindings alone),
//  2. a 20-rule role policy under a 3-rule organisation policy, the request matching none of the
//     role's rules, so that every rule is evaluated (target: at most 20 µs a request),
//  3. the same policy, the request matching its first rule,
//  4. compiling the 20-rule policy (each expression is parsed once per policy).
// Prints the median of several runs of many requests each.
#include "policy/PolicyJudge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

/// Median nanoseconds of one call of @p work, over @p runs runs of @p iterations calls.
double medianNs(int runs, int iterations, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i)
            work();
        times.push_back(double(timer.nsecsElapsed()) / iterations);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

IamPolicy policy(const char *json)
{
    PolicyProblems problems;
    auto result = IamPolicy::fromJson(QJsonDocument::fromJson(json).object(), &problems);
    if (!result || !problems.isEmpty())
        qFatal("broken benchmark policy");
    return *result;
}

/// Twenty rules of the kinds real policies hold (IAM-V3.md §6), none matching the request.
IamPolicy twentyRules()
{
    IamPolicy result = IamPolicy::denyAll();
    const QStringList expressions = {
        u"operation in ['list-sos-buckets-usage', 'list-buckets']"_s,
        u"parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']"_s,
        u"operation.startsWith('get-dbaas-service')"_s,
        u"parameters.has('type') && parameters.type == 'TXT' && operation == 'create-object'"_s,
        u"resources.has('dns_domain') && resources.dns_domain.unicode_name == 'example.com'"_s,
        u"operation == 'create-instance' && (!parameters.has('public_ip_assignment') || parameters.public_ip_assignment != 'none')"_s,
        u"source_ip.inIpRange('89.145.160.0/24')"_s,
        u"zone == 'de-fra-1' && operation.endsWith('-object')"_s,
        u"parameters.bucket in ['logs-a', 'logs-b', 'logs-c', 'logs-d'] && operation == 'put-object'"_s,
        u"operation.matches('^delete-.*-bucket$')"_s,
        u"now > timestamp('2030-01-01T00:00:00Z')"_s,
        u"api_key == 'EXO00000000000000000000000f'"_s,
        u"parameters.has('key') && parameters.key.startsWith('private/')"_s,
        u"size(parameters) > 8"_s,
        u"operation in ['put-bucket-acl', 'put-bucket-cors', 'put-bucket-policy']"_s,
        u"parameters.has('bucket') && parameters.bucket.contains('backup') && operation == 'delete-object'"_s,
        u"!(operation in ['get-object', 'head-object', 'list-objects', 'put-object'])"_s,
        u"resources.has('sos_bucket') && resources.sos_bucket.name == 'site-data'"_s,
        u"operation == 'list-objects' && parameters.has('prefix') && parameters.prefix == 'tmp/'"_s,
        u"parameters.bucket == 'archive' && now.getHours() < 6"_s,
    };
    IamPolicy::Service sos;
    sos.type = IamPolicy::ServiceType::Rules;
    for (const QString &expression : expressions)
        sos.rules.append({IamPolicy::Effect::Allow, expression, {}});
    result.services.insert(u"sos"_s, sos);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure."_s, u"N"_s, u"15"_s);
    const QCommandLineOption iterationsOption(
        u"iterations"_s, u"Requests per run."_s, u"N"_s, u"20000"_s);
    parser.addOptions({runsOption, iterationsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    QTextStream out(stdout);

    const PolicyJudge judge;
    const CompiledPolicy allowAll;
    const CompiledPolicy organization(policy(R"({"default-service-strategy": "allow", "services": {
        "compute-legacy": {"type": "deny"},
        "sos": {"type": "rules", "rules": [
            {"action": "deny", "expression": "parameters.has('bucket') && parameters.bucket == 'prod-secrets'"},
            {"action": "deny", "expression": "operation == 'delete-bucket'"},
            {"action": "allow", "expression": "true"}]}}})"));
    const IamPolicy rolePolicy = twentyRules();
    const CompiledPolicy role(rolePolicy);

    PolicyRequest request;
    request.operation = u"get-object"_s;
    request.zone = u"ch-gva-2"_s;
    request.sourceIp = u"203.0.113.9"_s;
    request.apiKey = u"EXO0123456789abcdef01234567"_s;
    request.now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    request.parameters = QJsonObject{{u"bucket"_s, u"assets"_s}, {u"key"_s, u"img/logo.png"_s}};

    // The request must really be judged by every rule: checked, not assumed.
    const PolicyDecision all = judge.judge(organization, role, request);
    if (all.allowed || all.reason != PolicyDecision::Reason::NoRuleMatched
        || !all.skipped.isEmpty())
        qFatal("the benchmark request does not go through the 20 rules: %s",
            QJsonDocument(all.toJson()).toJson(QJsonDocument::Compact).constData());
    PolicyRequest first = request;
    first.operation = u"list-buckets"_s;
    if (judge.judge(organization, role, first).rule != 0)
        qFatal("the first rule does not match list-buckets");

    const double floor
        = medianNs(runs, iterations, [&] { (void)judge.judge(allowAll, allowAll, request); });
    const double twenty
        = medianNs(runs, iterations, [&] { (void)judge.judge(organization, role, request); });
    const double firstRule
        = medianNs(runs, iterations, [&] { (void)judge.judge(organization, role, first); });
    const double compile
        = medianNs(runs, std::max(1, iterations / 20), [&] { (void)CompiledPolicy(rolePolicy); });

    out << "policy judge, median of " << runs << " runs of " << iterations << " requests\n"
        << "  floor (allow-all policies, bindings only): " << floor / 1000 << " us a request\n"
        << "  20-rule role policy, no rule matching:     " << twenty / 1000
        << " us a request (target: <= 20 us)\n"
        << "  20-rule role policy, first rule matching:  " << firstRule / 1000 << " us a request\n"
        << "  compiling the 20-rule policy (once):       " << compile / 1000 << " us\n";
    out.flush();
    return twenty <= 20000 ? 0 : 1;
}
