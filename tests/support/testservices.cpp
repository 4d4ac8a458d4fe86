// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservices.h"

#include <QStringList>

namespace saasodoo::test {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

QString serviceFailure(const char *service, const char *variable)
{
    if (!qEnvironmentVariableIsSet("SAASODOO_TEST_ROOT"))
        return QStringLiteral("%1 is not running: this test needs the harness. Run it through scripts/test "
                              "or tests/harness/services run -- ctest.")
            .arg(QLatin1String(service));

    const QStringList failed = env("SAASODOO_TEST_FAILED_SERVICES").split(u';', Qt::SkipEmptyParts);
    for (const QString &line : failed) {
        if (line.startsWith(QLatin1String(service)))
            return QStringLiteral("harness service failed to start: %1").arg(line);
    }
    if (env(variable).isEmpty())
        return QStringLiteral("%1 is not running: the harness did not set %2.")
            .arg(QLatin1String(service), QLatin1String(variable));
    return {};
}

PostgresService postgres()
{
    PostgresService pg;
    pg.host = env("SAASODOO_TEST_PG_HOST");
    pg.port = env("SAASODOO_TEST_PG_PORT").toInt();
    pg.superuser = env("SAASODOO_TEST_PG_SUPERUSER");
    pg.superpassword = env("SAASODOO_TEST_PG_SUPERPASSWORD");
    pg.adminUser = env("SAASODOO_TEST_PG_ADMIN_USER");
    pg.adminPassword = env("SAASODOO_TEST_PG_ADMIN_PASSWORD");
    pg.containerHost = env("SAASODOO_TEST_PG_CONTAINER_HOST");
    return pg;
}

DockerService dockerUnix()
{
    return DockerService { env("SAASODOO_TEST_DOCKER_HOST"), {}, env("SAASODOO_TEST_DOCKER_NETWORK"),
        env("SAASODOO_TEST_PG_CONTAINER_HOST") };
}

DockerService dockerTls()
{
    return DockerService { env("SAASODOO_TEST_DOCKER_TLS_HOST"), env("SAASODOO_TEST_DOCKER_TLS_CERT_PATH"),
        env("SAASODOO_TEST_DOCKER_TLS_NETWORK"), env("SAASODOO_TEST_PG_TLS_CONTAINER_HOST") };
}

S3Service s3()
{
    return S3Service { env("SAASODOO_TEST_S3_ENDPOINT"), env("SAASODOO_TEST_S3_REGION"),
        env("SAASODOO_TEST_S3_ACCESS_KEY"), env("SAASODOO_TEST_S3_SECRET_KEY"), env("SAASODOO_TEST_S3_BUCKET"),
        env("SAASODOO_TEST_S3_ODD_ACCESS_KEY"), env("SAASODOO_TEST_S3_ODD_SECRET_KEY") };
}

QString standinImage(const QString &version)
{
    return env("SAASODOO_TEST_STANDIN_IMAGE") + u':' + version;
}

} // namespace saasodoo::test
