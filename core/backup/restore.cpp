// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restore.h"

#include "chunkqueue.h"
#include "databaseadmin.h"
#include "dumpfilter.h"
#include "volumecommand.h"

#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/passfile.h"
#include "core/provisioning/odooconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>
#include <QSet>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <atomic>
#include <cstring>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

constexpr qsizetype block = 256 * 1024;
constexpr qint64 psqlBacklog = 4 * 1024 * 1024;

QString archiveError(archive *reader)
{
    const char *text = archive_error_string(reader);
    return text ? QString::fromUtf8(text) : tr("unknown archive error");
}

// Opens the zip at `path` and moves to the member `name`.
Result<archive *> openMember(const QString &path, const QString &name)
{
    archive *reader = archive_read_new();
    archive_read_support_format_zip_seekable(reader);
    const QByteArray nativePath = QFile::encodeName(path);
    if (archive_read_open_filename(reader, nativePath.constData(), size_t(block)) != ARCHIVE_OK) {
        const QString error = archiveError(reader);
        archive_read_free(reader);
        return makeError(tr("Backup file %1 is damaged or truncated: %2").arg(path, error));
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        if (QString::fromUtf8(archive_entry_pathname(entry)) == name)
            return reader;
    }
    archive_read_free(reader);
    return makeError(tr("Backup file %1 has no member %2.").arg(path, name));
}

// Replays SQL from `source` (which returns chunks, an empty array at the
// end, or an error) into psql as the instance's role.
Status replaySql(const ClientTools &tools, const RestoreTarget &target,
    const std::function<Result<QByteArray>()> &source, const RestoreOptions &options,
    const std::atomic_bool &otherFailed, RestoreReport &report, std::atomic<qint64> &bytesRead, qint64 bytesTotal)
{
    postgres::PgEndpoint endpoint = target.adminEndpoint;
    endpoint.user = target.role;
    Result<std::unique_ptr<postgres::PassFile>> passFile = postgres::PassFile::create(endpoint, target.rolePassword);
    if (!passFile.ok())
        return makeError(passFile.error());

    QProcess psql;
    passFile.value()->prepare(psql);
    psql.start(tools.psql(),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("--no-password"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--host=") + endpoint.host,
            QStringLiteral("--port=") + QString::number(endpoint.port), QStringLiteral("--username=") + endpoint.user,
            QStringLiteral("--dbname=") + target.database, QStringLiteral("--file=-") });
    if (!psql.waitForStarted(30000))
        return makeError(tr("Could not start %1: %2").arg(tools.psql(), psql.errorString()));
    const auto killOnReturn = qScopeGuard([&psql] {
        if (psql.state() != QProcess::NotRunning) {
            psql.kill();
            psql.waitForFinished(5000);
        }
    });

    QByteArray errors;
    auto drain = [&] {
        errors += psql.readAllStandardError();
        psql.readAllStandardOutput();
        if (errors.size() > 64 * 1024)
            errors = errors.right(64 * 1024);
    };
    auto psqlFailure = [&]() -> Status {
        psql.waitForFinished(10000);
        drain();
        return makeError(tr("psql stopped the restore of database %1 (exit code %2): %3")
                             .arg(target.database)
                             .arg(psql.exitCode())
                             .arg(QString::fromUtf8(errors).trimmed()));
    };
    auto send = [&](const QByteArray &data) -> Status {
        if (data.isEmpty())
            return {};
        if (psql.state() != QProcess::Running)
            return psqlFailure();
        psql.write(data);
        report.sqlBytes += data.size();
        while (psql.bytesToWrite() > psqlBacklog) {
            if (options.cancellation.isCancelled())
                return makeError(tr("The restore was cancelled."));
            if (psql.state() != QProcess::Running)
                return psqlFailure();
            psql.waitForBytesWritten(100);
            drain();
        }
        return {};
    };

    DumpFilter filter(target.role);
    while (true) {
        if (options.cancellation.isCancelled())
            return makeError(tr("The restore was cancelled."));
        if (otherFailed)
            return makeError(tr("The restore stopped because the filestore copy failed."));
        Result<QByteArray> chunk = source();
        if (!chunk.ok())
            return makeError(chunk.error());
        if (chunk->isEmpty())
            break;
        bytesRead += chunk->size();
        if (options.progress)
            options.progress(bytesRead, bytesTotal);
        if (Status sent = send(filter.feed(chunk.value())); !sent.ok())
            return sent;
        if (!filter.error().isEmpty())
            return makeError(filter.error());
    }
    if (Status sent = send(filter.finish()); !sent.ok())
        return sent;
    if (!filter.error().isEmpty())
        return makeError(filter.error());
    psql.closeWriteChannel();
    while (!psql.waitForFinished(100)) {
        drain();
        if (options.cancellation.isCancelled())
            return makeError(tr("The restore was cancelled."));
        if (psql.state() == QProcess::NotRunning)
            break;
    }
    drain();
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return makeError(tr("psql stopped the restore of database %1 (exit code %2): %3")
                             .arg(target.database)
                             .arg(psql.exitCode())
                             .arg(QString::fromUtf8(errors).trimmed()));
    report.skippedStatements = filter.skipped();
    report.skippedCount = filter.skippedCount();
    report.skippedSummary = filter.skippedSummary();
    return {};
}

Status restoreSqlFromZip(const QString &path, const ClientTools &tools, const RestoreTarget &target,
    const RestoreOptions &options, const std::atomic_bool &otherFailed, RestoreReport &report,
    std::atomic<qint64> &bytesRead, qint64 bytesTotal)
{
    Result<archive *> opened = openMember(path, QString::fromLatin1(dumpMember));
    if (!opened.ok())
        return makeError(opened.error());
    archive *reader = opened.value();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    const qint64 declared = report.summary.dumpBytes;
    qint64 read = 0;
    QByteArray buffer(block, Qt::Uninitialized);
    return replaySql(tools, target,
        [&]() -> Result<QByteArray> {
            const la_ssize_t count = archive_read_data(reader, buffer.data(), size_t(buffer.size()));
            if (count < 0)
                return makeError(tr("Backup file %1 is damaged in dump.sql: %2").arg(path, archiveError(reader)));
            read += count;
            if (declared > 0 && read > declared)
                return makeError(tr("Backup file %1 was rejected: dump.sql expands beyond the %2 bytes its zip "
                                    "directory declares.")
                                     .arg(path)
                                     .arg(declared));
            return QByteArray(buffer.constData(), count);
        },
        options, otherFailed, report, bytesRead, bytesTotal);
}

Status restoreSqlFromCustomDump(const QString &path, const ClientTools &tools, const RestoreTarget &target,
    const RestoreOptions &options, const std::atomic_bool &otherFailed, RestoreReport &report,
    std::atomic<qint64> &bytesRead, qint64 bytesTotal)
{
    // pg_restore turns the archive into a plain script, which then takes the
    // same filtered path into psql as a zip's dump.sql.
    QProcess restore;
    restore.start(tools.pgRestore(), { QStringLiteral("--no-owner"), QStringLiteral("--file=-"), path });
    if (!restore.waitForStarted(30000))
        return makeError(tr("Could not start %1: %2").arg(tools.pgRestore(), restore.errorString()));
    const auto killOnReturn = qScopeGuard([&restore] {
        if (restore.state() != QProcess::NotRunning) {
            restore.kill();
            restore.waitForFinished(5000);
        }
    });
    const Status replayed = replaySql(tools, target,
        [&]() -> Result<QByteArray> {
            while (restore.bytesAvailable() == 0) {
                if (restore.state() == QProcess::NotRunning) {
                    if (restore.exitStatus() != QProcess::NormalExit || restore.exitCode() != 0)
                        return makeError(tr("pg_restore could not read %1: %2")
                                             .arg(path, QString::fromUtf8(restore.readAllStandardError()).trimmed()));
                    return QByteArray();
                }
                restore.waitForReadyRead(100);
            }
            return restore.read(block);
        },
        options, otherFailed, report, bytesRead, bytesTotal);
    return replayed;
}

// Streams the filestore/ members of the zip as a tar into the volume under
// filestore/<name>/, owned by `owner`.
Status restoreFilestore(const QString &path, const RestoreTarget &target, const std::pair<qint64, qint64> &owner,
    const RestoreOptions &options, const std::atomic_bool &otherFailed, RestoreReport &report,
    std::atomic<qint64> &bytesRead, qint64 bytesTotal)
{
    const QString name = target.filestoreName.isEmpty() ? target.database : target.filestoreName;
    ChunkQueue queue;
    docker::DockerStatus uploadStatus;
    QThread *upload = QThread::create([&] {
        QByteArray current;
        qsizetype offset = 0;
        uploadStatus = target.client->putArchive(
            target.containerId, target.dataDirectory,
            [&](char *buffer, qint64 size) -> qint64 {
                if (offset >= current.size()) {
                    current = queue.pop();
                    offset = 0;
                    if (current.isEmpty())
                        return queue.failed() ? -1 : 0;
                }
                const qint64 count = std::min<qint64>(size, current.size() - offset);
                std::memcpy(buffer, current.constData() + offset, size_t(count));
                offset += count;
                return count;
            },
            docker::ArchiveUploadOptions { false, false }, options.cancellation);
        queue.close();
    });
    upload->start();
    bool producerFailed = true;
    const auto joinUpload = qScopeGuard([&] {
        queue.finish(producerFailed);
        upload->wait();
        delete upload;
    });

    archive *writer = archive_write_new();
    const auto freeWriter = qScopeGuard([writer] { archive_write_free(writer); });
    archive_write_set_format_pax_restricted(writer);
    archive_write_set_bytes_in_last_block(writer, 1);
    const auto pushCallback = [](archive *, void *clientData, const void *buffer, size_t length) -> la_ssize_t {
        auto *target = static_cast<ChunkQueue *>(clientData);
        return target->push(QByteArray(static_cast<const char *>(buffer), qsizetype(length))) ? la_ssize_t(length) : -1;
    };
    if (archive_write_open2(writer, &queue, nullptr, pushCallback, nullptr, nullptr) != ARCHIVE_OK)
        return makeError(archiveError(writer));

    archive_entry *out = archive_entry_new();
    const auto freeOut = qScopeGuard([out] { archive_entry_free(out); });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto writeDirectory = [&](const QString &directory) -> Status {
        archive_entry_clear(out);
        archive_entry_set_pathname_utf8(out, directory.toUtf8().constData());
        archive_entry_set_filetype(out, AE_IFDIR);
        archive_entry_set_perm(out, 0755);
        archive_entry_set_uid(out, owner.first);
        archive_entry_set_gid(out, owner.second);
        archive_entry_set_mtime(out, now, 0);
        if (archive_write_header(writer, out) != ARCHIVE_OK)
            return makeError(tr("Writing the filestore to the engine failed: %1")
                                 .arg(uploadStatus.ok() ? archiveError(writer) : uploadStatus.error()));
        return {};
    };
    const QString root = QStringLiteral("filestore/") + name;
    for (const QString &directory : { QStringLiteral("filestore"), root }) {
        if (Status written = writeDirectory(directory); !written.ok())
            return written;
    }

    archive *reader = archive_read_new();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    archive_read_support_format_zip_seekable(reader);
    const QByteArray nativePath = QFile::encodeName(path);
    if (archive_read_open_filename(reader, nativePath.constData(), size_t(block)) != ARCHIVE_OK)
        return makeError(tr("Backup file %1 is damaged or truncated: %2").arg(path, archiveError(reader)));
    QSet<QString> directories;
    QByteArray buffer(block, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    while (true) {
        const int next = archive_read_next_header(reader, &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next < ARCHIVE_WARN)
            return makeError(tr("Backup file %1 is damaged: %2").arg(path, archiveError(reader)));
        if (options.cancellation.isCancelled())
            return makeError(tr("The restore was cancelled."));
        if (otherFailed)
            return makeError(tr("The filestore copy stopped because the database restore failed."));
        const QString member = QString::fromUtf8(archive_entry_pathname(entry));
        if (!member.startsWith(QLatin1String(filestorePrefix)) || archive_entry_filetype(entry) != AE_IFREG)
            continue;
        if (const QString reason = unsafeMemberReason(member); !reason.isEmpty())
            return makeError(tr("Backup file %1 was rejected because %2.").arg(path, reason));
        const QString relative = member.mid(int(qstrlen(filestorePrefix)));
        // Directories first, so the engine does not create them owned by root.
        const QString parent = relative.section(u'/', 0, -2);
        if (!parent.isEmpty() && !directories.contains(parent)) {
            QString partial;
            for (const QString &part : parent.split(u'/')) {
                partial = partial.isEmpty() ? part : partial + u'/' + part;
                if (directories.contains(partial))
                    continue;
                directories.insert(partial);
                if (Status written = writeDirectory(root + u'/' + partial); !written.ok())
                    return written;
            }
        }
        const qint64 size = archive_entry_size(entry);
        archive_entry_clear(out);
        archive_entry_set_pathname_utf8(out, (root + u'/' + relative).toUtf8().constData());
        archive_entry_set_filetype(out, AE_IFREG);
        archive_entry_set_perm(out, 0644);
        archive_entry_set_uid(out, owner.first);
        archive_entry_set_gid(out, owner.second);
        archive_entry_set_size(out, size);
        archive_entry_set_mtime(out, archive_entry_mtime(entry), 0);
        if (archive_write_header(writer, out) != ARCHIVE_OK)
            return makeError(tr("Writing the filestore to the engine failed: %1")
                                 .arg(uploadStatus.ok() ? archiveError(writer) : uploadStatus.error()));
        qint64 copied = 0;
        while (true) {
            const la_ssize_t count = archive_read_data(reader, buffer.data(), size_t(buffer.size()));
            if (count < 0)
                return makeError(tr("Backup file %1 is damaged in %2: %3").arg(path, member, archiveError(reader)));
            if (count == 0)
                break;
            copied += count;
            if (copied > size)
                return makeError(tr("Backup file %1 was rejected: %2 expands beyond its declared size of %3 bytes.")
                                     .arg(path, member)
                                     .arg(size));
            if (archive_write_data(writer, buffer.constData(), size_t(count)) != count)
                return makeError(tr("Writing the filestore to the engine failed: %1")
                                     .arg(uploadStatus.ok() ? archiveError(writer) : uploadStatus.error()));
            bytesRead += count;
        }
        if (copied != size)
            return makeError(tr("Backup file %1 is damaged: %2 is shorter than declared.").arg(path, member));
        ++report.filestoreFiles;
        if (options.progress)
            options.progress(bytesRead, bytesTotal);
    }
    if (archive_write_close(writer) != ARCHIVE_OK)
        return makeError(tr("Writing the filestore to the engine failed: %1")
                             .arg(uploadStatus.ok() ? archiveError(writer) : uploadStatus.error()));
    producerFailed = false;
    queue.finish(false);
    upload->wait();
    if (!uploadStatus.ok())
        return makeError(tr("Copying the filestore into the volume failed: %1").arg(uploadStatus.error()));
    return {};
}

} // namespace

namespace {

// Checks a custom-format dump as checkDumpStatements() checks a zip's
// dump.sql: the plain script that pg_restore makes of it goes through
// DumpFilter. inspectBackup() has read its table of contents already.
Status checkCustomDumpStatements(const QString &path, const QString &role, const CancellationToken &cancellation)
{
    // The newest pg_restore reads the archives of every older pg_dump.
    const QList<ClientTools> installed = findClientTools();
    if (installed.isEmpty())
        return makeError(tr("No pg_restore is installed to check %1: install postgresql-client.").arg(path));
    const QString program = installed.first().pgRestore();

    QProcess script;
    script.start(program, { QStringLiteral("--no-owner"), QStringLiteral("--file=-"), path });
    if (!script.waitForStarted(30000))
        return makeError(tr("Could not start %1: %2").arg(program, script.errorString()));
    const auto killOnReturn = qScopeGuard([&script] {
        if (script.state() != QProcess::NotRunning) {
            script.kill();
            script.waitForFinished(5000);
        }
    });
    DumpFilter filter(role);
    qint64 sqlBytes = 0;
    while (true) {
        if (cancellation.isCancelled())
            return makeError(tr("The restore was cancelled."));
        if (script.bytesAvailable() == 0) {
            if (script.state() == QProcess::NotRunning)
                break;
            script.waitForReadyRead(100);
            continue;
        }
        const QByteArray output = filter.feed(script.read(block));
        sqlBytes += output.trimmed().size();
        if (!filter.error().isEmpty())
            return makeError(tr("Backup file %1 was rejected: %2").arg(path, filter.error()));
    }
    if (script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        return makeError(tr("Backup file %1 was rejected: pg_restore could not read it: %2")
                             .arg(path, QString::fromUtf8(script.readAllStandardError()).trimmed()));
    }
    sqlBytes += filter.finish().trimmed().size();
    if (!filter.error().isEmpty())
        return makeError(tr("Backup file %1 was rejected: %2").arg(path, filter.error()));
    if (sqlBytes == 0)
        return makeError(tr("Backup file %1 was rejected: it contains no SQL statements, so it contains no database.").arg(path));
    return {};
}

} // namespace

Status checkDumpStatements(const QString &path, const BackupSummary &summary, const QString &role,
    const CancellationToken &cancellation)
{
    if (summary.kind != BackupKind::OdooZip)
        return checkCustomDumpStatements(path, role, cancellation);
    Result<archive *> opened = openMember(path, QString::fromLatin1(dumpMember));
    if (!opened.ok())
        return makeError(opened.error());
    archive *reader = opened.value();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    DumpFilter filter(role);
    QByteArray buffer(block, Qt::Uninitialized);
    qint64 sqlBytes = 0;
    while (true) {
        if (cancellation.isCancelled())
            return makeError(tr("The restore was cancelled."));
        const la_ssize_t count = archive_read_data(reader, buffer.data(), size_t(buffer.size()));
        if (count < 0)
            return makeError(tr("Backup file %1 is damaged in dump.sql: %2").arg(path, archiveError(reader)));
        if (count == 0)
            break;
        const QByteArray output = filter.feed(QByteArrayView(buffer.constData(), count));
        sqlBytes += output.trimmed().size();
        if (!filter.error().isEmpty())
            return makeError(tr("Backup file %1 was rejected: %2").arg(path, filter.error()));
    }
    sqlBytes += filter.finish().trimmed().size();
    if (!filter.error().isEmpty())
        return makeError(tr("Backup file %1 was rejected: %2").arg(path, filter.error()));
    if (sqlBytes == 0)
        return makeError(tr("Backup file %1 was rejected: its dump.sql is empty, so it holds no database.").arg(path));
    return {};
}

Status checkFilestoreSpace(const docker::DockerClient &client, const QString &container, const QString &dataDirectory,
    const BackupSummary &summary, const CancellationToken &cancellation, const QString &jobId)
{
    if (summary.kind != BackupKind::OdooZip || summary.filestoreBytes == 0)
        return {};
    const Result<qint64> available = volumeFreeBytes(client, container, dataDirectory, cancellation, jobId);
    if (!available.ok())
        return makeError(available.error());
    return requireFreeSpace(tr("the restored filestore"), tr("the volume at %1 of container %2").arg(dataDirectory, container),
        summary.filestoreBytes, available.value());
}

Result<std::pair<qint64, qint64>> dataDirectoryOwner(const docker::DockerClient &client, const QString &container,
    const QString &dataDirectory, const CancellationToken &cancellation)
{
    QByteArray header;
    const docker::DockerStatus status = client.getArchive(
        container, dataDirectory,
        [&header](QByteArrayView data) {
            header.append(data.constData(), data.size());
            return header.size() < 512;
        },
        cancellation);
    if (!status.ok())
        return makeError(status.error());
    if (header.size() < 512)
        return makeError(tr("The engine sent no tar header for %1.").arg(dataDirectory));
    // ustar: uid and gid are octal text at offsets 108 and 116.
    bool uidOk = false;
    bool gidOk = false;
    const qint64 uid = header.mid(108, 8).replace('\0', "").trimmed().toLongLong(&uidOk, 8);
    const qint64 gid = header.mid(116, 8).replace('\0', "").trimmed().toLongLong(&gidOk, 8);
    if (!uidOk || !gidOk)
        return makeError(tr("Could not read the owner of %1 in container %2.").arg(dataDirectory, container));
    return std::pair { uid, gid };
}

Status resetDatabaseIdentity(postgres::PgConnection &database)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QList<std::pair<QString, QString>> values {
        { QStringLiteral("database.uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("database.secret"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("database.create_date"), now },
    };
    for (const auto &[key, value] : values) {
        const Status set = database.execute(
            QStringLiteral("INSERT INTO ir_config_parameter (key, value, create_date, write_date) "
                           "VALUES ($1, $2, now() at time zone 'UTC', now() at time zone 'UTC') "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, write_date = EXCLUDED.write_date"),
            { key, value });
        if (!set.ok())
            return makeError(tr("Could not set %1 in the restored database: %2").arg(key, set.error()));
    }
    return {};
}

Status setAdminPassword(postgres::PgConnection &database, const QString &password)
{
    // Odoo 16 to 18 verify res_users.password with passlib, whose
    // pbkdf2_sha512 format is the one Odoo writes for a master password.
    const QString hash = provisioning::hashMasterPassword(password);
    const Result<postgres::PgRows> updated = database.query(
        QStringLiteral("UPDATE res_users SET password = $1 WHERE id = (SELECT res_id FROM ir_model_data "
                       "WHERE module = 'base' AND name = 'user_admin' AND model = 'res.users') RETURNING id"),
        { hash });
    if (!updated.ok())
        return makeError(tr("Could not set the admin password in the restored database: %1").arg(updated.error()));
    if (updated->rows.isEmpty())
        return makeError(tr("The restored database has no admin user (base.user_admin), so its admin password "
                            "could not be set."));
    return {};
}

Status setAdminLogin(postgres::PgConnection &database, const QString &login)
{
    // res_users.login is unique, so another user with that login fails here.
    const Result<postgres::PgRows> updated = database.query(
        QStringLiteral("UPDATE res_users SET login = $1 WHERE id = (SELECT res_id FROM ir_model_data "
                       "WHERE module = 'base' AND name = 'user_admin' AND model = 'res.users') RETURNING id"),
        { login });
    if (!updated.ok())
        return makeError(tr("Could not set the admin login %1 in the restored database: %2").arg(login, updated.error()));
    if (updated->rows.isEmpty())
        return makeError(tr("The restored database has no admin user (base.user_admin), so its login could not be "
                            "set to %1.")
                             .arg(login));
    return {};
}

Status neutralizeDatabase(postgres::PgConnection &database)
{
    const QStringList statements {
        QStringLiteral("UPDATE ir_mail_server SET active = false, smtp_user = NULL, smtp_pass = NULL"),
        QStringLiteral("INSERT INTO ir_mail_server (name, smtp_port, smtp_host, smtp_encryption, active, "
                       "smtp_authentication) VALUES ('neutralization - disable emails', 1025, 'invalid', 'none', "
                       "true, 'login')"),
        QStringLiteral("UPDATE ir_cron SET active = false WHERE id NOT IN (SELECT res_id FROM ir_model_data "
                       "WHERE module = 'base' AND name = 'autovacuum_job' AND model = 'ir.cron')"),
        QStringLiteral("INSERT INTO ir_config_parameter (key, value) VALUES ('database.is_neutralized', 'true') "
                       "ON CONFLICT (key) DO UPDATE SET value = 'true'"),
    };
    Status status = database.execute(QStringLiteral("BEGIN"));
    for (const QString &statement : statements) {
        if (!status.ok())
            break;
        status = database.execute(statement);
    }
    if (!status.ok()) {
        database.execute(QStringLiteral("ROLLBACK"));
        return makeError(tr("Could not neutralize the restored database: %1").arg(status.error()));
    }
    return database.execute(QStringLiteral("COMMIT"));
}

Status resetRoleChanges(postgres::PgConnection &admin, const RestoreTarget &target)
{
    const QString role = admin.quoteIdentifier(target.role);
    const Result<QString> hash = admin.encryptPassword(target.rolePassword, target.role);
    if (!hash.ok())
        return makeError(hash.error());
    for (const QString &statement : { QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(role, admin.quoteLiteral(hash.value())),
             QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(role), QStringLiteral("ALTER ROLE %1 RESET ALL").arg(role) }) {
        if (Status done = admin.execute(statement); !done.ok())
            return done;
    }
    // Settings of the role in one database, such as a read-only default
    // that would also block the resets below.
    const Result<postgres::PgRows> perDatabase = admin.query(
        QStringLiteral("SELECT d.datname FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
                       "WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = $1)"),
        { target.role });
    if (!perDatabase.ok())
        return makeError(perDatabase.error());
    for (const QStringList &row : perDatabase->rows) {
        if (Status done = admin.execute(
                QStringLiteral("ALTER ROLE %1 IN DATABASE %2 RESET ALL").arg(role, admin.quoteIdentifier(row.first())));
            !done.ok())
            return done;
    }

    // ALTER DATABASE needs the owner, so these run as the role, from the
    // maintenance database that the role may connect to.
    postgres::PgEndpoint endpoint = target.adminEndpoint;
    endpoint.user = target.role;
    Result<postgres::PgConnection> owner = postgres::PgConnection::open(endpoint, target.rolePassword);
    if (!owner.ok())
        return makeError(owner.error());
    if (Status writable = owner.value().execute(QStringLiteral("SET default_transaction_read_only = off")); !writable.ok())
        return writable;
    const Result<postgres::PgRows> owned = owner.value().query(QStringLiteral(
        "SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)"));
    if (!owned.ok())
        return makeError(owned.error());
    for (const QStringList &row : owned->rows) {
        // The state createOwnedDatabase() leaves: the owner's privileges,
        // none for PUBLIC, no template flag, limit or settings.
        const QString database = owner.value().quoteIdentifier(row.first());
        for (const QString &statement : { QStringLiteral("ALTER DATABASE %1 CONNECTION LIMIT -1").arg(database),
                 QStringLiteral("ALTER DATABASE %1 IS_TEMPLATE false").arg(database),
                 QStringLiteral("ALTER DATABASE %1 RESET ALL").arg(database),
                 QStringLiteral("GRANT ALL ON DATABASE %1 TO %2").arg(database, role),
                 QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
                 QStringLiteral("COMMENT ON DATABASE %1 IS NULL").arg(database) }) {
            if (Status done = owner.value().execute(statement); !done.ok())
                return done;
        }
    }
    return {};
}

Result<RestoreReport> restoreBackup(const QString &path, const RestoreTarget &target, const RestoreOptions &options)
{
    RestoreReport report;
    Result<BackupSummary> summary = inspectBackup(path, options.limits);
    if (!summary.ok())
        return makeError(summary.error());
    report.summary = summary.value();

    Result<postgres::PgConnection> admin = postgres::PgConnection::open(target.adminEndpoint, target.adminPassword);
    if (!admin.ok())
        return makeError(admin.error());
    const Result<bool> exists = databaseExists(admin.value(), target.database);
    if (!exists.ok())
        return makeError(exists.error());
    if (exists.value())
        return makeError(tr("Database %1 already exists on %2, so nothing was restored. Restore under another name, "
                            "or replace the instance's database with an in-place restore.")
                             .arg(target.database, target.adminEndpoint.display()));
    Result<ClientTools> tools = options.clientTools ? Result<ClientTools>(*options.clientTools)
                                                    : chooseClientTools(findClientTools(), admin->serverVersion());
    if (!tools.ok())
        return makeError(tools.error());

    const bool withFilestore = target.client && report.summary.kind == BackupKind::OdooZip;
    std::pair<qint64, qint64> owner { 0, 0 };
    // NOTE: the PostgreSQL server's free disk is not checked. No function
    // that a non-superuser role may call reports it, and the server may run
    // on another machine.
    if (withFilestore) {
        const Status space = checkFilestoreSpace(*target.client, target.containerId, target.dataDirectory,
            report.summary, options.cancellation, target.jobId);
        if (!space.ok())
            return makeError(space.error());
        Result<std::pair<qint64, qint64>> found = dataDirectoryOwner(*target.client, target.containerId, target.dataDirectory, options.cancellation);
        if (!found.ok())
            return makeError(found.error());
        owner = found.value();
    }

    if (Status created = createOwnedDatabase(admin.value(), target.database, target.role); !created.ok())
        return makeError(tr("Could not create database %1: %2").arg(target.database, created.error()));
    const QString filestoreName = target.filestoreName.isEmpty() ? target.database : target.filestoreName;
    bool succeeded = false;
    const auto undo = qScopeGuard([&] {
        if (succeeded)
            return;
        const Status dropped = dropOwnedDatabase(admin.value(), target.database, target.role);
        if (!dropped.ok())
            qCWarning(lcStorage) << "could not drop the half-restored database" << target.database << dropped.error();
        if (withFilestore) {
            const Status removed = runWithVolumes(*target.client, target.containerId,
                { QStringLiteral("rm"), QStringLiteral("-rf"),
                    target.dataDirectory + QStringLiteral("/filestore/") + filestoreName },
                {}, target.jobId);
            if (!removed.ok())
                qCWarning(lcStorage) << "could not remove the half-restored filestore" << filestoreName << removed.error();
        }
    });

    // Odoo creates pg_trgm in every new database; a dump made without it
    // still needs it for Odoo's indexes.
    {
        postgres::PgEndpoint endpoint = target.adminEndpoint;
        endpoint.user = target.role;
        Result<postgres::PgConnection> asRole = postgres::PgConnection::open(endpoint, target.rolePassword, target.database);
        if (!asRole.ok())
            return makeError(asRole.error());
        const Status trigram = asRole.value().execute(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        if (!trigram.ok())
            report.warnings << tr("Could not create the pg_trgm extension: %1").arg(trigram.error());
    }

    std::atomic_bool sqlFailed { false };
    std::atomic_bool filestoreFailed { false };
    std::atomic<qint64> bytesRead { 0 };
    const qint64 bytesTotal = report.summary.kind == BackupKind::OdooZip ? report.summary.uncompressedBytes
                                                                          : report.summary.sizeBytes;
    Status filestoreStatus;
    QThread *filestoreThread = nullptr;
    if (withFilestore && report.summary.filestoreFiles >= 0) {
        filestoreThread = QThread::create([&] {
            filestoreStatus = restoreFilestore(path, target, owner, options, sqlFailed, report, bytesRead, bytesTotal);
            filestoreFailed = !filestoreStatus.ok();
        });
        filestoreThread->start();
    }
    const Status sqlStatus = report.summary.kind == BackupKind::OdooZip
        ? restoreSqlFromZip(path, tools.value(), target, options, filestoreFailed, report, bytesRead, bytesTotal)
        : restoreSqlFromCustomDump(path, tools.value(), target, options, filestoreFailed, report, bytesRead, bytesTotal);
    sqlFailed = !sqlStatus.ok();
    if (filestoreThread) {
        filestoreThread->wait();
        delete filestoreThread;
    }
    // After the replay, whether it succeeded or not. A reset that fails
    // fails the restore, whose copy is then dropped.
    if (const Status reset = resetRoleChanges(admin.value(), target); !reset.ok()) {
        qCWarning(lcStorage) << "could not reset role" << target.role << "after the restore:" << reset.error();
        return makeError(tr("Could not reset role %1 and its databases after the replay, which may have changed "
                            "them: %2")
                             .arg(target.role, reset.error()));
    }
    if (!sqlStatus.ok() && !(filestoreFailed && sqlStatus.error().contains(QLatin1String("filestore copy failed"))))
        return makeError(sqlStatus.error());
    if (!filestoreStatus.ok())
        return makeError(filestoreStatus.error());
    if (!sqlStatus.ok())
        return makeError(sqlStatus.error());

    if (options.newIdentity || options.neutralize || !options.adminPassword.isEmpty() || !options.adminLogin.isEmpty()) {
        postgres::PgEndpoint endpoint = target.adminEndpoint;
        endpoint.user = target.role;
        Result<postgres::PgConnection> asRole = postgres::PgConnection::open(endpoint, target.rolePassword, target.database);
        if (!asRole.ok())
            return makeError(asRole.error());
        if (options.newIdentity) {
            if (Status reset = resetDatabaseIdentity(asRole.value()); !reset.ok())
                return makeError(reset.error());
        }
        if (options.neutralize) {
            if (Status neutralized = neutralizeDatabase(asRole.value()); !neutralized.ok())
                return makeError(neutralized.error());
        }
        if (!options.adminPassword.isEmpty()) {
            if (Status set = setAdminPassword(asRole.value(), options.adminPassword); !set.ok())
                return makeError(set.error());
        }
        if (!options.adminLogin.isEmpty()) {
            if (Status set = setAdminLogin(asRole.value(), options.adminLogin); !set.ok())
                return makeError(set.error());
        }
    }
    succeeded = true;
    return report;
}

} // namespace saasodoo::backup
