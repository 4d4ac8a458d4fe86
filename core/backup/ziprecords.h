// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

// The byte records of a zip file, as PKWARE's APPNOTE.TXT (version 6.3.2)
// defines them. Every entry is written with general purpose flag bit 3. Its
// local header then carries no CRC-32 or sizes, and a data descriptor after
// the data does, so an entry can be written before its CRC-32 and
// compressed size are known.
namespace saasodoo::backup::zip {

enum class Method : quint16 { Stored = 0, Deflated = 8 };

// Sizes at or above this value are written in zip64 fields.
constexpr quint64 zip64Threshold = 0xffffffffu;

// One entry: its name and method, and the values known once its data is written.
struct EntryRecord
{
    QByteArray name; // UTF-8
    Method method = Method::Deflated;
    std::time_t mtime = 0;
    // The local header has a zip64 extra field and the data descriptor
    // 8-byte sizes. Needed when the entry may reach 4 GiB, decided before
    // its data is written.
    bool zip64 = false;
    quint32 crc32 = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint64 localHeaderOffset = 0;
};

// The MS-DOS date (high 16 bits) and time (low 16 bits) of `mtime` in local
// time, clamped to the range the format has: 1980-01-01 to 2107-12-31.
quint32 dosDateTime(std::time_t mtime);

QByteArray localFileHeader(const EntryRecord &entry);
QByteArray dataDescriptor(const EntryRecord &entry);
QByteArray centralDirectoryHeader(const EntryRecord &entry);
// The end of central directory record, preceded by the zip64 end record and
// its locator when the entry count, the directory's offset or its size
// overflow the 16- and 32-bit fields.
QByteArray endOfCentralDirectory(quint64 entryCount, quint64 directoryOffset, quint64 directorySize);

} // namespace saasodoo::backup::zip
