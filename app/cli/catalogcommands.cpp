// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcommands.h"

#include "cli/commandrun.h"
#include "cli/exitcodes.h"
#include "core/catalog/auditsearch.h"
#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/instanceplan.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <functional>
#include <memory>

using namespace saasodoo::catalog;

namespace saasodoo::cli {

namespace {

// The host's PostgreSQL address as the admin configured it, "host:port",
// with an IPv6 address in brackets.
QString pgAddress(const Host &host)
{
    const QString name = host.pgHost.contains(u':') && !host.pgHost.startsWith(u'[')
        ? QStringLiteral("[%1]").arg(host.pgHost)
        : host.pgHost;
    return QStringLiteral("%1:%2").arg(name).arg(host.pgPort);
}

QJsonObject hostJson(const Host &host)
{
    return {
        { QStringLiteral("id"), host.id },
        { QStringLiteral("name"), host.name },
        { QStringLiteral("docker_endpoint"), host.dockerEndpoint },
        { QStringLiteral("tls_ca"), host.tlsCaPath },
        { QStringLiteral("tls_cert"), host.tlsCertPath },
        { QStringLiteral("tls_key"), host.tlsKeyPath },
        { QStringLiteral("tls_server_name"), host.tlsServerName },
        { QStringLiteral("pg_host"), host.pgHost },
        { QStringLiteral("pg_port"), host.pgPort },
        { QStringLiteral("pg_user"), host.pgAdminUser },
        { QStringLiteral("pg_container_host"), host.pgContainerHost },
        // The keychain entry with the password, also when the host uses
        // its own (no reference set).
        { QStringLiteral("pg_password_ref"), host.id.isEmpty() ? host.pgPasswordRef : provisioning::pgPasswordKey(host) },
        { QStringLiteral("domain"), host.baseDomain },
        { QStringLiteral("image_repository"), host.imageRepository },
        { QStringLiteral("port_range_start"), host.portRangeStart },
        { QStringLiteral("port_range_end"), host.portRangeEnd },
        { QStringLiteral("cpu_cores"), host.cpuCores },
        { QStringLiteral("memory_bytes"), double(host.memoryBytes) },
        { QStringLiteral("status"), toString(host.status) },
        { QStringLiteral("superuser_override"), host.allowSuperuserOverride },
        { QStringLiteral("network"), host.dockerNetwork },
        { QStringLiteral("created_at"), time(host.createdAt) },
        { QStringLiteral("updated_at"), time(host.updatedAt) },
        { QStringLiteral("updated_by"), host.updatedBy },
    };
}

QJsonObject customerJson(const Customer &customer)
{
    return {
        { QStringLiteral("id"), customer.id },
        { QStringLiteral("name"), customer.name },
        { QStringLiteral("email"), customer.email },
        { QStringLiteral("phone"), customer.phone },
        { QStringLiteral("company"), customer.company },
        { QStringLiteral("country"), customer.country },
        { QStringLiteral("status"), toString(customer.status) },
        { QStringLiteral("notes"), customer.notes },
        { QStringLiteral("created_at"), time(customer.createdAt) },
        { QStringLiteral("updated_at"), time(customer.updatedAt) },
        { QStringLiteral("updated_by"), customer.updatedBy },
    };
}

QJsonObject tenantJson(const Tenant &tenant)
{
    return {
        { QStringLiteral("id"), tenant.id },
        { QStringLiteral("customer_id"), tenant.customerId },
        { QStringLiteral("name"), tenant.name },
        { QStringLiteral("slug"), tenant.slug },
        { QStringLiteral("created_at"), time(tenant.createdAt) },
        { QStringLiteral("updated_at"), time(tenant.updatedAt) },
        { QStringLiteral("updated_by"), tenant.updatedBy },
    };
}

// Rejects a tcp:// endpoint on another machine without mutual TLS: the
// engine API gives root on that machine to anyone who can reach the port.
// Loopback addresses are allowed in plain TCP, for tunnels and tests.
Status checkRemoteTls(const Host &host)
{
    const QUrl url(host.dockerEndpoint.trimmed());
    if (url.scheme() != QLatin1String("tcp"))
        return {};
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || address.isLoopback();
    if (loopback || (!host.tlsCaPath.isEmpty() && !host.tlsCertPath.isEmpty() && !host.tlsKeyPath.isEmpty()))
        return {};
    return makeError(tr("Docker endpoint %1 is on another machine but has no mutual TLS: give --tls-ca, --tls-cert "
                        "and --tls-key, so that the console verifies the engine and the engine verifies the console.")
                         .arg(host.dockerEndpoint));
}

// Finds a host that is not removed by name, else by id.
Result<Host> findHost(Catalog &db, const QString &key)
{
    Result<Host> found = db.hostByName(key);
    if (!found && validateUuid(QString(), key))
        found = db.host(key);
    if (found && found->removedAt.isValid())
        return makeError(tr("Host %1 was removed on %2.").arg(found->name, time(found->removedAt)));
    return found;
}

// The options that set a host's fields, for host add and host edit.
QList<QCommandLineOption> hostOptions(bool edit)
{
    return {
        { QStringLiteral("name"), edit ? tr("New unique host name.") : tr("Unique host name."), tr("name") },
        { QStringLiteral("docker"), tr("Docker endpoint: unix:///path/to/docker.sock or tcp://host:port."), tr("url") },
        { QStringLiteral("tls-ca"), tr("CA certificate file or keychain:<key> for a tcp:// endpoint."), tr("path") },
        { QStringLiteral("tls-cert"), tr("Client certificate file or keychain:<key>."), tr("path") },
        { QStringLiteral("tls-key"), tr("Client key file or keychain:<key>."), tr("path") },
        { QStringLiteral("tls-server-name"), tr("Name the engine's certificate must cover, when not the dialled address."), tr("name") },
        { QStringLiteral("pg-host"), tr("PostgreSQL server for instance databases, as the console reaches it."), tr("host") },
        { QStringLiteral("pg-port"), tr("PostgreSQL port (default 5432)."), tr("port") },
        { QStringLiteral("pg-user"), tr("PostgreSQL admin role that creates instance databases."), tr("role") },
        { QStringLiteral("pg-container-host"), tr("PostgreSQL address as the host's containers reach it."), tr("host") },
        { QStringLiteral("pg-password-ref"), tr("Keychain reference of the PostgreSQL admin password."), tr("key") },
        { QStringLiteral("domain"), tr("Public base domain; instances get <subdomain>.<domain>."), tr("domain") },
        { QStringLiteral("image-repo"), tr("Odoo image repository (default odoo)."), tr("repository") },
        { QStringLiteral("ports"), tr("Published port range such as 20000-20999."), tr("first-last") },
        { QStringLiteral("cpu"), tr("CPU capacity in cores, such as 8 or 7.5."), tr("cores") },
        { QStringLiteral("memory"), tr("Memory capacity such as 32G (binary units)."), tr("size") },
        { QStringLiteral("superuser-override"),
            edit ? tr("Allow (yes) or forbid (no) the PostgreSQL superuser for this host's instances.")
                 : tr("Allow instances on this host to use the PostgreSQL superuser."),
            edit ? tr("yes|no") : QString() },
        { QStringLiteral("network"),
            tr("Docker network its instances join, created when missing (default: $SAASODOO_DOCKER_NETWORK, else "
               "saasodoo, stored with the host)."),
            tr("name") },
    };
}

// Copies the options that were given into `host`; the others keep its
// current values. Returns the error for a value that does not parse.
Status applyHostOptions(CommandRun &run, Host &host, bool edit)
{
    const QCommandLineParser &parser = run.parser();
    const auto text = [&](const char *option, QString &field) {
        if (parser.isSet(QString::fromLatin1(option)))
            field = run.value(option);
    };
    text("name", host.name);
    text("docker", host.dockerEndpoint);
    text("tls-ca", host.tlsCaPath);
    text("tls-cert", host.tlsCertPath);
    text("tls-key", host.tlsKeyPath);
    text("tls-server-name", host.tlsServerName);
    text("pg-host", host.pgHost);
    text("pg-user", host.pgAdminUser);
    text("pg-container-host", host.pgContainerHost);
    text("pg-password-ref", host.pgPasswordRef);
    text("domain", host.baseDomain);
    text("image-repo", host.imageRepository);
    text("network", host.dockerNetwork);

    if (parser.isSet(QStringLiteral("superuser-override"))) {
        if (!edit) {
            host.allowSuperuserOverride = true;
        } else if (run.value("superuser-override") == QLatin1String("yes")
            || run.value("superuser-override") == QLatin1String("no")) {
            host.allowSuperuserOverride = run.value("superuser-override") == QLatin1String("yes");
        } else {
            return makeError(tr("--superuser-override \"%1\" is invalid: use yes or no.").arg(run.value("superuser-override")));
        }
    }
    bool ok = false;
    if (parser.isSet(QStringLiteral("pg-port"))) {
        host.pgPort = run.value("pg-port").toInt(&ok);
        if (!ok)
            return makeError(tr("PostgreSQL port \"%1\" is invalid: use a number from 1 to 65535.").arg(run.value("pg-port")));
    }
    if (parser.isSet(QStringLiteral("cpu"))) {
        host.cpuCores = run.value("cpu").toDouble(&ok);
        if (!ok)
            return makeError(tr("Host CPU cores \"%1\" is invalid: use a number such as 8 or 7.5.").arg(run.value("cpu")));
    }
    if (parser.isSet(QStringLiteral("memory"))) {
        const Result<qint64> memory = parseByteSize(tr("Host memory"), run.value("memory"));
        if (!memory)
            return makeError(memory.error());
        host.memoryBytes = *memory;
    }
    if (parser.isSet(QStringLiteral("ports"))) {
        const QStringList range = run.value("ports").split(u'-');
        bool firstOk = false;
        bool lastOk = false;
        if (range.size() == 2) {
            host.portRangeStart = range[0].toInt(&firstOk);
            host.portRangeEnd = range[1].toInt(&lastOk);
        }
        if (!firstOk || !lastOk)
            return makeError(tr("Published port range \"%1\" is invalid: use first-last, such as 20000-20999.").arg(run.value("ports")));
    }
    return {};
}

// Returns why `host`'s engine cannot be reached, as a sentence, or an
// empty string when it responds to GET /version.
QString engineProblem(const Host &host, secrets::SecretStore *secrets)
{
    const Result<docker::ClientOptions> options = provisioning::dockerClientOptions(host, secrets);
    if (!options.ok())
        return options.error();
    docker::DockerClient client(provisioning::dockerEndpoint(host), options.value());
    const docker::DockerResult<docker::VersionInfo> version = client.version();
    if (version.ok())
        return {};
    QString reason = version.error().trimmed();
    if (!reason.endsWith(u'.'))
        reason += u'.';
    return reason;
}

int hostAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host add"), out, err);
    run.parser().addOptions(hostOptions(false));
    const QStringList required { QStringLiteral("name"), QStringLiteral("docker"), QStringLiteral("pg-host"),
        QStringLiteral("pg-user"), QStringLiteral("domain"), QStringLiteral("cpu"), QStringLiteral("memory") };
    if (auto stop = run.parse(arguments, 0, required))
        return *stop;

    Host host;
    if (const Status applied = applyHostOptions(run, host, false); !applied)
        return run.fail(ExitCode::ValidationError, applied.error());
    // The network is stored with the host, so that a later command run
    // without $SAASODOO_DOCKER_NETWORK still puts containers on it.
    if (host.dockerNetwork.trimmed().isEmpty())
        host.dockerNetwork = provisioning::defaultDockerNetwork();
    if (const Status secured = checkRemoteTls(host); !secured)
        return run.fail(ExitCode::ValidationError, secured.error());

    if (auto stop = run.openCatalog())
        return *stop;
    secrets::SecretStore secrets;
    if (const Status ports = provisioning::checkPortRangeOverlap(run.catalog(), host, &secrets); !ports)
        return run.fail(ExitCode::ValidationError, ports.error());
    const Result<Host> created = run.catalog().createHost(host);
    if (!created)
        return run.failCatalog(created.error());
    if (run.json())
        run.printJson(hostJson(*created));
    else
        out << tr("Host %1 added (id %2).").arg(created->name, created->id) << '\n';
    // A host whose engine is down (for maintenance, say) is still
    // registered, but the admin learns it now rather than at the first create.
    if (const QString unreachable = engineProblem(*created, &secrets); !unreachable.isEmpty())
        err << tr("warning: the Docker engine of host %1 did not respond: %2 Check it with 'saasodoo host check %1'.")
                   .arg(created->name, unreachable)
            << '\n';
    return ExitCode::Success;
}

int hostEdit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host edit"), out, err);
    run.parser().setApplicationDescription(tr("Changes the given fields of a host; the others keep their values."));
    run.parser().addOptions(hostOptions(true));
    run.parser().addOption({ QStringLiteral("status"), tr("active, maintenance (takes no new instances) or retired."),
        tr("status") });
    run.parser().addPositionalArgument(QStringLiteral("host"), tr("The host's name or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Host> found = findHost(run.catalog(), run.parser().positionalArguments().first());
    if (!found)
        return run.failCatalog(found.error());
    Host host = found.value();
    const Host before = host;
    if (const Status applied = applyHostOptions(run, host, true); !applied)
        return run.fail(ExitCode::ValidationError, applied.error());
    if (run.parser().isSet(QStringLiteral("status"))) {
        const std::optional<HostStatus> status = hostStatusFromString(run.value("status"));
        if (!status)
            return run.fail(ExitCode::ValidationError,
                tr("Status \"%1\" is invalid: use active, maintenance or retired.").arg(run.value("status")));
        host.status = *status;
    }
    if (const Status secured = checkRemoteTls(host); !secured)
        return run.fail(ExitCode::ValidationError, secured.error());
    if (hostJson(host) == hostJson(before)) {
        if (run.json())
            run.printJson(hostJson(host));
        else
            out << tr("Nothing to change: host %1 already has these values.").arg(host.name) << '\n';
        return ExitCode::Success;
    }
    secrets::SecretStore secrets;
    if (const Status sameEngine = provisioning::checkEngineChange(run.catalog(), before, host, &secrets);
        !sameEngine)
        return run.fail(ExitCode::ValidationError, sameEngine.error());
    if (host.portRangeStart != before.portRangeStart || host.portRangeEnd != before.portRangeEnd
        || host.dockerEndpoint != before.dockerEndpoint) {
        if (const Status held = provisioning::checkPortRangeHoldsInstances(run.catalog(), host); !held)
            return run.fail(ExitCode::ValidationError, held.error());
        if (const Status ports = provisioning::checkPortRangeOverlap(run.catalog(), host, &secrets); !ports)
            return run.fail(ExitCode::ValidationError, ports.error());
    }
    const Result<Host> saved = run.catalog().updateHost(host);
    if (!saved)
        return run.failCatalog(saved.error());
    if (run.json())
        run.printJson(hostJson(*saved));
    else
        out << tr("Host %1 changed.").arg(saved->name) << '\n';
    return ExitCode::Success;
}

int hostRemove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host remove"), out, err);
    run.parser().setApplicationDescription(
        tr("Removes a host from the console. Refused while it has instances that are not deleted; the records of "
           "its deleted instances keep referring to it. The keychain entries of the host stay: remove them with "
           "your keychain's tools when no other host refers to them."));
    run.parser().addOption({ QStringLiteral("yes"), tr("Confirm the removal.") });
    run.parser().addPositionalArgument(QStringLiteral("host"), tr("The host's name or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Host> found = findHost(run.catalog(), run.parser().positionalArguments().first());
    if (!found)
        return run.failCatalog(found.error());
    if (!run.parser().isSet(QStringLiteral("yes")))
        return run.fail(ExitCode::UsageError,
            tr("Removing host %1 takes it out of the console; its engine and PostgreSQL server are not touched. Add "
               "--yes to confirm.")
                .arg(found->name));
    const Result<Host> removed = run.catalog().removeHost(found->id);
    if (!removed)
        return run.failCatalog(removed.error());
    if (run.json())
        run.printJson(hostJson(*removed));
    else
        out << tr("Host %1 removed.").arg(removed->name) << '\n';
    return ExitCode::Success;
}

int hostList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo host list"), out, err);
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<QList<Host>> hosts = run.catalog().hosts();
    if (!hosts)
        return run.failCatalog(hosts.error());

    if (run.json()) {
        QJsonArray array;
        for (const Host &host : *hosts)
            array.append(hostJson(host));
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Host &host : *hosts) {
        rows.append({ host.name, host.dockerEndpoint, pgAddress(host), host.baseDomain, host.imageRepository,
            QString::number(host.cpuCores), formatByteSize(host.memoryBytes), toString(host.status), host.id });
    }
    run.printTable({ tr("NAME"), tr("DOCKER"), tr("POSTGRESQL"), tr("DOMAIN"), tr("IMAGE"), tr("CPU"), tr("MEMORY"),
                       tr("STATUS"), tr("ID") },
        rows);
    return ExitCode::Success;
}

int customerAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo customer add"), out, err);
    run.parser().addOptions({
        { QStringLiteral("name"), tr("Customer name."), tr("name") },
        { QStringLiteral("email"), tr("Email address, unique ignoring case."), tr("email") },
        { QStringLiteral("phone"), tr("Phone number: 07XXXXXXXX, +2637XXXXXXXX or +<country code><number>."), tr("number") },
        { QStringLiteral("company"), tr("Company name."), tr("name") },
        { QStringLiteral("country"), tr("ISO 3166-1 country code (default ZW)."), tr("code"), QStringLiteral("ZW") },
        { QStringLiteral("notes"), tr("Free-form notes."), tr("text") },
    });
    if (auto stop = run.parse(arguments, 0, { QStringLiteral("name"), QStringLiteral("email") }))
        return *stop;

    Customer customer;
    customer.name = run.value("name");
    customer.email = run.value("email");
    customer.phone = run.value("phone");
    customer.company = run.value("company");
    customer.country = run.value("country");
    customer.notes = run.value("notes");
    if (Status valid = normalizeAndValidate(customer); !valid)
        return run.fail(ExitCode::ValidationError, valid.error());

    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Customer> created = run.catalog().createCustomer(customer);
    if (!created)
        return run.failCatalog(created.error());
    if (run.json())
        run.printJson(customerJson(*created));
    else
        out << tr("Customer %1 added (id %2).").arg(created->name, created->id) << '\n';
    return ExitCode::Success;
}

int customerList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo customer list"), out, err);
    run.parser().addOption({ QStringLiteral("search"), tr("Show only customers whose name, email or company contains the text."), tr("text") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<QList<CustomerRow>> rows = run.catalog().customerRows(run.value("search"));
    if (!rows)
        return run.failCatalog(rows.error());

    if (run.json()) {
        QJsonArray array;
        for (const CustomerRow &row : *rows) {
            QJsonObject object = customerJson(row.customer);
            object.insert(QStringLiteral("tenant_count"), row.tenantCount);
            object.insert(QStringLiteral("instance_count"), row.instanceCount);
            array.append(object);
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> table;
    for (const CustomerRow &row : *rows) {
        table.append({ row.customer.name, row.customer.email, row.customer.phone, toString(row.customer.status),
            QString::number(row.tenantCount), QString::number(row.instanceCount), row.customer.id });
    }
    run.printTable({ tr("NAME"), tr("EMAIL"), tr("PHONE"), tr("STATUS"), tr("TENANTS"), tr("INSTANCES"), tr("ID") }, table);
    return ExitCode::Success;
}

// Finds a customer by id or email.
Result<Customer> findCustomer(Catalog &catalog, const QString &key)
{
    if (key.contains(u'@'))
        return catalog.customerByEmail(key);
    return catalog.customer(key);
}

int customerShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo customer show"), out, err);
    run.parser().addPositionalArgument(QStringLiteral("customer"), tr("Customer id or email."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Customer> customer = findCustomer(run.catalog(), run.parser().positionalArguments().first());
    if (!customer)
        return run.failCatalog(customer.error());
    const Result<QList<TenantRow>> tenants = run.catalog().tenantRows(customer->id);
    if (!tenants)
        return run.failCatalog(tenants.error());

    if (run.json()) {
        QJsonObject object = customerJson(*customer);
        QJsonArray tenantArray;
        for (const TenantRow &row : *tenants) {
            QJsonObject tenant = tenantJson(row.tenant);
            tenant.insert(QStringLiteral("instance_count"), row.instanceCount);
            tenantArray.append(tenant);
        }
        object.insert(QStringLiteral("tenants"), tenantArray);
        run.printJson(object);
        return ExitCode::Success;
    }
    QStringList slugs;
    for (const TenantRow &row : *tenants)
        slugs.append(row.tenant.slug);
    run.printFields({
        { tr("Name"), customer->name },
        { tr("Email"), customer->email },
        { tr("Phone"), customer->phone },
        { tr("Company"), customer->company },
        { tr("Country"), customer->country },
        { tr("Status"), toString(customer->status) },
        { tr("Notes"), customer->notes },
        { tr("Tenants"), slugs.join(QStringLiteral(", ")) },
        { tr("Id"), customer->id },
        { tr("Created"), time(customer->createdAt) },
        { tr("Updated"), tr("%1 by %2").arg(time(customer->updatedAt), customer->updatedBy) },
    });
    return ExitCode::Success;
}

int tenantAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo tenant add"), out, err);
    run.parser().addOptions({
        { QStringLiteral("customer"), tr("Owning customer: id or email."), tr("customer") },
        { QStringLiteral("name"), tr("Tenant name."), tr("name") },
        { QStringLiteral("slug"), tr("Unique DNS label used in subdomains, such as moyo-hardware."), tr("slug") },
    });
    if (auto stop = run.parse(arguments, 0, { QStringLiteral("customer"), QStringLiteral("name"), QStringLiteral("slug") }))
        return *stop;
    if (Status valid = validateSlug(run.value("slug")); !valid)
        return run.fail(ExitCode::ValidationError, valid.error());

    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
    if (!customer)
        return run.failCatalog(customer.error());
    Tenant tenant;
    tenant.customerId = customer->id;
    tenant.name = run.value("name");
    tenant.slug = run.value("slug");
    const Result<Tenant> created = run.catalog().createTenant(tenant);
    if (!created)
        return run.failCatalog(created.error());
    if (run.json())
        run.printJson(tenantJson(*created));
    else
        out << tr("Tenant %1 added for %2 (id %3).").arg(created->slug, customer->name, created->id) << '\n';
    return ExitCode::Success;
}

int tenantEdit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo tenant edit"), out, err);
    run.parser().setApplicationDescription(tr("Changes the given fields of a tenant; the others keep their values. "
                                              "The slug is locked while instances use it, and the customer while "
                                              "the tenant has instances, deleted ones included."));
    run.parser().addOptions({
        { QStringLiteral("customer"), tr("New owning customer: id or email."), tr("customer") },
        { QStringLiteral("name"), tr("New tenant name."), tr("name") },
        { QStringLiteral("slug"), tr("New unique DNS label used in subdomains, such as moyo-hardware."), tr("slug") },
    });
    run.parser().addPositionalArgument(QStringLiteral("tenant"), tr("Tenant id or slug."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (run.parser().isSet(QStringLiteral("slug"))) {
        if (Status valid = validateSlug(run.value("slug")); !valid)
            return run.fail(ExitCode::ValidationError, valid.error());
    }

    if (auto stop = run.openCatalog())
        return *stop;
    const QString key = run.parser().positionalArguments().first().trimmed();
    const Result<Tenant> found = validateUuid(QString(), key) ? run.catalog().tenant(key) : run.catalog().tenantBySlug(key);
    if (!found)
        return run.failCatalog(found.error());
    Tenant tenant = found.value();
    if (run.parser().isSet(QStringLiteral("customer"))) {
        const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
        if (!customer)
            return run.failCatalog(customer.error());
        tenant.customerId = customer->id;
    }
    if (run.parser().isSet(QStringLiteral("name")))
        tenant.name = run.value("name");
    if (run.parser().isSet(QStringLiteral("slug")))
        tenant.slug = run.value("slug");
    if (tenant.customerId == found->customerId && tenant.name.trimmed() == found->name
        && tenant.slug.trimmed() == found->slug) {
        if (run.json())
            run.printJson(tenantJson(tenant));
        else
            out << tr("Nothing to change: tenant %1 already has these values.").arg(tenant.slug) << '\n';
        return ExitCode::Success;
    }
    const Result<Tenant> saved = run.catalog().updateTenant(tenant);
    if (!saved)
        return run.failCatalog(saved.error());
    if (run.json())
        run.printJson(tenantJson(*saved));
    else
        out << tr("Tenant %1 changed.").arg(saved->slug) << '\n';
    return ExitCode::Success;
}

int tenantList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo tenant list"), out, err);
    run.parser().addOption({ QStringLiteral("customer"), tr("Show only this customer's tenants: id or email."), tr("customer") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    QString customerId;
    if (run.parser().isSet(QStringLiteral("customer"))) {
        const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
        if (!customer)
            return run.failCatalog(customer.error());
        customerId = customer->id;
    }
    const Result<QList<TenantRow>> rows = run.catalog().tenantRows(customerId);
    if (!rows)
        return run.failCatalog(rows.error());

    if (run.json()) {
        QJsonArray array;
        for (const TenantRow &row : *rows) {
            QJsonObject object = tenantJson(row.tenant);
            object.insert(QStringLiteral("customer_name"), row.customerName);
            object.insert(QStringLiteral("instance_count"), row.instanceCount);
            array.append(object);
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> table;
    for (const TenantRow &row : *rows)
        table.append({ row.tenant.slug, row.tenant.name, row.customerName, QString::number(row.instanceCount), row.tenant.id });
    run.printTable({ tr("SLUG"), tr("NAME"), tr("CUSTOMER"), tr("INSTANCES"), tr("ID") }, table);
    return ExitCode::Success;
}

int tenantShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo tenant show"), out, err);
    run.parser().addPositionalArgument(QStringLiteral("tenant"), tr("Tenant id or slug."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const QString key = run.parser().positionalArguments().first();
    const Result<Tenant> tenant = validateUuid(QString(), key) ? run.catalog().tenant(key) : run.catalog().tenantBySlug(key);
    if (!tenant)
        return run.failCatalog(tenant.error());
    const Result<Customer> customer = run.catalog().customer(tenant->customerId);
    if (!customer)
        return run.failCatalog(customer.error());
    InstanceFilter filter;
    filter.tenantId = tenant->id;
    const Result<int> instances = run.catalog().instanceCount(filter);
    if (!instances)
        return run.failCatalog(instances.error());

    if (run.json()) {
        QJsonObject object = tenantJson(*tenant);
        object.insert(QStringLiteral("customer_name"), customer->name);
        object.insert(QStringLiteral("customer_email"), customer->email);
        object.insert(QStringLiteral("instance_count"), *instances);
        run.printJson(object);
        return ExitCode::Success;
    }
    run.printFields({
        { tr("Slug"), tenant->slug },
        { tr("Name"), tenant->name },
        { tr("Customer"), tr("%1 <%2>").arg(customer->name, customer->email) },
        { tr("Instances"), QString::number(*instances) },
        { tr("Id"), tenant->id },
        { tr("Created"), time(tenant->createdAt) },
        { tr("Updated"), tr("%1 by %2").arg(time(tenant->updatedAt), tenant->updatedBy) },
    });
    return ExitCode::Success;
}

// ---- audit ------------------------------------------------------------------

// Reads --since: a date (from its start, UTC), a date and time in ISO 8601
// (UTC unless it has an offset), or a span back from now such as 12h or 7d.
Result<QDateTime> parseSince(const QString &text)
{
    static const QRegularExpression span(QStringLiteral("^(\\d{1,5})([hd])$"));
    if (const QRegularExpressionMatch match = span.match(text); match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const qint64 seconds = match.captured(2) == QLatin1String("h") ? count * 3600 : count * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    // Only the bare date form is read as a date, because QDate::fromString()
    // in Qt 6.4 also accepts "2026-03-01T08:00:00" and drops the time of day.
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid())
            return QDateTime(day, QTime(0, 0), Qt::UTC);
    } else if (QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs); at.isValid()) {
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeSpec(Qt::UTC);
        return at;
    }
    return makeError(tr("--since \"%1\" is invalid: give a date (2026-03-01), a UTC time (2026-03-01T08:00:00) or a "
                        "span back from now (12h, 7d).")
                         .arg(text));
}

// Finds an instance by id, or by name among live and deleted instances.
Result<QString> findInstanceId(Catalog &catalog, const QString &key)
{
    if (const Result<Instance> byId = catalog.instance(key); byId)
        return byId->id;
    InstanceFilter filter;
    filter.text = key;
    filter.includeDeleted = true;
    const Result<QList<InstanceRow>> rows = catalog.instanceRows(filter);
    if (!rows)
        return makeError(rows.error());
    QStringList ids;
    for (const InstanceRow &row : rows.value()) {
        if (row.name == key)
            ids.append(row.id);
    }
    if (ids.isEmpty())
        return makeError(tr("Instance %1 was not found.").arg(key));
    if (ids.size() > 1)
        return makeError(tr("%1 instances are named %2. Give one of their ids: %3.")
                             .arg(ids.size())
                             .arg(key, ids.join(QStringLiteral(", "))));
    return ids.first();
}

QJsonObject auditEventJson(const AuditEvent &event)
{
    return {
        { QStringLiteral("id"), event.id },
        { QStringLiteral("at"), time(event.at) },
        { QStringLiteral("action"), event.action },
        { QStringLiteral("target_type"), event.targetType },
        { QStringLiteral("target_id"), event.targetId },
        { QStringLiteral("os_user"), event.osUser },
        { QStringLiteral("admin_name"), event.adminName },
        { QStringLiteral("details"), event.details },
    };
}

int auditList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo audit list"), out, err);
    run.parser().setApplicationDescription(
        tr("Lists audit events, newest first: every change an admin, a job or the billing run made."));
    run.parser().addOptions({
        { QStringLiteral("since"), tr("Only events at or after this date, UTC time or span back from now (12h, 7d)."),
            tr("when") },
        { QStringLiteral("kind"),
            tr("Only this action, such as payment.apply, or every action of a kind, such as payment. Repeat it or "
               "separate with commas for several."),
            tr("kind") },
        { QStringLiteral("customer"),
            tr("Only events of this customer (id or email) and of its tenants, instances, subscriptions, "
               "invoices, payments and their jobs."),
            tr("customer") },
        { QStringLiteral("instance"), tr("Only events of this instance (id or name) and its jobs."), tr("instance") },
        { QStringLiteral("limit"), tr("At most this many events, 1 to %1 (default 100).").arg(maxAuditScan),
            tr("count"), QStringLiteral("100") },
    });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;

    AuditSearch search;
    bool limitOk = false;
    search.limit = run.value("limit").toInt(&limitOk);
    if (!limitOk || search.limit < 1 || search.limit > maxAuditScan) {
        return run.fail(ExitCode::ValidationError,
            tr("--limit \"%1\" is invalid: give a whole number from 1 to %2.").arg(run.value("limit")).arg(maxAuditScan));
    }
    if (run.parser().isSet(QStringLiteral("since"))) {
        const Result<QDateTime> since = parseSince(run.value("since"));
        if (!since)
            return run.fail(ExitCode::ValidationError, since.error());
        search.since = since.value();
    }
    for (const QString &value : run.parser().values(QStringLiteral("kind"))) {
        for (const QString &kind : value.split(u',', Qt::SkipEmptyParts))
            search.kinds.append(kind.trimmed().toLower());
    }
    if (auto stop = run.openCatalog())
        return *stop;
    if (run.parser().isSet(QStringLiteral("customer"))) {
        const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
        if (!customer)
            return run.failCatalog(customer.error());
        search.customerId = customer->id;
    }
    if (run.parser().isSet(QStringLiteral("instance"))) {
        const Result<QString> instance = findInstanceId(run.catalog(), run.value("instance"));
        if (!instance)
            return run.fail(ExitCode::ValidationError, instance.error());
        search.instanceId = instance.value();
    }

    const Result<AuditSearchResult> found = searchAuditEvents(run.catalog(), search);
    if (!found)
        return run.failCatalog(found.error());
    if (found->moreMatches) {
        err << tr("Note: more events match, so only the newest %1 are shown. Narrow the filters or raise --limit.")
                   .arg(search.limit)
            << '\n';
    }
    if (found->scanCapped) {
        err << tr("Note: only the newest %1 events of a target or of the log were searched. Give --customer or "
                  "--instance to reach older ones.")
                   .arg(maxAuditScan)
            << '\n';
    }
    if (run.json()) {
        QJsonArray array;
        for (const AuditEvent &event : found->events)
            array.append(auditEventJson(event));
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const AuditEvent &event : found->events) {
        const QString actor = event.adminName.isEmpty() ? event.osUser : tr("%1 (%2)").arg(event.adminName, event.osUser);
        rows.append({ event.at.toUTC().toString(Qt::ISODate), event.action, event.targetType + u':' + event.targetId, actor,
            QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)) });
    }
    run.printTable({ tr("TIME (UTC)"), tr("ACTION"), tr("TARGET"), tr("ACTOR"), tr("DETAILS") }, rows);
    return ExitCode::Success;
}

using Handler = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

} // namespace

bool isCatalogCommand(const QString &command)
{
    return command == QLatin1String("host") || command == QLatin1String("customer")
        || command == QLatin1String("tenant") || command == QLatin1String("audit");
}

int runCatalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QMap<QString, QMap<QString, Handler>> commands {
        { QStringLiteral("host"),
            { { QStringLiteral("add"), hostAdd }, { QStringLiteral("list"), hostList },
                { QStringLiteral("edit"), hostEdit }, { QStringLiteral("remove"), hostRemove } } },
        { QStringLiteral("customer"),
            { { QStringLiteral("add"), customerAdd }, { QStringLiteral("list"), customerList },
                { QStringLiteral("show"), customerShow } } },
        { QStringLiteral("tenant"),
            { { QStringLiteral("add"), tenantAdd }, { QStringLiteral("edit"), tenantEdit },
                { QStringLiteral("list"), tenantList }, { QStringLiteral("show"), tenantShow } } },
        { QStringLiteral("audit"), { { QStringLiteral("list"), auditList } } },
    };
    const QString command = arguments.value(0);
    const QMap<QString, Handler> subcommands = commands.value(command);
    const QString subcommand = arguments.value(1);
    if (!subcommands.contains(subcommand)) {
        QStringList names = subcommands.keys();
        // These host subcommands reach the engine or the keychain, so the
        // instance commands run them; the list names them all.
        if (command == QLatin1String("host"))
            names << QStringLiteral("check") << QStringLiteral("set-password") << QStringLiteral("set-tls-passphrase");
        names.sort();
        if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")
            || subcommand == QLatin1String("help")) {
            out << tr("Usage: saasodoo %1 COMMAND [options]\nCommands: %2.\nRun 'saasodoo %1 COMMAND --help' for the "
                      "options of one.")
                       .arg(command, names.join(QStringLiteral(", ")))
                << '\n';
            return ExitCode::Success;
        }
        err << tr("saasodoo %1: expected one of: %2.").arg(command, names.join(QStringLiteral(", "))) << '\n';
        return ExitCode::UsageError;
    }
    return subcommands.value(subcommand)(arguments.mid(2), out, err);
}

} // namespace saasodoo::cli
