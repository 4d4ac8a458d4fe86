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
// CRC-32 of each chunk of a deflated entry and compress it to raw deflate.
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
// Memory: at most about `maxPendingBytes` of chunks wait between the caller
// and the file, plus one chunk per worker and the central directory.
// Methods are called from one thread. A failure in a worker or the writer
// is returned by the next call.
class ZipOutput
{
public:
    struct Summary
    {
        qint64 sizeBytes = 0;
        QByteArray sha256; // hex
    };

    struct Tuning
    {
        int threads = 0; // compression threads; 0 uses QThread::idealThreadCount()
        qsizetype chunkBytes = 1024 * 1024;
        qsizetype maxPendingBytes = 32 * 1024 * 1024;
    };

    explicit ZipOutput(int deflateLevel);
    ZipOutput(int deflateLevel, const Tuning &tuning);
    ~ZipOutput();
    ZipOutput(const ZipOutput &) = delete;
    ZipOutput &operator=(const ZipOutput &) = delete;

    Status open(const QString &path);
    // Starts a regular file entry, finishing the previous one. `deflate`
    // false stores the data as is. `size` is the expected size or -1.
    Status beginEntry(const QString &name, qint64 size, bool deflate, std::time_t mtime = 0);
    Status writeData(QByteArrayView data);
    // Finishes the last entry, writes the central directory and closes the file.
    Result<Summary> close();
    // Stops the threads and closes the file without finishing the zip; the
    // caller removes the file.
    void abort();

private:
    struct Pipeline;

    Status submitChunk(bool last);
    Status finishEntry();

    std::unique_ptr<Pipeline> m_pipeline;
    int m_deflateLevel;
    Tuning m_tuning;
    QString m_path;
    bool m_entryOpen = false;
    bool m_entryDeflated = false;
    QByteArray m_chunk;
    QByteArray m_previousTail; // dictionary for the entry's next deflate chunk
};

} // namespace saasodoo::backup
