// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace saasodoo::cli {

// Reads one secret line from standard input, where secrets come from (never
// an argument, which other users can see in the process list). On a
// terminal it prints `prompt` to `err` and turns echo off while the admin
// types. Only the line ending is removed: spaces belong to the secret.
// Empty when nothing was read.
QString readSecretLine(QTextStream &err, const QString &prompt);

} // namespace saasodoo::cli
