// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/jobs/jobtypes.h"

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

protected:
    QString rowId(const jobs::JobInfo &row) const override { return row.id; }
    bool sameContent(const jobs::JobInfo &left, const jobs::JobInfo &right) const override;
    QString statusKey(const jobs::JobInfo &row) const override;
    QString searchText(const jobs::JobInfo &row) const override;
};

} // namespace saasodoo::ui
