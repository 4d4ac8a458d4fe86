// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Provisioning against the harness: a real Docker engine running the Odoo
// stand-in image, PostgreSQL 15 as saasodoo_admin, and the keychain.
#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/jobs/jobrunner.h"
#include "core/postgres/instancedatabase.h"
#include "core/provisioning/httpprobe.h"
#include "core/provisioning/provisioner.h"
#include "core/provisioning/reconciler.h"
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace saasodoo;
using namespace saasodoo::provisioning;

namespace {

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

postgres::PgEndpoint adminEndpoint()
{
    const test::PostgresService pg = test::postgres();
    return postgres::PgEndpoint { pg.host, pg.port, pg.adminUser };
}

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestProvisioner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsWorkingInstance();
    void duplicateDatabaseRejected();
    void missingImageLeavesNothing();
    void existingDatabaseLeftUntouched();
    void initFailureLeavesNothing();
    void healthTimeoutLeavesNothing();
    void takenPortLeavesNothing();
    void cancelDuringInitLeavesNothing();
    void lifecycleActionsWork();
    void reconcilerMarksDrift();

private:
    jobs::JobInfo runAction(const std::function<Status(Provisioner &, jobs::JobContext &)> &body);
    catalog::Instance newInstance(const QString &name, const catalog::Host &host);
    jobs::JobInfo runCreate(const QString &instanceId, ProvisionerOptions options = {});
    jobs::JobInfo runRemove(const QString &instanceId);
    ProvisionerOptions defaultOptions() const;
    void verifyNothingLeft(const catalog::Instance &instance);
    catalog::Host addHost(const QString &pgContainerHost, int portStart = 0, int portEnd = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    catalog::CatalogConfig m_config;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    catalog::Tenant m_tenant;
    catalog::Host m_host;
};

void TestProvisioner::init()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = catalog::CatalogConfig::sqlite(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    auto opened = catalog::Catalog::open(m_config);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_catalog = std::move(opened.value());
    m_secrets = std::make_unique<secrets::SecretStore>(QStringLiteral("saasodoo-test"));

    catalog::Customer customer;
    customer.name = QStringLiteral("Provisioning Test");
    customer.email = QStringLiteral("prov-%1@example.co.zw").arg(shortId());
    auto createdCustomer = m_catalog->createCustomer(customer);
    QVERIFY2(createdCustomer.ok(), qPrintable(createdCustomer.error()));

    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Tenant");
    tenant.slug = QStringLiteral("t%1").arg(shortId());
    auto createdTenant = m_catalog->createTenant(tenant);
    QVERIFY2(createdTenant.ok(), qPrintable(createdTenant.error()));
    m_tenant = createdTenant.value();

    m_host = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!m_host.id.isEmpty());
}

void TestProvisioner::cleanup()
{
    m_catalog.reset();
    m_secrets.reset();
    m_dir.reset();
}

catalog::Host TestProvisioner::addHost(const QString &pgContainerHost, int portStart, int portEnd)
{
    const test::PostgresService pg = test::postgres();
    catalog::Host host;
    host.name = QStringLiteral("host-%1").arg(shortId());
    host.dockerEndpoint = test::dockerUnix().host;
    host.pgHost = pg.host;
    host.pgPort = pg.port;
    host.pgAdminUser = pg.adminUser;
    host.pgContainerHost = pgContainerHost;
    host.baseDomain = QStringLiteral("odoo.test");
    host.imageRepository = qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE");
    host.portRangeStart = portStart;
    host.portRangeEnd = portEnd;
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    auto created = m_catalog->createHost(host);
    if (!created.ok()) {
        qWarning("could not add the host: %s", qPrintable(created.error()));
        return {};
    }
    const Status stored = waitFor(m_secrets->write(
        secrets::SecretStore::hostKey(created->id, QStringLiteral("pg-password")), pg.adminPassword));
    if (!stored.ok())
        qWarning("could not store the host password: %s", qPrintable(stored.error()));
    return created.value();
}

catalog::Instance TestProvisioner::newInstance(const QString &name, const catalog::Host &host)
{
    catalog::Instance instance;
    instance.tenantId = m_tenant.id;
    instance.hostId = host.id;
    instance.name = name;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = catalog::InstanceType::Development;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(m_tenant.slug);
    instance.databaseName = QStringLiteral("db_%1_%2").arg(name, shortId());
    instance.subdomain = QStringLiteral("%1-%2").arg(m_tenant.slug, name);
    instance.status = catalog::InstanceStatus::Creating;
    return instance;
}

ProvisionerOptions TestProvisioner::defaultOptions() const
{
    ProvisionerOptions options;
    options.network = test::dockerUnix().network;
    options.healthTimeout = std::chrono::seconds(90);
    options.initTimeout = std::chrono::seconds(180);
    return options;
}

jobs::JobInfo TestProvisioner::runCreate(const QString &instanceId, ProvisionerOptions options)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), options);
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.create");
    request.steps = createSteps();
    const QString id = runner.submit(request, [&](jobs::JobContext &context) {
        return provisioner.create(context, instanceId);
    });
    runner.waitForFinished(id, 600000);
    jobs::JobInfo info = *runner.job(id);
    if (info.state != jobs::JobState::Succeeded) {
        for (const jobs::JobLogEntry &entry : store.log(id).value())
            qInfo("job log: %s", qPrintable(entry.message));
    }
    return info;
}

jobs::JobInfo TestProvisioner::runRemove(const QString &instanceId)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return provisioner.remove(context, instanceId);
    });
    runner.waitForFinished(id, 600000);
    return *runner.job(id);
}

void TestProvisioner::verifyNothingLeft(const catalog::Instance &instance)
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerListOptions options;
    options.labels = { QStringLiteral("saasodoo.instance=") + instance.id };
    const auto containers = client.listContainers(options);
    QVERIFY2(containers.ok(), qPrintable(containers.error()));
    QCOMPARE(containers->size(), 0);
    const auto volumes = client.listVolumes({ QStringLiteral("saasodoo.instance=") + instance.id });
    QVERIFY2(volumes.ok(), qPrintable(volumes.error()));
    QCOMPARE(volumes->size(), 0);

    auto pg = postgres::PgConnection::open(adminEndpoint(), test::postgres().adminPassword);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    QVERIFY(!postgres::roleExists(pg.value(), QStringLiteral("odoo_") + instance.databaseName));

    for (const char *name : { "db-password", "admin-password", "master-password" }) {
        secrets::SecretStore fresh(QStringLiteral("saasodoo-test"));
        const auto secret = waitFor(fresh.read(secrets::SecretStore::instanceKey(instance.id, QLatin1String(name))));
        QVERIFY2(!secret.ok(), name);
    }
}

void TestProvisioner::createsWorkingInstance()
{
    catalog::Instance request = newInstance(QStringLiteral("full"), m_host);
    request.customAddons = { QStringLiteral("sale"), QStringLiteral("purchase") };
    request.environment = { { QStringLiteral("TZ"), QStringLiteral("Africa/Harare") },
        { QStringLiteral("ODOO_STAGE"), QStringLiteral("test run") } };
    request.cpuLimit = 1.5;
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();

    const jobs::JobInfo job = runCreate(instance.id, defaultOptions());
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    const auto stored = m_catalog->instance(instance.id);
    QVERIFY(stored.ok());
    QCOMPARE(catalog::toString(stored->status), catalog::toString(catalog::InstanceStatus::Running));
    QVERIFY(stored->publishedPort > 0);
    QVERIFY(!stored->containerId.isEmpty());

    // The container as the engine sees it.
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const auto inspected = client.inspectContainer(stored->containerId);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    QCOMPARE(inspected->nanoCpus, 1500000000LL);
    QCOMPARE(inspected->memory, 1024LL * 1024 * 1024);
    QCOMPARE(inspected->restartPolicy.name, QStringLiteral("unless-stopped"));
    QVERIFY(inspected->env.contains(QStringLiteral("TZ=Africa/Harare")));
    QVERIFY(inspected->env.contains(QStringLiteral("ODOO_STAGE=test run")));
    for (const QString &entry : inspected->env)
        QVERIFY2(!entry.startsWith(QLatin1String("PASSWORD=")), qPrintable(entry));
    QCOMPARE(inspected->labels.value(QStringLiteral("saasodoo.instance")), instance.id);

    // The modules Odoo installed, read as the instance's own role.
    const QString dbPassword
        = waitFor(m_secrets->read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password")))).value();
    postgres::PgEndpoint asInstance = adminEndpoint();
    asInstance.user = QStringLiteral("odoo_") + instance.databaseName;
    auto pg = postgres::PgConnection::open(asInstance, dbPassword, instance.databaseName);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    const auto modules = pg.value().query(
        QStringLiteral("SELECT name FROM ir_module_module WHERE state = 'installed' ORDER BY name"));
    QVERIFY2(modules.ok(), qPrintable(modules.error()));
    QStringList installed;
    for (const QStringList &row : modules->rows)
        installed << row.first();
    QVERIFY2(installed.contains(QStringLiteral("sale")), qPrintable(installed.join(u',')));
    QVERIFY(installed.contains(QStringLiteral("purchase")));
    QVERIFY(installed.contains(QStringLiteral("base")));

    // Health through the published port, and the new admin login.
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(stored->publishedPort);
    const HttpReply health = httpRequest(base + QStringLiteral("/web/health"), {}, std::chrono::seconds(10));
    QCOMPARE(health.status, 200L);
    const QString adminPassword
        = waitFor(m_secrets->read(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("admin-password")))).value();
    const QJsonObject login { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("method"), QStringLiteral("call") },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("service"), QStringLiteral("common") }, { QStringLiteral("method"), QStringLiteral("login") },
                { QStringLiteral("args"), QJsonArray { instance.databaseName, instance.adminEmail, adminPassword } } } } };
    const HttpReply loggedIn = httpRequest(base + QStringLiteral("/jsonrpc"), QJsonDocument(login).toJson(), std::chrono::seconds(10));
    QCOMPARE(loggedIn.status, 200L);
    QVERIFY2(QJsonDocument::fromJson(loggedIn.body).object().value(QStringLiteral("result")).isDouble(), loggedIn.body.constData());

    // Delete removes everything but the catalog record.
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    QCOMPARE(catalog::toString(m_catalog->instance(instance.id)->status), catalog::toString(catalog::InstanceStatus::Deleted));
    verifyNothingLeft(instance);
}

void TestProvisioner::duplicateDatabaseRejected()
{
    const catalog::Instance first = newInstance(QStringLiteral("one"), m_host);
    QVERIFY(m_catalog->createInstance(first).ok());
    catalog::Instance second = newInstance(QStringLiteral("two"), m_host);
    second.databaseName = first.databaseName;
    const auto duplicate = m_catalog->createInstance(second);
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(first.databaseName), qPrintable(duplicate.error()));
}

void TestProvisioner::missingImageLeavesNothing()
{
    catalog::Instance request = newInstance(QStringLiteral("noimage"), m_host);
    request.imageTag = QStringLiteral("18.0-19990101");
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("18.0-19990101")), qPrintable(job.error));
    const auto stored = m_catalog->instance(created->id);
    QCOMPARE(catalog::toString(stored->status), catalog::toString(catalog::InstanceStatus::Error));
    QVERIFY2(stored->statusMessage.contains(QLatin1String("Validate the request")), qPrintable(stored->statusMessage));
    verifyNothingLeft(created.value());
}

void TestProvisioner::existingDatabaseLeftUntouched()
{
    catalog::Instance request = newInstance(QStringLiteral("clash"), m_host);
    auto pg = postgres::PgConnection::open(adminEndpoint(), test::postgres().adminPassword);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    QVERIFY(pg.value().execute(QStringLiteral("CREATE DATABASE %1").arg(pg.value().quoteIdentifier(request.databaseName))).ok());
    const auto dropExisting = qScopeGuard([&] {
        pg.value().execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(pg.value().quoteIdentifier(request.databaseName)));
    });
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("already exists")), qPrintable(job.error));
    QVERIFY(postgres::databaseExists(pg.value(), request.databaseName));
    verifyNothingLeft(created.value());
}

void TestProvisioner::initFailureLeavesNothing()
{
    // Containers cannot reach PostgreSQL at this address, so the image's
    // entrypoint gives up after its 30-second wait and exits 1.
    QString address = test::dockerUnix().postgresHost;
    address = address.section(u'.', 0, 2) + QStringLiteral(".250");
    const catalog::Host unreachable = addHost(address);
    QVERIFY(!unreachable.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("noinit"), unreachable));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("exited with code 1")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("Database connection failure")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

void TestProvisioner::healthTimeoutLeavesNothing()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("slow"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    ProvisionerOptions options = defaultOptions();
    options.healthTimeout = std::chrono::seconds(0);

    const jobs::JobInfo job = runCreate(created->id, options);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Wait for Odoo to answer")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

void TestProvisioner::takenPortLeavesNothing()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const int port = squatter.serverPort();
    const catalog::Host narrow = addHost(test::dockerUnix().postgresHost, port, port);
    QVERIFY(!narrow.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("port"), narrow));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Start the Odoo server")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

void TestProvisioner::cancelDuringInitLeavesNothing()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("cancel"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    jobs::JobInfo request;
    request.steps = createSteps();
    const QString instanceId = created->id;
    const QString id = runner.submit(request, [&](jobs::JobContext &context) {
        return provisioner.create(context, instanceId);
    });
    // Cancel as soon as the init run is under way.
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && runner.job(id)->currentStepName() != createSteps().at(3)
        && !jobs::isFinal(runner.job(id)->state))
        QThread::msleep(20);
    QCOMPARE(runner.job(id)->currentStepName(), createSteps().at(3));
    runner.cancel(id);
    QVERIFY(runner.waitForFinished(id, 120000));
    QCOMPARE(runner.job(id)->state, jobs::JobState::Cancelled);
    verifyNothingLeft(created.value());
}

jobs::JobInfo TestProvisioner::runAction(const std::function<Status(Provisioner &, jobs::JobContext &)> &body)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) { return body(provisioner, context); });
    runner.waitForFinished(id, 600000);
    return *runner.job(id);
}

void TestProvisioner::lifecycleActionsWork()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("life"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    QVERIFY2(runCreate(id, defaultOptions()).state == jobs::JobState::Succeeded, "create failed");
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    auto status = [&] { return catalog::toString(m_catalog->instance(id)->status); };
    auto running = [&] { return client.inspectContainer(m_catalog->instance(id)->containerId)->state.running; };

    jobs::JobInfo job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.stop(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("stopped"));
    QVERIFY(!running());

    // Stopping twice is rejected with the state and what is allowed.
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.stop(c, id); });
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("it is stopped")), qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("stopped"));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.start(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));
    QVERIFY(running());

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 0.5, 768LL * 1024 * 1024); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const auto limited = client.inspectContainer(m_catalog->instance(id)->containerId);
    QCOMPARE(limited->nanoCpus, 500000000LL);
    QCOMPARE(limited->memory, 768LL * 1024 * 1024);
    QCOMPARE(m_catalog->instance(id)->cpuLimit, 0.5);

    const QString oldContainer = m_catalog->instance(id)->containerId;
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.setEnvironment(c, id, { { QStringLiteral("NEW_KEY"), QStringLiteral("new value") } });
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const auto recreated = client.inspectContainer(m_catalog->instance(id)->containerId);
    QVERIFY(recreated->id != oldContainer);
    QVERIFY(recreated->env.contains(QStringLiteral("NEW_KEY=new value")));
    QCOMPARE(status(), QStringLiteral("running"));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.suspend(c, id, QStringLiteral("invoice overdue")); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("suspended"));
    QVERIFY(m_catalog->instance(id)->statusMessage.contains(QLatin1String("invoice overdue")));
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.start(c, id); });
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Allowed now: resume")), qPrintable(job.error));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.resume(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.restart(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    QVERIFY2(runRemove(id).state == jobs::JobState::Succeeded, "remove failed");
    verifyNothingLeft(m_catalog->instance(id).value());
}

void TestProvisioner::reconcilerMarksDrift()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("drift"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    QVERIFY2(runCreate(id, defaultOptions()).state == jobs::JobState::Succeeded, "create failed");
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const QString container = m_catalog->instance(id)->containerId;

    // A container killed behind the console's back is marked from the
    // engine's events within seconds, without polling.
    Reconciler reconciler(m_config, m_secrets.get());
    CancellationToken stopWatching;
    QList<Drift> seen;
    QMutex seenMutex;
    QThread *watcher = QThread::create([&] {
        reconciler.watchHost(m_host.id, [&](const Drift &drift) {
            QMutexLocker locker(&seenMutex);
            seen.append(drift);
        }, stopWatching);
    });
    watcher->start();
    QThread::msleep(500); // let the event stream connect before the kill
    QVERIFY(client.killContainer(container).ok());
    QTRY_VERIFY_WITH_TIMEOUT(catalog::toString(m_catalog->instance(id)->status) == QStringLiteral("error"), 15000);
    QVERIFY2(m_catalog->instance(id)->statusMessage.contains(QLatin1String("exit code 137")),
        qPrintable(m_catalog->instance(id)->statusMessage));
    stopWatching.cancel();
    QVERIFY(watcher->wait(10000));
    delete watcher;
    {
        QMutexLocker locker(&seenMutex);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(int(seen.first().kind), int(Drift::Kind::ContainerExited));
    }

    // A container removed outside the console, found by a full pass.
    QVERIFY(client.removeContainer(container, docker::RemoveContainerOptions { true, false }).ok());
    const Result<QList<Drift>> drifts = reconciler.reconcileHost(m_host.id);
    QVERIFY2(drifts.ok(), qPrintable(drifts.error()));
    QCOMPARE(drifts->size(), 1);
    QCOMPARE(int(drifts->first().kind), int(Drift::Kind::ContainerGone));
    QVERIFY(m_catalog->instance(id)->statusMessage.contains(QLatin1String("no longer exists")));
    // The reconciler deleted nothing: the volume and database are still there.
    QCOMPARE(client.listVolumes({ QStringLiteral("saasodoo.instance=") + id })->size(), 1);

    QVERIFY2(runRemove(id).state == jobs::JobState::Succeeded, "remove failed");
    verifyNothingLeft(m_catalog->instance(id).value());
}

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_provisioner.moc"
