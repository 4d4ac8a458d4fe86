// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

// A difference between the catalog and what a host really runs.
struct Drift
{
    enum class Kind {
        ContainerGone, // the catalog has a container the engine does not
        ContainerExited, // stopped behind the console's back (or crashed)
        OutOfMemory, // the kernel killed it for exceeding its memory limit
        Restarted, // the engine restarted it after a crash
        CrashLoop, // it exited again after an engine restart, and the engine is about to restart it once more
        StartedOutside, // running although the catalog says stopped
        DatabaseMissing,
        UnknownContainer, // carries the console's labels but no live instance
        LeftoverHelper, // a helper container whose backup or restore job no longer runs
        RunningAgain, // in error, but its container runs: the status is set back to running
        PortChanged, // the engine published it on another host port (a restart without a fixed port)
    };
    Kind kind = Kind::ContainerGone;
    QString instanceId; // empty for an unknown container
    QString instanceName;
    QString containerId;
    QString message; // what the admin reads, also stored as the status message
    // The host port the engine published 8069 on, when it differs from the
    // catalog's: set by PortChanged, and by StartedOutside and RunningAgain,
    // which record it with the new status. 0 otherwise.
    int publishedPort = 0;
};

// Whether a host's engine is reachable, as Reconciler::followHost reports it.
struct HostReachability
{
    bool reachable = false;
    QString error; // why the last attempt failed; empty when reachable
    QDateTime nextAttempt; // UTC time of the next attempt while unreachable
    int failedAttempts = 0; // consecutive failed attempts
};

struct FollowOptions
{
    // The wait after the first failed attempt; it doubles after each
    // further failure up to maxRetryDelay.
    std::chrono::milliseconds initialRetryDelay { 1000 };
    std::chrono::milliseconds maxRetryDelay { 60000 };
    // While the event stream is open and silent, the engine is pinged this
    // often. A ping without a reply within pingTimeout, as from a hung
    // engine that still accepts connections, ends the stream and reports
    // the host unreachable.
    std::chrono::milliseconds pingInterval { 10000 };
    std::chrono::milliseconds pingTimeout { 5000 };
};

// Compares the catalog with the containers (found by their labels) and the
// databases on a host, and records what differs on each instance's status.
// It never deletes or starts anything: that stays the admin's decision.
class Reconciler
{
public:
    Reconciler(catalog::CatalogConfig catalog, secrets::SecretStore *secrets);

    // Checks every instance on the host once; returns the drift found.
    Result<QList<Drift>> reconcileHost(const QString &hostId, const CancellationToken &token = {});

    // Limits every engine call of reconcileHost(), the first ping included,
    // to `timeout`, so that a command waiting on it gives up on a hung
    // engine in seconds. Without it, the ping waits 120 s (or followHost's
    // pingTimeout) and other calls the client's own limits.
    void setEngineTimeout(std::chrono::milliseconds timeout);

    // Follows the host's engine events for the console's containers and
    // checks the instance behind each start, die, oom or destroy event, so
    // drift shows within seconds without polling every container. Returns
    // when the token is cancelled or the stream cannot be resumed.
    Status watchHost(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
        const CancellationToken &token);

    // Follows a host until the token is cancelled: reconciles every
    // instance, then follows the engine's events as watchHost does. When
    // the engine is unreachable, it reports the host unreachable and tries
    // again after a delay that doubles from options.initialRetryDelay up to
    // options.maxRetryDelay. When the engine is reachable again, it reports the
    // host reachable, reconciles and subscribes to the events again.
    // Callbacks run on the calling thread.
    void followHost(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
        const std::function<void(const HostReachability &)> &onReachability, const CancellationToken &token,
        const FollowOptions &options = {});

private:
    // Follows the events from `sinceNano` (0 for now); gives up after
    // `maxReconnects` failed reconnects in a row, or never when it is -1.
    // `pingInterval` 0 means no pings. `stalled` is set when a ping went
    // unanswered and ended the stream.
    Status watchEvents(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
        const CancellationToken &token, qint64 sinceNano, int maxReconnects,
        std::chrono::milliseconds pingInterval, bool *stalled);

    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    // Limit of the ping that starts each reconcile; followHost sets it.
    std::chrono::milliseconds m_pingTimeout { 120000 };
    // Limit of each engine call of reconcileHost(); zero keeps the client's.
    std::chrono::milliseconds m_engineTimeout { 0 };
};

} // namespace saasodoo::provisioning
