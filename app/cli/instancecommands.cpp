// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancecommands.h"

#include "cli/backupcommands.h"
#include "cli/billingcommands.h"
#include "cli/commandrun.h"
#include "cli/jobsignals.h"
#include "cli/secretinput.h"
#include "core/backup/backupjobs.h"
#include "core/billing/planlimits.h"
#include "core/catalog/validation.h"
#include "core/docker/dockerclient.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobowner.h"
#include "core/jobs/jobrunner.h"
#include "core/postgres/instancedatabase.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/hostcapacity.h"
#include "core/provisioning/instancedefaults.h"
#include "core/provisioning/provisioner.h"
#include "core/provisioning/reconciler.h"
#include "core/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace saasodoo::cli {

namespace {

using catalog::Instance;

QJsonObject instanceJson(const Instance &instance)
{
    QJsonObject environment;
    for (auto it = instance.environment.cbegin(); it != instance.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return {
        { QStringLiteral("id"), instance.id },
        { QStringLiteral("name"), instance.name },
        { QStringLiteral("tenant_id"), instance.tenantId },
        { QStringLiteral("host_id"), instance.hostId },
        { QStringLiteral("odoo_version"), instance.odooVersion },
        { QStringLiteral("image_tag"), instance.imageTag },
        { QStringLiteral("type"), catalog::toString(instance.type) },
        { QStringLiteral("cpu"), instance.cpuLimit },
        { QStringLiteral("memory_bytes"), double(instance.memoryLimitBytes) },
        { QStringLiteral("storage_bytes"), double(instance.storageLimitBytes) },
        { QStringLiteral("admin_email"), instance.adminEmail },
        { QStringLiteral("demo_data"), instance.demoData },
        { QStringLiteral("database"), instance.databaseName },
        { QStringLiteral("addons"), QJsonArray::fromStringList(instance.customAddons) },
        { QStringLiteral("disabled_modules"), QJsonArray::fromStringList(instance.disabledModules) },
        { QStringLiteral("environment"), environment },
        { QStringLiteral("subdomain"), instance.subdomain },
        { QStringLiteral("published_port"), instance.publishedPort },
        { QStringLiteral("container_id"), instance.containerId },
        { QStringLiteral("status"), catalog::toString(instance.status) },
        { QStringLiteral("status_message"), instance.statusMessage },
        { QStringLiteral("created_at"), time(instance.createdAt) },
        { QStringLiteral("updated_at"), time(instance.updatedAt) },
    };
}

// The instance's URL as far as the catalog knows it.
QString instanceUrl(const Instance &instance, const catalog::Host &host)
{
    // *.localhost names a developer machine without a proxy: use the port.
    const bool proxied = !host.baseDomain.isEmpty() && host.baseDomain != QLatin1String("localhost")
        && !host.baseDomain.endsWith(QLatin1String(".localhost"));
    if (proxied && !instance.subdomain.isEmpty())
        return QStringLiteral("https://%1.%2/").arg(instance.subdomain, host.baseDomain);
    if (instance.publishedPort <= 0)
        return {};
    const QString address = host.dockerEndpoint.startsWith(QLatin1String("unix://"))
        ? QStringLiteral("127.0.0.1")
        : QUrl(host.dockerEndpoint).host();
    return QStringLiteral("http://%1:%2/").arg(address).arg(instance.publishedPort);
}

// Finds an instance by id, or by name (with --tenant when names repeat).
// Finds a live instance by id or name. With `includeDeleted`, a name that
// no live instance has falls back to the newest deleted one of that name.
Result<Instance> findInstance(catalog::Catalog &db, const QString &key, const QString &tenantSlug,
    bool includeDeleted = false)
{
    const Result<Instance> byId = db.instance(key);
    if (byId.ok())
        return byId;
    catalog::InstanceFilter filter;
    filter.text = key;
    if (!tenantSlug.isEmpty()) {
        const Result<catalog::Tenant> tenant = db.tenantBySlug(tenantSlug);
        if (!tenant.ok())
            return makeError(tenant.error());
        filter.tenantId = tenant->id;
    }
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows.ok())
        return makeError(rows.error());
    QList<catalog::InstanceRow> matches;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.name == key)
            matches.append(row);
    }
    if (matches.isEmpty() && includeDeleted) {
        filter.includeDeleted = true;
        const Result<QList<catalog::InstanceRow>> all = db.instanceRows(filter);
        if (!all.ok())
            return makeError(all.error());
        std::optional<catalog::InstanceRow> newest;
        for (const catalog::InstanceRow &row : all.value()) {
            if (row.name == key && row.status == catalog::InstanceStatus::Deleted
                && (!newest || row.updatedAt > newest->updatedAt))
                newest = row;
        }
        if (newest)
            return db.instance(newest->id);
    }
    if (matches.isEmpty())
        return makeError(tr("Instance %1 was not found.").arg(key));
    if (matches.size() > 1)
        return makeError(tr("%1 instances are named %2; add --tenant <slug> or use the instance id.")
                             .arg(matches.size())
                             .arg(key));
    return db.instance(matches.first().id);
}

// The network for hosts registered without one of their own.
QString fallbackNetwork()
{
    const QString fromEnvironment = qEnvironmentVariable("SAASODOO_DOCKER_NETWORK");
    return fromEnvironment.isEmpty() ? QStringLiteral("saasodoo") : fromEnvironment;
}

using JobBody = std::function<Status(provisioning::Provisioner &, jobs::JobContext &)>;

// Checks that `host`'s port range has room for `instance`, as the create
// job's validation step does.
Status checkPortRoom(catalog::Catalog &db, const catalog::Host &host, const Instance &instance)
{
    const Result<QList<int>> free
        = provisioning::freePorts(db, host, provisioning::workersFor(instance.type, instance.cpuLimit), instance.id);
    if (!free.ok())
        return makeError(free.error());
    if (free->isEmpty())
        return makeError(provisioning::rangeFull(host));
    return {};
}

// Runs one provisioning job in this process and waits for it, printing its
// log on stderr as it goes. Jobs that an earlier process left unfinished
// are marked interrupted first. While it waits it cancels the job when
// `saasodoo job cancel` requests it from another process. Returns the job's final
// state.
//
// `createTarget`, when given, makes the job's instance record and returns
// its id. It runs after the job runner is set up and right before the job
// row is stored, so that a process killed in between leaves a record
// without a job only for the few milliseconds of one catalog write.
// `healthTimeout` and `initTimeout` of zero keep ProvisionerOptions'
// defaults.
jobs::JobInfo runJob(CommandRun &run, const QString &kind, QString instanceId, const JobBody &body,
    QTextStream &err, const QStringList &steps = {}, const std::function<Result<QString>()> &createTarget = {},
    std::chrono::seconds healthTimeout = {}, std::chrono::seconds initTimeout = {})
{
    secrets::SecretStore secrets;
    jobs::CatalogJobStore store(run.catalog().config());
    jobs::JobRunner runner(&store);
    runner.recoverInterrupted();
    provisioning::ProvisionerOptions options;
    options.network = fallbackNetwork();
    if (healthTimeout.count() > 0)
        options.healthTimeout = healthTimeout;
    if (initTimeout.count() > 0)
        options.initTimeout = initTimeout;
    provisioning::Provisioner provisioner(run.catalog().config(), &secrets, options);

    // Printed from the worker thread as lines arrive; stderr is unbuffered.
    QObject::connect(
        &runner, &jobs::JobRunner::jobLogged, &runner,
        [](const QString &, const jobs::JobLogEntry &entry) {
            std::fprintf(stderr, "%s %s\n", qPrintable(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                qPrintable(entry.message));
        },
        Qt::DirectConnection);

    jobs::JobInfo request;
    request.kind = kind;
    request.title = kind;
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    if (!steps.isEmpty())
        request.steps = steps;
    else if (kind == QLatin1String("instance.create"))
        request.steps = provisioning::createSteps();
    else if (kind == QLatin1String("instance.delete"))
        request.steps = provisioning::removeSteps();
    else
        request.steps = provisioning::actionSteps(kind);
    if (createTarget) {
        const Result<QString> target = createTarget();
        if (!target.ok()) {
            jobs::JobInfo rejected = request;
            rejected.state = jobs::JobState::Failed;
            rejected.error = target.error();
            return rejected;
        }
        request.targetId = target.value();
    }
    err.flush();
    const QString id = runner.submit(request, [&](jobs::JobContext &context) { return body(provisioner, context); });
    std::fprintf(stderr, "%s\n", qPrintable(tr("Job %1 (%2).").arg(id, kind)));
    waitForJob(runner, id);
    return runner.job(id).value_or(jobs::JobInfo {});
}

// Reports the end of `job`. A failed job exits with `failure`, and with
// `message` in place of the job's error when one is given.
int finishJob(CommandRun &run, const jobs::JobInfo &job, const QString &instanceId, QTextStream &out,
    ExitCode failure = ExitCode::OperationFailed, const QString &message = {})
{
    const Result<Instance> instance = run.catalog().instance(instanceId);
    if (job.state != jobs::JobState::Succeeded) {
        const QString error = message.isEmpty() ? job.error : message;
        // A cancel sent with 'saasodoo job cancel' from another process ends
        // the job as a SIGTERM would, so it exits with the same 143. A
        // signal to this process gets its own code in main.
        if (job.state == jobs::JobState::Cancelled && cancelSignal() == 0)
            failure = ExitCode(128 + SIGTERM);
        if (run.json() && instance.ok()) {
            QJsonObject result = instanceJson(instance.value());
            result.insert(QStringLiteral("error"), error);
            result.insert(QStringLiteral("job_id"), job.id);
            run.printJson(result);
        }
        return run.fail(failure, error);
    }
    if (!instance.ok())
        return run.fail(ExitCode::OperationFailed, instance.error());
    const Result<catalog::Host> host = run.catalog().host(instance->hostId);
    const QString url = host.ok() ? instanceUrl(instance.value(), host.value()) : QString();
    if (run.json()) {
        QJsonObject result = instanceJson(instance.value());
        result.insert(QStringLiteral("url"), url);
        result.insert(QStringLiteral("job_id"), job.id);
        run.printJson(result);
    } else {
        out << instance->name << ": " << catalog::toString(instance->status);
        if (!url.isEmpty())
            out << "  " << url;
        out << '\n';
    }
    return ExitCode::Success;
}

// Returns the refusal that a create of `instance` gets from the checks run
// before a job starts (the tenant's plan, the host's capacity and port
// range), empty when all pass. The instance's own reservations are not
// counted.
QString createRefusal(catalog::Catalog &db, const Instance &instance)
{
    if (const Status limits = billing::checkPlanLimits(db, instance); !limits.ok())
        return limits.error();
    const Result<catalog::Host> host = db.host(instance.hostId);
    if (!host.ok())
        return {};
    secrets::SecretStore secrets;
    const Result<provisioning::HostCapacity> capacity = provisioning::measureHost(db, host.value(), &secrets, instance.id);
    if (!capacity.ok())
        return {};
    if (const Status fits = provisioning::checkCapacity(capacity.value(), instance.cpuLimit, instance.memoryLimitBytes);
        !fits.ok())
        return fits.error();
    if (const Status ports = checkPortRoom(db, host.value(), instance); !ports.ok())
        return ports.error();
    return {};
}

// Finishes a create (or retry) job. Another create may take the plan's
// last place, the host's free memory or its last free port between the checks before the job
// and the job's own validation step. Such a refusal exits with code 3 and
// the message of the check before the job, as if that check had caught it.
int finishCreate(CommandRun &run, const jobs::JobInfo &job, const QString &instanceId, QTextStream &out)
{
    if (job.state == jobs::JobState::Failed && job.currentStep <= 0) {
        const Result<Instance> instance = run.catalog().instance(instanceId);
        const QString refusal = instance.ok() ? createRefusal(run.catalog(), instance.value()) : QString();
        if (!refusal.isEmpty() && job.error.contains(refusal))
            return finishJob(run, job, instanceId, out, ExitCode::ValidationError, refusal);
    }
    return finishJob(run, job, instanceId, out);
}

// Returns whether `job`, an action on `instanceId`, stopped before it
// changed anything because another job held the instance: it failed in its
// first step, and its error names another job on the instance. Two actions
// started together both pass the check before their jobs, and the job
// that comes second rejects the action as that check would have.
bool rejectedAsBusy(catalog::Catalog &db, const jobs::JobInfo &job, const QString &instanceId)
{
    if (job.state != jobs::JobState::Failed || job.currentStep > 0)
        return false;
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return false;
    for (const catalog::Job &other : jobs.value()) {
        if (other.id != job.id && other.targetId == instanceId && job.error.contains(other.id))
            return true;
    }
    return false;
}

// Reports a change request that matches what the instance already has:
// no job is started, and the exit code is success.
int reportNoChange(CommandRun &run, const Instance &instance, QTextStream &out, const QString &message)
{
    if (run.json()) {
        QJsonObject result = instanceJson(instance);
        result.insert(QStringLiteral("changed"), false);
        result.insert(QStringLiteral("message"), message);
        run.printJson(result);
    } else {
        out << message << '\n';
    }
    return ExitCode::Success;
}

// Returns `text` trimmed and ending with a full stop, so that a server's
// message can be followed by a sentence of ours.
QString asSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
}

// Checks what the create job's first steps need from `host` and would
// otherwise reject only after the catalog holds an `error` record: the
// instance's image on the engine, and a PostgreSQL login that is no
// superuser (unless the host allows one). The job checks both again.
// `failure` is set to the exit code for the error: a validation error, or a
// failed operation when the engine or the server does not respond.
Status checkHostServes(const catalog::Host &host, const catalog::Tenant &tenant, const Instance &instance,
    const QString &pgPassword, secrets::SecretStore *secrets, ExitCode &failure)
{
    failure = ExitCode::ValidationError;
    const Result<provisioning::InstancePlan> plan
        = provisioning::planInstance(instance, tenant, host, provisioning::hostNetwork(host, fallbackNetwork()));
    if (!plan.ok())
        return makeError(plan.error());
    const Result<docker::ClientOptions> options = provisioning::dockerClientOptions(host, secrets);
    if (!options.ok())
        return makeError(options.error());
    docker::DockerClient client(provisioning::dockerEndpoint(host), options.value());
    const docker::DockerResult<bool> image = client.imageExists(plan->image);
    if (!image.ok()) {
        failure = ExitCode::OperationFailed;
        return makeError(tr("The Docker engine of host %1 did not respond: %2").arg(host.name, asSentence(image.error())));
    }
    if (!image.value())
        return makeError(tr("Image %1 is not on host %2. Pull or build it there first (docker pull %1), then "
                            "create the instance again.")
                             .arg(plan->image, host.name));

    Result<postgres::PgConnection> pg
        = postgres::PgConnection::open({ host.pgHost, host.pgPort, host.pgAdminUser }, pgPassword);
    if (!pg.ok()) {
        failure = ExitCode::OperationFailed;
        return makeError(tr("Could not connect to PostgreSQL of host %1: %2").arg(host.name, asSentence(pg.error())));
    }
    const Result<postgres::ConsoleRoleCheck> role = postgres::checkConsoleRole(pg.value(), host.allowSuperuserOverride);
    if (!role.ok())
        return makeError(role.error());
    return {};
}

// Parses KEY=VALUE arguments. A key given twice is rejected, because only
// one of the values could be kept. Keys that the container needs as the
// image or the provisioner sets them are rejected with the key named, by
// the catalog's rule that the console's editors apply too.
QMap<QString, QString> parseEnvironment(const QStringList &assignments, QString *error)
{
    QMap<QString, QString> environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            *error = tr("Environment variable %1 is invalid: write KEY=VALUE.").arg(assignment);
            return {};
        }
        const QString key = assignment.left(equals);
        if (environment.contains(key)) {
            *error = tr("Environment variable %1 is given twice (%1=%2 and %3). Give each variable once.")
                         .arg(key, environment.value(key), assignment);
            return {};
        }
        if (const Status valid = catalog::validateEnvironmentKey(key); !valid.ok()) {
            *error = valid.error();
            return {};
        }
        environment.insert(key, assignment.mid(equals + 1));
    }
    return environment;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

// The range of --health-timeout. Odoo responds to /web/health within seconds
// of starting, so the upper bound only keeps a typo from blocking a job for hours.
constexpr int minHealthTimeout = 10;
constexpr int maxHealthTimeout = 3600;

const QCommandLineOption &healthTimeoutOption()
{
    static const QCommandLineOption option { QStringLiteral("health-timeout"),
        tr("Seconds to wait for Odoo to answer on /web/health, %1 to %2 (default %3).")
            .arg(minHealthTimeout)
            .arg(maxHealthTimeout)
            .arg(provisioning::ProvisionerOptions {}.healthTimeout.count()),
        tr("seconds") };
    return option;
}

// Reads --health-timeout; zero when it is not given.
Result<std::chrono::seconds> healthTimeoutValue(CommandRun &run)
{
    const QString text = run.parser().value(QStringLiteral("health-timeout"));
    if (text.isEmpty())
        return std::chrono::seconds(0);
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < minHealthTimeout || seconds > maxHealthTimeout)
        return makeError(tr("Health timeout %1 is invalid: give whole seconds from %2 to %3.")
                             .arg(text)
                             .arg(minHealthTimeout)
                             .arg(maxHealthTimeout));
    return std::chrono::seconds(seconds);
}

// The range of --init-timeout. By estimate, a base install of a real Odoo
// takes minutes, and many addons or a slow disk take longer, so the upper
// bound only keeps a typo from blocking a job for days.
constexpr int minInitTimeout = 10;
constexpr int maxInitTimeout = 6 * 3600;

const QCommandLineOption &initTimeoutOption()
{
    static const QCommandLineOption option { QStringLiteral("init-timeout"),
        tr("Seconds that Odoo's database initialisation (odoo -i ... --stop-after-init) may run, %1 to %2 (default "
           "%3). A create whose initialisation runs longer fails and is rolled back.")
            .arg(minInitTimeout)
            .arg(maxInitTimeout)
            .arg(provisioning::ProvisionerOptions {}.initTimeout.count()),
        tr("seconds") };
    return option;
}

// Reads --init-timeout; zero when it is not given.
Result<std::chrono::seconds> initTimeoutValue(CommandRun &run)
{
    const QString text = run.parser().value(QStringLiteral("init-timeout"));
    if (text.isEmpty())
        return std::chrono::seconds(0);
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < minInitTimeout || seconds > maxInitTimeout)
        return makeError(tr("Init timeout %1 is invalid: give whole seconds from %2 to %3.")
                             .arg(text)
                             .arg(minInitTimeout)
                             .arg(maxInitTimeout));
    return std::chrono::seconds(seconds);
}

int instanceCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo instance create"), out, err);
    QCommandLineParser &parser = run.parser();
    parser.addOptions({
        { QStringLiteral("tenant"), tr("Tenant slug."), tr("slug") },
        { QStringLiteral("name"), tr("Instance name, unique within the tenant."), tr("name") },
        { QStringLiteral("host"), tr("Host name (default: the host with the most free memory)."), tr("name") },
        { QStringLiteral("version"),
            tr("Odoo version: %1 (default: the console's default from Settings, else %2).")
                .arg(catalog::supportedOdooVersions().join(QStringLiteral(", ")), catalog::supportedOdooVersions().last()),
            tr("version") },
        { QStringLiteral("image-tag"), tr("Exact image tag, such as 18.0-20260817 (default: the version)."), tr("tag") },
        { QStringLiteral("type"), tr("development, staging or production (default development)."), tr("type") },
        { QStringLiteral("cpu"), tr("CPU limit in cores, such as 1.5 (default: the console's default, else 1)."),
            tr("cores") },
        { QStringLiteral("memory"),
            tr("Memory limit, such as 512M or 2G (default: the console's default, else 2G)."), tr("size") },
        { QStringLiteral("storage"),
            tr("Storage limit, such as 10G (default: the console's default, else 10G)."), tr("size") },
        { QStringLiteral("admin-email"), tr("The Odoo admin's login."), tr("email") },
        { QStringLiteral("demo"), tr("Load Odoo's demo data.") },
        { QStringLiteral("database"), tr("Database name (default: <tenant>_<name>)."), tr("name") },
        { QStringLiteral("addons"), tr("Modules to install, comma-separated."), tr("modules") },
        { QStringLiteral("disable"),
            tr("Modules never to install, comma-separated. A name that the image does not have fails the create, "
               "as an unknown addon does."),
            tr("modules") },
        { QStringLiteral("env"), tr("Environment variable for the container (repeatable)."), tr("KEY=VALUE") },
        { QStringLiteral("subdomain"), tr("Subdomain under the host's domain (default: <tenant>-<name>)."), tr("label") },
    });
    parser.addOption(healthTimeoutOption());
    parser.addOption(initTimeoutOption());
    if (auto stop = run.parse(arguments, 0, { QStringLiteral("tenant"), QStringLiteral("name"), QStringLiteral("admin-email") }))
        return *stop;
    const Result<std::chrono::seconds> healthTimeout = healthTimeoutValue(run);
    if (!healthTimeout.ok())
        return run.fail(ExitCode::ValidationError, healthTimeout.error());
    const Result<std::chrono::seconds> initTimeout = initTimeoutValue(run);
    if (!initTimeout.ok())
        return run.fail(ExitCode::ValidationError, initTimeout.error());
    if (auto stop = run.openCatalog())
        return *stop;
    catalog::Catalog &db = run.catalog();

    const Result<catalog::Tenant> tenant = db.tenantBySlug(run.value("tenant"));
    if (!tenant.ok())
        return run.failCatalog(tenant.error());

    Instance instance;
    instance.tenantId = tenant->id;
    instance.name = run.value("name");
    // Checked first: the subdomain and database names derive from it.
    if (const Status name = catalog::validateInstanceName(instance.name.trimmed()); !name.ok())
        return run.fail(ExitCode::ValidationError, name.error());
    // The defaults the console's new-instance wizard proposes, from the
    // same settings, so both tools create the same instance.
    const provisioning::InstanceDefaults defaults = provisioning::loadInstanceDefaults(QSettings());
    const QString defaultVersion
        = defaults.odooVersion.isEmpty() ? catalog::supportedOdooVersions().last() : defaults.odooVersion;
    instance.odooVersion = run.value("version").isEmpty() ? defaultVersion : run.value("version");
    instance.imageTag = run.value("image-tag").isEmpty() ? instance.odooVersion : run.value("image-tag");
    // Checked before the host's image, which is named after the version.
    if (const Status version = catalog::validateOdooVersion(instance.odooVersion); !version.ok())
        return run.fail(ExitCode::ValidationError, version.error());
    if (const Status tag = catalog::validateImageTag(instance.odooVersion, instance.imageTag); !tag.ok())
        return run.fail(ExitCode::ValidationError, tag.error());
    const QString type = run.value("type").isEmpty() ? QStringLiteral("development") : run.value("type");
    const auto parsedType = catalog::instanceTypeFromString(type);
    if (!parsedType)
        return run.fail(ExitCode::ValidationError,
            tr("Type %1 is invalid: use development, staging or production.").arg(type));
    instance.type = *parsedType;
    bool cpuOk = true;
    instance.cpuLimit = run.value("cpu").isEmpty() ? defaults.cpuCores : run.value("cpu").toDouble(&cpuOk);
    if (!cpuOk)
        return run.fail(ExitCode::ValidationError, tr("CPU limit %1 is invalid: give cores, such as 1.5.").arg(run.value("cpu")));
    for (const auto &[option, target, fallback] : { std::tuple { "memory", &instance.memoryLimitBytes, defaults.memoryBytes },
             std::tuple { "storage", &instance.storageLimitBytes, defaults.storageBytes } }) {
        if (run.value(option).isEmpty()) {
            *target = fallback;
            continue;
        }
        const Result<qint64> bytes = catalog::parseByteSize(QString::fromLatin1(option), run.value(option));
        if (!bytes.ok())
            return run.fail(ExitCode::ValidationError, bytes.error());
        *target = bytes.value();
    }
    instance.adminEmail = run.value("admin-email");
    instance.demoData = run.parser().isSet(QStringLiteral("demo"));
    instance.databaseName = run.value("database").isEmpty()
        ? QString(tenant->slug + u'_' + instance.name).replace(u'-', u'_')
        : run.value("database");
    instance.customAddons = splitList(run.value("addons"));
    instance.disabledModules = splitList(run.value("disable"));
    QString envError;
    instance.environment = parseEnvironment(run.parser().values(QStringLiteral("env")), &envError);
    if (!envError.isEmpty())
        return run.fail(ExitCode::ValidationError, envError);
    instance.subdomain = run.value("subdomain").isEmpty() ? QString(tenant->slug + u'-' + instance.name)
                                                          : run.value("subdomain");
    instance.status = catalog::InstanceStatus::Creating;
    // Instance names may contain characters (upper case, dots) that
    // subdomains and database names may not. A derived value that fails
    // is reported with the option that sets it, because the admin never
    // typed that value.
    if (run.value("database").isEmpty()) {
        if (const Status valid = catalog::validateDatabaseName(instance.databaseName); !valid.ok())
            return run.fail(ExitCode::ValidationError,
                tr("Instance name \"%1\" gives the database name \"%2\", which is invalid: %3 Choose one with "
                   "--database NAME.")
                    .arg(instance.name, instance.databaseName, valid.error()));
    }
    if (run.value("subdomain").isEmpty()) {
        if (const Status valid = catalog::validateSubdomain(instance.subdomain); !valid.ok())
            return run.fail(ExitCode::ValidationError,
                tr("Instance name \"%1\" gives the subdomain \"%2\", which is invalid: %3 Choose one with "
                   "--subdomain NAME.")
                    .arg(instance.name, instance.subdomain, valid.error()));
    }
    for (const QString &module : instance.customAddons) {
        if (instance.disabledModules.contains(module))
            return run.fail(ExitCode::ValidationError,
                tr("Module %1 is both in --addons and in --disable. Remove it from one of the two.").arg(module));
    }
    // The catalog reports a clash on the derived database name or
    // subdomain; a repeated instance name is the clash the admin made.
    catalog::InstanceFilter sameTenant;
    sameTenant.tenantId = tenant->id;
    const Result<QList<catalog::InstanceRow>> siblings = db.instanceRows(sameTenant);
    if (!siblings.ok())
        return run.failCatalog(siblings.error());
    for (const catalog::InstanceRow &row : siblings.value()) {
        if (row.name == instance.name.trimmed())
            return run.fail(ExitCode::ValidationError,
                tr("Instance name \"%1\" is already used in tenant %2. Choose another --name.")
                    .arg(instance.name, tenant->slug));
    }

    // The plan, like capacity, is checked before the catalog gets a record,
    // and again by the job's validation step.
    if (const Status limits = billing::checkPlanLimits(db, instance); !limits.ok())
        return run.fail(ExitCode::ValidationError, limits.error());

    // Capacity is checked here, before the catalog gets a record, and again
    // by the job's validation step.
    secrets::SecretStore secrets;
    catalog::Host host;
    if (!run.value("host").isEmpty()) {
        const Result<catalog::Host> named = db.hostByName(run.value("host"));
        if (!named.ok())
            return run.failCatalog(named.error());
        host = named.value();
        // The automatic choice passes over such hosts; a named one is
        // rejected the same way, so a retired host takes no instance.
        if (host.status != catalog::HostStatus::Active)
            return run.fail(ExitCode::ValidationError,
                tr("Host %1 is %2 and takes no new instances. Choose an active host, or make it active with "
                   "'saasodoo host edit %1 --status active'.")
                    .arg(host.name, catalog::toString(host.status)));
        const Result<provisioning::HostCapacity> capacity = provisioning::measureHost(db, host, &secrets);
        if (!capacity.ok())
            return run.fail(ExitCode::OperationFailed, capacity.error());
        if (const Status fits = provisioning::checkCapacity(capacity.value(), instance.cpuLimit,
                instance.memoryLimitBytes);
            !fits.ok())
            return run.fail(ExitCode::ValidationError, fits.error());
    } else {
        const Result<catalog::Host> chosen = provisioning::chooseHost(db, &secrets, instance.cpuLimit, instance.memoryLimitBytes,
            provisioning::workersFor(instance.type, instance.cpuLimit));
        if (!chosen.ok())
            return run.fail(ExitCode::ValidationError, chosen.error());
        host = chosen.value();
    }
    instance.hostId = host.id;
    // A full port range is a validation error too: no record, no job.
    if (const Status ports = checkPortRoom(db, host, instance); !ports.ok())
        return run.fail(ExitCode::ValidationError, ports.error());
    // The job's database step needs the host's PostgreSQL password, so a
    // missing one is a validation error too.
    QFuture<Result<QString>> pgPassword = secrets.read(provisioning::pgPasswordKey(host));
    pgPassword.waitForFinished();
    if (!pgPassword.result().ok() || pgPassword.result().value().isEmpty())
        return run.fail(ExitCode::ValidationError,
            tr("The PostgreSQL password of host %1 could not be read from the keychain: %2 Store it with "
               "'saasodoo host set-password %1', then create the instance again.")
                .arg(host.name, pgPassword.result().ok() ? tr("it is empty.") : pgPassword.result().error()));

    ExitCode hostFailure = ExitCode::ValidationError;
    if (const Status ready
        = checkHostServes(host, tenant.value(), instance, pgPassword.result().value(), &secrets, hostFailure);
        !ready.ok())
        return run.fail(hostFailure, ready.error());

    QString instanceId;
    std::optional<QString> recordError;
    const auto createRecord = [&]() -> Result<QString> {
        const Result<Instance> created = db.createInstance(instance);
        if (!created.ok()) {
            recordError = created.error();
            return makeError(created.error());
        }
        err << tr("Creating instance %1 on host %2 (database %3).").arg(created->name, host.name, created->databaseName)
            << '\n';
        instanceId = created->id;
        return instanceId;
    };
    const jobs::JobInfo job = runJob(run, QStringLiteral("instance.create"), QString(),
        [&](provisioning::Provisioner &provisioner, jobs::JobContext &context) {
            return provisioner.create(context, instanceId);
        },
        err, {}, createRecord, healthTimeout.value(), initTimeout.value());
    if (recordError)
        return run.failCatalog(*recordError);
    return finishCreate(run, job, instanceId, out);
}

int instanceList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo instance list"), out, err);
    run.parser().addOptions({
        { QStringLiteral("status"), tr("Only instances in this status."), tr("status") },
        { QStringLiteral("host"), tr("Only instances on this host."), tr("name") },
        { QStringLiteral("tenant"), tr("Only this tenant's instances."), tr("slug") },
        { QStringLiteral("search"), tr("Text in the name, database, subdomain or customer."), tr("text") },
        { QStringLiteral("all"), tr("Include deleted instances.") },
        { QStringLiteral("no-check"), tr("Show the recorded status without asking the hosts' engines first.") },
    });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    catalog::Catalog &db = run.catalog();
    catalog::InstanceFilter filter;
    filter.text = run.value("search");
    filter.includeDeleted = run.parser().isSet(QStringLiteral("all"));
    if (!run.value("status").isEmpty()) {
        const auto status = catalog::instanceStatusFromString(run.value("status"));
        if (!status)
            return run.fail(ExitCode::ValidationError, tr("Status %1 is invalid: use one of %2.")
                                                           .arg(run.value("status"), catalog::allInstanceStatusNames().join(QStringLiteral(", "))));
        filter.statuses = { *status };
    }
    if (!run.value("host").isEmpty()) {
        const Result<catalog::Host> host = db.hostByName(run.value("host"));
        if (!host.ok())
            return run.failCatalog(host.error());
        filter.hostId = host->id;
    }
    if (!run.value("tenant").isEmpty()) {
        const Result<catalog::Tenant> tenant = db.tenantBySlug(run.value("tenant"));
        if (!tenant.ok())
            return run.failCatalog(tenant.error());
        filter.tenantId = tenant->id;
    }
    // A container stopped or removed outside the console shows at once:
    // the hosts of the listed instances are reconciled first, as
    // 'host check' does. A host that does not respond within
    // engineTimeout keeps its recorded status, marked as not confirmed,
    // with a warning.
    // NOTE: hosts are checked one after another, so each hung host adds up
    // to engineTimeout to the command.
    constexpr std::chrono::seconds engineTimeout { 5 };
    QSet<QString> unconfirmedHosts;
    if (!run.parser().isSet(QStringLiteral("no-check"))) {
        const Result<QList<catalog::InstanceRow>> listed = db.instanceRows(filter);
        if (!listed.ok())
            return run.failCatalog(listed.error());
        QMap<QString, QString> hosts;
        for (const catalog::InstanceRow &row : listed.value()) {
            if (row.status != catalog::InstanceStatus::Deleted)
                hosts.insert(row.hostId, row.hostName);
        }
        secrets::SecretStore secrets;
        provisioning::Reconciler reconciler(db.config(), &secrets);
        reconciler.setEngineTimeout(engineTimeout);
        for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
            const Result<QList<provisioning::Drift>> checked = reconciler.reconcileHost(it.key());
            if (checked.ok())
                continue;
            unconfirmedHosts.insert(it.key());
            err << tr("warning: could not check host %1 (limit %2 s per engine call), so its instances show their "
                      "recorded status, marked as not confirmed: %3")
                       .arg(it.value())
                       .arg(engineTimeout.count())
                       .arg(checked.error())
                << '\n';
        }
    }
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows.ok())
        return run.failCatalog(rows.error());
    if (run.json()) {
        QJsonArray array;
        for (const catalog::InstanceRow &row : rows.value()) {
            const Result<Instance> instance = db.instance(row.id);
            if (!instance.ok())
                continue;
            QJsonObject object = instanceJson(instance.value());
            // False when the host's engine did not respond, so the status
            // is the one recorded last.
            object.insert(QStringLiteral("status_confirmed"), !unconfirmedHosts.contains(row.hostId));
            array.append(object);
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> table;
    for (const catalog::InstanceRow &row : rows.value()) {
        const QString status = unconfirmedHosts.contains(row.hostId)
            ? tr("%1 (not confirmed)").arg(catalog::toString(row.status))
            : catalog::toString(row.status);
        table.append({ row.name, row.tenantName, row.customerName, status, row.odooVersion,
            row.databaseName, row.publishedPort > 0 ? QString::number(row.publishedPort) : QString() });
    }
    run.printTable({ tr("NAME"), tr("TENANT"), tr("CUSTOMER"), tr("STATUS"), tr("VERSION"), tr("DATABASE"), tr("PORT") },
        table);
    return ExitCode::Success;
}

int instanceShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo instance show"), out, err);
    run.parser().addOption({ QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Instance> instance
        = findInstance(run.catalog(), run.parser().positionalArguments().first(), run.value("tenant"), true);
    if (!instance.ok())
        return run.fail(ExitCode::ValidationError, instance.error());
    const Result<catalog::Host> host = run.catalog().host(instance->hostId);
    const QString url = host.ok() ? instanceUrl(instance.value(), host.value()) : QString();
    // A busy state that no live job holds is shown with its repair, because
    // the stored message still reads as if the job were running.
    const QString stranded = provisioning::strandedInstanceNote(run.catalog(), instance.value());
    const QString message = stranded.isEmpty() ? instance->statusMessage : stranded;
    // What the database holds, which differs from the request when an
    // admin installed or removed modules in Odoo since the create. A
    // deleted instance has no database, and a creating one may have none.
    // An instance in error whose create never succeeded has no database
    // either: its rollback or clean-up dropped it.
    std::optional<Result<QStringList>> installed;
    bool neverCreated = false;
    if (instance->status == catalog::InstanceStatus::Error) {
        const Result<bool> ran = provisioning::hasRun(run.catalog().config(), instance->id);
        neverCreated = ran.ok() && !ran.value();
    }
    if (instance->status != catalog::InstanceStatus::Deleted && instance->status != catalog::InstanceStatus::Creating
        && !neverCreated) {
        secrets::SecretStore secrets;
        installed = provisioning::installedModules(run.catalog().config(), &secrets, instance->id);
    }
    if (run.json()) {
        QJsonObject result = instanceJson(instance.value());
        result.insert(QStringLiteral("url"), url);
        if (installed && installed->ok())
            result.insert(QStringLiteral("installed_modules"), QJsonArray::fromStringList(installed->value()));
        else if (installed)
            result.insert(QStringLiteral("installed_modules_error"), installed->error());
        if (!stranded.isEmpty())
            result.insert(QStringLiteral("status_message"), stranded);
        run.printJson(result);
        return ExitCode::Success;
    }
    QStringList environment;
    for (auto it = instance->environment.cbegin(); it != instance->environment.cend(); ++it)
        environment << it.key() + u'=' + it.value();
    run.printFields({
        { tr("Name"), instance->name },
        { tr("Id"), instance->id },
        { tr("Status"), catalog::toString(instance->status) },
        { tr("Message"), message },
        { tr("URL"), url },
        { tr("Host"), host.ok() ? host->name : QString() },
        { tr("Odoo"), instance->imageTag },
        { tr("Type"), catalog::toString(instance->type) },
        { tr("CPU"), QString::number(instance->cpuLimit) },
        { tr("Memory"), catalog::formatByteSize(instance->memoryLimitBytes) },
        { tr("Database"), instance->databaseName },
        { tr("Admin"), instance->adminEmail },
        { tr("Requested addons"), instance->customAddons.join(QStringLiteral(", ")) },
        { tr("Installed modules (database)"),
            neverCreated ? tr("none (the create did not finish, so the instance has no database yet)")
            : !installed ? tr("none read (the instance is %1)").arg(provisioning::statusPhrase(instance->status))
            : installed->ok() ? installed->value().join(QStringLiteral(", "))
                              : tr("not read: %1").arg(installed->error()) },
        { tr("Disabled modules"), instance->disabledModules.join(QStringLiteral(", ")) },
        { tr("Demo data"), instance->demoData ? tr("yes") : tr("no") },
        { tr("Environment"), environment.join(QStringLiteral(" ")) },
        { tr("Port"), instance->publishedPort > 0 ? QString::number(instance->publishedPort) : QString() },
    });
    return ExitCode::Success;
}

// start, stop, restart, resume, delete, suspend, update, set-limits, set-env.
// Warns when dunning suspended the instance and its subscription is still
// suspended, because the next billing run then suspends it again.
void warnIfDunningSuspended(catalog::Catalog &catalog, const Instance &instance, QTextStream &err)
{
    const Result<QList<catalog::DunningSuspension>> suspensions = catalog.dunningSuspensions();
    if (!suspensions.ok())
        return;
    for (const catalog::DunningSuspension &entry : suspensions.value()) {
        if (entry.instanceId != instance.id)
            continue;
        const Result<catalog::Subscription> subscription = catalog.subscription(entry.subscriptionId);
        if (!subscription.ok() || subscription->status != catalog::SubscriptionStatus::Suspended)
            return;
        const Result<catalog::Invoice> invoice = catalog.invoice(entry.invoiceId);
        err << tr("Warning: dunning suspended instance %1, and its subscription is still suspended for unpaid "
                  "invoice %2. The next billing run suspends it again unless the invoice is paid.")
                   .arg(instance.name, invoice.ok() ? invoice->number : entry.invoiceId)
            << '\n';
        return;
    }
}

int instanceAction(const QString &action, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo instance ") + action, out, err);
    run.parser().addOption({ QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") });
    run.parser().addPositionalArgument(QStringLiteral("instance"), tr("Instance name or id."));
    int positional = 1;
    if (action == QLatin1String("suspend"))
        run.parser().addOption({ QStringLiteral("reason"), tr("Why, for the status message and the audit log."), tr("text") });
    if (action == QLatin1String("update"))
        run.parser().addOption({ QStringLiteral("modules"), tr("Modules to update, comma-separated, or all."), tr("modules") });
    if (action == QLatin1String("set-limits")) {
        run.parser().addOption({ QStringLiteral("cpu"), tr("New CPU limit in cores."), tr("cores") });
        run.parser().addOption({ QStringLiteral("memory"), tr("New memory limit, such as 2G."), tr("size") });
    }
    if (action == QLatin1String("set-env")) {
        run.parser().addOption({ QStringLiteral("unset"), tr("Remove this variable (repeatable)."), tr("KEY") });
        run.parser().addPositionalArgument(QStringLiteral("KEY=VALUE"),
            tr("Variables to add or change; the others stay as they are."), QStringLiteral("[KEY=VALUE...]"));
        positional = -1;
    }
    if (action == QLatin1String("retry")) {
        run.parser().addOption(healthTimeoutOption());
        run.parser().addOption(initTimeoutOption());
    }
    if (action == QLatin1String("delete")) {
        run.parser().addOption({ QStringLiteral("yes"), tr("Confirm: delete the container, volume, database, role and secrets.") });
        run.parser().addOption({ QStringLiteral("final-backup"),
            tr("Take a backup first, kept until an admin deletes it. When it fails, nothing is deleted.") });
    }

    if (positional > 0) {
        const QStringList required
            = action == QLatin1String("update") ? QStringList { QStringLiteral("modules") } : QStringList {};
        if (auto stop = run.parse(arguments, positional, required))
            return *stop;
    } else {
        const bool parsed = run.parser().parse(QStringList { action } + arguments);
        if (parsed && run.parser().isSet(QStringLiteral("help"))) {
            out << run.helpText();
            return ExitCode::Success;
        }
        if (!parsed)
            return run.usageError(run.parser().errorText());
        if (run.parser().positionalArguments().isEmpty())
            return run.usageError(tr("give the instance, then KEY=VALUE pairs."));
    }
    if (auto stop = run.openCatalog())
        return *stop;
    const QStringList positionals = run.parser().positionalArguments();
    // A deleted instance is found too, so that the check below rejects the
    // action with its state, as 'instance show' prints it.
    const Result<Instance> found = findInstance(run.catalog(), positionals.first(), run.value("tenant"), true);
    if (!found.ok())
        return run.fail(ExitCode::ValidationError, found.error());
    const Instance instance = found.value();
    const QString id = instance.id;

    using provisioning::Action;
    static const QMap<QString, Action> actions { { QStringLiteral("start"), Action::Start },
        { QStringLiteral("stop"), Action::Stop }, { QStringLiteral("restart"), Action::Restart },
        { QStringLiteral("suspend"), Action::Suspend }, { QStringLiteral("resume"), Action::Resume },
        { QStringLiteral("update"), Action::UpdateModules }, { QStringLiteral("set-limits"), Action::SetLimits },
        { QStringLiteral("set-env"), Action::SetEnvironment }, { QStringLiteral("delete"), Action::Delete },
        { QStringLiteral("retry"), Action::Retry } };
    // Reject a transition before any job starts, with the allowed ones.
    if (const Status allowed = provisioning::checkActionWithJobs(run.catalog(), instance, actions.value(action));
        !allowed.ok())
        return run.fail(ExitCode::ValidationError, allowed.error());
    if (action == QLatin1String("resume"))
        warnIfDunningSuspended(run.catalog(), instance, err);
    std::chrono::seconds healthTimeout { 0 };
    std::chrono::seconds initTimeout { 0 };
    if (action == QLatin1String("retry")) {
        const Result<std::chrono::seconds> timeout = healthTimeoutValue(run);
        if (!timeout.ok())
            return run.fail(ExitCode::ValidationError, timeout.error());
        healthTimeout = timeout.value();
        const Result<std::chrono::seconds> initLimit = initTimeoutValue(run);
        if (!initLimit.ok())
            return run.fail(ExitCode::ValidationError, initLimit.error());
        initTimeout = initLimit.value();
        if (const Status allowed = provisioning::checkRetry(run.catalog().config(), instance); !allowed.ok())
            return run.fail(ExitCode::ValidationError, allowed.error());
        const Result<catalog::Host> host = run.catalog().host(instance.hostId);
        if (!host.ok())
            return run.failCatalog(host.error());
        if (const Status ports = checkPortRoom(run.catalog(), host.value(), instance); !ports.ok())
            return run.fail(ExitCode::ValidationError, ports.error());
    }

    JobBody body;
    QStringList deleteSteps;
    double setLimitsCpu = 0;
    qint64 setLimitsMemory = 0;
    if (action == QLatin1String("start"))
        body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.start(c, id); };
    else if (action == QLatin1String("retry"))
        body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.create(c, id); };
    else if (action == QLatin1String("stop"))
        body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.stop(c, id); };
    else if (action == QLatin1String("restart"))
        body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.restart(c, id); };
    else if (action == QLatin1String("resume"))
        body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.resume(c, id); };
    else if (action == QLatin1String("suspend")) {
        const QString reason = run.value("reason");
        body = [id, reason](provisioning::Provisioner &p, jobs::JobContext &c) { return p.suspend(c, id, reason); };
    } else if (action == QLatin1String("update")) {
        const QStringList modules = splitList(run.value("modules"));
        if (modules.isEmpty())
            return run.usageError(tr("missing required option --modules."));
        if (modules.contains(QLatin1String("all")) && modules.size() > 1)
            return run.fail(ExitCode::ValidationError,
                tr("--modules all updates every module: give it alone, without other names."));
        if (modules != QStringList { QStringLiteral("all") }) {
            if (const Status valid = catalog::validateModuleNames(tr("Module"), modules); !valid.ok())
                return run.fail(ExitCode::ValidationError, valid.error());
            for (const QString &module : modules) {
                if (instance.disabledModules.contains(module))
                    return run.fail(ExitCode::ValidationError,
                        tr("Module %1 is disabled on instance %2, so it cannot be updated.").arg(module, instance.name));
            }
            // A database that cannot be read here is left to the job, which
            // reads it again and reports the failure.
            secrets::SecretStore secrets;
            const Result<QString> problem
                = provisioning::moduleUpdateProblem(run.catalog().config(), &secrets, id, modules);
            if (problem.ok() && !problem->isEmpty())
                return run.fail(ExitCode::ValidationError, problem.value());
        }
        body = [id, modules](provisioning::Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, modules); };
    } else if (action == QLatin1String("set-limits")) {
        double cpu = instance.cpuLimit;
        qint64 memory = instance.memoryLimitBytes;
        if (!run.value("cpu").isEmpty()) {
            bool ok = false;
            cpu = run.value("cpu").toDouble(&ok);
            const Status valid = ok ? catalog::validateCpu(tr("CPU limit"), cpu)
                                    : Status(makeError(tr("CPU limit %1 is invalid: give cores, such as 1.5.").arg(run.value("cpu"))));
            if (!valid.ok())
                return run.fail(ExitCode::ValidationError, valid.error());
        }
        if (!run.value("memory").isEmpty()) {
            const Result<qint64> bytes = catalog::parseByteSize(tr("Memory limit"), run.value("memory"));
            if (!bytes.ok())
                return run.fail(ExitCode::ValidationError, bytes.error());
            memory = bytes.value();
        }
        if (run.value("cpu").isEmpty() && run.value("memory").isEmpty())
            return run.usageError(tr("give --cpu, --memory or both."));
        if (qFuzzyCompare(cpu, instance.cpuLimit) && memory == instance.memoryLimitBytes)
            return reportNoChange(run, instance, out,
                tr("Nothing to change: instance %1 already has %2 CPU cores and %3 of memory.")
                    .arg(instance.name, QString::number(cpu), catalog::formatByteSize(memory)));
        // The rules of create apply before any job starts, and the job
        // checks again.
        secrets::SecretStore secrets;
        if (const Status fits = provisioning::checkLimits(run.catalog().config(), &secrets, id, cpu, memory);
            !fits.ok())
            return run.fail(ExitCode::ValidationError,
                tr("Limits of instance %1 not changed: %2").arg(instance.name, fits.error()));
        setLimitsCpu = cpu;
        setLimitsMemory = memory;
        body = [id, cpu, memory](provisioning::Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, cpu, memory); };
    } else if (action == QLatin1String("set-env")) {
        QString error;
        QMap<QString, QString> environment = instance.environment;
        const QMap<QString, QString> added = parseEnvironment(positionals.mid(1), &error);
        if (!error.isEmpty())
            return run.fail(ExitCode::ValidationError, error);
        const QStringList unset = run.parser().values(QStringLiteral("unset"));
        if (added.isEmpty() && unset.isEmpty())
            return run.usageError(tr("give KEY=VALUE pairs to set, --unset KEY to remove, or both."));
        for (const QString &key : unset) {
            if (added.contains(key))
                return run.usageError(tr("%1 is both set and given to --unset; give it once.").arg(key));
        }
        environment.insert(added);
        for (const QString &key : run.parser().values(QStringLiteral("unset")))
            environment.remove(key);
        if (const Status valid = catalog::validateEnvironment(environment); !valid.ok())
            return run.fail(ExitCode::ValidationError, valid.error());
        if (environment == instance.environment) {
            QStringList notSet;
            for (const QString &key : unset) {
                if (!instance.environment.contains(key))
                    notSet << key;
            }
            if (added.isEmpty() && !notSet.isEmpty())
                return reportNoChange(run, instance, out,
                    tr("Nothing to change: instance %1 has no variable %2 to remove.")
                        .arg(instance.name, notSet.join(QStringLiteral(", "))));
            return reportNoChange(run, instance, out,
                tr("Nothing to change: instance %1 already has these environment variables.").arg(instance.name));
        }
        body = [id, environment](provisioning::Provisioner &p, jobs::JobContext &c) {
            return p.setEnvironment(c, id, environment);
        };
    } else if (action == QLatin1String("delete")) {
        if (!run.parser().isSet(QStringLiteral("yes")))
            return run.fail(ExitCode::UsageError,
                tr("Deleting %1 removes its container, volume, database %2 with the copies that restores kept, role and "
                   "secrets. Add --yes to confirm.")
                    .arg(instance.name, instance.databaseName));
        if (run.parser().isSet(QStringLiteral("final-backup"))) {
            static const QList<catalog::InstanceStatus> backupStates { catalog::InstanceStatus::Running,
                catalog::InstanceStatus::Stopped, catalog::InstanceStatus::Suspended };
            // An instance whose create failed before it ever ran has no
            // data, and start is rejected for it.
            const Result<bool> ran = provisioning::hasRun(run.catalog().config(), instance.id);
            if (ran.ok() && !ran.value())
                return run.fail(ExitCode::ValidationError,
                    tr("Instance %1 never ran, so it has no data to back up. Delete it without --final-backup.")
                        .arg(instance.name));
            if (!backupStates.contains(instance.status))
                return run.fail(ExitCode::ValidationError,
                    tr("Instance %1 is %2: a final backup needs it running, stopped or suspended. Start it first, "
                       "or delete without --final-backup.")
                        .arg(instance.name, provisioning::statusPhrase(instance.status)));
            backup::BackupSettings backupSettings = backup::loadBackupSettings();
            if (!backupSettings.invalidSetting.isEmpty())
                return run.fail(ExitCode::ValidationError, backupSettings.invalidSetting);
            // The store and the backup jobs live until runJob() returns,
            // which waits for the job.
            auto backupSecrets = std::make_shared<secrets::SecretStore>();
            auto backups = std::make_shared<backup::BackupJobs>(run.catalog().config(), backupSecrets.get(),
                std::move(backupSettings));
            body = [id, backupSecrets, backups](provisioning::Provisioner &p, jobs::JobContext &c) {
                return p.remove(c, id, [&](jobs::JobContext &context) {
                    QString backupId;
                    const Status created = backups->create(context, id, catalog::BackupKind::Final, &backupId);
                    if (created.ok())
                        context.info(tr("Final backup %1 is kept until an admin deletes it.").arg(backupId));
                    return created;
                });
            };
            deleteSteps = backup::createSteps() + provisioning::removeSteps();
        } else {
            body = [id](provisioning::Provisioner &p, jobs::JobContext &c) { return p.remove(c, id); };
        }
    }
    const QString kind = action == QLatin1String("retry") ? QStringLiteral("instance.create") : QStringLiteral("instance.") + action;
    const jobs::JobInfo job = runJob(run, kind, id, body, err, deleteSteps, {}, healthTimeout, initTimeout);
    // A retry that another job overtook between the check above and its
    // own validation step stops there without a change. It exits as the
    // check above would have rejected it a moment later: code 3.
    if (action == QLatin1String("retry") && job.state != jobs::JobState::Succeeded && job.currentStep <= 0) {
        const Result<Instance> now = run.catalog().instance(id);
        if (now.ok()
            && (!provisioning::checkAction(now.value(), Action::Retry).ok()
                || !provisioning::checkRetry(run.catalog().config(), now.value()).ok()))
            return finishJob(run, job, id, out, ExitCode::ValidationError);
    }
    if (action == QLatin1String("retry"))
        return finishCreate(run, job, id, out);
    // The job checks the new limits again in its first step: a refusal
    // there is the pre-check's, with its exit code and message.
    if (action == QLatin1String("set-limits") && job.state == jobs::JobState::Failed && job.currentStep <= 0) {
        secrets::SecretStore secrets;
        const Status fits = provisioning::checkLimits(run.catalog().config(), &secrets, id, setLimitsCpu, setLimitsMemory);
        if (!fits.ok() && job.error.contains(fits.error()))
            return finishJob(run, job, id, out, ExitCode::ValidationError,
                tr("Limits of instance %1 not changed: %2").arg(instance.name, fits.error()));
    }
    if (rejectedAsBusy(run.catalog(), job, id))
        return finishJob(run, job, id, out, ExitCode::ValidationError);
    return finishJob(run, job, id, out);
}

int instanceLogs(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo instance logs"), out, err);
    run.parser().addOptions({ { QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") },
        { QStringLiteral("tail"), tr("Number of lines from the end, or all (default 100)."), tr("lines") },
        { QStringLiteral("follow"), tr("Keep printing new lines until interrupted.") } });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    int tail = 100;
    if (!run.value("tail").isEmpty()) {
        bool ok = false;
        tail = run.value("tail") == QLatin1String("all") ? -1 : run.value("tail").toInt(&ok);
        if (run.value("tail") != QLatin1String("all") && (!ok || tail < 0))
            return run.fail(ExitCode::ValidationError,
                tr("--tail \"%1\" is invalid: give a number of lines (0 or more) or all.").arg(run.value("tail")));
    }
    const bool follow = run.parser().isSet(QStringLiteral("follow"));
    if (follow && run.json())
        return run.usageError(tr("--follow and --json cannot be combined: JSON output is printed once the log is read."));
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Instance> instance = findInstance(run.catalog(), run.parser().positionalArguments().first(), run.value("tenant"));
    if (!instance.ok())
        return run.fail(ExitCode::ValidationError, instance.error());
    if (instance->containerId.isEmpty())
        return run.fail(ExitCode::ValidationError,
            tr("Instance %1 has no container (it is %2), so it has no log.")
                .arg(instance->name, provisioning::statusPhrase(instance->status)));
    const Result<catalog::Host> host = run.catalog().host(instance->hostId);
    if (!host.ok())
        return run.failCatalog(host.error());
    secrets::SecretStore secrets;
    const Result<docker::ClientOptions> clientOptions = provisioning::dockerClientOptions(host.value(), &secrets);
    if (!clientOptions.ok())
        return run.fail(ExitCode::OperationFailed, clientOptions.error());
    docker::DockerClient client(provisioning::dockerEndpoint(host.value()), clientOptions.value());
    docker::LogOptions options;
    options.tail = tail;
    options.follow = follow;

    if (!run.json()) {
        const docker::DockerStatus status = client.logs(instance->containerId, options,
            [](docker::StreamType stream, QByteArrayView data) {
                std::fwrite(data.constData(), 1, size_t(data.size()), stream == docker::StreamType::Stderr ? stderr : stdout);
                return true;
            });
        if (!status.ok())
            return run.fail(ExitCode::OperationFailed, status.error());
        return ExitCode::Success;
    }

    // Whole lines per stream: the engine's frames may split a line.
    QByteArray pending[2];
    QJsonArray lines;
    auto addLine = [&lines](docker::StreamType stream, const QByteArray &line) {
        lines.append(QJsonObject { { QStringLiteral("stream"),
                                       stream == docker::StreamType::Stderr ? QStringLiteral("stderr") : QStringLiteral("stdout") },
            { QStringLiteral("line"), QString::fromUtf8(line) } });
    };
    const docker::DockerStatus status = client.logs(instance->containerId, options,
        [&](docker::StreamType stream, QByteArrayView data) {
            QByteArray &buffer = pending[stream == docker::StreamType::Stderr ? 1 : 0];
            buffer.append(data.constData(), data.size());
            qsizetype end = 0;
            while ((end = buffer.indexOf('\n')) >= 0) {
                addLine(stream, buffer.left(end));
                buffer.remove(0, end + 1);
            }
            return true;
        });
    if (!status.ok())
        return run.fail(ExitCode::OperationFailed, status.error());
    if (!pending[0].isEmpty())
        addLine(docker::StreamType::Stdout, pending[0]);
    if (!pending[1].isEmpty())
        addLine(docker::StreamType::Stderr, pending[1]);
    run.printJson(QJsonObject { { QStringLiteral("instance"), instance->name },
        { QStringLiteral("container_id"), instance->containerId }, { QStringLiteral("lines"), lines } });
    return ExitCode::Success;
}

// Marks the jobs of processes that died as interrupted, as every process
// that runs jobs does when it starts.
void recoverInterruptedJobs(CommandRun &run)
{
    jobs::CatalogJobStore store(run.catalog().config());
    jobs::JobRunner runner(&store);
    runner.recoverInterrupted();
}

int jobList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo job list"), out, err);
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    recoverInterruptedJobs(run);
    const Result<QList<catalog::Job>> jobs = run.catalog().jobs(200);
    if (!jobs.ok())
        return run.failCatalog(jobs.error());
    if (run.json()) {
        QJsonArray array;
        for (const catalog::Job &job : jobs.value()) {
            array.append(QJsonObject { { QStringLiteral("id"), job.id }, { QStringLiteral("kind"), job.kind },
                { QStringLiteral("target_type"), job.targetType }, { QStringLiteral("target_id"), job.targetId },
                { QStringLiteral("state"), catalog::toString(job.state) }, { QStringLiteral("progress"), job.progress },
                { QStringLiteral("error"), job.error }, { QStringLiteral("created_at"), time(job.createdAt) },
                { QStringLiteral("finished_at"), time(job.finishedAt) } });
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> table;
    for (const catalog::Job &job : jobs.value()) {
        table.append({ job.id, job.kind, catalog::toString(job.state), QString::number(job.progress) + u'%',
            time(job.createdAt), job.error.section(u'\n', 0, 0).left(60) });
    }
    run.printTable({ tr("ID"), tr("KIND"), tr("STATE"), tr("PROGRESS"), tr("CREATED"), tr("ERROR") }, table);
    return ExitCode::Success;
}

int jobShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo job show"), out, err);
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    recoverInterruptedJobs(run);
    const QString id = run.parser().positionalArguments().first();
    const Result<catalog::Job> job = run.catalog().job(id);
    if (!job.ok())
        return run.fail(ExitCode::ValidationError, job.error());
    const Result<QList<catalog::JobLogLine>> log = run.catalog().jobLog(id);
    if (run.json()) {
        QJsonArray lines;
        for (const catalog::JobLogLine &line : log.ok() ? log.value() : QList<catalog::JobLogLine>())
            lines.append(QJsonObject { { QStringLiteral("at"), time(line.at) }, { QStringLiteral("level"), line.level },
                { QStringLiteral("message"), line.message } });
        run.printJson(QJsonObject { { QStringLiteral("id"), job->id }, { QStringLiteral("kind"), job->kind },
            { QStringLiteral("state"), catalog::toString(job->state) }, { QStringLiteral("progress"), job->progress },
            { QStringLiteral("steps"), QJsonArray::fromStringList(job->steps) }, { QStringLiteral("error"), job->error },
            { QStringLiteral("log"), lines } });
        return ExitCode::Success;
    }
    run.printFields({ { tr("Id"), job->id }, { tr("Kind"), job->kind }, { tr("State"), catalog::toString(job->state) },
        { tr("Progress"), QString::number(job->progress) + u'%' }, { tr("Started"), time(job->startedAt) },
        { tr("Finished"), time(job->finishedAt) }, { tr("Error"), job->error } });
    for (const catalog::JobLogLine &line : log.ok() ? log.value() : QList<catalog::JobLogLine>())
        out << time(line.at) << ' ' << line.level << ' ' << line.message << '\n';
    return ExitCode::Success;
}

// Writes one host secret to the keychain. Returns the error, or an empty
// string once the keychain has stored it.
QString storeHostSecret(const QString &key, const QString &secret)
{
    secrets::SecretStore store;
    QFuture<Status> written = store.write(key, secret);
    written.waitForFinished();
    return written.result().ok() ? QString() : written.result().error();
}

// Prints where a host secret was stored: the keychain key, never the value.
void printStoredSecret(CommandRun &run, QTextStream &out, const catalog::Host &host, const QString &key,
    const QString &message)
{
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("host"), host.name }, { QStringLiteral("keychain_key"), key } });
    else
        out << message << '\n';
}

// Loads job `id` for resume and cleanup: it must be an interrupted
// instance job.
// Returns whether `job`, an instance job or a backup or restore job on an
// instance, left its instance in a transitional state (creating,
// starting, restoring and the like), from where no action is allowed.
// Only a clean-up of the job gets such an instance out.
bool leftInstanceStranded(catalog::Catalog &db, const catalog::Job &job)
{
    if (job.targetType != QLatin1String("instance") || job.targetId.isEmpty())
        return false;
    const Result<Instance> instance = db.instance(job.targetId);
    if (!instance.ok() || instance->status == catalog::InstanceStatus::Deleted
        || !provisioning::allowedActions(instance->status).isEmpty())
        return false;
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return false;
    // The state must be this job's doing: no job on the instance is live
    // or started after it.
    for (const catalog::Job &other : jobs.value()) {
        if (other.targetId != job.targetId || other.id == job.id)
            continue;
        if (other.state == catalog::JobState::Queued || other.state == catalog::JobState::Running
            || other.createdAt > job.createdAt)
            return false;
    }
    return true;
}

Result<catalog::Job> interruptedInstanceJob(CommandRun &run, const QString &id, const QString &action)
{
    const Result<catalog::Job> job = run.catalog().job(id);
    if (!job.ok())
        return job;
    // A job that older versions dismissed with 'job cancel' while it left
    // its instance stranded may still be cleaned up.
    const bool strandedCancel
        = job->state == catalog::JobState::Cancelled && leftInstanceStranded(run.catalog(), job.value());
    // A restore whose own undo failed (PostgreSQL stopped half-way, say)
    // leaves its side databases behind; its clean-up removes them once the
    // server is back.
    const bool failedRestore = job->state == catalog::JobState::Failed && action == QLatin1String("cleanup")
        && (job->kind == QLatin1String("backup.restore") || job->kind == QLatin1String("backup.restore-new"));
    if (job->state != catalog::JobState::Interrupted && !strandedCancel && !failedRestore) {
        const QString hint = job->state == catalog::JobState::Running || job->state == catalog::JobState::Queued
            ? tr("its process is still running; cancel it with 'saasodoo job cancel %1'.").arg(id)
            : tr("only interrupted jobs can be resumed or cleaned up.");
        return makeError(tr("Job %1 is %2: %3").arg(id, catalog::toString(job->state), hint));
    }
    // A restore as a new instance points at its instance only once it added
    // one; its clean-up also handles the case where it had not.
    const bool restoreAsNew = job->kind == QLatin1String("backup.restore-new");
    if (isBillingJobKind(job->kind))
        return job;
    if (!restoreAsNew && (job->targetType != QLatin1String("instance") || job->targetId.isEmpty()))
        return makeError(tr("Job %1 (%2) has no instance to work on; dismiss it with 'saasodoo job cancel %1'.")
                             .arg(id, job->kind));
    return job;
}

// Closes an interrupted job once a new job has taken over from it, so that
// it is no longer offered for resume or cleanup.
void closeInterruptedJob(CommandRun &run, catalog::Job job, const QString &message)
{
    job.state = catalog::JobState::Cancelled;
    job.error = message;
    run.catalog().updateJob(job);
    run.catalog().appendJobLog(job.id, QStringLiteral("info"), message);
}

// job resume and job cleanup.
int jobTakeOver(const QString &action, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo job ") + action, out, err);
    run.parser().setApplicationDescription(action == QLatin1String("resume")
            ? tr("Runs an interrupted job again: an instance creation is cleaned up first and then made from the "
                 "start; a delete, start, stop or restart is run again.")
            : tr("Removes what an interrupted job left behind and puts its instance in the error state, from where "
                 "it can be retried or deleted."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    recoverInterruptedJobs(run);
    const QString id = run.parser().positionalArguments().first();
    const Result<catalog::Job> job = interruptedInstanceJob(run, id, action);
    if (!job.ok())
        return run.fail(ExitCode::ValidationError, job.error());
    if (job->kind.startsWith(QLatin1String("backup.")))
        return takeOverBackupJob(action, run, job.value(), out, err);
    if (isBillingJobKind(job->kind))
        return takeOverBillingJob(action, run, job.value(), out, err);
    const QString instanceId = job->targetId;
    const QString kind = job->kind;

    QString newKind = QStringLiteral("instance.cleanup");
    JobBody body = [instanceId, kind, id](provisioning::Provisioner &p, jobs::JobContext &c) {
        return p.cleanUpInterrupted(c, instanceId, kind, id);
    };
    if (action == QLatin1String("resume")) {
        using Step = std::function<Status(provisioning::Provisioner &, jobs::JobContext &)>;
        static const QMap<QString, std::function<Status(provisioning::Provisioner &, jobs::JobContext &, const QString &)>>
            reruns {
                { QStringLiteral("instance.create"), [](auto &p, auto &c, const QString &i) { return p.create(c, i); } },
                { QStringLiteral("instance.delete"), [](auto &p, auto &c, const QString &i) { return p.remove(c, i); } },
                { QStringLiteral("instance.remove"), [](auto &p, auto &c, const QString &i) { return p.remove(c, i); } },
                { QStringLiteral("instance.start"), [](auto &p, auto &c, const QString &i) { return p.start(c, i); } },
                { QStringLiteral("instance.resume"), [](auto &p, auto &c, const QString &i) { return p.start(c, i); } },
                { QStringLiteral("instance.restart"), [](auto &p, auto &c, const QString &i) { return p.restart(c, i); } },
                { QStringLiteral("instance.stop"), [](auto &p, auto &c, const QString &i) { return p.stop(c, i); } },
            };
        const auto rerun = reruns.constFind(kind);
        if (rerun == reruns.cend())
            return run.fail(ExitCode::ValidationError,
                tr("Jobs of kind %1 cannot be resumed. Clean up with 'saasodoo job cleanup %2', then run the action "
                   "again.")
                    .arg(kind, id));
        newKind = kind;
        const Step redo = [instanceId, function = rerun.value()](auto &p, auto &c) { return function(p, c, instanceId); };
        // The clean-up puts the instance in error, the state from which
        // each of these actions may run.
        body = [instanceId, kind, id, redo](provisioning::Provisioner &p, jobs::JobContext &c) -> Status {
            if (Status cleaned = p.cleanUpInterrupted(c, instanceId, kind, id); !cleaned.ok())
                return cleaned;
            return redo(p, c);
        };
    }

    // Declared up front, so the job log numbers its steps out of the full count.
    QStringList steps = provisioning::cleanUpSteps(kind);
    if (action == QLatin1String("resume") && kind == QLatin1String("instance.create"))
        steps += provisioning::createSteps();
    else if (action == QLatin1String("resume")
        && (kind == QLatin1String("instance.delete") || kind == QLatin1String("instance.remove")))
        steps += provisioning::removeSteps();

    err << tr("Taking over from interrupted job %1 (%2).").arg(id, kind) << '\n';
    const jobs::JobInfo done = runJob(run, newKind, instanceId, body, err, steps);
    if (done.state == jobs::JobState::Succeeded) {
        closeInterruptedJob(run, job.value(),
            action == QLatin1String("resume") ? tr("Interrupted; resumed as job %1.").arg(done.id)
                                               : tr("Interrupted; cleaned up by job %1.").arg(done.id));
    }
    return finishJob(run, done, instanceId, out);
}

int jobCancel(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo job cancel"), out, err);
    run.parser().setApplicationDescription(
        tr("Asks the process running a job to cancel it, and waits for the job to end. An interrupted job is "
           "dismissed as it is: nothing it left behind is removed (use 'saasodoo job cleanup' for that), unless it "
           "left its instance in a state from which no action is allowed (creating, starting and the like). Then "
           "its clean-up runs, as 'saasodoo job cleanup' does."));
    run.parser().addOption({ QStringLiteral("timeout"),
        tr("Seconds to wait for the running job to end (default 120)."), tr("seconds") });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    bool timeoutOk = true;
    const int timeout = run.value("timeout").isEmpty() ? 120 : run.value("timeout").toInt(&timeoutOk);
    if (!timeoutOk || timeout < 0)
        return run.fail(ExitCode::ValidationError,
            tr("Timeout %1 is invalid: give whole seconds, 0 or more.").arg(run.value("timeout")));
    if (auto stop = run.openCatalog())
        return *stop;
    recoverInterruptedJobs(run);
    catalog::Catalog &db = run.catalog();
    const QString id = run.parser().positionalArguments().first();
    Result<catalog::Job> job = db.job(id);
    if (!job.ok())
        return run.failCatalog(job.error());

    auto report = [&](const catalog::Job &record, const QString &text) {
        if (run.json())
            run.printJson(QJsonObject { { QStringLiteral("id"), record.id },
                { QStringLiteral("state"), catalog::toString(record.state) }, { QStringLiteral("error"), record.error } });
        else
            out << text << '\n';
        return ExitCode::Success;
    };

    switch (job->state) {
    case catalog::JobState::Succeeded:
    case catalog::JobState::Failed:
    case catalog::JobState::Cancelled:
        return run.fail(ExitCode::ValidationError,
            tr("Job %1 already ended: it %2.").arg(id, catalog::toString(job->state)));
    case catalog::JobState::Interrupted: {
        // Dismissing a job that left its instance creating or starting would
        // leave it with no allowed action, so its clean-up runs instead.
        if (leftInstanceStranded(db, job.value())) {
            err << tr("Job %1 left its instance in a state from which no action is allowed, so cancelling it "
                      "cleans up what it left, as 'saasodoo job cleanup %1' does.")
                       .arg(id)
                << '\n';
            QStringList cleanup { id };
            if (run.json())
                cleanup << QStringLiteral("--json");
            return jobTakeOver(QStringLiteral("cleanup"), cleanup, out, err);
        }
        catalog::Job dismissed = job.value();
        closeInterruptedJob(run, dismissed, tr("Interrupted; dismissed by the admin without a clean-up."));
        const Result<catalog::Job> reread = db.job(id);
        return report(reread.ok() ? reread.value() : dismissed,
            tr("Dismissed interrupted job %1. Nothing it left behind was removed.").arg(id));
    }
    case catalog::JobState::Queued:
    case catalog::JobState::Running:
        break;
    }

    if (const Status requested = db.requestJobCancel(id); !requested.ok())
        return run.failCatalog(requested.error());
    err << tr("Asked the process running job %1 to cancel it; waiting for the job to end.").arg(id) << '\n';
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < qint64(timeout) * 1000) {
        job = db.job(id);
        if (job.ok() && job->state != catalog::JobState::Queued && job->state != catalog::JobState::Running)
            return report(job.value(), tr("Job %1 %2.").arg(id, catalog::toString(job->state)));
        QThread::msleep(250);
    }
    return run.fail(ExitCode::OperationFailed,
        tr("Job %1 did not end within %2 s; its process may be busy in a step that cannot be interrupted. "
           "Check it with 'saasodoo job show %1'.")
            .arg(id)
            .arg(timeout));
}

int hostSetPassword(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host set-password"), out, err);
    run.parser().setApplicationDescription(
        tr("Stores the host's PostgreSQL password in the keychain, read from standard input (never an argument)."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<catalog::Host> host = run.catalog().hostByName(run.parser().positionalArguments().first());
    if (!host.ok())
        return run.failCatalog(host.error());
    const QString password = readSecretLine(err, tr("PostgreSQL password: "));
    if (password.isEmpty())
        return run.fail(ExitCode::ValidationError, tr("No password on standard input."));
    // A password is stored only once the server accepts it, so a typo never
    // replaces a working one.
    const postgres::PgEndpoint endpoint { host->pgHost, host->pgPort, host->pgAdminUser };
    const Result<postgres::PgConnection> connection = postgres::PgConnection::open(endpoint, password);
    if (!connection.ok())
        return run.fail(ExitCode::ValidationError,
            tr("%1 Nothing was stored; check the password and try again.").arg(asSentence(connection.error())));
    const QString key = provisioning::pgPasswordKey(host.value());
    if (const QString error = storeHostSecret(key, password); !error.isEmpty())
        return run.fail(ExitCode::OperationFailed, error);
    printStoredSecret(run, out, host.value(), key,
        tr("Stored the PostgreSQL password of host %1 in the keychain as %2.").arg(host->name, key));
    return ExitCode::Success;
}

int hostSetTlsPassphrase(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host set-tls-passphrase"), out, err);
    run.parser().setApplicationDescription(tr("Stores the passphrase of the host's encrypted TLS client key in the "
                                              "keychain, read from standard input (never an argument)."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<catalog::Host> host = run.catalog().hostByName(run.parser().positionalArguments().first());
    if (!host.ok())
        return run.failCatalog(host.error());
    if (host->tlsKeyPath.isEmpty())
        return run.fail(ExitCode::ValidationError, tr("Host %1 has no TLS client key.").arg(host->name));
    if (!provisioning::isEncryptedPrivateKey(host->tlsKeyPath)) {
        return run.fail(ExitCode::ValidationError,
            tr("The TLS client key %1 of host %2 is not encrypted, so it needs no passphrase.")
                .arg(host->tlsKeyPath, host->name));
    }
    const QString passphrase = readSecretLine(err, tr("TLS key passphrase: "));
    if (passphrase.isEmpty())
        return run.fail(ExitCode::ValidationError, tr("No passphrase on standard input."));
    if (!provisioning::privateKeyOpens(host->tlsKeyPath, passphrase.toUtf8())) {
        return run.fail(ExitCode::ValidationError,
            tr("The passphrase does not decrypt the TLS client key %1; nothing was stored.").arg(host->tlsKeyPath));
    }
    const QString key = provisioning::tlsKeyPassphraseKey(host->id);
    if (const QString error = storeHostSecret(key, passphrase); !error.isEmpty())
        return run.fail(ExitCode::OperationFailed, error);

    // Check the passphrase against the engine before reporting success.
    docker::ClientOptions options;
    options.keyPassphrase = passphrase.toUtf8();
    const docker::DockerClient client(provisioning::dockerEndpoint(host.value()), options);
    const docker::DockerResult<docker::VersionInfo> version = client.version();
    if (!version.ok()) {
        return run.fail(ExitCode::OperationFailed,
            tr("Stored the passphrase as %1, but the engine could not be reached with it: %2").arg(key, version.error()));
    }
    printStoredSecret(run, out, host.value(), key,
        tr("Stored the TLS key passphrase of host %1 in the keychain as %2; the engine accepted the key.")
            .arg(host->name, key));
    return ExitCode::Success;
}

int hostCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host check"), out, err);
    run.parser().setApplicationDescription(tr("Checks a host's Docker engine and PostgreSQL server and compares "
                                              "its instances with the catalog. Changes nothing but status messages."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<catalog::Host> host = run.catalog().hostByName(run.parser().positionalArguments().first());
    if (!host.ok())
        return run.failCatalog(host.error());

    QJsonObject report { { QStringLiteral("host"), host->name } };
    QStringList problems;

    secrets::SecretStore secrets;
    const Result<docker::ClientOptions> clientOptions = provisioning::dockerClientOptions(host.value(), &secrets);
    if (!clientOptions.ok())
        problems << clientOptions.error();
    const docker::ClientOptions options = clientOptions.ok() ? clientOptions.value() : docker::ClientOptions();
    docker::DockerClient client(provisioning::dockerEndpoint(host.value()), options);
    const docker::DockerResult<docker::VersionInfo> version = client.version();
    if (version.ok()) {
        report.insert(QStringLiteral("docker_version"), version->version);
        report.insert(QStringLiteral("docker_api_version"), client.apiVersion());
    } else {
        problems << version.error();
    }

    const QString key = provisioning::pgPasswordKey(host.value());
    QFuture<Result<QString>> password = secrets.read(key);
    password.waitForFinished();
    if (!password.result().ok()) {
        problems << tr("The PostgreSQL password could not be read from the keychain: %1 If it was never stored, store it with "
                        "'saasodoo host set-password %2'.")
                        .arg(password.result().error(), host->name);
    } else {
        auto pg = postgres::PgConnection::open({ host->pgHost, host->pgPort, host->pgAdminUser }, password.result().value());
        if (!pg.ok()) {
            problems << pg.error();
        } else {
            const Result<postgres::ConsoleRoleCheck> role = postgres::checkConsoleRole(pg.value(), host->allowSuperuserOverride);
            if (!role.ok()) {
                problems << role.error();
            } else {
                report.insert(QStringLiteral("pg_role"), role->role);
                report.insert(QStringLiteral("pg_server_version"), role->serverVersion);
                report.insert(QStringLiteral("pg_superuser"), role->superuser);
                report.insert(QStringLiteral("pg_warnings"), QJsonArray::fromStringList(role->warnings));
            }
        }
    }

    QJsonArray drifts;
    if (version.ok()) {
        provisioning::Reconciler reconciler(run.catalog().config(), &secrets);
        const Result<QList<provisioning::Drift>> found = reconciler.reconcileHost(host->id);
        if (!found.ok())
            problems << found.error();
        for (const provisioning::Drift &drift : found.ok() ? found.value() : QList<provisioning::Drift>())
            drifts.append(QJsonObject { { QStringLiteral("instance"), drift.instanceName },
                { QStringLiteral("container"), drift.containerId.left(12) }, { QStringLiteral("message"), drift.message } });
    }
    report.insert(QStringLiteral("drift"), drifts);
    report.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));

    if (run.json()) {
        run.printJson(report);
    } else {
        run.printFields({ { tr("Host"), host->name },
            { tr("Docker"), version.ok() ? tr("%1 (API %2)").arg(version->version, client.apiVersion()) : tr("unreachable") },
            { tr("PostgreSQL role"), report.value(QStringLiteral("pg_role")).toString() } });
        for (const QJsonValue &warning : report.value(QStringLiteral("pg_warnings")).toArray())
            out << tr("warning: %1").arg(warning.toString()) << '\n';
        for (const QJsonValue &drift : drifts) {
            // A container with the console's labels and no catalog instance
            // has no instance name; its message names the container.
            const QString instanceName = drift[QStringLiteral("instance")].toString();
            const QString message = drift[QStringLiteral("message")].toString();
            out << (instanceName.isEmpty() ? tr("drift: %1").arg(message) : tr("drift: %1: %2").arg(instanceName, message))
                << '\n';
        }
        for (const QString &problem : problems)
            out << tr("problem: %1").arg(problem) << '\n';
    }
    return problems.isEmpty() ? ExitCode::Success : ExitCode::OperationFailed;
}

} // namespace

bool isInstanceCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    return command == QLatin1String("instance") || command == QLatin1String("job")
        || (command == QLatin1String("host")
            && (arguments.value(1) == QLatin1String("set-password") || arguments.value(1) == QLatin1String("check")
                || arguments.value(1) == QLatin1String("set-tls-passphrase")));
}

int runInstanceCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("host")) {
        if (action == QLatin1String("check"))
            return hostCheck(rest, out, err);
        if (action == QLatin1String("set-tls-passphrase"))
            return hostSetTlsPassphrase(rest, out, err);
        return hostSetPassword(rest, out, err);
    }
    if (command == QLatin1String("job")) {
        if (action == QLatin1String("list"))
            return jobList(rest, out, err);
        if (action == QLatin1String("show"))
            return jobShow(rest, out, err);
        if (action == QLatin1String("resume") || action == QLatin1String("cleanup"))
            return jobTakeOver(action, rest, out, err);
        if (action == QLatin1String("cancel"))
            return jobCancel(rest, out, err);
        if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
            out << tr("Usage: saasodoo job COMMAND [options]\nCommands: list, show, resume, cleanup, cancel.\nRun "
                      "'saasodoo job COMMAND --help' for the options of one.")
                << '\n';
            return ExitCode::Success;
        }
        err << tr("saasodoo job: unknown action '%1'. Use list, show, resume, cleanup or cancel.").arg(action) << '\n';
        return ExitCode::UsageError;
    }
    if (action == QLatin1String("create"))
        return instanceCreate(rest, out, err);
    if (action == QLatin1String("list"))
        return instanceList(rest, out, err);
    if (action == QLatin1String("show"))
        return instanceShow(rest, out, err);
    if (action == QLatin1String("logs"))
        return instanceLogs(rest, out, err);
    static const QStringList actions { QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("restart"),
        QStringLiteral("suspend"), QStringLiteral("resume"), QStringLiteral("update"), QStringLiteral("set-limits"),
        QStringLiteral("set-env"), QStringLiteral("retry"), QStringLiteral("delete") };
    if (actions.contains(action))
        return instanceAction(action, rest, out, err);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        out << tr("Usage: saasodoo instance COMMAND [options]\nCommands: create, list, show, logs, %1.\nRun "
                  "'saasodoo instance COMMAND --help' for the options of one.")
                   .arg(actions.join(QStringLiteral(", ")))
            << '\n';
        return ExitCode::Success;
    }
    err << tr("saasodoo instance: unknown action '%1'. Use create, list, show, logs or %2.")
               .arg(action, actions.join(QStringLiteral(", ")))
        << '\n';
    return ExitCode::UsageError;
}

} // namespace saasodoo::cli
