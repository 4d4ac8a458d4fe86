// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/jobs/jobscheduler.h"

#include <QDate>

namespace saasodoo::provisioning {
class Provisioner;
}

// The billing run as a job, for BillingService and for the scheduler.
namespace saasodoo::billing {

// The job request of the billing run of `today`: kind billing.run, or
// billing.invoices with `invoicesOnly`.
jobs::JobInfo billingRunRequest(const QDate &today, bool invoicesOnly = false);

// The job body of the billing run of `today`. It opens its own catalog
// connection on the worker thread and suspends and resumes instances
// through `provisioner`, which must outlive the job.
jobs::JobBody billingRunBody(const catalog::CatalogConfig &config, provisioning::Provisioner *provisioner,
    const QDate &today, bool invoicesOnly = false);

// The billing run with dunning as a scheduled task, for the day (UTC) each
// round runs on.
jobs::ScheduledTask scheduledBillingRun(const catalog::CatalogConfig &config, provisioning::Provisioner *provisioner);

} // namespace saasodoo::billing
