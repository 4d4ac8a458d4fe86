// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace saasodoo::jobs {

// Identifies the process that runs a job, so that a later process can tell
// a job whose runner died from one that another live process still runs:
// "<machine id>:<pid>:<process start time in clock ticks>". The start time
// keeps a reused pid from passing for the dead process.
QString currentProcessOwner();

enum class OwnerLiveness {
    Alive,
    Dead,
    Unknown, // another machine's process: a shared PostgreSQL catalog cannot tell
};

// Checks an owner written by currentProcessOwner(). An empty owner (jobs
// stored before owners were recorded) counts as dead.
OwnerLiveness ownerLiveness(const QString &owner);

} // namespace saasodoo::jobs
