// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace saasodoo::cli {

// True for `backup <action>` and `restore`.
bool isBackupCommand(const QStringList &arguments);

// Runs `backup create|list|verify|download|delete|run-due|policy|set-s3-credentials`
// or `restore`. Long operations run as jobs, print their log on stderr and
// are recorded in the catalog's job history.
int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace saasodoo::cli
