// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

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

// The actions allowed while an instance is in `status`. Busy states
// (creating, stopping, updating, …) allow none: the job that put the
// instance there has to finish first.
QList<Action> allowedActions(catalog::InstanceStatus status);

// Fails with a message naming the instance, its state and the actions
// allowed in it when `action` makes no sense now.
Status checkAction(const catalog::Instance &instance, Action action);

// The state an instance passes through while the action runs, and the one
// it ends in on success.
catalog::InstanceStatus transitionalStatus(Action action);
catalog::InstanceStatus finalStatus(Action action);

} // namespace saasodoo::provisioning
