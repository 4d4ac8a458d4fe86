// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <functional>

namespace saasodoo::docker {
class DockerClient;
}

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

// One reading of a container's resource use, as `docker stats` shows it.
struct ContainerUsage
{
    QDateTime read; // when the engine took the sample
    double cpuPercent = 0.0; // percent of one CPU, so 200 means two busy cores
    quint64 memoryUsedBytes = 0; // usage minus the inactive file cache
    quint64 memoryLimitBytes = 0;
};

// One line of a container's log, without its line end.
struct LogLine
{
    QString text;
    bool fromStandardError = false; // the line came from the container's stderr, not its stdout
};

// The frame of a stream that follows one instance's container: on a worker
// thread it reads the instance and its host from the catalog, connects to the
// host's engine and runs the stream. Results reach the owner's thread through
// queued calls. One stream runs at a time: start() and stop() cancel the
// previous one, and nothing from a cancelled stream is emitted afterwards.
class ContainerFeed : public QObject
{
    Q_OBJECT

public:
    // Cancels the stream and waits for its thread, which the Docker client
    // releases within about 100 ms of the cancellation.
    ~ContainerFeed() override;

    // Cancels the stream and returns at once.
    void stop();
    bool isActive() const { return m_active; }
    // The instance of the running or last stream.
    QString instanceId() const { return m_instanceId; }

signals:
    // The stream ended by itself: `error` is empty when the engine closed it
    // (every requested line was read, or the container stopped) and
    // contains the reason otherwise. Not emitted after stop() or start().
    void finished(const QString &error);

protected:
    // The body runs on the worker with a client for the instance's host and
    // the container's id. `generation` identifies this stream in post().
    using StreamBody = std::function<Status(const docker::DockerClient &client, const QString &containerId,
        quint64 generation, const CancellationToken &token)>;

    ContainerFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent);

    void startStream(const QString &instanceId, StreamBody body);
    // Runs `call` on the owner's thread, unless the stream `generation` was
    // stopped or replaced meanwhile.
    void post(quint64 generation, std::function<void()> call);

private:
    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    QString m_instanceId;
    quint64 m_generation = 0;
    bool m_active = false;
    CancellationToken m_token;
    QThreadPool m_pool; // runs the current stream and cancelled ones still ending
};

// Follows a container's log: the last lines first, then, when following,
// each new line the container writes. Lines arrive in batches, at most one
// batch per turn of the owner's event loop. stdout and stderr lines arrive
// in the order the engine sent them, each marked with its stream.
class ContainerLogFeed final : public ContainerFeed
{
    Q_OBJECT

public:
    struct Options
    {
        int tail = 200; // lines to read from the end of the log; -1 reads all of it
        bool follow = true;
        // Starts each line with the engine's UTC time stamp (RFC 3339 with
        // nanoseconds) and a space: the API's `timestamps=1`.
        bool timestamps = false;
    };

    // Lines held for the owner when it falls behind; older ones are dropped.
    static constexpr qsizetype maxPendingLines = 10000;
    // A longer line is cut into pieces of this many bytes.
    static constexpr qsizetype maxLineBytes = 64 * 1024;

    ContainerLogFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &instanceId, const Options &options);

signals:
    // New lines. `dropped` counts lines left out before them because the
    // owner's thread fell behind.
    void linesReceived(const QList<saasodoo::provisioning::LogLine> &lines, qsizetype dropped);
};

// Follows a running container's CPU and memory use, one sample about every
// second (the engine's stats stream rate).
class ContainerStatsFeed final : public ContainerFeed
{
    Q_OBJECT

public:
    ContainerStatsFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &instanceId);

signals:
    void usageReceived(const saasodoo::provisioning::ContainerUsage &usage);
};

} // namespace saasodoo::provisioning
