// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statustext.h"

#include <QDoubleSpinBox>

#include <QHash>
#include <QLocale>

#include <cmath>

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

QString StatusText::cores(double cores)
{
    return tr("%1 core(s)", "CPU cores", int(std::ceil(cores))).arg(QLocale().toString(cores, 'g', 4));
}

QString StatusText::coresSuffix(double cores)
{
    return tr(" core(s)", "suffix of a CPU cores spin box", int(std::ceil(cores)));
}

void StatusText::attachCoresSuffix(QDoubleSpinBox *spinBox)
{
    spinBox->setSuffix(coresSuffix(spinBox->value()));
    QObject::connect(spinBox, &QDoubleSpinBox::editingFinished, spinBox,
        [spinBox] { spinBox->setSuffix(coresSuffix(spinBox->value())); });
    // A value set by code, not typed, updates the suffix at once.
    QObject::connect(spinBox, &QDoubleSpinBox::valueChanged, spinBox, [spinBox](double value) {
        if (!spinBox->hasFocus())
            spinBox->setSuffix(coresSuffix(value));
    });
}

QString StatusText::jobKind(const QString &kind)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("instance.create"), QT_TR_NOOP("Create instance") },
        { QStringLiteral("instance.start"), QT_TR_NOOP("Start instance") },
        { QStringLiteral("instance.stop"), QT_TR_NOOP("Stop instance") },
        { QStringLiteral("instance.restart"), QT_TR_NOOP("Restart instance") },
        { QStringLiteral("instance.suspend"), QT_TR_NOOP("Suspend instance") },
        { QStringLiteral("instance.resume"), QT_TR_NOOP("Resume instance") },
        { QStringLiteral("instance.update"), QT_TR_NOOP("Update instance") },
        { QStringLiteral("instance.update-modules"), QT_TR_NOOP("Update instance modules") },
        { QStringLiteral("instance.set-limits"), QT_TR_NOOP("Change instance limits") },
        { QStringLiteral("instance.set-environment"), QT_TR_NOOP("Change instance environment") },
        { QStringLiteral("instance.remove"), QT_TR_NOOP("Delete instance") },
        { QStringLiteral("instance.delete"), QT_TR_NOOP("Delete instance") },
        { QStringLiteral("instance.cleanup"), QT_TR_NOOP("Clean up instance") },
        { QStringLiteral("backup.create"), QT_TR_NOOP("Back up instance") },
        { QStringLiteral("backup.verify"), QT_TR_NOOP("Verify backup") },
        { QStringLiteral("backup.download"), QT_TR_NOOP("Download backup") },
        { QStringLiteral("backup.delete"), QT_TR_NOOP("Delete backup") },
        { QStringLiteral("backup.restore"), QT_TR_NOOP("Restore backup") },
        { QStringLiteral("backup.restore-new"), QT_TR_NOOP("Restore as new instance") },
        { QStringLiteral("backup.run-due"), QT_TR_NOOP("Run due backups") },
        { QStringLiteral("backup.cleanup"), QT_TR_NOOP("Clean up backup") },
        { QStringLiteral("billing.run"), QT_TR_NOOP("Billing run") },
        { QStringLiteral("billing.invoices"), QT_TR_NOOP("Generate invoices") },
        { QStringLiteral("billing.reactivate"), QT_TR_NOOP("Reactivate instances") },
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(it.value());
}

QString StatusText::jobTitle(const jobs::JobInfo &job)
{
    return job.title.isEmpty() ? jobKind(job.kind) : job.title;
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
