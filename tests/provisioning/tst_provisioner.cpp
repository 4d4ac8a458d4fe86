// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Provisioning against the harness: a real Docker engine running the Odoo
// stand-in image, PostgreSQL 15 as saasodoo_admin, and the keychain.
#include "core/billing/billingrun.h"
#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/jobs/jobrunner.h"
#include "core/postgres/instancedatabase.h"
#include "core/provisioning/hostcapacity.h"
#include "core/provisioning/httpprobe.h"
#include "core/provisioning/instanceobjects.h"
#include "core/provisioning/odooconfig.h"
#include "core/provisioning/provisioner.h"
#include "core/provisioning/reconciler.h"
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>
#include <cstring>

using namespace saasodoo;
using namespace saasodoo::provisioning;

namespace {

// The harness engine as the console reaches it through a private Unix socket
// that this test opens and closes: stop() makes the engine disappear
// mid-call, as a stopped dockerd does for its clients, without touching
// the harness's engine, which other tests share.
// NOTE: the harness's second engine (the TLS one) is shared with other
// tests and the harness has no way to start it again once stopped, so the
// "engine stopped mid-way" cases use this proxy and not a real dockerd.
class EngineProxy
{
public:
    EngineProxy(QString listenPath, QString upstreamPath)
        : m_listenPath(std::move(listenPath))
        , m_upstreamPath(std::move(upstreamPath))
    {
    }
    ~EngineProxy() { stop(); }

    bool start()
    {
        ::unlink(qPrintable(m_listenPath));
        m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address = unixAddress(m_listenPath);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 64) != 0)
            return false;
        m_stopping = false;
        m_acceptor.reset(QThread::create([this] { acceptLoop(); }));
        m_acceptor->start();
        return true;
    }

    // While paused, connections are still accepted but no byte is passed
    // on in either direction, as with a dockerd stopped by SIGSTOP, whose
    // socket backlog still accepts. Resuming passes on what queued up.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // Pauses the proxy when a request that contains `needle` arrives, and
    // drops that request: the client waits for a reply until its own
    // timeout, and the engine never sees the call.
    void pauseOnRequest(const QByteArray &needle)
    {
        QMutexLocker locker(&m_mutex);
        m_pauseNeedle = needle;
    }

    // Closes the socket and every open connection, and waits for the pumps.
    void stop()
    {
        if (!m_acceptor)
            return;
        m_stopping = true;
        m_acceptor->wait();
        m_acceptor.reset();
        for (QThread *pump : std::as_const(m_pumps)) {
            pump->wait();
            delete pump;
        }
        m_pumps.clear();
        ::close(m_listener);
        ::unlink(qPrintable(m_listenPath));
    }

private:
    static sockaddr_un unixAddress(const QString &path)
    {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = path.toLocal8Bit();
        std::memcpy(address.sun_path, bytes.constData(), std::min(sizeof address.sun_path - 1, size_t(bytes.size())));
        return address;
    }

    void acceptLoop()
    {
        while (!m_stopping) {
            pollfd waiting { m_listener, POLLIN, 0 };
            if (::poll(&waiting, 1, 50) <= 0)
                continue;
            const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            const int upstream = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un address = unixAddress(m_upstreamPath);
            if (upstream < 0 || ::connect(upstream, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
                ::close(client);
                if (upstream >= 0)
                    ::close(upstream);
                continue;
            }
            QThread *pump = QThread::create([this, client, upstream] { pumpLoop(client, upstream); });
            pump->start();
            m_pumps.append(pump);
        }
    }

    void pumpLoop(int client, int upstream)
    {
        char buffer[65536];
        bool open = true;
        bool dropping = false; // this connection carried the request that paused the proxy
        while (open && !m_stopping) {
            if (m_paused && !dropping) {
                QThread::msleep(20);
                continue;
            }
            pollfd ends[2] = { { client, POLLIN, 0 }, { upstream, POLLIN, 0 } };
            if (::poll(ends, 2, 50) <= 0)
                continue;
            for (int i = 0; i < 2 && open; ++i) {
                if (!(ends[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t count = ::read(ends[i].fd, buffer, sizeof buffer);
                if (count > 0 && i == 0 && !dropping && pausesOn(QByteArray::fromRawData(buffer, count))) {
                    dropping = true;
                    m_paused = true;
                }
                if (dropping) {
                    open = count > 0;
                    continue;
                }
                open = count > 0 && ::write(ends[1 - i].fd, buffer, size_t(count)) == count;
            }
        }
        ::close(client);
        ::close(upstream);
    }

    // Returns whether `request` contains the needle of pauseOnRequest(),
    // and clears the needle when it does, so that only one request pauses.
    bool pausesOn(const QByteArray &request)
    {
        QMutexLocker locker(&m_mutex);
        if (m_pauseNeedle.isEmpty() || !request.contains(m_pauseNeedle))
            return false;
        m_pauseNeedle.clear();
        return true;
    }

    QString m_listenPath;
    QString m_upstreamPath;
    QMutex m_mutex;
    QByteArray m_pauseNeedle; // guarded by m_mutex
    int m_listener = -1;
    std::atomic_bool m_stopping { false };
    std::atomic_bool m_paused { false };
    std::unique_ptr<QThread> m_acceptor;
    QList<QThread *> m_pumps; // touched by the acceptor thread until it ends
};

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

postgres::PgEndpoint adminEndpoint()
{
    const test::PostgresService pg = test::postgres();
    return postgres::PgEndpoint { pg.host, pg.port, pg.adminUser };
}

postgres::PgEndpoint superuserEndpoint()
{
    const test::PostgresService pg = test::postgres();
    return postgres::PgEndpoint { pg.host, pg.port, pg.superuser };
}

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// Returns the uid that /web/session/authenticate gives for the login, or
// -1 when Odoo rejects it.
int sessionUid(const QString &baseUrl, const QString &database, const QString &login, const QString &password)
{
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("method"), QStringLiteral("call") },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("db"), database }, { QStringLiteral("login"), login },
                { QStringLiteral("password"), password } } } };
    const HttpReply reply = httpRequest(baseUrl + QStringLiteral("/web/session/authenticate"),
        QJsonDocument(request).toJson(), std::chrono::seconds(30));
    if (reply.status != 200)
        return -1;
    const QJsonValue uid
        = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("result")).toObject().value(QStringLiteral("uid"));
    return uid.isDouble() ? uid.toInt() : -1;
}

// Listens on `count` consecutive free ports of 127.0.0.1, as a program
// outside the catalog would, and returns the first. The servers are added
// to `squatters`. Returns 0 when no such block was found.
int squatPorts(int count, std::vector<std::unique_ptr<QTcpServer>> &squatters)
{
    for (int base = 41000 + int(QRandomGenerator::global()->bounded(8000)), tries = 0; tries < 50;
         ++tries, base += count) {
        squatters.clear();
        for (int port = base; port < base + count; ++port) {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(QHostAddress::LocalHost, quint16(port)))
                break;
            squatters.push_back(std::move(server));
        }
        if (int(squatters.size()) == count)
            return base;
    }
    squatters.clear();
    return 0;
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
    void deleteKeepsForeignDatabase();
    void loopbackSpellingsShareServer();
    void pgServerChangeRejected();
    void deleteRejectsSuperuserLogin();
    void subdomainUniquePerBaseDomain();
    void planRefusedCreateGoesToError();
    void initFailureLeavesNothing();
    void unknownAddonLeavesNothing();
    void disabledDependencyLeavesNothing();
    void updateChecksDisabledModules();
    void unknownDisabledModuleLeavesNothing();
    void initOutOfMemoryNamesLimit();
    void healthTimeoutLeavesNothing();
    void takenPortLeavesNothing();
    void takenPortTriesNext();
    void takenPortsTriedToRangeEnd();
    void takenRangeNamesTriedPorts();
    void takenPortMovesOnStart();
    void takenWebsocketPortNamed();
    void fullRangeRejectedAtValidation();
    void cancelDuringInitLeavesNothing();
    void lifecycleActionsWork();
    void setLimitsRewritesOdooConfig();
    void reconcilerMarksDrift();
    void crashLoopMarkedError();
    void movedPortRecorded();
    void startedOutsideRecordsPort();
    void capacityRejectedAtValidation();
    void resizeChecksOnlyGrowth();
    void hostChoiceSkipsUnusableHosts();
    void tlsHostProvisionsIsolated();
    void engineBackSoonLeavesNothing();
    void engineGoneNamesLeftovers();
    void deleteWithoutPasswordChangesNothing();
    void registeredCapacityLimitsHost();
    void takenContainerNameSurvivesRollback();
    void retryAfterEngineGoneSucceeds();
    void retryDropsEarlierJobDatabase();
    void cleanupDropsUncommentedDatabase();
    void unreachableStopKeepsStatus();
    void tlsRejectedStopKeepsStatus();
    void removeAfterCancelRunsToEnd();
    void hungEngineStopKeepsStatus();
    void rollbackRemovesLateContainer();
    void hungEngineStartKeepsStatus();
    void cancelledSetLimitsRestoresLimits();
    void cancelledUpdateKeepsInstance();
    void missingImageKeepsInstance();

private:
    jobs::JobInfo runAction(const std::function<Status(Provisioner &, jobs::JobContext &)> &body);
    catalog::Instance newInstance(const QString &name, const catalog::Host &host);
    jobs::JobInfo runCreate(const QString &instanceId, ProvisionerOptions options = {});
    jobs::JobInfo runRemove(const QString &instanceId);
    ProvisionerOptions defaultOptions() const;
    // Checks the engine of `host` (the harness's local engine when null),
    // PostgreSQL and the keychain for anything left of `instance`.
    void verifyNothingLeft(const catalog::Instance &instance, const catalog::Host *host = nullptr);
    catalog::Host addHost(const QString &pgContainerHost, int portStart = 0, int portEnd = 0);
    // Records a running instance `name` whose server is `containerId`, a
    // container the test made, with a database of its own (dropped in
    // cleanup), so that the reconciler finds no other drift.
    Result<catalog::Instance> adoptContainer(const QString &name, const QString &containerId, int publishedPort = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    catalog::CatalogConfig m_config;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    catalog::Tenant m_tenant;
    catalog::Host m_host;
    QStringList m_adoptedDatabases;
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
    if (!m_adoptedDatabases.isEmpty()) {
        const test::PostgresService pg = test::postgres();
        auto superuser = postgres::PgConnection::open({ pg.host, pg.port, pg.superuser }, pg.superpassword);
        for (const QString &database : std::as_const(m_adoptedDatabases)) {
            if (superuser.ok())
                superuser.value().execute(QStringLiteral("DROP DATABASE IF EXISTS ") + database);
        }
        m_adoptedDatabases.clear();
    }
    m_catalog.reset();
    m_secrets.reset();
    m_dir.reset();
}

Result<catalog::Instance> TestProvisioner::adoptContainer(const QString &name, const QString &containerId,
    int publishedPort)
{
    const catalog::Instance request = newInstance(name, m_host);
    const test::PostgresService pg = test::postgres();
    auto superuser = postgres::PgConnection::open({ pg.host, pg.port, pg.superuser }, pg.superpassword);
    if (!superuser.ok())
        return makeError(superuser.error());
    if (const Status made = superuser.value().execute(QStringLiteral("CREATE DATABASE ") + request.databaseName);
        !made.ok())
        return makeError(made.error());
    m_adoptedDatabases << request.databaseName;
    Result<catalog::Instance> created = m_catalog->createInstance(request);
    if (!created.ok())
        return created;
    catalog::Instance instance = created.value();
    instance.containerId = containerId;
    instance.status = catalog::InstanceStatus::Running;
    instance.publishedPort = publishedPort;
    return m_catalog->updateInstance(instance);
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

void TestProvisioner::verifyNothingLeft(const catalog::Instance &instance, const catalog::Host *host)
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(host ? dockerEndpoint(*host) : endpoint);
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

    // The default admin/admin login never works: the generated password was
    // written before the server published its port.
    QCOMPARE(sessionUid(base, instance.databaseName, QStringLiteral("admin"), QStringLiteral("admin")), -1);
    QCOMPARE(sessionUid(base, instance.databaseName, instance.adminEmail, QStringLiteral("admin")), -1);
    QCOMPARE(sessionUid(base, instance.databaseName, instance.adminEmail, adminPassword), 2);

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

// Another tenant's live database and role under the name that this
// instance requests. The create fails on it, and the delete of the failed
// instance must leave both alone.
void TestProvisioner::deleteKeepsForeignDatabase()
{
    catalog::Instance request = newInstance(QStringLiteral("foreign"), m_host);
    const QString role = QStringLiteral("odoo_") + request.databaseName;
    auto pg = postgres::PgConnection::open(superuserEndpoint(), test::postgres().superpassword);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    QVERIFY(pg.value().execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg.value().quoteIdentifier(role))).ok());
    QVERIFY(pg.value()
                .execute(QStringLiteral("CREATE DATABASE %1 OWNER %2")
                             .arg(pg.value().quoteIdentifier(request.databaseName), pg.value().quoteIdentifier(role)))
                .ok());
    const auto dropForeign = qScopeGuard([&] {
        pg.value().execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(pg.value().quoteIdentifier(request.databaseName)));
        pg.value().execute(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg.value().quoteIdentifier(role)));
    });
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("already exists")), qPrintable(job.error));

    const jobs::JobInfo removed = runRemove(created->id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    QCOMPARE(catalog::toString(m_catalog->instance(created->id)->status),
        catalog::toString(catalog::InstanceStatus::Deleted));
    QVERIFY(postgres::databaseExists(pg.value(), request.databaseName));
    QVERIFY(postgres::roleExists(pg.value(), role));
}

// 127.0.0.1 and localhost name one PostgreSQL server: a second host that
// spells it differently shares its database names.
void TestProvisioner::loopbackSpellingsShareServer()
{
    const QString pgHost = test::postgres().host;
    QVERIFY2(pgHost == QLatin1String("127.0.0.1") || pgHost == QLatin1String("localhost"), qPrintable(pgHost));
    catalog::Host alias = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!alias.id.isEmpty());
    alias.pgHost = pgHost == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : QStringLiteral("LOCALHOST");
    const auto edited = m_catalog->updateHost(alias);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));

    const catalog::Instance first = newInstance(QStringLiteral("spelled"), m_host);
    QVERIFY(m_catalog->createInstance(first).ok());
    catalog::Instance second = newInstance(QStringLiteral("respelled"), edited.value());
    second.databaseName = first.databaseName;
    const auto duplicate = m_catalog->createInstance(second);
    QVERIFY2(!duplicate.ok(), "an instance on the aliased host got the same database name");
    QVERIFY2(duplicate.error().contains(first.databaseName), qPrintable(duplicate.error()));
}

// The databases of a host's instances stay on its PostgreSQL server, so
// the server's address cannot change while the host has instances.
void TestProvisioner::pgServerChangeRejected()
{
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!host.id.isEmpty());
    const auto created = m_catalog->createInstance(newInstance(QStringLiteral("pinned"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    catalog::Host moved = m_catalog->host(host.id).value();
    moved.pgHost = QStringLiteral("localhost");
    const auto rejected = m_catalog->updateHost(moved);
    QVERIFY2(!rejected.ok(), "the PostgreSQL host changed under a live instance");
    QVERIFY2(rejected.error().contains(QLatin1String("pinned")), qPrintable(rejected.error()));
    moved = m_catalog->host(host.id).value();
    moved.pgPort = moved.pgPort + 1;
    QVERIFY2(!m_catalog->updateHost(moved).ok(), "the PostgreSQL port changed under a live instance");

    // The image repository makes the instance's later containers, so it
    // stays too; other fields still change.
    catalog::Host renamed = m_catalog->host(host.id).value();
    renamed.imageRepository = QStringLiteral("odoo");
    const auto reimaged = m_catalog->updateHost(renamed);
    QVERIFY(!reimaged.ok());
    QVERIFY2(reimaged.error().contains(QLatin1String("image repository")), qPrintable(reimaged.error()));
    renamed = m_catalog->host(host.id).value();
    renamed.baseDomain = QStringLiteral("renamed.example.co.zw");
    const auto edited = m_catalog->updateHost(renamed);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));

    const auto deleted = m_catalog->setInstanceStatus(created->id, created->rowVersion,
        catalog::InstanceStatus::Deleted, QStringLiteral("set by the test"));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    catalog::Host free = m_catalog->host(host.id).value();
    free.pgHost = QStringLiteral("localhost");
    const auto accepted = m_catalog->updateHost(free);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
}

// The delete checks the console's PostgreSQL login as create does: a
// superuser without the host's override changes nothing.
void TestProvisioner::deleteRejectsSuperuserLogin()
{
    const test::PostgresService pg = test::postgres();
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!host.id.isEmpty());
    host.pgAdminUser = pg.superuser;
    const auto edited = m_catalog->updateHost(host);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QVERIFY(waitFor(m_secrets->write(secrets::SecretStore::hostKey(host.id, QStringLiteral("pg-password")),
                        pg.superpassword))
                .ok());

    auto created = m_catalog->createInstance(newInstance(QStringLiteral("superdelete"), edited.value()));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const auto failed = m_catalog->setInstanceStatus(created->id, created->rowVersion, catalog::InstanceStatus::Error,
        QStringLiteral("set by the test"));
    QVERIFY2(failed.ok(), qPrintable(failed.error()));

    const jobs::JobInfo removed = runRemove(created->id);
    QCOMPARE(removed.state, jobs::JobState::Failed);
    QVERIFY2(removed.error.contains(QLatin1String("stopped before any change")), qPrintable(removed.error));
    QVERIFY2(removed.error.contains(QLatin1String("superuser")), qPrintable(removed.error));
    const auto stored = m_catalog->instance(created->id);
    QCOMPARE(catalog::toString(stored->status), catalog::toString(catalog::InstanceStatus::Error));
    QCOMPARE(stored->statusMessage, QStringLiteral("set by the test"));
}

// Traefik routes by name: two hosts behind one base domain must not hand
// out the same subdomain, while another domain may reuse it.
void TestProvisioner::subdomainUniquePerBaseDomain()
{
    const catalog::Host sameDomain = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!sameDomain.id.isEmpty());
    catalog::Host otherDomain = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!otherDomain.id.isEmpty());
    otherDomain.baseDomain = QStringLiteral("other.test");
    const auto edited = m_catalog->updateHost(otherDomain);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));

    catalog::Instance first = newInstance(QStringLiteral("shopa"), m_host);
    first.subdomain = QStringLiteral("shop");
    QVERIFY(m_catalog->createInstance(first).ok());
    catalog::Instance clash = newInstance(QStringLiteral("shopb"), sameDomain);
    clash.subdomain = QStringLiteral("shop");
    const auto rejected = m_catalog->createInstance(clash);
    QVERIFY2(!rejected.ok(), "two hosts under odoo.test both got subdomain shop");
    QVERIFY2(rejected.error().contains(QLatin1String("unique per base domain")), qPrintable(rejected.error()));

    catalog::Instance elsewhere = newInstance(QStringLiteral("shopc"), edited.value());
    elsewhere.subdomain = QStringLiteral("shop");
    const auto accepted = m_catalog->createInstance(elsewhere);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));

    // Moving an instance's subdomain onto a taken one is rejected too.
    catalog::Instance moved = newInstance(QStringLiteral("shopd"), sameDomain);
    moved.subdomain = QStringLiteral("shop-d");
    auto movedCreated = m_catalog->createInstance(moved);
    QVERIFY2(movedCreated.ok(), qPrintable(movedCreated.error()));
    catalog::Instance renamed = movedCreated.value();
    renamed.subdomain = QStringLiteral("shop");
    QVERIFY(!m_catalog->updateInstance(renamed).ok());

    // So is moving a host under a domain where its subdomains are taken.
    catalog::Host merged = m_catalog->host(otherDomain.id).value();
    merged.baseDomain = m_host.baseDomain;
    const auto mergedHost = m_catalog->updateHost(merged);
    QVERIFY2(!mergedHost.ok(), "a host moved under odoo.test with a second subdomain shop");
    QVERIFY2(mergedHost.error().contains(QLatin1String("unique per base domain")), qPrintable(mergedHost.error()));
    QCOMPARE(m_catalog->host(otherDomain.id)->baseDomain, QStringLiteral("other.test"));
}

// A create that the tenant's plan rejects ends in error with the plan's
// message, never stuck in creating.
void TestProvisioner::planRefusedCreateGoesToError()
{
    catalog::Plan plan;
    plan.name = QStringLiteral("Tiny %1").arg(shortId());
    plan.priceUsdCents = 500;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 500;
    plan.maxMemoryBytes = 512LL * 1024 * 1024;
    plan.maxStorageBytes = 10LL * 1024 * 1024 * 1024;
    const auto createdPlan = m_catalog->createPlan(plan);
    QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
    const auto subscribed = billing::subscribe(*m_catalog, m_catalog->tenant(m_tenant.id)->customerId, createdPlan->id,
        catalog::Currency::Usd, QDate::currentDate(), false);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.error()));

    auto created = m_catalog->createInstance(newInstance(QStringLiteral("toobig"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(createdPlan->name), qPrintable(job.error));
    const auto stored = m_catalog->instance(created->id);
    QCOMPARE(catalog::toString(stored->status), catalog::toString(catalog::InstanceStatus::Error));
    QVERIFY2(stored->statusMessage.contains(createdPlan->name), qPrintable(stored->statusMessage));
    verifyNothingLeft(created.value());

    // The failed instance uses no resources, so it does not count against the
    // plan's one instance.
    const QString customerId = m_catalog->tenant(m_tenant.id)->customerId;
    const auto usage = m_catalog->customerUsage(customerId);
    QVERIFY2(usage.ok(), qPrintable(usage.error()));
    QCOMPARE(usage->instances, 0);
    const auto inProgress = m_catalog->createInstance(newInstance(QStringLiteral("pending"), m_host));
    QVERIFY2(inProgress.ok(), qPrintable(inProgress.error()));
    QCOMPARE(m_catalog->customerUsage(customerId)->instances, 1);
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

// Odoo ignores an unknown name in -i and exits 0; the create must not.
void TestProvisioner::unknownAddonLeavesNothing()
{
    catalog::Instance instance = newInstance(QStringLiteral("typo"), m_host);
    instance.customAddons = { QStringLiteral("sale"), QStringLiteral("nosuchaddon") };
    auto created = m_catalog->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Initialise the Odoo database")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("Module nosuchaddon is not available in image")), qPrintable(job.error));
    QCOMPARE(catalog::toString(m_catalog->instance(created->id)->status), QStringLiteral("error"));
    verifyNothingLeft(created.value());
}

// A module to disable that the image does not have is a typo, rejected as
// an unknown addon is.
void TestProvisioner::unknownDisabledModuleLeavesNothing()
{
    catalog::Instance instance = newInstance(QStringLiteral("notypo"), m_host);
    instance.disabledModules = { QStringLiteral("nosuch_x") };
    auto created = m_catalog->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Initialise the Odoo database")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("Module nosuch_x to disable is not available in image")),
        qPrintable(job.error));
    verifyNothingLeft(created.value());
}

// An init run that the kernel kills at the memory limit is reported as out
// of memory with the limit, not only as exit code 137.
void TestProvisioner::initOutOfMemoryNamesLimit()
{
    catalog::Instance instance = newInstance(QStringLiteral("tiny"), m_host);
    instance.memoryLimitBytes = 10LL * 1024 * 1024;
    auto created = m_catalog->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Initialise the Odoo database")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("ran out of memory")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("memory limit of 10 MiB")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("Last container log lines:"))
            || job.error.contains(QLatin1String("wrote no log lines")),
        qPrintable(job.error));
    verifyNothingLeft(created.value());
}

// A disabled module that a requested addon depends on is installed by
// Odoo anyway, so the create fails and names the addon that needs it.
void TestProvisioner::disabledDependencyLeavesNothing()
{
    catalog::Instance instance = newInstance(QStringLiteral("dependency"), m_host);
    instance.customAddons = { QStringLiteral("sale") };
    instance.disabledModules = { QStringLiteral("sales_team") };
    auto created = m_catalog->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Initialise the Odoo database")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("Module sales_team is disabled")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("dependency of sale")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

// A module update that leaves a disabled module installed fails and names
// it. The stand-in's -u installs nothing new, so the test installs the
// module behind the console's back before the update.
void TestProvisioner::updateChecksDisabledModules()
{
    catalog::Instance instance = newInstance(QStringLiteral("updisabled"), m_host);
    instance.disabledModules = { QStringLiteral("crm") };
    auto created = m_catalog->createInstance(instance);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo create = runCreate(id, defaultOptions());
    QVERIFY2(create.state == jobs::JobState::Succeeded, qPrintable(create.error));

    jobs::JobInfo job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));

    {
        // Closed before the delete, which cannot end a superuser's session.
        const test::PostgresService pg = test::postgres();
        Result<postgres::PgConnection> superuser = postgres::PgConnection::open(
            { pg.host, pg.port, pg.superuser }, pg.superpassword, m_catalog->instance(id)->databaseName);
        QVERIFY2(superuser.ok(), qPrintable(superuser.error()));
        const Status installed = superuser.value().execute(
            QStringLiteral("UPDATE ir_module_module SET state = 'installed' WHERE name = 'crm'"));
        QVERIFY2(installed.ok(), qPrintable(installed.error()));
    }

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Module crm is disabled")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("after the module update")), qPrintable(job.error));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("error"));

    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
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
    QVERIFY2(job.error.contains(QStringLiteral("No free port in range %1-%1").arg(port)), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

// A port held outside the catalog is skipped for the next one in range.
void TestProvisioner::takenPortTriesNext()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const int port = squatter.serverPort();
    const catalog::Host pair = addHost(test::dockerUnix().postgresHost, port, port + 1);
    QVERIFY(!pair.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("nextport"), pair));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(m_catalog->instance(created->id)->publishedPort, port + 1);
    const jobs::JobInfo removed = runRemove(created->id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
}

// Programs outside the catalog hold every port of the range but the last:
// the create tries each one and takes the last.
void TestProvisioner::takenPortsTriedToRangeEnd()
{
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    const int first = squatPorts(7, squatters);
    QVERIFY2(first != 0, "no block of 7 free ports on 127.0.0.1");
    const int last = first + 7;
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, quint16(last)))
        QSKIP("the port after the squatted block is in use");
    probe.close();
    const catalog::Host host = addHost(test::dockerUnix().postgresHost, first, last);
    QVERIFY(!host.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("lastport"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(m_catalog->instance(created->id)->publishedPort, last);
    const jobs::JobInfo removed = runRemove(created->id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

// With every port of the range held outside the catalog, the create fails
// and its message lists each port it tried.
void TestProvisioner::takenRangeNamesTriedPorts()
{
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    const int first = squatPorts(6, squatters);
    QVERIFY2(first != 0, "no block of 6 free ports on 127.0.0.1");
    const int last = first + 5;
    const catalog::Host host = addHost(test::dockerUnix().postgresHost, first, last);
    QVERIFY(!host.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("noport"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    QVERIFY2(job.error.contains(QStringLiteral("No free port in range %1-%2").arg(first).arg(last)),
        qPrintable(job.error));
    QStringList tried;
    for (int port = first; port <= last; ++port)
        tried << QString::number(port);
    QVERIFY2(job.error.contains(QStringLiteral("(%1)").arg(tried.join(QStringLiteral(", ")))), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("--ports")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

// A program outside the catalog takes the port of a stopped instance. With
// no other free port in the range the start fails and changes nothing.
// Once one is free, the start moves the instance there.
void TestProvisioner::takenPortMovesOnStart()
{
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    const int first = squatPorts(2, squatters);
    QVERIFY2(first != 0, "no block of 2 free ports on 127.0.0.1");
    squatters.clear();
    const catalog::Host host = addHost(test::dockerUnix().postgresHost, first, first + 1);
    QVERIFY(!host.id.isEmpty());
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("moved"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo made = runCreate(id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    QCOMPARE(m_catalog->instance(id)->publishedPort, first);
    const jobs::JobInfo stopped = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.stop(context, id);
    });
    QVERIFY2(stopped.state == jobs::JobState::Succeeded, qPrintable(stopped.error));

    QTcpServer ownPort;
    QVERIFY(ownPort.listen(QHostAddress::LocalHost, quint16(first)));
    QTcpServer otherPort;
    QVERIFY(otherPort.listen(QHostAddress::LocalHost, quint16(first + 1)));
    const jobs::JobInfo blocked = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.start(context, id);
    });
    QCOMPARE(jobs::stateName(blocked.state), QStringLiteral("failed"));
    const catalog::Instance kept = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(kept.status), QStringLiteral("stopped"));
    QCOMPARE(kept.publishedPort, first);
    QVERIFY2(kept.statusMessage.contains(QStringLiteral("Port %1 (web route, container port 8069) of instance moved is "
                                                        "in use by a program outside the catalog")
                                             .arg(first)),
        qPrintable(kept.statusMessage));
    QVERIFY2(kept.statusMessage.contains(QLatin1String("--ports")), qPrintable(kept.statusMessage));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    QVERIFY2(client.inspectContainer(kept.containerId).ok(), "the stopped instance lost its container");

    otherPort.close();
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    const QString jobId = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return provisioner.start(context, id);
    });
    QVERIFY(runner.waitForFinished(jobId, 600000));
    const jobs::JobInfo started = *runner.job(jobId);
    QVERIFY2(started.state == jobs::JobState::Succeeded, qPrintable(started.error));
    const catalog::Instance after = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QCOMPARE(after.publishedPort, first + 1);
    bool logged = false;
    for (const jobs::JobLogEntry &entry : store.log(jobId).value())
        logged = logged || entry.message.contains(QStringLiteral("from port %1 to port %2").arg(first).arg(first + 1));
    QVERIFY2(logged, "the job log does not say that the instance moved");
    const HttpReply health = httpRequest(QStringLiteral("http://127.0.0.1:%1/web/health").arg(first + 1), {},
        std::chrono::seconds(10));
    QCOMPARE(health.status, 200);

    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

// With workers, the websocket route is published on the port after the
// web port. When a program outside the catalog uses that one, the start's
// message names it and its route, not the web port.
void TestProvisioner::takenWebsocketPortNamed()
{
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    const int first = squatPorts(2, squatters);
    QVERIFY2(first != 0, "no block of 2 free ports on 127.0.0.1");
    squatters.clear();
    const catalog::Host host = addHost(test::dockerUnix().postgresHost, first, first + 1);
    QVERIFY(!host.id.isEmpty());
    catalog::Instance production = newInstance(QStringLiteral("websocket"), host);
    production.type = catalog::InstanceType::Production;
    auto created = m_catalog->createInstance(production);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo made = runCreate(id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    QCOMPARE(m_catalog->instance(id)->publishedPort, first);
    const jobs::JobInfo stopped = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.stop(context, id);
    });
    QVERIFY2(stopped.state == jobs::JobState::Succeeded, qPrintable(stopped.error));

    QTcpServer websocketPort;
    QVERIFY(websocketPort.listen(QHostAddress::LocalHost, quint16(first + 1)));
    const jobs::JobInfo blocked = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.start(context, id);
    });
    QCOMPARE(jobs::stateName(blocked.state), QStringLiteral("failed"));
    const catalog::Instance kept = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(kept.status), QStringLiteral("stopped"));
    QVERIFY2(kept.statusMessage.contains(
                 QStringLiteral("Port %1 (websocket route, container port 8072) of instance websocket").arg(first + 1)),
        qPrintable(kept.statusMessage));
    QVERIFY2(!kept.statusMessage.contains(QStringLiteral("Port %1 ").arg(first)), qPrintable(kept.statusMessage));
    QVERIFY2(kept.statusMessage.contains(QStringLiteral("Free port %1 ").arg(first + 1)), qPrintable(kept.statusMessage));

    websocketPort.close();
    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

// A range without a free port fails in validation, before anything exists.
void TestProvisioner::fullRangeRejectedAtValidation()
{
    const catalog::Host single = addHost(test::dockerUnix().postgresHost, 45999, 45999);
    QVERIFY(!single.id.isEmpty());
    catalog::Instance holder = newInstance(QStringLiteral("holder"), single);
    holder.publishedPort = 45999;
    const auto held = m_catalog->createInstance(holder);
    QVERIFY2(held.ok(), qPrintable(held.error()));
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("nofree"), single));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("Validate the request")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("No free port in range 45999-45999")), qPrintable(job.error));
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

    // Limits that create rejects are rejected before any change: more cores
    // than the host has, 1 KiB of memory, more memory than the host has.
    const QList<std::pair<double, qint64>> rejectedLimits { { 64.0, 768LL * 1024 * 1024 }, { 0.5, 1024 },
        { 0.5, 100LL * 1024 * 1024 * 1024 } };
    for (const auto &[cpu, memory] : rejectedLimits) {
        job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, cpu, memory); });
        QCOMPARE(job.state, jobs::JobState::Failed);
        QVERIFY2(job.error.contains(QLatin1String("Limits not changed")), qPrintable(job.error));
        QCOMPARE(status(), QStringLiteral("running"));
        QVERIFY(running());
        QCOMPARE(m_catalog->instance(id)->cpuLimit, 0.5);
        QCOMPARE(m_catalog->instance(id)->memoryLimitBytes, 768LL * 1024 * 1024);
        const auto unchanged = client.inspectContainer(m_catalog->instance(id)->containerId);
        QCOMPARE(unchanged->nanoCpus, 500000000LL);
        QCOMPARE(unchanged->memory, 768LL * 1024 * 1024);
    }

    const QString oldContainer = m_catalog->instance(id)->containerId;
    // The image declares /mnt/extra-addons a volume, so each container gets
    // an anonymous one; the data volume at /var/lib/odoo is named.
    QStringList anonymousVolumes;
    QString dataVolume;
    const auto oldInfo = client.inspectContainer(oldContainer);
    QVERIFY2(oldInfo.ok(), qPrintable(oldInfo.error()));
    for (const docker::MountInfo &mount : oldInfo->mounts) {
        if (mount.type != QLatin1String("volume"))
            continue;
        if (mount.destination == QLatin1String("/var/lib/odoo"))
            dataVolume = mount.name;
        else
            anonymousVolumes << mount.name;
    }
    QVERIFY(!dataVolume.isEmpty());
    QVERIFY(!anonymousVolumes.isEmpty());
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.setEnvironment(c, id, { { QStringLiteral("NEW_KEY"), QStringLiteral("new value") } });
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const auto recreated = client.inspectContainer(m_catalog->instance(id)->containerId);
    QVERIFY(recreated->id != oldContainer);
    QVERIFY(recreated->env.contains(QStringLiteral("NEW_KEY=new value")));
    QCOMPARE(status(), QStringLiteral("running"));
    for (const QString &volume : std::as_const(anonymousVolumes)) {
        const auto leftover = client.inspectVolume(volume);
        QVERIFY2(!leftover.ok() && leftover.dockerError().isNotFound(), qPrintable(volume));
    }
    QVERIFY2(client.inspectVolume(dataVolume).ok(), qPrintable(dataVolume));

    // Variables that keep Odoo from starting are taken back. The engine
    // restarts the exited container (unless-stopped), and the health wait
    // notices that instead of waiting out its 90 s.
    QElapsedTimer badVariables;
    badVariables.start();
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.setEnvironment(c, id, { { QStringLiteral("PATH"), QStringLiteral("/nope") } });
    });
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(badVariables.elapsed() < 60000, qPrintable(QStringLiteral("took %1 ms").arg(badVariables.elapsed())));
    QVERIFY2(job.error.contains(QLatin1String("not applied")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("previous variables are back")), qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));
    QCOMPARE(m_catalog->instance(id)->environment.value(QStringLiteral("NEW_KEY")), QStringLiteral("new value"));
    QVERIFY(!m_catalog->instance(id)->environment.contains(QStringLiteral("PATH")));
    const auto restored = client.inspectContainer(m_catalog->instance(id)->containerId);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(restored->env.contains(QStringLiteral("NEW_KEY=new value")));
    QVERIFY(!restored->env.contains(QStringLiteral("PATH=/nope")));
    // The old container stays until the new one passes its health check,
    // so it is back.
    QCOMPARE(restored->id, recreated->id);
    QVERIFY(restored->state.running);

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

    // A container removed outside the console (docker rm -f) is created
    // again by restart, and by start once the reconciler marked the
    // instance, on the same data volume.
    auto dataVolumeOf = [&](const QString &container) {
        const auto info = client.inspectContainer(container);
        if (!info.ok())
            return QString();
        for (const docker::MountInfo &mount : info->mounts) {
            if (mount.destination == QLatin1String("/var/lib/odoo"))
                return mount.name;
        }
        return QString();
    };
    QString removedContainer = m_catalog->instance(id)->containerId;
    QVERIFY(client.removeContainer(removedContainer, docker::RemoveContainerOptions { true, true }).ok());
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.restart(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));
    QVERIFY(m_catalog->instance(id)->containerId != removedContainer);
    QVERIFY(running());
    QCOMPARE(dataVolumeOf(m_catalog->instance(id)->containerId), dataVolume);

    removedContainer = m_catalog->instance(id)->containerId;
    QVERIFY(client.removeContainer(removedContainer, docker::RemoveContainerOptions { true, true }).ok());
    Reconciler reconciler(m_config, m_secrets.get());
    QVERIFY(reconciler.reconcileHost(m_host.id).ok());
    QCOMPARE(status(), QStringLiteral("error"));
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.start(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(status(), QStringLiteral("running"));
    QVERIFY(running());
    QCOMPARE(dataVolumeOf(m_catalog->instance(id)->containerId), dataVolume);
    const HttpReply health = httpRequest(QStringLiteral("http://127.0.0.1:%1/web/health").arg(m_catalog->instance(id)->publishedPort),
        {}, std::chrono::seconds(10));
    QCOMPARE(health.status, 200L);

    QVERIFY2(runRemove(id).state == jobs::JobState::Succeeded, "remove failed");
    verifyNothingLeft(m_catalog->instance(id).value());
}

namespace {

// The text of the instance's Odoo configuration file, read from its
// container through the archive endpoint (one ustar member).
QString odooConfigText(const docker::DockerClient &client, const QString &container)
{
    QByteArray tar;
    const docker::DockerStatus read = client.getArchive(container, QStringLiteral("/var/lib/odoo/.saasodoo/odoo.conf"),
        [&tar](QByteArrayView data) {
            tar.append(data.constData(), data.size());
            return true;
        });
    if (!read.ok() || tar.size() < 512)
        return {};
    const qint64 size = tar.mid(124, 12).trimmed().replace('\0', "").toLongLong(nullptr, 8);
    return QString::fromUtf8(tar.mid(512, size));
}

} // namespace

// set-limits writes Odoo's workers again: a change of workers replaces the
// container (its command carries --workers), and a change of memory alone
// goes through docker update without a restart. The file's memory limits
// are Odoo's defaults, whatever the container's memory.
void TestProvisioner::setLimitsRewritesOdooConfig()
{
    catalog::Instance production = newInstance(QStringLiteral("limits"), m_host);
    production.type = catalog::InstanceType::Production;
    auto created = m_catalog->createInstance(production);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo create = runCreate(id, defaultOptions());
    QVERIFY2(create.state == jobs::JobState::Succeeded, qPrintable(create.error));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const QString firstContainer = m_catalog->instance(id)->containerId;
    const int firstPort = m_catalog->instance(id)->publishedPort;
    const QString before = odooConfigText(client, firstContainer);
    QVERIFY2(before.contains(QLatin1String("workers = 3\n")), qPrintable(before));
    QVERIFY2(before.contains(QStringLiteral("limit_memory_hard = %1\n").arg(odooLimitMemoryHard)), qPrintable(before));
    QVERIFY2(before.contains(QStringLiteral("limit_memory_soft = %1\n").arg(odooLimitMemorySoft)), qPrintable(before));

    // 1.5 cores: 4 workers, so the container is recreated with --workers=4.
    const qint64 memory = 768LL * 1024 * 1024;
    jobs::JobInfo job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 1.5, memory); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const catalog::Instance afterWorkers = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(afterWorkers.status), QStringLiteral("running"));
    QVERIFY(afterWorkers.containerId != firstContainer);
    const auto recreated = client.inspectContainer(afterWorkers.containerId);
    QVERIFY2(recreated.ok(), qPrintable(recreated.error()));
    QVERIFY(recreated->state.running);
    QVERIFY2(recreated->cmd.contains(QStringLiteral("--workers=4")), qPrintable(recreated->cmd.join(u' ')));
    QCOMPARE(recreated->nanoCpus, 1500000000LL);
    QCOMPARE(recreated->memory, memory);
    QCOMPARE(afterWorkers.publishedPort, firstPort);
    const QString rewritten = odooConfigText(client, afterWorkers.containerId);
    QVERIFY2(rewritten.contains(QLatin1String("workers = 4\n")), qPrintable(rewritten));
    QVERIFY2(rewritten.contains(QStringLiteral("limit_memory_hard = %1\n").arg(odooLimitMemoryHard)),
        qPrintable(rewritten));
    QVERIFY2(rewritten.contains(QStringLiteral("limit_memory_soft = %1\n").arg(odooLimitMemorySoft)),
        qPrintable(rewritten));
    QVERIFY2(rewritten.contains(QLatin1String("db_password = ")), qPrintable(rewritten));
    QVERIFY2(client.inspectContainer(firstContainer).dockerError().isNotFound(), qPrintable(firstContainer));

    // Memory alone: same container, not restarted, with the new memory limit.
    const QDateTime startedBefore = recreated->state.startedAt;
    const qint64 smaller = 512LL * 1024 * 1024;
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 1.5, smaller); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(m_catalog->instance(id)->containerId, afterWorkers.containerId);
    const auto restarted = client.inspectContainer(afterWorkers.containerId);
    QVERIFY2(restarted.ok(), qPrintable(restarted.error()));
    QVERIFY(restarted->state.running);
    QCOMPARE(restarted->state.startedAt, startedBefore);
    QCOMPARE(restarted->memory, smaller);
    const QString smallerConfig = odooConfigText(client, afterWorkers.containerId);
    QVERIFY2(smallerConfig.contains(QStringLiteral("limit_memory_hard = %1\n").arg(odooLimitMemoryHard)),
        qPrintable(smallerConfig));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("running"));

    // A stopped instance stays stopped; its container gets the new workers.
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.stop(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 1, smaller); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("stopped"));
    const auto stopped = client.inspectContainer(m_catalog->instance(id)->containerId);
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
    QVERIFY(!stopped->state.running);
    QVERIFY2(stopped->cmd.contains(QStringLiteral("--workers=3")), qPrintable(stopped->cmd.join(u' ')));
    QVERIFY2(odooConfigText(client, stopped->id).contains(QLatin1String("workers = 3\n")), "config not rewritten");

    // A set-limits killed after it saved 1.5 cores in the catalog: the
    // clean-up recreates the container with --workers=4 and a matching file.
    const auto interruptLimits = [&](double cores, qint64 bytes) {
        catalog::Instance ahead = m_catalog->instance(id).value();
        ahead.cpuLimit = cores;
        ahead.memoryLimitBytes = bytes;
        ahead.status = catalog::InstanceStatus::Restarting;
        const Result<catalog::Instance> saved = m_catalog->updateInstance(ahead);
        return saved.ok() ? QString() : saved.error();
    };
    QCOMPARE(interruptLimits(1.5, smaller), QString());
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.cleanUpInterrupted(c, id, QStringLiteral("instance.set-limits"), QString());
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    catalog::Instance repaired = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(repaired.status), QStringLiteral("stopped"));
    QVERIFY2(repaired.statusMessage.contains(QLatin1String("4 workers")), qPrintable(repaired.statusMessage));
    QVERIFY(repaired.containerId != stopped->id);
    const auto rebuilt = client.inspectContainer(repaired.containerId);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error()));
    QVERIFY(!rebuilt->state.running);
    QVERIFY2(rebuilt->cmd.contains(QStringLiteral("--workers=4")), qPrintable(rebuilt->cmd.join(u' ')));
    QCOMPARE(rebuilt->nanoCpus, 1500000000LL);
    QVERIFY2(odooConfigText(client, rebuilt->id).contains(QLatin1String("workers = 4\n")), "config not rewritten");

    // Memory alone, on a running instance: same container with the new
    // memory limit, still running, and no restart requested.
    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.start(c, id); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(interruptLimits(1.5, memory), QString());
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.cleanUpInterrupted(c, id, QStringLiteral("instance.set-limits"), QString());
    });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    repaired = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(repaired.status), QStringLiteral("running"));
    QCOMPARE(repaired.containerId, rebuilt->id);
    QVERIFY2(!repaired.statusMessage.contains(QLatin1String("restart")), qPrintable(repaired.statusMessage));
    const auto grown = client.inspectContainer(repaired.containerId);
    QVERIFY2(grown.ok(), qPrintable(grown.error()));
    QCOMPARE(grown->memory, memory);
    const QString grownConfig = odooConfigText(client, repaired.containerId);
    QVERIFY2(grownConfig.contains(QStringLiteral("limit_memory_hard = %1\n").arg(odooLimitMemoryHard)),
        qPrintable(grownConfig));

    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
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

    // Started again outside the console, the container's start event sets
    // the instance running, with the port the engine published it on.
    QVERIFY(client.stopContainer(container, std::chrono::seconds(5)).ok());
    QVERIFY(client.startContainer(container).ok());
    const auto restarted = client.inspectContainer(container);
    QVERIFY2(restarted.ok(), qPrintable(restarted.error()));
    const int enginePort = restarted->ports.value(QStringLiteral("8069/tcp")).value(0).hostPort.toInt();
    QTRY_VERIFY_WITH_TIMEOUT(catalog::toString(m_catalog->instance(id)->status) == QStringLiteral("running"), 15000);
    QCOMPARE(m_catalog->instance(id)->publishedPort, enginePort);
    stopWatching.cancel();
    QVERIFY(watcher->wait(10000));
    delete watcher;
    {
        QMutexLocker locker(&seenMutex);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(int(seen.first().kind), int(Drift::Kind::ContainerExited));
        QCOMPARE(int(seen.last().kind), int(Drift::Kind::RunningAgain));
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

void TestProvisioner::crashLoopMarkedError()
{
    // A container that exits at once under the instances' restart policy
    // plays the part of an Odoo that crashes at every start.
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerSpec spec;
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("sh") };
    spec.cmd = { QStringLiteral("-c"), QStringLiteral("exit 3") };
    spec.restartPolicy.name = QStringLiteral("unless-stopped");
    const auto made = client.createContainer(spec);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto removeContainer
        = qScopeGuard([&] { client.removeContainer(made->id, docker::RemoveContainerOptions { true, true }); });
    QVERIFY(client.startContainer(made->id).ok());

    // The instance's database exists, so the only drift is the crash loop.
    const Result<catalog::Instance> adopted = adoptContainer(QStringLiteral("loop"), made->id);
    QVERIFY2(adopted.ok(), qPrintable(adopted.error()));
    const catalog::Instance instance = adopted.value();

    Reconciler reconciler(m_config, m_secrets.get());
    const auto reconciledStatus = [&] {
        reconciler.reconcileHost(m_host.id);
        return catalog::toString(m_catalog->instance(instance.id)->status);
    };
    QTRY_COMPARE_WITH_TIMEOUT(reconciledStatus(), QStringLiteral("error"), 30000);
    const QString message = m_catalog->instance(instance.id)->statusMessage;
    QVERIFY2(message.contains(QLatin1String("keeps exiting")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("exited with code 3")), qPrintable(message));

    // Caught between two crashes, it is not taken for recovered.
    for (int pass = 0; pass < 5; ++pass) {
        QCOMPARE(reconciledStatus(), QStringLiteral("error"));
        QThread::msleep(200);
    }
}

void TestProvisioner::movedPortRecorded()
{
    // A container published without a fixed host port, as on a host
    // without a port range: the engine picks the port at each start.
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerSpec spec;
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("sleep") };
    spec.cmd = { QStringLiteral("600") };
    spec.exposedPorts = { QStringLiteral("8069/tcp") };
    spec.portBindings.insert(QStringLiteral("8069/tcp"), { docker::PortBinding { QStringLiteral("127.0.0.1"), QString() } });
    spec.network = test::dockerUnix().network; // the harness's engines have no default bridge
    const auto made = client.createContainer(spec);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto removeContainer
        = qScopeGuard([&] { client.removeContainer(made->id, docker::RemoveContainerOptions { true, true }); });
    QVERIFY(client.startContainer(made->id).ok());
    const auto info = client.inspectContainer(made->id);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    const int enginePort = info->ports.value(QStringLiteral("8069/tcp")).value(0).hostPort.toInt();
    QVERIFY(enginePort > 0);

    // The catalog still has the port of an earlier start.
    const Result<catalog::Instance> adopted
        = adoptContainer(QStringLiteral("moved"), made->id, enginePort == 40000 ? 40001 : 40000);
    QVERIFY2(adopted.ok(), qPrintable(adopted.error()));
    const catalog::Instance instance = adopted.value();

    Reconciler reconciler(m_config, m_secrets.get());
    const Result<QList<Drift>> drifts = reconciler.reconcileHost(m_host.id);
    QVERIFY2(drifts.ok(), qPrintable(drifts.error()));
    QCOMPARE(drifts->size(), 1);
    QCOMPARE(int(drifts->first().kind), int(Drift::Kind::PortChanged));
    const catalog::Instance after = m_catalog->instance(instance.id).value();
    QCOMPARE(after.publishedPort, enginePort);
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QVERIFY2(after.statusMessage.contains(QString::number(enginePort)), qPrintable(after.statusMessage));
}

// A stopped instance's container started outside the console (docker
// start) gets a new host port from the engine. The first reconcile sets
// the instance running and records that port with it.
void TestProvisioner::startedOutsideRecordsPort()
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerSpec spec;
    spec.image = test::standinImage(QStringLiteral("18.0"));
    spec.entrypoint = { QStringLiteral("sleep") };
    spec.cmd = { QStringLiteral("600") };
    spec.exposedPorts = { QStringLiteral("8069/tcp") };
    spec.portBindings.insert(QStringLiteral("8069/tcp"), { docker::PortBinding { QStringLiteral("127.0.0.1"), QString() } });
    spec.network = test::dockerUnix().network;
    const auto made = client.createContainer(spec);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto removeContainer
        = qScopeGuard([&] { client.removeContainer(made->id, docker::RemoveContainerOptions { true, true }); });
    QVERIFY(client.startContainer(made->id).ok());
    const auto info = client.inspectContainer(made->id);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    const int enginePort = info->ports.value(QStringLiteral("8069/tcp")).value(0).hostPort.toInt();
    QVERIFY(enginePort > 0);

    // The catalog has the instance stopped, at the port of its last start.
    const Result<catalog::Instance> adopted
        = adoptContainer(QStringLiteral("outside"), made->id, enginePort == 40000 ? 40001 : 40000);
    QVERIFY2(adopted.ok(), qPrintable(adopted.error()));
    const auto stopped = m_catalog->setInstanceStatus(adopted->id, adopted->rowVersion,
        catalog::InstanceStatus::Stopped, QStringLiteral("Stopped by the test."));
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));

    Reconciler reconciler(m_config, m_secrets.get());
    const Result<QList<Drift>> drifts = reconciler.reconcileHost(m_host.id);
    QVERIFY2(drifts.ok(), qPrintable(drifts.error()));
    QCOMPARE(drifts->size(), 1);
    QCOMPARE(int(drifts->first().kind), int(Drift::Kind::StartedOutside));
    const catalog::Instance after = m_catalog->instance(adopted->id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QCOMPARE(after.publishedPort, enginePort);
    QVERIFY2(after.statusMessage.contains(QString::number(enginePort)), qPrintable(after.statusMessage));

    // The next reconcile finds nothing left to record.
    const Result<QList<Drift>> again = reconciler.reconcileHost(m_host.id);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->size(), 0);
}

void TestProvisioner::capacityRejectedAtValidation()
{
    catalog::Instance request = newInstance(QStringLiteral("huge"), m_host);
    request.cpuLimit = 512;
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const jobs::JobInfo job = runCreate(created->id, defaultOptions());
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    QVERIFY2(job.error.contains(QLatin1String("Validate the request")), qPrintable(job.error));
    QVERIFY2(job.error.contains(m_host.name), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("512.00 CPU cores")), qPrintable(job.error));
    QCOMPARE(catalog::toString(m_catalog->instance(created->id)->status), QStringLiteral("error"));
    verifyNothingLeft(created.value());
}

// A resize is checked only for the limits it raises. An instance on a host
// whose memory is over-committed (the host's memory was lowered after the
// instance was created) may still get more CPU. One whose plan was lowered
// below its memory may too. Raising the over-committed resource is
// still rejected.
void TestProvisioner::resizeChecksOnlyGrowth()
{
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    QVERIFY(!host.id.isEmpty());
    catalog::Instance request = newInstance(QStringLiteral("resize"), host);
    request.cpuLimit = 1;
    request.memoryLimitBytes = 1024LL * 1024 * 1024;
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    catalog::Instance running = created.value();
    running.status = catalog::InstanceStatus::Running;
    QVERIFY2(m_catalog->updateInstance(running).ok(), "could not mark the instance running");
    const QString id = created->id;

    catalog::Host lowered = m_catalog->host(host.id).value();
    lowered.memoryBytes = 512LL * 1024 * 1024;
    const auto edited = m_catalog->updateHost(lowered);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));

    const Status moreCpu = checkLimits(m_config, m_secrets.get(), id, 1.5, 1024LL * 1024 * 1024);
    QVERIFY2(moreCpu.ok(), qPrintable(moreCpu.error()));
    const Status moreMemory = checkLimits(m_config, m_secrets.get(), id, 1, 2048LL * 1024 * 1024);
    QVERIFY(!moreMemory.ok());
    QVERIFY2(moreMemory.error().contains(QLatin1String("of memory")), qPrintable(moreMemory.error()));

    // The same on the CPU side: the host has 2 cores, the instance keeps
    // its 1 core but the host's cores drop below it.
    lowered = m_catalog->host(host.id).value();
    lowered.memoryBytes = 8LL * 1024 * 1024 * 1024;
    lowered.cpuCores = 0.5;
    QVERIFY2(m_catalog->updateHost(lowered).ok(), "could not lower the host's cores");
    const Status moreMemoryNow = checkLimits(m_config, m_secrets.get(), id, 1, 2048LL * 1024 * 1024);
    QVERIFY2(moreMemoryNow.ok(), qPrintable(moreMemoryNow.error()));
    const Status moreCpuNow = checkLimits(m_config, m_secrets.get(), id, 1.5, 1024LL * 1024 * 1024);
    QVERIFY(!moreCpuNow.ok());
    QVERIFY2(moreCpuNow.error().contains(QLatin1String("CPU cores")), qPrintable(moreCpuNow.error()));

    // A plan lowered below the instance's memory still lets its CPU grow.
    lowered = m_catalog->host(host.id).value();
    lowered.cpuCores = 2;
    QVERIFY2(m_catalog->updateHost(lowered).ok(), "could not restore the host's cores");
    catalog::Plan plan;
    plan.name = QStringLiteral("Small %1").arg(shortId());
    plan.priceUsdCents = 500;
    plan.maxInstances = 1;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 1024LL * 1024 * 1024;
    plan.maxStorageBytes = 10LL * 1024 * 1024 * 1024;
    const auto createdPlan = m_catalog->createPlan(plan);
    QVERIFY2(createdPlan.ok(), qPrintable(createdPlan.error()));
    const auto subscribed = billing::subscribe(*m_catalog, m_catalog->tenant(m_tenant.id)->customerId, createdPlan->id,
        catalog::Currency::Usd, QDate::currentDate(), false);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.error()));
    catalog::Plan smaller = createdPlan.value();
    smaller.maxMemoryBytes = 512LL * 1024 * 1024;
    const auto planLowered = m_catalog->updatePlan(smaller);
    QVERIFY2(planLowered.ok(), qPrintable(planLowered.error()));
    const Status planCpu = checkLimits(m_config, m_secrets.get(), id, 1.5, 1024LL * 1024 * 1024);
    QVERIFY2(planCpu.ok(), qPrintable(planCpu.error()));
    const Status planMemory = checkLimits(m_config, m_secrets.get(), id, 1, 1536LL * 1024 * 1024);
    QVERIFY(!planMemory.ok());
    QVERIFY2(planMemory.error().contains(createdPlan->name), qPrintable(planMemory.error()));
}

void TestProvisioner::hostChoiceSkipsUnusableHosts()
{
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    const auto info = docker::DockerClient(endpoint).info();
    QVERIFY2(info.ok(), qPrintable(info.error()));

    // The best candidate on paper is retired, another cannot be reached,
    // a third is full: only m_host remains.
    catalog::Host retired = addHost(test::dockerUnix().postgresHost);
    retired.status = catalog::HostStatus::Retired;
    QVERIFY(m_catalog->updateHost(retired).ok());
    catalog::Host unreachable = addHost(test::dockerUnix().postgresHost);
    unreachable.dockerEndpoint = QStringLiteral("unix://%1").arg(m_dir->filePath(QStringLiteral("no-engine.sock")));
    QVERIFY(m_catalog->updateHost(unreachable).ok());
    const catalog::Host full = addHost(test::dockerUnix().postgresHost);
    catalog::Instance filler = newInstance(QStringLiteral("filler"), full);
    filler.memoryLimitBytes = info->memoryBytes - 64LL * 1024 * 1024;
    QVERIFY(m_catalog->createInstance(filler).ok());
    // m_host has less free memory than the full host had before its filler.
    catalog::Instance small = newInstance(QStringLiteral("small"), m_host);
    small.memoryLimitBytes = 512LL * 1024 * 1024;
    QVERIFY(m_catalog->createInstance(small).ok());

    const Result<catalog::Host> chosen = chooseHost(*m_catalog, m_secrets.get(), 1, 1024LL * 1024 * 1024);
    QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
    QCOMPARE(chosen->name, m_host.name);

    // A request that no host can take lists why each was passed over.
    const Result<catalog::Host> none = chooseHost(*m_catalog, m_secrets.get(), 1, info->memoryBytes);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(retired.name + QStringLiteral(" is retired")), qPrintable(none.error()));
    QVERIFY2(none.error().contains(QStringLiteral("Host %1 is not reachable").arg(unreachable.name)),
        qPrintable(none.error()));
    QVERIFY2(none.error().contains(QStringLiteral("Host %1 cannot take").arg(full.name)), qPrintable(none.error()));
    QVERIFY2(none.error().contains(QStringLiteral("Host %1 cannot take").arg(m_host.name)), qPrintable(none.error()));
}

void TestProvisioner::tlsHostProvisionsIsolated()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-tls", "SAASODOO_TEST_PG_TLS_CONTAINER_HOST");
    const test::DockerService tls = test::dockerTls();
    catalog::Host host = addHost(tls.postgresHost);
    host.dockerEndpoint = tls.host;
    host.tlsCaPath = tls.certPath + QStringLiteral("/ca.pem");
    host.tlsCertPath = tls.certPath + QStringLiteral("/cert.pem");
    host.tlsKeyPath = tls.certPath + QStringLiteral("/key.pem");
    host.dockerNetwork = tls.network;
    auto updated = m_catalog->updateHost(host);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    host = updated.value();

    // Two instances, so that one's role can be tried on the other's database.
    QList<catalog::Instance> instances;
    for (const QString &name : { QStringLiteral("tlsa"), QStringLiteral("tlsb") }) {
        catalog::Instance request = newInstance(name, host);
        request.cpuLimit = 0.5;
        auto created = m_catalog->createInstance(request);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        // The fallback network is wrong for this engine: the host's own must win.
        ProvisionerOptions options = defaultOptions();
        options.network = QStringLiteral("not-the-host-network");
        const jobs::JobInfo job = runCreate(created->id, options);
        QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
        instances << m_catalog->instance(created->id).value();
    }

    docker::DockerClient client(dockerEndpoint(host));
    for (const catalog::Instance &instance : std::as_const(instances)) {
        QCOMPARE(catalog::toString(instance.status), QStringLiteral("running"));
        const auto inspected = client.inspectContainer(instance.containerId);
        QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
        QCOMPARE(inspected->nanoCpus, 500000000LL);
        QVERIFY2(inspected->networks.contains(tls.network), qPrintable(inspected->networks.keys().join(u',')));
        const HttpReply health = httpRequest(
            QStringLiteral("http://127.0.0.1:%1/web/health").arg(instance.publishedPort), {}, std::chrono::seconds(10));
        QCOMPARE(health.status, 200L);
    }

    // A's role reaches its own database and is refused on B's.
    const catalog::Instance &a = instances.at(0);
    const catalog::Instance &b = instances.at(1);
    const QString passwordA
        = waitFor(m_secrets->read(secrets::SecretStore::instanceKey(a.id, QStringLiteral("db-password")))).value();
    postgres::PgEndpoint asA = adminEndpoint();
    asA.user = QStringLiteral("odoo_") + a.databaseName;
    auto own = postgres::PgConnection::open(asA, passwordA, a.databaseName);
    QVERIFY2(own.ok(), qPrintable(own.error()));
    {
        auto admin = postgres::PgConnection::open(adminEndpoint(), test::postgres().adminPassword);
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        QVERIFY2(postgres::databaseExists(admin.value(), b.databaseName), "B's database must exist for the check");
    }
    auto intruder = postgres::PgConnection::open(asA, passwordA, b.databaseName);
    QVERIFY(!intruder.ok());
    QVERIFY2(intruder.error().contains(QLatin1String("permission denied for database")), qPrintable(intruder.error()));

    for (const catalog::Instance &instance : std::as_const(instances)) {
        const jobs::JobInfo removed = runRemove(instance.id);
        QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
        verifyNothingLeft(instance, &host);
    }
}

// Starts a create through `proxy`, waits for the init run, then stops the
// proxy. Returns the job's final state; `reopenAfterMs` >= 0 reopens the
// proxy that long after the stop.
static jobs::JobInfo createWithEngineStop(EngineProxy &proxy, const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, const QString &instanceId, ProvisionerOptions options, int reopenAfterMs)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(config, secrets, options);
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.create");
    request.steps = createSteps();
    const QString id = runner.submit(request, [&](jobs::JobContext &context) {
        return provisioner.create(context, instanceId);
    });
    const QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && runner.job(id)->currentStepName() != QLatin1String("Initialise the Odoo database"))
        QThread::msleep(20);
    QThread::msleep(300); // the init container is created and waited on
    proxy.stop();
    if (reopenAfterMs >= 0) {
        QThread::msleep(reopenAfterMs);
        proxy.start();
    }
    runner.waitForFinished(id, 600000);
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        qInfo("job log: %s", qPrintable(entry.message));
    return *runner.job(id);
}

void TestProvisioner::engineBackSoonLeavesNothing()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("blip"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    ProvisionerOptions options = defaultOptions();
    options.cleanupRetry = std::chrono::seconds(30);
    const jobs::JobInfo job = createWithEngineStop(proxy, m_config, m_secrets.get(), created->id, options, 3000);
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    QVERIFY2(job.error.contains(QLatin1String("Initialise the Odoo database")), qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("Left on host")), qPrintable(job.error));
    verifyNothingLeft(created.value());
}

void TestProvisioner::engineGoneNamesLeftovers()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("gone"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();

    ProvisionerOptions options = defaultOptions();
    options.cleanupRetry = std::chrono::seconds(3);
    const jobs::JobInfo job = createWithEngineStop(proxy, m_config, m_secrets.get(), instance.id, options, -1);
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    const QString plannedVolume = planInstance(instance, m_tenant, host, options.network)->volumeName;
    QVERIFY2(job.error.contains(QStringLiteral("Left on host %1").arg(host.name)), qPrintable(job.error));
    QVERIFY2(job.error.contains(QStringLiteral("volume %1").arg(plannedVolume)), qPrintable(job.error));
    QVERIFY2(job.error.contains(QStringLiteral("saasodoo instance delete %1 --yes").arg(instance.name)),
        qPrintable(job.error));
    const auto stored = m_catalog->instance(instance.id);
    QCOMPARE(catalog::toString(stored->status), QStringLiteral("error"));
    QVERIFY2(stored->statusMessage.contains(plannedVolume), qPrintable(stored->statusMessage));

    // The database, role and secrets went at once; the engine's objects go
    // with the delete that the message names, once the engine is back.
    QVERIFY(proxy.start());
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

void TestProvisioner::deleteWithoutPasswordChangesNothing()
{
    catalog::Instance request = newInstance(QStringLiteral("nokey"), m_host);
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    auto failed = m_catalog->setInstanceStatus(created->id, created->rowVersion, catalog::InstanceStatus::Error,
        QStringLiteral("Failed earlier."));
    QVERIFY2(failed.ok(), qPrintable(failed.error()));

    // A volume labelled for the instance represents its data. A delete that
    // stopped half-way would remove it before reading the password.
    const auto plan = planInstance(created.value(), m_tenant, m_host, defaultOptions().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::VolumeSpec volume;
    volume.name = plan->volumeName;
    volume.labels = plan->labels;
    QVERIFY2(client.createVolume(volume).ok(), "could not create the volume");
    const auto removeVolume = qScopeGuard([&] { client.removeVolume(plan->volumeName, true); });

    const Status forgotten = waitFor(m_secrets->remove(secrets::SecretStore::hostKey(m_host.id, QStringLiteral("pg-password"))));
    QVERIFY2(forgotten.ok(), qPrintable(forgotten.error()));

    const jobs::JobInfo job = runRemove(created->id);
    QCOMPARE(job.state, jobs::JobState::Failed);
    QVERIFY2(job.error.contains(QLatin1String("stopped before any change")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QLatin1String("host set-password")), qPrintable(job.error));
    QVERIFY2(client.inspectVolume(plan->volumeName).ok(), "the volume was removed");
    const auto stored = m_catalog->instance(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(catalog::toString(stored->status), catalog::toString(catalog::InstanceStatus::Error));
    QCOMPARE(stored->statusMessage, QStringLiteral("Failed earlier."));
}

void TestProvisioner::registeredCapacityLimitsHost()
{
    catalog::Host host = m_host;
    host.cpuCores = 1;
    host.memoryBytes = 2LL * 1024 * 1024 * 1024;
    const auto updated = m_catalog->updateHost(host);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    catalog::Instance reserved = newInstance(QStringLiteral("reserved"), updated.value());
    reserved.memoryLimitBytes = 512LL * 1024 * 1024;
    QVERIFY(m_catalog->createInstance(reserved).ok());

    const Result<HostCapacity> capacity = measureHost(*m_catalog, updated.value(), m_secrets.get());
    QVERIFY2(capacity.ok(), qPrintable(capacity.error()));
    if (capacity->engineCpus <= 1)
        QSKIP("the engine has one CPU, so the registered figure cannot be the smaller one");
    QVERIFY(capacity->cpusRegistered);
    QCOMPARE(capacity->cpus, 1.0);
    QVERIFY(capacity->memoryRegistered);
    QCOMPARE(capacity->memoryBytes, 2LL * 1024 * 1024 * 1024);
    QCOMPARE(capacity->freeMemoryBytes(), 1536LL * 1024 * 1024);

    QVERIFY(checkCapacity(capacity.value(), 1, 1024LL * 1024 * 1024).ok());
    const Status tooManyCores = checkCapacity(capacity.value(), 1.5, 1024LL * 1024 * 1024);
    QVERIFY(!tooManyCores.ok());
    QVERIFY2(tooManyCores.error().contains(QLatin1String("registered with 1.00")), qPrintable(tooManyCores.error()));
    const Status tooMuchMemory = checkCapacity(capacity.value(), 1, 2LL * 1024 * 1024 * 1024);
    QVERIFY(!tooMuchMemory.ok());
    QVERIFY2(tooMuchMemory.error().contains(QLatin1String("registered with")), qPrintable(tooMuchMemory.error()));
    // Sizes read as GiB or MiB, also the engine's odd byte count.
    QVERIFY2(tooMuchMemory.error().contains(QLatin1String("registered with 2 GiB")), qPrintable(tooMuchMemory.error()));
    QVERIFY2(tooMuchMemory.error().contains(QLatin1String("reserve 512 MiB")), qPrintable(tooMuchMemory.error()));
    QVERIFY2(tooMuchMemory.error().contains(QLatin1String("so 1.5 GiB are free")), qPrintable(tooMuchMemory.error()));
    const QRegularExpression engineSize(QStringLiteral("its engine has [0-9.]+ GiB\\)"));
    QVERIFY2(engineSize.match(tooMuchMemory.error()).hasMatch(), qPrintable(tooMuchMemory.error()));
}

QTEST_GUILESS_MAIN(TestProvisioner)
// A running container that an admin made under the init container's name,
// with the console's labels, makes the create fail with 409. The rollback
// must leave that container running, because the job did not make it.
void TestProvisioner::takenContainerNameSurvivesRollback()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("taken"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const Result<InstancePlan> plan = planInstance(instance, m_tenant, m_host, defaultOptions().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));

    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    docker::ContainerSpec spec;
    spec.name = plan->initContainerName;
    spec.image = plan->image;
    spec.entrypoint = { QStringLiteral("sleep") };
    spec.cmd = { QStringLiteral("600") };
    spec.labels = plan->labels;
    const auto adminMade = client.createContainer(spec);
    QVERIFY2(adminMade.ok(), qPrintable(adminMade.error()));
    auto removeAdminMade = qScopeGuard([&] {
        client.removeContainer(adminMade->id, docker::RemoveContainerOptions { true, true });
    });
    const auto started = client.startContainer(adminMade->id);
    QVERIFY2(started.ok(), qPrintable(started.error()));

    const jobs::JobInfo job = runCreate(instance.id, defaultOptions());
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    QVERIFY2(job.error.contains(QLatin1String("409")), qPrintable(job.error));

    const auto after = client.inspectContainer(adminMade->id);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY(after->state.running);
    const Result<QList<InstanceObject>> live = liveObjects(*m_catalog, instance.id);
    QVERIFY2(live.ok(), qPrintable(live.error()));
    for (const InstanceObject &object : live.value())
        QVERIFY2(object.name != plan->initContainerName, "the rejected create left its ledger row");
}

// The rollback of a create whose engine went away leaves the init
// container and the volume it uses. Once the engine is back, a retry
// removes the container before the volume and creates the instance.
void TestProvisioner::retryAfterEngineGoneSucceeds()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("again"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();

    ProvisionerOptions options = defaultOptions();
    options.cleanupRetry = std::chrono::seconds(3);
    const jobs::JobInfo job = createWithEngineStop(proxy, m_config, m_secrets.get(), instance.id, options, -1);
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    const QString plannedInit = planInstance(instance, m_tenant, host, options.network)->initContainerName;
    QVERIFY2(job.error.contains(QStringLiteral("container %1").arg(plannedInit)), qPrintable(job.error));

    QVERIFY(proxy.start());
    const jobs::JobInfo retried = runCreate(instance.id, options);
    QVERIFY2(retried.state == jobs::JobState::Succeeded, qPrintable(retried.error));
    QCOMPARE(catalog::toString(m_catalog->instance(instance.id)->status), QStringLiteral("running"));
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

// A rollback that PostgreSQL did not let drop the database and role leaves
// them with the earlier job's ledger rows and comment. A retry drops them
// and creates the instance, instead of asking for another database name.
void TestProvisioner::retryDropsEarlierJobDatabase()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("pgleft"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    catalog::Instance instance = created.value();
    const Result<InstancePlan> plan = planInstance(instance, m_tenant, m_host, defaultOptions().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));

    catalog::Job earlier;
    earlier.kind = QStringLiteral("instance.create");
    earlier.targetType = QStringLiteral("instance");
    earlier.targetId = instance.id;
    earlier.steps = createSteps();
    earlier.state = catalog::JobState::Failed;
    earlier.error = QStringLiteral("Step failed: set by the test");
    const auto earlierJob = m_catalog->createJob(earlier);
    QVERIFY2(earlierJob.ok(), qPrintable(earlierJob.error()));
    const QString server = pgServerLocation(m_host);
    QVERIFY(recordObject(*m_catalog, instance.id, earlierJob->id, ObjectKind::Role, plan->roleName, server).ok());
    QVERIFY(recordObject(*m_catalog, instance.id, earlierJob->id, ObjectKind::Database, plan->databaseName, server).ok());
    auto pg = postgres::PgConnection::open(adminEndpoint(), test::postgres().adminPassword);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    postgres::CreatedObjects made;
    const Status leftover = postgres::createInstanceDatabase(pg.value(), { plan->roleName, plan->databaseName },
        QStringLiteral("leftover-password"), &made, QStringLiteral("saasodoo job %1").arg(earlierJob->id));
    QVERIFY2(leftover.ok(), qPrintable(leftover.error()));
    instance = m_catalog->instance(instance.id).value();
    QVERIFY(m_catalog
                ->setInstanceStatus(instance.id, instance.rowVersion, catalog::InstanceStatus::Error,
                    QStringLiteral("Step failed: set by the test"))
                .ok());

    const jobs::JobInfo retried = runCreate(instance.id, defaultOptions());
    QVERIFY2(retried.state == jobs::JobState::Succeeded, qPrintable(retried.error));
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

// A create killed between CREATE DATABASE and its COMMENT leaves a database
// without a comment, owned by the role whose comment names the job, and the
// console's role still a member of that role. The clean-up of that job
// drops the database and the role, which ends the membership.
void TestProvisioner::cleanupDropsUncommentedDatabase()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("killed"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const Result<InstancePlan> plan = planInstance(instance, m_tenant, m_host, defaultOptions().network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));

    catalog::Job killed;
    killed.kind = QStringLiteral("instance.create");
    killed.targetType = QStringLiteral("instance");
    killed.targetId = instance.id;
    killed.steps = createSteps();
    killed.state = catalog::JobState::Interrupted;
    const auto killedJob = m_catalog->createJob(killed);
    QVERIFY2(killedJob.ok(), qPrintable(killedJob.error()));
    const QString server = pgServerLocation(m_host);
    QVERIFY(recordObject(*m_catalog, instance.id, killedJob->id, ObjectKind::Role, plan->roleName, server).ok());
    QVERIFY(recordObject(*m_catalog, instance.id, killedJob->id, ObjectKind::Database, plan->databaseName, server).ok());

    auto pg = postgres::PgConnection::open(adminEndpoint(), test::postgres().adminPassword);
    QVERIFY2(pg.ok(), qPrintable(pg.error()));
    postgres::PgConnection &admin = pg.value();
    const QString role = admin.quoteIdentifier(plan->roleName);
    const QString database = admin.quoteIdentifier(plan->databaseName);
    QVERIFY(admin.execute(QStringLiteral("BEGIN")).ok());
    QVERIFY(admin.execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)).ok());
    QVERIFY(admin.execute(QStringLiteral("COMMENT ON ROLE %1 IS %2")
                            .arg(role, admin.quoteLiteral(QStringLiteral("saasodoo job %1").arg(killedJob->id))))
                .ok());
    QVERIFY(admin.execute(QStringLiteral("COMMIT")).ok());
    QVERIFY(admin.execute(QStringLiteral("GRANT %1 TO %2").arg(role, admin.quoteIdentifier(admin.currentUser()))).ok());
    const Status databaseMade = admin.execute(
        QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0").arg(database, role));
    QVERIFY2(databaseMade.ok(), qPrintable(databaseMade.error()));

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return provisioner.cleanUpInterrupted(context, instance.id, killed.kind, killedJob->id);
    });
    runner.waitForFinished(id, 600000);
    const jobs::JobInfo cleaned = *runner.job(id);
    QString log;
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        log += entry.message + QLatin1Char('\n');
    QVERIFY2(cleaned.state == jobs::JobState::Succeeded, qPrintable(cleaned.error + QLatin1Char('\n') + log));
    QVERIFY2(!log.contains(QStringLiteral("Left database")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Dropped database %1.").arg(plan->databaseName)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Dropped role %1.").arg(plan->roleName)), qPrintable(log));
    QVERIFY(!postgres::databaseExists(pg.value(), plan->databaseName));
    QVERIFY(!postgres::roleExists(pg.value(), plan->roleName));
}

// A stop that never reached the engine changed nothing, so the instance
// stays running, with a message naming the failure.
// A remove that starts after its job was cancelled is the job's rollback
// (restore as a new instance removes its instance so): it removes
// everything instead of stopping at its first engine call.
void TestProvisioner::removeAfterCancelRunsToEnd()
{
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("rollback"), m_host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo create = runCreate(id, defaultOptions());
    QVERIFY2(create.state == jobs::JobState::Succeeded, qPrintable(create.error));

    Status removed;
    runAction([&](Provisioner &p, jobs::JobContext &c) {
        c.token().cancel();
        removed = p.remove(c, id);
        return removed;
    });
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(catalog::toString(m_catalog->instance(id)->status), QStringLiteral("deleted"));
    verifyNothingLeft(m_catalog->instance(id).value());
}

void TestProvisioner::unreachableStopKeepsStatus()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("nostop"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const jobs::JobInfo made = runCreate(instance.id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));

    proxy.stop();
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), defaultOptions());
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return provisioner.stop(context, instance.id);
    });
    runner.waitForFinished(id, 600000);
    QCOMPARE(jobs::stateName(runner.job(id)->state), QStringLiteral("failed"));
    const catalog::Instance after = m_catalog->instance(instance.id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QVERIFY2(after.statusMessage.startsWith(QStringLiteral("stop failed")), qPrintable(after.statusMessage));

    QVERIFY(proxy.start());
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

// A stop on a TLS host whose engine certificate the console rejects never
// reaches the engine: the instance keeps its status, and the message states
// that the host could not be reached and why.
void TestProvisioner::tlsRejectedStopKeepsStatus()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-tls", "SAASODOO_TEST_PG_TLS_CONTAINER_HOST");
    const QString wrongCa = qEnvironmentVariable("SAASODOO_TEST_DOCKER_TLS_WRONG_CA");
    QVERIFY2(!wrongCa.isEmpty(), "SAASODOO_TEST_DOCKER_TLS_WRONG_CA is not set");
    const test::DockerService tls = test::dockerTls();
    catalog::Host host = addHost(tls.postgresHost);
    host.dockerEndpoint = tls.host;
    host.tlsCaPath = tls.certPath + QStringLiteral("/ca.pem");
    host.tlsCertPath = tls.certPath + QStringLiteral("/cert.pem");
    host.tlsKeyPath = tls.certPath + QStringLiteral("/key.pem");
    host.dockerNetwork = tls.network;
    host = m_catalog->updateHost(host).value();
    catalog::Instance request = newInstance(QStringLiteral("tlsstop"), host);
    request.cpuLimit = 0.5;
    auto created = m_catalog->createInstance(request);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const jobs::JobInfo made = runCreate(instance.id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));

    // The engine's certificate is not signed by this CA.
    catalog::Host distrusting = m_catalog->host(host.id).value();
    distrusting.tlsCaPath = wrongCa;
    const auto edited = m_catalog->updateHost(distrusting);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    const jobs::JobInfo stopped = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.stop(context, instance.id);
    });
    QCOMPARE(jobs::stateName(stopped.state), QStringLiteral("failed"));
    const catalog::Instance after = m_catalog->instance(instance.id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QVERIFY2(after.statusMessage.contains(QStringLiteral("host %1 could not be reached").arg(host.name)),
        qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QLatin1String("certificate")), qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QLatin1String("keeps its status (running)")), qPrintable(after.statusMessage));
    docker::DockerClient client(dockerEndpoint(host));
    const auto container = client.inspectContainer(after.containerId);
    QVERIFY2(container.ok(), qPrintable(container.error()));
    QVERIFY(container->state.running);

    catalog::Host trusting = m_catalog->host(host.id).value();
    trusting.tlsCaPath = host.tlsCaPath;
    QVERIFY(m_catalog->updateHost(trusting).ok());
    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance, &host);
}


// The engine stalls on the server container's create call, which times
// out. While the rollback retries, the engine responds again, a lookup of
// the container by name finds nothing, and only then does the container
// appear, as the create that the stalled engine had queued. The rollback
// finds it by the job's label and removes it and the volume.
void TestProvisioner::rollbackRemovesLateContainer()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("late"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    ProvisionerOptions options = defaultOptions();
    options.engineRequestTimeout = std::chrono::seconds(6);
    options.cleanupRetry = std::chrono::seconds(90);
    const Result<InstancePlan> plan = planInstance(instance, m_tenant, host, options.network);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    proxy.pauseOnRequest("/containers/create?name=" + plan->containerName.toUtf8() + ' ');

    docker::Endpoint direct;
    direct.host = test::dockerUnix().host;
    docker::DockerClient engine(direct);
    QString blocker;
    QString late;
    const auto removeExtras = qScopeGuard([&] {
        for (const QString &id : { blocker, late }) {
            if (!id.isEmpty())
                engine.removeContainer(id, docker::RemoveContainerOptions { true, false });
        }
    });

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(m_config, m_secrets.get(), options);
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.create");
    request.steps = createSteps();
    const QString jobId = runner.submit(request, [&](jobs::JobContext &context) {
        return provisioner.create(context, instance.id);
    });
    auto logContains = [&](const QString &text) {
        for (const jobs::JobLogEntry &entry : store.log(jobId).value()) {
            if (entry.message.contains(text))
                return true;
        }
        return false;
    };

    // The rollback's first pass times out on the paused engine. A container
    // outside the job then uses the volume, so the rollback keeps trying.
    QDeadlineTimer deadline(300000);
    while (!deadline.hasExpired() && !logContains(QStringLiteral("trying again")) && !jobs::isFinal(runner.job(jobId)->state))
        QThread::msleep(50);
    QVERIFY2(logContains(QStringLiteral("trying again")), "the rollback did not retry");
    docker::ContainerSpec holder;
    holder.name = plan->containerName + QStringLiteral("-holder");
    holder.image = plan->image;
    holder.entrypoint = { QStringLiteral("sleep") };
    holder.cmd = { QStringLiteral("600") };
    holder.volumeMounts = serverContainerSpec(plan.value(), QString()).volumeMounts;
    const auto holderMade = engine.createContainer(holder);
    QVERIFY2(holderMade.ok(), qPrintable(holderMade.error()));
    blocker = holderMade->id;
    proxy.setPaused(false);

    // Once the lookup by name found nothing, the queued create takes effect.
    deadline.setRemainingTime(120000);
    bool rowSettled = false;
    while (!deadline.hasExpired() && !rowSettled) {
        const Result<QList<InstanceObject>> rows = jobObjects(*m_catalog, instance.id, jobId, ObjectKind::Container);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        rowSettled = std::none_of(rows->cbegin(), rows->cend(),
            [&](const InstanceObject &row) { return row.name == plan->containerName; });
        if (!rowSettled)
            QThread::msleep(20);
    }
    QVERIFY2(rowSettled, "the rollback never looked the container up");
    docker::ContainerSpec queued = serverContainerSpec(plan.value(), QString());
    queued.labels.insert(QLatin1String(labelJob), jobId);
    const auto lateMade = engine.createContainer(queued);
    QVERIFY2(lateMade.ok(), qPrintable(lateMade.error()));
    late = lateMade->id;
    QVERIFY(engine.removeContainer(blocker, docker::RemoveContainerOptions { true, false }).ok());
    blocker.clear();

    QVERIFY(runner.waitForFinished(jobId, 300000));
    for (const jobs::JobLogEntry &entry : store.log(jobId).value())
        qInfo("job log: %s", qPrintable(entry.message));
    const jobs::JobInfo job = *runner.job(jobId);
    QCOMPARE(jobs::stateName(job.state), QStringLiteral("failed"));
    QVERIFY2(job.error.contains(QLatin1String("Start the Odoo server")), qPrintable(job.error));
    QVERIFY2(job.error.contains(QStringLiteral("accepted the request to create container %1").arg(plan->containerName)),
        qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("connecting timed out")), qPrintable(job.error));
    QVERIFY2(!job.error.contains(QLatin1String("Left on host")), qPrintable(job.error));
    const auto lateAfter = engine.inspectContainer(late);
    QVERIFY2(!lateAfter.ok() && lateAfter.dockerError().isNotFound(), "the late container is still there");
    late.clear();
    verifyNothingLeft(instance);
}

// Runs `action` (stop or start) on the instance with a short engine
// timeout. The proxy pauses when the action's own call arrives, so that
// call times out, and resumes after the job ends.
static jobs::JobInfo runOnPausedEngine(EngineProxy &proxy, const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, ProvisionerOptions options, const QString &instanceId, Action action)
{
    options.engineRequestTimeout = std::chrono::seconds(3);
    options.stopTimeout = std::chrono::seconds(1);
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(config, secrets, options);
    proxy.pauseOnRequest(action == Action::Stop ? QByteArray("/stop") : QByteArray("/start "));
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return action == Action::Stop ? provisioner.stop(context, instanceId) : provisioner.start(context, instanceId);
    });
    runner.waitForFinished(id, 600000);
    proxy.setPaused(false);
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        qInfo("job log: %s", qPrintable(entry.message));
    return *runner.job(id);
}

// A stop whose call times out on a hung engine may still take effect, so
// the instance keeps its status. The message states that the outcome is
// unknown and how to correct it.
void TestProvisioner::hungEngineStopKeepsStatus()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("hungstop"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const jobs::JobInfo made = runCreate(instance.id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));

    const jobs::JobInfo stopped
        = runOnPausedEngine(proxy, m_config, m_secrets.get(), defaultOptions(), instance.id, Action::Stop);
    QCOMPARE(jobs::stateName(stopped.state), QStringLiteral("failed"));
    const catalog::Instance after = m_catalog->instance(instance.id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QVERIFY2(after.statusMessage.contains(QLatin1String("accepted the request to stop container")),
        qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QLatin1String("unknown")), qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QStringLiteral("saasodoo host check %1").arg(host.name)),
        qPrintable(after.statusMessage));
    QVERIFY2(!after.statusMessage.contains(QLatin1String("connecting timed out")), qPrintable(after.statusMessage));

    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

// The same for a start: a stopped instance whose start call times out
// stays stopped, with the unknown outcome in its message.
void TestProvisioner::hungEngineStartKeepsStatus()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("hungstart"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const catalog::Instance instance = created.value();
    const jobs::JobInfo made = runCreate(instance.id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    const jobs::JobInfo stopped = runAction([&](Provisioner &provisioner, jobs::JobContext &context) {
        return provisioner.stop(context, instance.id);
    });
    QVERIFY2(stopped.state == jobs::JobState::Succeeded, qPrintable(stopped.error));
    QCOMPARE(catalog::toString(m_catalog->instance(instance.id)->status), QStringLiteral("stopped"));

    const jobs::JobInfo started
        = runOnPausedEngine(proxy, m_config, m_secrets.get(), defaultOptions(), instance.id, Action::Start);
    QCOMPARE(jobs::stateName(started.state), QStringLiteral("failed"));
    const catalog::Instance after = m_catalog->instance(instance.id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("stopped"));
    QVERIFY2(after.statusMessage.contains(QLatin1String("accepted the request to start container")),
        qPrintable(after.statusMessage));
    QVERIFY2(after.statusMessage.contains(QLatin1String("unknown")), qPrintable(after.statusMessage));

    const jobs::JobInfo removed = runRemove(instance.id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(instance);
}

// Runs `body` as a job against the instance behind `proxy`, and cancels it
// once the proxy has held back the first request with `needle`. The
// proxy passes requests on again right after the cancel, so that the
// job's undo reaches the engine. Returns the job's final state.
static jobs::JobInfo cancelAtRequest(EngineProxy &proxy, const QByteArray &needle, const catalog::CatalogConfig &config,
    secrets::SecretStore *secrets, ProvisionerOptions options,
    const std::function<Status(Provisioner &, jobs::JobContext &)> &body)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    Provisioner provisioner(config, secrets, options);
    proxy.pauseOnRequest(needle);
    const QString id = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) { return body(provisioner, context); });
    QDeadlineTimer deadline(120000);
    while (!proxy.isPaused() && !deadline.hasExpired() && !jobs::isFinal(runner.job(id)->state))
        QThread::msleep(20);
    const bool held = proxy.isPaused();
    runner.cancel(id);
    proxy.setPaused(false);
    proxy.pauseOnRequest({});
    runner.waitForFinished(id, 600000);
    for (const jobs::JobLogEntry &entry : store.log(id).value())
        qInfo("job log: %s", qPrintable(entry.message));
    jobs::JobInfo info = *runner.job(id);
    if (!held)
        info.error = QStringLiteral("the job never sent a request with \"%1\"; ").arg(QString::fromUtf8(needle)) + info.error;
    return info;
}

// A set-limits cancelled during docker update, or while a new container is
// made for a new number of workers, puts the previous limits back in the
// catalog, on the container and in Odoo's configuration, and the instance
// passes its health check again in its previous status.
void TestProvisioner::cancelledSetLimitsRestoresLimits()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    catalog::Instance production = newInstance(QStringLiteral("undolimits"), host);
    production.type = catalog::InstanceType::Production;
    auto created = m_catalog->createInstance(production);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo made = runCreate(id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const qint64 memory = 1024LL * 1024 * 1024;

    const auto checkPreviousLimits = [&](const QString &phase) {
        const catalog::Instance after = m_catalog->instance(id).value();
        QVERIFY2(catalog::toString(after.status) == QLatin1String("running"),
            qPrintable(phase + u' ' + catalog::toString(after.status) + u' ' + after.statusMessage));
        QVERIFY2(after.statusMessage.contains(QLatin1String("previous limits")), qPrintable(after.statusMessage));
        QCOMPARE(after.cpuLimit, 1.0);
        QCOMPARE(after.memoryLimitBytes, memory);
        const auto container = client.inspectContainer(after.containerId);
        QVERIFY2(container.ok(), qPrintable(container.error()));
        QVERIFY(container->state.running);
        QCOMPARE(container->nanoCpus, 1000000000LL);
        QCOMPARE(container->memory, memory);
        QVERIFY2(container->cmd.contains(QStringLiteral("--workers=3")), qPrintable(container->cmd.join(u' ')));
        const QString config = odooConfigText(client, after.containerId);
        QVERIFY2(config.contains(QLatin1String("workers = 3\n")), qPrintable(config));
        QVERIFY2(config.contains(QStringLiteral("limit_memory_hard = %1\n").arg(odooLimitMemoryHard)),
            qPrintable(config));
        const HttpReply health = httpRequest(
            QStringLiteral("http://127.0.0.1:%1/web/health").arg(after.publishedPort), {}, std::chrono::seconds(10));
        QCOMPARE(health.status, 200L);
    };

    // Memory alone: the cancel comes while docker update is held.
    jobs::JobInfo job = cancelAtRequest(proxy, "/update", m_config, m_secrets.get(), defaultOptions(),
        [&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 1, 768LL * 1024 * 1024); });
    QVERIFY2(job.state == jobs::JobState::Cancelled, qPrintable(jobs::stateName(job.state) + u' ' + job.error));
    checkPreviousLimits(QStringLiteral("after the cancelled docker update:"));

    // 1.5 cores: 4 workers, so a new container replaces the old one. The
    // cancel comes while the new container's create call is held, so the
    // old container stays.
    const QString before = m_catalog->instance(id)->containerId;
    job = cancelAtRequest(proxy, "/containers/create", m_config, m_secrets.get(), defaultOptions(),
        [&](Provisioner &p, jobs::JobContext &c) { return p.setLimits(c, id, 1.5, memory); });
    QVERIFY2(job.state == jobs::JobState::Cancelled, qPrintable(jobs::stateName(job.state) + u' ' + job.error));
    checkPreviousLimits(QStringLiteral("after the cancelled recreation:"));
    QCOMPARE(m_catalog->instance(id)->containerId, before);

    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

// An image tag removed from the host after the create (docker rmi while
// the container runs) makes set-env, a set-limits that changes the number
// of workers, and a module update fail before anything changes: the old
// container keeps running, and the catalog keeps the old values.
void TestProvisioner::missingImageKeepsInstance()
{
    catalog::Instance production = newInstance(QStringLiteral("noimage"), m_host);
    production.type = catalog::InstanceType::Production;
    auto created = m_catalog->createInstance(production);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo create = runCreate(id, defaultOptions());
    QVERIFY2(create.state == jobs::JobState::Succeeded, qPrintable(create.error));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);

    // The catalog names a tag the host lacks, as after docker rmi of the
    // instance's tag.
    catalog::Instance untagged = m_catalog->instance(id).value();
    const QString originalTag = untagged.imageTag;
    untagged.imageTag = QStringLiteral("18.0-20990101");
    QVERIFY(m_catalog->updateInstance(untagged).ok());
    const catalog::Instance before = m_catalog->instance(id).value();
    const auto checkUnchanged = [&](const QString &action, const jobs::JobInfo &job) {
        QVERIFY2(job.state == jobs::JobState::Failed, qPrintable(action + u' ' + jobs::stateName(job.state)));
        QVERIFY2(job.error.contains(QLatin1String("is not on host")), qPrintable(action + u' ' + job.error));
        QVERIFY2(job.error.contains(QLatin1String(":18.0-20990101")), qPrintable(action + u' ' + job.error));
        const catalog::Instance after = m_catalog->instance(id).value();
        QVERIFY2(after.status == catalog::InstanceStatus::Running,
            qPrintable(action + u' ' + catalog::toString(after.status) + u' ' + after.statusMessage));
        QCOMPARE(after.containerId, before.containerId);
        QCOMPARE(after.cpuLimit, before.cpuLimit);
        QCOMPARE(after.environment, before.environment);
        const auto container = client.inspectContainer(after.containerId);
        QVERIFY2(container.ok(), qPrintable(container.error()));
        QVERIFY2(container->state.running, qPrintable(action));
        QCOMPARE(container->nanoCpus, 1000000000LL);
        QVERIFY2(container->cmd.contains(QStringLiteral("--workers=3")), qPrintable(container->cmd.join(u' ')));
    };

    jobs::JobInfo job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.setEnvironment(c, id, { { QStringLiteral("NEW"), QStringLiteral("1") } });
    });
    checkUnchanged(QStringLiteral("set-env:"), job);
    QVERIFY2(job.error.contains(QLatin1String("previous variables are back")), qPrintable(job.error));

    // 1.5 cores: 4 workers, so the container would have to be replaced.
    job = runAction([&](Provisioner &p, jobs::JobContext &c) {
        return p.setLimits(c, id, 1.5, before.memoryLimitBytes);
    });
    checkUnchanged(QStringLiteral("set-limits:"), job);
    QVERIFY2(job.error.contains(QLatin1String("Limits not changed")), qPrintable(job.error));

    job = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    checkUnchanged(QStringLiteral("update:"), job);
    QVERIFY2(job.error.contains(QLatin1String("did not run")), qPrintable(job.error));

    const HttpReply health = httpRequest(
        QStringLiteral("http://127.0.0.1:%1/web/health").arg(before.publishedPort), {}, std::chrono::seconds(10));
    QCOMPARE(health.status, 200L);

    catalog::Instance tagged = m_catalog->instance(id).value();
    tagged.imageTag = originalTag;
    QVERIFY(m_catalog->updateInstance(tagged).ok());
    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

// A module update cancelled while Odoo's -u runs leaves the instance as it
// was: a running one runs again on the same container and image, a
// stopped one stays stopped, and the update's helper container is gone.
void TestProvisioner::cancelledUpdateKeepsInstance()
{
    const QString socket = m_dir->filePath(QStringLiteral("engine.sock"));
    EngineProxy proxy(socket, QUrl(test::dockerUnix().host).path());
    QVERIFY(proxy.start());
    catalog::Host host = addHost(test::dockerUnix().postgresHost);
    host.dockerEndpoint = QStringLiteral("unix://") + socket;
    host = m_catalog->updateHost(host).value();
    auto created = m_catalog->createInstance(newInstance(QStringLiteral("undoupdate"), host));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString id = created->id;
    const jobs::JobInfo made = runCreate(id, defaultOptions());
    QVERIFY2(made.state == jobs::JobState::Succeeded, qPrintable(made.error));
    docker::Endpoint endpoint;
    endpoint.host = test::dockerUnix().host;
    docker::DockerClient client(endpoint);
    const catalog::Instance original = m_catalog->instance(id).value();
    const auto originalContainer = client.inspectContainer(original.containerId);
    QVERIFY2(originalContainer.ok(), qPrintable(originalContainer.error()));
    const QString helper = originalContainer->name.mid(originalContainer->name.startsWith(u'/') ? 1 : 0)
        + QStringLiteral("-update");

    // The wait for the helper's exit is held, so the cancel comes while -u runs.
    jobs::JobInfo job = cancelAtRequest(proxy, "/wait?condition", m_config, m_secrets.get(), defaultOptions(),
        [&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    QVERIFY2(job.state == jobs::JobState::Cancelled, qPrintable(jobs::stateName(job.state) + u' ' + job.error));
    catalog::Instance after = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("running"));
    QCOMPARE(after.imageTag, original.imageTag);
    QCOMPARE(after.containerId, original.containerId);
    const auto restarted = client.inspectContainer(after.containerId);
    QVERIFY2(restarted.ok(), qPrintable(restarted.error()));
    QVERIFY(restarted->state.running);
    QCOMPARE(restarted->image, originalContainer->image);
    QVERIFY2(client.inspectContainer(helper).dockerError().isNotFound(), qPrintable(helper));
    const QDeadlineTimer answering(60000);
    HttpReply health;
    while (!answering.hasExpired()) {
        health = httpRequest(QStringLiteral("http://127.0.0.1:%1/web/health").arg(after.publishedPort), {},
            std::chrono::seconds(5));
        if (health.status == 200)
            break;
        QThread::msleep(500);
    }
    QCOMPARE(health.status, 200L);

    const jobs::JobInfo stopped = runAction([&](Provisioner &p, jobs::JobContext &c) { return p.stop(c, id); });
    QVERIFY2(stopped.state == jobs::JobState::Succeeded, qPrintable(stopped.error));
    job = cancelAtRequest(proxy, "/wait?condition", m_config, m_secrets.get(), defaultOptions(),
        [&](Provisioner &p, jobs::JobContext &c) { return p.updateModules(c, id, { QStringLiteral("base") }); });
    QVERIFY2(job.state == jobs::JobState::Cancelled, qPrintable(jobs::stateName(job.state) + u' ' + job.error));
    after = m_catalog->instance(id).value();
    QCOMPARE(catalog::toString(after.status), QStringLiteral("stopped"));
    QCOMPARE(after.containerId, original.containerId);
    const auto stillStopped = client.inspectContainer(after.containerId);
    QVERIFY2(stillStopped.ok(), qPrintable(stillStopped.error()));
    QVERIFY(!stillStopped->state.running);
    QVERIFY2(client.inspectContainer(helper).dockerError().isNotFound(), qPrintable(helper));

    const jobs::JobInfo removed = runRemove(id);
    QVERIFY2(removed.state == jobs::JobState::Succeeded, qPrintable(removed.error));
    verifyNothingLeft(created.value());
}

#include "tst_provisioner.moc"
