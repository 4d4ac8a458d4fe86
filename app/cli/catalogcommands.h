// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace saasodoo::cli {

// Returns true for the commands that only read and write the catalog:
// host, customer and tenant.
bool isCatalogCommand(const QString &command);

// Runs `arguments` (such as {"host", "add", "--name", ...}) and returns an
// exit code from exitcodes.h. The catalog is the SQLite file given by
// --catalog, else the SAASODOO_CATALOG environment variable, else the
// default path under the application-data directory.
int runCatalogCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace saasodoo::cli
