// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziprecords.h"

#include <QtEndian>

namespace saasodoo::backup::zip {

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 dataDescriptorSignature = 0x08074b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint32 endSignature = 0x06054b50;

constexpr quint16 zip64ExtraId = 0x0001;
constexpr quint16 timestampExtraId = 0x5455; // "UT", Info-ZIP's extended timestamp

constexpr quint16 versionDefault = 20; // 2.0: deflate
constexpr quint16 versionZip64 = 45; // 4.5: zip64 fields
constexpr quint16 versionMadeBy = (3 << 8) | versionZip64; // host 3: Unix
constexpr quint16 flagDataDescriptor = 0x0008;
constexpr quint16 flagUtf8Name = 0x0800;
constexpr quint32 unixRegularFile0644 = 0100644u << 16;

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

quint16 nameFlags(const QByteArray &name)
{
    for (const char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return flagUtf8Name;
    }
    return 0;
}

quint32 clamp32(quint64 value)
{
    return value >= zip64Threshold ? 0xffffffffu : quint32(value);
}

void putTimestampExtra(QByteArray &out, std::time_t mtime)
{
    put<quint16>(out, timestampExtraId);
    put<quint16>(out, 5);
    put<quint8>(out, 1); // modification time present
    put<quint32>(out, quint32(mtime));
}

} // namespace

quint32 dosDateTime(std::time_t mtime)
{
    std::tm local {};
    localtime_r(&mtime, &local);
    if (local.tm_year < 80)
        return quint32(1 << 5 | 1) << 16; // 1980-01-01 00:00:00
    if (local.tm_year > 207)
        return quint32(127 << 9 | 12 << 5 | 31) << 16 | quint32(23 << 11 | 59 << 5 | 29); // 2107-12-31 23:59:58
    const quint32 date = quint32((local.tm_year - 80) << 9 | (local.tm_mon + 1) << 5 | local.tm_mday);
    const quint32 time = quint32(local.tm_hour << 11 | local.tm_min << 5 | local.tm_sec / 2);
    return date << 16 | time;
}

QByteArray localFileHeader(const EntryRecord &entry)
{
    QByteArray extra;
    if (entry.zip64) {
        // APPNOTE requires both sizes here. The data descriptor contains the real ones.
        put<quint16>(extra, zip64ExtraId);
        put<quint16>(extra, 16);
        put<quint64>(extra, 0);
        put<quint64>(extra, 0);
    }
    putTimestampExtra(extra, entry.mtime);

    QByteArray out;
    out.reserve(30 + entry.name.size() + extra.size());
    const quint32 dosTime = dosDateTime(entry.mtime);
    put<quint32>(out, localHeaderSignature);
    put<quint16>(out, entry.zip64 ? versionZip64 : versionDefault);
    put<quint16>(out, flagDataDescriptor | nameFlags(entry.name));
    put<quint16>(out, quint16(entry.method));
    put<quint16>(out, quint16(dosTime & 0xffff));
    put<quint16>(out, quint16(dosTime >> 16));
    put<quint32>(out, 0); // CRC-32, in the data descriptor
    put<quint32>(out, entry.zip64 ? 0xffffffffu : 0);
    put<quint32>(out, entry.zip64 ? 0xffffffffu : 0);
    put<quint16>(out, quint16(entry.name.size()));
    put<quint16>(out, quint16(extra.size()));
    out.append(entry.name);
    out.append(extra);
    return out;
}

QByteArray dataDescriptor(const EntryRecord &entry)
{
    QByteArray out;
    put<quint32>(out, dataDescriptorSignature);
    put<quint32>(out, entry.crc32);
    if (entry.zip64) {
        put<quint64>(out, entry.compressedSize);
        put<quint64>(out, entry.uncompressedSize);
    } else {
        put<quint32>(out, quint32(entry.compressedSize));
        put<quint32>(out, quint32(entry.uncompressedSize));
    }
    return out;
}

QByteArray centralDirectoryHeader(const EntryRecord &entry)
{
    // The zip64 extra field lists, in this order, only the values whose
    // 32-bit field is 0xffffffff.
    QByteArray zip64Values;
    if (entry.uncompressedSize >= zip64Threshold)
        put<quint64>(zip64Values, entry.uncompressedSize);
    if (entry.compressedSize >= zip64Threshold)
        put<quint64>(zip64Values, entry.compressedSize);
    if (entry.localHeaderOffset >= zip64Threshold)
        put<quint64>(zip64Values, entry.localHeaderOffset);
    QByteArray extra;
    if (!zip64Values.isEmpty()) {
        put<quint16>(extra, zip64ExtraId);
        put<quint16>(extra, quint16(zip64Values.size()));
        extra.append(zip64Values);
    }
    putTimestampExtra(extra, entry.mtime);

    QByteArray out;
    out.reserve(46 + entry.name.size() + extra.size());
    const quint32 dosTime = dosDateTime(entry.mtime);
    put<quint32>(out, centralHeaderSignature);
    put<quint16>(out, versionMadeBy);
    put<quint16>(out, entry.zip64 || !zip64Values.isEmpty() ? versionZip64 : versionDefault);
    put<quint16>(out, flagDataDescriptor | nameFlags(entry.name));
    put<quint16>(out, quint16(entry.method));
    put<quint16>(out, quint16(dosTime & 0xffff));
    put<quint16>(out, quint16(dosTime >> 16));
    put<quint32>(out, entry.crc32);
    put<quint32>(out, clamp32(entry.compressedSize));
    put<quint32>(out, clamp32(entry.uncompressedSize));
    put<quint16>(out, quint16(entry.name.size()));
    put<quint16>(out, quint16(extra.size()));
    put<quint16>(out, 0); // comment length
    put<quint16>(out, 0); // disk number start
    put<quint16>(out, 0); // internal attributes
    put<quint32>(out, unixRegularFile0644);
    put<quint32>(out, clamp32(entry.localHeaderOffset));
    out.append(entry.name);
    out.append(extra);
    return out;
}

QByteArray endOfCentralDirectory(quint64 entryCount, quint64 directoryOffset, quint64 directorySize)
{
    QByteArray out;
    const bool zip64 = entryCount >= 0xffff || directoryOffset >= zip64Threshold || directorySize >= zip64Threshold;
    if (zip64) {
        const quint64 recordOffset = directoryOffset + directorySize;
        put<quint32>(out, zip64EndSignature);
        put<quint64>(out, 44); // size of the rest of this record
        put<quint16>(out, versionMadeBy);
        put<quint16>(out, versionZip64);
        put<quint32>(out, 0); // this disk
        put<quint32>(out, 0); // disk where the central directory starts
        put<quint64>(out, entryCount);
        put<quint64>(out, entryCount);
        put<quint64>(out, directorySize);
        put<quint64>(out, directoryOffset);

        put<quint32>(out, zip64LocatorSignature);
        put<quint32>(out, 0);
        put<quint64>(out, recordOffset);
        put<quint32>(out, 1); // total disks
    }
    const quint16 count16 = entryCount >= 0xffff ? 0xffff : quint16(entryCount);
    put<quint32>(out, endSignature);
    put<quint16>(out, 0);
    put<quint16>(out, 0);
    put<quint16>(out, count16);
    put<quint16>(out, count16);
    put<quint32>(out, clamp32(directorySize));
    put<quint32>(out, clamp32(directoryOffset));
    put<quint16>(out, 0); // comment length
    return out;
}

} // namespace saasodoo::backup::zip
