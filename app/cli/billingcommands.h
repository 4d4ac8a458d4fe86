// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace saasodoo::catalog {
struct Job;
}

namespace saasodoo::cli {

class CommandRun;

// Returns true for plan, subscription, invoice, payment, billing and dunning.
bool isBillingCommand(const QString &command);

// Returns true when the command writes a PDF, which needs a QGuiApplication.
bool billingCommandNeedsGui(const QStringList &arguments);

// Runs a billing command and returns an exit code from exitcodes.h.
int runBillingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Returns true for the billing jobs that `job resume` can run again:
// billing.run, billing.invoices and billing.reactivate.
bool isBillingJobKind(const QString &kind);

// Runs `job resume` for an interrupted billing job: the billing run of the
// same day, or the reactivation of the same subscription, runs again and
// finishes what the interrupted job left. `job cleanup` has nothing to undo.
int takeOverBillingJob(const QString &action, CommandRun &run, const catalog::Job &job, QTextStream &out,
    QTextStream &err);

} // namespace saasodoo::cli
