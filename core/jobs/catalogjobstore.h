// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobstore.h"

#include "core/catalog/catalogconfig.h"

#include <QThreadStorage>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::jobs {

// Job history in the console's catalog, so `saasodoo job list` and the
// Jobs pane see jobs from every process and after a restart. Each calling
// thread gets its own catalog connection.
// NOTE: the catalog has no interrupted state yet; interrupted jobs are
// stored as failed with the reason in their error text.
class CatalogJobStore final : public JobStore
{
public:
    explicit CatalogJobStore(catalog::CatalogConfig config);
    ~CatalogJobStore() override;

    Status save(const JobInfo &job) override;
    Status appendLog(const QString &jobId, const JobLogEntry &entry) override;
    Result<QList<JobLogEntry>> log(const QString &jobId) override;
    Result<QList<JobInfo>> jobs() override;

private:
    Result<catalog::Catalog *> catalogForThread();

    catalog::CatalogConfig m_config;
    QThreadStorage<catalog::Catalog *> m_catalogs;
};

} // namespace saasodoo::jobs
