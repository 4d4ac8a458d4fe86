// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciler.h"

#include "dockeraccess.h"

#include "instanceplan.h"

#include "core/catalog/catalog.h"
#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/instancedatabase.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>

#include <QSet>
#include <QThread>

#include <algorithm>

#include <optional>
#include <thread>

namespace saasodoo::provisioning {

namespace {

using catalog::InstanceStatus;

QString tr(const char *text)
{
    return QCoreApplication::translate("Reconciler", text);
}

// Instances whose state a job is changing right now are left alone.
bool isSettled(InstanceStatus status)
{
    return status == InstanceStatus::Running || status == InstanceStatus::Stopped
        || status == InstanceStatus::Suspended || status == InstanceStatus::Error;
}

// The drift of one instance, if any. `pg` is null when the database server
// could not be reached; databases are not checked then. With `correctErrors`
// an instance in error whose container runs is reported as RunningAgain, as
// after a stop that failed while the engine hung.
std::optional<Drift> checkInstance(const docker::DockerClient &client, postgres::PgConnection *pg,
    const catalog::Instance &instance, bool correctErrors)
{
    if (!isSettled(instance.status) || instance.containerId.isEmpty())
        return std::nullopt;
    Drift drift;
    drift.instanceId = instance.id;
    drift.instanceName = instance.name;
    drift.containerId = instance.containerId;

    const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(instance.containerId);
    if (!info.ok()) {
        if (!info.dockerError().isNotFound())
            return std::nullopt; // the engine is unreachable: that is the host's problem, not drift
        drift.kind = Drift::Kind::ContainerGone;
        drift.message = tr("Container %1 no longer exists on the host; it was removed outside the console.")
                            .arg(instance.containerId.left(12));
        return drift;
    }
    const docker::ContainerState &state = info->state;
    // A container created without a fixed host port gets a new one from the
    // engine each time it starts, so the catalog's URL follows it. A drift
    // that sets the instance running records that port at once.
    const QList<docker::PortBinding> bindings = info->ports.value(QStringLiteral("8069/tcp"));
    const int enginePort = bindings.isEmpty() ? 0 : bindings.first().hostPort.toInt();
    const int movedPort = state.running && !state.restarting && enginePort > 0 && enginePort != instance.publishedPort
        ? enginePort
        : 0;
    // A container that the engine restarted after a crash counts as up only
    // once it has stayed up for a minute, so a crash loop is not mistaken
    // for recovery in the moments between its crashes.
    const bool stable = info->restartCount == 0 || !state.startedAt.isValid()
        || state.startedAt.secsTo(QDateTime::currentDateTimeUtc()) >= 60;
    if (correctErrors && instance.status == InstanceStatus::Error && state.running && !state.restarting && stable
        && (!pg || postgres::databaseExists(*pg, instance.databaseName))) {
        // NOTE: a start whose health check timed out also leaves a running
        // container in error. It is set to running here as well, because
        // Odoo's HTTP answer is not probed.
        drift.kind = Drift::Kind::RunningAgain;
        drift.publishedPort = movedPort;
        drift.message = tr("The container is running, so the status was set from error back to running. The error "
                           "was: %1")
                            .arg(instance.statusMessage.section(u'\n', 0, 0));
        return drift;
    }
    if (instance.status == InstanceStatus::Running && !state.running && !state.restarting) {
        // Exit code 137 means SIGKILL from anyone. Only OOMKilled shows that the
        // kernel killed the container for memory.
        drift.kind = state.oomKilled ? Drift::Kind::OutOfMemory : Drift::Kind::ContainerExited;
        drift.message = state.oomKilled
            ? tr("The container was killed for running out of memory (limit %1 MiB).").arg(info->memory / (1024 * 1024))
            : tr("The container stopped outside the console with exit code %1 at %2.")
                  .arg(state.exitCode)
                  .arg(state.finishedAt.toString(Qt::ISODate));
        return drift;
    }
    if (instance.status == InstanceStatus::Running && state.restarting && info->restartCount >= 2) {
        // The engine sets Restarting when it has decided to start the
        // container again after an exit, and counts each such restart.
        drift.kind = Drift::Kind::CrashLoop;
        drift.message = tr("The container keeps exiting: it exited with code %1 at %2, and the engine has restarted "
                           "it %3 times. Odoo is down between restarts. Read its log with 'saasodoo instance logs %4'.")
                            .arg(state.exitCode)
                            .arg(state.finishedAt.toString(Qt::ISODate))
                            .arg(info->restartCount)
                            .arg(instance.name);
        return drift;
    }
    if (state.running && (instance.status == InstanceStatus::Stopped || instance.status == InstanceStatus::Suspended)) {
        drift.kind = Drift::Kind::StartedOutside;
        drift.publishedPort = movedPort;
        drift.message = tr("The container was started outside the console while the instance was %1.")
                            .arg(catalog::toString(instance.status));
        if (movedPort > 0)
            drift.message += u' '
                + tr("The engine published it on port %1 instead of %2; the instance's address now uses port %1.")
                      .arg(movedPort)
                      .arg(instance.publishedPort);
        return drift;
    }
    if (pg && !postgres::databaseExists(*pg, instance.databaseName)) {
        drift.kind = Drift::Kind::DatabaseMissing;
        drift.message = tr("Database %1 is missing on the PostgreSQL server.").arg(instance.databaseName);
        return drift;
    }
    if (instance.status == InstanceStatus::Running && movedPort > 0) {
        drift.kind = Drift::Kind::PortChanged;
        drift.publishedPort = enginePort;
        drift.message = tr("The engine published the container on port %1 instead of %2 when it started it again; "
                           "the instance's address now uses port %1.")
                            .arg(enginePort)
                            .arg(instance.publishedPort);
        return drift;
    }
    if (instance.status == InstanceStatus::Running && info->restartCount > 0) {
        drift.kind = Drift::Kind::Restarted;
        drift.message = tr("The engine restarted the container %1 times after it exited.").arg(info->restartCount);
        return drift;
    }
    return std::nullopt;
}

// Sleeps for `delay` in steps of 50 ms; returns false when cancelled meanwhile.
bool sleepUnlessCancelled(std::chrono::milliseconds delay, const CancellationToken &token)
{
    constexpr std::chrono::milliseconds step { 50 };
    for (std::chrono::milliseconds slept { 0 }; slept < delay; slept += step) {
        if (token.isCancelled())
            return false;
        QThread::msleep(quint64(step.count()));
    }
    return !token.isCancelled();
}

// Records the drift on the instance, unless its status message already is that text.
void record(catalog::Catalog &db, const Drift &drift)
{
    if (drift.instanceId.isEmpty())
        return;
    const Result<catalog::Instance> current = db.instance(drift.instanceId);
    if (!current.ok() || current->statusMessage == drift.message)
        return;
    InstanceStatus status = current->status;
    switch (drift.kind) {
    case Drift::Kind::ContainerGone:
        // A suspended or stopped instance runs no server anyway, and its
        // resume or start makes a new container on the volume. Error would
        // offer start, which would undo a suspension.
        if (status == InstanceStatus::Suspended || status == InstanceStatus::Stopped)
            break;
        status = InstanceStatus::Error;
        break;
    case Drift::Kind::ContainerExited:
    case Drift::Kind::OutOfMemory:
    case Drift::Kind::DatabaseMissing:
    case Drift::Kind::CrashLoop:
        status = InstanceStatus::Error;
        break;
    case Drift::Kind::StartedOutside:
        // A suspended instance stays suspended: the admin decides.
        if (status == InstanceStatus::Stopped)
            status = InstanceStatus::Running;
        break;
    case Drift::Kind::RunningAgain:
        if (status == InstanceStatus::Error)
            status = InstanceStatus::Running;
        break;
    case Drift::Kind::Restarted:
    case Drift::Kind::UnknownContainer:
    case Drift::Kind::LeftoverHelper:
    case Drift::Kind::PortChanged:
        break;
    }
    // A drift with a port saves it together with the status, so that the
    // instance never reads as running at its old address.
    if (drift.publishedPort > 0) {
        catalog::Instance moved = current.value();
        moved.status = status;
        moved.publishedPort = drift.publishedPort;
        moved.statusMessage = drift.message;
        const auto saved = db.updateInstance(moved);
        if (!saved.ok())
            qCWarning(lcDocker) << "could not record the new port of instance" << drift.instanceId << ":" << saved.error();
        return;
    }
    const auto saved = db.setInstanceStatus(drift.instanceId, current->rowVersion, status, drift.message);
    if (!saved.ok())
        qCWarning(lcDocker) << "could not record drift on instance" << drift.instanceId << ":" << saved.error();
}

// A helper container (backup/volumecommand.h) whose job no longer runs, as
// a killed backup or restore leaves it. Helpers live for one short command,
// so one without a job label counts as left behind after 10 minutes.
std::optional<Drift> leftoverHelper(catalog::Catalog &db, const docker::ContainerSummary &container)
{
    const QString jobId = container.labels.value(QLatin1String(labelJob));
    QString owner;
    if (!jobId.isEmpty()) {
        const Result<catalog::Job> job = db.job(jobId);
        if (job.ok() && (job->state == catalog::JobState::Running || job->state == catalog::JobState::Queued))
            return std::nullopt;
        // 'job cleanup' accepts only an interrupted or a failed job.
        if (job.ok() && (job->state == catalog::JobState::Interrupted || job->state == catalog::JobState::Failed))
            owner = tr("job %1 (%2, %3)").arg(jobId, job->kind, catalog::toString(job->state));
    } else if (container.created.isValid() && container.created.secsTo(QDateTime::currentDateTimeUtc()) < 600) {
        return std::nullopt;
    }
    const QString instanceId = container.labels.value(QLatin1String(labelInstance));
    const Result<catalog::Instance> instance = db.instance(instanceId);
    Drift drift;
    drift.kind = Drift::Kind::LeftoverHelper;
    drift.instanceName = instance.ok() ? instance->name : instanceId;
    drift.containerId = container.id;
    const QString name = container.names.value(0, container.id.left(12));
    drift.message = owner.isEmpty()
        ? tr("Helper container %1 (%2) was left behind by a backup or restore. Remove it with 'docker rm -f -v %1'.")
              .arg(name, container.state)
        : tr("Helper container %1 (%2) was left behind by %3. Run 'saasodoo job cleanup %4', which removes it.")
              .arg(name, container.state, owner, jobId);
    return drift;
}

} // namespace

Reconciler::Reconciler(catalog::CatalogConfig catalog, secrets::SecretStore *secrets)
    : m_catalog(std::move(catalog))
    , m_secrets(secrets)
{
}

Result<QList<Drift>> Reconciler::reconcileHost(const QString &hostId, const CancellationToken &token)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<catalog::Host> host = db.host(hostId);
    if (!host.ok())
        return makeError(host.error());
    const Result<docker::ClientOptions> clientOptions = dockerClientOptions(host.value(), m_secrets);
    if (!clientOptions.ok())
        return makeError(clientOptions.error());
    docker::ClientOptions engineOptions = clientOptions.value();
    if (m_engineTimeout.count() > 0) {
        engineOptions.connectTimeout = std::min(engineOptions.connectTimeout, m_engineTimeout);
        engineOptions.requestTimeout = std::min(engineOptions.requestTimeout, m_engineTimeout);
    }
    docker::DockerClient client(dockerEndpoint(host.value()), engineOptions);
    // One ping first, so an engine that is down costs one connection
    // attempt instead of one per instance. It has its own short limit,
    // because a hung engine accepts the connection and never replies.
    docker::ClientOptions pingOptions = engineOptions;
    pingOptions.requestTimeout = m_engineTimeout.count() > 0 ? std::min(m_pingTimeout, m_engineTimeout) : m_pingTimeout;
    const docker::DockerClient pinger(dockerEndpoint(host.value()), pingOptions);
    if (const docker::DockerResult<docker::PingInfo> ping = pinger.ping(token); !ping.ok())
        return makeError(ping.error());

    std::optional<postgres::PgConnection> pg;
    const QString key = pgPasswordKey(host.value());
    QFuture<Result<QString>> password = m_secrets->read(key);
    password.waitForFinished();
    if (password.result().ok()) {
        auto connection = postgres::PgConnection::open({ host->pgHost, host->pgPort, host->pgAdminUser },
            password.result().value());
        if (connection.ok())
            pg.emplace(std::move(connection.value()));
    }

    catalog::InstanceFilter filter;
    filter.hostId = hostId;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows.ok())
        return makeError(rows.error());
    QList<Drift> drifts;
    QSet<QString> known;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (token.isCancelled())
            return makeError(tr("Cancelled by the admin."));
        known.insert(row.id);
        const Result<catalog::Instance> instance = db.instance(row.id);
        if (!instance.ok())
            continue;
        if (const std::optional<Drift> drift = checkInstance(client, pg ? &*pg : nullptr, instance.value(), true)) {
            record(db, *drift);
            drifts.append(*drift);
        }
    }

    docker::ContainerListOptions options;
    options.labels = { QLatin1String(labelHost) + u'=' + hostId };
    const docker::DockerResult<QList<docker::ContainerSummary>> containers = client.listContainers(options, token);
    if (!containers.ok())
        return makeError(containers.error());
    for (const docker::ContainerSummary &container : containers.value()) {
        const QString instanceId = container.labels.value(QLatin1String(labelInstance));
        if (container.labels.value(QLatin1String(labelRole)) == QLatin1String(helperRole)) {
            if (std::optional<Drift> drift = leftoverHelper(db, container))
                drifts.append(*drift);
            continue;
        }
        if (known.contains(instanceId))
            continue;
        Drift drift;
        drift.kind = Drift::Kind::UnknownContainer;
        drift.containerId = container.id;
        drift.message = tr("Container %1 carries the console's labels for instance %2, which the catalog does not "
                           "list. It was left as it is.")
                            .arg(container.names.value(0, container.id.left(12)), instanceId);
        drifts.append(drift);
    }
    return drifts;
}

void Reconciler::setEngineTimeout(std::chrono::milliseconds timeout)
{
    m_engineTimeout = timeout;
}

Status Reconciler::watchHost(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
    const CancellationToken &token)
{
    bool stalled = false;
    return watchEvents(hostId, onDrift, token, 0, -1, std::chrono::milliseconds(0), &stalled);
}

void Reconciler::followHost(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
    const std::function<void(const HostReachability &)> &onReachability, const CancellationToken &token,
    const FollowOptions &options)
{
    using namespace std::chrono;
    m_pingTimeout = options.pingTimeout;
    HostReachability state;
    bool reported = false;
    milliseconds delay = options.initialRetryDelay;
    while (!token.isCancelled()) {
        // Events from here on are replayed to the stream opened after the
        // reconcile, so nothing that happens in between is missed.
        const qint64 since = QDateTime::currentMSecsSinceEpoch() * 1000000;
        const Result<QList<Drift>> drifts = reconcileHost(hostId, token);
        if (token.isCancelled())
            return;
        if (!drifts.ok()) {
            ++state.failedAttempts;
            state.reachable = false;
            state.error = drifts.error();
            state.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
            qCWarning(lcDocker) << "host" << hostId << "unreachable, attempt" << state.failedAttempts
                                << ", next in" << delay.count() << "ms:" << state.error;
            onReachability(state);
            reported = true;
            if (!sleepUnlessCancelled(delay, token))
                return;
            delay = std::min(delay * 2, options.maxRetryDelay);
            continue;
        }

        if (!state.reachable || !reported) {
            if (state.failedAttempts > 0)
                qCInfo(lcDocker) << "host" << hostId << "reachable again after" << state.failedAttempts << "attempts";
            state = HostReachability { true, {}, {}, 0 };
            onReachability(state);
            reported = true;
        }
        delay = options.initialRetryDelay;
        for (const Drift &drift : drifts.value())
            onDrift(drift);

        // The event stream has no idle limit, so pings during the stream
        // notice an engine that hangs or whose network drops without a reset.
        const auto started = steady_clock::now();
        bool stalled = false;
        const Status watched = watchEvents(hostId, onDrift, token, since, 0, options.pingInterval, &stalled);
        if (token.isCancelled())
            return;
        qCWarning(lcDocker) << "host" << hostId << "event stream ended:" << watched.error();
        if (stalled) {
            // Reported at once: the reconcile that follows waits for a
            // ping again before it could report it.
            state = HostReachability { false, watched.error(),
                QDateTime::currentDateTimeUtc().addMSecs(options.initialRetryDelay.count()), 1 };
            onReachability(state);
        }
        // A stream that keeps dropping right after it opens would otherwise
        // reconcile in a tight loop.
        if (steady_clock::now() - started < options.maxRetryDelay
            && !sleepUnlessCancelled(options.initialRetryDelay, token))
            return;
    }
}

Status Reconciler::watchEvents(const QString &hostId, const std::function<void(const Drift &)> &onDrift,
    const CancellationToken &token, qint64 sinceNano, int maxReconnects, std::chrono::milliseconds pingInterval,
    bool *stalled)
{
    *stalled = false;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<catalog::Host> host = db.host(hostId);
    if (!host.ok())
        return makeError(host.error());
    const Result<docker::ClientOptions> clientOptions = dockerClientOptions(host.value(), m_secrets);
    if (!clientOptions.ok())
        return makeError(clientOptions.error());
    docker::DockerClient client(dockerEndpoint(host.value()), clientOptions.value());

    docker::EventFilter filter;
    filter.types = { QStringLiteral("container") };
    filter.events = { QStringLiteral("start"), QStringLiteral("die"), QStringLiteral("oom"), QStringLiteral("destroy") };
    filter.labels = { QLatin1String(labelHost) + u'=' + hostId };
    docker::EventCursor cursor(sinceNano);
    docker::EventReconnectPolicy policy;
    policy.maxAttempts = maxReconnects;

    // The stream ends when the caller cancels or when a ping goes unanswered.
    const CancellationToken streamToken;
    QString pingError; // written by the watchdog before it cancels streamToken
    std::thread watchdog;
    if (pingInterval.count() > 0) {
        docker::ClientOptions pingOptions = clientOptions.value();
        pingOptions.requestTimeout = m_pingTimeout;
        watchdog = std::thread([&pingError, &token, streamToken, pingInterval, pingOptions,
                                   endpoint = dockerEndpoint(host.value())] {
            const docker::DockerClient pinger(endpoint, pingOptions);
            for (;;) {
                for (auto waited = std::chrono::milliseconds(0); waited < pingInterval;
                     waited += std::chrono::milliseconds(50)) {
                    if (token.isCancelled())
                        streamToken.cancel();
                    if (streamToken.isCancelled())
                        return;
                    QThread::msleep(50);
                }
                const docker::DockerResult<docker::PingInfo> ping = pinger.ping(streamToken);
                if (!ping.ok() && !streamToken.isCancelled()) {
                    pingError = ping.error();
                    streamToken.cancel();
                    return;
                }
            }
        });
    }

    const docker::DockerStatus watched = client.watchEvents(
        filter, cursor,
        [&](const docker::Event &event) {
            const QString instanceId = event.actorAttributes.value(QLatin1String(labelInstance));
            if (event.actorAttributes.value(QLatin1String(labelRole)) != QLatin1String("server") || instanceId.isEmpty())
                return docker::EventDisposition::Continue;
            const Result<catalog::Instance> instance = db.instance(instanceId);
            if (!instance.ok())
                return docker::EventDisposition::Continue;
            // An instance in error whose container the engine started again
            // (outside the console) is set running, as a full pass does.
            if (const std::optional<Drift> drift = checkInstance(client, nullptr, instance.value(), true)) {
                record(db, *drift);
                onDrift(*drift);
            }
            return docker::EventDisposition::Continue;
        },
        policy, pingInterval.count() > 0 ? streamToken : token);
    streamToken.cancel();
    if (watchdog.joinable())
        watchdog.join();
    if (!pingError.isEmpty() && !token.isCancelled()) {
        *stalled = true;
        qCWarning(lcDocker) << "host" << hostId << "stopped answering pings during the event stream:" << pingError;
        return makeError(tr("The Docker engine stopped answering: %1").arg(pingError));
    }
    if (!watched.ok() && !watched.dockerError().isCancelled())
        return makeError(watched.error());
    return {};
}

} // namespace saasodoo::provisioning
