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
        // data() puts the target's name into untitled jobs.
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
        { tr("Error"), [](const JobInfo &job) { return Cell(job.error.section(u'\n', 0, 0)); }, nullptr, {},
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

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Title && (role == Qt::DisplayRole || role == SortRole)
        && index.row() < rowCount())
        return title(m_rows.at(index.row()));
    return RowTableModel<JobInfo>::data(index, role);
}

void JobTableModel::setTargetNames(const QHash<QString, QString> &names)
{
    m_targetNames.insert(names);
    if (rowCount() > 0)
        emit dataChanged(index(0, Title), index(rowCount() - 1, Title));
}

QStringList JobTableModel::untitledInstanceIds() const
{
    QStringList ids;
    for (const JobInfo &job : m_rows) {
        if (job.title.isEmpty() && job.targetType == QLatin1String("instance") && !job.targetId.isEmpty()
            && !m_targetNames.contains(job.targetId) && !ids.contains(job.targetId))
            ids.append(job.targetId);
    }
    return ids;
}

QString JobTableModel::title(const JobInfo &job) const
{
    if (!job.title.isEmpty())
        return job.title;
    const QString name = m_targetNames.value(job.targetId);
    if (name.isEmpty())
        return StatusText::jobTitle(job);
    //: %1 is a job kind such as "Stop instance", %2 the instance's name.
    return tr("%1 %2").arg(StatusText::jobKind(job.kind), name);
}

QString JobTableModel::statusKey(const JobInfo &row) const
{
    return jobs::stateName(row.state);
}

QString JobTableModel::searchText(const JobInfo &row) const
{
    return title(row) % QLatin1Char(' ') % row.kind % QLatin1Char(' ') % row.error;
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
