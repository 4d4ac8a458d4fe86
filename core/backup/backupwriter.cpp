// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"

#include "chunkqueue.h"
#include "zipoutput.h"

#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/passfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <atomic>
#include <utility>

#include <csignal>

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

constexpr qsizetype readBlock = 256 * 1024;
constexpr qsizetype stderrLimit = 64 * 1024;
// On 16 KiB of random bytes the entropy estimate falls short of 8 bits by
// about 0.01 (the estimator's bias, 255 / (2 n ln 2)), far above the 7.5
// threshold, and the per-byte loop stays cheap.
constexpr qsizetype entropySample = 16 * 1024;

// A libpq option that makes a backend check every second, while it runs
// a statement or waits for a lock, that its client is still connected
// (PostgreSQL 14 and newer).
constexpr char connectionCheckOption[] = "-c client_connection_check_interval=1000";

// Runs pg_dump and copies its standard output into the zip's dump.sql as
// the side producer, on its own thread. `stop` ends it early, as a cancel does.
Status copyDump(ZipOutput &zip, const ClientTools &tools, const DatabaseSource &source, int serverVersion,
    const WriterOptions &options, const CancellationToken &stop, qint64 &dumpBytes, std::atomic<qint64> &bytesRead)
{
    constexpr ZipOutput::Producer side = ZipOutput::Producer::Side;
    Result<std::unique_ptr<postgres::PassFile>> passFile = postgres::PassFile::create(source.endpoint, source.password);
    if (!passFile.ok())
        return makeError(passFile.error());

    QProcess dump;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A backend that waits for a table lock reads nothing from its client,
    // so it outlives a killed pg_dump until the lock holder ends. From
    // PostgreSQL 14 on, client_connection_check_interval makes it poll the
    // socket while it waits and end once pg_dump is gone. Older servers
    // reject the unknown setting at connect time, so it is left out there.
    // NOTE: on PostgreSQL 13 and older that backend still waits for the lock.
    if (serverMajorVersion(serverVersion) >= 14) {
        const QString options = environment.value(QStringLiteral("PGOPTIONS"));
        environment.insert(QStringLiteral("PGOPTIONS"),
            (options.isEmpty() ? QString() : options + u' ') + QLatin1String(connectionCheckOption));
    }
    const pid_t parent = ::getpid();
    passFile.value()->prepare(dump, environment, [parent] {
        // pg_dump gets SIGKILL when this process dies, even by SIGKILL, so no
        // dump outlives a killed console or CLI. The kernel sends it when the
        // thread that started pg_dump ends, and this thread ends only after
        // pg_dump has. A parent that died before the prctl() call leaves the
        // child to init, which getppid() shows.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        // A pipe of 1 MiB (Linux's default pipe-max-size) in place of 64 KiB lets
        // pg_dump run ahead while this thread is off the CPU. Failure only costs speed.
        ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1024 * 1024);
    });
    const QStringList arguments { QStringLiteral("--no-owner"), QStringLiteral("--format=plain"),
        QStringLiteral("--no-password"), QStringLiteral("--host=") + source.endpoint.host,
        QStringLiteral("--port=") + QString::number(source.endpoint.port),
        QStringLiteral("--username=") + source.endpoint.user, QStringLiteral("--dbname=") + source.database };
    dump.start(tools.pgDump(), arguments);
    if (!dump.waitForStarted(30000))
        return makeError(tr("Could not start %1: %2").arg(tools.pgDump(), dump.errorString()));
    const auto killOnReturn = qScopeGuard([&dump] {
        if (dump.state() != QProcess::NotRunning) {
            dump.kill();
            dump.waitForFinished(5000);
        }
    });

    if (Status header = zip.beginEntry(QString::fromLatin1(dumpMember), -1, true, 0, side); !header.ok())
        return header;

    QByteArray tail;
    QByteArray errors;
    while (true) {
        if (options.cancellation.isCancelled() || stop.isCancelled())
            return makeError(tr("The backup was cancelled."));
        if (dump.bytesAvailable() == 0) {
            if (dump.state() == QProcess::NotRunning)
                break;
            dump.waitForReadyRead(100);
            errors += dump.readAllStandardError();
            if (errors.size() > stderrLimit)
                errors = errors.right(stderrLimit);
            continue;
        }
        const QByteArray chunk = dump.read(readBlock);
        if (Status written = zip.writeData(chunk, side); !written.ok())
            return written;
        dumpBytes += chunk.size();
        bytesRead += chunk.size();
        if (chunk.size() >= 512) {
            tail = chunk.right(512);
        } else {
            tail.append(chunk);
            if (tail.size() > 512)
                tail = tail.right(512);
        }
    }
    errors += dump.readAllStandardError();
    const QString errorText = QString::fromUtf8(errors).trimmed();
    if (dump.exitStatus() != QProcess::NormalExit)
        return makeError(tr("pg_dump of database %1 crashed: %2").arg(source.database, errorText));
    if (dump.exitCode() != 0)
        return makeError(tr("pg_dump of database %1 failed with exit code %2: %3")
                             .arg(source.database)
                             .arg(dump.exitCode())
                             .arg(errorText));
    if (dumpBytes == 0)
        return makeError(tr("pg_dump of database %1 wrote nothing: %2").arg(source.database, errorText));
    if (!tail.contains(dumpCompleteTrailer))
        return makeError(tr("The dump of database %1 is cut short: it lacks pg_dump's \"dump complete\" trailer.")
                             .arg(source.database));
    if (!errorText.isEmpty())
        qCInfo(lcStorage) << "pg_dump of" << source.database << "wrote to stderr:" << errorText;
    return zip.finishEntry(side);
}

struct TarReadState
{
    ChunkQueue *queue = nullptr;
    QByteArray current;
};

la_ssize_t readFromQueue(archive *, void *clientData, const void **buffer)
{
    auto *state = static_cast<TarReadState *>(clientData);
    state->current = state->queue->pop();
    *buffer = state->current.constData();
    return state->current.size();
}

// A second name of a file in the engine's tar: the tar carries the data
// once, under the first name, and the later names as links to it.
struct HardLink
{
    QString zipName; // the member to write, under filestore/
    QString target; // the first name, relative to the directory the tar was read from
};

// Copies the regular files of the engine's tar of `path` into the zip.
// `zipNameOf` maps a name in the tar to the member name, or to an empty
// string to skip the entry. When `links` is given, a hard link's member
// gets the data of its first name, copied within the zip, or is listed in
// `links` when that name was skipped. Without `links` a hard link is
// skipped. `stop` ends it early, as a cancel does. `reportProgress` is
// called after each file.
Status copyTarEntries(ZipOutput &zip, const FilestoreSource &source, const QString &path,
    const std::function<QString(const QString &)> &zipNameOf, QList<HardLink> *links, const WriterOptions &options,
    const CancellationToken &stop, WrittenBackup &written, std::atomic<qint64> &bytesRead,
    const std::function<void()> &reportProgress, docker::DockerStatus &downloadStatus)
{
    ChunkQueue queue;
    QThread *download = QThread::create([&] {
        // libcurl delivers the body in pieces of 16 KiB at most; handing them
        // over in blocks of readBlock wakes the reading thread far less often.
        QByteArray block;
        downloadStatus = source.client->getArchive(
            source.containerId, path,
            [&queue, &block](QByteArrayView data) {
                if (block.isEmpty())
                    block.reserve(readBlock);
                block.append(data);
                if (block.size() < readBlock)
                    return true;
                return queue.push(std::exchange(block, QByteArray()));
            },
            options.cancellation);
        if (downloadStatus.ok() && !block.isEmpty())
            queue.push(std::move(block));
        queue.finish(!downloadStatus.ok());
    });
    download->start();
    const auto joinDownload = qScopeGuard([&] {
        queue.close();
        download->wait();
        delete download;
    });

    archive *reader = archive_read_new();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    archive_read_support_format_tar(reader);
    TarReadState state { &queue, {} };
    QString readError;
    if (archive_read_open(reader, &state, nullptr, readFromQueue, nullptr) != ARCHIVE_OK) {
        readError = QString::fromUtf8(archive_error_string(reader));
    } else {
        QByteArray block(readBlock, Qt::Uninitialized);
        archive_entry *entry = nullptr;
        while (true) {
            const int next = archive_read_next_header(reader, &entry);
            if (next == ARCHIVE_EOF)
                break;
            if (next < ARCHIVE_WARN) {
                readError = QString::fromUtf8(archive_error_string(reader));
                break;
            }
            if (options.cancellation.isCancelled() || stop.isCancelled())
                return makeError(tr("The backup was cancelled."));
            const QString name = QString::fromUtf8(archive_entry_pathname(entry));
            if (archive_entry_filetype(entry) != AE_IFREG) {
                if (archive_entry_filetype(entry) != AE_IFDIR)
                    written.warnings << tr("Skipped %1 in the filestore: not a regular file.").arg(name);
                continue;
            }
            const QString member = zipNameOf(name);
            if (member.isEmpty())
                continue;
            // The zip reader rejects a backslash in a member name (it is a
            // path separator on Windows), so such a file could never be
            // restored. Odoo's own filestore names are hex digests.
            if (member.contains(u'\\')) {
                written.warnings << tr("Skipped %1 in the filestore: its name contains a backslash, which a zip "
                                       "member name cannot hold. Odoo does not name files so; rename or remove it.")
                                        .arg(name);
                continue;
            }
            if (const char *target = archive_entry_hardlink(entry); target && links) {
                // The engine's tar contains a hard link's data once, under the
                // first name, which came earlier in this tar and is in the
                // zip already, unless it was skipped for its backslash.
                const QString firstName = zipNameOf(QString::fromUtf8(target));
                if (firstName.isEmpty() || firstName.contains(u'\\')) {
                    links->append({ member, QString::fromUtf8(target) });
                    continue;
                }
                if (Status copied = zip.copyEntry(firstName, member); !copied.ok())
                    return copied;
                ++written.filestoreFiles;
                reportProgress();
                continue;
            }

            const la_ssize_t first = archive_read_data(reader, block.data(), size_t(block.size()));
            if (first < 0) {
                readError = QString::fromUtf8(archive_error_string(reader));
                break;
            }
            const QByteArrayView head(block.constData(), first);
            // The entropy check loops over every byte, so it reads only the file's start.
            const bool store = looksCompressed(head.first(std::min<qsizetype>(head.size(), entropySample)), member);
            const qint64 size = archive_entry_size(entry);
            if (Status header = zip.beginEntry(member, size, !store, archive_entry_mtime(entry)); !header.ok())
                return header;
            if (Status data = zip.writeData(head); !data.ok())
                return data;
            bytesRead += first;
            while (true) {
                const la_ssize_t count = archive_read_data(reader, block.data(), size_t(block.size()));
                if (count < 0) {
                    readError = QString::fromUtf8(archive_error_string(reader));
                    break;
                }
                if (count == 0)
                    break;
                if (Status data = zip.writeData(QByteArrayView(block.constData(), count)); !data.ok())
                    return data;
                bytesRead += count;
            }
            if (!readError.isEmpty())
                break;
            ++written.filestoreFiles;
            written.filestoreBytes += size;
            if (store)
                ++written.storedFiles;
            reportProgress();
        }
    }

    queue.close();
    download->wait();
    if (options.cancellation.isCancelled() || stop.isCancelled())
        return makeError(tr("The backup was cancelled."));
    if (!downloadStatus.ok())
        return makeError(tr("Reading the filestore %1 failed: %2").arg(path, downloadStatus.error()));
    if (!readError.isEmpty())
        return makeError(tr("The filestore archive of %1 is unreadable: %2").arg(path, readError));
    return {};
}

// Copies the files of the engine's tar of filestore/<db> into the zip
// under filestore/, dropping the first path component (the database name).
// A file with several names (hard links, as `cp -al` or a dedupe tool
// leaves) is written once for each name.
Status copyFilestore(ZipOutput &zip, const FilestoreSource &source, const QString &database,
    const WriterOptions &options, const CancellationToken &stop, WrittenBackup &written, std::atomic<qint64> &bytesRead,
    const std::function<void()> &reportProgress)
{
    const QString root = source.dataDirectory + QStringLiteral("/filestore/");
    const QString path = root + database;
    QList<HardLink> links;
    docker::DockerStatus downloadStatus;
    const auto zipNameOf = [](const QString &name) {
        const QString relative = name.section(u'/', 1);
        return relative.isEmpty() ? QString() : QString::fromLatin1(filestorePrefix) + relative;
    };
    const Status copied = copyTarEntries(zip, source, path, zipNameOf, &links, options, stop, written, bytesRead,
        reportProgress, downloadStatus);
    if (!copied.ok()) {
        const bool cancelled = options.cancellation.isCancelled() || stop.isCancelled();
        if (!cancelled && !downloadStatus.ok() && downloadStatus.dockerError().isNotFound()
            && written.filestoreFiles == 0) {
            written.warnings << tr("Database %1 has no filestore at %2; the backup holds the database only.")
                                    .arg(database, path);
            return {};
        }
        return copied;
    }

    // The first name of these links was skipped, so their data is read
    // again from a tar of that one file.
    for (const HardLink &link : std::as_const(links)) {
        docker::DockerStatus linkStatus;
        const Status linked = copyTarEntries(
            zip, source, root + link.target, [&link](const QString &) { return link.zipName; }, nullptr, options,
            stop, written, bytesRead, reportProgress, linkStatus);
        if (!linked.ok())
            return makeError(tr("Copying %1, a hard link to %2, failed: %3").arg(link.zipName, link.target, linked.error()));
    }
    return {};
}

} // namespace

Result<QMap<QString, QString>> installedModules(postgres::PgConnection &connection,
    const CancellationToken &cancellation)
{
    // An Odoo module update holds a lock on ir_module_module, so this read
    // can wait for minutes. It stays cancellable while it waits.
    const Result<postgres::PgRows> rows = connection.query(
        QStringLiteral("SELECT name, latest_version FROM ir_module_module WHERE state = 'installed' ORDER BY name"),
        {}, cancellation);
    if (!rows.ok())
        return makeError(tr("Could not read the installed modules of database %1: %2")
                             .arg(connection.database(), rows.error()));
    QMap<QString, QString> modules;
    for (const QStringList &row : rows->rows)
        modules.insert(row.at(0), row.at(1));
    return modules;
}

Result<WrittenBackup> writeBackup(const QString &path, const DatabaseSource &database,
    const FilestoreSource &filestore, const WriterOptions &options)
{
    WrittenBackup written;
    written.path = path;

    Result<postgres::PgConnection> connection
        = postgres::PgConnection::open(database.endpoint, database.password, database.database);
    if (!connection.ok())
        return makeError(connection.error());
    const int serverVersion = connection->serverVersion();
    Result<ClientTools> tools = options.clientTools ? Result<ClientTools>(*options.clientTools)
                                                    : chooseClientTools(findClientTools(), serverVersion);
    if (!tools.ok())
        return makeError(tools.error());
    if (tools->majorVersion < serverMajorVersion(serverVersion))
        return makeError(chooseClientTools({ tools.value() }, serverVersion).error());
    // installedModules() below may wait for a lock, as pg_dump may.
    if (serverMajorVersion(serverVersion) >= 14) {
        const Status checked
            = connection.value().execute(QStringLiteral("SET client_connection_check_interval = 1000"));
        if (!checked.ok())
            return makeError(checked.error());
    }

    Result<QMap<QString, QString>> modules = installedModules(connection.value(), options.cancellation);
    if (!modules.ok())
        return makeError(modules.error());
    written.manifest.databaseName = database.database;
    setOdooVersion(written.manifest, options.odooSeries);
    written.manifest.pgVersion = odooPgVersion(serverVersion);
    written.manifest.modules = modules.value();

    const QString partial = path + QStringLiteral(".partial");
    ZipOutput zip(options.deflateLevel);
    if (Status opened = zip.open(partial); !opened.ok())
        return makeError(opened.error());
    // pg_dump and the filestore copy run at the same time. The engine's
    // archive stream must be read without pauses, so it is the zip's main
    // producer and goes to the file at once. dump.sql is the side producer.
    // Its compressed data waits in memory, up to
    // ZipOutput::Tuning::maxHeldBytes, and then pg_dump's pipe fills and
    // pg_dump waits. The central directory still lists dump.sql first, as
    // Odoo's zip does.
    std::atomic<qint64> bytesRead = 0;
    CancellationToken stop;
    Status dumped;
    QThread *dumpThread = QThread::create([&] {
        dumped = copyDump(zip, tools.value(), database, serverVersion, options, stop, written.dumpBytes, bytesRead);
        if (!dumped.ok())
            stop.cancel();
    });
    dumpThread->start();
    auto removePartial = qScopeGuard([&zip, &partial, &stop, dumpThread] {
        stop.cancel();
        zip.cancel();
        dumpThread->wait();
        delete dumpThread;
        zip.abort();
        QFile::remove(partial);
    });
    const auto reportProgress = [&options, &bytesRead] {
        if (options.progress)
            options.progress(bytesRead.load());
    };
    // The dump's own error explains a stop better than the copy that it ended.
    const auto failure = [&](const QString &message) -> QString {
        if (stop.isCancelled() && dumpThread->wait(30000) && !dumped.ok())
            return dumped.error();
        return message;
    };

    const QByteArray manifest = written.manifest.toJson();
    if (Status header = zip.beginEntry(QString::fromLatin1(manifestMember), manifest.size(), true); !header.ok())
        return makeError(failure(header.error()));
    if (Status data = zip.writeData(manifest); !data.ok())
        return makeError(failure(data.error()));
    if (filestore.client) {
        if (Status copied
            = copyFilestore(zip, filestore, database.database, options, stop, written, bytesRead, reportProgress);
            !copied.ok())
            return makeError(failure(copied.error()));
    }
    if (Status released = zip.releaseSide(); !released.ok())
        return makeError(failure(released.error()));
    while (!dumpThread->wait(200))
        reportProgress();
    reportProgress();
    if (!dumped.ok())
        return makeError(dumped.error());
    Result<ZipOutput::Summary> closed = zip.close();
    if (!closed.ok())
        return makeError(closed.error());

    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return makeError(tr("Could not rename %1 to %2.").arg(partial, path));
    removePartial.dismiss();
    delete dumpThread;
    written.sizeBytes = closed->sizeBytes;
    written.filestoreBytes += closed->copiedBytes;
    written.sha256 = closed->sha256;
    qCInfo(lcStorage) << "backup of" << database.database << "written to" << path << written.sizeBytes << "bytes,"
                      << written.filestoreFiles << "filestore files";
    return written;
}

} // namespace saasodoo::backup
