// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/jobs/jobtypes.h"

#include <QHash>

namespace saasodoo::ui {

// The Jobs pane's table, one row per job. The running-jobs dock reads the
// active jobs from it.
class JobTableModel final : public RowTableModel<jobs::JobInfo>
{
    Q_OBJECT

public:
    enum Column { Title, State, Progress, Step, Created, Elapsed, Error, ColumnCount };
    Q_ENUM(Column)

    explicit JobTableModel(QObject *parent = nullptr);

    // Adds the job, or updates its row, with one signal.
    void upsert(const jobs::JobInfo &job);
    void remove(const QString &jobId);
    // Seconds from start to finish, or to `now` while the job runs.
    static qint64 elapsedSeconds(const jobs::JobInfo &job, const QDateTime &now);

    // Names of job targets by id, for jobs recorded without a title: their
    // Job column then shows the kind and the target's name.
    void setTargetNames(const QHash<QString, QString> &names);
    // Ids of the instances whose jobs have no title and whose name is unknown.
    QStringList untitledInstanceIds() const;
    // The job's title, or its kind and target name when it has none.
    QString title(const jobs::JobInfo &job) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString rowId(const jobs::JobInfo &row) const override { return row.id; }
    bool sameContent(const jobs::JobInfo &left, const jobs::JobInfo &right) const override;
    QString statusKey(const jobs::JobInfo &row) const override;
    QString searchText(const jobs::JobInfo &row) const override;

private:
    QHash<QString, QString> m_targetNames;
};

} // namespace saasodoo::ui
