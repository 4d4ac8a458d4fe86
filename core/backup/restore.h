// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupreader.h"
#include "pgclient.h"

#include "core/postgres/pgconnection.h"

#include <functional>
#include <optional>

namespace saasodoo::docker {
class DockerClient;
}

namespace saasodoo::backup {

// The destination of a restore: a NEW database (it must not exist), created by
// the console's role and owned by the instance's role, and a NEW filestore
// directory in the instance's volume.
struct RestoreTarget
{
    postgres::PgEndpoint adminEndpoint; // the console's role on the instance's server
    QString adminPassword;
    QString role; // the instance's own login role, which replays the dump
    QString rolePassword;
    QString database;

    const docker::DockerClient *client = nullptr; // null: restore the database only
    QString containerId; // any container (running or not) that mounts the volume at dataDirectory
    QString dataDirectory = QStringLiteral("/var/lib/odoo");
    QString filestoreName; // directory under filestore/; empty means `database`
    QString jobId; // labels the helper containers, so that a clean-up finds them
};

struct RestoreOptions
{
    // Give the copy a new database.uuid and database.secret, as Odoo's
    // "copy" choice does. Leave it off only when the database moved.
    bool newIdentity = true;
    // Disable outgoing mail and scheduled actions, as Odoo's staging copies do.
    bool neutralize = false;
    // Set as the password of the copy's admin user (base.user_admin), in
    // Odoo's pbkdf2-sha512 format. Empty keeps the backup's password.
    QString adminPassword;
    // Set as the login of the copy's admin user. Empty keeps the backup's.
    QString adminLogin;
    std::optional<ClientTools> clientTools;
    ValidationLimits limits;
    std::function<void(qint64 bytesRead, qint64 bytesTotal)> progress;
    CancellationToken cancellation;
};

struct RestoreReport
{
    BackupSummary summary;
    qint64 sqlBytes = 0;
    int filestoreFiles = 0;
    QStringList skippedStatements; // statements dropped for lack of ownership, for the job log
    int skippedCount = 0;
    QStringList skippedSummary; // one sentence per reason, for the job log
    QStringList warnings;
};

// Restores `path` (an Odoo zip or a custom-format dump) into the new
// database and filestore directory of `target`: psql -X -v ON_ERROR_STOP=1
// as the instance's role, fed through DumpFilter, while the filestore
// streams into the volume through the engine's archive API, owned by the
// user Odoo runs as. Both run at the same time. Any SQL error, a damaged
// member, a zip that expands beyond its declared size or cancellation
// fails the restore, and then the new database and directory are removed,
// so nothing that existed before is touched.
Result<RestoreReport> restoreBackup(const QString &path, const RestoreTarget &target, const RestoreOptions &options);

// Puts back what SQL run as the instance's role may have changed outside
// its objects. The role gets target.rolePassword again, and its connection
// limit and settings (also per database) are reset. Every database the
// role owns, the live one included, loses any connection limit, template
// flag, setting, privilege and comment that createOwnedDatabase() does not
// set, because the console sets none of them. restoreBackup() runs
// it after every replay; an in-place restore also before its safety
// backup, so that an earlier hostile restore cannot block it.
// NOTE: objects inside a database (triggers, defaults) can still run SQL
// as the role during a replay; a replay as a throwaway role would stop that.
Status resetRoleChanges(postgres::PgConnection &admin, const RestoreTarget &target);

// Gives a restored copy a new database.uuid, database.secret and
// database.create_date, as Odoo's ir.config_parameter init(force=True) does.
Status resetDatabaseIdentity(postgres::PgConnection &database);

// Neutralizes a copy as Odoo's base neutralize.sql does: every mail server
// deactivated with its login and password blanked, a dummy server
// ("invalid":1025) added, every scheduled action but the autovacuum job
// deactivated, and database.is_neutralized set.
Status neutralizeDatabase(postgres::PgConnection &database);

// Reads the dump.sql of an Odoo zip through DumpFilter without running it,
// so that a dump the restore would reject, or an empty one, is rejected
// before anything changes. For a custom-format dump, the script that
// pg_restore makes of it goes through DumpFilter, which also reads all its data.
Status checkDumpStatements(const QString &path, const BackupSummary &summary, const QString &role,
    const CancellationToken &cancellation = {});

// Rejects a restore whose filestore (the archive's uncompressed filestore/
// members) does not fit in the free space of the volume that `container`
// mounts at `dataDirectory`, read through a short helper container or an
// exec as volumeFreeBytes() does.
Status checkFilestoreSpace(const docker::DockerClient &client, const QString &container, const QString &dataDirectory,
    const BackupSummary &summary, const CancellationToken &cancellation = {}, const QString &jobId = {});

// Sets the password of the admin user (base.user_admin) of an Odoo
// database, hashed as Odoo stores it, so that the copy signs in with the
// password the console keeps in the keychain.
Status setAdminPassword(postgres::PgConnection &database, const QString &password);

// Sets the login of the admin user (base.user_admin) of an Odoo database.
Status setAdminLogin(postgres::PgConnection &database, const QString &login);

// The uid and gid that own `dataDirectory` in `container`, read from the
// first tar header the engine sends: the user the Odoo image runs as.
Result<std::pair<qint64, qint64>> dataDirectoryOwner(const docker::DockerClient &client, const QString &container,
    const QString &dataDirectory = QStringLiteral("/var/lib/odoo"), const CancellationToken &cancellation = {});

} // namespace saasodoo::backup
