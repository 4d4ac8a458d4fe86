// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontext.h"

#include "jobrunner.h"

#include <QCoreApplication>

namespace saasodoo::jobs {

JobContext::JobContext(JobRunner *runner, QString jobId, CancellationToken token)
    : m_runner(runner)
    , m_jobId(std::move(jobId))
    , m_token(std::move(token))
{
}

void JobContext::beginStep(const QString &name)
{
    m_runner->reportStep(m_jobId, name);
}

void JobContext::declareSteps(const QStringList &names)
{
    m_runner->reportPlannedSteps(m_jobId, names);
}

void JobContext::setProgress(int percent)
{
    m_runner->reportProgress(m_jobId, percent);
}

void JobContext::setTarget(const QString &type, const QString &id)
{
    m_runner->reportTarget(m_jobId, type, id);
}

void JobContext::info(const QString &message)
{
    m_runner->reportLog(m_jobId, QStringLiteral("info"), message);
}

void JobContext::warning(const QString &message)
{
    m_runner->reportLog(m_jobId, QStringLiteral("warning"), message);
}

void JobContext::error(const QString &message)
{
    m_runner->reportLog(m_jobId, QStringLiteral("error"), message);
}

Status JobContext::checkCancelled() const
{
    if (m_token.isCancelled())
        return makeError(QCoreApplication::translate("Jobs", "Cancelled by the admin."));
    return {};
}

} // namespace saasodoo::jobs
