// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleservices.h"

#include "workerpools.h"

#include "core/jobs/catalogjobstore.h"

namespace saasodoo::ui {

ConsoleServices::ConsoleServices(const Options &options)
    : m_options(options)
{
    auto opened = catalog::Catalog::open(m_options.catalog);
    if (opened.ok())
        m_catalog = std::move(opened.value());
    else
        m_catalogError = opened.error();

    m_secrets = std::make_unique<secrets::SecretStore>(m_options.keychainService);

    // Job history lives in the catalog, so the Jobs pane shows earlier
    // sessions and the CLI's jobs. Without a catalog it lasts one session.
    if (m_catalog)
        m_jobStore = std::make_unique<jobs::CatalogJobStore>(m_options.catalog);
    else
        m_jobStore = std::make_unique<jobs::InMemoryJobStore>();
    m_runner = std::make_unique<jobs::JobRunner>(m_jobStore.get(), m_options.jobLimits);
    m_interrupted = m_runner->recoverInterrupted();

    m_provisionerOptions.network = m_options.dockerNetwork;
    m_provisioner = std::make_unique<provisioning::Provisioner>(
        m_options.catalog, m_secrets.get(), m_provisionerOptions);
    m_backups = std::make_unique<backup::BackupJobs>(m_options.catalog, m_secrets.get(), backup::loadBackupSettings());
}

ConsoleServices::~ConsoleServices()
{
    // Tasks on the worker pools may use the catalog configuration and the
    // secret store. An engine call among them ends within its timeout.
    waitForWorkerPools();
    // The runner cancels and waits for its jobs first, because their bodies
    // use the provisioner, the backup jobs and the secret store.
    m_runner.reset();
    m_backups.reset();
    m_provisioner.reset();
}

} // namespace saasodoo::ui
