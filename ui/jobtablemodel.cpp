// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablemodel.h"

#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using jobs::JobInfo;

JobTableModel::JobTableModel(QObject *parent)
    : RowTableModel<JobInfo>(parent)
{
    using Cell = QVariant;
    setColumns({
        { tr("Job"), [](const JobInfo &job) { return Cell(StatusText::jobTitle(job)); } },
        { tr("State"), [](const JobInfo &job) { return Cell(StatusText::jobState(job.state)); },
            [](const JobInfo &job) { return Cell(int(job.state)); } },
        { tr("Progress"), [](const JobInfo &job) { return Cell(tr("%1 %").arg(job.progress)); },
            [](const JobInfo &job) { return Cell(job.progress); } },
        { tr("Step"), [](const JobInfo &job) { return Cell(job.currentStepName()); } },
        { tr("Created"),
            [](const JobInfo &job) {
                return Cell(QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat));
            },
            [](const JobInfo &job) { return Cell(job.createdAt); } },
        { tr("Elapsed"),
            [](const JobInfo &job) {
                return Cell(StatusText::duration(elapsedSeconds(job, QDateTime::currentDateTimeUtc())));
            },
            [](const JobInfo &job) { return Cell(elapsedSeconds(job, QDateTime::currentDateTimeUtc())); } },
        { tr("Error"), [](const JobInfo &job) { return Cell(job.error); }, nullptr, {},
            [](const JobInfo &job) { return Cell(job.error); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

qint64 JobTableModel::elapsedSeconds(const JobInfo &job, const QDateTime &now)
{
    if (!job.startedAt.isValid())
        return 0;
    const QDateTime end = job.finishedAt.isValid() ? job.finishedAt : now;
    return qMax<qint64>(0, job.startedAt.secsTo(end));
}

QString JobTableModel::statusKey(const JobInfo &row) const
{
    return jobs::stateName(row.state);
}

QString JobTableModel::searchText(const JobInfo &row) const
{
    return StatusText::jobTitle(row) % QLatin1Char(' ') % row.kind % QLatin1Char(' ') % row.error;
}

void JobTableModel::upsert(const JobInfo &job)
{
    const int row = rowOf(job.id);
    if (row >= 0) {
        m_rows[row] = job;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(job);
    endInsertRows();
}

void JobTableModel::remove(const QString &jobId)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

bool JobTableModel::sameContent(const JobInfo &left, const JobInfo &right) const
{
    return left.state == right.state && left.progress == right.progress && left.currentStep == right.currentStep
        && left.error == right.error && left.finishedAt == right.finishedAt && left.startedAt == right.startedAt;
}

} // namespace saasodoo::ui
