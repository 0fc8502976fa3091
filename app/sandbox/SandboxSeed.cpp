// SPDX-License-Identifier: GPL-3.0-or-later
// The keys a sandbox starts with: the demo set, or many generated ones for benchmarks.
#include "Sandbox.h"

#include <QRandomGenerator>

namespace Keyport {

namespace {

KeyDraft draft(const QString &name, const QStringList &tags, const QStringList &operations,
    const QStringList &resources = {})
{
    KeyDraft result;
    result.name = name;
    result.kind = tags.isEmpty() && operations.isEmpty() && resources.isEmpty()
        ? KeyDraft::Kind::Unrestricted
        : KeyDraft::Kind::Restricted;
    result.tags = tags;
    result.operations = operations;
    for (const QString &text : resources)
        result.resources.append(AccessKeyResource::parse(text).value());
    return result;
}

} // namespace

void Sandbox::addDemoKeys()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    const QList<KeyDraft> drafts{
        draft(s("terraform-admin"), {}, {}),
        draft(s("ci-deploy"), {s("compute")}, {}),
        draft(s("backup-uploader"), {},
            {s("put-sos-object"), s("list-sos-bucket"), s("get-sos-object")},
            {s("sos/bucket:nightly-backups")}),
        draft(s("dns-updater"), {s("dns")}, {s("get-operation")}),
        draft(s("monitoring-readonly"), {s("read")}, {}),
        draft(s("sks-autoscaler"), {s("sks")}, {s("get-operation"), s("list-zones")}),
        draft(s("static-site-publisher"), {s("sos")}, {}, {s("sos/bucket:www-example-com")}),
        draft(s("log-shipper"), {}, {s("put-sos-object")},
            {s("sos/bucket:app-logs"), s("sos/bucket:audit-logs")}),
        draft(s("dbaas-operator"), {s("dbaas")}, {s("get-operation")}),
        draft(s("billing-partner"), {}, {s("get-organization")},
            {s("partner/product:billing-export")}),
        draft(s("key-rotation-bot"), {s("iam")}, {}),
        draft(s("snapshot-cron"), {},
            {s("create-snapshot"), s("list-snapshots"), s("get-operation"), s("list-instances")}),
    };
    for (const KeyDraft &keyDraft : drafts) {
        // The last one is an old v1 key, as long-lived accounts still have.
        const bool old = keyDraft.name == u"snapshot-cron";
        const auto created = createKey(keyDraft, {}, old ? s("v1") : s("v2"));
        Q_ASSERT_X(created.isOk(), "addDemoKeys", qPrintable(created.error().message()));
    }
}

void Sandbox::addGeneratedKeys(int count, int operationsPerKey)
{
    // A fixed seed: the same count always gives the same keys.
    QRandomGenerator random(20261126u);
    const QStringList &all = m_catalog.operations();
    if (all.isEmpty())
        return;
    for (int i = 0; i < count; ++i) {
        KeyDraft keyDraft;
        keyDraft.name = QStringLiteral("service-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        if (i % 11 == 10) {
            keyDraft.kind = KeyDraft::Kind::Unrestricted;
        } else {
            keyDraft.kind = KeyDraft::Kind::Restricted;
            while (keyDraft.operations.size() < std::min<qsizetype>(operationsPerKey, all.size())) {
                const QString &operation = all.at(random.bounded(int(all.size())));
                if (!keyDraft.operations.contains(operation))
                    keyDraft.operations.append(operation);
            }
            if (i % 7 == 3) {
                keyDraft.resources.append(
                    AccessKeyResource(QStringLiteral("sos"), QStringLiteral("bucket"),
                        QStringLiteral("bucket-%1").arg(i + 1, 5, 10, QLatin1Char('0'))));
            }
        }
        createKey(keyDraft);
    }
}

} // namespace Keyport
