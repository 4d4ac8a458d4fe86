// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_provision [--count N] [--cpus CORES] [--memory-mb MB] [--rounds N]
//
// Creates N Odoo instances at once on one host through the console's core
// (the job runner with its catalog job store, and the provisioner). In the
// same run it does the same work with the raw steps of raw-provision.sh
// (psql and createdb for the role and database, the init run and the
// server with the docker CLI, curl until /web/health responds). Prints the
// total and per-instance times of both, the console's time per step, and
// the console's overhead over the raw steps. Each round runs both sides,
// the raw steps first in odd rounds and second in even ones.
//
// Needs the test harness: source its env file first (tests/README.md).
#include "core/catalog/catalog.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace saasodoo;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_provision: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result.ok())
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error());
    return std::move(result).value();
}

void check(const Status &status, const char *what)
{
    if (!status.ok())
        die(QString::fromLatin1(what) + QStringLiteral(": ") + status.error());
}

struct Settings
{
    int count = 10;
    double cpus = 0.5;
    qint64 memoryBytes = 256LL * 1024 * 1024;
};

// Seconds per instance and for the whole batch, one side of one round.
struct Timing
{
    double total = 0;
    QList<double> perInstance;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// The raw steps, run by raw-provision.sh with the harness's services.
class RawSteps
{
public:
    explicit RawSteps(const Settings &settings)
        : m_settings(settings)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("DOCKER_HOST"), env("SAASODOO_TEST_DOCKER_HOST"));
        m_environment.insert(QStringLiteral("BENCH_IMAGE"), env("SAASODOO_TEST_STANDIN_IMAGE") + QStringLiteral(":18.0"));
        m_environment.insert(QStringLiteral("BENCH_NETWORK"), env("SAASODOO_TEST_DOCKER_NETWORK"));
        m_environment.insert(QStringLiteral("BENCH_CPUS"), QString::number(settings.cpus));
        m_environment.insert(QStringLiteral("BENCH_MEMORY"), QString::number(settings.memoryBytes));
        m_environment.insert(QStringLiteral("BENCH_PG_CONTAINER_HOST"), env("SAASODOO_TEST_PG_CONTAINER_HOST"));
        m_environment.insert(QStringLiteral("PGHOST"), env("SAASODOO_TEST_PG_HOST"));
        m_environment.insert(QStringLiteral("PGPORT"), env("SAASODOO_TEST_PG_PORT"));
        m_environment.insert(QStringLiteral("PGUSER"), env("SAASODOO_TEST_PG_ADMIN_USER"));
        m_environment.insert(QStringLiteral("PGPASSWORD"), env("SAASODOO_TEST_PG_ADMIN_PASSWORD"));
    }

    Timing create(const QString &prefix)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray output = run(QStringLiteral("create"), prefix);
        Timing timing;
        timing.total = double(timer.nsecsElapsed()) / 1e9;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 4 && fields.first() == "instance")
                timing.perInstance << fields.at(3).toDouble() - fields.at(2).toDouble();
        }
        if (timing.perInstance.size() != m_settings.count)
            die(QStringLiteral("raw-provision.sh reported %1 of %2 instances").arg(timing.perInstance.size()).arg(m_settings.count));
        return timing;
    }

    void remove(const QString &prefix) { run(QStringLiteral("remove"), prefix); }

private:
    QByteArray run(const QString &mode, const QString &prefix)
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(SAASODOO_RAW_PROVISION_SCRIPT),
            { mode, prefix, QString::number(m_settings.count) });
        if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            die(QStringLiteral("raw-provision.sh %1 %2 failed").arg(mode, prefix));
        return process.readAllStandardOutput();
    }

    Settings m_settings;
    QProcessEnvironment m_environment;
};

// The console's side: a catalog with one host, one tenant and the
// instances, and a job runner that may run all of them at once.
class ConsoleSide
{
public:
    ConsoleSide(const Settings &settings, const QString &directory)
        : m_settings(settings)
        , m_config(catalog::CatalogConfig::sqlite(directory + QStringLiteral("/catalog.sqlite")))
        , m_secrets(QStringLiteral("saasodoo-bench"))
    {
        m_catalog = check(catalog::Catalog::open(m_config), "open the catalog");

        catalog::Customer customer;
        customer.name = QStringLiteral("Benchmark");
        customer.email = QStringLiteral("bench-%1@example.co.zw").arg(shortId());
        customer = check(m_catalog->createCustomer(customer), "add the customer");
        catalog::Tenant tenant;
        tenant.customerId = customer.id;
        tenant.name = QStringLiteral("Benchmark");
        tenant.slug = QStringLiteral("b%1").arg(shortId());
        m_tenant = check(m_catalog->createTenant(tenant), "add the tenant");

        catalog::Host host;
        host.name = QStringLiteral("bench-%1").arg(shortId());
        host.dockerEndpoint = env("SAASODOO_TEST_DOCKER_HOST");
        host.dockerNetwork = env("SAASODOO_TEST_DOCKER_NETWORK");
        host.pgHost = env("SAASODOO_TEST_PG_HOST");
        host.pgPort = env("SAASODOO_TEST_PG_PORT").toInt();
        host.pgAdminUser = env("SAASODOO_TEST_PG_ADMIN_USER");
        host.pgContainerHost = env("SAASODOO_TEST_PG_CONTAINER_HOST");
        host.baseDomain = QStringLiteral("odoo.test");
        host.imageRepository = env("SAASODOO_TEST_STANDIN_IMAGE");
        // Room for every instance's limits, so the capacity check passes.
        host.cpuCores = std::max(settings.cpus, 1.0);
        host.memoryBytes = settings.memoryBytes * settings.count;
        m_host = check(m_catalog->createHost(host), "add the host");
        QFuture<Status> stored = m_secrets.write(secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password")),
            env("SAASODOO_TEST_PG_ADMIN_PASSWORD"));
        stored.waitForFinished();
        check(stored.result(), "store the host's PostgreSQL password");

        m_options.healthTimeout = std::chrono::seconds(180);
        m_options.initTimeout = std::chrono::seconds(300);
    }

    Timing create(const QString &prefix)
    {
        QStringList instanceIds;
        for (int i = 1; i <= m_settings.count; ++i) {
            catalog::Instance instance;
            instance.tenantId = m_tenant.id;
            instance.hostId = m_host.id;
            instance.name = QStringLiteral("%1%2").arg(prefix).arg(i);
            instance.odooVersion = QStringLiteral("18.0");
            instance.imageTag = QStringLiteral("18.0");
            instance.type = catalog::InstanceType::Development;
            instance.cpuLimit = m_settings.cpus;
            instance.memoryLimitBytes = m_settings.memoryBytes;
            instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
            instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant.slug);
            instance.databaseName = instance.name;
            instance.subdomain = instance.name;
            instance.status = catalog::InstanceStatus::Creating;
            instanceIds << check(m_catalog->createInstance(instance), "add an instance").id;
        }

        jobs::CatalogJobStore store(m_config);
        jobs::JobRunner runner(&store, jobs::JobRunner::Limits { m_settings.count, m_settings.count });
        provisioning::Provisioner provisioner(m_config, &m_secrets, m_options);
        StepClock clock;
        QObject::connect(&runner, &jobs::JobRunner::jobUpdated, &runner,
            [&clock](const jobs::JobInfo &job) { clock.record(job); }, Qt::DirectConnection);

        QElapsedTimer timer;
        timer.start();
        QStringList jobIds;
        for (const QString &instanceId : std::as_const(instanceIds)) {
            jobs::JobInfo request;
            request.kind = QStringLiteral("instance.create");
            request.hostId = m_host.id;
            request.steps = provisioning::createSteps();
            jobIds << runner.submit(request, [&provisioner, instanceId](jobs::JobContext &context) {
                return provisioner.create(context, instanceId);
            });
        }
        Timing timing;
        for (const QString &jobId : std::as_const(jobIds)) {
            runner.waitForFinished(jobId, 600000);
            const std::optional<jobs::JobInfo> job = runner.job(jobId);
            if (!job || job->state != jobs::JobState::Succeeded)
                die(QStringLiteral("console create failed: %1").arg(job ? job->error : QStringLiteral("no job")));
            timing.perInstance << double(job->createdAt.msecsTo(job->finishedAt)) / 1000.0;
            clock.finish(*job);
        }
        timing.total = double(timer.nsecsElapsed()) / 1e9;
        m_stepSeconds = clock.meanSeconds();
        m_created += instanceIds;
        return timing;
    }

    // Mean seconds per create step over the instances of the last create().
    const std::map<int, double> &stepSeconds() const { return m_stepSeconds; }

    void removeAll()
    {
        jobs::InMemoryJobStore store;
        jobs::JobRunner runner(&store, jobs::JobRunner::Limits { m_settings.count, m_settings.count });
        provisioning::Provisioner provisioner(m_config, &m_secrets, m_options);
        QStringList jobIds;
        for (const QString &instanceId : std::as_const(m_created)) {
            jobs::JobInfo request;
            request.hostId = m_host.id;
            jobIds << runner.submit(request, [&provisioner, instanceId](jobs::JobContext &context) {
                return provisioner.remove(context, instanceId);
            });
        }
        for (const QString &jobId : std::as_const(jobIds)) {
            runner.waitForFinished(jobId, 600000);
            const std::optional<jobs::JobInfo> job = runner.job(jobId);
            if (!job || job->state != jobs::JobState::Succeeded)
                std::fprintf(stderr, "bench_provision: delete failed: %s\n", job ? qPrintable(job->error) : "no job");
        }
        m_created.clear();
    }

    // Removes the host's password from the keychain after the last round.
    void forgetHostPassword()
    {
        QFuture<Status> removed = m_secrets.remove(secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password")));
        removed.waitForFinished();
    }

private:
    // When each job entered each step, from the runner's updates.
    class StepClock
    {
    public:
        void record(const jobs::JobInfo &job)
        {
            QMutexLocker locker(&m_mutex);
            QList<QDateTime> &entered = m_entered[job.id];
            while (entered.size() <= job.currentStep)
                entered << QDateTime::currentDateTimeUtc();
        }

        void finish(const jobs::JobInfo &job)
        {
            QMutexLocker locker(&m_mutex);
            QList<QDateTime> entered = m_entered.value(job.id);
            entered << job.finishedAt;
            for (qsizetype step = 0; step + 1 < entered.size(); ++step)
                m_sums[int(step)] += double(entered.at(step).msecsTo(entered.at(step + 1))) / 1000.0;
            ++m_jobs;
        }

        std::map<int, double> meanSeconds() const
        {
            std::map<int, double> means;
            for (const auto &[step, sum] : m_sums)
                means[step] = sum / std::max(1, m_jobs);
            return means;
        }

    private:
        QMutex m_mutex;
        QHash<QString, QList<QDateTime>> m_entered;
        std::map<int, double> m_sums;
        int m_jobs = 0;
    };

    Settings m_settings;
    catalog::CatalogConfig m_config;
    std::unique_ptr<catalog::Catalog> m_catalog;
    secrets::SecretStore m_secrets;
    catalog::Tenant m_tenant;
    catalog::Host m_host;
    provisioning::ProvisionerOptions m_options;
    QStringList m_created;
    std::map<int, double> m_stepSeconds;
};

void printTiming(const char *label, const Timing &timing)
{
    std::printf("%-34s total %6.1f s   per instance: median %5.1f s, max %5.1f s\n", label, timing.total,
        median(timing.perInstance), maximum(timing.perInstance));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Instances per batch (default 10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption cpusOption(QStringLiteral("cpus"), QStringLiteral("CPU limit per instance in cores (default 0.5)."),
        QStringLiteral("CORES"), QStringLiteral("0.5"));
    const QCommandLineOption memoryOption(QStringLiteral("memory-mb"),
        QStringLiteral("Memory limit per instance in MiB (default 256)."), QStringLiteral("MB"), QStringLiteral("256"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Batches per side (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ countOption, cpusOption, memoryOption, roundsOption });
    parser.process(app);

    for (const char *name : { "SAASODOO_TEST_DOCKER_HOST", "SAASODOO_TEST_DOCKER_NETWORK", "SAASODOO_TEST_PG_HOST",
             "SAASODOO_TEST_PG_PORT", "SAASODOO_TEST_PG_ADMIN_USER", "SAASODOO_TEST_PG_ADMIN_PASSWORD",
             "SAASODOO_TEST_PG_CONTAINER_HOST", "SAASODOO_TEST_STANDIN_IMAGE" }) {
        if (env(name).isEmpty())
            die(QStringLiteral("%1 is not set; source the harness's env file first").arg(QLatin1String(name)));
    }
    Settings settings;
    settings.count = std::max(1, parser.value(countOption).toInt());
    settings.cpus = parser.value(cpusOption).toDouble();
    settings.memoryBytes = parser.value(memoryOption).toLongLong() * 1024 * 1024;
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    if (settings.cpus <= 0 || settings.memoryBytes <= 0)
        die(QStringLiteral("--cpus and --memory-mb must be positive"));

    QTemporaryDir directory;
    if (!directory.isValid())
        die(QStringLiteral("no temporary directory"));
    RawSteps raw(settings);
    ConsoleSide console(settings, directory.path());

    std::printf("bench_provision: %d instances at once on one engine, image %s:18.0, %.2f CPU and %lld MiB each\n",
        settings.count, qPrintable(env("SAASODOO_TEST_STANDIN_IMAGE")), settings.cpus,
        settings.memoryBytes / (1024 * 1024));
    Timing rawSum;
    Timing consoleSum;
    for (int round = 1; round <= rounds; ++round) {
        const QString prefix = QStringLiteral("bp%1r%2i").arg(shortId().left(4)).arg(round);
        Timing rawTiming;
        Timing consoleTiming;
        auto runRaw = [&] {
            rawTiming = raw.create(QStringLiteral("raw") + prefix);
            raw.remove(QStringLiteral("raw") + prefix);
        };
        auto runConsole = [&] {
            consoleTiming = console.create(QStringLiteral("con") + prefix);
            console.removeAll();
        };
        if (round % 2) {
            runRaw();
            runConsole();
        } else {
            runConsole();
            runRaw();
        }
        std::printf("round %d\n", round);
        printTiming("  raw steps (psql, docker, curl):", rawTiming);
        printTiming("  console (job runner, provisioner):", consoleTiming);
        rawSum.total += rawTiming.total;
        rawSum.perInstance += rawTiming.perInstance;
        consoleSum.total += consoleTiming.total;
        consoleSum.perInstance += consoleTiming.perInstance;

        const QStringList steps = provisioning::createSteps();
        for (const auto &[step, seconds] : console.stepSeconds())
            std::printf("    %-36s %5.1f s per instance\n", qPrintable(steps.value(step)), seconds);
    }

    console.forgetHostPassword();

    const double ratio = consoleSum.total / rawSum.total;
    std::printf("all rounds\n");
    printTiming("  raw steps:", rawSum);
    printTiming("  console:", consoleSum);
    std::printf("console / raw: %.3f (overhead %+.1f %%; target under 15 %%)\n", ratio, (ratio - 1.0) * 100.0);
    return 0;
}
