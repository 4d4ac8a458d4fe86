// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::provisioning {

// What an admin can ask of an instance.
enum class Action {
    Start,
    Stop,
    Restart,
    Suspend,
    Resume,
    UpdateModules,
    SetLimits,
    SetEnvironment,
    Retry, // create again after a failed creation
    Backup,
    Restore,
    Delete,
};

QString actionName(Action action);

// Returns the status as it reads after "is" in a message: "in error" for
// error, "backing up" for backing_up, else the status's name ("running").
QString statusPhrase(catalog::InstanceStatus status);

// The actions allowed while an instance is in `status`. Busy states
// (creating, stopping, updating, …) allow none: the job that put the
// instance there has to finish first.
QList<Action> allowedActions(catalog::InstanceStatus status);
// Returns the actions allowed for an instance in `status` whose run
// history is known (see hasRun). An instance in error that never ran has no
// container or data, so it allows only retry and delete. One in error that
// has run allows no retry. Other states allow what allowedActions(status)
// returns.
QList<Action> allowedActions(catalog::InstanceStatus status, bool hasRun);

// Fails with a message naming the instance, its state and the actions
// allowed in it when `action` makes no sense now.
Status checkAction(const catalog::Instance &instance, Action action);
// Checks `action` with the rule of allowedActions(status, hasRun). For an
// instance that never ran, the error states that and names the retry command.
Status checkAction(const catalog::Instance &instance, Action action, bool hasRun);

// Checks `action` as checkAction() does, and also reads the instance's jobs
// when it is in a busy state (creating, deleting, …). While a job of a live
// process (other than `currentJobId`) works on it, the message names that
// job. Without one, the instance is stranded: its job was interrupted or
// ended without setting a final state, or never got a row (an older
// version's create killed in between). Delete is then allowed, and any
// other action is rejected with the job's repair commands.
Status checkActionWithJobs(catalog::Catalog &db, const catalog::Instance &instance, Action action,
    const QString &currentJobId = {});

// Returns a sentence for an instance in a busy state that no live job works
// on, naming the job that left it there and the commands that repair it.
// Returns an empty string when the instance is not stranded.
QString strandedInstanceNote(catalog::Catalog &db, const catalog::Instance &instance,
    const QString &currentJobId = {});

// The state an instance passes through while the action runs, and the one
// it ends in on success.
catalog::InstanceStatus transitionalStatus(Action action);
catalog::InstanceStatus finalStatus(Action action);

} // namespace saasodoo::provisioning
