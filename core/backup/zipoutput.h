// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <ctime>
#include <memory>

namespace saasodoo::backup {

// A zip file written entry by entry, with the work spread over threads.
// Entry data is cut into chunks of `chunkBytes`. Worker threads compute the
// CRC-32 of each chunk of a deflated entry and compress it to raw deflate
// with Intel ISA-L's igzip, several times faster than zlib at level 1.
// Each chunk but an entry's last ends on a sync flush, so the chunks
// concatenate into one deflate stream, and each starts with the previous
// chunk's last 32 KiB as its dictionary, as pigz does. Stored chunks only
// need a CRC-32, which the calling thread computes. A writer thread writes
// the results in order and computes the SHA-256 of the file as it goes.
//
// Every entry has a data descriptor (flag bit 3). Entries of unknown size
// (size < 0) or of 3.75 GiB or more get zip64 sizes, and the end records
// switch to zip64 past 65,534 entries or 4 GiB of file, so the output opens
// in Python's zipfile, Info-ZIP and libarchive whatever its size.
//
// Two producers may write at once, each from its own thread: the main one
// and a side one. The side producer's entries are held in memory,
// compressed, until the main producer calls releaseSide(). Their data then
// follows the main producer's entries in the file, and the side producer's
// later data goes straight to the file. The central directory lists the
// side producer's entries first. So a producer that may pause (a pg_dump
// pipe) can run beside one that must be read continuously (a Docker
// archive stream) without either waiting for the other to finish.
//
// Memory: at most about `maxPendingBytes` of chunks wait between the
// producers and the file, plus `maxHeldBytes` of the side producer's
// compressed chunks before the release, one chunk per worker and the
// central directory. Each producer calls its methods from one thread;
// open(), releaseSide(), close() and abort() belong to the main producer.
// A failure in a worker or the writer is returned by the next call.
class ZipOutput
{
public:
    enum class Producer { Main, Side };

    struct Summary
    {
        qint64 sizeBytes = 0;
        QByteArray sha256; // hex
        qint64 copiedBytes = 0; // uncompressed bytes of the entries that copyEntry() added
    };

    struct Tuning
    {
        int threads = 0; // compression threads; 0 uses QThread::idealThreadCount()
        qsizetype chunkBytes = 1024 * 1024;
        qsizetype maxPendingBytes = 32 * 1024 * 1024;
        // The side producer's writeData() blocks while this much of its
        // data waits for releaseSide(): compressed size once a worker has
        // deflated a chunk, the input size before.
        qsizetype maxHeldBytes = 96 * 1024 * 1024;
    };

    // `deflateLevel` is ISA-L's level, 0 (fastest) to 3, clamped to that range.
    explicit ZipOutput(int deflateLevel);
    ZipOutput(int deflateLevel, const Tuning &tuning);
    ~ZipOutput();
    ZipOutput(const ZipOutput &) = delete;
    ZipOutput &operator=(const ZipOutput &) = delete;

    Status open(const QString &path);
    // Starts a regular file entry of `producer`, finishing its previous one.
    // `deflate` false stores the data as is. `size` is the expected size or -1.
    Status beginEntry(const QString &name, qint64 size, bool deflate, std::time_t mtime = 0,
        Producer producer = Producer::Main);
    Status writeData(QByteArrayView data, Producer producer = Producer::Main);
    // Finishes the producer's open entry, if any.
    Status finishEntry(Producer producer = Producer::Main);
    // Adds a main-producer entry `name` with the data of the main producer's
    // earlier entry `sourceName`, finishing the open entry first. The
    // writer copies the compressed bytes, CRC-32 and sizes from the file,
    // so nothing is compressed again. A `sourceName` that the main producer
    // did not write fails the zip, as a write error does.
    Status copyEntry(const QString &sourceName, const QString &name);
    // Called by the main producer after its last entry: finishes that entry
    // and queues the side producer's held data behind it. The main producer
    // may write nothing more, because the side producer's open entry must
    // stay contiguous in the file.
    Status releaseSide();
    // Finishes the open entries (releasing the side producer's data first),
    // writes the central directory and closes the file. The side producer
    // must have stopped writing.
    Result<Summary> close();
    // Makes every waiting and later call of both producers fail, from any
    // thread. The file stays open until abort().
    void cancel();
    // Stops the threads and closes the file without finishing the zip; the
    // caller removes the file. The side producer must have stopped writing.
    void abort();

private:
    struct Pipeline;

    // The state of one producer's open entry.
    struct Lane
    {
        bool entryOpen = false;
        bool entryDeflated = false;
        QByteArray chunk;
        QByteArray previousTail; // dictionary for the entry's next deflate chunk
    };

    Lane &lane(Producer producer) { return producer == Producer::Side ? m_side : m_main; }
    Status submitChunk(Producer producer, bool last);

    std::unique_ptr<Pipeline> m_pipeline;
    int m_deflateLevel;
    Tuning m_tuning;
    QString m_path;
    Lane m_main;
    Lane m_side;
    bool m_released = false;
};

} // namespace saasodoo::backup
