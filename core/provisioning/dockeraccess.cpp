// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockeraccess.h"

#include "instanceplan.h"

#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/common/logging.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslKey>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DockerAccess", text);
}

} // namespace

QString pgPasswordKey(const catalog::Host &host)
{
    if (!host.pgPasswordRef.isEmpty() && catalog::isPgPasswordReference(host.pgPasswordRef))
        return host.pgPasswordRef;
    if (!host.pgPasswordRef.isEmpty())
        qCWarning(lcSecrets) << "ignoring a PostgreSQL password reference that is not a pg-password key on host" << host.id;
    return secrets::SecretStore::hostKey(host.id, QStringLiteral("pg-password"));
}

QString tlsKeyPassphraseKey(const QString &hostId)
{
    return secrets::SecretStore::hostKey(hostId, QStringLiteral("tls-key-passphrase"));
}

bool isEncryptedPrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The PEM header sits in the first lines; a key file is a few kilobytes.
    const QByteArray head = file.read(4096);
    return head.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || head.contains("Proc-Type: 4,ENCRYPTED");
}

bool privateKeyOpens(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase).isNull())
            return true;
    }
    return false;
}

Result<docker::ClientOptions> dockerClientOptions(const catalog::Host &host, secrets::SecretStore *secrets,
    docker::ClientOptions options)
{
    if (host.tlsKeyPath.isEmpty() || !isEncryptedPrivateKey(host.tlsKeyPath))
        return options;
    const QString key = tlsKeyPassphraseKey(host.id);
    if (!secrets) {
        return makeError(tr("The TLS client key %1 of host %2 is encrypted, and no keychain is open to read its "
                            "passphrase.")
                             .arg(host.tlsKeyPath, host.name));
    }
    QFuture<Result<QString>> read = secrets->read(key);
    read.waitForFinished();
    const Result<QString> passphrase = read.result();
    if (!passphrase.ok()) {
        qCWarning(lcSecrets) << "no TLS key passphrase for host" << host.id;
        return makeError(tr("The TLS client key %1 of host %2 is encrypted, but its passphrase could not be read "
                            "from the keychain: %3 Store it with \"saasodoo host set-tls-passphrase %2\" or in "
                            "the host's settings.")
                             .arg(host.tlsKeyPath, host.name, passphrase.error()));
    }
    options.keyPassphrase = passphrase.value().toUtf8();
    return options;
}

namespace {

// A client for `host`'s engine with a short request limit, for checks.
Result<std::unique_ptr<docker::DockerClient>> checkClient(const catalog::Host &host, secrets::SecretStore *secrets)
{
    docker::ClientOptions quick;
    quick.requestTimeout = std::chrono::seconds(15);
    const Result<docker::ClientOptions> options = dockerClientOptions(host, secrets, quick);
    if (!options.ok())
        return makeError(options.error());
    return std::make_unique<docker::DockerClient>(dockerEndpoint(host), options.value());
}

// Returns why the engines behind `before` and `after` may differ, or an
// empty string when they are the same engine. Two daemons on one machine
// can report the same engine ID (the test harness's two daemons do). So
// the host name and data root must match too, and the new endpoint must
// show every container of `instances` that the old one shows.
Result<QString> engineDifference(const catalog::Host &before, const catalog::Host &after,
    const QList<catalog::Instance> &instances, secrets::SecretStore *secrets)
{
    const Result<std::unique_ptr<docker::DockerClient>> oldClient = checkClient(before, secrets);
    if (!oldClient.ok())
        return makeError(oldClient.error());
    const Result<std::unique_ptr<docker::DockerClient>> newClient = checkClient(after, secrets);
    if (!newClient.ok())
        return makeError(newClient.error());
    const docker::DockerResult<docker::SystemInfo> oldInfo = oldClient.value()->info();
    if (!oldInfo.ok())
        return tr("the engine at %1 did not answer, so the console cannot confirm that %2 reaches the same engine "
                  "(%3)")
            .arg(before.dockerEndpoint, after.dockerEndpoint, oldInfo.error());
    const docker::DockerResult<docker::SystemInfo> newInfo = newClient.value()->info();
    if (!newInfo.ok())
        return tr("the engine at %1 did not answer (%2)").arg(after.dockerEndpoint, newInfo.error());
    if (oldInfo->id != newInfo->id || oldInfo->name != newInfo->name || oldInfo->dockerRootDir != newInfo->dockerRootDir)
        return tr("%1 reaches another engine (%2 on %3, data root %4, not %5 on %6, data root %7)")
            .arg(after.dockerEndpoint, newInfo->id, newInfo->name, newInfo->dockerRootDir, oldInfo->id, oldInfo->name,
                oldInfo->dockerRootDir);
    for (const catalog::Instance &instance : instances) {
        if (instance.containerId.isEmpty() || !oldClient.value()->inspectContainer(instance.containerId).ok())
            continue;
        const docker::DockerResult<docker::ContainerInfo> seen = newClient.value()->inspectContainer(instance.containerId);
        if (!seen.ok() || seen->id != instance.containerId)
            return tr("%1 reaches another engine: it does not show container %2 of instance %3")
                .arg(after.dockerEndpoint, instance.containerId.left(12), instance.name);
    }
    return QString();
}

} // namespace

Status checkEngineChange(catalog::Catalog &db, const catalog::Host &before, const catalog::Host &after,
    secrets::SecretStore *secrets)
{
    if (before.dockerEndpoint == after.dockerEndpoint)
        return {};
    catalog::InstanceFilter onHost;
    onHost.hostId = before.id;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(onHost);
    if (!rows.ok())
        return makeError(rows.error());
    QStringList live;
    QList<catalog::Instance> instances;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.status == catalog::InstanceStatus::Deleted)
            continue;
        const Result<catalog::Instance> instance = db.instance(row.id);
        if (!instance.ok())
            return makeError(instance.error());
        live << row.name;
        instances << instance.value();
    }
    if (live.isEmpty())
        return {};

    const Result<QString> difference = engineDifference(before, after, instances, secrets);
    if (!difference.ok())
        return makeError(difference.error());
    if (difference->isEmpty())
        return {};
    return makeError(tr("The Docker endpoint of host %1 cannot change while it has instances that are not deleted "
                        "(%2): %3. Their containers and volumes stay on the engine at %4, where delete and the "
                        "lifecycle actions would no longer reach them. Delete the instances first, or give an "
                        "endpoint of the same engine.")
                         .arg(before.name, live.join(QStringLiteral(", ")), difference.value(), before.dockerEndpoint));
}

Status checkPortRangeOverlap(catalog::Catalog &db, const catalog::Host &host, secrets::SecretStore *secrets)
{
    auto hasRange = [](const catalog::Host &candidate) {
        return candidate.portRangeStart > 0 && candidate.portRangeEnd >= candidate.portRangeStart;
    };
    if (!hasRange(host))
        return {};
    const Result<QList<catalog::Host>> hosts = db.hosts();
    if (!hosts.ok())
        return makeError(hosts.error());
    for (const catalog::Host &other : hosts.value()) {
        if (other.id == host.id || !hasRange(other) || other.portRangeEnd < host.portRangeStart
            || other.portRangeStart > host.portRangeEnd)
            continue;
        bool sameEngine = other.dockerEndpoint == host.dockerEndpoint;
        if (!sameEngine) {
            const Result<QString> difference = engineDifference(other, host, {}, secrets);
            sameEngine = difference.ok() && difference->isEmpty();
        }
        if (!sameEngine)
            continue;
        return makeError(tr("Port range %1-%2 of host %3 overlaps range %4-%5 of host %6, which uses the same Docker "
                            "engine, so their instances would compete for the same ports. Choose a range outside "
                            "%4-%5.")
                             .arg(host.portRangeStart)
                             .arg(host.portRangeEnd)
                             .arg(host.name)
                             .arg(other.portRangeStart)
                             .arg(other.portRangeEnd)
                             .arg(other.name));
    }
    return {};
}

Status checkPortRangeHoldsInstances(catalog::Catalog &db, const catalog::Host &host)
{
    // Without a range the engine picks the ports, so every port fits.
    if (host.portRangeStart <= 0 || host.portRangeEnd < host.portRangeStart)
        return {};
    catalog::InstanceFilter onHost;
    onHost.hostId = host.id;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(onHost);
    if (!rows.ok())
        return makeError(rows.error());
    QStringList outside;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.status == catalog::InstanceStatus::Deleted || row.publishedPort <= 0)
            continue;
        const Result<catalog::Instance> instance = db.instance(row.id);
        if (!instance.ok())
            return makeError(instance.error());
        const int last = workersFor(instance->type, instance->cpuLimit) > 0 ? row.publishedPort + 1 : row.publishedPort;
        if (row.publishedPort < host.portRangeStart || last > host.portRangeEnd)
            outside << tr("%1 (port %2)").arg(row.name).arg(row.publishedPort);
    }
    if (outside.isEmpty())
        return {};
    return makeError(tr("Port range %1-%2 of host %3 leaves out ports that its instances publish: %4. Choose a range "
                        "that contains them, or delete those instances first.")
                         .arg(host.portRangeStart)
                         .arg(host.portRangeEnd)
                         .arg(host.name, outside.join(QStringLiteral(", "))));
}

} // namespace saasodoo::provisioning
