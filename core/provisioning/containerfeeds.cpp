// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerfeeds.h"

#include "dockeraccess.h"
#include "instanceplan.h"

#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>
#include <optional>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContainerFeed", text);
}

// Reads the instance and its host, then runs `body` against the host's
// engine. The catalog connection is closed before the stream starts.
Status runOnEngine(const catalog::CatalogConfig &config, secrets::SecretStore *secrets, const QString &instanceId,
    const std::function<Status(const docker::DockerClient &, const QString &)> &body)
{
    catalog::Host host;
    QString containerId;
    {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return makeError(opened.error());
        const Result<catalog::Instance> instance = opened.value()->instance(instanceId);
        if (!instance)
            return makeError(instance.error());
        if (instance->containerId.isEmpty())
            return makeError(tr("Instance %1 has no container yet: wait for its create job, or retry it from the Jobs pane.").arg(instance->name));
        const Result<catalog::Host> found = opened.value()->host(instance->hostId);
        if (!found)
            return makeError(found.error());
        host = found.value();
        containerId = instance->containerId;
    }

    docker::ClientOptions base;
    base.connectTimeout = std::chrono::milliseconds(5000);
    base.requestTimeout = std::chrono::milliseconds(15000);
    const Result<docker::ClientOptions> options = dockerClientOptions(host, secrets, base);
    if (!options)
        return makeError(options.error());
    const docker::DockerClient client(dockerEndpoint(host), options.value());
    return body(client, containerId);
}

// Lines the worker has split and the owner has not taken yet.
struct LogBatch
{
    QMutex mutex;
    QList<LogLine> lines;
    qsizetype dropped = 0;
    bool posted = false; // a drain is queued on the owner's thread
};

// The newest usage sample the owner has not taken yet.
struct UsageSlot
{
    QMutex mutex;
    std::optional<ContainerUsage> latest;
    bool posted = false;
};

} // namespace

ContainerFeed::ContainerFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_secrets(secrets)
{
    // Streams block their thread, so they get their own pool instead of
    // the global one, which has only as many threads as cores.
    m_pool.setMaxThreadCount(8);
}

ContainerFeed::~ContainerFeed()
{
    stop();
    m_pool.waitForDone();
}

void ContainerFeed::stop()
{
    m_token.cancel();
    ++m_generation;
    m_active = false;
}

void ContainerFeed::post(quint64 generation, std::function<void()> call)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, call = std::move(call)] {
            if (generation == m_generation && m_active)
                call();
        },
        Qt::QueuedConnection);
}

void ContainerFeed::startStream(const QString &instanceId, StreamBody body)
{
    stop();
    m_token = CancellationToken();
    m_instanceId = instanceId;
    m_active = true;
    const quint64 generation = ++m_generation;
    const CancellationToken token = m_token;
    const catalog::CatalogConfig catalog = m_catalog;
    secrets::SecretStore *secrets = m_secrets;
    // The destructor waits for this thread, so `this` outlives it.
    m_pool.start([this, instanceId, body = std::move(body), generation, token, catalog, secrets] {
        const Status ran = runOnEngine(catalog, secrets, instanceId,
            [&](const docker::DockerClient &client, const QString &containerId) {
                return body(client, containerId, generation, token);
            });
        if (token.isCancelled())
            return;
        const QString error = ran.error();
        post(generation, [this, error] {
            m_active = false;
            emit finished(error);
        });
    });
}

ContainerLogFeed::ContainerLogFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, QObject *parent)
    : ContainerFeed(std::move(catalog), secrets, parent)
{
}

void ContainerLogFeed::start(const QString &instanceId, const Options &options)
{
    const auto batch = std::make_shared<LogBatch>();
    const auto drain = [this, batch] {
        QList<LogLine> lines;
        qsizetype dropped = 0;
        {
            QMutexLocker lock(&batch->mutex);
            lines.swap(batch->lines);
            dropped = std::exchange(batch->dropped, 0);
            batch->posted = false;
        }
        if (!lines.isEmpty())
            emit linesReceived(lines, dropped);
    };

    startStream(instanceId,
        [this, options, batch, drain](const docker::DockerClient &client, const QString &containerId,
            quint64 generation, const CancellationToken &token) -> Status {
            const auto deliver = [&](QByteArrayView line, docker::StreamType stream) {
                if (line.endsWith('\r'))
                    line.chop(1);
                LogLine logLine { QString::fromUtf8(line), stream == docker::StreamType::Stderr };
                QMutexLocker lock(&batch->mutex);
                batch->lines.append(std::move(logLine));
                if (batch->lines.size() > maxPendingLines) {
                    batch->lines.removeFirst();
                    ++batch->dropped;
                }
                if (!batch->posted) {
                    batch->posted = true;
                    post(generation, drain);
                }
            };

            // stdout and stderr frames interleave, so each keeps its own
            // unfinished line.
            QByteArray partial[3];
            docker::LogOptions logOptions;
            logOptions.follow = options.follow;
            logOptions.tail = options.tail;
            logOptions.timestamps = options.timestamps;
            const docker::DockerStatus read = client.logs(containerId, logOptions,
                [&](docker::StreamType stream, QByteArrayView data) {
                    QByteArray &pending = partial[int(stream) % 3];
                    pending.append(data.data(), data.size());
                    qsizetype start = 0;
                    for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
                        deliver(QByteArrayView(pending).sliced(start, end - start), stream);
                        start = end + 1;
                    }
                    pending.remove(0, start);
                    // NOTE: a cut may fall inside a UTF-8 sequence, which then
                    // shows as a replacement character on both pieces.
                    while (pending.size() >= maxLineBytes) {
                        deliver(QByteArrayView(pending).first(maxLineBytes), stream);
                        pending.remove(0, maxLineBytes);
                    }
                    return !token.isCancelled();
                },
                token);
            for (int stream = 0; stream < 3; ++stream) {
                if (!partial[stream].isEmpty())
                    deliver(partial[stream], docker::StreamType(stream));
            }
            if (!read)
                return makeError(read.error());
            return {};
        });
}

ContainerStatsFeed::ContainerStatsFeed(catalog::CatalogConfig catalog, secrets::SecretStore *secrets,
    QObject *parent)
    : ContainerFeed(std::move(catalog), secrets, parent)
{
}

void ContainerStatsFeed::start(const QString &instanceId)
{
    const auto slot = std::make_shared<UsageSlot>();
    const auto drain = [this, slot] {
        std::optional<ContainerUsage> usage;
        {
            QMutexLocker lock(&slot->mutex);
            usage.swap(slot->latest);
            slot->posted = false;
        }
        if (usage)
            emit usageReceived(*usage);
    };

    startStream(instanceId,
        [this, slot, drain](const docker::DockerClient &client, const QString &containerId, quint64 generation,
            const CancellationToken &token) -> Status {
            const docker::DockerStatus streamed = client.streamStats(containerId,
                [&](const docker::StatsSample &sample) {
                    ContainerUsage usage;
                    usage.read = sample.read;
                    usage.cpuPercent = sample.cpuPercent;
                    usage.memoryUsedBytes = sample.memoryUsedBytes;
                    usage.memoryLimitBytes = sample.memoryLimit;
                    QMutexLocker lock(&slot->mutex);
                    // Only the newest sample matters when the owner falls behind.
                    slot->latest = usage;
                    if (!slot->posted) {
                        slot->posted = true;
                        post(generation, drain);
                    }
                    return !token.isCancelled();
                },
                token);
            if (!streamed)
                return makeError(streamed.error());
            return {};
        });
}

} // namespace saasodoo::provisioning
