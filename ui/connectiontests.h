// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "core/docker/endpoint.h"
#include "core/postgres/instancedatabase.h"

#include <QCoreApplication>

namespace saasodoo::ui {

// The host dialog's "Test connection" checks. Each blocks until the server
// replies or a timeout of 5 to 15 seconds passes, so call them on a worker
// thread only.
class ConnectionTests
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTests)

public:
    struct DockerReport
    {
        QString engineVersion;
        QString apiVersion; // the engine's maximum API version
        QString negotiatedApiVersion; // the version the console will use
        QString os;
        QString arch;
    };

    // Connects to the host's Docker engine and reads its version, with the
    // passphrase of an encrypted TLS client key when there is one.
    static Result<DockerReport> testDocker(const catalog::Host &host, const QByteArray &keyPassphrase = {});

    // Connects to the host's PostgreSQL server as its admin role and checks
    // the role's privileges. A superuser fails unless the host allows it.
    static Result<postgres::ConsoleRoleCheck> testPostgres(const catalog::Host &host, const QString &password);

    static QString describe(const DockerReport &report);
    static QString describe(const postgres::ConsoleRoleCheck &check);
};

} // namespace saasodoo::ui
