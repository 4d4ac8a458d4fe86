// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instanceplan.h"

#include "core/catalog/catalogconfig.h"
#include "core/jobs/jobcontext.h"

#include <chrono>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

struct ProvisionerOptions
{
    // The Docker network instances join, where they reach PostgreSQL. It is
    // created with the console's label when missing.
    // NOTE: one network for every host until hosts carry their own setting.
    QString network = QStringLiteral("saasodoo");
    std::chrono::seconds initTimeout { 900 };
    std::chrono::seconds healthTimeout { 180 };
    std::chrono::seconds stopTimeout { 30 };
};

// Names of the provisioning steps, in order, as the job log shows them.
QStringList createSteps();

// Provisions, changes and removes Odoo instances: each one an Odoo
// container from the host's image, a named volume for /var/lib/odoo, and
// its own PostgreSQL database and login role.
//
// Each public call is the body of one job and runs on a worker thread. It
// opens its own catalog connection there, reads secrets through the store
// (blocking that worker only), and records every step in the job log.
class Provisioner
{
public:
    Provisioner(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, ProvisionerOptions options = {});

    // Creates the instance that the catalog already holds in the creating
    // state: database and role, volume, init run, server container, health
    // check, admin login. On failure it removes exactly what this run made
    // (container, volume, database, role, keychain entries) and leaves the
    // instance in the error state with the failed step, the reason and the
    // container's last log lines.
    Status create(jobs::JobContext &context, const QString &instanceId);

    // Removes the instance's container, volume, database, role and secrets;
    // the catalog keeps the record in the deleted state.
    Status remove(jobs::JobContext &context, const QString &instanceId);

private:
    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    ProvisionerOptions m_options;
};

} // namespace saasodoo::provisioning
