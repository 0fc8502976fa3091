// SPDX-License-Identifier: GPL-3.0-or-later
// The key list at scale: 10,000 keys of about 20 operations each, as the sandbox serves them.
//  1. QJsonDocument::fromJson alone on the bytes (the floor),
//  2. ApiJson::parseAccessKeyList + AccessKeyModel::setKeys (target: at most 2x the floor),
//  3. one filter keystroke over 10,000 rows through AccessKeyFilterModel, sorted (target: < 10 ms),
//  4. a refresh of an unchanged list into a filled model (the row-by-row path).
// Prints the median of several runs; run it under `valgrind --tool=callgrind` for instruction
// counts that do not depend on the machine's load.
#include "api/ApiJson.h"
#include "models/AccessKeyFilterModel.h"
#include "models/AccessKeyModel.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Keyport;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Number of keys."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
        QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({keysOption, runsOption});
    parser.process(app);
    const int keyCount = parser.value(keysOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    // The bytes exactly as the sandbox serves list-access-keys.
    Sandbox sandbox(Sandbox::loadCatalog(Sandbox::builtInCatalogPath()).value());
    sandbox.addGeneratedKeys(keyCount, 20);
    QJsonArray array;
    qsizetype operations = 0;
    for (const AccessKey &key : sandbox.keys()) {
        array.append(ApiJson::toJson(key));
        operations += key.operations.size();
    }
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("access-keys"),
            array}}).toJson(QJsonDocument::Compact);
    const int rows = int(array.size());
    out << "keys: " << rows << ", operations per key: " << double(operations) / rows
        << ", JSON: " << body.size() / 1024 << " KiB, runs: " << runs << Qt::endl;

    const double floor = medianMs(runs, [&] {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        Q_ASSERT(document.isObject());
    });

    const double load = medianMs(runs, [&] {
        AccessKeyModel model;
        auto keys = ApiJson::parseAccessKeyList(body);
        model.setKeys(keys.value());
        Q_ASSERT(model.rowCount() == rows);
    });

    AccessKeyModel model;
    model.setKeys(ApiJson::parseAccessKeyList(body).value());
    AccessKeyFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(AccessKeyModel::NameColumn);
    // Typing "service-0042" one character at a time, then erasing it: every step is a keystroke.
    const QString typed = QStringLiteral("service-0042");
    QStringList steps;
    for (int i = 1; i <= typed.size(); ++i)
        steps.append(typed.left(i));
    for (int i = typed.size() - 1; i >= 0; --i)
        steps.append(typed.left(i));
    std::vector<double> keystrokes;
    for (int run = 0; run < runs; ++run) {
        for (const QString &text : std::as_const(steps)) {
            QElapsedTimer timer;
            timer.start();
            filter.setFilterText(text);
            keystrokes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double keystrokeMedian = keystrokes.at(keystrokes.size() / 2);
    const double keystrokeWorst = keystrokes.back();

    const auto unchanged = ApiJson::parseAccessKeyList(body).value();
    const double refresh = medianMs(runs, [&] { model.setKeys(unchanged); });

    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "QJsonDocument::fromJson alone:      " << floor << " ms" << Qt::endl;
    out << "parse + load the model:             " << load << " ms  (" << load / floor
        << "x fromJson; target <= 2x)" << Qt::endl;
    out << "filter keystroke, median / worst:   " << keystrokeMedian << " / " << keystrokeWorst
        << " ms over " << keystrokes.size() << " keystrokes (target < 10 ms)" << Qt::endl;
    out << "refresh with an unchanged list:     " << refresh << " ms" << Qt::endl;
    return 0;
}
