// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobstore.h"

#include "core/catalog/catalogconfig.h"

#include <QThreadStorage>

#include <memory>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::jobs {

// Job history in the console's catalog, so `saasodoo job list` and the
// Jobs pane see jobs from every process and after a restart. Each calling
// thread gets its own catalog connection.
class CatalogJobStore final : public JobStore
{
public:
    explicit CatalogJobStore(catalog::CatalogConfig config);
    ~CatalogJobStore() override;

    Status save(const JobInfo &job) override;
    Status appendLog(const QString &jobId, const JobLogEntry &entry) override;
    Result<QList<JobLogEntry>> log(const QString &jobId) override;
    Result<QList<JobInfo>> jobs() override;
    Result<bool> cancelRequested(const QString &jobId) override;

private:
    // One thread's catalog, tagged with the store that opened it: Qt reuses
    // a destroyed QThreadStorage's slot for the next one, so without the tag
    // a new store could pick up an old store's catalog on the same thread.
    struct ThreadCatalog
    {
        quint64 owner = 0;
        std::unique_ptr<catalog::Catalog> catalog;
        ~ThreadCatalog();
    };

    Result<catalog::Catalog *> catalogForThread();

    catalog::CatalogConfig m_config;
    quint64 m_serial;
    // NOTE: catalogs opened on other threads stay open until those threads
    // exit; QThreadStorage does not free them when the store goes first.
    QThreadStorage<ThreadCatalog *> m_catalogs;
};

} // namespace saasodoo::jobs
