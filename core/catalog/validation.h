// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The catalog's input rules, in one place for the catalog, the CLI and the
// UI. Each failure message names the field, the value and the rule, and is
// translated in the "Catalog" context.
namespace saasodoo::catalog {

// Environment variables that the provisioner sets itself, so an instance's
// environment map may not contain them.
QStringList reservedEnvironmentKeys();

// The Odoo series the console can run.
QStringList supportedOdooVersions();

// Rejects an empty value, one longer than maxLength and one that contains
// a control character (Unicode category Cc).
Status validateRequiredText(const QString &field, const QString &value, int maxLength = 200);
// Rejects a value longer than maxLength or with a control character; a
// multiLine value may contain line feeds, carriage returns and tabs.
Status validateFreeText(const QString &field, const QString &value, int maxLength, bool multiLine);
// An instance name: required, at most 100 characters, and not starting
// with '-', which command lines would read as an option.
Status validateInstanceName(const QString &value);
// The database name and subdomain that instance create derives for instance
// `name` of the tenant with slug `tenantSlug`: "<slug>_<name>" with '-' as
// '_', and "<slug>-<name>".
QString derivedDatabaseName(const QString &tenantSlug, const QString &name);
QString derivedSubdomain(const QString &tenantSlug, const QString &name);
// Checks a new instance's name as instance create does: the name itself,
// the database name derived from it unless `databaseGiven`, and the
// subdomain derived from it. The message names the derived value.
Status validateNewInstanceName(const QString &tenantSlug, const QString &name, bool databaseGiven = false);
Status validateEmail(const QString &field, const QString &value);
// Returns the phone number in E.164 form. Accepts Zimbabwe mobile numbers as
// 07XXXXXXXX, 2637XXXXXXXX or +2637XXXXXXXX and other countries as
// +<country code><number>, with spaces, dashes, dots and brackets anywhere.
// An empty value stays empty.
Result<QString> normalizePhone(const QString &value);
Status validateCountryCode(const QString &value);
Status validateSlug(const QString &value);
Status validateSubdomain(const QString &value);
Status validateDomain(const QString &field, const QString &value);
Status validateDatabaseName(const QString &value);
Status validateEnvironmentKey(const QString &key);
Status validateEnvironment(const QMap<QString, QString> &environment);
Status validateModuleNames(const QString &field, const QStringList &modules);
// Rejects a module that is both to be installed and disabled (Odoo would
// install it anyway), and disabling base or web, which Odoo always installs.
Status validateModuleConflict(const QStringList &addons, const QStringList &disabled);
// Returns the number of bytes in "512M", "2G", "1.5G", "10G" or "1048576".
// Units are binary as in Docker (1M = 1024 * 1024 bytes); K, M, G and T
// may carry a trailing "i", "B" or "iB".
Result<qint64> parseByteSize(const QString &field, const QString &text);
// Returns the shortest of "1.5G", "512M" or a byte count that parses back
// to `bytes`.
QString formatByteSize(qint64 bytes);
// The smallest limits one instance takes, which validateCpu,
// validateMemoryLimit and validateStorageLimit enforce. The Docker engine
// rejects a CPU quota under 0.01 of a core and a memory limit under 6 MiB.
inline constexpr int minInstanceCpuMillicores = 10;
inline constexpr qint64 minInstanceMemoryBytes = 6 * 1024 * 1024;
inline constexpr qint64 minInstanceStorageBytes = 1024 * 1024;
Status validateMemoryLimit(const QString &field, qint64 bytes);
Status validateStorageLimit(const QString &field, qint64 bytes);
Status validateCpu(const QString &field, double cores);
Status validateOdooVersion(const QString &value);
Status validateImageTag(const QString &odooVersion, const QString &tag);
Status validateImageRepository(const QString &value);
// An empty name is valid: the host then uses the program's default network.
Status validateDockerNetwork(const QString &value);
Status validateDockerEndpoint(const QString &value);
Status validateTlsReference(const QString &field, const QString &value);
Status validatePort(const QString &field, int port);
Status validatePortRange(int start, int end);
Status validateSha256(const QString &value);
Status validateUuid(const QString &field, const QString &value);

// Record checks. Each trims text fields and rewrites values that have a
// canonical form (phone to E.164, country and email domain case), then
// checks every field and returns the first failure.
Status normalizeAndValidate(Customer &customer);
Status normalizeAndValidate(Tenant &tenant);
// Whether a host's pgPasswordRef names a PostgreSQL password entry in the
// keychain ("host/<id>/pg-password") rather than some other secret.
bool isPgPasswordReference(const QString &key);

Status normalizeAndValidate(Host &host);
Status normalizeAndValidate(Instance &instance);
Status normalizeAndValidate(Backup &backup);
Status validateBackupPolicy(const BackupPolicy &policy);

} // namespace saasodoo::catalog
