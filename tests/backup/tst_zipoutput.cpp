// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/zipoutput.h"
#include "core/backup/ziprecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <thread>

using namespace saasodoo;
using namespace saasodoo::backup;

namespace {

struct ExpectedEntry
{
    QString name;
    QByteArray data;
    bool deflate = true;
};

QByteArray textData(qsizetype size, int seed)
{
    QByteArray data;
    data.reserve(size + 100);
    int line = 0;
    while (data.size() < size)
        data += "COPY public.res_partner line " + QByteArray::number(seed * 100000 + line++) + "\tAcme (Pvt) Ltd\tHarare\n";
    data.truncate(size);
    return data;
}

QByteArray randomData(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// The entries a typical backup has: a dump larger than several chunks, small
// files of both kinds, empty files and a non-ASCII name.
QList<ExpectedEntry> sampleEntries()
{
    return {
        { QStringLiteral("dump.sql"), textData(700 * 1024 + 123, 1), true },
        { QStringLiteral("manifest.json"), QByteArray("{\n    \"odoo_dump\": \"1\"\n}"), true },
        { QStringLiteral("filestore/ab/photo"), randomData(300 * 1024, 2), false },
        { QStringLiteral("filestore/cd/text"), textData(90 * 1024, 3), true },
        { QStringLiteral("filestore/ef/empty-deflated"), QByteArray(), true },
        { QStringLiteral("filestore/ef/empty-stored"), QByteArray(), false },
        { QStringLiteral("filestore/12/Übersicht Zürich.txt"), textData(5000, 4), true },
        { QStringLiteral("filestore/34/exact-chunk"), textData(64 * 1024, 5), true },
        { QStringLiteral("filestore/56/two-chunks-and-a-byte"), textData(2 * 64 * 1024 + 1, 6), true },
        { QStringLiteral("filestore/78/random-deflated"), randomData(200 * 1024, 8), true },
    };
}

// Writes `entries` in pieces of `piece` bytes, so chunk boundaries fall
// inside writeData() calls.
ZipOutput::Summary writeZip(const QString &path, const QList<ExpectedEntry> &entries, const ZipOutput::Tuning &tuning,
    qsizetype piece = 10000, int level = 1)
{
    ZipOutput zip(level, tuning);
    const Status opened = zip.open(path);
    if (!opened.ok())
        qFatal("open failed: %s", qPrintable(opened.error()));
    for (const ExpectedEntry &entry : entries) {
        const qint64 size = entry.name == QLatin1String("dump.sql") ? -1 : entry.data.size();
        const Status begun = zip.beginEntry(entry.name, size, entry.deflate, 1700000000);
        if (!begun.ok())
            qFatal("beginEntry failed: %s", qPrintable(begun.error()));
        for (qsizetype offset = 0; offset < entry.data.size(); offset += piece) {
            const Status written = zip.writeData(QByteArrayView(entry.data).sliced(offset).first(
                std::min(piece, entry.data.size() - offset)));
            if (!written.ok())
                qFatal("writeData failed: %s", qPrintable(written.error()));
        }
    }
    const Result<ZipOutput::Summary> closed = zip.close();
    if (!closed.ok())
        qFatal("close failed: %s", qPrintable(closed.error()));
    return closed.value();
}

// Reads every entry with libarchive's seekable zip reader, which checks
// each entry's CRC-32.
QMap<QString, QByteArray> readWithLibarchive(const QString &path, QString *error)
{
    QMap<QString, QByteArray> entries;
    archive *reader = archive_read_new();
    archive_read_support_format_zip_seekable(reader);
    if (archive_read_open_filename(reader, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(reader));
        archive_read_free(reader);
        return entries;
    }
    archive_entry *entry = nullptr;
    while (true) {
        const int next = archive_read_next_header(reader, &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next != ARCHIVE_OK) {
            *error = QString::fromUtf8(archive_error_string(reader));
            break;
        }
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        QByteArray data;
        char block[64 * 1024];
        while (true) {
            const la_ssize_t count = archive_read_data(reader, block, sizeof block);
            if (count < 0) {
                *error = name + QStringLiteral(": ") + QString::fromUtf8(archive_error_string(reader));
                break;
            }
            if (count == 0)
                break;
            data.append(block, count);
        }
        entries.insert(name, data);
    }
    archive_read_free(reader);
    return entries;
}

// Lists the entries as Python's zipfile reads them (name, method, size,
// CRC-32 and the SHA-256 of the data it reads back), after testzip().
QJsonArray readWithPython(const QString &path, QString *error)
{
    const QString script = QStringLiteral(
        "import hashlib, json, sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1]) as z:\n"
        "    bad = z.testzip()\n"
        "    if bad: sys.exit('bad CRC in ' + bad)\n"
        "    out = []\n"
        "    for i in z.infolist():\n"
        "        h = hashlib.sha256()\n"
        "        with z.open(i) as f:\n"
        "            for block in iter(lambda: f.read(1 << 20), b''): h.update(block)\n"
        "        out.append({'name': i.filename, 'method': i.compress_type, 'size': i.file_size,\n"
        "                    'crc': i.CRC, 'sha256': h.hexdigest()})\n"
        "    print(json.dumps(out))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), { QStringLiteral("-c"), script, path });
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), size_t(data.size())));
}

quint32 readUint32(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

} // namespace

class TestZipOutput : public QObject
{
    Q_OBJECT

private slots:
    void libarchiveReadsEntries();
    void pythonReadsEntries();
    void unzipTestsArchive();
    void everyLevelReadsBack();
    void sha256CoversFile();
    void deflateRatioKept();
    void manyEntriesUseZip64End();
    void largeEntryUsesZip64Sizes();
    void recordsFollowFormat();
    void dosTimeClamped();
    void openFailureReported();
    void writeFailureReported();
    void entryOutsideOpenRejected();
    void sideProducerRunsConcurrently();
    void mainAfterReleaseRejected();
    void copiedEntriesReadBack();
    void copyOfMissingEntryFails();

private:
    QString writeSample(const ZipOutput::Tuning &tuning);
    QTemporaryDir m_dir;
};

QString TestZipOutput::writeSample(const ZipOutput::Tuning &tuning)
{
    const QString path = m_dir.filePath(QStringLiteral("sample-%1-%2.zip").arg(tuning.threads).arg(tuning.chunkBytes));
    writeZip(path, sampleEntries(), tuning);
    return path;
}

void TestZipOutput::libarchiveReadsEntries()
{
    // One thread and several, and chunks small enough that the dump spans many.
    for (const int threads : { 1, 3 }) {
        ZipOutput::Tuning tuning;
        tuning.threads = threads;
        tuning.chunkBytes = 64 * 1024;
        tuning.maxPendingBytes = 256 * 1024;
        const QString path = writeSample(tuning);
        QString error;
        const QMap<QString, QByteArray> read = readWithLibarchive(path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(read.size(), sampleEntries().size());
        for (const ExpectedEntry &entry : sampleEntries()) {
            QVERIFY2(read.contains(entry.name), qPrintable(entry.name));
            QVERIFY2(read.value(entry.name) == entry.data, qPrintable(entry.name));
        }
    }
}

void TestZipOutput::pythonReadsEntries()
{
    ZipOutput::Tuning tuning;
    tuning.threads = 2;
    tuning.chunkBytes = 64 * 1024;
    const QString path = writeSample(tuning);
    QString error;
    const QJsonArray listed = readWithPython(path, &error);
    QCOMPARE(error, QString());
    const QList<ExpectedEntry> expected = sampleEntries();
    QCOMPARE(listed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject info = listed.at(i).toObject();
        const ExpectedEntry &entry = expected.at(i);
        QCOMPARE(info.value(QStringLiteral("name")).toString(), entry.name);
        QCOMPARE(info.value(QStringLiteral("method")).toInt(), entry.deflate ? 8 : 0);
        QCOMPARE(info.value(QStringLiteral("size")).toInteger(), entry.data.size());
        QCOMPARE(quint32(info.value(QStringLiteral("crc")).toInteger()), crcOf(entry.data));
        QCOMPARE(info.value(QStringLiteral("sha256")).toString().toLatin1(),
            QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256).toHex());
    }
}

void TestZipOutput::unzipTestsArchive()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("Info-ZIP unzip is not installed (Debian package unzip).");
    ZipOutput::Tuning tuning;
    tuning.chunkBytes = 64 * 1024;
    const QString path = writeSample(tuning);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-t"), path });
    QVERIFY(unzip.waitForFinished(120000));
    const QString output = QString::fromUtf8(unzip.readAllStandardOutput() + unzip.readAllStandardError());
    QVERIFY2(unzip.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("No errors detected")), qPrintable(output));
}

void TestZipOutput::everyLevelReadsBack()
{
    // Each ISA-L level, with 64 KiB chunks: entries that end on a chunk
    // boundary, one byte past one, empty, and random data that deflate
    // stores in blocks of its own. Out-of-range levels are clamped.
    const QList<ExpectedEntry> expected = sampleEntries();
    for (const int level : { -1, 0, 1, 2, 3, 9 }) {
        ZipOutput::Tuning tuning;
        tuning.threads = 2;
        tuning.chunkBytes = 64 * 1024;
        const QString path = m_dir.filePath(QStringLiteral("level-%1.zip").arg(level));
        writeZip(path, expected, tuning, 7000, level);

        QString error;
        const QJsonArray listed = readWithPython(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("level %1: %2").arg(level).arg(error)));
        QCOMPARE(listed.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject info = listed.at(i).toObject();
            QCOMPARE(info.value(QStringLiteral("name")).toString(), expected.at(i).name);
            QCOMPARE(quint32(info.value(QStringLiteral("crc")).toInteger()), crcOf(expected.at(i).data));
            QCOMPARE(info.value(QStringLiteral("sha256")).toString().toLatin1(),
                QCryptographicHash::hash(expected.at(i).data, QCryptographicHash::Sha256).toHex());
        }

        const QMap<QString, QByteArray> read = readWithLibarchive(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("level %1: %2").arg(level).arg(error)));
        for (const ExpectedEntry &entry : expected)
            QVERIFY2(read.value(entry.name) == entry.data, qPrintable(QStringLiteral("level %1: %2").arg(level).arg(entry.name)));

        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            continue;
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-t"), path });
        QVERIFY(unzip.waitForFinished(120000));
        const QString output = QString::fromUtf8(unzip.readAllStandardOutput() + unzip.readAllStandardError());
        QVERIFY2(unzip.exitCode() == 0, qPrintable(output));
    }
}

void TestZipOutput::sha256CoversFile()
{
    const QString path = m_dir.filePath(QStringLiteral("hash.zip"));
    const ZipOutput::Summary summary = writeZip(path, sampleEntries(), ZipOutput::Tuning {});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(summary.sizeBytes, bytes.size());
    QCOMPARE(summary.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestZipOutput::deflateRatioKept()
{
    // Chunks primed with the previous chunk's tail compress about as well as
    // one stream: 2 MiB of dump-like text, in 64 KiB chunks and in one chunk.
    const QList<ExpectedEntry> text { { QStringLiteral("dump.sql"), textData(2 * 1024 * 1024, 7), true } };
    ZipOutput::Tuning small;
    small.chunkBytes = 64 * 1024;
    ZipOutput::Tuning whole;
    whole.chunkBytes = 4 * 1024 * 1024;
    const qint64 chunked = writeZip(m_dir.filePath(QStringLiteral("small.zip")), text, small).sizeBytes;
    const qint64 single = writeZip(m_dir.filePath(QStringLiteral("whole.zip")), text, whole).sizeBytes;
    QVERIFY2(chunked < single * 102 / 100, qPrintable(QStringLiteral("%1 vs %2 bytes").arg(chunked).arg(single)));
    QVERIFY(single < text.first().data.size() / 4);
}

void TestZipOutput::manyEntriesUseZip64End()
{
    // 70,000 entries overflow the 16-bit entry count of the end record.
    const QString path = m_dir.filePath(QStringLiteral("many.zip"));
    constexpr int count = 70000;
    {
        ZipOutput zip(1);
        QVERIFY(zip.open(path).ok());
        for (int i = 0; i < count; ++i) {
            QVERIFY(zip.beginEntry(QStringLiteral("filestore/%1/%2").arg(i % 256, 2, 16, QLatin1Char('0')).arg(i), 8,
                            i % 2 == 0)
                        .ok());
            QVERIFY(zip.writeData(QByteArray::number(10000000 + i)).ok());
        }
        QVERIFY(zip.close().ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(readUint32(bytes, bytes.size() - 22), 0x06054b50u);
    QCOMPARE(readUint32(bytes, bytes.size() - 42), 0x07064b50u); // zip64 locator

    QString error;
    const QJsonArray listed = readWithPython(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(listed.size(), count);
    QCOMPARE(listed.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("filestore/6f/69999"));
    const QMap<QString, QByteArray> read = readWithLibarchive(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(read.size(), count);
    QCOMPARE(read.value(QStringLiteral("filestore/6f/69999")), QByteArray("10069999"));
}

void TestZipOutput::largeEntryUsesZip64Sizes()
{
    // 4.5 GiB of one repeated line, deflated to a few MB: the sizes overflow
    // the 32-bit fields while the file stays small.
    const QString path = m_dir.filePath(QStringLiteral("large.zip"));
    const QByteArray line = "INSERT INTO ir_attachment VALUES (42, 'report.pdf');\n";
    const QByteArray block = line.repeated(1024 * 1024 / line.size() + 1).left(1024 * 1024);
    constexpr qint64 blocks = 4608;
    quint32 crc = 0;
    {
        ZipOutput zip(1);
        QVERIFY(zip.open(path).ok());
        QVERIFY(zip.beginEntry(QStringLiteral("dump.sql"), -1, true).ok());
        for (qint64 i = 0; i < blocks; ++i) {
            QVERIFY(zip.writeData(block).ok());
            crc = quint32(crc32_z(crc, reinterpret_cast<const Bytef *>(block.constData()), size_t(block.size())));
        }
        QVERIFY(zip.beginEntry(QStringLiteral("manifest.json"), 2, true).ok());
        QVERIFY(zip.writeData("{}").ok());
        QVERIFY(zip.close().ok());
    }
    const qint64 total = blocks * block.size();
    QVERIFY(QFileInfo(path).size() < 200 * 1024 * 1024);

    QString error;
    const QJsonArray listed = readWithPython(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("size")).toInteger(), total);
    QCOMPARE(quint32(listed.at(0).toObject().value(QStringLiteral("crc")).toInteger()), crc);
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("manifest.json"));

    archive *reader = archive_read_new();
    archive_read_support_format_zip_seekable(reader);
    QCOMPARE(archive_read_open_filename(reader, QFile::encodeName(path).constData(), 1024 * 1024), ARCHIVE_OK);
    archive_entry *entry = nullptr;
    QCOMPARE(archive_read_next_header(reader, &entry), ARCHIVE_OK);
    QCOMPARE(qint64(archive_entry_size(entry)), total);
    QCOMPARE(archive_read_data_skip(reader), ARCHIVE_OK);
    QCOMPARE(archive_read_next_header(reader, &entry), ARCHIVE_OK);
    QCOMPARE(QString::fromUtf8(archive_entry_pathname(entry)), QStringLiteral("manifest.json"));
    archive_read_free(reader);

    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-t"), path });
        QVERIFY(unzip.waitForFinished(600000));
        QVERIFY2(unzip.exitCode() == 0, unzip.readAllStandardOutput().constData());
    }
}

void TestZipOutput::recordsFollowFormat()
{
    zip::EntryRecord entry;
    entry.name = "dump.sql";
    entry.method = zip::Method::Deflated;
    entry.mtime = 1700000000;
    entry.zip64 = true;
    entry.crc32 = 0x12345678;
    entry.compressedSize = 0x100000000ull;
    entry.uncompressedSize = 0x500000000ull;
    entry.localHeaderOffset = 7;

    const QByteArray local = zip::localFileHeader(entry);
    QCOMPARE(readUint32(local, 0), 0x04034b50u);
    QCOMPARE(qFromLittleEndian<quint16>(local.constData() + 6), quint16(0x0008)); // data descriptor, ASCII name
    QCOMPARE(readUint32(local, 18), 0xffffffffu);
    QCOMPARE(qFromLittleEndian<quint16>(local.constData() + 30 + 8), quint16(0x0001)); // zip64 extra first

    const QByteArray descriptor = zip::dataDescriptor(entry);
    QCOMPARE(descriptor.size(), 24);
    QCOMPARE(qFromLittleEndian<quint64>(descriptor.constData() + 8), entry.compressedSize);
    QCOMPARE(qFromLittleEndian<quint64>(descriptor.constData() + 16), entry.uncompressedSize);

    const QByteArray central = zip::centralDirectoryHeader(entry);
    QCOMPARE(readUint32(central, 20), 0xffffffffu);
    QCOMPARE(readUint32(central, 24), 0xffffffffu);
    QCOMPARE(readUint32(central, 42), 7u); // offset fits in 32 bits
    const qsizetype extra = 46 + entry.name.size();
    QCOMPARE(qFromLittleEndian<quint16>(central.constData() + extra), quint16(0x0001));
    QCOMPARE(qFromLittleEndian<quint16>(central.constData() + extra + 2), quint16(16)); // two sizes, no offset
    QCOMPARE(qFromLittleEndian<quint64>(central.constData() + extra + 4), entry.uncompressedSize);

    entry.zip64 = false;
    entry.compressedSize = 10;
    entry.uncompressedSize = 20;
    entry.name = "filestore/ab/\xc3\xa9t\xc3\xa9";
    QCOMPARE(zip::dataDescriptor(entry).size(), 16);
    QCOMPARE(qFromLittleEndian<quint16>(zip::localFileHeader(entry).constData() + 6), quint16(0x0808)); // UTF-8 name
    QCOMPARE(zip::endOfCentralDirectory(3, 100, 50).size(), 22);
    QCOMPARE(zip::endOfCentralDirectory(0xffff, 100, 50).size(), 22 + 56 + 20);
}

void TestZipOutput::dosTimeClamped()
{
    QCOMPARE(zip::dosDateTime(0), quint32(1 << 5 | 1) << 16);
    const quint32 now = zip::dosDateTime(1700000000); // 2023-11-14 in any time zone
    QCOMPARE(now >> 25, 2023u - 1980u);
    QCOMPARE((now >> 21) & 0xf, 11u);
}

void TestZipOutput::openFailureReported()
{
    ZipOutput zip(1);
    const Status opened = zip.open(m_dir.filePath(QStringLiteral("missing/dir/x.zip")));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("missing/dir/x.zip")), qPrintable(opened.error()));
}

void TestZipOutput::writeFailureReported()
{
    // Every write to /dev/full fails with ENOSPC, as on a full disk. The
    // writer thread fails, and the caller gets its error from a later call.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("This system has no /dev/full.");
    ZipOutput zip(1);
    QVERIFY(zip.open(QStringLiteral("/dev/full")).ok());
    QString error;
    for (int i = 0; i < 200 && error.isEmpty(); ++i) {
        Status status = zip.beginEntry(QStringLiteral("filestore/ab/%1").arg(i), 256 * 1024, false);
        if (status.ok())
            status = zip.writeData(randomData(256 * 1024, quint32(i)));
        if (!status.ok())
            error = status.error();
    }
    if (error.isEmpty()) {
        const Result<ZipOutput::Summary> closed = zip.close();
        QVERIFY(!closed.ok());
        error = closed.error();
    }
    QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No space left")), qPrintable(error));
}

void TestZipOutput::entryOutsideOpenRejected()
{
    ZipOutput zip(1);
    QVERIFY(!zip.beginEntry(QStringLiteral("a"), 1, true).ok());
    QVERIFY(zip.open(m_dir.filePath(QStringLiteral("no-entry.zip"))).ok());
    QVERIFY(!zip.writeData("x").ok());
    zip.abort();
    QVERIFY(!zip.close().ok());
}

void TestZipOutput::sideProducerRunsConcurrently()
{
    // The side producer writes a dump of many chunks from its own thread
    // while the main producer writes the rest. The held limit is smaller
    // than the dump, so the side producer also waits for the release.
    const QList<ExpectedEntry> expected = sampleEntries();
    for (const qsizetype heldLimit : { qsizetype(128 * 1024), qsizetype(64 * 1024 * 1024) }) {
        ZipOutput::Tuning tuning;
        tuning.threads = 2;
        tuning.chunkBytes = 64 * 1024;
        tuning.maxPendingBytes = 256 * 1024;
        tuning.maxHeldBytes = heldLimit;
        const QString path = m_dir.filePath(QStringLiteral("two-producers-%1.zip").arg(heldLimit));
        ZipOutput zip(1, tuning);
        QVERIFY(zip.open(path).ok());

        const ExpectedEntry dump = expected.first();
        Status sideStatus;
        std::thread side([&] {
            sideStatus = zip.beginEntry(dump.name, -1, dump.deflate, 1700000000, ZipOutput::Producer::Side);
            for (qsizetype offset = 0; sideStatus.ok() && offset < dump.data.size(); offset += 10000) {
                sideStatus = zip.writeData(QByteArrayView(dump.data).sliced(offset).first(
                                               std::min<qsizetype>(10000, dump.data.size() - offset)),
                    ZipOutput::Producer::Side);
            }
            if (sideStatus.ok())
                sideStatus = zip.finishEntry(ZipOutput::Producer::Side);
        });
        for (const ExpectedEntry &entry : expected.mid(1)) {
            QVERIFY(zip.beginEntry(entry.name, entry.data.size(), entry.deflate, 1700000000).ok());
            QVERIFY(zip.writeData(entry.data).ok());
        }
        QVERIFY(zip.releaseSide().ok());
        side.join();
        QVERIFY2(sideStatus.ok(), qPrintable(sideStatus.error()));
        QVERIFY(zip.close().ok());

        // The central directory lists dump.sql first, as Odoo's zip does,
        // although its data follows the other entries in the file.
        QString error;
        const QJsonArray listed = readWithPython(path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(listed.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject info = listed.at(i).toObject();
            QCOMPARE(info.value(QStringLiteral("name")).toString(), expected.at(i).name);
            QCOMPARE(info.value(QStringLiteral("sha256")).toString().toLatin1(),
                QCryptographicHash::hash(expected.at(i).data, QCryptographicHash::Sha256).toHex());
        }
        const QMap<QString, QByteArray> read = readWithLibarchive(path, &error);
        QCOMPARE(error, QString());
        QCOMPARE(read.value(dump.name), dump.data);
    }
}

void TestZipOutput::mainAfterReleaseRejected()
{
    ZipOutput zip(1);
    QVERIFY(zip.open(m_dir.filePath(QStringLiteral("released.zip"))).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("dump.sql"), -1, true, 0, ZipOutput::Producer::Side).ok());
    QVERIFY(zip.writeData("SELECT 1;\n", ZipOutput::Producer::Side).ok());
    QVERIFY(zip.releaseSide().ok());
    const Status rejected = zip.beginEntry(QStringLiteral("late.txt"), 1, true);
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().contains(QLatin1String("after the release")), qPrintable(rejected.error()));
    QVERIFY(zip.close().ok());
}

void TestZipOutput::copiedEntriesReadBack()
{
    // Copies of a deflated entry that spans several chunks, of a stored one
    // and of an empty one, while the side producer's data waits for the
    // release, as a filestore with hard links is written beside pg_dump's
    // output.
    ZipOutput::Tuning tuning;
    tuning.threads = 2;
    tuning.chunkBytes = 64 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("copies.zip"));
    const QByteArray dump = textData(200 * 1024, 11);
    const QByteArray text = textData(3 * 64 * 1024 + 17, 12);
    const QByteArray photo = randomData(100 * 1024, 13);
    ZipOutput zip(1, tuning);
    QVERIFY(zip.open(path).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("dump.sql"), -1, true, 0, ZipOutput::Producer::Side).ok());
    QVERIFY(zip.writeData(dump, ZipOutput::Producer::Side).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("filestore/aa/text"), text.size(), true, 1700000000).ok());
    QVERIFY(zip.writeData(text).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("filestore/bb/photo"), photo.size(), false, 1700000000).ok());
    QVERIFY(zip.writeData(photo).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("filestore/cc/empty"), 0, true, 1700000000).ok());
    QVERIFY(zip.copyEntry(QStringLiteral("filestore/aa/text"), QStringLiteral("filestore/aa/text-link")).ok());
    QVERIFY(zip.copyEntry(QStringLiteral("filestore/bb/photo"), QStringLiteral("filestore/bb/photo-link")).ok());
    QVERIFY(zip.copyEntry(QStringLiteral("filestore/cc/empty"), QStringLiteral("filestore/cc/empty-link")).ok());
    QVERIFY(zip.copyEntry(QStringLiteral("filestore/aa/text"), QStringLiteral("filestore/dd/second-link")).ok());
    QVERIFY(zip.finishEntry(ZipOutput::Producer::Side).ok());
    const Result<ZipOutput::Summary> closed = zip.close();
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(closed->copiedBytes, 2 * text.size() + photo.size());

    const QMap<QString, QByteArray> expected { { QStringLiteral("dump.sql"), dump },
        { QStringLiteral("filestore/aa/text"), text }, { QStringLiteral("filestore/bb/photo"), photo },
        { QStringLiteral("filestore/cc/empty"), QByteArray() }, { QStringLiteral("filestore/aa/text-link"), text },
        { QStringLiteral("filestore/bb/photo-link"), photo }, { QStringLiteral("filestore/cc/empty-link"), QByteArray() },
        { QStringLiteral("filestore/dd/second-link"), text } };
    QString error;
    const QMap<QString, QByteArray> read = readWithLibarchive(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(read.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(read.value(it.key()) == it.value(), qPrintable(it.key()));

    // Python's zipfile checks that each local header names its member.
    const QJsonArray listed = readWithPython(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(listed.size(), expected.size());
    for (const QJsonValue &value : listed) {
        const QJsonObject info = value.toObject();
        const QString name = info.value(QStringLiteral("name")).toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        QCOMPARE(info.value(QStringLiteral("sha256")).toString().toLatin1(),
            QCryptographicHash::hash(expected.value(name), QCryptographicHash::Sha256).toHex());
        const int method = name.startsWith(QLatin1String("filestore/bb/")) ? 0 : 8;
        QCOMPARE(info.value(QStringLiteral("method")).toInt(), method);
    }
}

void TestZipOutput::copyOfMissingEntryFails()
{
    ZipOutput zip(1);
    QVERIFY(zip.open(m_dir.filePath(QStringLiteral("missing-copy.zip"))).ok());
    QVERIFY(zip.beginEntry(QStringLiteral("present"), 1, true).ok());
    QVERIFY(zip.writeData("x").ok());
    QVERIFY(zip.copyEntry(QStringLiteral("absent"), QStringLiteral("link")).ok());
    const Result<ZipOutput::Summary> closed = zip.close();
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error().contains(QLatin1String("cannot be copied from absent")), qPrintable(closed.error()));
}

QTEST_GUILESS_MAIN(TestZipOutput)
#include "tst_zipoutput.moc"
