// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobscheduler.h"

namespace saasodoo::backup {

class BackupJobs;

// `saasodoo backup run-due` as a scheduled task: each round takes the
// backups whose interval has passed and applies retention, as one
// backup.run-due job. `backups` must outlive the scheduler's jobs.
jobs::ScheduledTask scheduledDueBackups(BackupJobs *backups);

} // namespace saasodoo::backup
