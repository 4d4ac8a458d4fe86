// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/cancellation.h"
#include "core/docker/dockererror.h"
#include "core/docker/endpoint.h"
#include "core/docker/events.h"
#include "core/docker/streams.h"
#include "core/docker/types.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace saasodoo::docker {

namespace detail {
class Transport;
struct HttpRequest;
struct HttpResponse;
} // namespace detail

struct ClientOptions
{
    std::chrono::milliseconds connectTimeout { 10000 };
    // Limit for calls that return one reply (inspect, create, list...).
    std::chrono::milliseconds requestTimeout { 120000 };
    // Limit between two received bytes for archive and log transfers that do
    // not follow. Followed logs, stats, events and wait have no idle limit,
    // because silence is normal there; cancel them with the token.
    std::chrono::milliseconds streamIdleTimeout { 60000 };
    QByteArray keyPassphrase; // for an encrypted key.pem; the caller gets it from the keychain
    // Cancels every call of this client, as each call's own token does. A job
    // sets it to its token so that Cancel also ends calls made without one.
    CancellationToken cancellation;
};

// A client for the Docker Engine API, API versions 1.41 (Docker 20.10) to
// 1.47. It negotiates the version with GET /_ping on first use, as the docker
// CLI does, and prefixes every path with it.
//
// Threads: every method may be called from any thread at the same time. Each
// call uses its own libcurl easy handle; connections, DNS results and TLS
// sessions are shared through a mutex-protected libcurl share.
//
// Cancellation: every method takes a CancellationToken. Cancelling it from
// another thread makes the call return a DockerError of kind Cancelled within
// about 100 ms, also while a stream is idle.
//
// Streaming: logs, stats, events, exec output and archives are handed to a
// sink chunk by chunk and never buffered whole. A sink returning false ends
// the call early and successfully.
class DockerClient
{
public:
    static constexpr const char minimumApiVersion[] = "1.41";
    static constexpr const char maximumApiVersion[] = "1.47";

    explicit DockerClient(Endpoint endpoint, ClientOptions options = {});
    ~DockerClient();
    DockerClient(const DockerClient &) = delete;
    DockerClient &operator=(const DockerClient &) = delete;

    const Endpoint &endpoint() const;

    // Pings the engine and picks min(engine's Api-Version, maximumApiVersion).
    // Called by the first request; call it early to report errors up front.
    // An engine older than minimumApiVersion gets a clear error.
    DockerResult<QString> negotiateApiVersion(const CancellationToken &cancellation = {}) const;
    // The negotiated version, for example "1.41", or empty before negotiation.
    QString apiVersion() const;

    // System
    DockerResult<PingInfo> ping(const CancellationToken &cancellation = {}) const;
    DockerResult<VersionInfo> version(const CancellationToken &cancellation = {}) const;
    DockerResult<SystemInfo> info(const CancellationToken &cancellation = {}) const;

    // Images
    DockerResult<QList<ImageSummary>> listImages(
        const QStringList &labelFilters = {}, const CancellationToken &cancellation = {}) const;
    DockerResult<ImageInfo> inspectImage(const QString &nameOrId, const CancellationToken &cancellation = {}) const;
    DockerResult<bool> imageExists(const QString &nameOrId, const CancellationToken &cancellation = {}) const;
    // Creates an image from a root filesystem tar (POST /images/create?fromSrc=-),
    // as `docker import` does, and returns the image ID. `changes` are
    // Dockerfile instructions applied to the image, for example "LABEL a=b".
    DockerResult<QString> importImage(const ByteSource &tarSource, const QString &repository, const QString &tag,
        const QStringList &changes = {}, const CancellationToken &cancellation = {}) const;
    DockerStatus removeImage(const QString &nameOrId, bool force, const CancellationToken &cancellation = {}) const;

    // Containers
    DockerResult<ContainerCreated> createContainer(
        const ContainerSpec &spec, const CancellationToken &cancellation = {}) const;
    // Starting a running container succeeds (the engine's 304 is not an error).
    DockerStatus startContainer(const QString &id, const CancellationToken &cancellation = {}) const;
    // Sends SIGTERM, then SIGKILL after `timeout`. Stopping a stopped container succeeds.
    DockerStatus stopContainer(const QString &id, std::chrono::seconds timeout,
        const CancellationToken &cancellation = {}) const;
    DockerStatus restartContainer(const QString &id, std::chrono::seconds timeout,
        const CancellationToken &cancellation = {}) const;
    // Fails with HTTP 409 when the container is not running.
    DockerStatus killContainer(const QString &id, const QString &signal = QStringLiteral("SIGKILL"),
        const CancellationToken &cancellation = {}) const;
    DockerStatus removeContainer(const QString &id, const RemoveContainerOptions &options = {},
        const CancellationToken &cancellation = {}) const;
    // Fails with HTTP 409 when another container has `newName`.
    DockerStatus renameContainer(const QString &id, const QString &newName,
        const CancellationToken &cancellation = {}) const;
    DockerResult<ContainerInfo> inspectContainer(const QString &id, const CancellationToken &cancellation = {}) const;
    DockerResult<QList<ContainerSummary>> listContainers(const ContainerListOptions &options = {},
        const CancellationToken &cancellation = {}) const;
    // Blocks until the condition holds; has no time limit, so cancel it with the token.
    DockerResult<WaitResult> waitContainer(const QString &id, WaitCondition condition = WaitCondition::NotRunning,
        const CancellationToken &cancellation = {}) const;
    // Returns the engine's warnings.
    DockerResult<QStringList> updateContainer(const QString &id, const ContainerUpdate &update,
        const CancellationToken &cancellation = {}) const;

    // Logs: stdout and stderr stay apart for containers without a TTY; with a
    // TTY the engine merges them and the sink gets everything as Stdout.
    DockerStatus logs(const QString &id, const LogOptions &options, const OutputSink &sink,
        const CancellationToken &cancellation = {}) const;

    // Stats: one sample whose CPU % covers about the last second (the engine
    // waits for a second sample), or a sample about every second until the
    // sink returns false.
    DockerResult<StatsSample> stats(const QString &id, const CancellationToken &cancellation = {}) const;
    DockerStatus streamStats(const QString &id, const std::function<bool(const StatsSample &)> &sink,
        const CancellationToken &cancellation = {}) const;

    // Exec: runs a command in a running container. exec() captures all
    // output in memory, so use createExec/startExec with a sink for large output.
    DockerResult<QString> createExec(const QString &containerId, const ExecSpec &spec,
        const CancellationToken &cancellation = {}) const;
    DockerStatus startExec(const QString &execId, bool tty, const OutputSink &sink,
        const CancellationToken &cancellation = {}) const;
    DockerResult<int> execExitCode(const QString &execId, const CancellationToken &cancellation = {}) const;
    DockerResult<ExecResult> exec(const QString &containerId, const ExecSpec &spec,
        const CancellationToken &cancellation = {}) const;

    // Archive: a tar of `path` (a file or a directory with its contents).
    DockerResult<PathStat> statPath(const QString &containerId, const QString &path,
        const CancellationToken &cancellation = {}) const;
    DockerStatus getArchive(const QString &containerId, const QString &path, const ByteSink &sink,
        const CancellationToken &cancellation = {}) const;
    // Extracts a tar (plain, gzip, bzip2 or xz) into the existing directory `path`.
    DockerStatus putArchive(const QString &containerId, const QString &path, const ByteSource &tarSource,
        const ArchiveUploadOptions &options = {}, const CancellationToken &cancellation = {}) const;

    // Volumes
    DockerResult<VolumeInfo> createVolume(const VolumeSpec &spec, const CancellationToken &cancellation = {}) const;
    DockerResult<VolumeInfo> inspectVolume(const QString &name, const CancellationToken &cancellation = {}) const;
    DockerResult<QList<VolumeInfo>> listVolumes(const QStringList &labelFilters = {},
        const CancellationToken &cancellation = {}) const;
    DockerStatus removeVolume(const QString &name, bool force = false,
        const CancellationToken &cancellation = {}) const;

    // Networks
    // Returns the network ID.
    DockerResult<QString> createNetwork(const NetworkSpec &spec, const CancellationToken &cancellation = {}) const;
    DockerResult<NetworkInfo> inspectNetwork(const QString &nameOrId, const CancellationToken &cancellation = {}) const;
    DockerResult<QList<NetworkInfo>> listNetworks(const QStringList &labelFilters = {},
        const CancellationToken &cancellation = {}) const;
    DockerStatus removeNetwork(const QString &nameOrId, const CancellationToken &cancellation = {}) const;
    DockerStatus connectNetwork(const QString &network, const QString &containerId,
        const QStringList &aliases = {}, const CancellationToken &cancellation = {}) const;
    DockerStatus disconnectNetwork(const QString &network, const QString &containerId, bool force = false,
        const CancellationToken &cancellation = {}) const;

    // Events: one connection to GET /events. It returns when the sink stops,
    // the engine closes the stream (only with an `until` time) or it fails.
    // Events the cursor already saw are skipped, and the cursor advances.
    DockerStatus streamEvents(const EventFilter &filter, EventCursor &cursor, const EventSink &sink,
        const std::optional<QDateTime> &until = std::nullopt, const CancellationToken &cancellation = {}) const;
    // Like streamEvents, but reconnects with since= after a dropped
    // connection or an EventDisposition::Reconnect, until the sink returns
    // Stop, the token is cancelled or reconnecting fails policy.maxAttempts times.
    DockerStatus watchEvents(const EventFilter &filter, EventCursor &cursor, const EventSink &sink,
        const EventReconnectPolicy &policy = {}, const CancellationToken &cancellation = {}) const;

private:
    struct EventStreamEnd
    {
        DockerStatus status;
        EventDisposition disposition = EventDisposition::Continue;
    };
    EventStreamEnd streamEventsOnce(const EventFilter &filter, EventCursor &cursor, const EventSink &sink,
        const std::optional<QDateTime> &until, const CancellationToken &cancellation) const;
    DockerResult<detail::HttpResponse> send(detail::HttpRequest &request, const QString &operation) const;
    DockerResult<detail::HttpResponse> sendExpecting(detail::HttpRequest &request, const QString &operation,
        std::initializer_list<int> okStatuses) const;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace saasodoo::docker
