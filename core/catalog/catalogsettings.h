// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/result.h"

#include <optional>

class QSettings;

namespace saasodoo::catalog {

// The catalog chosen in the console's settings, kept in QSettings under
// "catalog/…" without the password. The PostgreSQL password is in the
// keychain under catalogPasswordKey(). The command line (--catalog) and
// SAASODOO_CATALOG take precedence over these settings.

// Returns the saved catalog, or nullopt when none is saved.
std::optional<CatalogConfig> loadCatalogSettings(const QSettings &settings);

// Validates `config` and writes it, never its password. A PostgreSQL
// catalog also records whether a password is kept in the keychain.
Status saveCatalogSettings(QSettings &settings, const CatalogConfig &config, bool passwordInKeychain);

// Returns whether the saved PostgreSQL catalog has its password in the keychain.
bool catalogPasswordInKeychain(const QSettings &settings);

// Keychain key of the catalog's PostgreSQL password.
QString catalogPasswordKey();

// Checks a catalog's fields: an SQLite path whose folder exists or can be
// created, or a PostgreSQL host, port, database and user.
Status validateCatalogConfig(const CatalogConfig &config);

// Opens a connection to `config` and returns a one-line description: the
// server (or file) and the schema version it holds. Blocks for up to
// 10 seconds, so call it on a worker thread.
Result<QString> testCatalogConnection(const CatalogConfig &config);

} // namespace saasodoo::catalog
