// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcapacity.h"

#include "dockeraccess.h"
#include "instanceplan.h"

#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/docker/dockerclient.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <optional>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provisioning", text);
}

QString cores(double value)
{
    return QString::number(value, 'f', 2);
}

// Formats a memory size for an admin to read: GiB or MiB with at most one
// decimal, such as "23.5 GiB" (engines report odd byte counts that
// catalog::formatByteSize would print as "24683784K").
QString memorySize(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    constexpr qint64 gibibyte = 1024 * mebibyte;
    const bool large = bytes >= gibibyte || bytes <= -gibibyte;
    const double value = double(bytes) / double(large ? gibibyte : mebibyte);
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return large ? tr("%1 GiB").arg(text) : tr("%1 MiB").arg(text);
}

// Returns whether `instance` reserves its limits against `placed`, the
// instance being created (null when none is). An instance in error that
// has no container reserves nothing. Neither does a create that started
// after `placed`, because its own check counts `placed`. Creation times
// that are equal are ordered by id, so that every process agrees.
// NOTE: a retry keeps its instance's first creation time, so a retry that
// races a newer create may not count it, and both may go ahead.
bool countsAsReservation(const catalog::Instance &instance, const catalog::Instance *placed)
{
    if (instance.status == catalog::InstanceStatus::Error && instance.containerId.isEmpty())
        return false;
    if (placed == nullptr || instance.status != catalog::InstanceStatus::Creating)
        return true;
    if (instance.createdAt != placed->createdAt)
        return instance.createdAt < placed->createdAt;
    return instance.id < placed->id;
}

} // namespace

Result<HostCapacity> measureHost(catalog::Catalog &db, const catalog::Host &host, secrets::SecretStore *secrets,
    const QString &excludeInstanceId, const EngineTimeouts &timeouts)
{
    docker::ClientOptions limits;
    limits.connectTimeout = timeouts.connect;
    limits.requestTimeout = timeouts.request;
    const Result<docker::ClientOptions> options = dockerClientOptions(host, secrets, limits);
    if (!options.ok())
        return makeError(options.error());
    docker::DockerClient client(dockerEndpoint(host), options.value());
    const docker::DockerResult<docker::SystemInfo> info = client.info();
    if (!info.ok())
        return makeError(tr("Host %1 is not reachable: %2").arg(host.name, info.error()));

    return reserveCapacity(db, host, info->cpus, info->memoryBytes, excludeInstanceId);
}

Result<HostCapacity> reserveCapacity(catalog::Catalog &db, const catalog::Host &host, int engineCpus,
    qint64 engineMemoryBytes, const QString &excludeInstanceId)
{
    HostCapacity capacity;
    capacity.host = host;
    capacity.engineCpus = engineCpus;
    capacity.engineMemoryBytes = engineMemoryBytes;
    capacity.cpusRegistered = host.cpuCores > 0 && (engineCpus <= 0 || host.cpuCores < engineCpus);
    capacity.cpus = capacity.cpusRegistered ? host.cpuCores : double(std::max(engineCpus, 0));
    capacity.memoryRegistered
        = host.memoryBytes > 0 && (engineMemoryBytes <= 0 || host.memoryBytes < engineMemoryBytes);
    capacity.memoryBytes = capacity.memoryRegistered ? host.memoryBytes : std::max<qint64>(engineMemoryBytes, 0);
    // An instance being created (or retried) counts only the reservations
    // made before its own, so of two racing creates that fit only once,
    // the later one is rejected and the earlier one goes ahead.
    std::optional<catalog::Instance> placed;
    if (!excludeInstanceId.isEmpty()) {
        const Result<catalog::Instance> instance = db.instance(excludeInstanceId);
        if (instance.ok()
            && (instance->status == catalog::InstanceStatus::Creating
                || instance->status == catalog::InstanceStatus::Error))
            placed = instance.value();
    }
    catalog::InstanceFilter filter;
    filter.hostId = host.id;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows.ok())
        return makeError(rows.error());
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.id == excludeInstanceId || row.status == catalog::InstanceStatus::Deleted)
            continue;
        const Result<catalog::Instance> instance = db.instance(row.id);
        if (!instance.ok())
            return makeError(instance.error());
        if (!countsAsReservation(instance.value(), placed ? &*placed : nullptr))
            continue;
        capacity.reservedCpus += instance->cpuLimit;
        capacity.reservedMemoryBytes += instance->memoryLimitBytes;
        ++capacity.instances;
    }
    return capacity;
}

namespace {

// CPU limits are caps that instances share by time-slicing, so they may add
// up to more than the host has; one instance cannot exceed it.
Status checkCpuFits(const HostCapacity &capacity, double cpus)
{
    if (cpus <= capacity.cpus + 1e-6)
        return {};
    const QString size = capacity.cpusRegistered
        ? tr("it is registered with %1 (its engine has %2)").arg(cores(capacity.cpus)).arg(capacity.engineCpus)
        : tr("its engine has only %1").arg(capacity.engineCpus);
    return makeError(tr("Host %1 cannot take %2 CPU cores: %3. Lower the CPU limit or choose another host.")
                         .arg(capacity.host.name, cores(cpus), size));
}

// Memory limits are summed: memory is not shared that way.
Status checkMemoryFits(const HostCapacity &capacity, qint64 memoryBytes)
{
    if (memoryBytes <= capacity.freeMemoryBytes())
        return {};
    const QString size = capacity.memoryRegistered
        ? tr("it is registered with %1 (its engine has %2)")
              .arg(memorySize(capacity.memoryBytes), memorySize(capacity.engineMemoryBytes))
        : tr("its engine has %1").arg(memorySize(capacity.engineMemoryBytes));
    return makeError(tr("Host %1 cannot take %2 of memory: %3, and its %4 instances reserve %5, "
                        "so %6 are free. Lower the memory limit or choose another host.")
                         .arg(capacity.host.name, memorySize(memoryBytes), size)
                         .arg(capacity.instances)
                         .arg(memorySize(capacity.reservedMemoryBytes),
                             memorySize(std::max<qint64>(0, capacity.freeMemoryBytes()))));
}

} // namespace

Status checkCapacity(const HostCapacity &capacity, double cpus, qint64 memoryBytes)
{
    if (const Status cpu = checkCpuFits(capacity, cpus); !cpu.ok())
        return cpu;
    return checkMemoryFits(capacity, memoryBytes);
}

Status checkResize(const HostCapacity &capacity, double oldCpus, qint64 oldMemoryBytes, double cpus,
    qint64 memoryBytes)
{
    if (cpus > oldCpus + 1e-6) {
        if (const Status cpu = checkCpuFits(capacity, cpus); !cpu.ok())
            return cpu;
    }
    if (memoryBytes > oldMemoryBytes)
        return checkMemoryFits(capacity, memoryBytes);
    return {};
}

Result<QList<int>> freePorts(catalog::Catalog &db, const catalog::Host &host, int workers,
    const QString &excludeInstanceId)
{
    const bool fixedRange = host.portRangeStart > 0 && host.portRangeEnd >= host.portRangeStart;
    if (!fixedRange)
        return QList<int> { 0 };
    QSet<int> taken;
    catalog::InstanceFilter onHost;
    onHost.hostId = host.id;
    const Result<QList<catalog::InstanceRow>> neighbours = db.instanceRows(onHost);
    if (!neighbours.ok())
        return makeError(neighbours.error());
    for (const catalog::InstanceRow &row : neighbours.value()) {
        if (row.id == excludeInstanceId || row.publishedPort <= 0 || row.status == catalog::InstanceStatus::Deleted)
            continue;
        taken << row.publishedPort;
        const Result<catalog::Instance> neighbour = db.instance(row.id);
        if (!neighbour.ok() || workersFor(neighbour->type, neighbour->cpuLimit) > 0)
            taken << row.publishedPort + 1;
    }
    const int step = workers > 0 ? 2 : 1;
    QList<int> candidates;
    for (int port = host.portRangeStart; port + step - 1 <= host.portRangeEnd; ++port) {
        if (!taken.contains(port) && (step == 1 || !taken.contains(port + 1)))
            candidates << port;
    }
    return candidates;
}

QString rangeFull(const catalog::Host &host)
{
    return tr("No free port in range %1-%2 on host %3: other instances use them all. Widen the host's port range "
              "(saasodoo host edit %3 --ports FIRST-LAST) or delete unused instances.")
        .arg(host.portRangeStart)
        .arg(host.portRangeEnd)
        .arg(host.name);
}

Result<catalog::Host> chooseHost(catalog::Catalog &db, secrets::SecretStore *secrets, double cpus, qint64 memoryBytes,
    int workers)
{
    const Result<QList<catalog::Host>> hosts = db.hosts();
    if (!hosts.ok())
        return makeError(hosts.error());
    std::optional<HostCapacity> best;
    QStringList passedOver;
    for (const catalog::Host &host : hosts.value()) {
        // Hosts in maintenance take no new instances either.
        if (host.status != catalog::HostStatus::Active) {
            passedOver << tr("%1 is %2").arg(host.name, catalog::toString(host.status));
            continue;
        }
        const Result<HostCapacity> capacity = measureHost(db, host, secrets);
        if (!capacity.ok()) {
            passedOver << capacity.error();
            continue;
        }
        if (const Status fits = checkCapacity(capacity.value(), cpus, memoryBytes); !fits.ok()) {
            passedOver << fits.error();
            continue;
        }
        const Result<QList<int>> ports = freePorts(db, host, workers, QString());
        if (!ports.ok()) {
            passedOver << ports.error();
            continue;
        }
        if (ports->isEmpty()) {
            passedOver << rangeFull(host);
            continue;
        }
        if (!best || capacity->freeMemoryBytes() > best->freeMemoryBytes())
            best = capacity.value();
    }
    if (best)
        return best->host;
    if (hosts->isEmpty())
        return makeError(tr("No host is registered. Add one with 'saasodoo host add'."));
    return makeError(tr("No host can take an instance with %1 CPU cores and %2 of memory:\n%3")
                         .arg(cores(cpus), memorySize(memoryBytes), passedOver.join(u'\n')));
}

} // namespace saasodoo::provisioning
