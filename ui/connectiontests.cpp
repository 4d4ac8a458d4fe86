// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontests.h"

#include "core/docker/dockerclient.h"
#include "core/postgres/pgconnection.h"
#include "core/provisioning/instanceplan.h"

namespace saasodoo::ui {

Result<ConnectionTests::DockerReport> ConnectionTests::testDocker(const catalog::Host &host,
    const QByteArray &keyPassphrase)
{
    const docker::Endpoint endpoint = provisioning::dockerEndpoint(host);
    if (const docker::DockerStatus valid = docker::validateEndpoint(endpoint); !valid)
        return makeError(valid.error());

    docker::ClientOptions options;
    options.connectTimeout = std::chrono::milliseconds(5000);
    options.requestTimeout = std::chrono::milliseconds(10000);
    options.keyPassphrase = keyPassphrase;
    const docker::DockerClient client(endpoint, options);
    const docker::DockerResult<QString> negotiated = client.negotiateApiVersion();
    if (!negotiated)
        return makeError(negotiated.error());
    const docker::DockerResult<docker::VersionInfo> version = client.version();
    if (!version)
        return makeError(version.error());

    DockerReport report;
    report.engineVersion = version->version;
    report.apiVersion = version->apiVersion;
    report.negotiatedApiVersion = negotiated.value();
    report.os = version->os;
    report.arch = version->arch;
    return report;
}

Result<postgres::ConsoleRoleCheck> ConnectionTests::testPostgres(const catalog::Host &host, const QString &password)
{
    const postgres::PgEndpoint endpoint { host.pgHost, host.pgPort, host.pgAdminUser };
    Result<postgres::PgConnection> connection = postgres::PgConnection::open(endpoint, password,
        QStringLiteral("postgres"), 5);
    if (!connection)
        return makeError(connection.error());
    // The check runs with the override, so that a superuser gets the
    // console's own advice, which names the check box of the host dialog.
    Result<postgres::ConsoleRoleCheck> check = postgres::checkConsoleRole(connection.value(), true);
    if (check && check->superuser && !host.allowSuperuserOverride) {
        return makeError(tr("The role %1 is a superuser, which the console rejects: a provisioning job holding it "
                            "could read or destroy every customer's database. Create a role for the console and "
                            "enter it as the admin user, for example:\nCREATE ROLE saasodoo_admin LOGIN CREATEDB "
                            "CREATEROLE PASSWORD '…';\nor tick \"Allow a superuser role\" if you accept the risk.")
                             .arg(check->role));
    }
    return check;
}

QString ConnectionTests::describe(const DockerReport &report)
{
    return tr("Docker Engine %1 (%2/%3), API %4; the console will use API %5.")
        .arg(report.engineVersion, report.os, report.arch, report.apiVersion, report.negotiatedApiVersion);
}

QString ConnectionTests::describe(const postgres::ConsoleRoleCheck &check)
{
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    QString text = tr("Connected as %1 to PostgreSQL %2.%3. CREATEDB: %4, CREATEROLE: %5, superuser: %6.")
                       .arg(check.role)
                       .arg(check.serverVersion / 10000)
                       .arg(check.serverVersion % 10000)
                       .arg(yesNo(check.createDatabase), yesNo(check.createRole), yesNo(check.superuser));
    for (const QString &warning : check.warnings)
        text += QLatin1Char('\n') + warning;
    return text;
}

} // namespace saasodoo::ui
