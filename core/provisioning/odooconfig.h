// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace saasodoo::provisioning {

// The settings written to an instance's Odoo configuration file. The file
// carries the database password, so it lives in the instance's volume with
// mode 0600 and is named by ODOO_RC; nothing secret goes into the
// container's environment or command, where `docker inspect` shows it.
struct OdooConfig
{
    QString dbHost;
    int dbPort = 5432;
    QString dbUser;
    QString dbPassword;
    QString dbName;
    QString adminPasswordHash; // master password, as hashMasterPassword() returns it
    int workers = 0;
    int maxCronThreads = 1;
    QString dataDir = QStringLiteral("/var/lib/odoo");
    QString addonsPath = QStringLiteral("/mnt/extra-addons");
};

// Odoo's own defaults for the per-worker memory limits (odoo/tools/config.py,
// --limit-memory-soft and --limit-memory-hard, in bytes).
inline constexpr qint64 odooLimitMemorySoft = 2048LL * 1024 * 1024;
inline constexpr qint64 odooLimitMemoryHard = 2560LL * 1024 * 1024;

// Renders the [options] section Odoo reads. With list_db = False the
// database manager is off, and dbfilter pins the one database.
QByteArray renderOdooConfig(const OdooConfig &config);

// Hashes a master password the way Odoo stores admin_passwd: passlib's
// pbkdf2_sha512 format, "$pbkdf2-sha512$<rounds>$<salt>$<checksum>" with
// passlib's adapted base64 ('.' for '+', no padding).
QString hashMasterPassword(const QString &password, int rounds = 210000);

// Hashes a user's login password as res.users stores it in Odoo 17.0 and
// 18.0: the same passlib pbkdf2_sha512 format with 600,000 rounds, the
// default of their CryptContext. It takes about a second on one core.
QString hashUserPassword(const QString &password, int rounds = 600000);

} // namespace saasodoo::provisioning
