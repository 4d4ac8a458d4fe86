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

// True for `backup <action>` and `restore`.
bool isBackupCommand(const QStringList &arguments);

// Runs `backup create|list|show|verify|download|delete|run-due|policy|set-s3-credentials`
// or `restore`. Long operations run as jobs, print their log on stderr and
// are recorded in the catalog's job history.
int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Runs `job resume|cleanup` for an interrupted backup.* job on an instance.
// Such a job cannot be resumed; a clean-up removes its partial backup,
// undoes a half-done restore and puts the instance back in its state.
int takeOverBackupJob(const QString &action, CommandRun &run, const catalog::Job &job, QTextStream &out,
    QTextStream &err);

} // namespace saasodoo::cli
