// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfixture.h"

#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"

#include "tests/support/testservices.h"

#include <QCryptographicHash>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

namespace saasodoo::test {

namespace {

template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

provisioning::ProvisionerOptions provisionerOptions()
{
    provisioning::ProvisionerOptions options;
    options.network = dockerUnix().network;
    options.healthTimeout = std::chrono::seconds(90);
    options.initTimeout = std::chrono::seconds(180);
    return options;
}

} // namespace

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QString BackupFixture::setUp(const QString &odooSeries)
{
    directory = std::make_unique<QTemporaryDir>();
    catalogConfig = catalog::CatalogConfig::sqlite(directory->filePath(QStringLiteral("catalog.sqlite")));
    auto opened = catalog::Catalog::open(catalogConfig);
    if (!opened.ok())
        return opened.error();
    catalog = std::move(opened.value());
    secrets = std::make_unique<secrets::SecretStore>(QStringLiteral("saasodoo-test"));

    catalog::Customer customer;
    customer.name = QStringLiteral("Backup Test");
    customer.email = QStringLiteral("backup-%1@example.co.zw").arg(shortId());
    auto createdCustomer = catalog->createCustomer(customer);
    if (!createdCustomer.ok())
        return createdCustomer.error();
    catalog::Tenant newTenant;
    newTenant.customerId = createdCustomer->id;
    newTenant.name = QStringLiteral("Tenant");
    newTenant.slug = QStringLiteral("b%1").arg(shortId());
    auto createdTenant = catalog->createTenant(newTenant);
    if (!createdTenant.ok())
        return createdTenant.error();
    tenant = createdTenant.value();

    const PostgresService pg = postgres();
    catalog::Host newHost;
    newHost.name = QStringLiteral("host-%1").arg(shortId());
    newHost.dockerEndpoint = dockerUnix().host;
    newHost.pgHost = pg.host;
    newHost.pgPort = pg.port;
    newHost.pgAdminUser = pg.adminUser;
    newHost.pgContainerHost = dockerUnix().postgresHost;
    newHost.baseDomain = QStringLiteral("odoo.test");
    newHost.imageRepository = qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE");
    newHost.cpuCores = 2;
    newHost.memoryBytes = 8LL * 1024 * 1024 * 1024;
    auto createdHost = catalog->createHost(newHost);
    if (!createdHost.ok())
        return createdHost.error();
    host = createdHost.value();
    const Status stored = waitFor(
        secrets->write(secrets::SecretStore::hostKey(host.id, QStringLiteral("pg-password")), pg.adminPassword));
    if (!stored.ok())
        return stored.error();

    catalog::Instance request;
    request.tenantId = tenant.id;
    request.hostId = host.id;
    request.name = QStringLiteral("bk%1").arg(shortId());
    request.odooVersion = odooSeries;
    request.imageTag = odooSeries;
    request.cpuLimit = 1;
    request.memoryLimitBytes = 1024LL * 1024 * 1024;
    request.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    request.type = catalog::InstanceType::Development;
    request.adminEmail = QStringLiteral("admin@example.co.zw");
    request.demoData = true;
    request.databaseName = QStringLiteral("db_%1").arg(request.name);
    request.subdomain = request.name;
    request.customAddons = { QStringLiteral("sale") };
    auto createdInstance = catalog->createInstance(request);
    if (!createdInstance.ok())
        return createdInstance.error();

    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    provisioning::Provisioner provisioner(catalogConfig, secrets.get(), provisionerOptions());
    const QString instanceId = createdInstance->id;
    const QString jobId = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
        return provisioner.create(context, instanceId);
    });
    runner.waitForFinished(jobId, 600000);
    const jobs::JobInfo job = *runner.job(jobId);
    if (job.state != jobs::JobState::Succeeded)
        return QStringLiteral("provisioning failed: ") + job.error;
    instance = catalog->instance(instanceId).value();
    plan = provisioning::planInstance(instance, tenant, host, provisionerOptions().network).value();
    docker::Endpoint endpoint;
    endpoint.host = host.dockerEndpoint;
    docker = std::make_unique<docker::DockerClient>(endpoint);
    return {};
}

void BackupFixture::tearDown()
{
    if (catalog && !instance.id.isEmpty()) {
        jobs::InMemoryJobStore store;
        jobs::JobRunner runner(&store);
        provisioning::Provisioner provisioner(catalogConfig, secrets.get(), provisionerOptions());
        const QString instanceId = instance.id;
        const QString jobId = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) {
            return provisioner.remove(context, instanceId);
        });
        runner.waitForFinished(jobId, 600000);
    }
    docker.reset();
    catalog.reset();
    secrets.reset();
    directory.reset();
}

postgres::PgEndpoint BackupFixture::adminEndpoint() const
{
    const PostgresService pg = postgres();
    return postgres::PgEndpoint { pg.host, pg.port, pg.adminUser };
}

QString BackupFixture::adminPassword() const
{
    return postgres().adminPassword;
}

postgres::PgEndpoint BackupFixture::roleEndpoint() const
{
    postgres::PgEndpoint endpoint = adminEndpoint();
    endpoint.user = plan.roleName;
    return endpoint;
}

QString BackupFixture::rolePassword() const
{
    return readSecret(secrets::SecretStore::instanceKey(instance.id, QStringLiteral("db-password")));
}

QString BackupFixture::readSecret(const QString &key) const
{
    return waitFor(secrets->read(key)).value();
}

QMap<QString, QString> tableChecksums(postgres::PgConnection &connection)
{
    QMap<QString, QString> checksums;
    const auto tables = connection.query(QStringLiteral(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
    if (!tables.ok())
        return checksums;
    for (const QStringList &row : tables->rows) {
        const QString table = connection.quoteIdentifier(row.first());
        const auto sum = connection.query(
            QStringLiteral("SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM %1 t")
                .arg(table));
        checksums.insert(row.first(), sum.ok() ? sum->value(0, 0) + u':' + sum->value(0, 1) : sum.error());
    }
    return checksums;
}

QMap<QString, QByteArray> fileHashes(const docker::DockerClient &client, const QString &container, const QString &path)
{
    QByteArray tar;
    client.getArchive(container, path, [&tar](QByteArrayView data) {
        tar.append(data.constData(), data.size());
        return true;
    });
    QMap<QString, QByteArray> hashes;
    archive *reader = archive_read_new();
    archive_read_support_format_tar(reader);
    archive_read_open_memory(reader, tar.constData(), size_t(tar.size()));
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buffer[65536];
        la_ssize_t count = 0;
        while ((count = archive_read_data(reader, buffer, sizeof buffer)) > 0)
            hash.addData(QByteArrayView(buffer, count));
        hashes.insert(QString::fromUtf8(archive_entry_pathname(entry)).section(u'/', 1), hash.result().toHex());
    }
    archive_read_free(reader);
    return hashes;
}

} // namespace saasodoo::test
