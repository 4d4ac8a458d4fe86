// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs `saasodoo` as a child process against the harness (Docker engine
// with the Odoo stand-in, PostgreSQL 15, keychain): a create killed with
// SIGKILL part-way, then resumed or cleaned up by a later process, and a
// create cancelled from another process.
#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/instancedatabase.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/httpprobe.h"
#include "core/provisioning/instanceobjects.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace saasodoo;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestProvisionCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void killedCreateIsCleanedUp();
    void killedCreateIsResumed();
    void supersededCreateNotCleanedUp();
    void retryRejectedAfterRunning();
    void retryRejectedAfterRestoreNew();
    void retryKeepsObjectsOfOtherJobs();
    void concurrentRetriesCreateOnce();
    void engineChangeRejectedWithInstances();
    void cancelOfInterruptedCreateCleansUp();
    void killedHealthWaitCleanedUpOnce();
    void crashedServerFailsCreate();
    void killedSetEnvNamesItsJob();
    void capacityRaceExitsAsValidation();
    void concurrentSetLimitsLoserRejected();
    void interruptedSettingsRepaired();
    void portRangesCheckedBeforeJobs();
    void deleteReportsDatabaseElsewhere();
    void derivedNamesNameTheirOption();
    void healthTimeoutValidated();
    void initTimeoutEndsHungInit();
    void showListsDemoAndDisabled();
    void cleanupKeepsEarlierCreate();
    void cleanupKeepsUnmarkedDatabase();
    void interruptSignalCancelsCreate();
    void setPasswordTestedFirst();
    void listReadsEngineState();
    void listBoundsHungEngine();
    void cancelFromAnotherProcess();
    void capacityRejectedBeforeCreate();
    void remotePlainTcpHostRejected();
    void cleanupKeepsContainerItDidNotMake();
    void cleanupChecksVolumeJobLabel();
    void failedCreateRemovesItsNetwork();
    void failedCreateKeepsNetworkInUse();
    void createWithoutPasswordRejected();
    void strandedCreatingRecordDeletable();
    void portRaceExitsAsValidation();
    void createInputRejectedBeforeRecord();
    void unreachableHostAddWarns();
    void actionOnDeletedNamesState();
    void neverRanAllowsRetryDelete();

private:
    QProcessEnvironment environment() const;
    Outcome run(const QStringList &arguments, const QByteArray &input = {});
    QProcess *startCreate(const QString &name);
    QProcess *startCli(const QStringList &arguments);
    // Waits until the job of `instanceId` reaches step `stepIndex` of the
    // create steps; returns the job's id, or an empty string on timeout.
    // The job `otherThan` does not count.
    QString waitForStep(const QString &instanceId, int stepIndex, const QString &otherThan = {});
    catalog::Instance instanceNamed(const QString &name);
    void killAndWait(QProcess *process);
    void verifyNothingLeft(const catalog::Instance &instance);
    QJsonObject jobJson(const QString &jobId);
    // Adds an interrupted instance.create job on `instanceId`, as a process
    // killed during a retry leaves it, and returns its id.
    QString addInterruptedCreate(const QString &instanceId);
    // Adds an instance in `error` with image tag `imageTag`, as a create that
    // failed in its validation step leaves it, and returns its id.
    QString addFailedInstance(const QString &name, const QString &imageTag);
    // Adds an interrupted job of `kind` on `instanceId` and returns its id.
    QString addInterruptedJob(const QString &instanceId, const QString &kind);
    // Checks that the instance's container, volume, database, role and
    // keychain entries all exist, and that the db password is `dbPassword`.
    void verifyAllKept(const catalog::Instance &instance, const QString &dbPassword);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogPath;
    QString m_tenant;
    QString m_host;
};

void TestProvisionCli::init()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalogPath = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_host = QStringLiteral("cli-%1").arg(shortId());
    m_tenant = QStringLiteral("c%1").arg(shortId());
    const test::PostgresService pg = test::postgres();
    const test::DockerService docker = test::dockerUnix();

    const Outcome host = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), m_host,
        QStringLiteral("--docker"), docker.host, QStringLiteral("--pg-host"), pg.host, QStringLiteral("--pg-port"),
        QString::number(pg.port), QStringLiteral("--pg-user"), pg.adminUser, QStringLiteral("--pg-container-host"),
        docker.postgresHost, QStringLiteral("--domain"), QStringLiteral("odoo.localhost"), QStringLiteral("--image-repo"),
        qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"), QStringLiteral("--network"), docker.network,
        QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("8G") });
    QVERIFY2(host.exitCode == 0, host.err.constData());
    const Outcome password = run({ QStringLiteral("host"), QStringLiteral("set-password"), m_host },
        pg.adminPassword.toUtf8() + '\n');
    QVERIFY2(password.exitCode == 0, password.err.constData());
    const QString email = QStringLiteral("cli-%1@example.co.zw").arg(shortId());
    const Outcome customer = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("CLI Test"), QStringLiteral("--email"), email });
    QVERIFY2(customer.exitCode == 0, customer.err.constData());
    const Outcome tenant = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--customer"), email,
        QStringLiteral("--name"), QStringLiteral("CLI"), QStringLiteral("--slug"), m_tenant });
    QVERIFY2(tenant.exitCode == 0, tenant.err.constData());
}

void TestProvisionCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestProvisionCli::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SAASODOO_CATALOG"), m_catalogPath);
    environment.remove(QStringLiteral("SAASODOO_DOCKER_NETWORK"));
    return environment;
}

Outcome TestProvisionCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = "saasodoo did not start: " + process.errorString().toUtf8();
        return outcome;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "saasodoo did not finish within 300 s: " + process.readAllStandardError();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QProcess *TestProvisionCli::startCreate(const QString &name)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(SAASODOO_CLI_PATH),
        { QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"), m_tenant,
            QStringLiteral("--name"), name, QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
            QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--cpu"), QStringLiteral("0.5"),
            QStringLiteral("--memory"), QStringLiteral("512M"), QStringLiteral("--json") });
    process->waitForStarted(10000);
    return process;
}

QProcess *TestProvisionCli::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    process->waitForStarted(10000);
    return process;
}

catalog::Instance TestProvisionCli::instanceNamed(const QString &name)
{
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    if (!db.ok())
        return {};
    catalog::InstanceFilter filter;
    filter.text = name;
    filter.includeDeleted = true;
    const auto rows = db.value()->instanceRows(filter);
    if (!rows.ok())
        return {};
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.name == name)
            return db.value()->instance(row.id).value();
    }
    return {};
}

QString TestProvisionCli::waitForStep(const QString &instanceId, int stepIndex, const QString &otherThan)
{
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    if (!db.ok())
        return {};
    const QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        const auto jobs = db.value()->jobs();
        if (jobs.ok()) {
            for (const catalog::Job &job : jobs.value()) {
                if (job.targetId == instanceId && job.kind == QLatin1String("instance.create") && job.id != otherThan
                    && job.state == catalog::JobState::Running && job.currentStep >= stepIndex)
                    return job.id;
            }
        }
        QThread::msleep(20);
    }
    return {};
}

void TestProvisionCli::killAndWait(QProcess *process)
{
    // A real SIGKILL: no destructor, no clean-up handler runs in the child.
    QCOMPARE(::kill(pid_t(process->processId()), SIGKILL), 0);
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
}

QJsonObject TestProvisionCli::jobJson(const QString &jobId)
{
    const Outcome shown = run({ QStringLiteral("job"), QStringLiteral("show"), jobId, QStringLiteral("--json") });
    return QJsonDocument::fromJson(shown.out).object();
}

void TestProvisionCli::verifyNothingLeft(const catalog::Instance &instance)
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerListOptions options;
    options.all = true;
    options.labels = { QStringLiteral("saasodoo.instance=") + instance.id };
    const auto containers = client.listContainers(options);
    QVERIFY2(containers.ok(), qPrintable(containers.error()));
    QCOMPARE(containers->size(), 0);
    const auto volumes = client.listVolumes({ QStringLiteral("saasodoo.instance=") + instance.id });
    QVERIFY2(volumes.ok(), qPrintable(volumes.error()));
    QCOMPARE(volumes->size(), 0);

    const test::PostgresService pg = test::postgres();
    auto connection = postgres::PgConnection::open({ pg.host, pg.port, pg.adminUser }, pg.adminPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    QVERIFY(!postgres::databaseExists(connection.value(), instance.databaseName));
    QVERIFY(!postgres::roleExists(connection.value(), QStringLiteral("odoo_") + instance.databaseName));

    secrets::SecretStore store;
    for (const char *name : { "db-password", "admin-password", "master-password" }) {
        const auto secret = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QLatin1String(name))));
        QVERIFY2(!secret.ok(), name);
    }
}

void TestProvisionCli::killedCreateIsCleanedUp()
{
    const QString name = QStringLiteral("killed");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    // Step 2 (the volume) begins after the database, role and secrets exist.
    const QString jobId = waitForStep(instance.id, 2);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    killAndWait(create.get());

    // The job still reads running until a later process looks.
    const QJsonObject interrupted = jobJson(jobId);
    QCOMPARE(interrupted.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QVERIFY(interrupted.value(QStringLiteral("error")).toString().contains(QLatin1String("job resume")));
    {
        const test::PostgresService pg = test::postgres();
        auto connection = postgres::PgConnection::open({ pg.host, pg.port, pg.adminUser }, pg.adminPassword);
        QVERIFY2(connection.ok(), qPrintable(connection.error()));
        QVERIFY2(postgres::databaseExists(connection.value(), instance.databaseName),
            "the killed create left no database, so the clean-up below proves nothing");
    }

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    verifyNothingLeft(instance);
    const catalog::Instance after = instanceNamed(name);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("error"));
    QVERIFY2(after.statusMessage.contains(QLatin1String("interrupted")), qPrintable(after.statusMessage));
    QCOMPARE(jobJson(jobId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));

    // The job is no longer offered.
    const Outcome again = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QCOMPARE(again.exitCode, 3);

    // The instance can be created again after the clean-up.
    const Outcome retried = run({ QStringLiteral("instance"), QStringLiteral("retry"), name, QStringLiteral("--json") });
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

// Two creates of one instance are killed, and resuming the second brings
// it up. The first, older job must then be closed, and a clean-up of it
// must never remove the instance that the later job made.
void TestProvisionCli::supersededCreateNotCleanedUp()
{
    const QString name = QStringLiteral("superseded");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    const QString firstJob = waitForStep(instance.id, 2);
    QVERIFY2(!firstJob.isEmpty(), create->readAllStandardError().constData());
    killAndWait(create.get());

    std::unique_ptr<QProcess> firstResume(startCli({ QStringLiteral("job"), QStringLiteral("resume"), firstJob }));
    const QString secondJob = waitForStep(instance.id, 2, firstJob);
    QVERIFY2(!secondJob.isEmpty(), firstResume->readAllStandardError().constData());
    QVERIFY(secondJob != firstJob);
    killAndWait(firstResume.get());
    QCOMPARE(jobJson(firstJob).value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));

    const Outcome resumed = run({ QStringLiteral("job"), QStringLiteral("resume"), secondJob, QStringLiteral("--json") });
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));
    const QJsonObject first = jobJson(firstJob);
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY2(first.value(QStringLiteral("error")).toString().contains(QLatin1String("superseded")),
        qPrintable(first.value(QStringLiteral("error")).toString()));

    // A later action failed: the instance is in error but contains data.
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const catalog::Instance running = instanceNamed(name);
    QVERIFY(db.value()
                ->setInstanceStatus(running.id, running.rowVersion, catalog::InstanceStatus::Error,
                    QStringLiteral("Restart failed: set by the test"))
                .ok());

    const Outcome closed = run({ QStringLiteral("job"), QStringLiteral("cleanup"), firstJob });
    QCOMPARE(closed.exitCode, 3);

    // Even when the older job is still offered, its clean-up is refused.
    catalog::Job reopened = db.value()->job(firstJob).value();
    reopened.state = catalog::JobState::Interrupted;
    QVERIFY(db.value()->updateJob(reopened).ok());
    const Outcome refused = run({ QStringLiteral("job"), QStringLiteral("cleanup"), firstJob });
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("later job"), refused.err.constData());

    const test::PostgresService pg = test::postgres();
    auto connection = postgres::PgConnection::open({ pg.host, pg.port, pg.adminUser }, pg.adminPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    QVERIFY(postgres::databaseExists(connection.value(), instance.databaseName));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    const catalog::Instance after = instanceNamed(name);
    QVERIFY2(client.inspectContainer(after.containerId).ok(), "the clean-up removed the instance's container");
    QCOMPARE(after.statusMessage, QStringLiteral("Restart failed: set by the test"));

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

QString TestProvisionCli::addInterruptedCreate(const QString &instanceId)
{
    return addInterruptedJob(instanceId, QStringLiteral("instance.create"));
}

QString TestProvisionCli::addFailedInstance(const QString &name, const QString &imageTag)
{
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    if (!db.ok())
        return {};
    const auto tenant = db.value()->tenantBySlug(m_tenant);
    const auto host = db.value()->hostByName(m_host);
    if (!tenant.ok() || !host.ok())
        return {};
    catalog::Instance record;
    record.tenantId = tenant->id;
    record.hostId = host->id;
    record.name = name;
    record.odooVersion = QStringLiteral("18.0");
    record.imageTag = imageTag;
    record.cpuLimit = 0.5;
    record.memoryLimitBytes = 512LL << 20;
    record.storageLimitBytes = 10LL << 30;
    record.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant);
    record.databaseName = m_tenant + u'_' + name;
    record.subdomain = m_tenant + u'-' + name;
    record.status = catalog::InstanceStatus::Error;
    record.statusMessage = QStringLiteral("Step \"Validate the request\" failed: set by the test");
    const auto created = db.value()->createInstance(record);
    return created.ok() ? created->id : QString();
}

QString TestProvisionCli::addInterruptedJob(const QString &instanceId, const QString &kind)
{
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    if (!db.ok())
        return {};
    catalog::Job job;
    job.kind = kind;
    job.targetType = QStringLiteral("instance");
    job.targetId = instanceId;
    job.steps = kind == QLatin1String("instance.create") ? provisioning::createSteps() : provisioning::actionSteps(kind);
    job.state = catalog::JobState::Interrupted;
    job.error = QStringLiteral("Interrupted: set by the test");
    const auto created = db.value()->createJob(job);
    return created.ok() ? created->id : QString();
}

void TestProvisionCli::verifyAllKept(const catalog::Instance &instance, const QString &dbPassword)
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    QVERIFY2(client.inspectContainer(instance.containerId).ok(), "the instance's container was removed");
    const auto volumes = client.listVolumes({ QStringLiteral("saasodoo.instance=") + instance.id });
    QVERIFY2(volumes.ok(), qPrintable(volumes.error()));
    QCOMPARE(volumes->size(), 1);

    const test::PostgresService pg = test::postgres();
    auto connection = postgres::PgConnection::open({ pg.host, pg.port, pg.adminUser }, pg.adminPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    QVERIFY2(postgres::databaseExists(connection.value(), instance.databaseName), "the database was dropped");
    QVERIFY2(postgres::roleExists(connection.value(), QStringLiteral("odoo_") + instance.databaseName),
        "the role was dropped");

    secrets::SecretStore store;
    for (const char *name : { "db-password", "admin-password", "master-password" }) {
        const auto secret = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QLatin1String(name))));
        QVERIFY2(secret.ok(), name);
    }
    const auto password
        = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password"))));
    QCOMPARE(password.value(), dbPassword);
}

// An instance that ran and went to error (its container stopped outside
// the console) contains data: retry must be rejected and change nothing.
void TestProvisionCli::retryRejectedAfterRunning()
{
    const QString name = QStringLiteral("onceran");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("running"));
    secrets::SecretStore store;
    const auto password
        = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password"))));
    QVERIFY2(password.ok(), qPrintable(password.error()));

    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    QVERIFY(client.stopContainer(instance.containerId, std::chrono::seconds(5)).ok());
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()
                ->setInstanceStatus(instance.id, instanceNamed(name).rowVersion, catalog::InstanceStatus::Error,
                    QStringLiteral("The container stopped: set by the test"))
                .ok());

    const Outcome retried = run({ QStringLiteral("instance"), QStringLiteral("retry"), name });
    QVERIFY2(retried.exitCode != 0, retried.out.constData());
    QVERIFY2(retried.err.contains("instance start"), retried.err.constData());
    verifyAllKept(instance, password.value());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));

    // The create job itself rejects it too, as the console's Jobs pane
    // and 'job resume' reach it without the command's check.
    const QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    const Outcome resumed = run({ QStringLiteral("job"), QStringLiteral("resume"), jobId });
    QVERIFY2(resumed.exitCode != 0, resumed.out.constData());
    verifyAllKept(instance, password.value());

    const Outcome started = run({ QStringLiteral("instance"), QStringLiteral("start"), name });
    QVERIFY2(started.exitCode == 0, started.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));
    // The log counts out of the start job's declared steps.
    QVERIFY2(started.err.contains("Step 2 of 3: Start the container"), started.err.constData());
    QVERIFY2(started.err.contains("Step 3 of 3: Wait for Odoo to answer"), started.err.constData());
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);

    // The catalog keeps the deleted record, and show finds it by name.
    const Outcome shown = run({ QStringLiteral("instance"), QStringLiteral("show"), name, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY2(shown.out.contains("deleted"), shown.out.constData());
}

// An instance that a restore as a new instance made and brought up has
// data, although no instance.create job of it ever succeeded: retry and
// resume must be rejected and change nothing.
void TestProvisionCli::retryRejectedAfterRestoreNew()
{
    const QString name = QStringLiteral("restorednew");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    const catalog::Instance instance = instanceNamed(name);
    secrets::SecretStore store;
    const auto password
        = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password"))));
    QVERIFY2(password.ok(), qPrintable(password.error()));

    // What 'restore --new' leaves: its job, of kind backup.restore-new,
    // is the one that created and started the instance.
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery relabel(db.value()->database());
    relabel.prepare(QStringLiteral("UPDATE jobs SET kind = 'backup.restore-new' WHERE target_id = ?"));
    relabel.addBindValue(instance.id);
    QVERIFY(relabel.exec());
    QVERIFY(relabel.numRowsAffected() >= 1);

    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    QVERIFY(client.stopContainer(instance.containerId, std::chrono::seconds(5)).ok());
    QVERIFY(db.value()
                ->setInstanceStatus(instance.id, instanceNamed(name).rowVersion, catalog::InstanceStatus::Error,
                    QStringLiteral("The container stopped: set by the test"))
                .ok());

    const Outcome retried = run({ QStringLiteral("instance"), QStringLiteral("retry"), name });
    QCOMPARE(retried.exitCode, 3);
    QVERIFY2(retried.err.contains("has run before"), retried.err.constData());
    verifyAllKept(instance, password.value());

    const QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    const Outcome resumed = run({ QStringLiteral("job"), QStringLiteral("resume"), jobId });
    QVERIFY2(resumed.exitCode != 0, resumed.out.constData());
    verifyAllKept(instance, password.value());
    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    verifyAllKept(instance, password.value());

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

// A failed retry removes only what its own job made or recorded: a
// container and a volume that carry the instance's label but that no job
// of this retry recorded stay.
void TestProvisionCli::retryKeepsObjectsOfOtherJobs()
{
    const QString name = QStringLiteral("labelonly");
    // The CLI rejects a missing image before it writes a record, so the
    // record that a failed create leaves is written directly.
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("error"));

    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const catalog::Host host = db.value()->host(instance.hostId).value();
    const auto plan = provisioning::planInstance(instance, db.value()->tenant(instance.tenantId).value(), host,
        test::dockerUnix().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    docker::VolumeSpec volume;
    volume.name = plan->volumeName;
    volume.labels = plan->labels;
    QVERIFY(client.createVolume(volume).ok());
    docker::ContainerSpec container;
    container.name = plan->containerName;
    container.image = qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE") + QStringLiteral(":18.0");
    container.labels = plan->labels;
    const auto made = client.createContainer(container);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const auto removeMade = qScopeGuard([&] {
        client.removeContainer(made->id, docker::RemoveContainerOptions { true, true });
        client.removeVolume(plan->volumeName, true);
    });

    const Outcome retried = run({ QStringLiteral("instance"), QStringLiteral("retry"), name });
    QCOMPARE(retried.exitCode, 4);
    QVERIFY2(retried.err.contains("18.0-missing"), retried.err.constData());
    QVERIFY2(client.inspectContainer(made->id).ok(), "the failed retry removed a container it did not make");
    QVERIFY2(client.inspectVolume(plan->volumeName).ok(), "the failed retry removed a volume it did not make");
}

// Two 'instance retry' started together: one create runs, the other
// stops in its validation step without touching anything.
void TestProvisionCli::concurrentRetriesCreateOnce()
{
    const QString name = QStringLiteral("tworetries");
    // The CLI rejects a missing image before it writes a record, so the
    // record that a failed create leaves is written directly.
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    catalog::Instance fixed = instanceNamed(name);
    QCOMPARE(catalog::toString(fixed.status), QStringLiteral("error"));
    fixed.imageTag = QStringLiteral("18.0");
    QVERIFY(db.value()->updateInstance(fixed).ok());

    std::unique_ptr<QProcess> first(startCli({ QStringLiteral("instance"), QStringLiteral("retry"), name }));
    std::unique_ptr<QProcess> second(startCli({ QStringLiteral("instance"), QStringLiteral("retry"), name }));
    QVERIFY(first->waitForFinished(300000));
    QVERIFY(second->waitForFinished(300000));
    const QByteArray firstErr = first->readAllStandardError();
    const QByteArray secondErr = second->readAllStandardError();
    const int succeeded = int(first->exitCode() == 0) + int(second->exitCode() == 0);
    QVERIFY2(succeeded == 1, QByteArray(firstErr + "\n---\n" + secondErr).constData());
    // The other one exits as a rejected request, whether the command or
    // the job noticed the first.
    if (first->exitCode() + second->exitCode() != 3)
        qWarning("first:\n%s\n---\nsecond:\n%s", firstErr.constData(), secondErr.constData());
    QVERIFY2(first->exitCode() + second->exitCode() == 3,
        QByteArray("exit codes " + QByteArray::number(first->exitCode()) + " and "
            + QByteArray::number(second->exitCode()) + "\n" + firstErr + "\n---\n" + secondErr)
            .constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));

    // Only one create job got past its validation step.
    const Result<QList<catalog::Job>> jobs = db.value()->jobs();
    QVERIFY2(jobs.ok(), qPrintable(jobs.error()));
    int pastValidation = 0;
    for (const catalog::Job &job : jobs.value()) {
        if (job.targetId == fixed.id && job.kind == QLatin1String("instance.create") && job.currentStep > 0)
            ++pastValidation;
    }
    QCOMPARE(pastValidation, 1);

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// A host with instances keeps its engine: another engine is rejected,
// another spelling of the same engine's socket is accepted.
void TestProvisionCli::engineChangeRejectedWithInstances()
{
    const QString name = QStringLiteral("pinned");
    // The CLI rejects a missing image before it writes a record, so the
    // record that a failed create leaves is written directly.
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());

    const test::DockerService tls = test::dockerTls();
    const Outcome moved = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--docker"),
        tls.host, QStringLiteral("--tls-ca"), tls.certPath + QStringLiteral("/ca.pem"), QStringLiteral("--tls-cert"),
        tls.certPath + QStringLiteral("/cert.pem"), QStringLiteral("--tls-key"),
        tls.certPath + QStringLiteral("/key.pem") });
    QCOMPARE(moved.exitCode, 3);
    QVERIFY2(moved.err.contains("cannot change while it has instances"), moved.err.constData());
    QVERIFY2(moved.err.contains(name.toUtf8()), moved.err.constData());
    const Outcome listed = run({ QStringLiteral("host"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.out.contains(test::dockerUnix().host.toUtf8()), listed.out.constData());

    QString sameSocket = test::dockerUnix().host;
    const qsizetype slash = sameSocket.lastIndexOf(u'/');
    sameSocket.insert(slash, QStringLiteral("/."));
    const Outcome respelled
        = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--docker"), sameSocket });
    QVERIFY2(respelled.exitCode == 0, respelled.err.constData());

    // The image repository and the network make every container the
    // instance gets later, so they stay too.
    for (const QStringList &change : { QStringList { QStringLiteral("--image-repo"), QStringLiteral("odoo") },
             QStringList { QStringLiteral("--network"), QStringLiteral("othernet") } }) {
        const Outcome edited
            = run(QStringList { QStringLiteral("host"), QStringLiteral("edit"), m_host } + change);
        QCOMPARE(edited.exitCode, 3);
        QVERIFY2(edited.err.contains("cannot change while it has instances"), edited.err.constData());
        QVERIFY2(edited.err.contains(name.toUtf8()), edited.err.constData());
    }

    // The failed create never ran, so only retry and delete apply to it.
    const Outcome setEnv = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name, QStringLiteral("A=1") });
    QCOMPARE(setEnv.exitCode, 3);
    QVERIFY2(setEnv.err.contains("before it ever ran"), setEnv.err.constData());

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// 'job cancel' of a create killed while its instance was starting must
// not leave the instance starting, where no action is allowed: the
// clean-up runs. A job that an older version dismissed that way can
// still be cleaned up.
void TestProvisionCli::cancelOfInterruptedCreateCleansUp()
{
    const QString name = QStringLiteral("cancelkilled");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    // Step 6 (the health wait) begins once the instance is starting.
    const QString jobId = waitForStep(instance.id, 6);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    killAndWait(create.get());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("starting"));

    const Outcome cancelled = run({ QStringLiteral("job"), QStringLiteral("cancel"), jobId });
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    verifyNothingLeft(instance);
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
    QCOMPARE(instanceNamed(name).publishedPort, 0);
    QCOMPARE(jobJson(jobId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));

    // What an older version's dismissal left: a cancelled job and an
    // instance still starting.
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()
                ->setInstanceStatus(instance.id, instanceNamed(name).rowVersion, catalog::InstanceStatus::Starting,
                    QStringLiteral("Waiting for Odoo to answer: set by the test"))
                .ok());
    const QString dismissedId = addInterruptedCreate(instance.id);
    QVERIFY(!dismissedId.isEmpty());
    catalog::Job dismissed = db.value()->job(dismissedId).value();
    dismissed.state = catalog::JobState::Cancelled;
    dismissed.error = QStringLiteral("Interrupted; dismissed by the admin without a clean-up.");
    QVERIFY(db.value()->updateJob(dismissed).ok());
    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), dismissedId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
    const Outcome again = run({ QStringLiteral("job"), QStringLiteral("cleanup"), dismissedId });
    QCOMPARE(again.exitCode, 3);
    // The first job, cleaned up by the cancel, is not offered again.
    const Outcome first = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QCOMPARE(first.exitCode, 3);

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// A create killed while it waits for Odoo to respond leaves a server that
// holds sessions on the database. The first clean-up must drop it.
void TestProvisionCli::killedHealthWaitCleanedUpOnce()
{
    const QString name = QStringLiteral("killedhealth");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    const QString jobId = waitForStep(instance.id, 6);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    killAndWait(create.get());

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    verifyNothingLeft(instance);
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
    QCOMPARE(jobJson(jobId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// Odoo that exits during the health wait (a PYTHONHOME that does not exist,
// so Python cannot start) fails the create with the step and the
// container's last log lines.
void TestProvisionCli::crashedServerFailsCreate()
{
    const QString name = QStringLiteral("crashed");
    const Outcome created = run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--name"), name, QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
        QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--cpu"), QStringLiteral("0.5"),
        QStringLiteral("--memory"), QStringLiteral("512M"), QStringLiteral("--env"), QStringLiteral("PYTHONHOME=/nope") });
    QCOMPARE(created.exitCode, 4);
    QVERIFY2(created.err.contains("Wait for Odoo to answer"), created.err.constData());
    QVERIFY2(created.err.contains("Last container log lines"), created.err.constData());
    QVERIFY2(created.err.contains("Fatal Python error"), created.err.constData());
    QVERIFY2(!created.err.contains("exited with code 0"), created.err.constData());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("error"));
    verifyNothingLeft(instance);
}

// A set-env killed while its new container starts leaves the instance
// restarting, with a message that names the job and the command to run.
void TestProvisionCli::killedSetEnvNamesItsJob()
{
    const QString name = QStringLiteral("envkilled");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());

    std::unique_ptr<QProcess> setEnv(
        startCli({ QStringLiteral("instance"), QStringLiteral("set-env"), name, QStringLiteral("KILLED=1") }));
    QDeadlineTimer deadline(60000);
    catalog::Instance instance = instanceNamed(name);
    while (instance.status != catalog::InstanceStatus::Restarting && !deadline.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("restarting"));
    killAndWait(setEnv.get());

    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QString jobId;
    const auto jobs = db.value()->jobs();
    QVERIFY2(jobs.ok(), qPrintable(jobs.error()));
    for (const catalog::Job &job : jobs.value()) {
        if (job.targetId == instance.id && job.kind == QLatin1String("instance.set-env"))
            jobId = job.id;
    }
    QVERIFY(!jobId.isEmpty());
    instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("restarting"));
    QVERIFY2(instance.statusMessage.contains(QStringLiteral("saasodoo job cleanup ") + jobId),
        qPrintable(instance.statusMessage));

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    QVERIFY(instanceNamed(name).status != catalog::InstanceStatus::Restarting);
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

// Two creates that fit the host one at a time, started together: exactly
// one succeeds, and the other is rejected with exit code 3, whether the
// check before its job or its job's validation step catches it.
void TestProvisionCli::capacityRaceExitsAsValidation()
{
    const Outcome edited = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--memory"),
        QStringLiteral("1G") });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    auto startSized = [&](const QString &name) {
        return startCli({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"), m_tenant,
            QStringLiteral("--name"), name, QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
            QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--cpu"), QStringLiteral("0.5"),
            QStringLiteral("--memory"), QStringLiteral("600M") });
    };
    std::unique_ptr<QProcess> first(startSized(QStringLiteral("racea")));
    std::unique_ptr<QProcess> second(startSized(QStringLiteral("raceb")));
    QVERIFY(first->waitForFinished(300000));
    QVERIFY(second->waitForFinished(300000));
    const QList<int> codes { first->exitCode(), second->exitCode() };
    const QList<QByteArray> errors { first->readAllStandardError(), second->readAllStandardError() };
    const QByteArray both = errors.first() + "\n---\n" + errors.last();
    QVERIFY2(codes.count(0) == 1, both.constData());
    QVERIFY2(codes.count(3) == 1, both.constData());
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(codes.at(i) == 0 || codes.at(i) == 3, errors.at(i).constData());
        if (codes.at(i) == 3) {
            // The last line is the pre-check's message, without the step.
            const QByteArray last = errors.at(i).trimmed().split('\n').last();
            QVERIFY2(last.contains("are free") && !last.contains("Validate the request"), errors.at(i).constData());
        }
    }

    for (const QString &name : { QStringLiteral("racea"), QStringLiteral("raceb") }) {
        if (instanceNamed(name).status == catalog::InstanceStatus::Running) {
            const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
            QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        }
    }
}

// Two set-limits on one instance started together: both pass the checks
// before their jobs, and the one whose job comes second is rejected as
// input (exit code 3) with a message that names the job holding the
// instance.
void TestProvisionCli::concurrentSetLimitsLoserRejected()
{
    const QString name = QStringLiteral("twolimits");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));

    // Memory changes restart Odoo, so the first job keeps the instance busy
    // for seconds.
    std::unique_ptr<QProcess> first(startCli({ QStringLiteral("instance"), QStringLiteral("set-limits"), name,
        QStringLiteral("--memory"), QStringLiteral("768M") }));
    std::unique_ptr<QProcess> second(startCli({ QStringLiteral("instance"), QStringLiteral("set-limits"), name,
        QStringLiteral("--memory"), QStringLiteral("640M") }));
    QVERIFY(first->waitForFinished(300000));
    QVERIFY(second->waitForFinished(300000));
    const QByteArray firstErr = first->readAllStandardError();
    const QByteArray secondErr = second->readAllStandardError();
    QCOMPARE(first->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    const bool firstWon = first->exitCode() == 0;
    const QByteArray winnerErr = firstWon ? firstErr : secondErr;
    const QByteArray loserErr = firstWon ? secondErr : firstErr;
    QCOMPARE(firstWon ? first->exitCode() : second->exitCode(), 0);
    QVERIFY2((firstWon ? second->exitCode() : first->exitCode()) == 3, loserErr.constData());

    static const QRegularExpression jobLine(QStringLiteral("Job ([0-9a-f-]{36}) \\(instance\\.set-limits\\)"));
    const QRegularExpressionMatch winnerJob = jobLine.match(QString::fromUtf8(winnerErr));
    QVERIFY2(winnerJob.hasMatch(), winnerErr.constData());
    const QByteArray winnerJobText = QByteArray("job ") + winnerJob.captured(1).toUtf8();
    QVERIFY2(loserErr.contains(winnerJobText), loserErr.constData());
    QVERIFY2(loserErr.contains("no action is allowed until that job finishes"), loserErr.constData());
    const catalog::Instance after = instanceNamed(name);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QCOMPARE(after.memoryLimitBytes, (firstWon ? 768LL : 640LL) << 20);

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// set-limits and set-env killed between their catalog and engine writes:
// the clean-up makes the container match the catalog again.
void TestProvisionCli::interruptedSettingsRepaired()
{
    const QString name = QStringLiteral("settings");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    const Outcome setEnv = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name, QStringLiteral("KEPT=1") });
    QVERIFY2(setEnv.exitCode == 0, setEnv.err.constData());
    catalog::Instance instance = instanceNamed(name);
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);

    // set-limits killed after it saved 768M in the catalog and before
    // docker update: the container still has 512M.
    instance.memoryLimitBytes = 768LL * 1024 * 1024;
    instance.status = catalog::InstanceStatus::Restarting;
    QVERIFY(db.value()->updateInstance(instance).ok());
    QString jobId = addInterruptedJob(instance.id, QStringLiteral("instance.set-limits"));
    QVERIFY(!jobId.isEmpty());
    Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    auto inspected = client.inspectContainer(instance.containerId);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    QCOMPARE(inspected->memory, 768LL * 1024 * 1024);
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("running"));

    // set-env killed after it replaced the container with one that has
    // the new variables, before the catalog got them.
    instance = instanceNamed(name);
    catalog::Instance changed = instance;
    changed.environment = { { QStringLiteral("LOST"), QStringLiteral("2") } };
    const auto plan = provisioning::planInstance(changed, db.value()->tenant(instance.tenantId).value(),
        db.value()->host(instance.hostId).value(), test::dockerUnix().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(client.removeContainer(instance.containerId, docker::RemoveContainerOptions { true, true }).ok());
    const auto replaced
        = client.createContainer(provisioning::serverContainerSpec(plan.value(), QString::number(instance.publishedPort)));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QVERIFY(client.startContainer(replaced->id).ok());
    QVERIFY(db.value()
                ->setInstanceStatus(instance.id, instance.rowVersion, catalog::InstanceStatus::Restarting,
                    QStringLiteral("Set environment in progress: set by the test"))
                .ok());
    jobId = addInterruptedJob(instance.id, QStringLiteral("instance.set-env"));
    QVERIFY(!jobId.isEmpty());
    cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    const catalog::Instance repaired = instanceNamed(name);
    QCOMPARE(catalog::toString(repaired.status), QStringLiteral("stopped"));
    QCOMPARE(repaired.environment.value(QStringLiteral("KEPT")), QStringLiteral("1"));
    inspected = client.inspectContainer(repaired.containerId);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    QVERIFY(inspected->env.contains(QStringLiteral("KEPT=1")));
    QVERIFY(!inspected->env.contains(QStringLiteral("LOST=2")));
    QVERIFY(!client.inspectContainer(replaced->id).ok());

    // set-limits killed while it replaced the container, after the old one
    // was removed: the clean-up makes the container again from the catalog,
    // and no message offers delete as the repair.
    instance = instanceNamed(name);
    QVERIFY(client.removeContainer(instance.containerId, docker::RemoveContainerOptions { true, true }).ok());
    instance.cpuLimit = 0.5;
    instance.status = catalog::InstanceStatus::Restarting;
    QVERIFY(db.value()->updateInstance(instance).ok());
    jobId = addInterruptedJob(instance.id, QStringLiteral("instance.set-limits"));
    QVERIFY(!jobId.isEmpty());
    const Outcome shown = run({ QStringLiteral("instance"), QStringLiteral("show"), name });
    QVERIFY2(shown.out.contains(QStringLiteral("saasodoo job cleanup %1").arg(jobId).toUtf8()), shown.out.constData());
    QVERIFY2(!shown.out.contains("instance delete"), shown.out.constData());
    QVERIFY2(!shown.out.contains("Deleting"), shown.out.constData());
    cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    const catalog::Instance rebuilt = instanceNamed(name);
    QCOMPARE(catalog::toString(rebuilt.status), QStringLiteral("stopped"));
    QVERIFY(rebuilt.containerId != instance.containerId);
    inspected = client.inspectContainer(rebuilt.containerId);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    QCOMPARE(inspected->nanoCpus, 500000000LL);
    QVERIFY(inspected->env.contains(QStringLiteral("KEPT=1")));

    const Outcome started = run({ QStringLiteral("instance"), QStringLiteral("start"), name });
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

// Port ranges: no overlap between hosts on one engine, and a full range
// rejected before the catalog gets a record or a job starts.
void TestProvisionCli::portRangesCheckedBeforeJobs()
{
    const Outcome ranged = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--ports"),
        QStringLiteral("46000-46000") });
    QVERIFY2(ranged.exitCode == 0, ranged.err.constData());

    const test::PostgresService pg = test::postgres();
    const QString twin = QStringLiteral("twin-%1").arg(shortId());
    auto addHost = [&](const QString &docker, const QString &ports, const QStringList &tls) {
        return run(QStringList { QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), twin,
                       QStringLiteral("--docker"), docker, QStringLiteral("--pg-host"), pg.host,
                       QStringLiteral("--pg-port"), QString::number(pg.port), QStringLiteral("--pg-user"),
                       pg.adminUser, QStringLiteral("--domain"), QStringLiteral("twin.localhost"),
                       QStringLiteral("--cpu"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("1G"),
                       QStringLiteral("--ports"), ports }
            + tls);
    };
    // The same engine through another spelling of its socket.
    QString sameSocket = test::dockerUnix().host;
    sameSocket.insert(sameSocket.lastIndexOf(u'/'), QStringLiteral("/."));
    const Outcome overlapping = addHost(sameSocket, QStringLiteral("45990-46005"), {});
    QCOMPARE(overlapping.exitCode, 3);
    QVERIFY2(overlapping.err.contains("overlaps range 46000-46000"), overlapping.err.constData());
    const test::DockerService tls = test::dockerTls();
    const Outcome otherEngine = addHost(tls.host, QStringLiteral("45990-46005"),
        { QStringLiteral("--tls-ca"), tls.certPath + QStringLiteral("/ca.pem"), QStringLiteral("--tls-cert"),
            tls.certPath + QStringLiteral("/cert.pem"), QStringLiteral("--tls-key"),
            tls.certPath + QStringLiteral("/key.pem") });
    QVERIFY2(otherEngine.exitCode == 0, otherEngine.err.constData());

    // An instance that holds the only port of the range.
    const QString holder = QStringLiteral("portholder");
    QVERIFY(!addFailedInstance(holder, QStringLiteral("18.0-missing")).isEmpty());
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    catalog::Instance holding = instanceNamed(holder);
    QCOMPARE(holding.publishedPort, 0);
    holding.publishedPort = 46000;
    QVERIFY(db.value()->updateInstance(holding).ok());
    const qsizetype jobsBefore = db.value()->jobs().value().size();

    const Outcome full = run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--name"), QStringLiteral("noport"), QStringLiteral("--host"), m_host,
        QStringLiteral("--admin-email"), QStringLiteral("admin@%1.example.co.zw").arg(m_tenant),
        QStringLiteral("--cpu"), QStringLiteral("0.5"), QStringLiteral("--memory"), QStringLiteral("512M") });
    QCOMPARE(full.exitCode, 3);
    QVERIFY2(full.err.contains("No free port in range 46000-46000"), full.err.constData());
    QVERIFY2(instanceNamed(QStringLiteral("noport")).id.isEmpty(), "a rejected create left a catalog record");
    QCOMPARE(db.value()->jobs().value().size(), jobsBefore);

    // A new range must still contain the ports that the host's instances publish.
    const Outcome movedAway = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--ports"),
        QStringLiteral("46010-46019") });
    QCOMPARE(movedAway.exitCode, 3);
    QVERIFY2(movedAway.err.contains("portholder (port 46000)"), movedAway.err.constData());
    QCOMPARE(db.value()->host(holding.hostId)->portRangeStart, 46000);
    const Outcome widened = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--ports"),
        QStringLiteral("46000-46009") });
    QVERIFY2(widened.exitCode == 0, widened.err.constData());

    const Outcome deleted
        = run({ QStringLiteral("instance"), QStringLiteral("delete"), holder, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// A delete that leaves the instance's database on a server its host no
// longer uses fails, with the statements to run there.
void TestProvisionCli::deleteReportsDatabaseElsewhere()
{
    const QString name = QStringLiteral("moved");
    // The CLI rejects a missing image before it writes a record, so the
    // record that a failed create leaves is written directly.
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());
    const catalog::Instance instance = instanceNamed(name);
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // What a create on the host's former server recorded.
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, QStringLiteral("earlier-job"),
        provisioning::ObjectKind::Database, instance.databaseName, QStringLiteral("pg-old.example.co.zw:5432"))
                .ok());

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QCOMPARE(deleted.exitCode, 4);
    QVERIFY2(deleted.err.contains(QByteArray("DROP DATABASE " + instance.databaseName.toUtf8())), deleted.err.constData());
    QVERIFY2(deleted.err.contains("pg-old.example.co.zw:5432"), deleted.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("deleted"));
}

// Instance names that make no valid subdomain are rejected with the
// option that sets one, before anything is recorded.
void TestProvisionCli::derivedNamesNameTheirOption()
{
    const QStringList common { QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
        QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--cpu"), QStringLiteral("0.5"),
        QStringLiteral("--memory"), QStringLiteral("512M") };
    for (const QString &name : { QStringLiteral("shop.v2"), QStringLiteral("UPPER") }) {
        const Outcome rejected = run(common + QStringList { QStringLiteral("--name"), name });
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains("--subdomain") || rejected.err.contains("--database"), rejected.err.constData());
        QVERIFY2(rejected.err.contains(name.toUtf8()), rejected.err.constData());
        QVERIFY(instanceNamed(name).id.isEmpty());
    }
}

// --health-timeout takes whole seconds in its range; anything else is
// rejected before a record exists.
void TestProvisionCli::healthTimeoutValidated()
{
    const QStringList common { QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
        QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--name"), QStringLiteral("slowstart") };
    for (const QString &value : { QStringLiteral("5"), QStringLiteral("3601"), QStringLiteral("2m") }) {
        const Outcome rejected = run(common + QStringList { QStringLiteral("--health-timeout"), value });
        QCOMPARE(rejected.exitCode, 3);
        const QByteArray message = QByteArray("Health timeout ") + value.toUtf8() + QByteArray(" is invalid");
        QVERIFY2(rejected.err.contains(message), rejected.err.constData());
        QVERIFY2(rejected.err.contains("from 10 to 3600"), rejected.err.constData());
        QVERIFY(instanceNamed(QStringLiteral("slowstart")).id.isEmpty());
    }
    const Outcome help = run({ QStringLiteral("instance"), QStringLiteral("retry"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("--health-timeout"), help.out.constData());
}

// --init-timeout bounds the init run (odoo -i ... --stop-after-init). On a
// host whose containers cannot reach PostgreSQL, the image's entrypoint
// waits 30 s, so a limit of 10 s ends the create in the init step, which
// rolls back what it made.
void TestProvisionCli::initTimeoutEndsHungInit()
{
    const QStringList common { QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--admin-email"), QStringLiteral("admin@%1.example.co.zw").arg(m_tenant) };
    for (const QString &value : { QStringLiteral("5"), QStringLiteral("21601"), QStringLiteral("30m") }) {
        const Outcome rejected = run(common
            + QStringList { QStringLiteral("--host"), m_host, QStringLiteral("--name"), QStringLiteral("badinit"),
                QStringLiteral("--init-timeout"), value });
        QCOMPARE(rejected.exitCode, 3);
        const QByteArray message = QByteArray("Init timeout ") + value.toUtf8() + QByteArray(" is invalid");
        QVERIFY2(rejected.err.contains(message), rejected.err.constData());
        QVERIFY2(rejected.err.contains("from 10 to 21600"), rejected.err.constData());
        QVERIFY(instanceNamed(QStringLiteral("badinit")).id.isEmpty());
    }
    const Outcome help = run({ QStringLiteral("instance"), QStringLiteral("retry"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("--init-timeout"), help.out.constData());
    QVERIFY2(help.out.contains("default 1800"), help.out.constData());

    const test::PostgresService pg = test::postgres();
    const test::DockerService docker = test::dockerUnix();
    const QString unreachable = docker.postgresHost.section(u'.', 0, 2) + QStringLiteral(".250");
    const QString hungHost = QStringLiteral("hung-%1").arg(shortId());
    const Outcome added = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), hungHost,
        QStringLiteral("--docker"), docker.host, QStringLiteral("--pg-host"), pg.host, QStringLiteral("--pg-port"),
        QString::number(pg.port), QStringLiteral("--pg-user"), pg.adminUser, QStringLiteral("--pg-container-host"),
        unreachable, QStringLiteral("--domain"), QStringLiteral("hung.localhost"), QStringLiteral("--image-repo"),
        qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"), QStringLiteral("--network"), docker.network,
        QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("8G") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Outcome password = run({ QStringLiteral("host"), QStringLiteral("set-password"), hungHost },
        pg.adminPassword.toUtf8() + '\n');
    QVERIFY2(password.exitCode == 0, password.err.constData());

    const Outcome timedOut = run(common
        + QStringList { QStringLiteral("--host"), hungHost, QStringLiteral("--name"), QStringLiteral("hunginit"),
            QStringLiteral("--cpu"), QStringLiteral("0.5"), QStringLiteral("--memory"), QStringLiteral("512M"),
            QStringLiteral("--init-timeout"), QStringLiteral("10") });
    QCOMPARE(timedOut.exitCode, 4);
    QVERIFY2(timedOut.err.contains("Step \"Initialise the Odoo database\" failed"), timedOut.err.constData());
    QVERIFY2(timedOut.err.contains("init timeout of 10 s"), timedOut.err.constData());
    const catalog::Instance instance = instanceNamed(QStringLiteral("hunginit"));
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("error"));
    QVERIFY2(instance.statusMessage.contains(QLatin1String("init timeout of 10 s")), qPrintable(instance.statusMessage));
    verifyNothingLeft(instance);
}

// `instance show` prints demo data and disabled modules, in text and JSON.
// The record is written straight to the catalog: show reads only that.
void TestProvisionCli::showListsDemoAndDisabled()
{
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Result<catalog::Tenant> tenant = db.value()->tenantBySlug(m_tenant);
    QVERIFY2(tenant.ok(), qPrintable(tenant.error()));
    const Result<catalog::Host> host = db.value()->hostByName(m_host);
    QVERIFY2(host.ok(), qPrintable(host.error()));
    catalog::Instance instance;
    instance.tenantId = tenant->id;
    instance.hostId = host->id;
    instance.name = QStringLiteral("shown");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.memoryLimitBytes = 512LL << 20;
    instance.storageLimitBytes = 1LL << 30;
    instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant);
    instance.demoData = true;
    instance.databaseName = QStringLiteral("%1_shown").arg(m_tenant).replace(u'-', u'_');
    instance.customAddons = { QStringLiteral("sale") };
    instance.disabledModules = { QStringLiteral("mail_bot"), QStringLiteral("web_tour") };
    instance.subdomain = QStringLiteral("%1-shown").arg(m_tenant);
    instance.status = catalog::InstanceStatus::Error;
    const Result<catalog::Instance> created = db.value()->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const Outcome text = run({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("shown") });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    static const QRegularExpression disabledLine(QStringLiteral("^Disabled modules: +mail_bot, web_tour$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression demoLine(QStringLiteral("^Demo data: +yes$"), QRegularExpression::MultilineOption);
    QVERIFY2(disabledLine.match(QString::fromUtf8(text.out)).hasMatch(), text.out.constData());
    QVERIFY2(demoLine.match(QString::fromUtf8(text.out)).hasMatch(), text.out.constData());
    // The create never finished, so there is no database to read the
    // installed modules from, and the line states that instead of
    // repeating the request.
    static const QRegularExpression installedLine(
        QStringLiteral("^Installed modules \\(database\\): +none \\(the create did not finish"),
        QRegularExpression::MultilineOption);
    QVERIFY2(installedLine.match(QString::fromUtf8(text.out)).hasMatch(), text.out.constData());

    const Outcome json = run({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("shown"),
        QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(shown.value(QStringLiteral("demo_data")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("disabled_modules")).toArray(),
        QJsonArray({ QStringLiteral("mail_bot"), QStringLiteral("web_tour") }));
}

// A retry that older versions allowed on an instance that ran, killed
// half-way: its clean-up must keep everything the first create made.
void TestProvisionCli::cleanupKeepsEarlierCreate()
{
    const QString name = QStringLiteral("keepearlier");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    const catalog::Instance instance = instanceNamed(name);
    secrets::SecretStore store;
    const auto password
        = waitFor(store.read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password"))));
    QVERIFY2(password.ok(), qPrintable(password.error()));

    // The interrupted retry left the instance creating.
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()
                ->setInstanceStatus(instance.id, instanceNamed(name).rowVersion, catalog::InstanceStatus::Creating,
                    QStringLiteral("Retrying: set by the test"))
                .ok());
    const QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    verifyAllKept(instance, password.value());
    const catalog::Instance after = instanceNamed(name);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("error"));
    QVERIFY2(after.statusMessage.contains(QLatin1String("instance start")), qPrintable(after.statusMessage));

    const Outcome started = run({ QStringLiteral("instance"), QStringLiteral("start"), name });
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

// A create killed after it wrote its ledger rows but before it checked
// for a database of the same name: the clean-up must not drop a database
// and role that the job did not make.
void TestProvisionCli::cleanupKeepsUnmarkedDatabase()
{
    const QString name = QStringLiteral("unmarked");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    const catalog::Instance instance = instanceNamed(name);
    QVERIFY(!instance.id.isEmpty());
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());

    // A database and role of the same names, made outside the console.
    const test::PostgresService pg = test::postgres();
    auto connection = postgres::PgConnection::open({ pg.host, pg.port, pg.adminUser }, pg.adminPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    const QString role = QStringLiteral("odoo_") + instance.databaseName;
    const Status roleMade = connection.value().execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    QVERIFY2(roleMade.ok(), qPrintable(roleMade.error()));
    QVERIFY(connection.value().execute(QStringLiteral("GRANT %1 TO %2").arg(role, pg.adminUser)).ok());
    const Status databaseMade = connection.value().execute(
        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(instance.databaseName, role));
    QVERIFY2(databaseMade.ok(), qPrintable(databaseMade.error()));

    // The killed job's rows, and the instance as such a job leaves it. The
    // first create counts as failed, so the instance never ran.
    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Result<QList<catalog::Job>> jobs = db.value()->jobs();
    QVERIFY2(jobs.ok(), qPrintable(jobs.error()));
    for (catalog::Job job : jobs.value()) {
        if (job.targetId != instance.id || job.kind != QLatin1String("instance.create"))
            continue;
        job.state = catalog::JobState::Failed;
        QVERIFY(db.value()->updateJob(job).ok());
    }
    catalog::Instance revived = instanceNamed(name);
    revived.status = catalog::InstanceStatus::Creating;
    revived.containerId.clear();
    QVERIFY(db.value()->updateInstance(revived).ok());
    const QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, jobId, provisioning::ObjectKind::Role, role,
        provisioning::pgServerLocation(db.value()->host(instance.hostId).value()))
                .ok());
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, jobId, provisioning::ObjectKind::Database,
        instance.databaseName, provisioning::pgServerLocation(db.value()->host(instance.hostId).value()))
                .ok());

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    const bool databaseKept = postgres::databaseExists(connection.value(), instance.databaseName);
    const bool roleKept = postgres::roleExists(connection.value(), role);
    connection.value().execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(instance.databaseName));
    connection.value().execute(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY2(databaseKept, "the clean-up dropped a database its job did not create");
    QVERIFY2(roleKept, "the clean-up dropped a role its job did not create");
}

void TestProvisionCli::killedCreateIsResumed()
{
    const QString name = QStringLiteral("resumed");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    // Step 3 is the init run: its container is running or has just ended.
    const QString jobId = waitForStep(instance.id, 3);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    killAndWait(create.get());

    const Outcome listed = run({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &job : QJsonDocument::fromJson(listed.out).array()) {
        if (job[QStringLiteral("id")].toString() == jobId) {
            found = true;
            QCOMPARE(job[QStringLiteral("state")].toString(), QStringLiteral("interrupted"));
        }
    }
    QVERIFY(found);

    const Outcome resumed = run({ QStringLiteral("job"), QStringLiteral("resume"), jobId, QStringLiteral("--json") });
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    // The clean-up's 4 steps and the create's 7, numbered out of 11.
    QVERIFY2(resumed.err.contains("Step 1 of 11: Check the instance"), resumed.err.constData());
    QVERIFY2(resumed.err.contains("Step 11 of 11: Wait for Odoo to answer"), resumed.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(resumed.out).object();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    const QString url = result.value(QStringLiteral("url")).toString();
    QVERIFY2(!url.isEmpty(), resumed.out.constData());
    const provisioning::HttpReply health = provisioning::httpRequest(url + QStringLiteral("web/health"), {},
        std::chrono::seconds(10), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(jobJson(jobId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));

    // One server container, no init container left from the killed run.
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerListOptions options;
    options.all = true;
    options.labels = { QStringLiteral("saasodoo.instance=") + instance.id };
    const auto containers = client.listContainers(options);
    QVERIFY2(containers.ok(), qPrintable(containers.error()));
    QCOMPARE(containers->size(), 1);

    // Requests that are invalid or change nothing start no job.
    const qsizetype jobsBefore
        = QJsonDocument::fromJson(run({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") }).out)
              .array()
              .size();
    const Outcome badModule = run({ QStringLiteral("instance"), QStringLiteral("update"), name, QStringLiteral("--modules"),
        QStringLiteral("sale,bad-name") });
    QCOMPARE(badModule.exitCode, 3);
    QVERIFY2(badModule.err.contains("bad-name"), badModule.err.constData());
    QCOMPARE(run({ QStringLiteral("instance"), QStringLiteral("update"), name, QStringLiteral("--modules"),
                 QStringLiteral("all,sale") })
                 .exitCode,
        3);
    const Outcome unknownModule = run({ QStringLiteral("instance"), QStringLiteral("update"), name,
        QStringLiteral("--modules"), QStringLiteral("nosuch,sale") });
    QCOMPARE(unknownModule.exitCode, 3);
    QVERIFY2(unknownModule.err.contains("Module nosuch is not known"), unknownModule.err.constData());
    const Outcome unknownOption
        = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name, QStringLiteral("--bogus") });
    QCOMPARE(unknownOption.exitCode, 2);
    QVERIFY2(unknownOption.err.contains("bogus"), unknownOption.err.constData());
    const Outcome sameLimits = run({ QStringLiteral("instance"), QStringLiteral("set-limits"), name, QStringLiteral("--cpu"),
        QString::number(result.value(QStringLiteral("cpu")).toDouble()) });
    QVERIFY2(sameLimits.exitCode == 0, sameLimits.err.constData());
    QVERIFY2(sameLimits.out.contains("Nothing to change"), sameLimits.out.constData());
    const Outcome noVariables = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name });
    QCOMPARE(noVariables.exitCode, 2);
    const Outcome setAndUnset = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name, QStringLiteral("A=1"),
        QStringLiteral("--unset"), QStringLiteral("A") });
    QCOMPARE(setAndUnset.exitCode, 2);
    const Outcome sameEnvironment = run({ QStringLiteral("instance"), QStringLiteral("set-env"), name,
        QStringLiteral("--unset"), QStringLiteral("NOT_SET_HERE") });
    QVERIFY2(sameEnvironment.exitCode == 0, sameEnvironment.err.constData());
    QVERIFY2(sameEnvironment.out.contains("Nothing to change"), sameEnvironment.out.constData());
    const qsizetype jobsAfter
        = QJsonDocument::fromJson(run({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") }).out)
              .array()
              .size();
    QCOMPARE(jobsAfter, jobsBefore);

    const Outcome logs = run({ QStringLiteral("instance"), QStringLiteral("logs"), name, QStringLiteral("--tail"),
        QStringLiteral("3"), QStringLiteral("--json") });
    QVERIFY2(logs.exitCode == 0, logs.err.constData());
    const QJsonArray lines = QJsonDocument::fromJson(logs.out).object().value(QStringLiteral("lines")).toArray();
    QVERIFY2(!lines.isEmpty() && lines.size() <= 3, logs.out.constData());
    QVERIFY(!lines.first()[QStringLiteral("stream")].toString().isEmpty());
    QCOMPARE(run({ QStringLiteral("instance"), QStringLiteral("logs"), name, QStringLiteral("--tail"), QStringLiteral("x") })
                 .exitCode,
        3);

    // An instance in error that has run is not offered a retry, which
    // 'instance retry' would reject.
    {
        auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const catalog::Instance current = instanceNamed(name);
        QVERIFY(db.value()
                    ->setInstanceStatus(current.id, current.rowVersion, catalog::InstanceStatus::Error,
                        QStringLiteral("Set by the test"))
                    .ok());
    }
    const Outcome rejectedUpdate = run({ QStringLiteral("instance"), QStringLiteral("update"), name,
        QStringLiteral("--modules"), QStringLiteral("base") });
    QCOMPARE(rejectedUpdate.exitCode, 3);
    QVERIFY2(rejectedUpdate.err.contains("Allowed now: start"), rejectedUpdate.err.constData());
    QVERIFY2(!rejectedUpdate.err.contains("retry"), rejectedUpdate.err.constData());

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    verifyNothingLeft(instance);
}

void TestProvisionCli::cancelFromAnotherProcess()
{
    const QString name = QStringLiteral("cancelled");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    const QString jobId = waitForStep(instance.id, 1);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());

    const Outcome cancelled = run({ QStringLiteral("job"), QStringLiteral("cancel"), jobId, QStringLiteral("--json") });
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QCOMPARE(QJsonDocument::fromJson(cancelled.out).object().value(QStringLiteral("state")).toString(),
        QStringLiteral("cancelled"));
    QVERIFY(create->waitForFinished(60000));
    QCOMPARE(create->exitStatus(), QProcess::NormalExit);
    QCOMPARE(create->exitCode(), 143);
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
    verifyNothingLeft(instance);

    // An ended job cannot be cancelled again.
    const Outcome twice = run({ QStringLiteral("job"), QStringLiteral("cancel"), jobId });
    QCOMPARE(twice.exitCode, 3);
}

// SIGINT (Ctrl+C at a terminal) cancels the job, which removes what it
// made before the process exits.
void TestProvisionCli::interruptSignalCancelsCreate()
{
    const QString name = QStringLiteral("interrupted");
    std::unique_ptr<QProcess> create(startCreate(name));
    QDeadlineTimer appeared(30000);
    catalog::Instance instance;
    while (instance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        instance = instanceNamed(name);
    }
    QVERIFY2(!instance.id.isEmpty(), "the instance record never appeared");
    // Step 3 is the init run: database, role, secrets and volume exist.
    const QString jobId = waitForStep(instance.id, 3);
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());

    QCOMPARE(::kill(pid_t(create->processId()), SIGINT), 0);
    QVERIFY(create->waitForFinished(120000));
    const QByteArray output = create->readAllStandardError();
    QCOMPARE(create->exitStatus(), QProcess::NormalExit);
    QCOMPARE(create->exitCode(), 128 + SIGINT);
    QVERIFY2(output.contains("Received SIGINT"), output.constData());
    QCOMPARE(jobJson(jobId).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
    verifyNothingLeft(instance);
}

// A password that PostgreSQL rejects is not stored, and the working one
// stays in the keychain.
void TestProvisionCli::setPasswordTestedFirst()
{
    const Outcome wrong = run({ QStringLiteral("host"), QStringLiteral("set-password"), m_host }, "not-the-password\n");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("Nothing was stored"), wrong.err.constData());
    QVERIFY2(!wrong.err.contains("\" Nothing"), wrong.err.constData());
    QVERIFY2(wrong.err.contains("password authentication failed"), wrong.err.constData());

    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const auto host = db.value()->hostByName(m_host);
    QVERIFY2(host.ok(), qPrintable(host.error()));
    secrets::SecretStore store;
    const auto stored = waitFor(store.read(provisioning::pgPasswordKey(host.value())));
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored.value(), test::postgres().adminPassword);
}

// `instance list` shows a container stopped outside the console at once,
// and the delete numbers its steps out of the full count.
void TestProvisionCli::listReadsEngineState()
{
    const QString name = QStringLiteral("stoppedoutside");
    std::unique_ptr<QProcess> create(startCreate(name));
    QVERIFY(create->waitForFinished(300000));
    QVERIFY2(create->exitCode() == 0, create->readAllStandardError().constData());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("running"));

    // `instance show` reads the installed modules from the database.
    const Outcome shown = run({ QStringLiteral("instance"), QStringLiteral("show"), name });
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    static const QRegularExpression installedLine(
        QStringLiteral("^Installed modules \\(database\\): +(.*\\bbase\\b.*)$"), QRegularExpression::MultilineOption);
    QVERIFY2(installedLine.match(QString::fromUtf8(shown.out)).hasMatch(), shown.out.constData());
    const Outcome shownJson = run({ QStringLiteral("instance"), QStringLiteral("show"), name, QStringLiteral("--json") });
    QVERIFY2(shownJson.exitCode == 0, shownJson.err.constData());
    const QJsonArray installed
        = QJsonDocument::fromJson(shownJson.out).object().value(QStringLiteral("installed_modules")).toArray();
    QVERIFY2(installed.contains(QStringLiteral("base")), shownJson.out.constData());

    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    QVERIFY(client.stopContainer(instance.containerId, std::chrono::seconds(10)).ok());

    const Outcome listed = run({ QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    bool found = false;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array()) {
        if (row[QStringLiteral("name")].toString() != name)
            continue;
        found = true;
        QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("error"));
        QVERIFY2(row[QStringLiteral("status_message")].toString().contains(QLatin1String("stopped outside the console")),
            qPrintable(row[QStringLiteral("status_message")].toString()));
    }
    QVERIFY(found);

    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY2(deleted.err.contains("Step 1 of 4"), deleted.err.constData());
    QVERIFY2(deleted.err.contains("Step 4 of 4: Remove the secrets"), deleted.err.constData());
    QVERIFY2(!deleted.err.contains("Step 2 of 2"), deleted.err.constData());
    verifyNothingLeft(instance);
}

// `instance list` gives up on a host whose engine accepts connections but
// never replies, and prints its rows with the status marked as not
// confirmed.
void TestProvisionCli::listBoundsHungEngine()
{
    // A listening socket on which no process calls accept(): the kernel
    // completes the connection, and the request waits for a reply that
    // never comes.
    const QByteArray socketPath = m_dir->filePath(QStringLiteral("hung.sock")).toUtf8();
    const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([listener] { ::close(listener); });
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    QCOMPARE(::listen(listener, 16), 0);

    const QString hungHost = QStringLiteral("hung-%1").arg(shortId());
    const QString name = QStringLiteral("hungrow");
    {
        auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Result<catalog::Host> host = db.value()->hostByName(m_host);
        QVERIFY2(host.ok(), qPrintable(host.error()));
        catalog::Host hung = host.value();
        hung.id.clear();
        hung.name = hungHost;
        hung.dockerEndpoint = QStringLiteral("unix://") + QString::fromUtf8(socketPath);
        const Result<catalog::Host> added = db.value()->createHost(hung);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const Result<catalog::Tenant> tenant = db.value()->tenantBySlug(m_tenant);
        QVERIFY2(tenant.ok(), qPrintable(tenant.error()));
        catalog::Instance instance;
        instance.tenantId = tenant->id;
        instance.hostId = added->id;
        instance.name = name;
        instance.odooVersion = QStringLiteral("18.0");
        instance.imageTag = QStringLiteral("18.0");
        instance.type = catalog::InstanceType::Development;
        instance.cpuLimit = 1;
        instance.memoryLimitBytes = 1024LL * 1024 * 1024;
        instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
        instance.adminEmail = QStringLiteral("admin@example.co.zw");
        instance.databaseName = QStringLiteral("db_%1_%2").arg(name, shortId());
        instance.subdomain = QStringLiteral("%1-%2").arg(name, shortId());
        instance.status = catalog::InstanceStatus::Running;
        const Result<catalog::Instance> created = db.value()->createInstance(instance);
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }

    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome listed = run({ QStringLiteral("instance"), QStringLiteral("list") });
    QVERIFY2(elapsed.elapsed() < 30000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed.elapsed())));
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(QString::fromUtf8(listed.err).contains(QLatin1String("could not check host ") + hungHost), listed.err.constData());
    QVERIFY2(listed.out.contains("running (not confirmed)"), listed.out.constData());

    const Outcome json = run({ QStringLiteral("instance"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, json.err.constData());
    bool found = false;
    for (const QJsonValue &row : QJsonDocument::fromJson(json.out).array()) {
        if (row[QStringLiteral("name")].toString() != name)
            continue;
        found = true;
        QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("running"));
        QCOMPARE(row[QStringLiteral("status_confirmed")].toBool(true), false);
    }
    QVERIFY(found);
}

void TestProvisionCli::capacityRejectedBeforeCreate()
{
    const Outcome tooMuch = run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--name"), QStringLiteral("huge"), QStringLiteral("--host"), m_host,
        QStringLiteral("--admin-email"), QStringLiteral("admin@example.co.zw"), QStringLiteral("--cpu"),
        QStringLiteral("512") });
    QCOMPARE(tooMuch.exitCode, 3);
    const QString message = QString::fromUtf8(tooMuch.err);
    QVERIFY2(message.contains(m_host), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("512.00 CPU cores")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("its engine has only")), qPrintable(message));
    QVERIFY(instanceNamed(QStringLiteral("huge")).id.isEmpty());

    const Outcome noHost = run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--name"), QStringLiteral("huge"), QStringLiteral("--admin-email"),
        QStringLiteral("admin@example.co.zw"), QStringLiteral("--memory"), QStringLiteral("4096G") });
    QCOMPARE(noHost.exitCode, 3);
    QVERIFY2(QString::fromUtf8(noHost.err).contains(QLatin1String("No host can take")), noHost.err.constData());
    QVERIFY(instanceNamed(QStringLiteral("huge")).id.isEmpty());
}

void TestProvisionCli::remotePlainTcpHostRejected()
{
    const Outcome plain = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("remote-plain"), QStringLiteral("--docker"), QStringLiteral("tcp://10.0.0.4:2375"),
        QStringLiteral("--pg-host"), QStringLiteral("10.0.0.5"), QStringLiteral("--pg-user"),
        QStringLiteral("saasodoo_admin"), QStringLiteral("--domain"), QStringLiteral("odoo.example.co.zw"),
        QStringLiteral("--cpu"), QStringLiteral("4"), QStringLiteral("--memory"), QStringLiteral("8G") });
    QCOMPARE(plain.exitCode, 3);
    QVERIFY2(QString::fromUtf8(plain.err).contains(QLatin1String("TLS")), plain.err.constData());
}

void TestProvisionCli::strandedCreatingRecordDeletable()
{
    // An older version's create killed between the record and its job row
    // left an instance `creating` with no job at all; a later create killed
    // at its start leaves one whose job is interrupted. Both must be
    // deletable, and everything else must name the repair.
    QString orphanId;
    QString interruptedId;
    {
        auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto tenant = db.value()->tenantBySlug(m_tenant);
        QVERIFY2(tenant.ok(), qPrintable(tenant.error()));
        const auto host = db.value()->hostByName(m_host);
        QVERIFY2(host.ok(), qPrintable(host.error()));
        for (const QString &name : { QStringLiteral("orphan"), QStringLiteral("halfmade") }) {
            catalog::Instance record;
            record.tenantId = tenant->id;
            record.hostId = host->id;
            record.name = name;
            record.odooVersion = QStringLiteral("18.0");
            record.imageTag = QStringLiteral("18.0");
            record.cpuLimit = 0.5;
            record.memoryLimitBytes = 512LL << 20;
            record.storageLimitBytes = 1LL << 30;
            record.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant);
            record.databaseName = m_tenant + u'_' + name;
            record.subdomain = m_tenant + u'-' + name;
            record.status = catalog::InstanceStatus::Creating;
            const auto created = db.value()->createInstance(record);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            (name == QLatin1String("orphan") ? orphanId : interruptedId) = created->id;
        }
    }
    const QString jobId = addInterruptedJob(interruptedId, QStringLiteral("instance.create"));
    QVERIFY(!jobId.isEmpty());

    const Outcome shownOrphan = run({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("orphan"),
        QStringLiteral("--tenant"), m_tenant });
    QCOMPARE(shownOrphan.exitCode, 0);
    QVERIFY2(shownOrphan.out.contains("no job works on it"), shownOrphan.out.constData());
    QVERIFY2(shownOrphan.out.contains("saasodoo instance delete orphan --yes"), shownOrphan.out.constData());

    const Outcome shownHalf = run({ QStringLiteral("instance"), QStringLiteral("show"), QStringLiteral("halfmade"),
        QStringLiteral("--tenant"), m_tenant });
    QCOMPARE(shownHalf.exitCode, 0);
    QVERIFY2(shownHalf.out.contains(QStringLiteral("saasodoo job cleanup %1").arg(jobId).toUtf8()),
        shownHalf.out.constData());
    QVERIFY2(shownHalf.out.contains(QStringLiteral("saasodoo job resume %1").arg(jobId).toUtf8()),
        shownHalf.out.constData());

    const Outcome started = run({ QStringLiteral("instance"), QStringLiteral("start"), QStringLiteral("halfmade"),
        QStringLiteral("--tenant"), m_tenant });
    QCOMPARE(started.exitCode, 3);
    QVERIFY2(started.err.contains(QStringLiteral("saasodoo job cleanup %1").arg(jobId).toUtf8()),
        started.err.constData());

    for (const QString &name : { QStringLiteral("orphan"), QStringLiteral("halfmade") }) {
        const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), name,
            QStringLiteral("--tenant"), m_tenant, QStringLiteral("--yes") });
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("deleted"));
    }
}

// One free port and two creates at once: the later one is rejected in its
// validation step, with the range-full message and exit code 3.
void TestProvisionCli::portRaceExitsAsValidation()
{
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::Any));
        port = probe.serverPort();
    }
    const QString range = QStringLiteral("%1-%1").arg(port);
    const Outcome edited = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--ports"),
        range });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    std::unique_ptr<QProcess> first(startCreate(QStringLiteral("porta")));
    std::unique_ptr<QProcess> second(startCreate(QStringLiteral("portb")));
    QVERIFY(first->waitForFinished(300000));
    QVERIFY(second->waitForFinished(300000));
    const QList<int> codes { first->exitCode(), second->exitCode() };
    const QList<QByteArray> errors { first->readAllStandardError(), second->readAllStandardError() };
    const QByteArray both = errors.first() + "\n---\n" + errors.last();
    QVERIFY2(codes.count(0) == 1, both.constData());
    QVERIFY2(codes.count(3) == 1, both.constData());
    const int loser = codes.indexOf(3);
    QVERIFY2(errors.at(loser).contains("other instances use them all"), errors.at(loser).constData());
    QVERIFY2(!errors.at(loser).contains("outside the catalog"), errors.at(loser).constData());
    QVERIFY2(!errors.at(loser).contains("Initialise"), errors.at(loser).constData());

    const catalog::Instance winner = instanceNamed(loser == 0 ? QStringLiteral("portb") : QStringLiteral("porta"));
    QCOMPARE(winner.publishedPort, port);
    const catalog::Instance rejected = instanceNamed(loser == 0 ? QStringLiteral("porta") : QStringLiteral("portb"));
    QCOMPARE(rejected.publishedPort, 0);
    const Outcome deleted = run({ QStringLiteral("instance"), QStringLiteral("delete"), winner.name,
        QStringLiteral("--tenant"), m_tenant, QStringLiteral("--yes") });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
}

// Requests that the job would reject only after the catalog holds a
// record are rejected first, with exit code 3 and nothing recorded.
void TestProvisionCli::createInputRejectedBeforeRecord()
{
    const QStringList base { QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"), m_tenant,
        QStringLiteral("--host"), m_host, QStringLiteral("--admin-email"),
        QStringLiteral("admin@%1.example.co.zw").arg(m_tenant), QStringLiteral("--cpu"), QStringLiteral("0.5"),
        QStringLiteral("--memory"), QStringLiteral("512M") };
    struct Case
    {
        QString name;
        QStringList extra;
        QByteArray expected;
    };
    const QList<Case> cases {
        { QStringLiteral("twice"), { QStringLiteral("--env"), QStringLiteral("A=1"), QStringLiteral("--env"),
                                       QStringLiteral("A=2") },
            "A is given twice" },
        { QStringLiteral("path"), { QStringLiteral("--env"), QStringLiteral("PATH=/x") }, "Environment variable \"PATH\" is invalid" },
        { QStringLiteral("home"), { QStringLiteral("--env"), QStringLiteral("HOME=/x") }, "Environment variable \"HOME\" is invalid" },
        { QStringLiteral("odoorc"), { QStringLiteral("--env"), QStringLiteral("ODOO_RC=/x") }, "ODOO_RC" },
        { QStringLiteral("noimage"),
            { QStringLiteral("--version"), QStringLiteral("18.0"), QStringLiteral("--image-tag"),
                QStringLiteral("18.0-missing") },
            "is not on host" },
        { QStringLiteral("badversion"), { QStringLiteral("--version"), QStringLiteral("abc") },
            "Odoo version \"abc\" is invalid" },
        { QStringLiteral("oldversion"), { QStringLiteral("--version"), QStringLiteral("15.0") },
            "Odoo version \"15.0\" is invalid" },
    };
    for (const Case &request : cases) {
        const Outcome created = run(base + QStringList { QStringLiteral("--name"), request.name } + request.extra);
        QVERIFY2(created.exitCode == 3, qPrintable(request.name + u' ' + QString::fromUtf8(created.err)));
        QVERIFY2(created.err.contains(request.expected), created.err.constData());
        QVERIFY2(instanceNamed(request.name).id.isEmpty(), qPrintable(request.name));
    }

    // A login that is a superuser is rejected before a record exists.
    const test::PostgresService pg = test::postgres();
    const Outcome superuser = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--pg-user"),
        pg.superuser });
    QVERIFY2(superuser.exitCode == 0, superuser.err.constData());
    const Outcome password = run({ QStringLiteral("host"), QStringLiteral("set-password"), m_host },
        pg.superpassword.toUtf8() + '\n');
    QVERIFY2(password.exitCode == 0, password.err.constData());
    const Outcome rejected = run(base + QStringList { QStringLiteral("--name"), QStringLiteral("super") });
    QVERIFY2(rejected.exitCode == 3, rejected.err.constData());
    QVERIFY2(rejected.err.contains("superuser"), rejected.err.constData());
    QVERIFY(instanceNamed(QStringLiteral("super")).id.isEmpty());
}

// A host whose engine does not respond is registered with one warning line.
// The same test checks that database names differing only in case clash.
void TestProvisionCli::unreachableHostAddWarns()
{
    const test::PostgresService pg = test::postgres();
    const QString name = QStringLiteral("down-%1").arg(shortId());
    const Outcome added = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), name,
        QStringLiteral("--docker"), QStringLiteral("unix://") + m_dir->filePath(QStringLiteral("missing.sock")),
        QStringLiteral("--pg-host"), pg.host, QStringLiteral("--pg-port"), QString::number(pg.port),
        QStringLiteral("--pg-user"), pg.adminUser, QStringLiteral("--domain"), QStringLiteral("down.localhost"),
        QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("4G"),
        QStringLiteral("--ports"), QStringLiteral("41000-41009") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QByteArray warning = QByteArray("warning: the Docker engine of host ") + name.toUtf8() + " did not respond";
    QVERIFY2(added.err.contains(warning), added.err.constData());
    QVERIFY2(!added.err.contains("saasodoo.docker"), added.err.constData());

    // The duplicate database check ignores case.
    {
        auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto tenant = db.value()->tenantBySlug(m_tenant);
        QVERIFY2(tenant.ok(), qPrintable(tenant.error()));
        const auto host = db.value()->hostByName(m_host);
        QVERIFY2(host.ok(), qPrintable(host.error()));
        catalog::Instance record;
        record.tenantId = tenant->id;
        record.hostId = host->id;
        record.name = QStringLiteral("lower");
        record.odooVersion = QStringLiteral("18.0");
        record.imageTag = QStringLiteral("18.0");
        record.cpuLimit = 0.5;
        record.memoryLimitBytes = 512LL << 20;
        record.storageLimitBytes = 1LL << 30;
        record.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant);
        record.databaseName = m_tenant + QStringLiteral("_acme_prod");
        record.subdomain = m_tenant + QStringLiteral("-lower");
        record.status = catalog::InstanceStatus::Error;
        const auto lower = db.value()->createInstance(record);
        QVERIFY2(lower.ok(), qPrintable(lower.error()));
        record.name = QStringLiteral("upper");
        record.subdomain = m_tenant + QStringLiteral("-upper");
        record.databaseName = m_tenant + QStringLiteral("_Acme_Prod");
        const auto clash = db.value()->createInstance(record);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(QLatin1String("differs only in case")), qPrintable(clash.error()));
    }
}

QTEST_GUILESS_MAIN(TestProvisionCli)
// A create killed while its create-container call was in flight leaves a
// ledger row for the name. A running container of that name that an admin
// made before the job, with the console's labels, must survive job cleanup.
void TestProvisionCli::cleanupKeepsContainerItDidNotMake()
{
    const QString name = QStringLiteral("adminmade");
    // The CLI rejects a missing image before it writes a record, so the
    // record that a failed create leaves is written directly.
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("error"));

    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const catalog::Host host = db.value()->host(instance.hostId).value();
    const auto plan = provisioning::planInstance(instance, db.value()->tenant(instance.tenantId).value(), host,
        test::dockerUnix().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    docker::ContainerSpec container;
    container.name = plan->containerName;
    container.image = qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE") + QStringLiteral(":18.0");
    container.entrypoint = { QStringLiteral("sleep") };
    container.cmd = { QStringLiteral("600") };
    container.labels = plan->labels;
    const auto made = client.createContainer(container);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const auto removeMade = qScopeGuard([&] {
        client.removeContainer(made->id, docker::RemoveContainerOptions { true, true });
    });
    QVERIFY(client.startContainer(made->id).ok());

    // The row a killed job wrote just before its create call.
    const QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, jobId, provisioning::ObjectKind::Container,
        plan->containerName, host.id)
                .ok());

    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    const auto after = client.inspectContainer(made->id);
    QVERIFY2(after.ok(), "job cleanup removed a container its job did not make");
    QVERIFY(after->state.running);
}

// A volume listed in the ledger for the interrupted job goes only when its
// saasodoo.job label names that job, as for containers.
void TestProvisionCli::cleanupChecksVolumeJobLabel()
{
    const QString name = QStringLiteral("volumejob");
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0-missing")).isEmpty());
    const catalog::Instance instance = instanceNamed(name);
    QCOMPARE(catalog::toString(instance.status), QStringLiteral("error"));

    auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const catalog::Host host = db.value()->host(instance.hostId).value();
    const auto plan = provisioning::planInstance(instance, db.value()->tenant(instance.tenantId).value(), host,
        test::dockerUnix().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    const auto removeVolume = qScopeGuard([&] { client.removeVolume(plan->volumeName, true); });

    // Labelled by another job: stays, although the interrupted job's row
    // names it.
    docker::VolumeSpec volume;
    volume.name = plan->volumeName;
    volume.labels = plan->labels;
    volume.labels.insert(QLatin1String(provisioning::labelJob), QStringLiteral("another-job"));
    QVERIFY(client.createVolume(volume).ok());
    QString jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, jobId, provisioning::ObjectKind::Volume,
        plan->volumeName, host.id)
                .ok());
    Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    QVERIFY2(client.inspectVolume(plan->volumeName).ok(), "job cleanup removed a volume another job made");
    QVERIFY2(cleaned.err.contains("another-job"), cleaned.err.constData());

    // Labelled by the interrupted job: removed.
    QVERIFY(client.removeVolume(plan->volumeName, true).ok());
    jobId = addInterruptedCreate(instance.id);
    QVERIFY(!jobId.isEmpty());
    volume.labels.insert(QLatin1String(provisioning::labelJob), jobId);
    QVERIFY(client.createVolume(volume).ok());
    QVERIFY(provisioning::recordObject(*db.value(), instance.id, jobId, provisioning::ObjectKind::Volume,
        plan->volumeName, host.id)
                .ok());
    cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    const auto gone = client.inspectVolume(plan->volumeName);
    QVERIFY2(!gone.ok() && gone.dockerError().isNotFound(), cleaned.err.constData());
}

// A create that made the host's network removes it when it fails or is
// cleaned up, because no other container uses it.
void TestProvisionCli::failedCreateRemovesItsNetwork()
{
    const QString networkName = QStringLiteral("p-net-%1").arg(shortId());
    const Outcome edited = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--network"),
        networkName });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    const auto removeNetwork = qScopeGuard([&] { client.removeNetwork(networkName); });
    auto waitForInit = [&](const QString &name, QProcess *process) -> std::pair<catalog::Instance, QString> {
        QDeadlineTimer appeared(30000);
        catalog::Instance instance;
        while (instance.id.isEmpty() && !appeared.hasExpired()) {
            QThread::msleep(20);
            instance = instanceNamed(name);
        }
        if (instance.id.isEmpty())
            qWarning("%s", process->readAllStandardError().constData());
        return { instance, instance.id.isEmpty() ? QString() : waitForStep(instance.id, 3) };
    };

    // Cancelled with SIGINT: the job's own rollback removes the network.
    std::unique_ptr<QProcess> create(startCreate(QStringLiteral("netcancel")));
    auto [instance, jobId] = waitForInit(QStringLiteral("netcancel"), create.get());
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    const auto made = client.inspectNetwork(networkName);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made->labels.value(QLatin1String(provisioning::labelJob)), jobId);
    QCOMPARE(::kill(pid_t(create->processId()), SIGINT), 0);
    QVERIFY(create->waitForFinished(120000));
    QCOMPARE(create->exitCode(), 128 + SIGINT);
    auto after = client.inspectNetwork(networkName);
    QVERIFY2(!after.ok() && after.dockerError().isNotFound(), create->readAllStandardError().constData());
    verifyNothingLeft(instance);

    // Killed, then cleaned up by a later process.
    create.reset(startCreate(QStringLiteral("netkilled")));
    std::tie(instance, jobId) = waitForInit(QStringLiteral("netkilled"), create.get());
    QVERIFY2(!jobId.isEmpty(), create->readAllStandardError().constData());
    QVERIFY(client.inspectNetwork(networkName).ok());
    killAndWait(create.get());
    const Outcome cleaned = run({ QStringLiteral("job"), QStringLiteral("cleanup"), jobId });
    QVERIFY2(cleaned.exitCode == 0, cleaned.err.constData());
    after = client.inspectNetwork(networkName);
    QVERIFY2(!after.ok() && after.dockerError().isNotFound(), cleaned.err.constData());
    verifyNothingLeft(instance);
}

// A create cancelled after it made the host's network leaves the network
// in place while another create on the host is under way, because that
// create may be about to attach a container.
void TestProvisionCli::failedCreateKeepsNetworkInUse()
{
    const QString networkName = QStringLiteral("p-net-%1").arg(shortId());
    const Outcome edited = run({ QStringLiteral("host"), QStringLiteral("edit"), m_host, QStringLiteral("--network"),
        networkName });
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const docker::DockerClient client(endpoint);
    const auto removeNetwork = qScopeGuard([&] { client.removeNetwork(networkName); });

    std::unique_ptr<QProcess> first(startCreate(QStringLiteral("netfirst")));
    QDeadlineTimer appeared(30000);
    catalog::Instance firstInstance;
    while (firstInstance.id.isEmpty() && !appeared.hasExpired()) {
        QThread::msleep(20);
        firstInstance = instanceNamed(QStringLiteral("netfirst"));
    }
    QVERIFY2(!firstInstance.id.isEmpty(), first->readAllStandardError().constData());
    const QString firstJob = waitForStep(firstInstance.id, 3);
    QVERIFY2(!firstJob.isEmpty(), first->readAllStandardError().constData());
    const auto made = client.inspectNetwork(networkName);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made->labels.value(QLatin1String(provisioning::labelJob)), firstJob);

    std::unique_ptr<QProcess> second(startCreate(QStringLiteral("netsecond")));
    QDeadlineTimer secondAppeared(30000);
    while (instanceNamed(QStringLiteral("netsecond")).id.isEmpty() && !secondAppeared.hasExpired())
        QThread::msleep(20);
    QCOMPARE(catalog::toString(instanceNamed(QStringLiteral("netsecond")).status), QStringLiteral("creating"));

    QCOMPARE(::kill(pid_t(first->processId()), SIGINT), 0);
    QVERIFY(first->waitForFinished(120000));
    const QByteArray firstErrors = first->readAllStandardError();
    QCOMPARE(first->exitCode(), 128 + SIGINT);
    QVERIFY2(client.inspectNetwork(networkName).ok(), firstErrors.constData());
    verifyNothingLeft(firstInstance);

    // NOTE: PostgreSQL is reachable only through the harness network, so
    // a create on a new network cannot finish. The second one is cancelled
    // too, and its rollback leaves the network that it did not make.
    QCOMPARE(::kill(pid_t(second->processId()), SIGINT), 0);
    QVERIFY(second->waitForFinished(120000));
    QCOMPARE(second->exitCode(), 128 + SIGINT);
    QVERIFY2(client.inspectNetwork(networkName).ok(), second->readAllStandardError().constData());
}

// A host whose PostgreSQL password is not in the keychain cannot run the
// create job's database step, so the create stops before any record.
void TestProvisionCli::createWithoutPasswordRejected()
{
    const test::PostgresService pg = test::postgres();
    const test::DockerService docker = test::dockerUnix();
    const QString bare = QStringLiteral("nopw-%1").arg(shortId());
    const Outcome host = run({ QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("--name"), bare,
        QStringLiteral("--docker"), docker.host, QStringLiteral("--pg-host"), pg.host, QStringLiteral("--pg-port"),
        QString::number(pg.port), QStringLiteral("--pg-user"), pg.adminUser, QStringLiteral("--pg-container-host"),
        docker.postgresHost, QStringLiteral("--domain"), QStringLiteral("nopw.localhost"), QStringLiteral("--image-repo"),
        qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE"), QStringLiteral("--network"), docker.network,
        QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("8G") });
    QVERIFY2(host.exitCode == 0, host.err.constData());

    const Outcome create = run({ QStringLiteral("instance"), QStringLiteral("create"), QStringLiteral("--tenant"),
        m_tenant, QStringLiteral("--name"), QStringLiteral("nopassword"), QStringLiteral("--host"), bare,
        QStringLiteral("--admin-email"), QStringLiteral("admin@%1.example.co.zw").arg(m_tenant),
        QStringLiteral("--cpu"), QStringLiteral("0.5"), QStringLiteral("--memory"), QStringLiteral("512M") });
    QCOMPARE(create.exitCode, 3);
    const QByteArray advice = QStringLiteral("saasodoo host set-password %1").arg(bare).toUtf8();
    QVERIFY2(create.err.contains(advice), create.err.constData());
    QVERIFY2(instanceNamed(QStringLiteral("nopassword")).id.isEmpty(), "a rejected create left a catalog record");
}

// An action on a deleted instance, found by the name that 'instance show'
// still prints, is rejected with the instance's state, not as unknown.
void TestProvisionCli::actionOnDeletedNamesState()
{
    const QString name = QStringLiteral("gone");
    const QString id = addFailedInstance(name, QStringLiteral("18.0"));
    QVERIFY(!id.isEmpty());
    {
        auto db = catalog::Catalog::open(catalog::CatalogConfig::sqlite(m_catalogPath));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto record = db.value()->instance(id);
        QVERIFY2(record.ok(), qPrintable(record.error()));
        const auto deleted = db.value()->setInstanceStatus(id, record->rowVersion, catalog::InstanceStatus::Deleted,
            QStringLiteral("Deleted by the test."));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    }

    const Outcome shown = run({ QStringLiteral("instance"), QStringLiteral("show"), name });
    QCOMPARE(shown.exitCode, 0);
    for (const QString &action : { QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("delete") }) {
        QStringList arguments { QStringLiteral("instance"), action, name };
        if (action == QLatin1String("delete"))
            arguments << QStringLiteral("--yes");
        const Outcome rejected = run(arguments);
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains("it is deleted"), rejected.err.constData());
        QVERIFY2(rejected.err.contains("no action is allowed"), rejected.err.constData());
        QVERIFY2(!rejected.err.contains("not found"), rejected.err.constData());
    }
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("deleted"));
}

// An instance whose create failed before it ever ran allows only retry
// and delete, and every rejection lists just those two. A backup of it is
// rejected before a job starts, because it has no database or secrets.
void TestProvisionCli::neverRanAllowsRetryDelete()
{
    const QString name = QStringLiteral("neverran");
    QVERIFY(!addFailedInstance(name, QStringLiteral("18.0")).isEmpty());

    const QList<QStringList> actions { { QStringLiteral("suspend") }, { QStringLiteral("resume") },
        { QStringLiteral("update"), QStringLiteral("--modules"), QStringLiteral("base") },
        { QStringLiteral("set-limits"), QStringLiteral("--cpu"), QStringLiteral("1") }, { QStringLiteral("start") } };
    for (const QStringList &action : actions) {
        QStringList arguments { QStringLiteral("instance"), action.first(), name };
        arguments += action.mid(1);
        const Outcome rejected = run(arguments);
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY2(rejected.err.contains("before it ever ran"), rejected.err.constData());
        QVERIFY2(rejected.err.contains("Allowed now: retry, delete."), rejected.err.constData());
        QVERIFY2(!rejected.err.contains("start,"), rejected.err.constData());
        QVERIFY2(!rejected.err.contains("set-env"), rejected.err.constData());
    }

    const Outcome backup = run({ QStringLiteral("backup"), QStringLiteral("create"), name });
    QCOMPARE(backup.exitCode, 3);
    QVERIFY2(backup.err.contains("before it ever ran"), backup.err.constData());
    QVERIFY2(backup.err.contains("saasodoo instance retry"), backup.err.constData());
    QVERIFY2(!backup.err.contains("keychain"), backup.err.constData());
    QVERIFY2(!backup.err.contains("Job "), backup.err.constData());
    QCOMPARE(catalog::toString(instanceNamed(name).status), QStringLiteral("error"));
}

#include "tst_provisioncli.moc"
