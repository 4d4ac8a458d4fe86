// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace saasodoo::jobs {

enum class JobState {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted, // was running when the console stopped; offered for resume or clean-up
};

QString stateName(JobState state);
bool isFinal(JobState state);

// A snapshot of one job, as the Jobs pane and `saasodoo job show` see it.
struct JobInfo
{
    QString id;
    QString kind; // such as instance.create or backup.run
    QString title; // for people: "Create instance acme-prod"
    QString targetType; // customer, tenant, host, instance or backup
    QString targetId;
    QString hostId; // jobs on one host share its concurrency limit; empty for none
    JobState state = JobState::Queued;
    int progress = 0; // percent, 0–100
    QStringList steps; // planned step names, in order
    int currentStep = -1; // index into steps; -1 before the first
    QString error;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString owner; // the process that runs it, from currentProcessOwner()

    QString currentStepName() const;
};

struct JobLogEntry
{
    QDateTime at;
    QString level; // info, warning or error
    QString message;
};

} // namespace saasodoo::jobs

Q_DECLARE_METATYPE(saasodoo::jobs::JobInfo)
Q_DECLARE_METATYPE(saasodoo::jobs::JobLogEntry)
