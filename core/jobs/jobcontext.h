// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtypes.h"

#include "core/common/cancellation.h"
#include "core/common/result.h"

namespace saasodoo::jobs {

class JobRunner;

// A running job's handle on the runner: it names its steps, reports
// progress, writes log lines and checks for cancellation. It lives on the worker thread that
// runs the job; every call is cheap and never blocks on the UI.
class JobContext
{
public:
    JobContext(JobRunner *runner, QString jobId, CancellationToken token);

    const QString &jobId() const { return m_jobId; }

    // Moves to the named step (one of the planned steps, or a new one) and
    // logs it. Progress is set to the step's share of the whole unless the
    // job reports finer progress itself.
    void beginStep(const QString &name);
    // Declares the steps that follow the current one, for a job that finds
    // them only while it runs, such as a billing run after its planning
    // step. The log then counts "Step N of M", and progress moves by step.
    void declareSteps(const QStringList &names);
    void setProgress(int percent);
    // Points the job at the object it made, such as the instance that a
    // restore as a new instance adds, so that a clean-up after an
    // interrupted run finds it. The change is stored at once.
    void setTarget(const QString &type, const QString &id);

    void info(const QString &message);
    void warning(const QString &message);
    void error(const QString &message);

    bool isCancelled() const { return m_token.isCancelled(); }
    const CancellationToken &token() const { return m_token; }

    // Returns a "cancelled" error when the admin asked to cancel, for a job
    // to return at a step boundary.
    Status checkCancelled() const;

private:
    JobRunner *m_runner;
    QString m_jobId;
    CancellationToken m_token;
};

} // namespace saasodoo::jobs
