// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::InstanceStatus;

QString StatusText::instanceStatus(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Creating: return tr("Creating");
    case InstanceStatus::Starting: return tr("Starting");
    case InstanceStatus::Running: return tr("Running");
    case InstanceStatus::Stopping: return tr("Stopping");
    case InstanceStatus::Stopped: return tr("Stopped");
    case InstanceStatus::Restarting: return tr("Restarting");
    case InstanceStatus::Suspended: return tr("Suspended");
    case InstanceStatus::Updating: return tr("Updating");
    case InstanceStatus::BackingUp: return tr("Backing up");
    case InstanceStatus::Restoring: return tr("Restoring");
    case InstanceStatus::Error: return tr("Error");
    case InstanceStatus::Deleting: return tr("Deleting");
    case InstanceStatus::Deleted: return tr("Deleted");
    }
    return catalog::toString(status);
}

QString StatusText::customerStatus(catalog::CustomerStatus status)
{
    switch (status) {
    case catalog::CustomerStatus::Active: return tr("Active");
    case catalog::CustomerStatus::Suspended: return tr("Suspended");
    case catalog::CustomerStatus::Closed: return tr("Closed");
    }
    return catalog::toString(status);
}

QString StatusText::hostStatus(catalog::HostStatus status)
{
    switch (status) {
    case catalog::HostStatus::Active: return tr("Active");
    case catalog::HostStatus::Maintenance: return tr("Maintenance");
    case catalog::HostStatus::Retired: return tr("Retired");
    }
    return catalog::toString(status);
}

QString StatusText::instanceType(catalog::InstanceType type)
{
    switch (type) {
    case catalog::InstanceType::Development: return tr("Development");
    case catalog::InstanceType::Staging: return tr("Staging");
    case catalog::InstanceType::Production: return tr("Production");
    }
    return catalog::toString(type);
}

QString StatusText::jobState(jobs::JobState state)
{
    switch (state) {
    case jobs::JobState::Queued: return tr("Queued");
    case jobs::JobState::Running: return tr("Running");
    case jobs::JobState::Succeeded: return tr("Succeeded");
    case jobs::JobState::Failed: return tr("Failed");
    case jobs::JobState::Cancelled: return tr("Cancelled");
    case jobs::JobState::Interrupted: return tr("Interrupted");
    }
    return jobs::stateName(state);
}

QList<InstanceStatus> StatusText::allInstanceStatuses()
{
    return { InstanceStatus::Creating, InstanceStatus::Starting, InstanceStatus::Running, InstanceStatus::Stopping,
        InstanceStatus::Stopped, InstanceStatus::Restarting, InstanceStatus::Suspended, InstanceStatus::Updating,
        InstanceStatus::BackingUp, InstanceStatus::Restoring, InstanceStatus::Error, InstanceStatus::Deleting,
        InstanceStatus::Deleted };
}

QList<jobs::JobState> StatusText::allJobStates()
{
    return { jobs::JobState::Queued, jobs::JobState::Running, jobs::JobState::Succeeded, jobs::JobState::Failed,
        jobs::JobState::Cancelled, jobs::JobState::Interrupted };
}

QString StatusText::byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString StatusText::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace saasodoo::ui
