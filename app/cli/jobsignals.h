// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace saasodoo::jobs {
class JobRunner;
}

namespace saasodoo::cli {

// Waits for job `jobId` of `runner`, which runs in this process. While it
// waits it forwards the cancel requests that `saasodoo job cancel` stores in
// the catalog. It turns the first SIGINT (Ctrl+C) or SIGTERM into a cancel
// of the job, whose body then cleans up as for any cancel. A second signal
// ends the process at once, and the job is then left for `saasodoo job
// cleanup`. The handlers are installed only for the duration of the wait.
void waitForJob(jobs::JobRunner &runner, const QString &jobId);

// The signal that cancelled a job in this process, or 0.
int cancelSignal();

// The exit code of a command that returned `code`: after a signal
// cancelled its job, 128 plus the signal number (130 for SIGINT, 143 for
// SIGTERM, as shells report them), unless the command still succeeded.
int exitCodeAfterSignal(int code);

} // namespace saasodoo::cli
