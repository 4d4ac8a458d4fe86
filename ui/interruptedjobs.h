// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/jobs/jobtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::ui {

class ConsoleServices;

// Take-over of a job that a console or CLI process left interrupted when it
// stopped, as `saasodoo job resume|cleanup` does. A clean-up removes what
// the job left behind and puts the instance in error. A resume then runs
// the job's action again. Once the new job succeeds, the interrupted one is
// closed as cancelled.
class InterruptedJobs
{
    Q_DECLARE_TR_FUNCTIONS(InterruptedJobs)

public:
    enum class TakeOver { Resume, CleanUp };

    // Returns why `job` cannot be taken over with `mode`, or an empty string when it can.
    static QString unavailableReason(const jobs::JobInfo &job, TakeOver mode);

    // Submits the take-over job and returns its id, or an empty string with
    // `error` set when `job` cannot be taken over. `instanceName` names the
    // job's instance in the new job's title and may be empty.
    static QString submit(ConsoleServices &services, const jobs::JobInfo &job, TakeOver mode,
        const QString &instanceName, QString *error = nullptr);

    // Names the job for an admin: its title and, when the title does not
    // contain it, `instanceName`, which may be empty.
    static QString describe(const jobs::JobInfo &job, const QString &instanceName);

    // Reads the names of the instances that `jobs` target, by instance id.
    // An instance that is gone has no entry. Blocks on the catalog, so the
    // console calls it on a worker.
    static Result<QHash<QString, QString>> readInstanceNames(catalog::Catalog &db, const QList<jobs::JobInfo> &jobs);

    // The interrupted job of `services` that targets `instanceId`, if any.
    static const jobs::JobInfo *forInstance(const ConsoleServices &services, const QString &instanceId);
};

} // namespace saasodoo::ui
