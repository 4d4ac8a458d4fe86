// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablemodel.h"

#include "itemroles.h"
#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using jobs::JobInfo;

JobTableModel::JobTableModel(QObject *parent)
    : RowTableModel<JobInfo>(parent)
{
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = m_rows.at(index.row());

    switch (role) {
    case IdRole:
        return job.id;
    case StatusRole:
        return jobs::stateName(job.state);
    case SearchRole:
        return QString(job.title % QLatin1Char(' ') % job.kind % QLatin1Char(' ') % job.error);
    case Qt::ToolTipRole:
        if (index.column() == Error)
            return job.error;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Title: return job.title.isEmpty() ? job.kind : job.title;
    case State: return sorting ? QVariant(int(job.state)) : QVariant(StatusText::jobState(job.state));
    case Progress: return sorting ? QVariant(job.progress) : QVariant(tr("%1 %").arg(job.progress));
    case Step: return job.currentStepName();
    case Created:
        return sorting ? QVariant(job.createdAt)
                       : QVariant(QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Elapsed: {
        const qint64 seconds = elapsedSeconds(job, QDateTime::currentDateTimeUtc());
        return sorting ? QVariant(seconds) : QVariant(StatusText::duration(seconds));
    }
    case Error: return job.error;
    case ColumnCount: break;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title: return tr("Job");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Step: return tr("Step");
    case Created: return tr("Created");
    case Elapsed: return tr("Elapsed");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
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
