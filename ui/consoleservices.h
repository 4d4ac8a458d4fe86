// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupjobs.h"
#include "core/catalog/catalog.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QStringList>

#include <memory>

namespace saasodoo::ui {

// The core services one console window works with: the UI thread's catalog
// session, the keychain, the job runner, the provisioner and the backup jobs. The window and
// its panes borrow them; this object owns them and must outlive the window.
//
// The catalog may be missing (it failed to open); panes then show empty
// lists and the window shows catalogError.
class ConsoleServices
{
public:
    struct Options
    {
        catalog::CatalogConfig catalog;
        QString dockerNetwork = QStringLiteral("saasodoo");
        QString keychainService = QStringLiteral("saasodoo-console");
        jobs::JobRunner::Limits jobLimits;
    };

    // Opens the catalog and starts the services. Never waits on the keychain
    // or on Docker: both are reached only when a job or dialog needs them.
    explicit ConsoleServices(const Options &options);
    ~ConsoleServices();

    ConsoleServices(const ConsoleServices &) = delete;
    ConsoleServices &operator=(const ConsoleServices &) = delete;

    // The UI thread's catalog session, or nullptr when it failed to open.
    catalog::Catalog *catalog() const { return m_catalog.get(); }
    const catalog::CatalogConfig &catalogConfig() const { return m_options.catalog; }
    const QString &catalogError() const { return m_catalogError; }

    secrets::SecretStore *secrets() const { return m_secrets.get(); }
    jobs::JobRunner *jobRunner() const { return m_runner.get(); }
    provisioning::Provisioner *provisioner() const { return m_provisioner.get(); }
    // The backup and restore job bodies, with the settings read at start.
    backup::BackupJobs *backups() const { return m_backups.get(); }
    const provisioning::ProvisionerOptions &provisionerOptions() const { return m_provisionerOptions; }
    const QString &dockerNetwork() const { return m_options.dockerNetwork; }

    // Jobs that were queued or running when the console last stopped.
    const QList<jobs::JobInfo> &interruptedJobs() const { return m_interrupted; }
    // Replaces interruptedJobs() with the jobs a later read of the catalog
    // found interrupted.
    void setInterruptedJobs(const QList<jobs::JobInfo> &interrupted) { m_interrupted = interrupted; }
    // Drops job `jobId` from interruptedJobs() once a take-over job has closed it.
    void forgetInterruptedJob(const QString &jobId)
    {
        m_interrupted.removeIf([&jobId](const jobs::JobInfo &job) { return job.id == jobId; });
    }

    // Backup files named on the command line, for the restore engine.
    QStringList pendingRestoreFiles;

private:
    Options m_options;
    std::unique_ptr<catalog::Catalog> m_catalog;
    QString m_catalogError;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<jobs::JobStore> m_jobStore;
    std::unique_ptr<jobs::JobRunner> m_runner;
    provisioning::ProvisionerOptions m_provisionerOptions;
    std::unique_ptr<provisioning::Provisioner> m_provisioner;
    std::unique_ptr<backup::BackupJobs> m_backups;
    QList<jobs::JobInfo> m_interrupted;
};

} // namespace saasodoo::ui
