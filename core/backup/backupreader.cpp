// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupreader.h"

#include "core/catalog/validation.h"

#include "core/catalog/catalogfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QStorageInfo>

#include <limits>

#include <archive.h>
#include <archive_entry.h>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

constexpr qint64 manifestLimit = 16 * 1024 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

// Reads the Odoo series of the database in the custom-format dump `path`
// from the latest_version of module base in table ir_module_module: "17.0"
// of "17.0.1.3". pg_restore seeks to that table's data in a dump written to
// a file, so this reads a small part of it. Returns an empty string when
// the table has no row for base.
// NOTE: a dump piped out of pg_dump has no data offsets, so pg_restore reads
// it up to the table, and a large one can exceed the 60 s limit and fail.
Result<QString> readDumpSeries(const QString &path)
{
    QProcess restore;
    restore.start(QStringLiteral("pg_restore"),
        { QStringLiteral("--data-only"), QStringLiteral("--table=ir_module_module"), QStringLiteral("--file=-"),
            path });
    if (!restore.waitForFinished(60000) || restore.exitStatus() != QProcess::NormalExit || restore.exitCode() != 0) {
        restore.kill();
        return makeError(tr("Reading table ir_module_module of %1 with pg_restore failed: %2 Check that the file "
                            "is complete, or copy it again.")
                             .arg(path, QString::fromUtf8(restore.readAllStandardError()).trimmed()));
    }
    // The data comes as COPY text: a header that names the columns, one
    // tab-separated line per row, and "\." at the end.
    const QList<QByteArray> lines = restore.readAllStandardOutput().split('\n');
    qsizetype nameColumn = -1;
    qsizetype versionColumn = -1;
    bool inData = false;
    for (const QByteArray &line : lines) {
        if (!inData) {
            if (!line.startsWith("COPY ") || !line.contains("ir_module_module"))
                continue;
            const qsizetype open = line.indexOf('(');
            const qsizetype close = line.indexOf(')', open);
            if (open < 0 || close < 0)
                continue;
            const QList<QByteArray> columns = line.mid(open + 1, close - open - 1).split(',');
            for (qsizetype i = 0; i < columns.size(); ++i) {
                QByteArray column = columns.at(i).trimmed();
                if (column.startsWith('"') && column.endsWith('"'))
                    column = column.mid(1, column.size() - 2);
                if (column == "name")
                    nameColumn = i;
                else if (column == "latest_version")
                    versionColumn = i;
            }
            inData = nameColumn >= 0 && versionColumn >= 0;
            continue;
        }
        if (line == "\\.")
            break;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.value(nameColumn) != "base")
            continue;
        const QByteArray version = fields.value(versionColumn);
        if (version.isEmpty() || version == "\\N")
            return QString();
        return QString::fromUtf8(version).section(u'.', 0, 1);
    }
    return QString();
}

Result<BackupSummary> inspectCustomDump(BackupSummary summary)
{
    // pg_restore --list reads the table of contents only.
    QProcess list;
    list.start(QStringLiteral("pg_restore"), { QStringLiteral("--list"), summary.path });
    if (!list.waitForFinished(60000) || list.exitStatus() != QProcess::NormalExit || list.exitCode() != 0) {
        list.kill();
        const QString error = QString::fromUtf8(list.readAllStandardError()).trimmed();
        // pg_restore reads the archive formats of its own and older
        // versions only, and names the format version it cannot read.
        if (error.contains(QLatin1String("unsupported version")))
            return makeError(tr("%1 was written by a newer pg_dump than this machine's pg_restore can read: %2. "
                                "Install the client tools of the PostgreSQL version that made it, such as the "
                                "Debian package postgresql-client-17, and try again.")
                                 .arg(summary.path, error));
        return makeError(tr("%1 starts like a pg_dump custom-format file but pg_restore cannot read it: %2")
                             .arg(summary.path, error));
    }
    const QStringList lines = QString::fromUtf8(list.readAllStandardOutput()).split(u'\n');
    bool hasModuleData = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(";     dbname: ")))
            summary.databaseName = line.mid(14).trimmed();
        // An entry such as "3345; 0 16390 TABLE DATA public ir_module_module odoo".
        if (line.contains(QLatin1String(" TABLE DATA "))
            && (line.contains(QLatin1String(" ir_module_module ")) || line.endsWith(QLatin1String(" ir_module_module"))))
            hasModuleData = true;
    }
    if (hasModuleData) {
        const Result<QString> series = readDumpSeries(summary.path);
        if (!series)
            return makeError(series.error());
        summary.odooVersion = series.value();
    }
    return summary;
}

// The paths that the members of a zip would take once extracted. Two
// members that would land on one path are rejected before anything is
// written, because a restore would silently keep only one of them.
class MemberPaths
{
public:
    // Records regular file `name`. Returns why it clashes with an earlier
    // member, or an empty string.
    QString addFile(const QString &name)
    {
        const QString path = normalized(name);
        // Python's zipfile, and so Odoo's database manager, reads the last of
        // two members with one name, and this reader the first.
        if (const auto file = m_files.constFind(path); file != m_files.cend()) {
            if (file.value() == name)
                return tr("it contains member %1 more than once, so Odoo and this console would restore different "
                          "copies of it")
                    .arg(name);
            return tr("members %1 and %2 name the same file").arg(file.value(), name);
        }
        if (const auto directory = m_directories.constFind(path); directory != m_directories.cend())
            return clash(name, directory.value());
        if (const QString parent = fileAmongParents(path); !parent.isEmpty())
            return clash(parent, name);
        m_files.insert(path, name);
        addParents(path, name, false);
        return {};
    }

    // Records directory member `name` ("filestore/ab/").
    QString addDirectory(const QString &name)
    {
        const QString path = normalized(name);
        if (path.isEmpty())
            return {};
        if (const auto file = m_files.constFind(path); file != m_files.cend())
            return clash(file.value(), name);
        if (const QString parent = fileAmongParents(path); !parent.isEmpty())
            return clash(parent, name);
        addParents(path, name, true);
        return {};
    }

private:
    // Empty components and "." change nothing once extracted, so
    // "filestore/ab//c" and "filestore/./ab/c" both land on "filestore/ab/c".
    // unsafeMemberReason() has rejected "..", absolute paths and backslashes.
    static QString normalized(const QString &name)
    {
        QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
        parts.removeAll(QStringLiteral("."));
        return parts.join(u'/');
    }

    static QString clash(const QString &file, const QString &other)
    {
        return tr("member %1 is a file, but member %2 needs a directory of that name, so a restore would keep "
                  "only one of them")
            .arg(file, other);
    }

    // Returns the member of the first parent directory of `path` that a
    // regular file already takes, or an empty string.
    QString fileAmongParents(const QString &path) const
    {
        for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1)) {
            if (const auto file = m_files.constFind(path.left(slash)); file != m_files.cend())
                return file.value();
        }
        return {};
    }

    // Records every parent directory of `path`, and `path` itself when it is
    // a directory, with the member that needs it.
    void addParents(const QString &path, const QString &name, bool includingPath)
    {
        const auto add = [this, &name](const QString &directory) {
            if (!m_directories.contains(directory))
                m_directories.insert(directory, name);
        };
        for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1))
            add(path.left(slash));
        if (includingPath)
            add(path);
    }

    QHash<QString, QString> m_files; // normalized path -> member name
    QHash<QString, QString> m_directories; // normalized path -> first member that needs it
};

} // namespace

QString unsafeMemberReason(const QString &name)
{
    if (name.isEmpty())
        return tr("a member has an empty name");
    if (name.startsWith(u'/') || (name.size() > 1 && name.at(1) == u':'))
        return tr("member %1 has an absolute path").arg(name);
    if (name.contains(u'\\'))
        return tr("member %1 contains a backslash").arg(name);
    if (name.split(u'/').contains(QStringLiteral("..")))
        return tr("member %1 contains \"..\" and would be written outside the restore directory").arg(name);
    return {};
}

Result<BackupSummary> inspectBackup(const QString &path, const ValidationLimits &limits)
{
    BackupSummary summary;
    summary.path = path;
    if (Status checked = catalog::CatalogFiles::rejectCatalogFile(path); !checked)
        return makeError(checked.error());
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("Backup file %1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(tr("%1 is not a backup file: choose a .zip or .dump file, not a folder.").arg(path));
    summary.sizeBytes = info.size();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not open backup file %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(5);
    file.close();
    if (magic == "PGDMP") {
        summary.kind = BackupKind::PgCustomDump;
        return inspectCustomDump(summary);
    }
    if (!magic.startsWith("PK\x03\x04") && !magic.startsWith("PK\x05\x06"))
        return makeError(tr("%1 is not an Odoo backup: it is neither a zip file nor a pg_dump custom-format dump.")
                             .arg(path));

    archive *reader = archive_read_new();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    archive_read_support_format_zip_seekable(reader);
    const QByteArray nativePath = QFile::encodeName(path);
    if (archive_read_open_filename(reader, nativePath.constData(), 64 * 1024) != ARCHIVE_OK)
        return makeError(tr("Backup file %1 is damaged or truncated (its zip directory is unreadable): %2. "
                            "Copy or download it again.")
                             .arg(path, QString::fromUtf8(archive_error_string(reader))));

    bool hasDump = false;
    bool hasManifest = false;
    QByteArray manifestJson;
    MemberPaths paths;
    // A zip made of the folder instead of its contents has every member
    // under one top folder, such as "acme_prod/dump.sql".
    QSet<QString> topFolders;
    bool topLevelFile = false;
    bool wrappedDump = false;
    archive_entry *entry = nullptr;
    while (true) {
        const int next = archive_read_next_header(reader, &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next < ARCHIVE_WARN)
            return makeError(tr("Backup file %1 is damaged or truncated: %2. Copy or download it again.")
                                 .arg(path, QString::fromUtf8(archive_error_string(reader))));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (const QString reason = unsafeMemberReason(name); !reason.isEmpty())
            return makeError(tr("Backup file %1 was rejected because %2.").arg(path, reason));
        if (archive_entry_is_encrypted(entry))
            return makeError(tr("Backup file %1 was rejected because member %2 is encrypted. Odoo and this console "
                                "never encrypt backups: decrypt the zip first, for example with unzip, and zip the "
                                "files again.")
                                 .arg(path, name));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFLNK)
            return makeError(tr("Backup file %1 was rejected because member %2 is a symbolic link, "
                                "which could point outside the filestore.")
                                 .arg(path, name));
        if (const qsizetype slash = name.indexOf(u'/'); slash < 0) {
            topLevelFile = true;
        } else {
            topFolders.insert(name.left(slash));
            wrappedDump = wrappedDump || name.mid(slash + 1) == QLatin1String(dumpMember);
        }
        if (type == AE_IFDIR) {
            if (const QString conflict = paths.addDirectory(name); !conflict.isEmpty())
                return makeError(tr("Backup file %1 was rejected because %2.").arg(path, conflict));
            continue;
        }
        if (type != AE_IFREG)
            return makeError(tr("Backup file %1 was rejected because member %2 is not a regular file "
                                "(a device, FIFO or socket).")
                                 .arg(path, name));
        if (const QString conflict = paths.addFile(name); !conflict.isEmpty())
            return makeError(tr("Backup file %1 was rejected because %2.").arg(path, conflict));
        const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        // Declared sizes come from the file, so their sum must not wrap: a
        // wrapped total would pass the size and free-space checks.
        if (size < 0 || size > std::numeric_limits<qint64>::max() - summary.uncompressedBytes)
            return makeError(tr("Backup file %1 was rejected because member %2 declares an impossible size (%3 "
                                "bytes).")
                                 .arg(path, name)
                                 .arg(size));
        summary.uncompressedBytes += size;
        if (name == QLatin1String(dumpMember)) {
            hasDump = true;
            summary.dumpBytes = size;
        } else if (name == QLatin1String(manifestMember)) {
            hasManifest = true;
            if (size > manifestLimit)
                return makeError(tr("Backup file %1 was rejected because its manifest.json is %2, "
                                    "far beyond any real manifest.")
                                     .arg(path, sizeText(size)));
            manifestJson.resize(qsizetype(size));
            const la_ssize_t count = archive_read_data(reader, manifestJson.data(), size_t(size));
            if (count != size)
                return makeError(tr("Backup file %1 is damaged: manifest.json is unreadable: %2")
                                     .arg(path, QString::fromUtf8(archive_error_string(reader))));
        } else if (name.startsWith(QLatin1String(filestorePrefix))) {
            ++summary.filestoreFiles;
            summary.filestoreBytes += size;
        }
    }

    if (!hasDump && wrappedDump && !topLevelFile && topFolders.size() == 1) {
        // NOTE: Odoo's own restore rejects such a zip too, so it is not
        // unwrapped here; the message says how to make a valid one.
        const QString folder = *topFolders.cbegin();
        return makeError(tr("Backup file %1 has no dump.sql at its top level: its files are inside the folder %2. "
                            "Zip the contents of that folder instead of the folder itself, for example with "
                            "\"cd %2 && zip -r ../%2.zip .\", and restore the new zip.")
                             .arg(path, folder));
    }
    if (!hasDump)
        return makeError(tr("Backup file %1 has no dump.sql, so it holds no database to restore.").arg(path));
    if (!hasManifest)
        return makeError(tr("Backup file %1 has no manifest.json, so its Odoo version is unknown. "
                            "Only backups made by Odoo's database manager or by this console can be restored.")
                             .arg(path));
    Result<Manifest> manifest = Manifest::fromJson(manifestJson);
    if (!manifest.ok())
        return makeError(tr("Backup file %1 was rejected: %2").arg(path, manifest.error()));
    summary.manifest = manifest.value();
    summary.odooVersion = summary.manifest.majorVersion;
    summary.databaseName = summary.manifest.databaseName;
    summary.moduleCount = int(summary.manifest.modules.size());

    const qint64 budget = std::max(limits.minimumBudgetBytes, limits.maxExpansionRatio * summary.sizeBytes);
    if (summary.uncompressedBytes > budget)
        return makeError(tr("Backup file %1 was rejected because it would expand from %2 to %3, more than %4 "
                            "times its size. It looks like a zip bomb.")
                             .arg(path, sizeText(summary.sizeBytes), sizeText(summary.uncompressedBytes))
                             .arg(limits.maxExpansionRatio));
    if (limits.availableBytes >= 0 && summary.uncompressedBytes > limits.availableBytes)
        return makeError(tr("Not enough free space to restore %1: it needs %2 and %3 is free.")
                             .arg(path, sizeText(summary.uncompressedBytes), sizeText(limits.availableBytes)));
    return summary;
}

Status requireFreeSpace(const QString &what, const QString &where, qint64 neededBytes, qint64 availableBytes)
{
    if (neededBytes <= availableBytes)
        return {};
    return makeError(tr("Not enough free space for %1 in %2: it needs %3 and %4 is free. Free some space there and "
                        "try again.")
                         .arg(what, where, sizeText(neededBytes), sizeText(qMax<qint64>(0, availableBytes))));
}

Status requireLocalFreeSpace(const QString &what, const QString &directory, qint64 neededBytes)
{
    QString existing = QDir::cleanPath(QDir(directory).absolutePath());
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing);
    if (!storage.isValid())
        return makeError(tr("Could not read the free space of %1.").arg(directory));
    return requireFreeSpace(what, directory, neededBytes, storage.bytesAvailable());
}

QString describeWriteFailure(const QString &path, const QString &errorText, qint64 writtenBytes, qint64 moreBytes)
{
    QStorageInfo storage(QFileInfo(path).absolutePath());
    storage.refresh();
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= qMax<qint64>(moreBytes, 1))
        return tr("Writing %1 failed: %2").arg(path, errorText);
    const QLocale locale = QLocale::c();
    // Bytes still in QFile's buffer count as written, so the total is a lower bound.
    const qint64 needed = writtenBytes + moreBytes;
    return tr("Writing %1 failed: no space left on the file system mounted at %2, which has %3 free, but at "
              "least %4 (%5 bytes) were needed. Free space there or choose another backup directory.")
        .arg(path, storage.rootPath(), locale.formattedDataSize(available), locale.formattedDataSize(needed))
        .arg(needed);
}

Status checkSeries(const BackupSummary &summary, const QString &targetSeries)
{
    // NOTE: a custom-format dump without a version (no ir_module_module row
    // for base, so probably not an Odoo database) is not checked.
    if (summary.kind != BackupKind::OdooZip && summary.odooVersion.isEmpty())
        return {};
    const QString target = targetSeries.section(u'.', 0, 1);
    if (summary.odooVersion == target)
        return {};
    const QString mismatch = tr("This backup is from Odoo %1, but the instance runs Odoo %2, which cannot open a "
                                "database of another version.")
                                 .arg(summary.odooVersion, target);
    // Only a series that instances can run is worth offering.
    if (catalog::supportedOdooVersions().contains(summary.odooVersion))
        return makeError(tr("%1 Restore it as a new instance with Odoo %2 instead.").arg(mismatch, summary.odooVersion));
    return makeError(tr("%1 Odoo %2 is not a series this console runs (supported: %3), so it cannot be restored "
                        "here.")
                         .arg(mismatch, summary.odooVersion, catalog::supportedOdooVersions().join(QStringLiteral(", "))));
}

Status testArchive(const QString &path, const CancellationToken &cancellation,
    const std::function<void(qint64)> &progress)
{
    archive *reader = archive_read_new();
    const auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    archive_read_support_format_zip_seekable(reader);
    const QByteArray nativePath = QFile::encodeName(path);
    if (archive_read_open_filename(reader, nativePath.constData(), 256 * 1024) != ARCHIVE_OK)
        return makeError(tr("Backup file %1 is damaged or truncated: %2")
                             .arg(path, QString::fromUtf8(archive_error_string(reader))));
    QByteArray block(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int next = archive_read_next_header(reader, &entry);
        if (next == ARCHIVE_EOF)
            return {};
        if (next < ARCHIVE_WARN)
            return makeError(tr("Backup file %1 is damaged: %2").arg(path, QString::fromUtf8(archive_error_string(reader))));
        while (true) {
            if (cancellation.isCancelled())
                return makeError(tr("The check was cancelled."));
            const la_ssize_t count = archive_read_data(reader, block.data(), size_t(block.size()));
            if (count < 0)
                return makeError(tr("Backup file %1 is damaged in member %2: %3")
                                     .arg(path, QString::fromUtf8(archive_entry_pathname(entry)),
                                         QString::fromUtf8(archive_error_string(reader))));
            if (count == 0)
                break;
            total += count;
            if (progress)
                progress(total);
        }
    }
}

} // namespace saasodoo::backup
