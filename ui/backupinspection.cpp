// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupinspection.h"

#include "core/backup/backupreader.h"
#include "core/catalog/catalogfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

#include <optional>

namespace saasodoo::ui {

namespace {

constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64EndOfCentralDirectory = 0x06064b50;
constexpr quint32 kCentralDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalFileHeader = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65535 bytes.
constexpr qint64 kMaxEndRecordSearch = 22 + 65535;
// The central directory of an Odoo backup lists every filestore file, and a
// large filestore has hundreds of thousands. The check reads at most this much.
constexpr qint64 kMaxCentralDirectory = 256LL * 1024 * 1024;

quint16 u16(const char *data) { return qFromLittleEndian<quint16>(data); }
quint32 u32(const char *data) { return qFromLittleEndian<quint32>(data); }
quint64 u64(const char *data) { return qFromLittleEndian<quint64>(data); }

struct CentralDirectory
{
    qint64 offset = 0;
    qint64 size = 0;
};

std::optional<CentralDirectory> findCentralDirectory(QFile &file)
{
    const qint64 size = file.size();
    const qint64 tailSize = qMin(size, kMaxEndRecordSearch);
    if (tailSize < 22 || !file.seek(size - tailSize))
        return std::nullopt;
    const QByteArray tail = file.read(tailSize);
    for (qsizetype at = tail.size() - 22; at >= 0; --at) {
        if (u32(tail.constData() + at) != kEndOfCentralDirectory)
            continue;
        CentralDirectory directory { u32(tail.constData() + at + 16), u32(tail.constData() + at + 12) };
        // Zip64: the 32-bit fields hold 0xFFFFFFFF and a locator precedes the record.
        if ((directory.offset == 0xFFFFFFFF || directory.size == 0xFFFFFFFF) && at >= 20
            && u32(tail.constData() + at - 20) == kZip64Locator) {
            const qint64 zip64Offset = qint64(u64(tail.constData() + at - 20 + 8));
            if (!file.seek(zip64Offset))
                return std::nullopt;
            const QByteArray record = file.read(56);
            if (record.size() < 56 || u32(record.constData()) != kZip64EndOfCentralDirectory)
                return std::nullopt;
            directory.size = qint64(u64(record.constData() + 40));
            directory.offset = qint64(u64(record.constData() + 48));
        }
        return directory;
    }
    return std::nullopt;
}

// Reads manifest.json at `localOffset` when the zip stores it uncompressed.
// Returns an empty object for a compressed one. Only a zip that the restore
// engine rejects shows this copy: for any other, inspect() takes the
// manifest from backup::inspectBackup, which also unpacks a deflated one.
QJsonObject readStoredManifest(QFile &file, qint64 localOffset, quint16 method, qint64 compressedSize)
{
    if (method != 0 || compressedSize <= 0 || compressedSize > 1024 * 1024 || !file.seek(localOffset))
        return {};
    const QByteArray header = file.read(30);
    if (header.size() < 30 || u32(header.constData()) != kLocalFileHeader)
        return {};
    const qint64 dataOffset = localOffset + 30 + u16(header.constData() + 26) + u16(header.constData() + 28);
    if (!file.seek(dataOffset))
        return {};
    return QJsonDocument::fromJson(file.read(compressedSize)).object();
}

} // namespace

BackupInspection BackupInspector::inspectFormat(const QString &path)
{
    BackupInspection result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.reason = tr("the file does not exist");
        return result;
    }
    if (info.isDir()) {
        result.reason = tr("it is a folder; drop the backup's .zip or .dump file");
        return result;
    }
    result.sizeBytes = info.size();
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("zip") && suffix != QLatin1String("dump")) {
        result.reason = tr("only .zip (Odoo backup) and .dump (pg_dump custom format) files can be restored");
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.reason = tr("it cannot be read: %1").arg(file.errorString());
        return result;
    }
    const QByteArray head = file.read(5);
    if (head == QByteArrayLiteral("PGDMP")) {
        result.kind = BackupInspection::Kind::PgDumpCustom;
        return result;
    }
    if (suffix == QLatin1String("dump")) {
        result.reason = tr("it does not start with PGDMP, so it is not a pg_dump custom-format archive");
        return result;
    }

    const std::optional<CentralDirectory> directory = findCentralDirectory(file);
    if (!directory) {
        result.reason = tr("it is not a zip archive (no central directory found)");
        return result;
    }
    if (directory->size > kMaxCentralDirectory || !file.seek(directory->offset)) {
        result.reason = tr("its zip directory is damaged or larger than the console reads");
        return result;
    }
    const QByteArray entries = file.read(directory->size);
    bool hasDump = false;
    bool hasManifest = false;
    qint64 manifestOffset = -1;
    quint16 manifestMethod = 0;
    qint64 manifestSize = 0;
    qsizetype at = 0;
    while (at + 46 <= entries.size() && u32(entries.constData() + at) == kCentralDirectoryEntry) {
        const char *entry = entries.constData() + at;
        const quint16 nameLength = u16(entry + 28);
        const quint16 extraLength = u16(entry + 30);
        const quint16 commentLength = u16(entry + 32);
        const QString name = QString::fromUtf8(entry + 46, qMin<qsizetype>(nameLength, entries.size() - at - 46));
        if (name == QLatin1String("dump.sql"))
            hasDump = true;
        else if (name == QLatin1String("manifest.json")) {
            hasManifest = true;
            manifestMethod = u16(entry + 10);
            manifestSize = u32(entry + 20);
            manifestOffset = u32(entry + 42);
        } else if (name.startsWith(QLatin1String("filestore/")))
            result.hasFilestore = true;
        at += 46 + nameLength + extraLength + commentLength;
    }
    if (!hasManifest || !hasDump) {
        QStringList missing;
        if (!hasManifest)
            missing << QStringLiteral("manifest.json");
        if (!hasDump)
            missing << QStringLiteral("dump.sql");
        result.reason = tr("the zip lacks %1 at its top level, so it is not an Odoo backup")
                            .arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    result.kind = BackupInspection::Kind::OdooZip;
    result.manifest = readStoredManifest(file, manifestOffset, manifestMethod, manifestSize);
    return result;
}

BackupInspection BackupInspector::inspect(const QString &path)
{
    if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(path); !checked) {
        BackupInspection rejected;
        rejected.path = path;
        rejected.reason = checked.error();
        return rejected;
    }
    BackupInspection result = inspectFormat(path);
    if (result.kind == BackupInspection::Kind::NotBackup)
        return result;

    // The restore engine's own checks: member names, links, zip-bomb
    // limits and the manifest's fields. A file that fails them is still a
    // backup, so the dialog shows it with the reason and offers no restore.
    Result<backup::BackupSummary> summary = backup::inspectBackup(path);
    if (summary) {
        result.summary = std::move(summary.value());
        result.moduleCount = result.summary.moduleCount;
        if (result.kind == BackupInspection::Kind::OdooZip)
            result.manifest = QJsonDocument::fromJson(result.summary.manifest.toJson()).object();
    } else {
        result.validationError = summary.error();
    }
    return result;
}

} // namespace saasodoo::ui
