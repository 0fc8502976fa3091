// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretJob.h"

#include <QObject>

namespace Keyport {

/// Where Keyport keeps secrets: the system keychain (KeychainSecretStore) or, when the user
/// chooses or the keychain cannot be used, memory only (SessionSecretStore). Every call returns
/// a job that finishes asynchronously, on the GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    /// "keyport/<account>/<key id>": the name of the entry holding a key's secret.
    static QString entryName(const QString &account, const QString &keyId);

    /// For people: "the system keychain", "this session only".
    virtual QString displayName() const = 0;
    /// Whether secrets outlive the process.
    virtual bool isPersistent() const = 0;

    virtual SecretJob *read(const QString &entry) = 0;
    virtual SecretJob *write(const QString &entry, const Secret &secret) = 0;
    virtual SecretJob *remove(const QString &entry) = 0;
    /// Checks that the store can be used at all (the keychain is reachable and unlocked):
    /// finishes without error when it can, else with KeychainUnavailable or KeychainDenied.
    virtual SecretJob *probe() = 0;

    /// Jobs started and not finished; a write must not be lost by quitting.
    virtual int pendingJobs() const = 0;

Q_SIGNALS:
    /// pendingJobs() dropped to zero.
    void idle();

protected:
    explicit SecretStore(QObject *parent = nullptr);
};

} // namespace Keyport
