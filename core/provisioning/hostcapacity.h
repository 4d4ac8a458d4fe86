// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <chrono>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

// The free capacity of a host. Its size is the CPU cores and memory set on
// the host record, because an admin may keep part of a machine for other
// services. Without them it is the engine's GET /info (NCPU, MemTotal).
// The size is never more than the engine reports. The limits of the
// catalog's instances on it that are not deleted count as reservations,
// so live usage plays no part.
struct HostCapacity
{
    catalog::Host host;
    int engineCpus = 0;
    qint64 engineMemoryBytes = 0;
    double cpus = 0; // the size used: registered or the engine's
    qint64 memoryBytes = 0;
    bool cpusRegistered = false; // true when cpus comes from the host record
    bool memoryRegistered = false;
    double reservedCpus = 0;
    qint64 reservedMemoryBytes = 0;
    int instances = 0; // counted in the reservations

    double freeCpus() const { return cpus - reservedCpus; }
    qint64 freeMemoryBytes() const { return memoryBytes - reservedMemoryBytes; }
};

// How long measureHost waits for the engine to accept the connection and to
// respond to each request.
struct EngineTimeouts
{
    std::chrono::milliseconds connect { 5000 };
    std::chrono::milliseconds request { 15000 };
};

// Asks the host's engine for its size (with the TLS key passphrase from
// `secrets` when the key is encrypted) and adds up the catalog's
// reservations on it, leaving out `excludeInstanceId` (the instance being
// placed, when the catalog already contains it). When that instance is
// creating or in error, another creating instance counts only if it was
// created first. An instance in error without a container never counts.
// Fails when the engine cannot be reached within `timeouts`.
Result<HostCapacity> measureHost(catalog::Catalog &db, const catalog::Host &host, secrets::SecretStore *secrets,
    const QString &excludeInstanceId = {}, const EngineTimeouts &timeouts = {});

// Sizes `host` from its engine's `engineCpus` and `engineMemoryBytes` and
// adds up the catalog's reservations on it, with the same rules as
// measureHost. An engine figure of 0 means the engine was not asked or not
// reached: the host record's figure is then the size (0 when it has none).
Result<HostCapacity> reserveCapacity(catalog::Catalog &db, const catalog::Host &host, int engineCpus,
    qint64 engineMemoryBytes, const QString &excludeInstanceId = {});

// Rejects a request for `cpus` cores and `memoryBytes` that does not fit in
// `capacity`, with a message that names the host and the figures.
Status checkCapacity(const HostCapacity &capacity, double cpus, qint64 memoryBytes);

// Checks a resize from `oldCpus` and `oldMemoryBytes` to `cpus` and
// `memoryBytes` as checkCapacity() does, but only for the resources that
// grow. So the CPU limit can be raised on a host whose memory is already
// over-committed, and the other way round. `capacity` must leave out the
// instance's own reservation.
Status checkResize(const HostCapacity &capacity, double oldCpus, qint64 oldMemoryBytes, double cpus,
    qint64 memoryBytes);

// Returns the ports in `host`'s range that an instance with `workers` can
// publish: those no other instance in the catalog (not deleted, other than
// `excludeInstanceId`) publishes, with the next one free too when it has
// workers (the websocket port). A host without a range returns { 0 }: the
// engine picks. An empty list means the range is full, and `rangeFull`
// then returns the message for the admin.
Result<QList<int>> freePorts(catalog::Catalog &db, const catalog::Host &host, int workers,
    const QString &excludeInstanceId = {});
QString rangeFull(const catalog::Host &host);

// Picks the host for a new instance when the admin named none: among the
// active hosts whose engine responds, whose capacity fits the request and
// whose port range has room for an instance with `workers` workers, the
// one with the most free memory. The error lists why each host was passed
// over.
Result<catalog::Host> chooseHost(catalog::Catalog &db, secrets::SecretStore *secrets, double cpus, qint64 memoryBytes,
    int workers = 0);

} // namespace saasodoo::provisioning
