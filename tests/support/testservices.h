// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>

namespace saasodoo::test {

// The services that tests/harness/services started for this run, read from
// the SAASODOO_TEST_* environment variables it exports.
struct PostgresService
{
    QString host;
    int port = 0;
    QString superuser; // fixtures only: the product never connects as a superuser
    QString superpassword;
    QString adminUser; // saasodoo_admin: CREATEDB CREATEROLE, not SUPERUSER
    QString adminPassword;
    QString containerHost; // the server's address as seen from the test engine's containers
};

struct DockerService
{
    QString host; // unix:///… or tcp://127.0.0.1:port
    QString certPath; // ca.pem, cert.pem, key.pem for the TLS engine
    QString network; // user-defined bridge network for the tests' containers
    QString postgresHost; // PostgreSQL's address from that network
};

struct S3Service
{
    QString endpoint;
    QString region;
    QString accessKey;
    QString secretKey;
    QString bucket;
    // A second key pair of the same user: the id contains '@', the secret
    // '/', '+', '@' and '='.
    QString oddAccessKey;
    QString oddSecretKey;
};

// Returns why `service` is unavailable (it failed to start, with its log
// file, or the test runs outside the harness), or an empty string when the
// harness started it and set `variable`.
QString serviceFailure(const char *service, const char *variable);

PostgresService postgres();
DockerService dockerUnix();
DockerService dockerTls();
S3Service s3();
QString standinImage(const QString &version);

} // namespace saasodoo::test

// Fails the current test when `service` (a harness name such as "postgresql")
// is not running, with the reason and the log file to read.
#define SAASODOO_REQUIRE_SERVICE(service, variable)                                                          \
    do {                                                                                                     \
        const QString saasodooFailure = saasodoo::test::serviceFailure(service, variable);                  \
        if (!saasodooFailure.isEmpty())                                                                      \
            QFAIL(qPrintable(saasodooFailure));                                                              \
    } while (false)
