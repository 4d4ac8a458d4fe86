// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipoutput.h"

#include "backupreader.h"
#include "ziprecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QThread>

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <cerrno>
#include <unistd.h>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

// Deflate's window: a chunk can refer back this far into the previous one.
constexpr qsizetype dictionaryBytes = 32 * 1024;

// A size from which an entry gets zip64 sizes up front: deflate may grow
// incompressible data by a few bytes per 16 KiB, so 3.75 GiB leaves room.
constexpr qint64 zip64FromSize = qint64(0xf0000000u);

// One piece of the output, written in the order the caller produced it.
struct Segment
{
    enum class Kind { Header, Chunk, Descriptor, Copy, End };

    Kind kind = Kind::Chunk;
    zip::EntryRecord entry; // Header and Copy only
    QByteArray source; // Copy only: the name of the entry whose data is copied

    // Chunk only: the input, and the results a worker fills in (stored
    // chunks are finished by the caller).
    bool last = false;
    QByteArray input;
    QByteArray dictionary;
    QByteArray output;
    quint32 crc = 0;
    qint64 inputBytes = 0;

    // Counted against maxPendingBytes until written, or against maxHeldBytes
    // while held. A side chunk counts its input until a worker deflates it,
    // then its output.
    qsizetype accountedBytes = 0;
    bool side = false; // written by the side producer
    bool held = false; // waiting in Pipeline::held for the release
    bool done = false; // output ready; Header, Descriptor and End are ready when made
    QString error;
};

quint32 crc32Of(const QByteArray &data)
{
    return crc32_gzip_refl(0, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
}

// One worker's ISA-L deflate stream and the hash-table memory that its
// level needs (none at level 0).
struct Deflater
{
    isal_zstream stream {};
    std::vector<quint8> levelBuffer;
    int level = 1;

    explicit Deflater(int isalLevel) : level(isalLevel)
    {
        isal_deflate_init(&stream);
        switch (level) {
        case 1:
            levelBuffer.resize(ISAL_DEF_LVL1_DEFAULT);
            break;
        case 2:
            levelBuffer.resize(ISAL_DEF_LVL2_DEFAULT);
            break;
        case 3:
            levelBuffer.resize(ISAL_DEF_LVL3_DEFAULT);
            break;
        default:
            break;
        }
    }

    // Compresses `chunk.input` to raw deflate into `chunk.output`. A chunk
    // that is not its entry's last ends on a sync flush (an empty stored
    // block). That leaves the stream byte-aligned and open, so the next
    // chunk's output can follow it. The entry's last chunk ends the stream
    // with a final block.
    QString compress(Segment &chunk)
    {
        isal_deflate_reset(&stream);
        stream.level = quint32(level);
        stream.level_buf = levelBuffer.empty() ? nullptr : levelBuffer.data();
        stream.level_buf_size = quint32(levelBuffer.size());
        stream.gzip_flag = IGZIP_DEFLATE;
        stream.flush = chunk.last ? NO_FLUSH : SYNC_FLUSH;
        stream.end_of_stream = chunk.last ? 1 : 0;
        if (!chunk.dictionary.isEmpty()
            && isal_deflate_set_dict(&stream, reinterpret_cast<quint8 *>(chunk.dictionary.data()),
                   quint32(chunk.dictionary.size()))
                != COMP_OK)
            return tr("Setting the deflate dictionary failed.");

        // Deflate grows incompressible data only by its block headers, far
        // less than 1/16; the loop below grows the buffer if it is short.
        chunk.output.resize(chunk.input.size() + chunk.input.size() / 16 + 1024);
        stream.next_in = reinterpret_cast<quint8 *>(chunk.input.data());
        stream.avail_in = quint32(chunk.input.size());
        stream.next_out = reinterpret_cast<quint8 *>(chunk.output.data());
        stream.avail_out = quint32(chunk.output.size());
        while (true) {
            const quint32 inBefore = stream.avail_in;
            const quint32 outBefore = stream.avail_out;
            if (const int result = isal_deflate(&stream); result != COMP_OK)
                return tr("Deflate failed with ISA-L error %1 at level %2.").arg(result).arg(level);
            // ISA-L's documented end conditions: ZSTATE_END once the final
            // block is written, ZSTATE_NEW_HDR once a flush has written
            // every input byte.
            const bool complete = chunk.last
                ? stream.internal_state.state == ZSTATE_END
                : stream.avail_in == 0 && stream.internal_state.state == ZSTATE_NEW_HDR;
            if (complete)
                break;
            if (stream.avail_out == 0) {
                const qsizetype used = chunk.output.size();
                chunk.output.resize(used * 2);
                stream.next_out = reinterpret_cast<quint8 *>(chunk.output.data() + used);
                stream.avail_out = quint32(chunk.output.size() - used);
            } else if (stream.avail_in == inBefore && stream.avail_out == outBefore) {
                return tr("Deflate stopped without progress in ISA-L state %1.")
                    .arg(int(stream.internal_state.state));
            }
        }
        chunk.output.resize(chunk.output.size() - qsizetype(stream.avail_out));
        return {};
    }
};

} // namespace

struct ZipOutput::Pipeline
{
    int level = 1;
    qsizetype maxPendingBytes = 0;
    qsizetype maxHeldBytes = 0;

    std::mutex mutex;
    std::condition_variable jobAdded; // workers wait on it
    std::condition_variable segmentReady; // the writer waits on it
    std::condition_variable spaceFreed; // both producers wait on it
    std::deque<std::shared_ptr<Segment>> ordered; // not yet written, in file order
    std::deque<std::shared_ptr<Segment>> held; // the side producer's, before the release
    std::deque<Segment *> jobs; // the main producer's deflate chunks no worker has taken yet
    // The side producer's. Workers take them only when `jobs` is empty, so
    // the main producer's stream keeps moving.
    std::deque<Segment *> sideJobs;
    qsizetype pendingBytes = 0;
    qsizetype heldBytes = 0;
    bool released = false;
    bool stopping = false;
    bool finished = false;
    QString error; // the first failure

    std::vector<std::thread> workers;
    std::thread writer;

    // Used by the writer thread only, and by close() once it has joined.
    QFile file;
    EVP_MD_CTX *hash = nullptr;
    quint64 written = 0;
    std::vector<zip::EntryRecord> entries;
    std::vector<bool> sideEntries; // one per entry: written by the side producer
    std::vector<quint64> dataOffsets; // one per entry: where its data starts in the file
    // The main producer's entries by name, filled on the first Copy segment,
    // so that a zip without copies spends no memory on it.
    QHash<QByteArray, size_t> entryIndex;
    size_t indexedEntries = 0;
    quint64 copiedBytes = 0; // uncompressed bytes of the entries written by Copy segments

    ~Pipeline()
    {
        stop();
        EVP_MD_CTX_free(hash);
    }

    void fail(const QString &message)
    {
        {
            std::lock_guard lock(mutex);
            if (error.isEmpty())
                error = message;
            stopping = true;
        }
        jobAdded.notify_all();
        segmentReady.notify_all();
        spaceFreed.notify_all();
    }

    void stop()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        jobAdded.notify_all();
        segmentReady.notify_all();
        spaceFreed.notify_all();
        if (writer.joinable())
            writer.join();
        for (std::thread &worker : workers) {
            if (worker.joinable())
                worker.join();
        }
    }

    // Queues a segment for the writer, or holds it when the side producer
    // wrote it before the release, and queues it for a worker when it is not
    // done yet. Blocks while maxPendingBytes wait to be written, or
    // maxHeldBytes are held.
    Status push(std::shared_ptr<Segment> segment)
    {
        const bool job = !segment->done;
        const bool side = segment->side;
        bool wakeWriter = false;
        {
            std::unique_lock lock(mutex);
            spaceFreed.wait(lock, [this, side] {
                if (stopping)
                    return true;
                if (side && !released)
                    return heldBytes < maxHeldBytes;
                return pendingBytes < maxPendingBytes;
            });
            if (!error.isEmpty())
                return makeError(error);
            if (stopping)
                return makeError(tr("The zip file %1 is already closed.").arg(file.fileName()));
            if (job)
                (side ? sideJobs : jobs).push_back(segment.get());
            if (side && !released) {
                segment->held = true;
                heldBytes += segment->accountedBytes;
                held.push_back(std::move(segment));
            } else {
                pendingBytes += segment->accountedBytes;
                // The writer waits only for the front segment, so a ready one
                // pushed behind others does not need to wake it.
                wakeWriter = !job && ordered.empty();
                ordered.push_back(std::move(segment));
            }
        }
        if (job)
            jobAdded.notify_one();
        else if (wakeWriter)
            segmentReady.notify_one();
        return {};
    }

    // Queues the held segments behind everything queued so far; the side
    // producer's later segments go straight to the writer.
    void release()
    {
        {
            std::lock_guard lock(mutex);
            released = true;
            for (std::shared_ptr<Segment> &segment : held) {
                segment->held = false;
                pendingBytes += segment->accountedBytes;
                ordered.push_back(std::move(segment));
            }
            held.clear();
            heldBytes = 0;
        }
        segmentReady.notify_one();
        spaceFreed.notify_all();
    }

    void runWorker()
    {
        Deflater deflater(level);
        while (true) {
            Segment *chunk = nullptr;
            {
                std::unique_lock lock(mutex);
                jobAdded.wait(lock, [this] { return stopping || !jobs.empty() || !sideJobs.empty(); });
                if (stopping)
                    break;
                std::deque<Segment *> &queue = jobs.empty() ? sideJobs : jobs;
                chunk = queue.front();
                queue.pop_front();
            }
            chunk->inputBytes = chunk->input.size();
            chunk->crc = crc32Of(chunk->input);
            chunk->error = deflater.compress(*chunk);
            chunk->input = QByteArray();
            chunk->dictionary = QByteArray();
            bool wakeWriter = false;
            bool wakeProducers = false;
            {
                std::lock_guard lock(mutex);
                chunk->done = true;
                if (chunk->side) {
                    // Held side data is bounded by what it takes in memory now.
                    qsizetype &pool = chunk->held ? heldBytes : pendingBytes;
                    pool -= chunk->accountedBytes;
                    chunk->accountedBytes = chunk->output.size();
                    pool += chunk->accountedBytes;
                    wakeProducers = true;
                }
                wakeWriter = !ordered.empty() && ordered.front().get() == chunk;
            }
            if (wakeWriter)
                segmentReady.notify_one();
            if (wakeProducers)
                spaceFreed.notify_all();
        }
    }

    bool writeBytes(const QByteArray &bytes)
    {
        if (file.write(bytes) != bytes.size()) {
            fail(describeWriteFailure(file.fileName(), file.errorString(), qint64(written), bytes.size()));
            return false;
        }
        EVP_DigestUpdate(hash, bytes.constData(), size_t(bytes.size()));
        written += quint64(bytes.size());
        return true;
    }

    // Writes the central directory, the side producer's entries first, and
    // the end records.
    bool writeDirectory()
    {
        const quint64 directoryOffset = written;
        QByteArray batch;
        for (const bool side : { true, false }) {
            for (size_t i = 0; i < entries.size(); ++i) {
                if (sideEntries[i] != side)
                    continue;
                batch += zip::centralDirectoryHeader(entries[i]);
                if (batch.size() >= 1024 * 1024) {
                    if (!writeBytes(batch))
                        return false;
                    batch.clear();
                }
            }
        }
        if (!writeBytes(batch))
            return false;
        const quint64 directorySize = written - directoryOffset;
        if (!writeBytes(zip::endOfCentralDirectory(entries.size(), directoryOffset, directorySize)))
            return false;
        if (!file.flush()) {
            fail(describeWriteFailure(file.fileName(), file.errorString(), qint64(written), 1));
            return false;
        }
        return true;
    }

    bool writeSegment(Segment &segment)
    {
        switch (segment.kind) {
        case Segment::Kind::Header: {
            segment.entry.localHeaderOffset = written;
            const QByteArray header = zip::localFileHeader(segment.entry);
            entries.push_back(segment.entry);
            sideEntries.push_back(segment.side);
            dataOffsets.push_back(written + quint64(header.size()));
            return writeBytes(header);
        }
        case Segment::Kind::Chunk: {
            zip::EntryRecord &entry = entries.back();
            // zlib's crc32_combine: ISA-L 2.30 has no call that joins two CRCs.
            entry.crc32 = quint32(crc32_combine(entry.crc32, segment.crc, z_off_t(segment.inputBytes)));
            entry.compressedSize += quint64(segment.output.size());
            entry.uncompressedSize += quint64(segment.inputBytes);
            return writeBytes(segment.output);
        }
        case Segment::Kind::Descriptor: {
            const zip::EntryRecord &entry = entries.back();
            if (!entry.zip64
                && (entry.compressedSize >= zip::zip64Threshold || entry.uncompressedSize >= zip::zip64Threshold)) {
                fail(tr("The zip entry %1 reached 4 GiB, but was started with a smaller size and has no zip64 "
                        "fields.")
                         .arg(QString::fromUtf8(entry.name)));
                return false;
            }
            return writeBytes(zip::dataDescriptor(entry));
        }
        case Segment::Kind::Copy:
            return writeCopy(segment);
        case Segment::Kind::End:
            return writeDirectory();
        }
        return false;
    }

    // Writes a new entry with the method, CRC-32, sizes and compressed data
    // of the finished main-producer entry `segment.source`, read back from
    // the file.
    bool writeCopy(Segment &segment)
    {
        for (; indexedEntries < entries.size(); ++indexedEntries) {
            if (!sideEntries[indexedEntries])
                entryIndex.insert(entries[indexedEntries].name, indexedEntries);
        }
        const auto found = entryIndex.constFind(segment.source);
        if (found == entryIndex.cend()) {
            fail(tr("The zip entry %1 cannot be copied from %2, which %3 does not contain.")
                     .arg(QString::fromUtf8(segment.entry.name), QString::fromUtf8(segment.source), file.fileName()));
            return false;
        }
        zip::EntryRecord entry = entries[found.value()];
        const quint64 sourceOffset = dataOffsets[found.value()];
        entry.name = segment.entry.name;
        entry.localHeaderOffset = written;
        const QByteArray header = zip::localFileHeader(entry);
        entries.push_back(entry);
        sideEntries.push_back(false);
        dataOffsets.push_back(written + quint64(header.size()));
        if (!writeBytes(header))
            return false;

        // The source's bytes may still wait in QFile's buffer.
        if (!file.flush()) {
            fail(describeWriteFailure(file.fileName(), file.errorString(), qint64(written), 1));
            return false;
        }
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        quint64 copied = 0;
        while (copied < entry.compressedSize) {
            const size_t want = size_t(std::min<quint64>(quint64(block.size()), entry.compressedSize - copied));
            const ssize_t count = ::pread(file.handle(), block.data(), want, off_t(sourceOffset + copied));
            if (count <= 0) {
                fail(tr("Reading entry %1 back from %2 failed: %3")
                         .arg(QString::fromUtf8(segment.source), file.fileName(),
                             count < 0 ? qt_error_string(errno) : tr("the file ends early")));
                return false;
            }
            if (!writeBytes(QByteArray::fromRawData(block.constData(), qsizetype(count))))
                return false;
            copied += quint64(count);
        }
        copiedBytes += entry.uncompressedSize;
        return writeBytes(zip::dataDescriptor(entry));
    }

    void runWriter()
    {
        while (true) {
            std::shared_ptr<Segment> segment;
            bool wakeCaller = false;
            {
                std::unique_lock lock(mutex);
                segmentReady.wait(lock, [this] { return stopping || (!ordered.empty() && ordered.front()->done); });
                if (stopping)
                    return;
                segment = std::move(ordered.front());
                ordered.pop_front();
                wakeCaller = pendingBytes >= maxPendingBytes;
                pendingBytes -= segment->accountedBytes;
            }
            if (wakeCaller)
                spaceFreed.notify_all();
            if (!segment->error.isEmpty()) {
                fail(segment->error);
                return;
            }
            if (!writeSegment(*segment))
                return;
            if (segment->kind == Segment::Kind::End) {
                std::lock_guard lock(mutex);
                finished = true;
                return;
            }
        }
    }
};

ZipOutput::ZipOutput(int deflateLevel) : ZipOutput(deflateLevel, Tuning {}) { }

ZipOutput::ZipOutput(int deflateLevel, const Tuning &tuning)
    : m_deflateLevel(std::clamp(deflateLevel, ISAL_DEF_MIN_LEVEL, ISAL_DEF_MAX_LEVEL)), m_tuning(tuning)
{
    if (m_tuning.threads <= 0)
        m_tuning.threads = std::max(1, QThread::idealThreadCount());
    m_tuning.chunkBytes = std::max<qsizetype>(m_tuning.chunkBytes, 64 * 1024);
    m_tuning.maxPendingBytes = std::max(m_tuning.maxPendingBytes, m_tuning.chunkBytes);
    m_tuning.maxHeldBytes = std::max(m_tuning.maxHeldBytes, m_tuning.chunkBytes);
}

ZipOutput::~ZipOutput()
{
    abort();
}

Status ZipOutput::open(const QString &path)
{
    abort();
    auto pipeline = std::make_unique<Pipeline>();
    pipeline->level = m_deflateLevel;
    pipeline->maxPendingBytes = m_tuning.maxPendingBytes;
    pipeline->maxHeldBytes = m_tuning.maxHeldBytes;
    pipeline->file.setFileName(path);
    // Read access lets copyEntry() read an entry's data back.
    if (!pipeline->file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return makeError(tr("Could not create %1: %2").arg(path, pipeline->file.errorString()));
    pipeline->hash = EVP_MD_CTX_new();
    if (!pipeline->hash || EVP_DigestInit_ex(pipeline->hash, EVP_sha256(), nullptr) != 1)
        return makeError(tr("Could not start a SHA-256 hash for %1.").arg(path));

    Pipeline *raw = pipeline.get();
    raw->writer = std::thread([raw] { raw->runWriter(); });
    for (int i = 0; i < m_tuning.threads; ++i)
        raw->workers.emplace_back([raw] { raw->runWorker(); });
    m_pipeline = std::move(pipeline);
    m_path = path;
    m_main = Lane {};
    m_side = Lane {};
    m_released = false;
    return {};
}

Status ZipOutput::submitChunk(Producer producer, bool last)
{
    Lane &state = lane(producer);
    auto chunk = std::make_shared<Segment>();
    chunk->kind = Segment::Kind::Chunk;
    chunk->side = producer == Producer::Side;
    chunk->last = last;
    chunk->input = std::move(state.chunk);
    state.chunk = QByteArray();
    if (state.entryDeflated) {
        chunk->dictionary = state.previousTail;
        if (!last)
            state.previousTail = chunk->input.right(dictionaryBytes);
    }
    chunk->accountedBytes = chunk->input.size();
    if (!state.entryDeflated) {
        // CRC-32 runs at several GB/s, so a stored chunk is finished here
        // rather than waiting for a worker to be scheduled.
        chunk->inputBytes = chunk->input.size();
        chunk->crc = crc32Of(chunk->input);
        chunk->output = std::move(chunk->input);
        chunk->done = true;
    }
    return m_pipeline->push(std::move(chunk));
}

Status ZipOutput::finishEntry(Producer producer)
{
    Lane &state = lane(producer);
    if (!m_pipeline || !state.entryOpen)
        return {};
    state.entryOpen = false;
    // A deflated entry always ends with a final block, even an empty one.
    if (state.entryDeflated || !state.chunk.isEmpty()) {
        if (Status submitted = submitChunk(producer, true); !submitted.ok())
            return submitted;
    }
    state.previousTail.clear();
    auto descriptor = std::make_shared<Segment>();
    descriptor->kind = Segment::Kind::Descriptor;
    descriptor->side = producer == Producer::Side;
    descriptor->done = true;
    return m_pipeline->push(std::move(descriptor));
}

Status ZipOutput::beginEntry(const QString &name, qint64 size, bool deflate, std::time_t mtime, Producer producer)
{
    if (!m_pipeline)
        return makeError(tr("The zip file %1 is not open.").arg(m_path));
    if (producer == Producer::Main && m_released)
        return makeError(tr("The zip file %1 takes no more entries of the main producer after the release.")
                             .arg(m_path));
    Lane &state = lane(producer);
    if (state.entryOpen) {
        if (Status finished = finishEntry(producer); !finished.ok())
            return finished;
    }
    auto header = std::make_shared<Segment>();
    header->kind = Segment::Kind::Header;
    header->side = producer == Producer::Side;
    header->entry.name = name.toUtf8();
    header->entry.method = deflate ? zip::Method::Deflated : zip::Method::Stored;
    header->entry.mtime = mtime ? mtime : std::time(nullptr);
    header->entry.zip64 = size < 0 || size >= zip64FromSize;
    header->done = true;
    if (Status pushed = m_pipeline->push(std::move(header)); !pushed.ok())
        return pushed;

    state.entryOpen = true;
    state.entryDeflated = deflate;
    state.chunk = QByteArray();
    state.chunk.reserve(size >= 0 && size < m_tuning.chunkBytes ? qsizetype(size) : m_tuning.chunkBytes);
    state.previousTail.clear();
    return {};
}

Status ZipOutput::writeData(QByteArrayView data, Producer producer)
{
    Lane &state = lane(producer);
    if (!m_pipeline || !state.entryOpen)
        return makeError(tr("No zip entry is open in %1.").arg(m_path));
    while (!data.isEmpty()) {
        // A full chunk is sent only once more data arrives, so that an
        // entry's last chunk is always the one that ends its deflate stream.
        if (state.chunk.size() >= m_tuning.chunkBytes) {
            if (Status submitted = submitChunk(producer, false); !submitted.ok())
                return submitted;
            state.chunk.reserve(m_tuning.chunkBytes);
        }
        const qsizetype take = std::min(data.size(), m_tuning.chunkBytes - state.chunk.size());
        state.chunk.append(data.first(take));
        data = data.sliced(take);
    }
    return {};
}

Status ZipOutput::copyEntry(const QString &sourceName, const QString &name)
{
    if (!m_pipeline)
        return makeError(tr("The zip file %1 is not open.").arg(m_path));
    if (m_released)
        return makeError(tr("The zip file %1 takes no more entries of the main producer after the release.")
                             .arg(m_path));
    if (Status finished = finishEntry(Producer::Main); !finished.ok())
        return finished;
    auto copy = std::make_shared<Segment>();
    copy->kind = Segment::Kind::Copy;
    copy->entry.name = name.toUtf8();
    copy->source = sourceName.toUtf8();
    copy->done = true;
    return m_pipeline->push(std::move(copy));
}

Status ZipOutput::releaseSide()
{
    if (!m_pipeline)
        return makeError(tr("The zip file %1 is not open.").arg(m_path));
    if (m_released)
        return {};
    if (Status finished = finishEntry(Producer::Main); !finished.ok())
        return finished;
    m_pipeline->release();
    m_released = true;
    return {};
}

Result<ZipOutput::Summary> ZipOutput::close()
{
    if (!m_pipeline)
        return makeError(tr("The zip file %1 is not open.").arg(m_path));
    if (Status released = releaseSide(); !released.ok())
        return makeError(released.error());
    if (Status finished = finishEntry(Producer::Side); !finished.ok())
        return makeError(finished.error());
    auto end = std::make_shared<Segment>();
    end->kind = Segment::Kind::End;
    end->done = true;
    if (Status pushed = m_pipeline->push(std::move(end)); !pushed.ok())
        return makeError(pushed.error());

    m_pipeline->writer.join();
    m_pipeline->stop();
    const std::unique_ptr<Pipeline> pipeline = std::move(m_pipeline);
    if (!pipeline->error.isEmpty())
        return makeError(pipeline->error);
    if (!pipeline->finished)
        return makeError(tr("Writing %1 stopped before the end.").arg(m_path));
    pipeline->file.close();
    if (pipeline->file.error() != QFileDevice::NoError)
        return makeError(describeWriteFailure(m_path, pipeline->file.errorString(), qint64(pipeline->written), 1));

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_DigestFinal_ex(pipeline->hash, digest, &digestLength) != 1)
        return makeError(tr("Could not finish the SHA-256 hash of %1.").arg(m_path));
    const QByteArray sha256 = QByteArray(reinterpret_cast<const char *>(digest), qsizetype(digestLength)).toHex();
    return Summary { qint64(pipeline->written), sha256, qint64(pipeline->copiedBytes) };
}

void ZipOutput::cancel()
{
    if (m_pipeline)
        m_pipeline->fail(tr("Writing %1 was cancelled.").arg(m_path));
}

void ZipOutput::abort()
{
    if (m_pipeline) {
        m_pipeline->stop();
        m_pipeline->file.close();
        m_pipeline.reset();
    }
    m_main = Lane {};
    m_side = Lane {};
    m_released = false;
}

} // namespace saasodoo::backup
