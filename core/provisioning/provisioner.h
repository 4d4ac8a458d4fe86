// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instanceplan.h"
#include "lifecycle.h"

#include "core/catalog/catalogconfig.h"
#include "core/jobs/jobcontext.h"

#include <chrono>
#include <functional>
#include <optional>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

struct ProvisionerOptions
{
    // The Docker network that instances join on hosts without a network of
    // their own (records made before hosts had one). Either network is
    // created with the console's label when missing.
    QString network = QStringLiteral("saasodoo");
    // How long the init run (odoo -i ... --stop-after-init) may take. By
    // estimate, a base install of a real Odoo takes minutes and each addon
    // adds to it, so the default of 30 minutes leaves room for a slow host.
    std::chrono::seconds initTimeout { 1800 };
    std::chrono::seconds healthTimeout { 180 };
    std::chrono::seconds stopTimeout { 30 };
    // How long a failed create keeps trying to remove its container and
    // volume when the engine does not respond.
    std::chrono::seconds cleanupRetry { 60 };
    // How long one Docker Engine call waits for its reply, as
    // docker::ClientOptions::requestTimeout. A stop or restart gets
    // stopTimeout on top, and the init and health waits have limits of
    // their own.
    std::chrono::milliseconds engineRequestTimeout { 120000 };
};

// Names of the provisioning steps, in order, as the job log shows them.
QStringList createSteps();
// Names of the steps a lifecycle job of `jobKind` (such as instance.start)
// may run, in order, so its log counts out of the real total. Optional
// steps, such as recreating a removed container, are included.
QStringList actionSteps(const QString &jobKind);
// Names of the delete steps, in order. With a final backup, the steps of
// BackupJobs::create() come first.
QStringList removeSteps();
// Names of the steps of Provisioner::cleanUpInterrupted() after a job of
// `jobKind`, in order.
QStringList cleanUpSteps(const QString &jobKind);

// Returns whether the instance has run: a create or a restore as a new
// instance succeeded on it, or the catalog ever recorded it running. Such
// an instance contains data, so a later failure never makes it a new create.
Result<bool> hasRun(const catalog::CatalogConfig &config, const QString &instanceId);
// Sets InstanceRow::neverRan on each row in error whose instance has not
// run, by the rule of hasRun(). Reads the job history once, and the audit
// trail of each instance in error that no job brought up.
Status markInstancesThatNeverRan(catalog::Catalog &db, QList<catalog::InstanceRow> &rows);
// Reads the instance's ir_module_module and returns why `modules` cannot be
// updated (a name the database does not know, or a module not installed),
// or an empty string when all can. "all" alone always can.
Result<QString> moduleUpdateProblem(const catalog::CatalogConfig &config, secrets::SecretStore *secrets,
    const QString &instanceId, const QStringList &modules);
// Reads the names of the modules installed in the instance's database
// (ir_module_module rows in state installed), sorted, as the instance's
// own role with its password from the keychain. Fails when the secret,
// the server or the database cannot be reached.
Result<QStringList> installedModules(const catalog::CatalogConfig &config, secrets::SecretStore *secrets,
    const QString &instanceId);
// Checks that `instance` may be created again (retried): it is in error
// and has never run (see hasRun). The error names the actions to use
// instead.
Status checkRetry(const catalog::CatalogConfig &config, const catalog::Instance &instance);

// Checks new CPU and memory limits for an instance with the rules that
// create applies: the catalog's ranges, the tenant's plan, and the free
// capacity of its host (its own current limits not counted). The plan and
// the host are checked only for the limits that grow, so a host or plan
// that is over-committed on one resource does not block raising the other.
// Contacts the host's engine.
Status checkLimits(const catalog::CatalogConfig &config, secrets::SecretStore *secrets, const QString &instanceId,
    double cpuCores, qint64 memoryBytes);

// Provisions, changes and removes Odoo instances: each one an Odoo
// container from the host's image, a named volume for /var/lib/odoo, and
// its own PostgreSQL database and login role.
//
// Each public call is the body of one job and runs on a worker thread. It
// opens its own catalog connection there, reads secrets through the store
// (blocking that worker only), and records every step in the job log.
class Provisioner
{
public:
    Provisioner(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, ProvisionerOptions options = {});

    // Creates the instance that the catalog already holds in the creating
    // state: database and role, volume, init run, server container, health
    // check, admin login. On failure it removes exactly what this run made
    // (container, volume, database, role, keychain entries) and leaves the
    // instance in the error state with the failed step, the reason and the
    // container's last log lines.
    Status create(jobs::JobContext &context, const QString &instanceId);

    // Removes the instance's container, volume, database, role and secrets;
    // the catalog keeps the record in the deleted state. The database and
    // role are dropped only when the instance's ledger lists them as made
    // by its own jobs, so a create that failed on an existing database
    // never drops it on delete. `finalBackup`, when set, runs after the
    // checks that precede any change and before anything is removed (it
    // takes the final backup, see BackupJobs::create). When it fails, the
    // delete stops and the instance stays as it was.
    Status remove(jobs::JobContext &context, const QString &instanceId,
        const std::function<Status(jobs::JobContext &)> &finalBackup = {});

    // Undoes what a job of `jobKind` left behind when its process died
    // (see JobRunner::recoverInterrupted). After an interrupted create it
    // removes the containers and volume labelled for the instance, its
    // database when its own role owns it, the role and the secrets. After
    // an update it removes the module-update container. Then the instance
    // goes from the state the job left it in to error, from where it can be
    // retried, started or deleted. Only the database, role and volume that
    // the instance's ledger lists are removed (see instanceobjects.h).
    // Returns an error when the instance got past the job: it is running,
    // or a job started after `jobId` succeeded on it.
    Status cleanUpInterrupted(jobs::JobContext &context, const QString &instanceId, const QString &jobKind,
        const QString &jobId = {});

    // Lifecycle actions. Each checks that the action is allowed in the
    // instance's current state first, shows the transitional state while it
    // runs, and leaves the instance in error with the reason on failure.
    // Start, restart and resume create the server container again when it
    // was removed outside the console, on the same volume and database.
    Status start(jobs::JobContext &context, const QString &instanceId);
    Status stop(jobs::JobContext &context, const QString &instanceId);
    Status restart(jobs::JobContext &context, const QString &instanceId);
    // Stops the instance and keeps its data; only resume starts it again.
    Status suspend(jobs::JobContext &context, const QString &instanceId, const QString &reason);
    Status resume(jobs::JobContext &context, const QString &instanceId);
    // Changes CPU and memory in place (docker update) after checkLimits(),
    // then writes the Odoo configuration again with the workers, cron
    // threads and memory limits of the new limits. A running Odoo restarts
    // when those settings changed, and its container is recreated when the
    // number of workers changed (see replaceServerContainer). A rejected
    // change leaves the instance's status and limits as they were. A
    // failure or a cancel after the catalog took the new limits puts the
    // previous ones back everywhere, and the instance ends in its previous
    // status unless that undo fails.
    Status setLimits(jobs::JobContext &context, const QString &instanceId, double cpuCores, qint64 memoryBytes);
    // Replaces the instance's own environment variables: the container is
    // recreated on the same volume, port and configuration, data kept. On
    // a failure the previous container stays in place.
    Status setEnvironment(jobs::JobContext &context, const QString &instanceId,
        const QMap<QString, QString> &environment);
    // Runs Odoo's module update (-u) with the server stopped, then starts it.
    Status updateModules(jobs::JobContext &context, const QString &instanceId, const QStringList &modules);

private:
    struct ActionScope;
    using ActionBody = std::function<Status(ActionScope &scope)>;
    Status refreshPublishedPort(ActionScope &scope, const QString &container);
    Result<QString> serverContainer(ActionScope &scope, jobs::JobContext &context, bool *recreated);
    Status startServer(ActionScope &scope, jobs::JobContext &context);
    Result<QString> replaceServerContainer(ActionScope &scope, jobs::JobContext &context, const InstancePlan &plan,
        bool start, bool *oldContainerBack);
    Result<QString> moveToFreePort(ActionScope &scope, jobs::JobContext &context, const QString &container,
        const QString &conflict);
    // How far applyOdooSettings() got: whether the server container ran
    // when it began, whether it was stopped or restarted since, and whether
    // the old container is gone because replacing it failed half-way.
    struct SettingsProgress
    {
        bool serverRunning = false;
        bool serverTouched = false;
        bool oldContainerGone = false;
    };
    Status applyOdooSettings(ActionScope &scope, jobs::JobContext &context, const InstancePlan &plan,
        bool workersChanged, bool settingsChanged, SettingsProgress *progress);
    Status restorePreviousLimits(ActionScope &scope, jobs::JobContext &context, const catalog::Instance &previous,
        const InstancePlan &previousPlan, const QString &dbPassword, const QString &masterPassword,
        bool workersChanged, const SettingsProgress &progress);
    Status runAction(jobs::JobContext &context, const QString &instanceId, Action action, const ActionBody &body,
        std::optional<catalog::InstanceStatus> endStatus = std::nullopt, const QString &endMessage = {});

    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    ProvisionerOptions m_options;
};

} // namespace saasodoo::provisioning
