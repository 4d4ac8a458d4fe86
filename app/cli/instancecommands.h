// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace saasodoo::cli {

// True for the commands in this file: instance, job, and host check and
// host set-password.
bool isInstanceCommand(const QStringList &arguments);

// Runs `instance <action>`, `job <action>`, `host check` or `host set-password`. Long
// operations run as jobs on worker threads, report their steps on stderr
// and are recorded in the catalog's job history.
int runInstanceCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace saasodoo::cli
