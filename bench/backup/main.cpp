// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_backup [--db-mb N] [--files-mb N] [--keep]
//
// Generates a database of about N MB of dump text and a filestore of about
// N MB (half random bytes, half text, 100 KiB files) in a volume, then
// times, in one run: this engine's backup and restore; pg_dump to
// /dev/null plus the filestore tar read and discarded (the floor); and
// pg_dump to a file plus the filestore copied out plus Python's zipfile
// with deflate (what Odoo's database manager does). Restore is compared
// with psql replaying the same dump plus the filestore tar extracted into
// the volume. Reads the harness variables (source the harness env file).
#include "core/backup/backupwriter.h"
#include "core/backup/databaseadmin.h"
#include "core/backup/pgclient.h"
#include "core/backup/restore.h"
#include "core/docker/dockerclient.h"
#include "core/postgres/passfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <cstring>

using namespace saasodoo;
using namespace saasodoo::backup;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_backup: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result.ok())
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error());
    return std::move(result).value();
}

void check(const Status &status, const char *what)
{
    if (!status.ok())
        die(QString::fromLatin1(what) + QStringLiteral(": ") + status.error());
}

// A tar of generated filestore files, produced on demand for putArchive.
class FilestoreGenerator
{
public:
    FilestoreGenerator(QString root, qint64 totalBytes, qint64 fileBytes, qint64 uid, qint64 gid)
        : m_root(std::move(root)), m_total(totalBytes), m_fileBytes(fileBytes), m_uid(uid), m_gid(gid)
    {
        m_writer = archive_write_new();
        archive_write_set_format_pax_restricted(m_writer);
        archive_write_set_bytes_in_last_block(m_writer, 1);
        archive_write_open2(m_writer, this, nullptr, &FilestoreGenerator::append, nullptr, nullptr);
    }
    ~FilestoreGenerator() { archive_write_free(m_writer); }

    qint64 read(char *buffer, qint64 size)
    {
        while (m_buffer.size() - m_offset < size && !m_done)
            produce();
        const qint64 count = std::min<qint64>(size, m_buffer.size() - m_offset);
        std::memcpy(buffer, m_buffer.constData() + m_offset, size_t(count));
        m_offset += count;
        if (m_offset > 1024 * 1024) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
        return count;
    }

private:
    static la_ssize_t append(archive *, void *self, const void *data, size_t length)
    {
        static_cast<FilestoreGenerator *>(self)->m_buffer.append(static_cast<const char *>(data), qsizetype(length));
        return la_ssize_t(length);
    }

    void entry(const QString &path, bool directory, const QByteArray &data = {})
    {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, path.toUtf8().constData());
        archive_entry_set_filetype(e, directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, directory ? 0755 : 0644);
        archive_entry_set_uid(e, m_uid);
        archive_entry_set_gid(e, m_gid);
        archive_entry_set_size(e, data.size());
        archive_entry_set_mtime(e, QDateTime::currentSecsSinceEpoch(), 0);
        archive_write_header(m_writer, e);
        if (!directory)
            archive_write_data(m_writer, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }

    void produce()
    {
        if (m_written == 0 && m_index == 0) {
            entry(QStringLiteral("filestore"), true);
            entry(m_root, true);
            for (int i = 0; i < 256; ++i)
                entry(m_root + QStringLiteral("/%1").arg(i, 2, 16, QLatin1Char('0')), true);
        }
        if (m_written >= m_total) {
            archive_write_close(m_writer);
            m_done = true;
            return;
        }
        QByteArray data(m_fileBytes, Qt::Uninitialized);
        if (m_index % 2 == 0) {
            QRandomGenerator generator { quint32(m_index) };
            generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        } else {
            data.clear();
            while (data.size() < m_fileBytes)
                data += "Invoice line " + QByteArray::number(m_index) + " for customer Acme (Pvt) Ltd, Harare; qty "
                    + QByteArray::number(data.size() % 97) + "\n";
            data.truncate(m_fileBytes);
        }
        const QByteArray hash = QCryptographicHash::hash(QByteArray::number(m_index), QCryptographicHash::Sha1).toHex();
        entry(m_root + u'/' + QString::fromLatin1(hash.left(2)) + u'/' + QString::fromLatin1(hash), false, data);
        m_written += data.size();
        ++m_index;
    }

    archive *m_writer = nullptr;
    QString m_root;
    qint64 m_total;
    qint64 m_fileBytes;
    qint64 m_uid;
    qint64 m_gid;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    qint64 m_written = 0;
    qint64 m_index = 0;
    bool m_done = false;
};

// Drops a database the bench created. DROP DATABASE ... WITH (FORCE) fails
// while an autovacuum worker, which the role may not terminate, analyzes a
// freshly loaded database, so this retries for up to a minute.
void dropDatabase(postgres::PgConnection &admin, const QString &database, const QString &role)
{
    Status dropped;
    for (int attempt = 0; attempt < 30; ++attempt) {
        dropped = dropOwnedDatabase(admin, database, role);
        if (dropped.ok())
            return;
        QThread::sleep(2);
    }
    check(dropped, "drop database");
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The 1-minute load average, from /proc/loadavg.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

// Resets this process's peak resident set size (Linux 4.0 and later).
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// Returns the peak resident set size in MB since the last reset (VmHWM).
double peakRssMb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

int runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    const QString &stdoutFile = {}, const QString &stdinFile = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError()));
    return process.exitCode();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 dbMb = 200;
    qint64 filesMb = 200;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db-mb") && i + 1 < args.size())
            dbMb = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--files-mb") && i + 1 < args.size())
            filesMb = args.at(++i).toLongLong();
        else
            die(QStringLiteral("usage: bench_backup [--db-mb N] [--files-mb N] (defaults 200 and 200; 1000 for the 1 GB case)"));
    }
    if (env("SAASODOO_TEST_PG_PORT").isEmpty())
        die(QStringLiteral("source the harness env file first (SAASODOO_TEST_* variables are missing)"));

    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString role = QStringLiteral("bench_") + id;
    const QString database = QStringLiteral("bench_") + id;
    const QString rolePassword = QUuid::createUuid().toString(QUuid::Id128);
    const postgres::PgEndpoint adminEndpoint { env("SAASODOO_TEST_PG_HOST"), env("SAASODOO_TEST_PG_PORT").toInt(),
        env("SAASODOO_TEST_PG_ADMIN_USER") };
    const QString adminPassword = env("SAASODOO_TEST_PG_ADMIN_PASSWORD");
    postgres::PgEndpoint roleEndpoint = adminEndpoint;
    roleEndpoint.user = role;

    auto admin = check(postgres::PgConnection::open(adminEndpoint, adminPassword), "connect as admin");
    const QString hash = check(admin.encryptPassword(rolePassword, role), "hash password");
    check(admin.execute(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(admin.quoteIdentifier(role), admin.quoteLiteral(hash))),
        "create role");
    check(createOwnedDatabase(admin, database, role), "create database");

    docker::Endpoint endpoint;
    endpoint.host = env("SAASODOO_TEST_DOCKER_HOST");
    docker::DockerClient client(endpoint);
    const QString volume = QStringLiteral("saasodoo-bench-") + id;
    docker::VolumeSpec volumeSpec;
    volumeSpec.name = volume;
    const auto createdVolume = client.createVolume(volumeSpec);
    if (!createdVolume.ok())
        die(createdVolume.error());
    docker::ContainerSpec spec;
    spec.name = volume;
    spec.image = env("SAASODOO_TEST_STANDIN_IMAGE") + QStringLiteral(":18.0");
    spec.volumeMounts = { docker::VolumeMount { volume, QStringLiteral("/var/lib/odoo"), false } };
    const auto container = client.createContainer(spec);
    if (!container.ok())
        die(container.error());
    const QString containerId = container->id;

    QTemporaryDir work;
    int exitCode = 0;
    {
        std::printf("Generating %lld MB of table data and %lld MB of filestore...\n", dbMb, filesMb);
        std::fflush(stdout);
        auto asRole = check(postgres::PgConnection::open(roleEndpoint, rolePassword, database), "connect as role");
        const QStringList statements {
            QStringLiteral("CREATE TABLE ir_module_module (id serial, name varchar, state varchar, latest_version varchar)"),
            QStringLiteral("INSERT INTO ir_module_module (name, state, latest_version) VALUES ('base', 'installed', '18.0.1.3')"),
            QStringLiteral("CREATE TABLE bench_rows AS SELECT i AS id, md5(i::text) AS ref, "
                           "repeat('lorem ipsum dolor ', 6) || i AS body, now() AS created FROM generate_series(1, %1) i")
                .arg(dbMb * 1000000 / 170),
            QStringLiteral("ALTER TABLE bench_rows ADD PRIMARY KEY (id)"),
            QStringLiteral("CREATE INDEX ON bench_rows (ref)"),
        };
        for (const QString &statement : statements)
            check(asRole.execute(statement), "generate rows");
        const auto owner = check(dataDirectoryOwner(client, containerId), "data directory owner");
        FilestoreGenerator generator(QStringLiteral("filestore/") + database, filesMb * 1000000, 100 * 1024, owner.first, owner.second);
        const docker::DockerStatus uploaded = client.putArchive(containerId, QStringLiteral("/var/lib/odoo"),
            [&generator](char *buffer, qint64 size) { return generator.read(buffer, size); });
        if (!uploaded.ok())
            die(uploaded.error());

        const ClientTools tools = check(chooseClientTools(findClientTools(), admin.serverVersion()), "client tools");
        auto passFile = check(postgres::PassFile::create(roleEndpoint, rolePassword), "passfile");
        const QProcessEnvironment pgEnv = passFile->environment();
        const QStringList connection { QStringLiteral("--host=") + roleEndpoint.host,
            QStringLiteral("--port=") + QString::number(roleEndpoint.port), QStringLiteral("--username=") + role,
            QStringLiteral("--no-password") };

        // (a) the floor: pg_dump to /dev/null, then the filestore tar read and discarded.
        QStringList loads { loadAverage() };
        QElapsedTimer timer;
        timer.start();
        runProcess(tools.pgDump(), QStringList { QStringLiteral("--no-owner"), QStringLiteral("--dbname=") + database } + connection,
            pgEnv, QStringLiteral("/dev/null"));
        const double floorDump = seconds(timer);
        timer.restart();
        qint64 tarBytes = 0;
        client.getArchive(containerId, QStringLiteral("/var/lib/odoo/filestore/") + database, [&tarBytes](QByteArrayView data) {
            tarBytes += data.size();
            return true;
        });
        const double floorTar = seconds(timer);
        const double floor = floorDump + floorTar;

        // (b) Odoo's method: pg_dump to a file, filestore copied out, Python zipfile with deflate.
        const QString odooDir = work.filePath(QStringLiteral("odoo"));
        QDir().mkpath(odooDir + QStringLiteral("/filestore"));
        timer.restart();
        runProcess(tools.pgDump(),
            QStringList { QStringLiteral("--no-owner"), QStringLiteral("--file=") + odooDir + QStringLiteral("/dump.sql"),
                QStringLiteral("--dbname=") + database } + connection,
            pgEnv);
        {
            QProcess untar;
            untar.setWorkingDirectory(odooDir + QStringLiteral("/filestore"));
            untar.start(QStringLiteral("tar"), { QStringLiteral("-x"), QStringLiteral("--strip-components=1"), QStringLiteral("-f"), QStringLiteral("-") });
            untar.waitForStarted();
            client.getArchive(containerId, QStringLiteral("/var/lib/odoo/filestore/") + database, [&untar](QByteArrayView data) {
                untar.write(data.constData(), data.size());
                while (untar.bytesToWrite() > 4 * 1024 * 1024)
                    untar.waitForBytesWritten(100);
                return true;
            });
            untar.closeWriteChannel();
            untar.waitForFinished(-1);
        }
        const QString script = QStringLiteral(
            "import os, sys, zipfile\n"
            "path = sys.argv[1]\n"
            "with zipfile.ZipFile(sys.argv[2], 'w', compression=zipfile.ZIP_DEFLATED, allowZip64=True) as z:\n"
            "    for d, _, files in os.walk(path):\n"
            "        for n in sorted(files, key=lambda n: n != 'dump.sql'):\n"
            "            f = os.path.join(d, n)\n"
            "            z.write(f, f[len(path) + 1:])\n");
        runProcess(QStringLiteral("python3"), { QStringLiteral("-c"), script, odooDir, work.filePath(QStringLiteral("odoo.zip")) },
            QProcessEnvironment::systemEnvironment());
        const double odoo = seconds(timer);
        loads << loadAverage();

        // This engine.
        const QString ours = work.filePath(QStringLiteral("ours.zip"));
        WriterOptions options;
        options.odooSeries = QStringLiteral("18.0");
        options.clientTools = tools;
        resetPeakRss();
        const double rssBefore = peakRssMb();
        timer.restart();
        const WrittenBackup written = check(writeBackup(ours,
            DatabaseSource { roleEndpoint, rolePassword, database }, FilestoreSource { &client, containerId }, options),
            "backup");
        const double backup = seconds(timer);
        const double backupRss = peakRssMb();
        loads << loadAverage();
        const double inputMb = double(QFileInfo(odooDir + QStringLiteral("/dump.sql")).size() + written.filestoreBytes) / 1e6;

        // Restore: psql -f dump.sql into a fresh database plus the filestore tar extracted (the baseline) ...
        const QString baselineDb = database + QStringLiteral("_psql");
        check(createOwnedDatabase(admin, baselineDb, role), "create baseline database");
        timer.restart();
        runProcess(tools.psql(),
            QStringList { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("--file=") + odooDir + QStringLiteral("/dump.sql"), QStringLiteral("--dbname=") + baselineDb } + connection,
            pgEnv);
        {
            QProcess tar;
            tar.setWorkingDirectory(odooDir);
            tar.start(QStringLiteral("tar"), { QStringLiteral("-c"), QStringLiteral("--owner=%1").arg(owner.first),
                QStringLiteral("--group=%1").arg(owner.second), QStringLiteral("--transform=s,^filestore,filestore/") + baselineDb + u',',
                QStringLiteral("filestore") });
            tar.waitForStarted();
            const docker::DockerStatus put = client.putArchive(containerId, QStringLiteral("/var/lib/odoo"),
                [&tar](char *buffer, qint64 size) -> qint64 {
                    while (tar.bytesAvailable() == 0 && tar.state() == QProcess::Running)
                        tar.waitForReadyRead(100);
                    const qint64 count = tar.read(buffer, size);
                    return count < 0 ? 0 : count;
                });
            tar.waitForFinished(-1);
            if (!put.ok())
                die(put.error());
        }
        const double baselineRestore = seconds(timer);

        // ... and this engine into another fresh database.
        RestoreTarget target { adminEndpoint, adminPassword, role, rolePassword, database + QStringLiteral("_ours"), &client,
            containerId, QStringLiteral("/var/lib/odoo"), {}, {} };
        RestoreOptions restoreOptions;
        restoreOptions.clientTools = tools;
        restoreOptions.newIdentity = false;
        timer.restart();
        const RestoreReport report = check(restoreBackup(ours, target, restoreOptions), "restore");
        const double restore = seconds(timer);
        loads << loadAverage();

        std::printf("\nInput: dump %.0f MB + filestore %.0f MB in %d files (%d stored). Zip: %.0f MB (ours), %.0f MB (Python).\n",
            double(written.dumpBytes) / 1e6, double(written.filestoreBytes) / 1e6, written.filestoreFiles,
            written.storedFiles, double(written.sizeBytes) / 1e6,
            double(QFileInfo(work.filePath(QStringLiteral("odoo.zip"))).size()) / 1e6);
        std::printf("%-52s %8s %9s\n", "step", "seconds", "MB/s");
        auto row = [inputMb](const char *name, double s) { std::printf("%-52s %8.2f %9.1f\n", name, s, inputMb / s); };
        row("(a) floor: pg_dump >/dev/null + filestore tar read", floor);
        std::printf("      of which pg_dump %.2f s, tar %.2f s\n", floorDump, floorTar);
        row("(b) Odoo's method: pg_dump file + copy + zipfile", odoo);
        row("backup (this engine)", backup);
        row("restore baseline: psql -f dump.sql + tar extract", baselineRestore);
        row("restore (this engine)", restore);
        std::printf("\nbackup speed-up over (b): %.2fx (target >= 2.5x)\n", odoo / backup);
        std::printf("backup speed relative to the floor (a): %.2fx (target >= 0.8x)\n", floor / backup);
        std::printf("restore time over baseline: %.2fx (target <= 1.15x)\n", restore / baselineRestore);
        std::printf("\nBuild type %s. Peak RSS during the backup %.0f MB (%.0f MB before it). "
                    "1-minute load average at the start, after (b), after the backup, at the end: %s.\n",
            SAASODOO_BUILD_TYPE, backupRss, rssBefore, qPrintable(loads.join(QStringLiteral(", "))));
        if (report.filestoreFiles != written.filestoreFiles)
            exitCode = 1;

        dropDatabase(admin, baselineDb, role);
        dropDatabase(admin, target.database, role);
    }
    client.removeContainer(containerId, docker::RemoveContainerOptions { true, false });
    client.removeVolume(volume, true);
    dropDatabase(admin, database, role);
    check(admin.execute(QStringLiteral("DROP ROLE %1").arg(admin.quoteIdentifier(role))), "drop role");
    return exitCode;
}
