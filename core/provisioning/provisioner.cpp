// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioner.h"

#include "dockeraccess.h"
#include "hostcapacity.h"
#include "httpprobe.h"
#include "instanceobjects.h"
#include "odooconfig.h"

#include "core/backup/databaseadmin.h"
#include "core/billing/planlimits.h"
#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/jobs/jobowner.h"
#include "core/postgres/instancedatabase.h"
#include "core/secrets/secretgenerator.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <optional>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provisioning", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Provisioning", text, disambiguation, n);
}

const QString stepValidate = QStringLiteral("Validate the request");
const QString stepDatabase = QStringLiteral("Create the database and its role");
const QString stepVolume = QStringLiteral("Create the data volume");
const QString stepInit = QStringLiteral("Initialise the Odoo database");
const QString stepServer = QStringLiteral("Start the Odoo server");
const QString stepHealth = QStringLiteral("Wait for Odoo to answer");
const QString stepAdmin = QStringLiteral("Set the admin login");
const QString stepRemoveContainer = QStringLiteral("Stop and remove the container");
const QString stepRemoveVolume = QStringLiteral("Remove the data volume");
const QString stepDropDatabase = QStringLiteral("Drop the database and its role");
const QString stepRemoveSecrets = QStringLiteral("Remove the secrets");
const QString stepCheckInstance = QStringLiteral("Check the instance");
const QString stepRemoveLeftovers = QStringLiteral("Remove leftover containers and volume");
const QString stepApplyLimits = QStringLiteral("Apply the catalog's limits");
const QString stepRecreateFromCatalog = QStringLiteral("Recreate the container from the catalog");

// PBKDF2 rounds for the master and admin password hashes. Both passwords
// are 128 or more random bits that no guessing reaches, so key stretching
// adds nothing to them, while Odoo's 600,000 rounds cost about a second of
// CPU per hash. passlib verifies any round count, and a password that an
// admin sets later in Odoo gets Odoo's own.
constexpr int generatedSecretRounds = 1000;

// The objects one run made, so that a failure undoes exactly those.
struct Made
{
    QStringList secretKeys;
    bool role = false;
    bool database = false;
    bool volume = false;
    QString initContainer;
    QString serverContainer;
};

// The address at which the console reaches ports that the host publishes.
QString publishedAddress(const docker::Endpoint &endpoint)
{
    return endpoint.isUnixSocket() ? QStringLiteral("127.0.0.1") : endpoint.tcpHost();
}

// A tar holding `.saasodoo/` and the config file in it, owned by the user
// Odoo runs as, for PUT /containers/{id}/archive at /var/lib/odoo.
Result<QByteArray> configArchive(const QByteArray &config, qint64 uid, qint64 gid)
{
    QByteArray buffer(64 * 1024 + config.size(), '\0');
    size_t used = 0;
    archive *writer = archive_write_new();
    const auto cleanup = qScopeGuard([writer] { archive_write_free(writer); });
    archive_write_set_format_pax_restricted(writer);
    if (archive_write_open_memory(writer, buffer.data(), size_t(buffer.size()), &used) != ARCHIVE_OK)
        return makeError(QString::fromUtf8(archive_error_string(writer)));

    archive_entry *entry = archive_entry_new();
    const auto freeEntry = qScopeGuard([entry] { archive_entry_free(entry); });
    archive_entry_set_pathname(entry, ".saasodoo");
    archive_entry_set_filetype(entry, AE_IFDIR);
    archive_entry_set_perm(entry, 0700);
    archive_entry_set_uid(entry, uid);
    archive_entry_set_gid(entry, gid);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    if (archive_write_header(writer, entry) != ARCHIVE_OK)
        return makeError(QString::fromUtf8(archive_error_string(writer)));

    archive_entry_clear(entry);
    archive_entry_set_pathname(entry, ".saasodoo/odoo.conf");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    archive_entry_set_uid(entry, uid);
    archive_entry_set_gid(entry, gid);
    archive_entry_set_size(entry, config.size());
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    if (archive_write_header(writer, entry) != ARCHIVE_OK
        || archive_write_data(writer, config.constData(), size_t(config.size())) != config.size())
        return makeError(QString::fromUtf8(archive_error_string(writer)));
    if (archive_write_close(writer) != ARCHIVE_OK)
        return makeError(QString::fromUtf8(archive_error_string(writer)));
    buffer.resize(qsizetype(used));
    return buffer;
}

// The owner of /var/lib/odoo in a created container: the user the image
// runs Odoo as (uid 100 in the 18.0 image, but that is not fixed), read
// from the first tar header the archive endpoint sends.
Result<std::pair<qint64, qint64>> dataDirectoryOwner(const docker::DockerClient &client, const QString &container)
{
    QByteArray header;
    const docker::DockerStatus status = client.getArchive(
        container, QStringLiteral("/var/lib/odoo"),
        [&header](QByteArrayView data) {
            header.append(data.constData(), data.size());
            return header.size() < 512;
        });
    if (!status.ok())
        return makeError(status.error());
    if (header.size() < 512)
        return makeError(tr("The engine sent no tar header for /var/lib/odoo."));
    // ustar: uid and gid are octal text at offsets 108 and 116.
    bool uidOk = false;
    bool gidOk = false;
    const qint64 uid = header.mid(108, 8).trimmed().replace('\0', "").toLongLong(&uidOk, 8);
    const qint64 gid = header.mid(116, 8).trimmed().replace('\0', "").toLongLong(&gidOk, 8);
    if (!uidOk || !gidOk)
        return makeError(tr("Could not read the owner of /var/lib/odoo from the image."));
    return std::pair { uid, gid };
}

// Returns the name under which replaceServerContainer() keeps a container
// aside while it swaps them: `<name>-next` for the new one and
// `<name>-previous` for the old one.
QString asideName(const InstancePlan &plan, const char *suffix)
{
    return plan.containerName + u'-' + QLatin1String(suffix);
}

bool neverReachedEngine(const docker::DockerError &error);

// Removes a container and its anonymous volumes. When the engine is still
// removing it (HTTP 409, as after a process killed in the middle of its own
// removal), waits up to 30 s for that removal to end instead of failing.
Status removeContainerAwaited(const docker::DockerClient &client, const QString &container)
{
    const docker::DockerStatus removed = client.removeContainer(container, docker::RemoveContainerOptions { true, true });
    if (removed.ok() || removed.dockerError().isNotFound())
        return {};
    if (!removed.dockerError().isConflict())
        return makeError(removed.error());
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QThread::msleep(500);
        const auto existing = client.inspectContainer(container);
        if (!existing.ok() && existing.dockerError().isNotFound())
            return {};
    }
    const docker::DockerStatus again = client.removeContainer(container, docker::RemoveContainerOptions { true, true });
    if (again.ok() || again.dockerError().isNotFound())
        return {};
    return makeError(again.error());
}

// The Odoo configuration file of the instance that `plan` describes. Its
// workers and cron threads derive from the instance's type and CPU limit.
// Create and set-limits both write it through this function.
OdooConfig instanceOdooConfig(const catalog::Host &host, const InstancePlan &plan, const QString &dbPassword,
    const QString &masterPassword)
{
    OdooConfig config;
    config.dbHost = host.pgContainerHost.isEmpty() ? host.pgHost : host.pgContainerHost;
    config.dbPort = host.pgPort;
    config.dbUser = plan.roleName;
    config.dbPassword = dbPassword;
    config.dbName = plan.databaseName;
    config.adminPasswordHash = hashMasterPassword(masterPassword, generatedSecretRounds);
    config.workers = plan.workers;
    config.maxCronThreads = plan.maxCronThreads;
    return config;
}

// Writes `config` to configPath in the volume that `container` mounts at
// /var/lib/odoo, owned by the user the image runs Odoo as. The container
// may be created, running or stopped; Odoo reads the file when it starts.
Status uploadOdooConfig(const docker::DockerClient &client, const QString &container, const OdooConfig &config)
{
    const Result<std::pair<qint64, qint64>> owner = dataDirectoryOwner(client, container);
    if (!owner.ok())
        return makeError(owner.error());
    const Result<QByteArray> archive = configArchive(renderOdooConfig(config), owner->first, owner->second);
    if (!archive.ok())
        return makeError(archive.error());
    qint64 offset = 0;
    const QByteArray tar = archive.value();
    const docker::DockerStatus uploaded = client.putArchive(
        container, QStringLiteral("/var/lib/odoo"),
        [&tar, &offset](char *buffer, qint64 size) -> qint64 {
            const qint64 count = std::min<qint64>(size, tar.size() - offset);
            std::memcpy(buffer, tar.constData() + offset, size_t(count));
            offset += count;
            return count;
        },
        // Without copyUIDGID the engine keeps the uid and gid written in the
        // tar headers; with it, Docker 20.10 looks the image's user up on the
        // host and fails.
        docker::ArchiveUploadOptions { false, false });
    if (!uploaded.ok())
        return makeError(uploaded.error());
    return {};
}

QString lastLogLines(const docker::DockerClient &client, const QString &container, int lines)
{
    QByteArray output;
    docker::LogOptions options;
    options.tail = lines;
    client.logs(container, options, [&output](docker::StreamType, QByteArrayView data) {
        output.append(data.constData(), data.size());
        return output.size() < 64 * 1024;
    });
    return QString::fromUtf8(output).trimmed();
}

// Blocks this worker thread on a keychain call; the store's own thread does
// the work, so the UI never waits.
// Stores `containerId` as the instance's container on the row as it is now,
// so that a status another job wrote meanwhile is kept.
Result<catalog::Instance> saveContainerId(catalog::Catalog &db, const QString &instanceId, const QString &containerId)
{
    const Result<catalog::Instance> current = db.instance(instanceId);
    if (!current.ok())
        return makeError(current.error());
    catalog::Instance changed = current.value();
    changed.containerId = containerId;
    return db.updateInstance(changed);
}

Result<QString> readSecret(secrets::SecretStore *store, const QString &key)
{
    QFuture<Result<QString>> future = store->read(key);
    future.waitForFinished();
    return future.result();
}

// Waits until Odoo in `container` returns "pass" from /web/health. Fails
// when the container stops, the time runs out or the token is cancelled;
// `containerLog` then gets the container's last log lines. A container that
// the job has just created passes `restartCountAtStart` 0, so a crash and
// restart before the first inspect still counts as an exit. Otherwise the
// restarted server could respond and the failed start would pass unnoticed.
Status waitForHealth(const docker::DockerClient &client, const QString &baseUrl, const QString &container,
    std::chrono::seconds timeout, const CancellationToken &token, QString *containerLog,
    std::optional<int> restartCountAtStart = std::nullopt)
{
    const QDeadlineTimer deadline(std::chrono::duration_cast<std::chrono::milliseconds>(timeout));
    std::optional<int> firstRestartCount = restartCountAtStart;
    while (true) {
        if (token.isCancelled())
            return makeError(tr("Cancelled by the admin."));
        const HttpReply health = httpRequest(baseUrl + QStringLiteral("/web/health"), {}, std::chrono::seconds(5), token);
        if (health.status == 200
            && QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString()
                == QLatin1String("pass"))
            return {};
        const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
        if (info.ok() && !firstRestartCount)
            firstRestartCount = info->restartCount;
        // With the restart policy unless-stopped, the engine restarts an
        // exited container at once, so inspect rarely shows it exited: a
        // restart since the wait began means Odoo exited.
        if (info.ok() && (info->state.restarting || info->restartCount > *firstRestartCount)) {
            *containerLog = lastLogLines(client, container, 20);
            if (info->state.oomKilled)
                return makeError(tr("The Odoo container was killed for running out of memory before it responded, "
                                    "and the engine is restarting it."));
            // Once the engine has started the container again, inspect
            // reports the new run's exit code (0), not the crash's.
            if (info->state.running)
                return makeError(tr("The Odoo container exited before it responded, and the engine restarted it "
                                    "(%n restart(s)).",
                    nullptr, info->restartCount));
            return makeError(tr("The Odoo container exited with code %1 before it responded, and the engine is "
                                "restarting it.")
                                 .arg(info->state.exitCode));
        }
        if (info.ok() && !info->state.running && !info->state.restarting) {
            *containerLog = lastLogLines(client, container, 20);
            return makeError(info->state.oomKilled
                    ? tr("The Odoo container was killed for running out of memory before it answered.")
                    : tr("The Odoo container stopped with exit code %1 before it answered.").arg(info->state.exitCode));
        }
        if (deadline.hasExpired()) {
            *containerLog = lastLogLines(client, container, 20);
            return makeError(tr("Odoo did not answer %1/web/health within %2 s (last result: %3).")
                                 .arg(baseUrl)
                                 .arg(timeout.count())
                                 .arg(health.status ? QStringLiteral("HTTP %1").arg(health.status) : health.transportError));
        }
        QThread::msleep(500);
    }
}

bool isPortConflict(const QString &message)
{
    return message.contains(QLatin1String("port is already allocated"))
        || message.contains(QLatin1String("address already in use"));
}

// The host port that a port conflict names, and which of the instance's
// routes it serves.
struct TakenPort
{
    int port = 0;
    QString route;
};

// Reads the host port from the engine's port conflict `error` and names
// its route: Odoo's web port 8069 is published on `webPort`, and with
// workers its websocket port 8072 on the next one. Docker 20.10 writes
// "Bind for 127.0.0.1:N failed: port is already allocated" or "listen tcp4
// 127.0.0.1:N: bind: address already in use".
TakenPort takenPort(const QString &error, int webPort, int workers)
{
    static const QRegularExpression bind(QStringLiteral("(?:Bind for|listen tcp[46]?) \\S*:(\\d+)"));
    const QRegularExpressionMatch match = bind.match(error);
    const int port = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (workers > 0 && webPort > 0 && port == webPort + 1)
        return { port, tr("websocket route, container port 8072") };
    if (port == webPort || workers == 0)
        return { webPort, tr("web route, container port 8069") };
    return { webPort, tr("web route, or the websocket route on port %1").arg(webPort + 1) };
}

// Gives Odoo's admin user (base.user_admin) `login` and the password hash,
// connected as the instance's own role, which owns the tables the init run
// made. Odoo creates that user as admin/admin, so this runs before any
// server serves the database.
Status setAdminLogin(const postgres::PgEndpoint &endpoint, const QString &database, const QString &password,
    const QString &login, const QString &passwordHash)
{
    Result<postgres::PgConnection> connection = postgres::PgConnection::open(endpoint, password, database);
    if (!connection.ok())
        return makeError(connection.error());
    const Result<postgres::PgRows> updated = connection.value().query(
        QStringLiteral("UPDATE res_users SET login = $1, password = $2, write_uid = 1, "
                       "write_date = now() AT TIME ZONE 'UTC' "
                       "WHERE id = (SELECT res_id FROM ir_model_data "
                       "WHERE module = 'base' AND name = 'user_admin' AND model = 'res.users') "
                       "RETURNING id"),
        { login, passwordHash });
    if (!updated.ok())
        return makeError(updated.error());
    if (updated->rows.size() != 1)
        return makeError(tr("Database %1 has no admin user (base.user_admin) after the initialisation.").arg(database));
    return {};
}

// Checks the modules of a freshly initialised database against the
// request. Odoo logs an unknown name in -i as "invalid module names,
// ignored" and exits 0, so a typo or an addon the image lacks is caught
// here. A disabled module that a requested one pulled in as a dependency
// fails the create too.
// After a module update (`afterUpdate`), only the disabled modules are
// checked, because an admin may have removed a requested addon in Odoo.
Status checkInitialisedModules(const postgres::PgEndpoint &endpoint, const QString &database, const QString &password,
    const catalog::Instance &instance, const QString &image, bool afterUpdate = false)
{
    Result<postgres::PgConnection> connection = postgres::PgConnection::open(endpoint, password, database);
    if (!connection.ok())
        return makeError(connection.error());
    const Result<postgres::PgRows> states
        = connection.value().query(QStringLiteral("SELECT name, state FROM ir_module_module"));
    if (!states.ok())
        return makeError(states.error());
    QMap<QString, QString> stateOf;
    for (const QStringList &row : states->rows)
        stateOf.insert(row.at(0), row.at(1));
    for (const QString &module : afterUpdate ? QStringList() : instance.customAddons) {
        if (!stateOf.contains(module))
            return makeError(tr("Module %1 is not available in image %2: Odoo has no addon of that name and "
                                "ignored it. Check the name, or add the addon to the image.")
                                 .arg(module, image));
        if (stateOf.value(module) != QLatin1String("installed"))
            return makeError(tr("Module %1 is %2 after the initialisation instead of installed.")
                                 .arg(module, stateOf.value(module)));
    }
    for (const QString &module : afterUpdate ? QStringList() : instance.disabledModules) {
        if (!stateOf.contains(module))
            return makeError(tr("Module %1 to disable is not available in image %2: Odoo has no addon of that "
                                "name. Check the name in --disable.")
                                 .arg(module, image));
    }
    for (const QString &module : instance.disabledModules) {
        if (stateOf.value(module) != QLatin1String("installed"))
            continue;
        const Result<postgres::PgRows> dependents = connection.value().query(
            QStringLiteral("SELECT m.name FROM ir_module_module_dependency d "
                           "JOIN ir_module_module m ON m.id = d.module_id "
                           "WHERE d.name = $1 AND m.state = 'installed' ORDER BY m.name"),
            { module });
        QStringList names;
        if (dependents.ok()) {
            for (const QStringList &row : dependents->rows)
                names << row.at(0);
        }
        const QString neededBy = names.isEmpty() ? tr("the requested modules") : names.join(QStringLiteral(", "));
        if (afterUpdate)
            return makeError(tr("Module %1 is disabled for this instance, but it is installed after the module "
                                "update, as a dependency of %2. Uninstall it in Odoo, or remove it from the disabled "
                                "modules.")
                                 .arg(module, neededBy));
        return makeError(tr("Module %1 is disabled for this instance, but the initialisation installed it as a "
                            "dependency of %2. Remove it from the disabled modules, or drop the addons that need it.")
                             .arg(module, neededBy));
    }
    return {};
}

// Returns the PostgreSQL comment that create job `jobId` sets on the role
// and database it makes.
// Returns whether `container`, found by the name in ledger row `row`, is
// the container that row's job made: it carries that job's id and was not
// created before the row was written. The engine reports whole seconds, so
// the same second counts as after.
// NOTE: containers made before the job label existed never match, so their
// clean-up is left to 'saasodoo instance delete'.
bool madeByRecordedJob(const docker::ContainerInfo &container, const InstanceObject &row)
{
    if (container.labels.value(QLatin1String(labelJob)) != row.jobId)
        return false;
    return !container.created.isValid() || !row.createdAt.isValid() || container.created.addSecs(1) >= row.createdAt;
}

// Takes back the ledger row of a create call that the engine rejected with
// an HTTP error. Nothing was made, so an object of that name (such as a
// container whose name is in use) is not this job's to remove.
void forgetRejectedCreate(catalog::Catalog &db, const QString &rowId, const docker::DockerError &error)
{
    if (error.kind == docker::DockerError::Kind::Http)
        forgetObject(db, rowId);
}

// Removes the containers that `rows` (ledger rows of earlier create jobs)
// list and that those jobs made, and marks them removed. A container
// found by name that its row's job did not make stays.
Status removeLeftoverContainers(const docker::DockerClient &client, catalog::Catalog &db,
    const catalog::Instance &instance, const QList<InstanceObject> &rows)
{
    for (const InstanceObject &row : rows) {
        if (row.kind != ObjectKind::Container)
            continue;
        const auto existing = client.inspectContainer(row.name);
        if (!existing.ok()) {
            if (!existing.dockerError().isNotFound())
                return makeError(existing.error());
            markObjectRemoved(db, instance.id, ObjectKind::Container, row.name, row.jobId);
            continue;
        }
        if (existing->labels.value(QLatin1String(labelInstance)) != instance.id
            || !madeByRecordedJob(existing.value(), row))
            continue;
        const docker::DockerStatus removed
            = client.removeContainer(existing->id, docker::RemoveContainerOptions { true, true });
        if (!removed.ok() && !removed.dockerError().isNotFound())
            return makeError(removed.error());
        markObjectRemoved(db, instance.id, ObjectKind::Container, row.name, row.jobId);
    }
    return {};
}

// Returns what uses Docker network `network` on host `hostId`, or an empty
// string when nothing does. Users are attached containers, stopped
// containers configured for it (the engine lists only running ones as
// attached), and the catalog's instances on the host other than
// `instanceId`. A creating instance counts because it may be about to
// attach a container. Deleted and deleting instances do not count, and
// neither does one in error without a container, because its retry makes
// the network again.
Result<QString> networkUser(const docker::DockerClient &client, catalog::Catalog &db, const QString &hostId,
    const docker::NetworkInfo &network, const QString &instanceId)
{
    if (!network.containerIds.isEmpty())
        return tr("%n container(s) are attached to it", nullptr, int(network.containerIds.size()));
    docker::ContainerListOptions configured;
    configured.networks = { network.id };
    const docker::DockerResult<QList<docker::ContainerSummary>> containers = client.listContainers(configured);
    if (!containers.ok())
        return makeError(containers.error());
    if (!containers->isEmpty()) {
        const docker::ContainerSummary &first = containers->first();
        return tr("container %1 is configured for it").arg(first.names.value(0, first.id));
    }

    catalog::InstanceFilter onHost;
    onHost.hostId = hostId;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(onHost);
    if (!rows.ok())
        return makeError(rows.error());
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.id == instanceId || row.status == catalog::InstanceStatus::Deleted
            || row.status == catalog::InstanceStatus::Deleting)
            continue;
        if (row.status == catalog::InstanceStatus::Error) {
            const Result<catalog::Instance> other = db.instance(row.id);
            if (other.ok() && other->containerId.isEmpty())
                continue;
        }
        return tr("instance %1 on the same host is %2").arg(row.name, statusPhrase(row.status));
    }
    return QString();
}

enum class NetworkRemoval { Removed, InUse, Failed };

// Removes `network` unless networkUser() finds a user. Every outcome is
// logged on the job, and a failure only warns, because the network is
// shared and the job's own work is done.
NetworkRemoval removeNetworkUnlessUsed(jobs::JobContext &context, const docker::DockerClient &client, catalog::Catalog &db,
    const QString &hostId, const QString &instanceId, const docker::NetworkInfo &network)
{
    // Checked last, right before the removal, so that a create that became
    // creating after the check has the smallest window to find the network
    // in place. Such a create makes the network again when its init
    // container cannot attach.
    const Result<QString> user = networkUser(client, db, hostId, network, instanceId);
    if (!user.ok()) {
        context.warning(tr("Left network %1 in place: could not check what uses it: %2").arg(network.name, user.error()));
        return NetworkRemoval::Failed;
    }
    if (!user->isEmpty()) {
        context.info(tr("Network %1 stays: %2.").arg(network.name, user.value()));
        return NetworkRemoval::InUse;
    }
    const docker::DockerStatus removed = client.removeNetwork(network.id);
    if (!removed.ok() && !removed.dockerError().isNotFound()) {
        // The engine rejects the removal (HTTP 403 or 409) when a container
        // attached after the check above.
        context.warning(tr("Left network %1 in place: %2").arg(network.name, removed.error()));
        return NetworkRemoval::Failed;
    }
    return NetworkRemoval::Removed;
}

// Removes the Docker network that ledger row `row` records as made by a
// create job, when its saasodoo.job label names that job and nothing uses
// it (see networkUser). A network in use stays and its row is closed,
// because it now serves other instances.
void removeOwnNetwork(jobs::JobContext &context, const docker::DockerClient &client, catalog::Catalog &db,
    const QString &instanceId, const InstanceObject &row)
{
    const docker::DockerResult<docker::NetworkInfo> network = client.inspectNetwork(row.name);
    if (!network.ok()) {
        if (network.dockerError().isNotFound())
            markObjectRemoved(db, instanceId, ObjectKind::Network, row.name, row.jobId);
        else
            context.warning(tr("Could not check network %1: %2").arg(row.name, network.error()));
        return;
    }
    if (network->labels.value(QLatin1String(labelJob)) != row.jobId) {
        context.warning(tr("Left network %1 alone: its label does not name job %2, which recorded creating it.")
                            .arg(row.name, row.jobId));
        return;
    }
    const NetworkRemoval removal = removeNetworkUnlessUsed(context, client, db, row.location, instanceId, network.value());
    if (removal == NetworkRemoval::Failed)
        return;
    markObjectRemoved(db, instanceId, ObjectKind::Network, row.name, row.jobId);
    if (removal == NetworkRemoval::Removed)
        context.info(tr("Removed network %1, which this instance's create made.").arg(row.name));
}

// Removes network `name` after the delete of `instance`, when the console
// made it (saasodoo.managed label) and nothing else uses it. A network that
// an admin made, or that carries no label, always stays.
void removeNetworkAfterDelete(jobs::JobContext &context, const docker::DockerClient &client, catalog::Catalog &db,
    const catalog::Instance &instance, const QString &name)
{
    const docker::DockerResult<docker::NetworkInfo> network = client.inspectNetwork(name);
    if (!network.ok()) {
        if (!network.dockerError().isNotFound())
            context.warning(tr("Could not check network %1: %2").arg(name, network.error()));
        return;
    }
    if (network->labels.value(QLatin1String(labelManaged)) != QLatin1String("true"))
        return;
    if (removeNetworkUnlessUsed(context, client, db, instance.hostId, instance.id, network.value())
        != NetworkRemoval::Removed)
        return;
    markObjectRemoved(db, instance.id, ObjectKind::Network, name);
    context.info(tr("Removed network %1: the console made it and no other instance uses it.").arg(name));
}

QString creatorComment(const QString &jobId)
{
    return QStringLiteral("saasodoo job %1").arg(jobId);
}

// Returns whether jobs of `kind` create an instance and bring it up: a
// create (also from a retry or a resume) and a restore as a new instance.
bool bringsUpInstance(const QString &kind)
{
    return kind == QLatin1String("instance.create") || kind == QLatin1String("backup.restore-new");
}

// Returns whether the instance has run: a job that creates and brings up
// instances succeeded on it, or the catalog ever recorded it running. Such
// an instance contains data, so a create must never run on it again.
Result<bool> instanceHasRun(catalog::Catalog &db, const QString &instanceId)
{
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return makeError(jobs.error());
    for (const catalog::Job &job : jobs.value()) {
        if (job.targetId == instanceId && bringsUpInstance(job.kind) && job.state == catalog::JobState::Succeeded)
            return true;
    }
    return wasEverRunning(db, instanceId);
}

// Returns the id of a job that creates the instance (see bringsUpInstance),
// other than `jobId`, that is queued or running and was submitted before
// `jobId`, or an empty string. With an empty `jobId`, any such job counts.
// Of two creates started together only the earlier one goes on, because
// each one's record is in the catalog before its body runs.
Result<QString> earlierLiveCreate(catalog::Catalog &db, const QString &instanceId, const QString &jobId)
{
    std::optional<catalog::Job> current;
    if (!jobId.isEmpty()) {
        if (const Result<catalog::Job> found = db.job(jobId); found.ok())
            current = found.value();
    }
    const Result<QList<catalog::Job>> jobs = db.liveJobs();
    if (!jobs.ok())
        return makeError(jobs.error());
    for (const catalog::Job &job : jobs.value()) {
        const bool live = job.state == catalog::JobState::Running || job.state == catalog::JobState::Queued;
        if (job.targetId != instanceId || job.id == jobId || !live || !bringsUpInstance(job.kind))
            continue;
        const bool earlier = !current || job.createdAt < current->createdAt
            || (job.createdAt == current->createdAt && job.id < current->id);
        if (earlier)
            return job.id;
    }
    return QString();
}

// Returns the rejection of a create for an instance that ran before.
QString onceRanMessage(const catalog::Instance &instance)
{
    return tr("Cannot retry instance %1: it was created and has run before, so it contains data that a new create "
              "would destroy. Use start, stop, restart or delete instead, for example 'saasodoo instance start %1'.")
        .arg(instance.name);
}

// Returns the name of another instance, not deleted, that uses the
// database name of `instance` on the same PostgreSQL server, or an empty
// string. Hosts are compared by catalog::pgServerKey, so 127.0.0.1 and
// localhost count as one server.
Result<QString> otherInstanceWithDatabase(catalog::Catalog &db, const catalog::Instance &instance,
    const catalog::Host &host)
{
    catalog::InstanceFilter filter;
    filter.text = instance.databaseName;
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows.ok())
        return makeError(rows.error());
    const QString server = pgServerLocation(host);
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.id == instance.id || row.databaseName != instance.databaseName
            || row.status == catalog::InstanceStatus::Deleted)
            continue;
        const Result<catalog::Host> rowHost = db.host(row.hostId);
        if (!rowHost.ok())
            return makeError(rowHost.error());
        if (pgServerLocation(rowHost.value()) == server)
            return row.name;
    }
    return QString();
}

// Drops the database and role of `instance` that are its own, and leaves
// everything else with a warning. An object is its own when the ledger
// lists it on the host's current server, the instance's role owns the
// database, and no other instance in the catalog uses the name. Instances
// older than the ledger skip the first condition.
//
// A clean-up of an interrupted create passes `checkComment`. An object is
// then dropped only when its PostgreSQL comment names a job whose ledger
// row lists it, because a row written before its job found a database of
// the same name must not lead to dropping it. With a non-empty `onlyJob`,
// only the rows of that job count.
//
// `leftElsewhere`, when given, receives the statements that drop the
// objects the ledger lists on another server, to be run there.
// The databases that `role` owns besides `live`, split into the copies that
// an in-place restore keeps beside it ("<live>_old_<time>" and
// "<live>_restore_<time>", the name cut to 63 bytes before the suffix as the
// restore does) and any others.
struct OwnedDatabases
{
    QStringList restoreCopies;
    QStringList others;
};

Result<OwnedDatabases> databasesOwnedBesides(postgres::PgConnection &pg, const QString &role, const QString &live)
{
    const Result<postgres::PgRows> owned = pg.query(
        QStringLiteral("SELECT datname FROM pg_catalog.pg_database WHERE datdba = (SELECT oid FROM "
                       "pg_catalog.pg_roles WHERE rolname = $1) AND datname <> $2 ORDER BY datname"),
        { role, live });
    if (!owned.ok())
        return makeError(owned.error());
    static const QRegularExpression pattern(QStringLiteral("^(.+)_(old|restore)_\\d{14}$"));
    OwnedDatabases found;
    for (const QStringList &row : owned->rows) {
        const QRegularExpressionMatch match = pattern.match(row.at(0));
        if (match.hasMatch() && live.startsWith(match.captured(1)))
            found.restoreCopies << row.at(0);
        else
            found.others << row.at(0);
    }
    return found;
}

Status dropOwnDatabase(jobs::JobContext &context, catalog::Catalog &db, postgres::PgConnection &pg,
    const catalog::Instance &instance, const catalog::Host &host, const InstancePlan &plan,
    bool checkComment = false, const QString &onlyJob = {}, QStringList *leftElsewhere = nullptr)
{
    QStringList databaseComments;
    QStringList roleComments;
    const QString server = pgServerLocation(host);
    const Result<bool> covered = ledgerCovers(db, instance);
    if (!covered.ok())
        return makeError(covered.error());
    bool ownDatabase = !covered.value();
    bool ownRole = !covered.value();
    if (covered.value()) {
        const Result<QList<InstanceObject>> objects = liveObjects(db, instance.id);
        if (!objects.ok())
            return makeError(objects.error());
        for (const InstanceObject &object : objects.value()) {
            if (object.kind != ObjectKind::Database && object.kind != ObjectKind::Role)
                continue;
            if (!onlyJob.isEmpty() && object.jobId != onlyJob)
                continue;
            if (object.location != server) {
                context.warning(tr("Left %1 %2 alone: it was created on PostgreSQL server %3, and host %4 now uses "
                                   "%5. It stays on %3 until you drop it there (DROP %6 %7).")
                                    .arg(toString(object.kind), object.name, object.location, host.name, server,
                                        object.kind == ObjectKind::Database ? QStringLiteral("DATABASE")
                                                                            : QStringLiteral("ROLE"),
                                        object.name));
                if (leftElsewhere) {
                    *leftElsewhere << tr("on %1: DROP %2 %3;")
                                          .arg(object.location,
                                              object.kind == ObjectKind::Database ? QStringLiteral("DATABASE")
                                                                                  : QStringLiteral("ROLE"),
                                              object.name);
                }
                continue;
            }
            if (object.kind == ObjectKind::Database && object.name == plan.databaseName) {
                ownDatabase = true;
                databaseComments << creatorComment(object.jobId);
            }
            if (object.kind == ObjectKind::Role && object.name == plan.roleName) {
                ownRole = true;
                roleComments << creatorComment(object.jobId);
            }
        }
    }

    const Result<QString> other = otherInstanceWithDatabase(db, instance, host);
    if (!other.ok())
        return makeError(other.error());
    if (!other->isEmpty()) {
        context.warning(tr("Left database %1 and role %2 alone: instance %3 uses them on the same PostgreSQL server.")
                            .arg(plan.databaseName, plan.roleName, other.value()));
        return {};
    }

    const Result<postgres::PgRows> owner = pg.query(
        QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = $1"),
        { plan.databaseName });
    if (!owner.ok())
        return makeError(owner.error());
    if (!owner->rows.isEmpty() && owner->value(0, 0) != plan.roleName) {
        context.warning(tr("Left database %1 alone: it is owned by %2, not by the instance's role %3.")
                            .arg(plan.databaseName, owner->value(0, 0), plan.roleName));
        ownDatabase = false;
    } else if (!owner->rows.isEmpty() && !ownDatabase) {
        context.warning(tr("Left database %1 alone: this instance's jobs did not create it.").arg(plan.databaseName));
    }
    if (checkComment && covered.value()) {
        if (ownDatabase && !owner->rows.isEmpty()) {
            const Result<QString> comment = postgres::databaseComment(pg, plan.databaseName);
            if (!comment.ok())
                return makeError(comment.error());
            // A job killed between CREATE DATABASE and its COMMENT leaves the
            // database without a comment. It is still that job's own when its
            // owner is the role whose comment names the job that recorded it.
            bool createdByRecordedJob = databaseComments.contains(comment.value());
            if (!createdByRecordedJob && comment->isEmpty()) {
                const Result<QString> ownerComment = postgres::roleComment(pg, plan.roleName);
                if (!ownerComment.ok())
                    return makeError(ownerComment.error());
                createdByRecordedJob = !ownerComment->isEmpty() && databaseComments.contains(ownerComment.value());
            }
            if (!createdByRecordedJob) {
                context.warning(tr("Left database %1 alone: its comment \"%2\" names no job that recorded it, so "
                                   "the console did not create it. Drop it by hand if it is a leftover.")
                                    .arg(plan.databaseName, comment.value()));
                ownDatabase = false;
            }
        }
        if (ownRole && postgres::roleExists(pg, plan.roleName)) {
            const Result<QString> comment = postgres::roleComment(pg, plan.roleName);
            if (!comment.ok())
                return makeError(comment.error());
            if (!roleComments.contains(comment.value())) {
                context.warning(tr("Left role %1 alone: its comment \"%2\" names no job that recorded it, so the "
                                   "console did not create it.")
                                    .arg(plan.roleName, comment.value()));
                ownRole = false;
            }
        }
    }
    if (!ownDatabase && !ownRole)
        return {};

    // Dropping the database needs membership in its owner, the role, so a
    // database of our own is dropped together with the role. A database
    // kept above keeps its owner role too. DROP ROLE also ends the console's
    // membership in the role that a killed create may have left.
    const bool dropRole
        = ownDatabase || (ownRole && (owner->rows.isEmpty() || owner->value(0, 0) != plan.roleName));
    const Status dropped = postgres::dropInstanceDatabase(
        pg, { dropRole ? plan.roleName : QString(), ownDatabase ? plan.databaseName : QString() });
    if (!dropped.ok())
        return dropped;
    if (ownDatabase) {
        markObjectRemoved(db, instance.id, ObjectKind::Database, plan.databaseName, onlyJob);
        context.info(tr("Dropped database %1.").arg(plan.databaseName));
    }
    if (dropRole) {
        markObjectRemoved(db, instance.id, ObjectKind::Role, plan.roleName, onlyJob);
        context.info(tr("Dropped role %1.").arg(plan.roleName));
    }
    return {};
}

// Writes the first port of `candidates` that no other instance on `host`
// has published or reserved as `instanceId`'s published port, and returns
// it. The catalog's unique index rejects a port that another create wrote
// first. A read after the write catches the websocket port next to it,
// which the index does not cover. Returns 0, with the port cleared, when
// no candidate is left.
Result<int> reservePort(catalog::Catalog &db, const catalog::Host &host, int workers, const QString &instanceId,
    const QList<int> &candidates)
{
    const auto writePort = [&](int port) -> Result<bool> {
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (!current.ok())
            return makeError(current.error());
        catalog::Instance update = current.value();
        update.publishedPort = port;
        const Result<catalog::Instance> saved = db.updateInstance(update);
        if (saved.ok())
            return true;
        if (db.lastErrorKind() == catalog::ErrorKind::Validation)
            return false;
        return makeError(saved.error());
    };
    for (int port : candidates) {
        const Result<bool> written = writePort(port);
        if (!written.ok())
            return makeError(written.error());
        if (!written.value())
            continue;
        const Result<QList<int>> stillFree = freePorts(db, host, workers, instanceId);
        if (!stillFree.ok())
            return makeError(stillFree.error());
        if (stillFree->contains(port))
            return port;
    }
    if (const Result<bool> cleared = writePort(0); !cleared.ok())
        return makeError(cleared.error());
    return 0;
}

// Returns the id and state of an instance job on `instanceId`, other than
// `currentJobId`, that started after job `jobId` and succeeded or is still
// queued or running (any kind but a clean-up), or an empty id.
Result<std::pair<QString, QString>> laterJob(catalog::Catalog &db, const QString &instanceId, const QString &jobId,
    const QString &currentJobId)
{
    const Result<catalog::Job> interrupted = db.job(jobId);
    if (!interrupted.ok())
        return makeError(interrupted.error());
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return makeError(jobs.error());
    for (const catalog::Job &job : jobs.value()) {
        const bool live = job.state == catalog::JobState::Succeeded || job.state == catalog::JobState::Running
            || job.state == catalog::JobState::Queued;
        if (job.targetId == instanceId && job.id != jobId && job.id != currentJobId && live
            && job.kind.startsWith(QLatin1String("instance.")) && job.kind != QLatin1String("instance.cleanup")
            && job.createdAt > interrupted->createdAt)
            return std::pair { job.id, catalog::toString(job.state) };
    }
    return std::pair { QString(), QString() };
}

// Closes the instance's interrupted instance jobs that started before job
// `jobId`, once that job has created the instance. Nothing they left is
// current, so they must no longer be offered for resume or clean-up.
void closeSupersededJobs(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId,
    const QString &jobId)
{
    const Result<catalog::Job> current = db.job(jobId);
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok()) {
        context.warning(tr("Could not close the instance's older interrupted jobs: %1").arg(jobs.error()));
        return;
    }
    for (catalog::Job job : jobs.value()) {
        // Backup jobs clean up their own files elsewhere, so they stay.
        if (job.targetId != instanceId || job.id == jobId || job.state != catalog::JobState::Interrupted
            || !job.kind.startsWith(QLatin1String("instance.")))
            continue;
        if (current.ok() && job.createdAt > current->createdAt)
            continue;
        job.state = catalog::JobState::Cancelled;
        job.error = tr("Interrupted; superseded by job %1, which created the instance.").arg(jobId);
        if (const Result<catalog::Job> saved = db.updateJob(job); !saved.ok()) {
            context.warning(tr("Could not close interrupted job %1: %2").arg(job.id, saved.error()));
            continue;
        }
        db.appendJobLog(job.id, QStringLiteral("info"), job.error);
        context.info(tr("Closed interrupted job %1: this job supersedes it.").arg(job.id));
    }
}

// Removes the instance's three keychain entries and marks them removed in
// the ledger. A failure is logged as a warning: the keys name the
// instance's id, so nothing of another instance is at stake.
void removeInstanceSecrets(jobs::JobContext &context, catalog::Catalog &db, secrets::SecretStore *store,
    const QString &instanceId)
{
    for (const QString &name : { QStringLiteral("db-password"), QStringLiteral("admin-password"),
             QStringLiteral("master-password") }) {
        const QString key = secrets::SecretStore::instanceKey(instanceId, name);
        QFuture<Status> removed = store->remove(key);
        removed.waitForFinished();
        if (!removed.result().ok())
            context.warning(removed.result().error());
        else
            markObjectRemoved(db, instanceId, ObjectKind::Secret, key);
    }
}

} // namespace

namespace {

// Opens the instance's database as the instance's own role.
Result<postgres::PgConnection> openInstanceDatabase(const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, const QString &instanceId)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<catalog::Instance> instance = db.instance(instanceId);
    if (!instance.ok())
        return makeError(instance.error());
    const Result<catalog::Tenant> tenant = db.tenant(instance->tenantId);
    if (!tenant.ok())
        return makeError(tenant.error());
    const Result<catalog::Host> host = db.host(instance->hostId);
    if (!host.ok())
        return makeError(host.error());
    const Result<InstancePlan> plan = planInstance(instance.value(), tenant.value(), host.value(), QString());
    if (!plan.ok())
        return makeError(plan.error());
    const Result<QString> password
        = readSecret(secrets, secrets::SecretStore::instanceKey(instanceId, QStringLiteral("db-password")));
    if (!password.ok())
        return makeError(password.error());
    return postgres::PgConnection::open(
        { host->pgHost, host->pgPort, plan->roleName }, password.value(), plan->databaseName);
}

} // namespace

Result<QStringList> installedModules(const catalog::CatalogConfig &config, secrets::SecretStore *secrets,
    const QString &instanceId)
{
    Result<postgres::PgConnection> connection = openInstanceDatabase(config, secrets, instanceId);
    if (!connection.ok())
        return makeError(connection.error());
    const Result<postgres::PgRows> rows = connection.value().query(
        QStringLiteral("SELECT name FROM ir_module_module WHERE state = 'installed' ORDER BY name"));
    if (!rows.ok())
        return makeError(rows.error());
    QStringList names;
    for (const QStringList &row : rows->rows)
        names << row.at(0);
    return names;
}

Result<QString> moduleUpdateProblem(const catalog::CatalogConfig &config, secrets::SecretStore *secrets,
    const QString &instanceId, const QStringList &modules)
{
    if (modules == QStringList { QStringLiteral("all") })
        return QString();
    Result<postgres::PgConnection> connection = openInstanceDatabase(config, secrets, instanceId);
    if (!connection.ok())
        return makeError(connection.error());
    const Result<postgres::PgRows> rows
        = connection.value().query(QStringLiteral("SELECT name, state FROM ir_module_module"));
    if (!rows.ok())
        return makeError(rows.error());
    QHash<QString, QString> states;
    for (const QStringList &row : rows->rows)
        states.insert(row.at(0), row.at(1));
    for (const QString &module : modules) {
        if (!states.contains(module))
            return tr("Module %1 is not known to the instance's database. Check its name; nothing was changed.")
                .arg(module);
    }
    for (const QString &module : modules) {
        if (states.value(module) != QLatin1String("installed"))
            return tr("Module %1 is not installed (its state is %2), and an update only updates installed "
                      "modules. Install it in Odoo, or leave it out; nothing was changed.")
                .arg(module, states.value(module));
    }
    return QString();
}

Result<bool> hasRun(const catalog::CatalogConfig &config, const QString &instanceId)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened.ok())
        return makeError(opened.error());
    return instanceHasRun(*opened.value(), instanceId);
}

Status markInstancesThatNeverRan(catalog::Catalog &db, QList<catalog::InstanceRow> &rows)
{
    QSet<QString> inError;
    for (const catalog::InstanceRow &row : std::as_const(rows)) {
        if (row.status == catalog::InstanceStatus::Error)
            inError.insert(row.id);
    }
    if (inError.isEmpty())
        return {};
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return makeError(jobs.error());
    QSet<QString> broughtUp;
    for (const catalog::Job &job : jobs.value()) {
        if (inError.contains(job.targetId) && bringsUpInstance(job.kind) && job.state == catalog::JobState::Succeeded)
            broughtUp.insert(job.targetId);
    }
    for (catalog::InstanceRow &row : rows) {
        if (row.status != catalog::InstanceStatus::Error || broughtUp.contains(row.id))
            continue;
        const Result<bool> running = wasEverRunning(db, row.id);
        if (!running.ok())
            return makeError(running.error());
        row.neverRan = !running.value();
    }
    return {};
}

Status checkRetry(const catalog::CatalogConfig &config, const catalog::Instance &instance)
{
    if (const Status allowed = checkAction(instance, Action::Retry); !allowed.ok())
        return allowed;
    const Result<bool> ranBefore = hasRun(config, instance.id);
    if (!ranBefore.ok())
        return makeError(ranBefore.error());
    if (ranBefore.value())
        return makeError(onceRanMessage(instance));
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened.ok())
        return makeError(opened.error());
    const Result<QString> running = earlierLiveCreate(*opened.value(), instance.id, QString());
    if (!running.ok())
        return makeError(running.error());
    if (!running->isEmpty())
        return makeError(tr("Cannot retry instance %1: job %2 is creating it now. Follow it with 'saasodoo job show "
                            "%2'.")
                             .arg(instance.name, running.value()));
    return {};
}

QStringList createSteps()
{
    return { stepValidate, stepDatabase, stepVolume, stepInit, stepAdmin, stepServer, stepHealth };
}

QStringList actionSteps(const QString &jobKind)
{
    const QString recreate = QStringLiteral("Recreate the container");
    const QString wait = QStringLiteral("Wait for Odoo to answer");
    if (jobKind == QLatin1String("instance.start") || jobKind == QLatin1String("instance.resume"))
        return { recreate, QStringLiteral("Start the container"), wait };
    if (jobKind == QLatin1String("instance.restart"))
        return { recreate, QStringLiteral("Restart the container"), wait };
    if (jobKind == QLatin1String("instance.stop") || jobKind == QLatin1String("instance.suspend"))
        return { QStringLiteral("Stop the container") };
    if (jobKind == QLatin1String("instance.set-limits"))
        return { QStringLiteral("Check the new limits"), QStringLiteral("Change the container's limits"),
            QStringLiteral("Rewrite the Odoo configuration"), QStringLiteral("Apply the new settings to Odoo"),
            QStringLiteral("Put the previous limits back") };
    if (jobKind == QLatin1String("instance.set-env"))
        return { QStringLiteral("Recreate the container with the new variables"),
            QStringLiteral("Put the previous variables back") };
    if (jobKind == QLatin1String("instance.update"))
        return { QStringLiteral("Stop the server"), QStringLiteral("Update the modules"),
            QStringLiteral("Start the server") };
    return {};
}

QStringList removeSteps()
{
    return { stepRemoveContainer, stepRemoveVolume, stepDropDatabase, stepRemoveSecrets };
}

QStringList cleanUpSteps(const QString &jobKind)
{
    if (jobKind == QLatin1String("instance.create"))
        return { stepCheckInstance, stepRemoveLeftovers, stepDropDatabase, stepRemoveSecrets };
    if (jobKind == QLatin1String("instance.set-limits"))
        return { stepCheckInstance, stepRemoveLeftovers, stepApplyLimits };
    if (jobKind == QLatin1String("instance.set-env"))
        return { stepCheckInstance, stepRemoveLeftovers, stepRecreateFromCatalog };
    return { stepCheckInstance, stepRemoveLeftovers };
}

Provisioner::Provisioner(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, ProvisionerOptions options)
    : m_catalog(std::move(catalog))
    , m_secrets(secrets)
    , m_options(std::move(options))
{
}

Status Provisioner::create(jobs::JobContext &context, const QString &instanceId)
{
    // The token reaches only the long waits (init run, health check, RPC).
    // Short engine calls such as create and start always run to completion
    // and cancellation is checked between them: a create cut short on the
    // client side may still take effect on the engine after the clean-up
    // has looked for it.
    const CancellationToken &token = context.token();
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    // --- validate ---------------------------------------------------------
    context.beginStep(stepValidate);
    Result<catalog::Instance> loaded = db.instance(instanceId);
    if (!loaded.ok())
        return makeError(loaded.error());
    catalog::Instance instance = loaded.value();
    if (instance.status != catalog::InstanceStatus::Creating && instance.status != catalog::InstanceStatus::Error)
        return makeError(tr("Instance %1 is %2; only a new instance or one whose creation failed can be created.")
                             .arg(instance.name, statusPhrase(instance.status)));
    // Checked before anything changes, so the instance keeps its status
    // and message.
    const Result<bool> ranBefore = instanceHasRun(db, instance.id);
    if (!ranBefore.ok())
        return makeError(ranBefore.error());
    if (ranBefore.value())
        return makeError(onceRanMessage(instance));
    // Two creates of one instance started together (two retries, or a
    // retry beside a resume) must not both run, so only the earlier job
    // goes on. It claims the instance with one conditional UPDATE on the
    // row version read above, which fails when another job changed it.
    const Result<QString> earlier = earlierLiveCreate(db, instance.id, context.jobId());
    if (!earlier.ok())
        return makeError(earlier.error());
    if (!earlier->isEmpty())
        return makeError(tr("Instance %1 is being created by job %2, so this job stopped without a change. Follow "
                            "it with 'saasodoo job show %2'.")
                             .arg(instance.name, earlier.value()));
    // A later job whose row was written after the check above may have
    // claimed the instance already: its claim names it in the status
    // message, and a claim by a live job is not taken over.
    static const QRegularExpression claimMarker(QStringLiteral("\\(job ([0-9a-f-]{36})\\)"));
    if (const QRegularExpressionMatch marker = claimMarker.match(instance.statusMessage);
        instance.status == catalog::InstanceStatus::Creating && marker.hasMatch()
        && marker.captured(1) != context.jobId()) {
        const Result<catalog::Job> claimer = db.job(marker.captured(1));
        if (claimer.ok()
            && (claimer->state == catalog::JobState::Running || claimer->state == catalog::JobState::Queued)
            && jobs::ownerLiveness(claimer->owner) != jobs::OwnerLiveness::Dead)
            return makeError(tr("Instance %1 is being created by job %2, so this job stopped without a change. "
                                "Follow it with 'saasodoo job show %2'.")
                                 .arg(instance.name, claimer->id));
    }
    const Result<catalog::Instance> claimed = db.setInstanceStatus(instance.id, instance.rowVersion,
        catalog::InstanceStatus::Creating, tr("Creating (job %1).").arg(context.jobId()));
    if (!claimed.ok())
        return makeError(tr("Instance %1 changed while this job started, so it stopped without a change: %2 Check "
                            "it with 'saasodoo instance show %1'.")
                             .arg(instance.name, claimed.error()));
    instance = claimed.value();
    // A request rejected before anything exists goes to error with the
    // reason, so that it neither stays "creating" nor looks in progress.
    auto reject = [&](const QString &reason) -> Status {
        const QString message = tr("Step \"%1\" failed: %2").arg(stepValidate, reason);
        context.error(message);
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current.ok()) {
            const auto saved
                = db.setInstanceStatus(instanceId, current->rowVersion, catalog::InstanceStatus::Error, message);
            if (!saved.ok())
                context.warning(tr("Could not record the failure on the instance: %1").arg(saved.error()));
        }
        return makeError(message);
    };
    const Result<catalog::Tenant> tenant = db.tenant(instance.tenantId);
    if (!tenant.ok())
        return reject(tenant.error());
    if (const Status limits = billing::checkPlanLimits(db, instance); !limits.ok())
        return reject(limits.error());
    // The catalog rejects such a record since this rule exists; an older one
    // can still be stopped and deleted, but not created.
    if (const Status modules = catalog::validateModuleConflict(instance.customAddons, instance.disabledModules);
        !modules.ok())
        return reject(modules.error());
    const Result<catalog::Host> hostRecord = db.host(instance.hostId);
    if (!hostRecord.ok())
        return reject(hostRecord.error());
    const catalog::Host host = hostRecord.value();
    const Result<InstancePlan> planned = planInstance(instance, tenant.value(), host, hostNetwork(host, m_options.network));
    if (!planned.ok())
        return reject(planned.error());
    const InstancePlan plan = planned.value();
    context.info(tr("Instance %1 on host %2: database %3, image %4, %5 workers.")
                     .arg(instance.name, host.name, plan.databaseName, plan.image)
                     .arg(plan.workers));

    Result<docker::ClientOptions> clientOptions = dockerClientOptions(host, m_secrets);
    if (!clientOptions.ok())
        return reject(clientOptions.error());
    clientOptions.value().requestTimeout = m_options.engineRequestTimeout;
    const docker::Endpoint endpoint = dockerEndpoint(host);
    docker::DockerClient client(endpoint, clientOptions.value());

    Made made;
    QString failedStep = stepValidate;
    QString containerLog;

    // Records the failure on the instance after undoing what this run made.
    auto fail = [&](const QString &reason) -> Status {
        context.error(tr("Step \"%1\" failed: %2").arg(failedStep, reason));
        context.info(tr("Removing what this run created."));
        // Logs why an object stays, once per object and error text, so
        // that the retries below do not repeat the same line.
        QHash<QString, QString> lastRemovalError;
        auto leave = [&](QStringList &left, const QString &object, const QString &error) {
            left << object;
            if (lastRemovalError.value(object) == error)
                return;
            lastRemovalError.insert(object, error);
            context.warning(tr("Rollback on host %1: %2").arg(host.name, error));
        };
        // Only what this run made goes: the ids the engine returned, by
        // name the containers and the volume whose ledger row this job
        // wrote before sending the create call, and the containers that
        // carry this job's label. A call cut short may take effect without
        // returning an id, even after a lookup by name found nothing (an
        // engine that stalled runs its queued calls when it resumes), so
        // every pass lists the job's label again. A container or volume
        // that only carries the instance's label stays, because another
        // job (an earlier create, a restore) may have made it with data in
        // it. Returns what could not be removed.
        auto removeFromEngine = [&]() -> QStringList {
            QStringList left;
            // The ids the engine returned are this job's. A name from the
            // ledger is checked against its row, because the name may be
            // in use by a container this job never made.
            QList<std::pair<QString, std::optional<InstanceObject>>> containers;
            for (const QString &id : { made.initContainer, made.serverContainer }) {
                if (!id.isEmpty())
                    containers.append({ id, std::nullopt });
            }
            docker::ContainerListOptions labelledForJob;
            labelledForJob.labels = { QLatin1String(labelInstance) + u'=' + instance.id,
                QLatin1String(labelJob) + u'=' + context.jobId() };
            const auto labelled = client.listContainers(labelledForJob);
            if (!labelled.ok()) {
                leave(left, tr("containers labelled for job %1").arg(context.jobId()), labelled.error());
            } else {
                for (const docker::ContainerSummary &summary : labelled.value())
                    containers.append({ summary.names.value(0, summary.id), std::nullopt });
            }
            const Result<QList<InstanceObject>> recorded
                = jobObjects(db, instance.id, context.jobId(), ObjectKind::Container);
            if (!recorded.ok()) {
                leave(left, tr("containers recorded for job %1").arg(context.jobId()), recorded.error());
            } else {
                for (const InstanceObject &object : recorded.value())
                    containers.append({ object.name, object });
            }
            for (const auto &[name, row] : std::as_const(containers)) {
                const auto existing = client.inspectContainer(name);
                if (!existing.ok()) {
                    if (!existing.dockerError().isNotFound())
                        leave(left, tr("container %1").arg(name), existing.error());
                    else if (row)
                        markObjectRemoved(db, instance.id, ObjectKind::Container, name, context.jobId());
                    continue;
                }
                if (existing->labels.value(QLatin1String(labelInstance)) != instance.id)
                    continue;
                if (row && !madeByRecordedJob(existing.value(), row.value())) {
                    context.warning(tr("Left container %1 alone: job %2 did not create it.").arg(name, context.jobId()));
                    forgetObject(db, row->id);
                    continue;
                }
                const docker::DockerStatus removed
                    = client.removeContainer(existing->id, docker::RemoveContainerOptions { true, true });
                if (!removed.ok() && !removed.dockerError().isNotFound())
                    leave(left, tr("container %1").arg(name), removed.error());
                else
                    markObjectRemoved(db, instance.id, ObjectKind::Container, name, context.jobId());
            }
            bool ownVolume = made.volume;
            if (!ownVolume) {
                const Result<QList<InstanceObject>> volumes
                    = jobObjects(db, instance.id, context.jobId(), ObjectKind::Volume);
                if (!volumes.ok()) {
                    leave(left, tr("volume %1").arg(plan.volumeName), volumes.error());
                } else {
                    for (const InstanceObject &object : volumes.value())
                        ownVolume = ownVolume || object.name == plan.volumeName;
                }
                if (ownVolume) {
                    const auto existing = client.inspectVolume(plan.volumeName);
                    if (existing.ok())
                        ownVolume = existing->labels.value(QLatin1String(labelInstance)) == instance.id
                            && existing->labels.value(QLatin1String(labelJob)) == context.jobId();
                    else if (!existing.dockerError().isNotFound())
                        leave(left, tr("volume %1").arg(plan.volumeName), existing.error());
                }
            }
            if (ownVolume) {
                const docker::DockerStatus removed = client.removeVolume(plan.volumeName, true);
                if (!removed.ok() && !removed.dockerError().isNotFound())
                    leave(left, tr("volume %1").arg(plan.volumeName), removed.error());
            }
            return left;
        };
        // An engine that stopped mid-way may be restarting, so removal is
        // tried again until cleanupRetry runs out.
        QStringList leftOnEngine = removeFromEngine();
        const QDeadlineTimer retryUntil(
            std::chrono::duration_cast<std::chrono::milliseconds>(m_options.cleanupRetry));
        while (!leftOnEngine.isEmpty() && !retryUntil.hasExpired()) {
            context.warning(tr("Could not remove %1 on host %2 yet; trying again.")
                                .arg(leftOnEngine.join(QStringLiteral(", ")), host.name));
            QThread::sleep(2);
            leftOnEngine = removeFromEngine();
        }
        QString leftOnPostgres;
        if (made.role || made.database) {
            const Result<QString> adminPassword = readSecret(m_secrets, pgPasswordKey(host));
            const postgres::PgEndpoint pgEndpoint { host.pgHost, host.pgPort, host.pgAdminUser };
            auto connection = adminPassword.ok() ? postgres::PgConnection::open(pgEndpoint, adminPassword.value())
                                                 : Result<postgres::PgConnection>(makeError(adminPassword.error()));
            const Status dropped = connection.ok()
                ? postgres::dropInstanceDatabase(connection.value(),
                      { made.role ? plan.roleName : QString(), made.database ? plan.databaseName : QString() })
                : Status(makeError(connection.error()));
            if (!dropped.ok()) {
                context.warning(tr("Could not drop database %1 and role %2: %3")
                                    .arg(plan.databaseName, plan.roleName, dropped.error()));
                leftOnPostgres = tr("database %1 and role %2 on %3").arg(plan.databaseName, plan.roleName, pgEndpoint.display());
            } else {
                markObjectRemoved(db, instance.id, ObjectKind::Database, plan.databaseName, context.jobId());
                markObjectRemoved(db, instance.id, ObjectKind::Role, plan.roleName, context.jobId());
            }
        }
        for (const QString &key : std::as_const(made.secretKeys)) {
            QFuture<Status> removed = m_secrets->remove(key);
            removed.waitForFinished();
            markObjectRemoved(db, instance.id, ObjectKind::Secret, key, context.jobId());
        }
        if (leftOnEngine.isEmpty()) {
            markObjectRemoved(db, instance.id, ObjectKind::Volume, plan.volumeName, context.jobId());
            const Result<QList<InstanceObject>> networks
                = jobObjects(db, instance.id, context.jobId(), ObjectKind::Network);
            for (const InstanceObject &row : networks.ok() ? networks.value() : QList<InstanceObject> {})
                removeOwnNetwork(context, client, db, instance.id, row);
        }

        QString message = tr("Step \"%1\" failed: %2").arg(failedStep, reason);
        if (!containerLog.isEmpty())
            message += u'\n' + tr("Last container log lines:") + u'\n' + containerLog;
        if (!leftOnEngine.isEmpty()) {
            leftOnEngine.removeDuplicates();
            message += u'\n'
                + tr("Left on host %1 after trying to remove them for %2 s: %3. The job log has each error. "
                     "Remove them with 'saasodoo instance delete %4 --yes' once the engine answers.")
                      .arg(host.name)
                      .arg(m_options.cleanupRetry.count())
                      .arg(leftOnEngine.join(QStringLiteral(", ")), instance.name);
        }
        if (!leftOnPostgres.isEmpty()) {
            message += u'\n'
                + tr("Left %1, which PostgreSQL did not let this job drop. 'saasodoo instance retry %2' drops "
                     "them before it creates them again, and 'saasodoo instance delete %2 --yes' drops them too.")
                      .arg(leftOnPostgres, instance.name);
        }
        // The instance never ran (checked before anything was made), so
        // its published port is released for other instances.
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current.ok()) {
            catalog::Instance failed = current.value();
            failed.status = catalog::InstanceStatus::Error;
            failed.statusMessage = message;
            failed.publishedPort = 0;
            failed.containerId.clear();
            const auto saved = db.updateInstance(failed);
            if (!saved.ok())
                context.warning(tr("Could not record the failure on the instance: %1").arg(saved.error()));
        }
        return makeError(message);
    };

    const docker::DockerResult<QString> version = client.negotiateApiVersion();
    if (!version.ok())
        return fail(version.error());
    const docker::DockerResult<bool> imagePresent = client.imageExists(plan.image);
    if (!imagePresent.ok())
        return fail(imagePresent.error());
    if (!imagePresent.value())
        return fail(tr("Image %1 is not on host %2. Pull or build it there first (docker pull %1).")
                        .arg(plan.image, host.name));
    const Result<HostCapacity> capacity = measureHost(db, host, m_secrets, instance.id);
    if (!capacity.ok())
        return fail(capacity.error());
    if (Status fits = checkCapacity(capacity.value(), instance.cpuLimit, instance.memoryLimitBytes); !fits.ok())
        return fail(fits.error());

    // Ports taken by other instances on this host, from the catalog: the
    // published port, and the next one for the websocket port of an
    // instance with workers. A port that another program uses shows up as
    // a start failure, and the next candidate is tried. Checked here so
    // that a full range fails before anything is made.
    const Result<QList<int>> free = freePorts(db, host, plan.workers, instance.id);
    if (!free.ok())
        return fail(free.error());
    QList<int> candidates = free.value();
    const bool fixedRange = candidates != QList<int> { 0 };
    if (candidates.isEmpty())
        return reject(rangeFull(host));
    // The first free port is written on the instance now, so that a create
    // running beside this one skips it, or fails on the catalog's unique
    // port index and takes the next. Of two creates for the last port, the
    // later one is rejected here, before anything is made.
    if (fixedRange) {
        const Result<int> reserved = reservePort(db, host, plan.workers, instanceId, candidates);
        if (!reserved.ok())
            return fail(reserved.error());
        if (reserved.value() == 0)
            return reject(rangeFull(host));
        candidates.remove(0, candidates.indexOf(reserved.value()));
    }

    // --- database and role ------------------------------------------------
    failedStep = stepDatabase;
    context.beginStep(stepDatabase);
    if (Status cancelled = context.checkCancelled(); !cancelled.ok())
        return fail(cancelled.error());
    const Result<QString> pgPassword = readSecret(m_secrets, pgPasswordKey(host));
    if (!pgPassword.ok())
        return fail(tr("The PostgreSQL password of host %1 is not available: %2").arg(host.name, pgPassword.error()));
    const postgres::PgEndpoint pgEndpoint { host.pgHost, host.pgPort, host.pgAdminUser };
    Result<postgres::PgConnection> pg = postgres::PgConnection::open(pgEndpoint, pgPassword.value());
    if (!pg.ok())
        return fail(pg.error());
    const Result<postgres::ConsoleRoleCheck> roleCheck
        = postgres::checkConsoleRole(pg.value(), host.allowSuperuserOverride);
    if (!roleCheck.ok())
        return fail(roleCheck.error());
    for (const QString &warning : roleCheck->warnings)
        context.warning(warning);

    const QString dbPasswordKey = secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password"));
    const QString adminPasswordKey = secrets::SecretStore::instanceKey(instance.id, QStringLiteral("admin-password"));
    const QString masterPasswordKey = secrets::SecretStore::instanceKey(instance.id, QStringLiteral("master-password"));
    // The keychain stores the secrets while PostgreSQL creates the database;
    // both have to succeed before the init run uses the password. An entry
    // that exists already (left by an interrupted run) is used as it is:
    // this run neither overwrites it nor removes it on failure.
    const QString jobId = context.jobId();
    const QString pgServer = pgServerLocation(host);
    QList<QFuture<Status>> storing;
    auto secretFor = [&](const QString &key, int bits) -> Result<QString> {
        const Result<QString> existing = readSecret(m_secrets, key);
        if (existing.ok() && !existing->isEmpty()) {
            context.info(tr("Using the keychain entry %1 that already exists.").arg(key));
            return existing.value();
        }
        const QString value = secrets::generateSecret(bits);
        if (const Result<QString> recorded = recordObject(db, instance.id, jobId, ObjectKind::Secret, key, {});
            !recorded.ok())
            return makeError(recorded.error());
        storing << m_secrets->write(key, value);
        made.secretKeys << key;
        return value;
    };
    const Result<QString> dbPassword = secretFor(dbPasswordKey, 192);
    if (!dbPassword.ok())
        return fail(dbPassword.error());
    const Result<QString> adminPasswordValue = secretFor(adminPasswordKey, 128);
    if (!adminPasswordValue.ok())
        return fail(adminPasswordValue.error());
    const QString adminPassword = adminPasswordValue.value();
    const Result<QString> masterPasswordValue = secretFor(masterPasswordKey, 192);
    if (!masterPasswordValue.ok())
        return fail(masterPasswordValue.error());
    const QString masterPassword = masterPasswordValue.value();

    // The ledger gets the role and the database only once neither exists,
    // and before CREATE is sent, so that a process killed in between still
    // leaves a row for the clean-up. The clean-up drops an object only when
    // its comment names this job, which CREATE sets.
    // A database and role that an earlier create of this instance made and
    // could not drop (PostgreSQL was down during its rollback) go first:
    // the ledger lists them and their comment names that job. The instance
    // never ran (checked above), so they contain no customer data.
    if (postgres::databaseExists(pg.value(), plan.databaseName) || postgres::roleExists(pg.value(), plan.roleName)) {
        const Status dropped = dropOwnDatabase(context, db, pg.value(), instance, host, plan, true);
        if (!dropped.ok())
            return fail(tr("Could not drop database %1 and role %2 left over by an earlier job: %3")
                            .arg(plan.databaseName, plan.roleName, dropped.error()));
    }
    if (postgres::databaseExists(pg.value(), plan.databaseName))
        return fail(tr("A database named %1 already exists on %2. Choose another database name, or restore into "
                       "the existing one explicitly.")
                        .arg(plan.databaseName, pgEndpoint.display()));
    if (postgres::roleExists(pg.value(), plan.roleName))
        return fail(tr("A role named %1 already exists on %2; it may belong to another instance.")
                        .arg(plan.roleName, pgEndpoint.display()));
    const Result<QString> roleRow = recordObject(db, instance.id, jobId, ObjectKind::Role, plan.roleName, pgServer);
    if (!roleRow.ok())
        return fail(roleRow.error());
    const Result<QString> databaseRow
        = recordObject(db, instance.id, jobId, ObjectKind::Database, plan.databaseName, pgServer);
    if (!databaseRow.ok())
        return fail(databaseRow.error());
    postgres::CreatedObjects createdObjects;
    const Status databaseCreated = postgres::createInstanceDatabase(pg.value(),
        { plan.roleName, plan.databaseName }, dbPassword.value(), &createdObjects, creatorComment(jobId));
    made.role = createdObjects.role;
    made.database = createdObjects.database;
    if (!made.role)
        forgetObject(db, roleRow.value());
    if (!made.database)
        forgetObject(db, databaseRow.value());
    if (!databaseCreated.ok())
        return fail(databaseCreated.error());
    for (QFuture<Status> &stored : storing) {
        stored.waitForFinished();
        if (!stored.result().ok())
            return fail(stored.result().error());
    }
    context.info(tr("Created role %1 and database %2; only that role may connect to it.")
                     .arg(plan.roleName, plan.databaseName));

    // --- volume and network -----------------------------------------------
    failedStep = stepVolume;
    context.beginStep(stepVolume);
    if (Status cancelled = context.checkCancelled(); !cancelled.ok())
        return fail(cancelled.error());
    // Makes the host's network when it is missing, labelled with this job.
    auto ensureNetwork = [&]() -> Status {
        const docker::DockerResult<docker::NetworkInfo> network = client.inspectNetwork(plan.network);
        if (network.ok())
            return {};
        if (!network.dockerError().isNotFound())
            return makeError(network.error());
        docker::NetworkSpec spec;
        spec.name = plan.network;
        spec.labels.insert(QLatin1String(labelManaged), QStringLiteral("true"));
        spec.labels.insert(QLatin1String(labelJob), jobId);
        const Result<QString> networkRow
            = recordObject(db, instance.id, jobId, ObjectKind::Network, plan.network, host.id);
        if (!networkRow.ok())
            return makeError(networkRow.error());
        const docker::DockerResult<QString> createdNetwork = client.createNetwork(spec);
        if (!createdNetwork.ok()) {
            forgetRejectedCreate(db, networkRow.value(), createdNetwork.dockerError());
            return makeError(createdNetwork.error());
        }
        context.info(tr("Created network %1.").arg(plan.network));
        return {};
    };
    // The clean-up of another create on this host may remove the network
    // between the check above and the moment the first container of this job
    // attaches. Then the network is made again once and the call repeated.
    auto retryOnMissingNetwork = [&](const docker::DockerError &error) -> bool {
        const bool missingNetwork
            = error.isNotFound() && error.engineMessage.contains(QLatin1String("network"), Qt::CaseInsensitive);
        if (!missingNetwork)
            return false;
        context.warning(tr("Network %1 was removed while this job was using it; making it again.").arg(plan.network));
        return ensureNetwork().ok();
    };
    if (Status network = ensureNetwork(); !network.ok())
        return fail(network.error());
    // Containers that an earlier create of this instance made and could not
    // remove (the engine was down during its rollback) go first: they hold
    // the names this job needs, and a leftover init container keeps the
    // leftover volume in use.
    const Result<QList<InstanceObject>> earlierRows = liveObjects(db, instance.id);
    if (!earlierRows.ok())
        return fail(earlierRows.error());
    if (const Status removed = removeLeftoverContainers(client, db, instance, earlierRows.value()); !removed.ok())
        return fail(tr("Could not remove a container left over by an earlier job: %1").arg(removed.error()));
    // Creating a volume whose name exists returns the existing one, so check
    // who owns it first: another instance's data must never be reused.
    const docker::DockerResult<docker::VolumeInfo> existingVolume = client.inspectVolume(plan.volumeName);
    if (existingVolume.ok()) {
        const QString owner = existingVolume->labels.value(QLatin1String(labelInstance));
        if (owner != instance.id)
            return fail(tr("Volume %1 already exists on host %2 and belongs to %3. Remove or rename it first.")
                            .arg(plan.volumeName, host.name,
                                owner.isEmpty() ? tr("something else") : tr("instance %1").arg(owner)));
        // A leftover of an earlier create of this instance that failed or
        // was cut off goes only when the ledger lists it as made by a job.
        // The instance has never run (checked above), so it contains no data.
        const Result<QList<InstanceObject>> recorded = liveObjects(db, instance.id);
        if (!recorded.ok())
            return fail(recorded.error());
        bool leftover = false;
        for (const InstanceObject &object : recorded.value())
            leftover = leftover || (object.kind == ObjectKind::Volume && object.name == plan.volumeName);
        if (!leftover)
            return fail(tr("Volume %1 already exists on host %2 with this instance's label, but no job of the "
                           "instance recorded creating it, so it may hold data. Check it, and remove it "
                           "(docker volume rm %1) only if it is a leftover.")
                            .arg(plan.volumeName, host.name));
        const docker::DockerStatus removed = client.removeVolume(plan.volumeName, true);
        if (!removed.ok())
            return fail(removed.error());
        markObjectRemoved(db, instance.id, ObjectKind::Volume, plan.volumeName);
    }
    docker::VolumeSpec volumeSpec;
    volumeSpec.name = plan.volumeName;
    volumeSpec.labels = plan.labels;
    volumeSpec.labels.insert(QLatin1String(labelJob), jobId);
    const Result<QString> volumeRow
        = recordObject(db, instance.id, jobId, ObjectKind::Volume, plan.volumeName, host.id);
    if (!volumeRow.ok())
        return fail(volumeRow.error());
    const docker::DockerResult<docker::VolumeInfo> volume = client.createVolume(volumeSpec);
    if (!volume.ok()) {
        forgetRejectedCreate(db, volumeRow.value(), volume.dockerError());
        return fail(volume.error());
    }
    made.volume = true;

    // --- init run ---------------------------------------------------------
    failedStep = stepInit;
    context.beginStep(stepInit);
    const Result<QString> initRow
        = recordObject(db, instance.id, jobId, ObjectKind::Container, plan.initContainerName, host.id);
    if (!initRow.ok())
        return fail(initRow.error());
    docker::ContainerSpec initSpec = initContainerSpec(plan);
    initSpec.labels.insert(QLatin1String(labelJob), jobId);
    docker::DockerResult<docker::ContainerCreated> initContainer = client.createContainer(initSpec);
    if (!initContainer.ok() && retryOnMissingNetwork(initContainer.dockerError()))
        initContainer = client.createContainer(initSpec);
    if (!initContainer.ok()) {
        forgetRejectedCreate(db, initRow.value(), initContainer.dockerError());
        return fail(initContainer.error());
    }
    made.initContainer = initContainer->id;

    const Status configWritten = uploadOdooConfig(
        client, made.initContainer, instanceOdooConfig(host, plan, dbPassword.value(), masterPassword));
    if (!configWritten.ok())
        return fail(configWritten.error());

    if (Status cancelled = context.checkCancelled(); !cancelled.ok())
        return fail(cancelled.error());
    docker::DockerStatus initStarted = client.startContainer(made.initContainer);
    if (!initStarted.ok() && retryOnMissingNetwork(initStarted.dockerError()))
        initStarted = client.startContainer(made.initContainer);
    if (!initStarted.ok())
        return fail(initStarted.error());
    context.info(tr("Running: %1").arg(plan.initCommand.join(u' ')));

    // The wait call has no limit of its own: a watchdog cancels it.
    CancellationToken initWait;
    std::atomic_bool initTimedOut { false };
    QThread *watchdog = QThread::create([&] {
        const QDeadlineTimer deadline(std::chrono::duration_cast<std::chrono::milliseconds>(m_options.initTimeout));
        while (!deadline.hasExpired() && !initWait.isCancelled()) {
            if (token.isCancelled())
                break;
            QThread::msleep(100);
        }
        if (!initWait.isCancelled()) {
            initTimedOut = !token.isCancelled();
            initWait.cancel();
        }
    });
    watchdog->start();
    const docker::DockerResult<docker::WaitResult> initExit = client.waitContainer(made.initContainer,
        docker::WaitCondition::NotRunning, initWait);
    initWait.cancel();
    watchdog->wait();
    delete watchdog;
    containerLog = lastLogLines(client, made.initContainer, 20);
    if (token.isCancelled())
        return fail(tr("Cancelled by the admin."));
    if (initTimedOut)
        return fail(tr("Odoo's database initialisation (%1) did not finish within the init timeout of %2 s, so it "
                       "was stopped. Check the log lines below; if the modules only need longer, retry with a "
                       "larger --init-timeout.")
                        .arg(plan.initCommand.join(u' '))
                        .arg(m_options.initTimeout.count()));
    if (!initExit.ok())
        return fail(initExit.error());
    if (initExit->statusCode != 0) {
        // Exit code 137 means SIGKILL from anyone. Only the engine's
        // OOMKilled flag shows that the kernel killed it for memory.
        const docker::DockerResult<docker::ContainerInfo> initState = client.inspectContainer(made.initContainer);
        if (initState.ok() && initState->state.oomKilled) {
            QString reason = tr("Odoo's database initialisation ran out of memory: the kernel killed it at the "
                                "instance's memory limit of %1 MiB (exit code %2). Create the instance with a "
                                "larger --memory.")
                                 .arg(instance.memoryLimitBytes / (1024 * 1024))
                                 .arg(initExit->statusCode);
            if (containerLog.isEmpty())
                reason += u' ' + tr("The run wrote no log lines before it was killed.");
            return fail(reason);
        }
        return fail(tr("Odoo's database initialisation exited with code %1.").arg(initExit->statusCode));
    }
    if (const Status modules = checkInitialisedModules(
            { host.pgHost, host.pgPort, plan.roleName }, plan.databaseName, dbPassword.value(), instance, plan.image);
        !modules.ok())
        return fail(modules.error());
    if (client.removeContainer(made.initContainer, docker::RemoveContainerOptions { true, true }).ok())
        markObjectRemoved(db, instance.id, ObjectKind::Container, plan.initContainerName, jobId);
    made.initContainer.clear();
    containerLog.clear();
    context.info(tr("Installed modules: %1").arg(plan.initCommand.at(4)));

    // --- admin login ------------------------------------------------------
    // Set in the database before the server container exists, so its
    // published port never accepts the admin/admin login of a new database.
    failedStep = stepAdmin;
    context.beginStep(stepAdmin);
    if (Status cancelled = context.checkCancelled(); !cancelled.ok())
        return fail(cancelled.error());
    const QString adminLogin = instance.adminEmail.isEmpty() ? QStringLiteral("admin") : instance.adminEmail;
    const Status adminSet = setAdminLogin({ host.pgHost, host.pgPort, plan.roleName }, plan.databaseName, dbPassword.value(),
        adminLogin, hashUserPassword(adminPassword, generatedSecretRounds));
    if (!adminSet.ok())
        return fail(adminSet.error());
    context.info(tr("Admin login set to %1.").arg(adminLogin));

    // --- server container -------------------------------------------------
    failedStep = stepServer;
    context.beginStep(stepServer);
    if (Status cancelled = context.checkCancelled(); !cancelled.ok())
        return fail(cancelled.error());

    // Every free port of the range is tried in turn, so a create fails for
    // lack of a port only when programs outside the catalog hold them all.
    // Each try costs one container create and start, and a cancel ends the
    // search between two tries.
    int publishedPort = 0;
    bool serverExited = false;
    QString lastStartError;
    QList<int> portsTried;
    for (qsizetype attempt = 0; attempt < candidates.size(); ++attempt) {
        const int port = candidates.at(attempt);
        // A later candidate is reserved as the first was, and skipped when
        // another create reserved it since the validation step.
        if (attempt > 0 && port != 0) {
            if (Status cancelled = context.checkCancelled(); !cancelled.ok())
                return fail(cancelled.error());
            const Result<int> reserved = reservePort(db, host, plan.workers, instanceId, { port });
            if (!reserved.ok())
                return fail(reserved.error());
            if (reserved.value() == 0)
                continue;
        }
        const Result<QString> serverRow
            = recordObject(db, instance.id, jobId, ObjectKind::Container, plan.containerName, host.id);
        if (!serverRow.ok())
            return fail(serverRow.error());
        docker::ContainerSpec serverSpec = serverContainerSpec(plan, port ? QString::number(port) : QString());
        serverSpec.labels.insert(QLatin1String(labelJob), jobId);
        const docker::DockerResult<docker::ContainerCreated> server = client.createContainer(serverSpec);
        if (!server.ok()) {
            forgetRejectedCreate(db, serverRow.value(), server.dockerError());
            return fail(server.error());
        }
        made.serverContainer = server->id;
        const docker::DockerStatus started = client.startContainer(made.serverContainer);
        if (started.ok()) {
            const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(made.serverContainer);
            if (!info.ok())
                return fail(info.error());
            const auto bindings = info->ports.value(QStringLiteral("8069/tcp"));
            publishedPort = bindings.isEmpty() ? 0 : bindings.first().hostPort.toInt();
            // A server that exits at once is restarting (the engine then
            // reports it running too) or stopped by the time it is
            // inspected, and has no bindings. The health wait reports that
            // crash with the container's last log lines.
            serverExited = !info->state.running || info->state.restarting;
            if (publishedPort == 0 && serverExited)
                publishedPort = port;
            break;
        }
        lastStartError = started.error();
        client.removeContainer(made.serverContainer, docker::RemoveContainerOptions { true, true });
        markObjectRemoved(db, instance.id, ObjectKind::Container, plan.containerName, jobId);
        made.serverContainer.clear();
        if (!isPortConflict(lastStartError) || port == 0)
            return fail(lastStartError);
        portsTried << port;
        const TakenPort taken = takenPort(lastStartError, port, plan.workers);
        context.warning(tr("Port %1 (%2) on host %3 is in use by a program outside the catalog; trying the next "
                           "free port of the range.")
                            .arg(taken.port)
                            .arg(taken.route, host.name));
    }
    if (made.serverContainer.isEmpty() && fixedRange && isPortConflict(lastStartError)) {
        QStringList tried;
        for (int port : std::as_const(portsTried))
            tried << QString::number(port);
        return fail(tr("No free port in range %1-%2 on host %3: every port that no instance in the catalog uses "
                       "was tried (%4), and programs outside the catalog hold them all. Free a port or widen the "
                       "range with 'saasodoo host edit %3 --ports FIRST-LAST'. Last error: %5")
                        .arg(host.portRangeStart)
                        .arg(host.portRangeEnd)
                        .arg(host.name, tried.join(QStringLiteral(", ")), lastStartError));
    }
    if (made.serverContainer.isEmpty())
        return fail(lastStartError);
    if (publishedPort == 0 && !serverExited)
        return fail(tr("The engine reported no published port for 8069."));

    {
        Result<catalog::Instance> current = db.instance(instanceId);
        if (!current.ok())
            return fail(current.error());
        catalog::Instance update = current.value();
        update.containerId = made.serverContainer;
        update.publishedPort = publishedPort;
        update.status = catalog::InstanceStatus::Starting;
        update.statusMessage = tr("Waiting for Odoo to answer (job %1).").arg(jobId);
        const Result<catalog::Instance> saved = db.updateInstance(update);
        if (!saved.ok())
            return fail(saved.error());
    }

    // --- health -----------------------------------------------------------
    failedStep = stepHealth;
    context.beginStep(stepHealth);
    const QString baseUrl = QStringLiteral("http://%1:%2").arg(publishedAddress(endpoint)).arg(publishedPort);
    const Status healthy
        = waitForHealth(client, baseUrl, made.serverContainer, m_options.healthTimeout, token, &containerLog, 0);
    if (!healthy.ok())
        return fail(healthy.error());
    context.info(tr("Odoo answers at %1.").arg(baseUrl));

    Result<catalog::Instance> current = db.instance(instanceId);
    if (!current.ok())
        return fail(current.error());
    // *.localhost names a developer machine without a proxy in front: the
    // published port is the way in there.
    const bool proxied = !plan.publicHost.isEmpty() && !plan.publicHost.endsWith(QLatin1String(".localhost"));
    const QString url = proxied ? QStringLiteral("https://%1/").arg(plan.publicHost) : baseUrl + u'/';
    const auto running = db.setInstanceStatus(instanceId, current->rowVersion, catalog::InstanceStatus::Running,
        tr("Running at %1").arg(url));
    if (!running.ok())
        return fail(running.error());
    closeSupersededJobs(context, db, instanceId, context.jobId());
    context.info(tr("Instance %1 is running at %2. Admin login: %3 (password in the keychain under %4).")
                     .arg(instance.name, url, adminLogin, adminPasswordKey));
    return {};
}

Status Provisioner::remove(jobs::JobContext &context, const QString &instanceId,
    const std::function<Status(jobs::JobContext &)> &finalBackup)
{
    // A delete that starts after its job was cancelled is that job's
    // rollback (a restore as a new instance removes its instance so), and
    // it runs to the end instead of stopping at its first engine call.
    const CancellationToken token = context.isCancelled() ? CancellationToken() : context.token();
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    // With a final backup, the backup's own steps come first and the checks
    // below run before them.
    if (!finalBackup)
        context.beginStep(stepRemoveContainer);
    Result<catalog::Instance> loaded = db.instance(instanceId);
    if (!loaded.ok())
        return makeError(loaded.error());
    const catalog::Instance instance = loaded.value();
    if (const Status allowed = checkActionWithJobs(db, instance, Action::Delete, context.jobId()); !allowed.ok())
        return allowed;
    const Result<catalog::Tenant> tenant = db.tenant(instance.tenantId);
    const Result<catalog::Host> host = db.host(instance.hostId);
    if (!tenant.ok() || !host.ok())
        return makeError(tenant.ok() ? host.error() : tenant.error());
    const Result<InstancePlan> plan = planInstance(instance, tenant.value(), host.value(), hostNetwork(host.value(), m_options.network));
    if (!plan.ok())
        return makeError(plan.error());

    // Every secret the delete needs is read, and PostgreSQL reached, before
    // anything is removed: a locked keychain or a missing entry must not
    // leave an instance without a container but with its database.
    auto stopBeforeChange = [&](const QString &reason) -> Status {
        return makeError(tr("Delete of %1 stopped before any change: %2").arg(instance.name, reason));
    };
    const Result<docker::ClientOptions> clientOptions = dockerClientOptions(host.value(), m_secrets);
    if (!clientOptions.ok())
        return stopBeforeChange(clientOptions.error());
    const Result<QString> pgPassword = readSecret(m_secrets, pgPasswordKey(host.value()));
    if (!pgPassword.ok())
        return stopBeforeChange(tr("the PostgreSQL password of host %1 is not available (%2). Unlock the keychain "
                                   "or store the password with 'saasodoo host set-password %1', then delete again.")
                                    .arg(host->name, pgPassword.error()));
    auto pg = postgres::PgConnection::open({ host->pgHost, host->pgPort, host->pgAdminUser }, pgPassword.value());
    if (!pg.ok())
        return stopBeforeChange(pg.error());
    // The same least-privilege rule as create: a superuser login is used
    // only where the host's override allows it.
    const Result<postgres::ConsoleRoleCheck> roleCheck
        = postgres::checkConsoleRole(pg.value(), host->allowSuperuserOverride);
    if (!roleCheck.ok())
        return stopBeforeChange(roleCheck.error());
    const Result<QList<InstanceObject>> objects = liveObjects(db, instance.id);
    if (!objects.ok())
        return stopBeforeChange(objects.error());
    // DROP ROLE fails while the role owns any database. The copies that an
    // in-place restore keeps ("<db>_old_<time>") belong to the instance and
    // are dropped with it. Any other database stops the delete here, before
    // anything is removed.
    const Result<QString> sharing = otherInstanceWithDatabase(db, instance, host.value());
    if (!sharing.ok())
        return stopBeforeChange(sharing.error());
    OwnedDatabases ownedBesides;
    if (sharing->isEmpty()) {
        const Result<OwnedDatabases> owned = databasesOwnedBesides(pg.value(), plan->roleName, plan->databaseName);
        if (!owned.ok())
            return stopBeforeChange(owned.error());
        if (!owned->others.isEmpty())
            return stopBeforeChange(tr("role %1 also owns database(s) %2, which are not this instance's. Drop them "
                                       "or change their owner, then delete again.")
                                        .arg(plan->roleName, owned->others.join(QStringLiteral(", "))));
        ownedBesides = owned.value();
    }

    qint64 rowVersion = instance.rowVersion;
    if (finalBackup) {
        // NOTE: a process killed during the backup leaves the instance
        // "backing up"; 'saasodoo job cleanup' of the delete job then fails
        // because delete is not allowed in that state.
        context.info(tr("Taking a final backup of %1 before anything is removed.").arg(instance.name));
        if (const Status backedUp = finalBackup(context); !backedUp.ok())
            return stopBeforeChange(tr("the final backup failed: %1").arg(backedUp.error()));
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (!current.ok())
            return makeError(current.error());
        if (const Status allowed = checkActionWithJobs(db, current.value(), Action::Delete, context.jobId());
            !allowed.ok())
            return allowed;
        rowVersion = current->rowVersion;
        context.beginStep(stepRemoveContainer);
    }

    const auto deleting = db.setInstanceStatus(instanceId, rowVersion, catalog::InstanceStatus::Deleting,
        tr("Deleting (job %1).").arg(context.jobId()));
    if (!deleting.ok())
        return stopBeforeChange(deleting.error());

    // A failed delete leaves the instance in error, from where it can be
    // deleted again, never stuck in the deleting state.
    auto fail = [&](const QString &reason) -> Status {
        const QString message = tr("Delete failed: %1").arg(reason);
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current.ok())
            db.setInstanceStatus(instanceId, current->rowVersion, catalog::InstanceStatus::Error, message);
        return makeError(message);
    };

    docker::DockerClient client(dockerEndpoint(host.value()), clientOptions.value());
    // Only objects labelled for this instance are removed: a name that some
    // other instance or tool happens to use is left alone.
    QStringList containers { instance.containerId, plan->containerName, plan->initContainerName,
        plan->containerName + QStringLiteral("-update"), asideName(plan.value(), "next"),
        asideName(plan.value(), "previous") };
    for (const InstanceObject &object : objects.value()) {
        if (object.kind == ObjectKind::Container)
            containers << object.name;
    }
    // A helper container that a killed backup or restore left behind mounts
    // the volume, which the engine then refuses to remove. Helpers go first,
    // so that a failure to remove one stops the delete before the server
    // container is gone.
    // NOTE: a container without the instance's label that mounts the volume
    // is not found here, and the volume's removal then fails.
    docker::ContainerListOptions helperFilter;
    helperFilter.labels = { QLatin1String(labelInstance) + u'=' + instance.id,
        QLatin1String(labelRole) + u'=' + QLatin1String(helperRole) };
    const docker::DockerResult<QList<docker::ContainerSummary>> helpers = client.listContainers(helperFilter, token);
    if (!helpers.ok() && neverReachedEngine(helpers.dockerError())) {
        // The first engine call of the delete: nothing was removed, so the
        // instance gets its status back.
        const QString message = tr("Delete of %1 stopped before any change: the Docker engine of host %2 could not "
                                   "be reached: %3")
                                    .arg(instance.name, host->name, helpers.error());
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current.ok())
            db.setInstanceStatus(instanceId, current->rowVersion, instance.status, message);
        return makeError(message);
    }
    if (!helpers.ok())
        return fail(helpers.error());
    for (const docker::ContainerSummary &helper : helpers.value()) {
        context.info(tr("Removing helper container %1, which a backup or restore left behind.")
                         .arg(helper.names.value(0, helper.id.left(12))));
        containers.prepend(helper.id);
    }
    containers.removeDuplicates();
    for (const QString &name : std::as_const(containers)) {
        if (name.isEmpty())
            continue;
        const auto existing = client.inspectContainer(name);
        if (!existing.ok()) {
            if (existing.dockerError().isNotFound())
                continue;
            return fail(existing.error());
        }
        if (existing->labels.value(QLatin1String(labelInstance)) != instance.id) {
            context.warning(tr("Left container %1 alone: it does not belong to this instance.").arg(name));
            continue;
        }
        const docker::DockerStatus removed = client.removeContainer(existing->id, docker::RemoveContainerOptions { true, true }, token);
        if (!removed.ok() && !removed.dockerError().isNotFound())
            return fail(removed.error());
    }
    for (const InstanceObject &object : objects.value()) {
        if (object.kind == ObjectKind::Container)
            markObjectRemoved(db, instance.id, ObjectKind::Container, object.name);
    }
    context.beginStep(stepRemoveVolume);
    const auto volume = client.inspectVolume(plan->volumeName);
    if (volume.ok()) {
        // The label carries the instance's id, which only the console
        // writes, so it proves the volume is this instance's.
        if (volume->labels.value(QLatin1String(labelInstance)) == instance.id) {
            const docker::DockerStatus removed = client.removeVolume(plan->volumeName, true, token);
            if (!removed.ok() && !removed.dockerError().isNotFound())
                return fail(removed.error());
            markObjectRemoved(db, instance.id, ObjectKind::Volume, plan->volumeName);
        } else {
            context.warning(tr("Left volume %1 alone: it does not belong to this instance.").arg(plan->volumeName));
        }
    } else if (!volume.dockerError().isNotFound()) {
        return fail(volume.error());
    }
    removeNetworkAfterDelete(context, client, db, instance, plan->network);

    context.beginStep(stepDropDatabase);
    for (const QString &copy : std::as_const(ownedBesides.restoreCopies)) {
        if (const Status droppedCopy = backup::dropOwnedDatabase(pg.value(), copy, plan->roleName); !droppedCopy.ok())
            return fail(tr("Could not drop database %1, a copy that a restore kept: %2").arg(copy, droppedCopy.error()));
        context.info(tr("Dropped database %1, the copy from before a restore.").arg(copy));
    }
    QStringList leftElsewhere;
    const Status dropped
        = dropOwnDatabase(context, db, pg.value(), instance, host.value(), plan.value(), false, {}, &leftElsewhere);
    if (!dropped.ok())
        return fail(dropped.error());

    context.beginStep(stepRemoveSecrets);
    removeInstanceSecrets(context, db, m_secrets, instance.id);

    Result<catalog::Instance> current = db.instance(instanceId);
    if (!current.ok())
        return makeError(current.error());
    const auto deleted = db.setInstanceStatus(instanceId, current->rowVersion, catalog::InstanceStatus::Deleted,
        tr("Deleted; the catalog keeps this record."));
    if (!deleted.ok())
        return makeError(deleted.error());
    // Everything else is gone, but the job must not report success while
    // a database or role stays behind on a server the host no longer uses.
    if (!leftElsewhere.isEmpty()) {
        leftElsewhere.removeDuplicates();
        return makeError(tr("Deleted instance %1, but its database and role are on a PostgreSQL server that host %2 "
                            "no longer uses. Drop them there as an admin: %3")
                             .arg(instance.name, host->name, leftElsewhere.join(u' ')));
    }
    return {};
}

// The records and client a lifecycle action works with, loaded once by runAction().
struct Provisioner::ActionScope
{
    catalog::Catalog &db;
    catalog::Instance instance;
    catalog::Host host;
    InstancePlan plan;
    docker::DockerClient &client;
    // The same engine without the job's cancellation, for the steps that
    // undo a change: a cancel must stop the change, not its undo.
    docker::DockerClient &rollbackClient;
    QString baseUrl; // where the console reaches the published port
    QString containerLog;
    // Set by a body whose failure changes nothing: the instance then goes
    // back to its previous status instead of error.
    bool keepStatusOnFailure = false;
    // Set by a body that failed but left the instance in a known state,
    // such as running again with its previous settings.
    std::optional<catalog::InstanceStatus> statusOnFailure;
    // Set by a body whose engine call timed out or was cancelled after it
    // was sent, so the engine may still carry it out. The instance keeps
    // its previous status, and the message states that the outcome is
    // unknown.
    bool outcomeUnknown = false;
    // The status before the action, so that a body can leave a stopped
    // instance stopped.
    catalog::InstanceStatus before = catalog::InstanceStatus::Running;
    // The engine error of a call that never reached the engine (no
    // connection, or a rejected TLS certificate), set with
    // keepStatusOnFailure, so that the message states that the host could
    // not be reached.
    QString unreachableReason;
};

Status Provisioner::runAction(jobs::JobContext &context, const QString &instanceId, Action action,
    const ActionBody &body, std::optional<catalog::InstanceStatus> endStatus, const QString &endMessage)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<catalog::Instance> loaded = db.instance(instanceId);
    if (!loaded.ok())
        return makeError(loaded.error());
    const Status allowed = checkActionWithJobs(db, loaded.value(), action, context.jobId());
    if (!allowed.ok())
        return allowed;
    const Result<catalog::Tenant> tenant = db.tenant(loaded->tenantId);
    const Result<catalog::Host> host = db.host(loaded->hostId);
    if (!tenant.ok() || !host.ok())
        return makeError(tenant.ok() ? host.error() : tenant.error());
    const Result<InstancePlan> plan = planInstance(loaded.value(), tenant.value(), host.value(), hostNetwork(host.value(), m_options.network));
    if (!plan.ok())
        return makeError(plan.error());

    // Read before the status changes, so that a missing TLS file or key
    // passphrase leaves the instance as it was.
    Result<docker::ClientOptions> clientOptions = dockerClientOptions(host.value(), m_secrets);
    if (!clientOptions.ok())
        return makeError(clientOptions.error());

    const catalog::InstanceStatus before = loaded->status;
    // The message names the job, because a process killed now leaves the
    // instance in this state until that job is cleaned up.
    const auto marked = db.setInstanceStatus(instanceId, loaded->rowVersion, transitionalStatus(action),
        tr("%1 in progress (job %2). If that job stops before it ends, repair the instance with 'saasodoo job "
           "cleanup %2'.")
            .arg(actionName(action), context.jobId()));
    if (!marked.ok()) {
        // Another job changed the instance since it was read, such as a
        // second set-limits that passed the same check at the same time.
        // The check on the row as it is now names that job.
        if (db.lastErrorKind() == catalog::ErrorKind::Conflict) {
            const Result<catalog::Instance> now = db.instance(instanceId);
            if (now.ok()) {
                if (const Status again = checkActionWithJobs(db, now.value(), action, context.jobId()); !again.ok())
                    return again;
            }
        }
        return makeError(marked.error());
    }
    // Cancel then ends the Docker call in flight within about 100 ms, even one
    // that waits on a hung engine. No Docker call follows the body, so
    // nothing that must still run is cancelled with it.
    clientOptions.value().cancellation = context.token();
    clientOptions.value().requestTimeout = m_options.engineRequestTimeout;
    const docker::Endpoint endpoint = dockerEndpoint(host.value());
    docker::DockerClient client(endpoint, clientOptions.value());
    docker::ClientOptions rollbackOptions = clientOptions.value();
    rollbackOptions.cancellation = CancellationToken();
    docker::DockerClient rollbackClient(endpoint, rollbackOptions);
    ActionScope scope { db, marked.value(), host.value(), plan.value(), client, rollbackClient,
        QStringLiteral("http://%1:%2").arg(publishedAddress(endpoint)).arg(loaded->publishedPort), {}, false, std::nullopt,
        false, before, {} };
    context.info(tr("%1 instance %2 (was %3).").arg(actionName(action), loaded->name, catalog::toString(before)));

    const Status result = body(scope);
    const Result<catalog::Instance> current = db.instance(instanceId);
    if (!current.ok())
        return makeError(current.error());
    if (!result.ok()) {
        QString message;
        if (!scope.unreachableReason.isEmpty() && !scope.outcomeUnknown && scope.keepStatusOnFailure) {
            message = tr("%1 failed: the Docker engine of host %2 could not be reached, so nothing changed and the "
                         "instance keeps its status (%3). %4")
                          .arg(actionName(action), host->name, catalog::toString(before), scope.unreachableReason);
        } else if (scope.outcomeUnknown) {
            message = tr("%1 did not complete: %2 Whether the container changed is unknown, so the instance keeps "
                         "its status (%3). Once the engine answers again, 'saasodoo host check %4' reads the "
                         "container's state and records a difference on the instance. Then run the action again "
                         "if it is still needed.")
                          .arg(actionName(action), result.error(), catalog::toString(before), host->name);
        } else if (context.token().isCancelled() && !scope.statusOnFailure) {
            // A body that put the instance back in a known state reports
            // that state in its error instead.
            message = tr("%1 was cancelled before the engine confirmed it, so the container's state is unknown "
                         "until the host is reconciled: %2")
                          .arg(actionName(action), result.error());
        } else {
            message = tr("%1 failed: %2").arg(actionName(action), result.error());
        }
        if (!scope.containerLog.isEmpty())
            message += u'\n' + tr("Last container log lines:") + u'\n' + scope.containerLog;
        const bool keepStatus = scope.keepStatusOnFailure || scope.outcomeUnknown;
        db.setInstanceStatus(instanceId, current->rowVersion,
            scope.statusOnFailure.value_or(keepStatus ? before : catalog::InstanceStatus::Error), message);
        return makeError(message);
    }
    // Actions that change settings leave a stopped instance stopped.
    const bool keepsStopped = action == Action::SetLimits || action == Action::Backup
        || action == Action::SetEnvironment || action == Action::UpdateModules;
    const catalog::InstanceStatus end = endStatus.value_or(
        before == catalog::InstanceStatus::Stopped && keepsStopped ? catalog::InstanceStatus::Stopped
                                                                    : finalStatus(action));
    const auto saved = db.setInstanceStatus(instanceId, current->rowVersion, end,
        endMessage.isEmpty() ? tr("%1 finished.").arg(actionName(action)) : endMessage);
    if (!saved.ok())
        return makeError(saved.error());
    return {};
}

namespace {

QString containerOf(const catalog::Instance &instance, const InstancePlan &plan)
{
    return instance.containerId.isEmpty() ? plan.containerName : instance.containerId;
}

QString missingImageMessage(const QString &image, const catalog::Host &host)
{
    return tr("Image %1 is not on host %2. Pull or build it there, or tag an available image as %1, then run the "
              "action again.")
        .arg(image, host.name);
}

// Returns an error that names the image and the host when `image` is not
// on the host's engine, so that a container made from it cannot be created.
Status checkImagePresent(const docker::DockerClient &client, const catalog::Host &host, const QString &image)
{
    const docker::DockerResult<bool> exists = client.imageExists(image);
    if (!exists.ok())
        return makeError(exists.error());
    if (!exists.value())
        return makeError(missingImageMessage(image, host));
    return {};
}

// Removes a container named `name` that an earlier, interrupted swap left,
// when it carries the instance's label.
Status removeLeftover(const docker::DockerClient &client, const QString &name, const QString &instanceId)
{
    const docker::DockerResult<docker::ContainerInfo> stale = client.inspectContainer(name);
    if (!stale.ok())
        return stale.dockerError().isNotFound() ? Status() : Status(makeError(stale.error()));
    if (stale->labels.value(QLatin1String(labelInstance)) != instanceId)
        return makeError(tr("Container %1 does not belong to this instance, and its name is needed. Rename or remove "
                            "it, then run the action again.")
                             .arg(name));
    return removeContainerAwaited(client, stale->id);
}

// Returns whether a failed engine call may still take effect: it timed out
// or was cancelled while the engine had it.
bool isOutcomeUnknown(const docker::DockerError &error)
{
    return error.kind == docker::DockerError::Kind::Timeout || error.kind == docker::DockerError::Kind::Cancelled;
}

// Returns whether a failed engine call never reached the engine: no
// connection, or a TLS handshake that failed (such as a rejected
// certificate), so nothing was sent.
bool neverReachedEngine(const docker::DockerError &error)
{
    return error.kind == docker::DockerError::Kind::Unreachable || error.kind == docker::DockerError::Kind::Tls;
}

// Sets the scope's flags after a failed stop, start or restart call of the
// server container. `unchanged` and `unreachableReason` are set when the
// engine was never reached and the container was not recreated before.
// `outcomeUnknown` is set when the call timed out or was cancelled.
void noteCallOutcome(const docker::DockerError &error, bool recreated, bool &unchanged, bool &outcomeUnknown,
    QString *unreachableReason = nullptr)
{
    if (isOutcomeUnknown(error)) {
        outcomeUnknown = true;
    } else if (!recreated && neverReachedEngine(error)) {
        unchanged = true;
        if (unreachableReason)
            *unreachableReason = error.message;
    }
}

} // namespace

// Reads the port the engine published for 8069 after a (re)start and saves
// it: without a fixed port range the engine picks a new one on every start.
Status Provisioner::refreshPublishedPort(ActionScope &scope, const QString &container)
{
    // Undo steps call this after a cancel too, so the inspect is not cancelled.
    const docker::DockerResult<docker::ContainerInfo> info = scope.rollbackClient.inspectContainer(container);
    if (!info.ok())
        return makeError(info.error());
    const auto bindings = info->ports.value(QStringLiteral("8069/tcp"));
    int port = bindings.isEmpty() ? 0 : bindings.first().hostPort.toInt();
    // A server that exits at once has no bindings while it restarts or
    // stays stopped. With the port it had, the health wait reports the
    // crash and the container's last log lines.
    const bool exited = !info->state.running || info->state.restarting;
    if (port == 0 && exited)
        port = scope.instance.publishedPort;
    if (port == 0)
        return makeError(tr("The engine reported no published port for 8069: container %1 is %2 (exit code %3), "
                            "so Odoo did not start.")
                             .arg(container, info->state.status)
                             .arg(info->state.exitCode));
    const QString address = scope.client.endpoint().isUnixSocket() ? QStringLiteral("127.0.0.1")
                                                                    : scope.client.endpoint().tcpHost();
    scope.baseUrl = QStringLiteral("http://%1:%2").arg(address).arg(port);
    if (port == scope.instance.publishedPort)
        return {};
    const Result<catalog::Instance> current = scope.db.instance(scope.instance.id);
    if (!current.ok())
        return makeError(current.error());
    catalog::Instance changed = current.value();
    changed.publishedPort = port;
    const Result<catalog::Instance> saved = scope.db.updateInstance(changed);
    if (!saved.ok())
        return makeError(saved.error());
    scope.instance = saved.value();
    return {};
}

// Returns the instance's server container. One removed outside the console
// (docker rm) is created again from the catalog, with its database and
// port, on the instance's volume, which contains its files and Odoo
// configuration. `recreated` is then set to true.
Result<QString> Provisioner::serverContainer(ActionScope &scope, jobs::JobContext &context, bool *recreated)
{
    *recreated = false;
    const QString container = containerOf(scope.instance, scope.plan);
    const docker::DockerResult<docker::ContainerInfo> info = scope.client.inspectContainer(container);
    if (info.ok())
        return info->id;
    if (!info.dockerError().isNotFound()) {
        // A lookup changes nothing, so the instance keeps its status.
        scope.keepStatusOnFailure = true;
        if (neverReachedEngine(info.dockerError()))
            scope.unreachableReason = info.error();
        return makeError(info.error());
    }

    context.beginStep(QStringLiteral("Recreate the container"));
    context.warning(tr("Container %1 of instance %2 no longer exists on host %3; creating it again from the catalog "
                       "on the instance's volume and database.")
                        .arg(container.left(12), scope.instance.name, scope.host.name));
    const docker::DockerResult<docker::VolumeInfo> volume = scope.client.inspectVolume(scope.plan.volumeName);
    if (!volume.ok()) {
        if (volume.dockerError().isNotFound())
            return makeError(tr("The data volume %1 is gone as well, so the instance's files and configuration are "
                                "lost. Restore the instance from a backup.")
                                 .arg(scope.plan.volumeName));
        return makeError(volume.error());
    }
    if (volume->labels.value(QLatin1String(labelInstance)) != scope.instance.id)
        return makeError(tr("Volume %1 on host %2 does not belong to instance %3, so no container is created on it.")
                             .arg(scope.plan.volumeName, scope.host.name, scope.instance.name));
    const docker::DockerResult<docker::ContainerCreated> created = scope.client.createContainer(serverContainerSpec(
        scope.plan, scope.instance.publishedPort > 0 ? QString::number(scope.instance.publishedPort) : QString()));
    if (!created.ok())
        return makeError(created.error());
    if (const Result<QString> recorded = recordObject(scope.db, scope.instance.id, context.jobId(),
            ObjectKind::Container, created->id, scope.host.id);
        !recorded.ok())
        context.warning(recorded.error());
    const Result<catalog::Instance> saved = saveContainerId(scope.db, scope.instance.id, created->id);
    if (!saved.ok())
        return makeError(saved.error());
    scope.instance = saved.value();
    *recreated = true;
    context.info(tr("Created container %1 for instance %2.").arg(created->id.left(12), scope.instance.name));
    return created->id;
}

// Replaces the server container with one made from `plan`, on the same
// volume and published port. The new container is created under a
// temporary name while the old one still runs, so a missing image or a
// rejected spec leaves the old one untouched. Then the old container is
// stopped and renamed aside, the new one takes the instance's container
// name and, with `start`, starts and must pass /web/health. Only then is
// the old container removed. On a failure after the old container was
// stopped, the new one is removed, and the old one gets its name back and
// runs and passes /web/health again when it ran before. `oldContainerBack`
// is set to whether the old container is in place as it was.
Result<QString> Provisioner::replaceServerContainer(ActionScope &scope, jobs::JobContext &context,
    const InstancePlan &plan, bool start, bool *oldContainerBack)
{
    *oldContainerBack = true;
    const docker::DockerClient &undo = scope.rollbackClient;
    const QString oldContainer = containerOf(scope.instance, scope.plan);
    const QString nextName = asideName(plan, "next");
    const QString previousName = asideName(plan, "previous");
    // The first engine call: when it never reaches the engine, nothing
    // changed and the instance keeps its status.
    const docker::DockerResult<bool> imageFound = scope.client.imageExists(plan.image);
    if (!imageFound.ok() && neverReachedEngine(imageFound.dockerError())) {
        scope.keepStatusOnFailure = true;
        scope.unreachableReason = imageFound.error();
    }
    if (!imageFound.ok())
        return makeError(imageFound.error());
    if (!imageFound.value())
        return makeError(missingImageMessage(plan.image, scope.host));
    const docker::DockerResult<docker::ContainerInfo> old = scope.client.inspectContainer(oldContainer);
    if (!old.ok() && !old.dockerError().isNotFound())
        return makeError(old.error());
    for (const QString &name : { nextName, previousName }) {
        if (const Status removed = removeLeftover(scope.client, name, scope.instance.id); !removed.ok())
            return makeError(removed.error());
    }
    docker::ContainerSpec spec = serverContainerSpec(
        plan, scope.instance.publishedPort > 0 ? QString::number(scope.instance.publishedPort) : QString());
    spec.name = nextName;
    const docker::DockerResult<docker::ContainerCreated> created = scope.client.createContainer(spec);
    if (!created.ok()) {
        if (created.dockerError().kind == docker::DockerError::Kind::Timeout
            || created.dockerError().kind == docker::DockerError::Kind::Cancelled)
            undo.removeContainer(nextName, docker::RemoveContainerOptions { true, true });
        return makeError(created.error());
    }
    const QString next = created->id;

    // Swaps the names, so the new container is the instance's container.
    const bool oldExists = old.ok();
    const bool oldRan = oldExists && old->state.running;
    *oldContainerBack = false;
    auto putOldBack = [&](const Status &failure) -> Result<QString> {
        if (scope.containerLog.isEmpty())
            scope.containerLog = lastLogLines(undo, next, 20);
        if (const Status removed = removeContainerAwaited(undo, next); !removed.ok())
            context.warning(tr("Could not remove the new container %1: %2").arg(next.left(12), removed.error()));
        if (!oldExists)
            return makeError(failure.error());
        const docker::DockerStatus renamed = undo.renameContainer(old->id, plan.containerName);
        const Result<catalog::Instance> saved = saveContainerId(scope.db, scope.instance.id, old->id);
        if (!renamed.ok() || !saved.ok()) {
            return makeError(tr("%1 Giving the previous container %2 its name back failed too: %3")
                                 .arg(endSentence(failure.error()), old->id.left(12),
                                     renamed.ok() ? saved.error() : renamed.error()));
        }
        scope.instance = saved.value();
        if (oldRan) {
            QString oldLog;
            const docker::DockerStatus started = undo.startContainer(old->id);
            Status back = started.ok() ? refreshPublishedPort(scope, old->id) : Status(makeError(started.error()));
            if (back.ok())
                back = waitForHealth(undo, scope.baseUrl, old->id, m_options.healthTimeout, CancellationToken(),
                    &oldLog);
            if (!back.ok())
                return makeError(tr("%1 Starting the previous container %2 again failed too: %3")
                                     .arg(endSentence(failure.error()), old->id.left(12), back.error()));
        }
        *oldContainerBack = true;
        context.info(tr("Container %1 of instance %2 is back as it was.").arg(old->id.left(12), scope.instance.name));
        return makeError(failure.error());
    };

    if (oldExists) {
        const docker::DockerStatus stopped = scope.client.stopContainer(old->id, m_options.stopTimeout);
        if (!stopped.ok())
            return putOldBack(makeError(stopped.error()));
        const docker::DockerStatus aside = scope.client.renameContainer(old->id, previousName);
        if (!aside.ok())
            return putOldBack(makeError(aside.error()));
    }
    if (const docker::DockerStatus named = scope.client.renameContainer(next, plan.containerName); !named.ok())
        return putOldBack(makeError(named.error()));
    const Result<catalog::Instance> recorded = saveContainerId(scope.db, scope.instance.id, next);
    if (!recorded.ok())
        return putOldBack(makeError(recorded.error()));
    scope.instance = recorded.value();
    if (start) {
        if (const docker::DockerStatus started = scope.client.startContainer(next); !started.ok())
            return putOldBack(makeError(started.error()));
        if (Status port = refreshPublishedPort(scope, next); !port.ok())
            return putOldBack(port);
        if (Status healthy = waitForHealth(scope.client, scope.baseUrl, next, m_options.healthTimeout,
                context.token(), &scope.containerLog, 0);
            !healthy.ok())
            return putOldBack(healthy);
    }
    if (oldExists) {
        if (const Status removed = removeContainerAwaited(undo, old->id); !removed.ok())
            context.warning(tr("Could not remove the previous container %1 (%2): %3 Remove it with 'docker rm -f "
                               "-v %2'.")
                                .arg(old->id.left(12), previousName, removed.error()));
    }
    return next;
}

// Moves the instance to another port of its host's range after a program
// outside the catalog took its published port while it was stopped. A
// container's port binding is fixed when it is created, so `container`
// is removed and the server container created again on the new port, on
// the same volume and database, and started. `conflict` is the engine's
// error for the old port. Returns the id of the started container. On
// failure the instance gets its old port back and a stopped container on
// it, as before the start.
Result<QString> Provisioner::moveToFreePort(ActionScope &scope, jobs::JobContext &context, const QString &container,
    const QString &conflict)
{
    const int oldPort = scope.instance.publishedPort;
    const QString range = QStringLiteral("%1-%2").arg(scope.host.portRangeStart).arg(scope.host.portRangeEnd);
    const TakenPort taken = takenPort(conflict, oldPort, scope.plan.workers);
    context.warning(tr("Port %1 (%2) of instance %3 on host %4 is in use by a program outside the catalog; moving "
                       "the instance to a free port of range %5.")
                        .arg(taken.port)
                        .arg(taken.route, scope.instance.name, scope.host.name, range));
    const Result<QList<int>> free = freePorts(scope.db, scope.host, scope.plan.workers, scope.instance.id);
    if (!free.ok())
        return makeError(free.error());
    QList<int> candidates = free.value();
    candidates.removeAll(oldPort);
    const QString noPortHelp = tr("Free port %1 or widen the range with 'saasodoo host edit %2 --ports FIRST-LAST', "
                                  "then start the instance again.")
                                   .arg(taken.port)
                                   .arg(scope.host.name);
    if (candidates.isEmpty())
        return makeError(tr("Port %1 (%2) of instance %3 is in use by a program outside the catalog, and no other "
                            "port of range %4 on host %5 is free. %6 (%7)")
                             .arg(taken.port)
                             .arg(taken.route, scope.instance.name, range, scope.host.name, noPortHelp, conflict));

    const docker::DockerStatus removed
        = scope.client.removeContainer(container, docker::RemoveContainerOptions { true, true });
    if (!removed.ok() && !removed.dockerError().isNotFound())
        return makeError(removed.error());
    // The ledger lists the container by id when a start recreated it, and
    // by name when the create job made it.
    markObjectRemoved(scope.db, scope.instance.id, ObjectKind::Container, container);
    markObjectRemoved(scope.db, scope.instance.id, ObjectKind::Container, scope.plan.containerName);

    // When no new port works, the instance gets its old port back and a
    // stopped container on it, as it was before the start.
    auto keepOldPort = [&](const QString &reason) -> Result<QString> {
        const Result<int> restored
            = reservePort(scope.db, scope.host, scope.plan.workers, scope.instance.id, { oldPort });
        if (!restored.ok() || restored.value() != oldPort) {
            context.warning(tr("Could not give instance %1 its port %2 back in the catalog: %3")
                                .arg(scope.instance.name)
                                .arg(oldPort)
                                .arg(restored.ok() ? tr("another instance took it") : restored.error()));
            return makeError(reason);
        }
        const docker::DockerResult<docker::ContainerCreated> recreated
            = scope.client.createContainer(serverContainerSpec(scope.plan, QString::number(oldPort)));
        const Result<catalog::Instance> current = scope.db.instance(scope.instance.id);
        if (!recreated.ok() || !current.ok()) {
            context.warning(tr("Could not create the container of instance %1 again on port %2: %3 The next start "
                               "creates it from the catalog.")
                                .arg(scope.instance.name)
                                .arg(oldPort)
                                .arg(recreated.ok() ? current.error() : recreated.error()));
            return makeError(reason);
        }
        recordObject(scope.db, scope.instance.id, context.jobId(), ObjectKind::Container, recreated->id, scope.host.id);
        catalog::Instance changed = current.value();
        changed.containerId = recreated->id;
        if (const Result<catalog::Instance> saved = scope.db.updateInstance(changed); saved.ok())
            scope.instance = saved.value();
        return makeError(reason);
    };
    QStringList tried;
    for (int port : std::as_const(candidates)) {
        if (Status cancelled = context.checkCancelled(); !cancelled.ok())
            return keepOldPort(cancelled.error());
        // Reserving writes the port on the instance. It fails when another
        // create took the port after freePorts() read the catalog.
        const Result<int> reserved = reservePort(scope.db, scope.host, scope.plan.workers, scope.instance.id, { port });
        if (!reserved.ok())
            return keepOldPort(reserved.error());
        if (reserved.value() == 0)
            continue;
        const docker::DockerResult<docker::ContainerCreated> created
            = scope.client.createContainer(serverContainerSpec(scope.plan, QString::number(port)));
        if (!created.ok())
            return keepOldPort(created.error());
        if (const Result<QString> recorded = recordObject(scope.db, scope.instance.id, context.jobId(),
                ObjectKind::Container, created->id, scope.host.id);
            !recorded.ok())
            context.warning(recorded.error());
        const Result<catalog::Instance> saved = saveContainerId(scope.db, scope.instance.id, created->id);
        if (!saved.ok())
            return keepOldPort(saved.error());
        scope.instance = saved.value();

        const docker::DockerStatus started = scope.client.startContainer(created->id);
        if (started.ok()) {
            context.info(tr("Moved instance %1 on host %2 from port %3 to port %4, because a program outside the "
                            "catalog uses port %3.")
                             .arg(scope.instance.name, scope.host.name)
                             .arg(oldPort)
                             .arg(port));
            return created->id;
        }
        scope.client.removeContainer(created->id, docker::RemoveContainerOptions { true, true });
        markObjectRemoved(scope.db, scope.instance.id, ObjectKind::Container, created->id);
        if (!isPortConflict(started.error()))
            return keepOldPort(started.error());
        tried << QString::number(port);
        const TakenPort alsoTaken = takenPort(started.error(), port, scope.plan.workers);
        context.warning(tr("Port %1 (%2) on host %3 is in use by a program outside the catalog too; trying the next "
                           "free port of the range.")
                            .arg(alsoTaken.port)
                            .arg(alsoTaken.route, scope.host.name));
    }
    return keepOldPort(tr("Port %1 (%2) of instance %3 is in use by a program outside the catalog, and so are the "
                          "other free ports of range %4 on host %5 (%6). %7")
                           .arg(taken.port)
                           .arg(taken.route, scope.instance.name, range, scope.host.name,
                               tried.join(QStringLiteral(", ")), noPortHelp));
}

// Starts the server container, recreated from the catalog if it is gone,
// and waits until /web/health passes. When a program outside the catalog
// took the instance's port of a fixed range, the instance moves to a free
// port of the range (see moveToFreePort). When none is free, it keeps its
// status.
Status Provisioner::startServer(ActionScope &scope, jobs::JobContext &context)
{
    bool recreated = false;
    const Result<QString> found = serverContainer(scope, context, &recreated);
    if (!found.ok())
        return makeError(found.error());
    QString container = found.value();
    context.beginStep(QStringLiteral("Start the container"));
    docker::DockerStatus started = scope.client.startContainer(container);
    const bool fixedRange = scope.host.portRangeStart > 0 && scope.instance.publishedPort > 0;
    if (!started.ok() && fixedRange && isPortConflict(started.error())) {
        const Result<QString> moved = moveToFreePort(scope, context, container, started.error());
        if (!moved.ok()) {
            scope.keepStatusOnFailure = true;
            return makeError(moved.error());
        }
        container = moved.value();
        started = docker::DockerStatus();
    }
    if (!started.ok()) {
        noteCallOutcome(started.dockerError(), recreated, scope.keepStatusOnFailure, scope.outcomeUnknown,
            &scope.unreachableReason);
        return makeError(started.error());
    }
    if (Status port = refreshPublishedPort(scope, container); !port.ok())
        return port;
    context.beginStep(QStringLiteral("Wait for Odoo to answer"));
    return waitForHealth(scope.client, scope.baseUrl, container, m_options.healthTimeout, context.token(),
        &scope.containerLog);
}

Status Provisioner::start(jobs::JobContext &context, const QString &instanceId)
{
    return runAction(
        context, instanceId, Action::Start, [&](ActionScope &scope) { return startServer(scope, context); });
}

Status Provisioner::stop(jobs::JobContext &context, const QString &instanceId)
{
    return runAction(context, instanceId, Action::Stop, [&](ActionScope &scope) -> Status {
        context.beginStep(QStringLiteral("Stop the container"));
        const QString container = containerOf(scope.instance, scope.plan);
        const docker::DockerStatus stopped = scope.client.stopContainer(container, m_options.stopTimeout);
        // A container removed outside the console no longer runs, which is
        // the result stop requests. Start and restart make a new one on the
        // volume.
        if (!stopped.ok() && stopped.dockerError().isNotFound()) {
            context.warning(tr("Container %1 no longer exists: it was removed outside the console. The instance is "
                               "stopped; 'saasodoo instance start %2' makes a new container on its volume.")
                                .arg(container.left(12), scope.instance.name));
            return {};
        }
        if (!stopped.ok())
            noteCallOutcome(stopped.dockerError(), false, scope.keepStatusOnFailure, scope.outcomeUnknown,
                &scope.unreachableReason);
        return stopped.ok() ? Status {} : Status(makeError(stopped.error()));
    });
}

Status Provisioner::restart(jobs::JobContext &context, const QString &instanceId)
{
    return runAction(context, instanceId, Action::Restart, [&](ActionScope &scope) -> Status {
        bool recreated = false;
        const Result<QString> found = serverContainer(scope, context, &recreated);
        if (!found.ok())
            return makeError(found.error());
        const QString container = found.value();
        context.beginStep(QStringLiteral("Restart the container"));
        const docker::DockerStatus restarted = recreated ? scope.client.startContainer(container)
                                                         : scope.client.restartContainer(container, m_options.stopTimeout);
        if (!restarted.ok()) {
            noteCallOutcome(restarted.dockerError(), recreated, scope.keepStatusOnFailure, scope.outcomeUnknown,
                &scope.unreachableReason);
            return makeError(restarted.error());
        }
        if (Status port = refreshPublishedPort(scope, container); !port.ok())
            return port;
        context.beginStep(QStringLiteral("Wait for Odoo to answer"));
        return waitForHealth(scope.client, scope.baseUrl, container, m_options.healthTimeout, context.token(),
            &scope.containerLog);
    });
}

Status Provisioner::suspend(jobs::JobContext &context, const QString &instanceId, const QString &reason)
{
    return runAction(
        context, instanceId, Action::Suspend,
        [&](ActionScope &scope) -> Status {
            context.beginStep(QStringLiteral("Stop the container"));
            const docker::DockerStatus stopped
                = scope.client.stopContainer(containerOf(scope.instance, scope.plan), m_options.stopTimeout);
            if (!stopped.ok())
                noteCallOutcome(stopped.dockerError(), false, scope.keepStatusOnFailure, scope.outcomeUnknown,
                    &scope.unreachableReason);
            return stopped.ok() ? Status {} : Status(makeError(stopped.error()));
        },
        catalog::InstanceStatus::Suspended,
        reason.isEmpty() ? tr("Suspended; data kept. Resume to start it again.")
                         : tr("Suspended: %1. Data kept; resume to start it again.").arg(reason));
}

Status Provisioner::resume(jobs::JobContext &context, const QString &instanceId)
{
    return runAction(
        context, instanceId, Action::Resume, [&](ActionScope &scope) { return startServer(scope, context); });
}

namespace {

// Applies the CPU and memory limits that `instance` has in the catalog to
// its container with docker update.
Status applyLimits(const docker::DockerClient &client, const QString &container, const catalog::Instance &instance,
    jobs::JobContext &context)
{
    docker::ContainerUpdate update;
    update.nanoCpus = qint64(std::llround(instance.cpuLimit * 1e9));
    update.memory = instance.memoryLimitBytes;
    update.memorySwap = instance.memoryLimitBytes;
    const docker::DockerResult<QStringList> updated = client.updateContainer(container, update);
    if (!updated.ok())
        return makeError(updated.error());
    for (const QString &warning : updated.value())
        context.warning(warning);
    return {};
}

} // namespace

Status checkLimits(const catalog::CatalogConfig &config, secrets::SecretStore *secrets, const QString &instanceId,
    double cpuCores, qint64 memoryBytes)
{
    if (const Status cpu = catalog::validateCpu(tr("CPU limit"), cpuCores); !cpu.ok())
        return cpu;
    if (const Status memory = catalog::validateMemoryLimit(tr("Memory limit"), memoryBytes); !memory.ok())
        return memory;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    const Result<catalog::Instance> instance = db.instance(instanceId);
    if (!instance.ok())
        return makeError(instance.error());
    // Lower limits always fit, also on a host or plan that is overcommitted
    // already: lowering them is how an admin repairs that.
    if (cpuCores <= instance->cpuLimit && memoryBytes <= instance->memoryLimitBytes)
        return {};
    catalog::Instance resized = instance.value();
    resized.cpuLimit = cpuCores;
    resized.memoryLimitBytes = memoryBytes;
    if (const Status limits = billing::checkPlanLimits(db, resized, &instance.value()); !limits.ok())
        return limits;
    const Result<catalog::Host> host = db.host(instance->hostId);
    if (!host.ok())
        return makeError(host.error());
    // The instance's own current limits are not a reservation against its
    // new ones.
    const Result<HostCapacity> capacity = measureHost(db, host.value(), secrets, instanceId);
    if (!capacity.ok())
        return makeError(capacity.error());
    return checkResize(capacity.value(), instance->cpuLimit, instance->memoryLimitBytes, cpuCores, memoryBytes);
}

namespace {

Status recreateStoppedContainer(jobs::JobContext &context, catalog::Catalog &db, const docker::DockerClient &client,
    const catalog::Instance &instance, const InstancePlan &plan);

} // namespace

Status Provisioner::setLimits(jobs::JobContext &context, const QString &instanceId, double cpuCores, qint64 memoryBytes)
{
    context.beginStep(QStringLiteral("Check the new limits"));
    if (const Status valid = checkLimits(m_catalog, m_secrets, instanceId, cpuCores, memoryBytes); !valid.ok())
        return makeError(tr("Limits not changed: %1").arg(valid.error()));
    return runAction(context, instanceId, Action::SetLimits, [&](ActionScope &scope) -> Status {
        // The catalog gets the new limits before the engine, so a process
        // killed in between leaves the catalog ahead, and the clean-up of
        // the interrupted job applies the catalog's limits to the
        // container. docker update applies all limits or none, so a failure
        // puts the previous limits back in the catalog and leaves the
        // instance as it was.
        scope.keepStatusOnFailure = true;
        // Odoo's workers and cron threads follow the CPU limit, so the
        // configuration file is written again. Its secrets are read before
        // anything changes.
        const Result<QString> dbPassword = readSecret(
            m_secrets, secrets::SecretStore::instanceKey(scope.instance.id, QStringLiteral("db-password")));
        if (!dbPassword.ok())
            return makeError(tr("Limits not changed: the database password of instance %1 is not available: %2")
                                 .arg(scope.instance.name, dbPassword.error()));
        const Result<QString> masterPassword = readSecret(
            m_secrets, secrets::SecretStore::instanceKey(scope.instance.id, QStringLiteral("master-password")));
        if (!masterPassword.ok())
            return makeError(tr("Limits not changed: the master password of instance %1 is not available: %2")
                                 .arg(scope.instance.name, masterPassword.error()));
        const Result<catalog::Tenant> tenant = scope.db.tenant(scope.instance.tenantId);
        if (!tenant.ok())
            return makeError(tenant.error());

        context.beginStep(QStringLiteral("Change the container's limits"));
        const catalog::Instance previous = scope.instance;
        catalog::Instance changed = scope.instance;
        changed.cpuLimit = cpuCores;
        changed.memoryLimitBytes = memoryBytes;
        const Result<InstancePlan> plan
            = planInstance(changed, tenant.value(), scope.host, hostNetwork(scope.host, m_options.network));
        if (!plan.ok())
            return makeError(plan.error());
        const Result<catalog::Instance> saved = scope.db.updateInstance(changed);
        if (!saved.ok())
            return makeError(saved.error());
        scope.instance = saved.value();
        const QString container = containerOf(scope.instance, scope.plan);
        auto putPreviousBack = [&]() {
            catalog::Instance restored = scope.instance;
            restored.cpuLimit = previous.cpuLimit;
            restored.memoryLimitBytes = previous.memoryLimitBytes;
            const Result<catalog::Instance> back = scope.db.updateInstance(restored);
            if (!back.ok()) {
                context.warning(tr("Could not put the previous limits back in the catalog: %1").arg(back.error()));
                return;
            }
            scope.instance = back.value();
        };
        // Checked again now that the new limits are stored: of two resizes
        // that passed the first check together, the one that stores second
        // reads both and stops here, so the plan's totals still hold.
        const bool grows = cpuCores > previous.cpuLimit || memoryBytes > previous.memoryLimitBytes;
        if (grows) {
            if (const Status limits = billing::checkPlanLimits(scope.db, scope.instance, &previous); !limits.ok()) {
                putPreviousBack();
                return makeError(tr("Limits not changed: %1").arg(limits.error()));
            }
            // The host's capacity likewise: the other instances' stored
            // limits now include any resize that stored before this one.
            const Result<HostCapacity> capacity = measureHost(scope.db, scope.host, m_secrets, scope.instance.id);
            const Status fits = capacity.ok()
                ? checkResize(capacity.value(), previous.cpuLimit, previous.memoryLimitBytes, cpuCores, memoryBytes)
                : Status(makeError(capacity.error()));
            if (!fits.ok()) {
                putPreviousBack();
                return makeError(tr("Limits not changed: %1").arg(fits.error()));
            }
        }
        const InstancePlan previousPlan = scope.plan;
        const bool workersChanged = plan->workers != previousPlan.workers;
        // A change of workers needs a new container, so its image must be
        // on the host before anything changes.
        if (workersChanged) {
            if (const Status image = checkImagePresent(scope.client, scope.host, plan->image); !image.ok()) {
                putPreviousBack();
                return makeError(tr("Limits not changed: %1").arg(image.error()));
            }
        }
        // A cancel may end an engine call after the engine carried it out.
        // So from here on, a cancel or a failure of the Odoo settings puts
        // back everything this job may have changed, with the engine client
        // that is not cancelled.
        auto undoChanges = [&](const Status &failure, const SettingsProgress &progress) -> Status {
            const Status undone = restorePreviousLimits(scope, context, previous, previousPlan, dbPassword.value(),
                masterPassword.value(), workersChanged, progress);
            if (!undone.ok()) {
                scope.keepStatusOnFailure = false;
                return makeError(tr("%1 Putting the previous limits back failed too: %2")
                                     .arg(endSentence(failure.error()), undone.error()));
            }
            scope.statusOnFailure = scope.before;
            const QString back = tr("The previous limits (%1 CPU cores, %2 of memory) are back, and the instance is "
                                    "%3 as it was.")
                                     .arg(QString::number(previous.cpuLimit),
                                         catalog::formatByteSize(previous.memoryLimitBytes),
                                         catalog::toString(scope.before));
            if (context.isCancelled())
                return makeError(tr("Cancelled by the admin. %1").arg(back));
            return makeError(tr("Limits not changed: %1 %2").arg(endSentence(failure.error()), back));
        };
        const Status applied = applyLimits(scope.client, container, scope.instance, context);
        if (!applied.ok() && context.isCancelled())
            return undoChanges(applied, {});
        if (!applied.ok()) {
            putPreviousBack();
            return applied;
        }

        context.beginStep(QStringLiteral("Rewrite the Odoo configuration"));
        const Status written = uploadOdooConfig(scope.client, container,
            instanceOdooConfig(scope.host, plan.value(), dbPassword.value(), masterPassword.value()));
        if (!written.ok() && context.isCancelled())
            return undoChanges(written, {});
        if (!written.ok()) {
            // Odoo reads the file only when it starts, so the running
            // process still matches the previous limits: they go back.
            putPreviousBack();
            if (const Status back = applyLimits(scope.rollbackClient, container, scope.instance, context); !back.ok())
                context.warning(tr("Could not put the previous limits back on container %1: %2")
                                    .arg(container, back.error()));
            return makeError(tr("Limits not changed: could not write the Odoo configuration into container %1: %2")
                                 .arg(container, written.error()));
        }
        // The file's memory limits are Odoo's fixed defaults, so a change of
        // memory alone takes effect through docker update, without a restart.
        const bool settingsChanged = workersChanged || plan->maxCronThreads != scope.plan.maxCronThreads;
        context.info(tr("Odoo configuration written: %1 workers, %2 cron threads.")
                         .arg(plan->workers)
                         .arg(plan->maxCronThreads));
        SettingsProgress progress;
        const Status settled
            = applyOdooSettings(scope, context, plan.value(), workersChanged, settingsChanged, &progress);
        if (!settled.ok())
            return undoChanges(settled, progress);
        return settled;
    });
}

// Puts an instance back to the limits it had before a set-limits that
// failed or was cancelled: the catalog's limits, the container's limits,
// and Odoo's configuration file. When the job had already restarted the
// server (`progress`), it is restarted, or recreated with the previous
// --workers when a failed replacement lost the old container, and a server
// that ran before must pass /web/health again.
// Every engine call uses the client that is not cancelled.
Status Provisioner::restorePreviousLimits(ActionScope &scope, jobs::JobContext &context,
    const catalog::Instance &previous, const InstancePlan &previousPlan, const QString &dbPassword,
    const QString &masterPassword, bool workersChanged, const SettingsProgress &progress)
{
    context.beginStep(QStringLiteral("Put the previous limits back"));
    const Result<catalog::Instance> current = scope.db.instance(scope.instance.id);
    if (!current.ok())
        return makeError(current.error());
    catalog::Instance restored = current.value();
    restored.cpuLimit = previous.cpuLimit;
    restored.memoryLimitBytes = previous.memoryLimitBytes;
    const Result<catalog::Instance> saved = scope.db.updateInstance(restored);
    if (!saved.ok())
        return makeError(tr("Could not put the previous limits back in the catalog: %1").arg(saved.error()));
    scope.instance = saved.value();

    const docker::DockerClient &engine = scope.rollbackClient;
    const bool recreate = workersChanged && progress.oldContainerGone;
    QString container = containerOf(scope.instance, previousPlan);
    if (recreate) {
        // The container may be gone, or carry the new --workers.
        if (const Status recreated = recreateStoppedContainer(context, scope.db, engine, scope.instance, previousPlan);
            !recreated.ok())
            return recreated;
        const Result<catalog::Instance> withContainer = scope.db.instance(scope.instance.id);
        if (!withContainer.ok())
            return makeError(withContainer.error());
        scope.instance = withContainer.value();
        container = scope.instance.containerId;
    } else if (const Status limits = applyLimits(engine, container, scope.instance, context); !limits.ok()) {
        return makeError(tr("Could not put the previous limits back on container %1: %2").arg(container, limits.error()));
    }
    scope.plan = previousPlan;
    if (const Status written
        = uploadOdooConfig(engine, container, instanceOdooConfig(scope.host, previousPlan, dbPassword, masterPassword));
        !written.ok())
        return makeError(tr("Could not write the previous Odoo configuration into container %1: %2")
                             .arg(container, written.error()));
    context.info(tr("The previous limits are back in the catalog, on container %1 and in Odoo's configuration.")
                     .arg(container.left(12)));
    if (!progress.serverTouched || !progress.serverRunning)
        return {};

    const docker::DockerStatus started
        = recreate ? engine.startContainer(container) : engine.restartContainer(container, m_options.stopTimeout);
    if (!started.ok())
        return makeError(started.error());
    if (Status port = refreshPublishedPort(scope, container); !port.ok())
        return port;
    scope.containerLog.clear();
    const std::optional<int> restartsAtStart = recreate ? std::optional<int>(0) : std::nullopt;
    return waitForHealth(engine, scope.baseUrl, container, m_options.healthTimeout, CancellationToken(),
        &scope.containerLog, restartsAtStart);
}

// Makes Odoo use the configuration that set-limits wrote. The server
// command carries --workers as well, so a change of workers recreates the
// container from `plan`; other changed settings need a restart. A stopped
// instance stays stopped and reads them when it starts. A failure sets
// `progress` for restorePreviousLimits().
Status Provisioner::applyOdooSettings(ActionScope &scope, jobs::JobContext &context, const InstancePlan &plan,
    bool workersChanged, bool settingsChanged, SettingsProgress *progress)
{
    const QString container = containerOf(scope.instance, scope.plan);
    const docker::DockerResult<docker::ContainerInfo> info = scope.client.inspectContainer(container);
    if (!info.ok())
        return makeError(info.error());
    const bool running = info->state.running;
    progress->serverRunning = running;
    if (!settingsChanged) {
        context.info(tr("Odoo's settings did not change, so the container was not restarted."));
        return {};
    }
    scope.keepStatusOnFailure = false;
    if (!workersChanged && !running) {
        context.info(tr("The instance is stopped; Odoo reads the new settings when it starts."));
        return {};
    }
    if (!workersChanged) {
        // One step for a restart or a recreation, so the log counts every
        // step of the job.
        context.beginStep(QStringLiteral("Apply the new settings to Odoo"));
        context.info(tr("Restarting container %1 so Odoo reads the new settings.").arg(container.left(12)));
        progress->serverTouched = true;
        const docker::DockerStatus restarted = scope.client.restartContainer(container, m_options.stopTimeout);
        if (!restarted.ok())
            return makeError(restarted.error());
        if (Status port = refreshPublishedPort(scope, container); !port.ok())
            return port;
        return waitForHealth(scope.client, scope.baseUrl, container, m_options.healthTimeout, context.token(),
            &scope.containerLog);
    }

    context.beginStep(QStringLiteral("Apply the new settings to Odoo"));
    context.info(tr("Workers change from %1 to %2, so container %3 is replaced by a new one on the same volume and "
                    "port.")
                     .arg(scope.plan.workers)
                     .arg(plan.workers)
                     .arg(container.left(12)));
    progress->serverTouched = true;
    if (!running)
        context.info(tr("The instance is stopped; the new container stays stopped until it starts."));
    bool oldContainerBack = true;
    const Result<QString> replaced = replaceServerContainer(scope, context, plan, running, &oldContainerBack);
    if (!replaced.ok()) {
        progress->oldContainerGone = !oldContainerBack;
        return makeError(replaced.error());
    }
    scope.plan = plan;
    return {};
}

Status Provisioner::setEnvironment(jobs::JobContext &context, const QString &instanceId,
    const QMap<QString, QString> &environment)
{
    return runAction(context, instanceId, Action::SetEnvironment, [&](ActionScope &scope) -> Status {
        // The new container replaces the old one only once it passes
        // /web/health (see replaceServerContainer), and the catalog gets the
        // variables after that. A process killed mid-way thus leaves the
        // catalog with the variables of the last container that worked, and
        // the clean-up of the interrupted job recreates the container from
        // the catalog. The volume keeps the data and the configuration file,
        // and the new container gets the same published port.
        catalog::Instance changed = scope.instance;
        changed.environment = environment;
        const Result<catalog::Tenant> tenant = scope.db.tenant(changed.tenantId);
        if (!tenant.ok())
            return makeError(tenant.error());
        const Result<InstancePlan> plan
            = planInstance(changed, tenant.value(), scope.host, hostNetwork(scope.host, m_options.network));
        if (!plan.ok())
            return makeError(plan.error());

        context.beginStep(QStringLiteral("Recreate the container with the new variables"));
        // A stopped instance gets its new container stopped too.
        const bool start = scope.before != catalog::InstanceStatus::Stopped;
        bool oldContainerBack = true;
        const Result<QString> replaced = replaceServerContainer(scope, context, plan.value(), start, &oldContainerBack);
        if (!replaced.ok()) {
            QString message = tr("The new variables were not applied: %1").arg(replaced.error());
            if (oldContainerBack) {
                message += u'\n'
                    + tr("The previous variables are back: the previous container is in place, and the instance "
                         "is %1 as it was.")
                          .arg(catalog::toString(scope.before));
                scope.statusOnFailure = scope.before;
            }
            return makeError(message);
        }
        scope.plan = plan.value();
        const Result<catalog::Instance> latest = scope.db.instance(scope.instance.id);
        if (!latest.ok())
            return makeError(latest.error());
        catalog::Instance withVariables = latest.value();
        withVariables.environment = environment;
        const Result<catalog::Instance> saved = scope.db.updateInstance(withVariables);
        if (!saved.ok())
            return makeError(saved.error());
        scope.instance = saved.value();
        return {};
    });
}

Status Provisioner::updateModules(jobs::JobContext &context, const QString &instanceId, const QStringList &modules)
{
    return runAction(context, instanceId, Action::UpdateModules, [&](ActionScope &scope) -> Status {
        if (modules.isEmpty())
            return makeError(tr("Name the modules to update, or \"all\"."));
        // Odoo's -u skips unknown and uninstalled modules without an error,
        // so they are rejected before the server stops.
        const Result<QString> problem = moduleUpdateProblem(m_catalog, m_secrets, instanceId, modules);
        if (!problem.ok()) {
            // Nothing was changed yet, so the instance keeps its status.
            scope.keepStatusOnFailure = true;
            return makeError(tr("Could not read the modules of the instance's database: %1").arg(problem.error()));
        }
        if (!problem->isEmpty()) {
            scope.keepStatusOnFailure = true;
            return makeError(problem.value());
        }
        const QString container = containerOf(scope.instance, scope.plan);
        docker::ContainerSpec spec = initContainerSpec(scope.plan);
        spec.name = scope.plan.containerName + QStringLiteral("-update");
        spec.cmd = { QStringLiteral("odoo"), QStringLiteral("-d"), scope.plan.databaseName, QStringLiteral("-u"),
            modules.join(u','), QStringLiteral("--stop-after-init") };
        // Checked before the server stops, because the update container
        // cannot be made without the image.
        if (const Status image = checkImagePresent(scope.client, scope.host, spec.image); !image.ok()) {
            scope.keepStatusOnFailure = true;
            return makeError(tr("The module update did not run: %1").arg(image.error()));
        }
        context.beginStep(QStringLiteral("Stop the server"));
        const docker::DockerStatus stopped = scope.client.stopContainer(container, m_options.stopTimeout);
        if (!stopped.ok())
            return makeError(stopped.error());

        // Puts the instance back as it was before the update, after a
        // failure or a cancel that came before Odoo's -u changed the
        // database: a running instance gets its server back, and that
        // server must pass /web/health. `reason` is the first sentence of
        // the error.
        auto serverBack = [&](const QString &reason) -> Status {
            if (scope.before != catalog::InstanceStatus::Running) {
                scope.statusOnFailure = scope.before;
                return makeError(tr("%1 The instance stays %2.").arg(endSentence(reason),
                    catalog::toString(scope.before)));
            }
            const docker::DockerStatus back = scope.rollbackClient.startContainer(container);
            if (!back.ok())
                return makeError(tr("%1 Starting the server again failed: %2").arg(endSentence(reason), back.error()));
            // Without a fixed port range the engine publishes the server on
            // a new port, and the catalog's address must follow it.
            if (Status port = refreshPublishedPort(scope, container); !port.ok())
                return makeError(tr("%1 The server was started again, but its port could not be read: %2")
                                     .arg(endSentence(reason), port.error()));
            if (Status healthy = waitForHealth(scope.rollbackClient, scope.baseUrl, container, m_options.healthTimeout,
                    CancellationToken(), &scope.containerLog);
                !healthy.ok())
                return makeError(tr("%1 The server was started again, but it did not pass its health check: %2")
                                     .arg(endSentence(reason), healthy.error()));
            scope.statusOnFailure = catalog::InstanceStatus::Running;
            return makeError(tr("%1 The server was started again and passes its health check at %2.")
                                 .arg(endSentence(reason), scope.baseUrl));
        };
        auto notRun = [&](const QString &error) {
            return serverBack(context.isCancelled()
                    ? tr("The module update was cancelled before it ran.")
                    : tr("The module update did not run, so the database is unchanged: %1").arg(error));
        };

        context.beginStep(QStringLiteral("Update the modules"));
        // The helper of an earlier update whose process was killed still
        // uses the name. It belongs to this instance, so it is removed.
        if (const auto stale = scope.client.inspectContainer(spec.name);
            stale.ok() && stale->labels.value(QLatin1String(labelInstance)) == scope.instance.id) {
            context.info(tr("Removing the module update container %1 that an earlier update left.").arg(spec.name));
            if (const Status removed = removeContainerAwaited(scope.client, stale->id); !removed.ok())
                return notRun(removed.error());
        }
        const docker::DockerResult<docker::ContainerCreated> updater = scope.client.createContainer(spec);
        if (!updater.ok())
            return notRun(updater.error());
        // Not cancelled with the job: a cancelled update must not leave it.
        const auto removeUpdater = qScopeGuard([&] {
            scope.rollbackClient.removeContainer(updater->id, docker::RemoveContainerOptions { true, true });
        });
        const docker::DockerStatus started = scope.client.startContainer(updater->id);
        // A start that timed out may still run the update.
        if (!started.ok() && started.dockerError().kind != docker::DockerError::Kind::Timeout) {
            scope.rollbackClient.removeContainer(updater->id, docker::RemoveContainerOptions { true, true });
            return notRun(started.error());
        }
        if (!started.ok())
            return makeError(started.error());
        const docker::DockerResult<docker::WaitResult> exited
            = scope.client.waitContainer(updater->id, docker::WaitCondition::NotRunning, context.token());
        if (!exited.ok() && context.isCancelled()) {
            // The helper goes with removeUpdater. A cancelled update leaves
            // the instance as it was: a running one gets its server back.
            scope.rollbackClient.removeContainer(updater->id, docker::RemoveContainerOptions { true, true });
            return serverBack(tr("The module update was cancelled."));
        }
        if (!exited.ok())
            return makeError(exited.error());
        if (exited->statusCode != 0) {
            scope.containerLog = lastLogLines(scope.client, updater->id, 20);
            return makeError(tr("Odoo's module update exited with code %1.").arg(exited->statusCode));
        }
        if (!scope.instance.disabledModules.isEmpty()) {
            const Result<QString> password = readSecret(
                m_secrets, secrets::SecretStore::instanceKey(scope.instance.id, QStringLiteral("db-password")));
            if (!password.ok())
                return makeError(tr("Could not check the disabled modules: %1").arg(password.error()));
            if (const Status modules = checkInitialisedModules({ scope.host.pgHost, scope.host.pgPort, scope.plan.roleName },
                    scope.plan.databaseName, password.value(), scope.instance, scope.plan.image, true);
                !modules.ok())
                return modules;
        }
        context.info(tr("Updated modules: %1").arg(modules.join(QStringLiteral(", "))));
        if (scope.before == catalog::InstanceStatus::Stopped)
            return {};

        context.beginStep(QStringLiteral("Start the server"));
        const docker::DockerStatus restarted = scope.client.startContainer(container);
        if (!restarted.ok())
            return makeError(restarted.error());
        if (Status port = refreshPublishedPort(scope, container); !port.ok())
            return port;
        return waitForHealth(scope.client, scope.baseUrl, container, m_options.healthTimeout, context.token(),
            &scope.containerLog);
    });
}

namespace {

// Replaces the instance's container with a stopped one made from `plan`,
// which the catalog's values produced, and records its id. The containers
// that an interrupted replaceServerContainer() left under its temporary
// names go as well. Nothing is removed when the image is missing.
Status recreateStoppedContainer(jobs::JobContext &context, catalog::Catalog &db,
    const docker::DockerClient &client, const catalog::Instance &instance, const InstancePlan &plan)
{
    const Result<catalog::Host> host = db.host(instance.hostId);
    if (!host.ok())
        return makeError(host.error());
    if (const Status image = checkImagePresent(client, host.value(), plan.image); !image.ok())
        return image;
    for (const QString &name :
        { instance.containerId, plan.containerName, asideName(plan, "next"), asideName(plan, "previous") }) {
        if (name.isEmpty())
            continue;
        const auto existing = client.inspectContainer(name);
        if (!existing.ok()) {
            if (existing.dockerError().isNotFound())
                continue;
            return makeError(existing.error());
        }
        if (existing->labels.value(QLatin1String(labelInstance)) != instance.id) {
            context.warning(tr("Left container %1 alone: it does not belong to this instance.").arg(name));
            continue;
        }
        if (const Status removed = removeContainerAwaited(client, existing->id); !removed.ok())
            return removed;
    }
    const docker::DockerResult<docker::ContainerCreated> created = client.createContainer(serverContainerSpec(
        plan, instance.publishedPort > 0 ? QString::number(instance.publishedPort) : QString()));
    if (!created.ok())
        return makeError(created.error());
    if (const Result<catalog::Instance> saved = saveContainerId(db, instance.id, created->id); !saved.ok())
        return makeError(saved.error());
    return {};
}

// Brings the engine in line with the catalog after an interrupted
// set-limits or set-env job. Both write the catalog and the engine in an
// order that leaves one consistent set of values in the catalog. After
// set-limits the container gets the catalog's limits and Odoo's
// configuration file is written again. A container whose --workers differ
// is recreated (stopped). After set-env the container is recreated
// (stopped) with the catalog's environment variables. The instance then
// goes to the state of its container.
Status repairSettings(jobs::JobContext &context, catalog::Catalog &db, const docker::DockerClient &client,
    secrets::SecretStore *secrets, const catalog::Instance &instance, const catalog::Host &host,
    const InstancePlan &plan, const QString &jobKind)
{
    QString container = containerOf(instance, plan);
    catalog::InstanceStatus status = catalog::InstanceStatus::Stopped;
    QString message;
    if (jobKind == QLatin1String("instance.set-limits")) {
        context.beginStep(stepApplyLimits);
        // A job killed while it replaced the container may leave none under
        // the catalog's id and name: it is made again from the catalog.
        const docker::DockerResult<docker::ContainerInfo> existing = client.inspectContainer(container);
        if (!existing.ok() && !existing.dockerError().isNotFound())
            return makeError(existing.error());
        if (!existing.ok()) {
            context.warning(tr("Container %1 of instance %2 no longer exists on host %3; creating it again from the "
                               "catalog on the instance's volume and database.")
                                .arg(container.left(12), instance.name, host.name));
            if (const Status recreated = recreateStoppedContainer(context, db, client, instance, plan); !recreated.ok())
                return recreated;
            const Result<catalog::Instance> withContainer = db.instance(instance.id);
            if (!withContainer.ok())
                return makeError(withContainer.error());
            container = withContainer->containerId;
        }
        if (const Status applied = applyLimits(client, container, instance, context); !applied.ok())
            return makeError(tr("Could not apply the catalog's limits to container %1 on host %2: %3")
                                 .arg(container, host.name, applied.error()));
        // Odoo's workers and cron threads follow the CPU limit, so its
        // configuration file is written again.
        const Result<QString> dbPassword
            = readSecret(secrets, secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password")));
        const Result<QString> masterPassword
            = readSecret(secrets, secrets::SecretStore::instanceKey(instance.id, QStringLiteral("master-password")));
        if (!dbPassword.ok() || !masterPassword.ok())
            return makeError(tr("Could not write the Odoo configuration of instance %1: a password is not available "
                                "from the keychain: %2")
                                 .arg(instance.name, dbPassword.ok() ? masterPassword.error() : dbPassword.error()));
        if (const Status written = uploadOdooConfig(
                client, container, instanceOdooConfig(host, plan, dbPassword.value(), masterPassword.value()));
            !written.ok())
            return makeError(tr("Could not write the Odoo configuration into container %1 on host %2: %3")
                                 .arg(container, host.name, written.error()));
        const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
        if (!info.ok())
            return makeError(info.error());
        const QString limits = tr("%1 CPU cores, %2 of memory, %3 workers")
                                   .arg(QString::number(instance.cpuLimit),
                                       catalog::formatByteSize(instance.memoryLimitBytes))
                                   .arg(plan.workers);
        if (!info->cmd.contains(QStringLiteral("--workers=%1").arg(plan.workers))) {
            // The server command carries --workers, so only a new container
            // runs the catalog's number.
            if (const Status recreated = recreateStoppedContainer(context, db, client, instance, plan); !recreated.ok())
                return recreated;
            message = tr("Job %1 was interrupted. The clean-up recreated the container with the limits in the "
                         "catalog (%2) and left it stopped. Start it with 'saasodoo instance start %3'.")
                          .arg(jobKind, limits, instance.name);
        } else {
            status = info->state.running ? catalog::InstanceStatus::Running : catalog::InstanceStatus::Stopped;
            // The file's settings follow the workers, which the running
            // command already has, so Odoo needs no restart.
            message = tr("Job %1 was interrupted. The clean-up gave the container the limits in the catalog (%2) and "
                         "wrote Odoo's configuration for them.")
                          .arg(jobKind, limits);
        }
    } else {
        context.beginStep(stepRecreateFromCatalog);
        if (const Status recreated = recreateStoppedContainer(context, db, client, instance, plan); !recreated.ok())
            return recreated;
        message = tr("Job %1 was interrupted. The clean-up recreated the container with the environment variables "
                     "in the catalog and left it stopped. Start it with 'saasodoo instance start %2'.")
                      .arg(jobKind, instance.name);
    }
    const Result<catalog::Instance> current = db.instance(instance.id);
    if (!current.ok())
        return makeError(current.error());
    const auto saved = db.setInstanceStatus(instance.id, current->rowVersion, status, message);
    if (!saved.ok())
        return makeError(saved.error());
    context.info(message);
    return {};
}

} // namespace

Status Provisioner::cleanUpInterrupted(jobs::JobContext &context, const QString &instanceId, const QString &jobKind,
    const QString &jobId)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened.ok())
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    context.beginStep(stepCheckInstance);
    const Result<catalog::Instance> loaded = db.instance(instanceId);
    if (!loaded.ok())
        return makeError(loaded.error());
    const catalog::Instance instance = loaded.value();
    // The clean-up of an interrupted restore as a new instance removes what
    // a create made, and then deletes the instance, so it offers no retry.
    const bool wasRestoreAsNew = jobKind == QLatin1String("backup.restore-new");
    const bool wasCreate = jobKind == QLatin1String("instance.create") || wasRestoreAsNew;
    const bool transitional = allowedActions(instance.status).isEmpty();
    if (instance.status == catalog::InstanceStatus::Deleted) {
        context.info(tr("Instance %1 is deleted; nothing to clean up.").arg(instance.name));
        return {};
    }
    if (wasCreate && instance.status != catalog::InstanceStatus::Creating
        && instance.status != catalog::InstanceStatus::Starting && instance.status != catalog::InstanceStatus::Error)
        return makeError(tr("Instance %1 is %2: its creation finished, so there is nothing to undo.")
                             .arg(instance.name, statusPhrase(instance.status)));
    if (wasCreate && !jobId.isEmpty()) {
        // An instance in error may still be one that a later job created:
        // its data must survive a clean-up of the older, interrupted job.
        const Result<std::pair<QString, QString>> later = laterJob(db, instanceId, jobId, context.jobId());
        if (!later.ok())
            return makeError(later.error());
        if (!later->first.isEmpty())
            return makeError(tr("Instance %1 was taken over by the later job %2 (%3), so job %4 has nothing left "
                                "to undo. Dismiss it with 'saasodoo job cancel %4'. To remove the instance, delete it.")
                                 .arg(instance.name, later->first, later->second, jobId));
    }
    // A retry of an instance that ran before (allowed by older versions)
    // leaves that instance's container, volume, database and secrets in
    // place: the clean-up then removes only what the ledger lists for the
    // interrupted job.
    // Without a job id the caller vouches that the whole instance is the
    // interrupted job's own (a restore as a new instance added it).
    bool ranBefore = false;
    if (wasCreate && !jobId.isEmpty()) {
        const Result<bool> ran = instanceHasRun(db, instanceId);
        if (!ran.ok())
            return makeError(ran.error());
        ranBefore = ran.value();
    }
    // The ledger rows whose objects are leftovers. Without a successful
    // create, every create job's rows are: a resumed job takes over what
    // the one before made. After one, only the interrupted job's rows.
    QList<InstanceObject> leftovers;
    if (wasCreate) {
        const Result<QList<InstanceObject>> objects = liveObjects(db, instance.id);
        if (!objects.ok())
            return makeError(objects.error());
        for (const InstanceObject &object : objects.value()) {
            if (!ranBefore || object.jobId == jobId)
                leftovers << object;
        }
    }
    auto listsLeftover = [&leftovers](ObjectKind kind, const QString &name) {
        for (const InstanceObject &object : std::as_const(leftovers)) {
            if (object.kind == kind && object.name == name)
                return true;
        }
        return false;
    };
    const Result<catalog::Tenant> tenant = db.tenant(instance.tenantId);
    const Result<catalog::Host> host = db.host(instance.hostId);
    if (!tenant.ok() || !host.ok())
        return makeError(tenant.ok() ? host.error() : tenant.error());
    const Result<InstancePlan> plan
        = planInstance(instance, tenant.value(), host.value(), hostNetwork(host.value(), m_options.network));
    if (!plan.ok())
        return makeError(plan.error());
    Result<docker::ClientOptions> clientOptions = dockerClientOptions(host.value(), m_secrets);
    if (!clientOptions.ok())
        return makeError(clientOptions.error());
    // Cancel ends a call to an engine that does not respond, instead of
    // waiting out the request timeout of each call in turn.
    clientOptions.value().cancellation = context.token();
    docker::DockerClient client(dockerEndpoint(host.value()), clientOptions.value());

    context.beginStep(stepRemoveLeftovers);
    // Containers: after a create, those the ledger lists. Their rows name
    // them and are written before each create call, so a request that the
    // engine finished after the process died is found too. After another
    // action only the module-update helper goes, never the server.
    int missingContainers = 0;
    int removedContainers = 0;
    auto removeContainers = [&]() -> Status {
        missingContainers = 0;
        // Names in the order found, with the ledger rows that list each;
        // the module-update helper has no row.
        QStringList containers;
        QMultiHash<QString, InstanceObject> rows;
        if (!wasCreate)
            containers << plan->containerName + QStringLiteral("-update");
        for (const InstanceObject &object : std::as_const(leftovers)) {
            if (object.kind == ObjectKind::Container) {
                containers << object.name;
                rows.insert(object.name, object);
            }
        }
        containers.removeDuplicates();
        for (const QString &name : std::as_const(containers)) {
            if (name.isEmpty())
                continue;
            const auto existing = client.inspectContainer(name);
            if (!existing.ok()) {
                if (existing.dockerError().isNotFound()) {
                    ++missingContainers;
                    continue;
                }
                return makeError(
                    tr("Could not check container %1 on host %2: %3").arg(name, host->name, existing.error()));
            }
            if (existing->labels.value(QLatin1String(labelInstance)) != instance.id) {
                context.warning(tr("Left container %1 alone: it does not belong to this instance.").arg(name));
                continue;
            }
            const QList<InstanceObject> nameRows = rows.values(name);
            const bool madeByJob = std::any_of(nameRows.cbegin(), nameRows.cend(),
                [&](const InstanceObject &row) { return madeByRecordedJob(existing.value(), row); });
            if (!nameRows.isEmpty() && !madeByJob) {
                context.warning(
                    tr("Left container %1 alone: no create job of the instance made it, although the ledger lists "
                       "its name.")
                        .arg(name));
                continue;
            }
            const docker::DockerStatus removed
                = client.removeContainer(existing->id, docker::RemoveContainerOptions { true, true });
            if (!removed.ok() && !removed.dockerError().isNotFound())
                return makeError(
                    tr("Could not remove container %1 on host %2: %3").arg(name, host->name, removed.error()));
            markObjectRemoved(db, instance.id, ObjectKind::Container, name);
            ++removedContainers;
            context.info(tr("Removed container %1.").arg(existing->name));
        }
        return {};
    };
    if (Status removed = removeContainers(); !removed.ok())
        return removed;

    if (wasCreate && ranBefore)
        context.info(tr("Instance %1 was created by an earlier job, so its container and volume %2 stay.")
                         .arg(instance.name, plan->volumeName));
    auto removeVolume = [&]() -> Status {
        const auto volume = client.inspectVolume(plan->volumeName);
        // A container create that a dead process sent can finish on the
        // engine after an earlier clean-up removed the volume, and the
        // engine then makes the named volume again without labels. An
        // unlabelled volume with the instance's name (which contains its
        // id) made after the interrupted job started is that volume. The
        // engine reports whole seconds, so the same second counts as after.
        const Result<catalog::Job> interruptedJob = jobId.isEmpty() ? Result<catalog::Job>(catalog::Job {}) : db.job(jobId);
        const bool remadeByEngine = volume.ok() && volume->labels.isEmpty() && interruptedJob.ok()
            && interruptedJob->createdAt.isValid() && volume->created.isValid()
            && volume->created.addSecs(1) > interruptedJob->createdAt;
        bool containerRecorded = false;
        for (const InstanceObject &object : std::as_const(leftovers))
            containerRecorded = containerRecorded || object.kind == ObjectKind::Container;
        const bool recorded
            = listsLeftover(ObjectKind::Volume, plan->volumeName) || (remadeByEngine && containerRecorded);
        if (remadeByEngine && recorded)
            context.warning(tr("Volume %1 has no labels; the engine made it for a container that the interrupted "
                               "job requested, so it is removed.")
                                .arg(plan->volumeName));
        // A volume made by a create carries that job's id in the saasodoo.job
        // label, as its containers do. One whose label names a job that no
        // leftover row lists was made by another job (such as a restore)
        // and may hold data. Volumes without the label (made by older
        // versions, or remade by the engine) are judged by the rows alone.
        const QString volumeJob = volume.ok() ? volume->labels.value(QLatin1String(labelJob)) : QString();
        bool madeByListedJob = volumeJob.isEmpty();
        for (const InstanceObject &object : std::as_const(leftovers)) {
            if (object.kind == ObjectKind::Volume && object.name == plan->volumeName && object.jobId == volumeJob)
                madeByListedJob = true;
        }
        if (volume.ok() && !recorded) {
            context.warning(tr("Left volume %1 alone: no create job of the instance recorded making it.")
                                .arg(plan->volumeName));
        } else if (volume.ok() && !madeByListedJob) {
            context.warning(tr("Left volume %1 alone: its label names job %2, which the ledger does not list as "
                               "having created it.")
                                .arg(plan->volumeName, volumeJob));
        } else if (volume.ok()
            && (remadeByEngine || volume->labels.value(QLatin1String(labelInstance)) == instance.id)) {
            docker::DockerStatus removed = client.removeVolume(plan->volumeName, true);
            // In use: a container created after the listing above holds it.
            for (int attempt = 0; attempt < 3 && !removed.ok() && removed.dockerError().isConflict(); ++attempt) {
                QThread::sleep(1);
                if (Status again = removeContainers(); !again.ok())
                    return again;
                removed = client.removeVolume(plan->volumeName, true);
            }
            if (!removed.ok() && !removed.dockerError().isNotFound())
                return makeError(tr("Could not remove volume %1 on host %2: %3")
                                     .arg(plan->volumeName, host->name, removed.error()));
            markObjectRemoved(db, instance.id, ObjectKind::Volume, plan->volumeName);
            context.info(tr("Removed volume %1.").arg(plan->volumeName));
        } else if (volume.ok()) {
            context.warning(tr("Left volume %1 alone: it does not belong to this instance.").arg(plan->volumeName));
        } else if (!volume.dockerError().isNotFound()) {
            return makeError(tr("Could not check volume %1 on host %2: %3").arg(plan->volumeName, host->name, volume.error()));
        }
        return {};
    };
    if (wasCreate && !ranBefore) {
        if (Status removed = removeVolume(); !removed.ok())
            return removed;
        // A create call that the dead process sent may still be running on
        // a busy engine. A container that the ledger lists but that was not
        // found gets a few seconds to appear, and is then removed together
        // with the volume the engine makes for it.
        for (int attempt = 0; attempt < 3 && missingContainers > 0; ++attempt) {
            QThread::sleep(1);
            const int removedBefore = removedContainers;
            if (Status removed = removeContainers(); !removed.ok())
                return removed;
            if (removedContainers > removedBefore) {
                if (Status removed = removeVolume(); !removed.ok())
                    return removed;
                break;
            }
        }
        for (const InstanceObject &object : std::as_const(leftovers)) {
            if (object.kind == ObjectKind::Network)
                removeOwnNetwork(context, client, db, instance.id, object);
        }
    }

    if (wasCreate) {
        context.beginStep(stepDropDatabase);
        const Result<QString> pgPassword = readSecret(m_secrets, pgPasswordKey(host.value()));
        if (!pgPassword.ok())
            return makeError(tr("The PostgreSQL password of host %1 is not available: %2").arg(host->name, pgPassword.error()));
        auto pg = postgres::PgConnection::open({ host->pgHost, host->pgPort, host->pgAdminUser }, pgPassword.value());
        if (!pg.ok())
            return makeError(pg.error());
        const Result<postgres::ConsoleRoleCheck> roleCheck
            = postgres::checkConsoleRole(pg.value(), host->allowSuperuserOverride);
        if (!roleCheck.ok())
            return makeError(roleCheck.error());
        // Without a successful create, every create job's rows are
        // leftovers: a resumed job takes over what the one before made.
        const QString onlyJob = ranBefore ? jobId : QString();
        if (const Status dropped = dropOwnDatabase(
                context, db, pg.value(), instance, host.value(), plan.value(), !jobId.isEmpty(), onlyJob);
            !dropped.ok())
            return dropped;

        context.beginStep(stepRemoveSecrets);
        const Result<bool> covered = ledgerCovers(db, instance);
        if (!covered.ok())
            return makeError(covered.error());
        if (jobId.isEmpty() || !covered.value()) {
            removeInstanceSecrets(context, db, m_secrets, instance.id);
        } else {
            // Only the entries that the ledger lists (of the interrupted
            // job alone after a successful create): an entry a job found in
            // place was not written by it.
            const Result<QList<InstanceObject>> objects = liveObjects(db, instance.id);
            if (!objects.ok())
                return makeError(objects.error());
            for (const InstanceObject &object : objects.value()) {
                if (object.kind != ObjectKind::Secret || (!onlyJob.isEmpty() && object.jobId != onlyJob))
                    continue;
                QFuture<Status> removed = m_secrets->remove(object.name);
                removed.waitForFinished();
                if (!removed.result().ok()) {
                    context.warning(removed.result().error());
                    continue;
                }
                markObjectRemoved(db, instance.id, ObjectKind::Secret, object.name, object.jobId);
            }
        }
    }

    if (!wasCreate && !transitional && instance.status != catalog::InstanceStatus::Error) {
        context.info(tr("Instance %1 is %2; its status stays.").arg(instance.name, statusPhrase(instance.status)));
        return {};
    }
    if (jobKind == QLatin1String("instance.set-limits") || jobKind == QLatin1String("instance.set-env"))
        return repairSettings(context, db, client, m_secrets, instance, host.value(), plan.value(), jobKind);
    const QString message = wasRestoreAsNew
        ? tr("Restore as a new instance was interrupted, and what it had created was removed.")
        : wasCreate && ranBefore
        ? tr("A retry of this instance was interrupted and cleaned up; the instance's data was kept. Start it with "
             "'saasodoo instance start %1', or delete it.")
              .arg(instance.name)
        : wasCreate
        ? tr("Creation was interrupted and cleaned up. Retry it with 'saasodoo instance retry %1', or delete it.")
              .arg(instance.name)
        : tr("Job %1 was interrupted; the container may be in any state. Check the host with 'saasodoo host check', "
             "start the instance with 'saasodoo instance start %2', then run the action again.")
              .arg(jobKind, instance.name);
    const Result<catalog::Instance> current = db.instance(instanceId);
    if (!current.ok())
        return makeError(current.error());
    catalog::Instance cleaned = current.value();
    cleaned.status = catalog::InstanceStatus::Error;
    cleaned.statusMessage = message;
    // An instance that never ran has nothing left on the engine, so its
    // published port is released for other instances.
    if (wasCreate && !ranBefore) {
        cleaned.publishedPort = 0;
        cleaned.containerId.clear();
    }
    const auto saved = db.updateInstance(cleaned);
    if (!saved.ok())
        return makeError(saved.error());
    context.info(message);
    return {};
}

} // namespace saasodoo::provisioning
