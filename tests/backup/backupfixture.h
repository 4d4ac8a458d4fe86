// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A provisioned stand-in instance for backup tests: catalog, host, tenant
// and a running Odoo container with its database, role and volume.

#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/pgconnection.h"
#include "core/provisioning/instanceplan.h"
#include "core/secrets/secretstore.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace saasodoo::test {

class BackupFixture
{
public:
    // Returns an error message, or an empty string when the instance runs.
    QString setUp(const QString &odooSeries = QStringLiteral("18.0"));
    void tearDown();

    postgres::PgEndpoint adminEndpoint() const;
    QString adminPassword() const;
    postgres::PgEndpoint roleEndpoint() const;
    QString rolePassword() const;
    QString readSecret(const QString &key) const;

    catalog::CatalogConfig catalogConfig;
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<catalog::Catalog> catalog;
    std::unique_ptr<secrets::SecretStore> secrets;
    catalog::Host host;
    catalog::Tenant tenant;
    catalog::Instance instance;
    provisioning::InstancePlan plan;
    std::unique_ptr<docker::DockerClient> docker;
};

// md5 of every public table's rows in a fixed order, by table name.
QMap<QString, QString> tableChecksums(postgres::PgConnection &connection);

// SHA-256 of every regular file under `path` in the container, by path
// relative to `path`.
QMap<QString, QByteArray> fileHashes(const docker::DockerClient &client, const QString &container, const QString &path);

QString shortId();

} // namespace saasodoo::test
