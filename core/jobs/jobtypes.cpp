// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtypes.h"

namespace saasodoo::jobs {

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("unknown");
}

bool isFinal(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

QString JobInfo::currentStepName() const
{
    return currentStep >= 0 && currentStep < steps.size() ? steps.at(currentStep) : QString();
}

} // namespace saasodoo::jobs
