// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/jobs/jobtypes.h"

#include <QCoreApplication>

class QDoubleSpinBox;

namespace saasodoo::ui {

// Translated names of the catalog's statuses and types, as the panes show them.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString instanceStatus(catalog::InstanceStatus status);
    static QString customerStatus(catalog::CustomerStatus status);
    static QString hostStatus(catalog::HostStatus status);
    static QString instanceType(catalog::InstanceType type);
    static QString jobState(jobs::JobState state);
    // A readable name for a job kind such as "instance.stop"; an unknown
    // kind is returned as it is.
    static QString jobKind(const QString &kind);
    // The job's title, or the name of its kind for jobs stored without one.
    static QString jobTitle(const jobs::JobInfo &job);

    static QList<catalog::InstanceStatus> allInstanceStatuses();
    static QList<jobs::JobState> allJobStates();

    // Returns "1.5 cores", "1 core" and so on. The plural form follows the
    // value rounded up, so 0.5 reads "0.5 core".
    static QString cores(double cores);
    // The suffix for a spin box of CPU cores showing `cores`: " core" or " cores".
    static QString coresSuffix(double cores);
    // Gives `spinBox` the cores suffix for its value, updated when editing
    // ends. Updating it on every keystroke re-renders the text being typed,
    // which turns 1.25 into 1.2.
    static void attachCoresSuffix(QDoubleSpinBox *spinBox);

    // Returns "1.5 GiB", "512 MiB" and so on, for people (binary units).
    static QString byteSize(qint64 bytes);
    // Returns "1 h 02 min", "3 min 05 s" or "12 s".
    static QString duration(qint64 seconds);
};

} // namespace saasodoo::ui
