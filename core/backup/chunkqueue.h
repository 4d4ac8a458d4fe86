// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

namespace saasodoo::backup {

// A byte pipe between two threads with a bounded buffer: push() blocks while
// `capacity` bytes wait, so a fast producer (an archive download) cannot
// outrun a slow consumer (deflate) and grow memory.
class ChunkQueue
{
public:
    explicit ChunkQueue(qsizetype capacity = 8 * 1024 * 1024) : m_capacity(capacity) { }

    // Returns false when the consumer closed the queue, so the producer stops.
    bool push(QByteArray chunk)
    {
        QMutexLocker locker(&m_mutex);
        while (!m_closedByConsumer && m_bytes >= m_capacity)
            m_changed.wait(&m_mutex);
        if (m_closedByConsumer)
            return false;
        // Only a consumer that found the queue empty waits, so waking it for
        // every chunk would cost a futex call each time.
        const bool wasEmpty = m_chunks.isEmpty();
        m_bytes += chunk.size();
        m_chunks.enqueue(std::move(chunk));
        if (wasEmpty)
            m_changed.wakeAll();
        return true;
    }

    // Marks the end of the data; `failed` tells the consumer the producer gave up.
    void finish(bool failed = false)
    {
        QMutexLocker locker(&m_mutex);
        m_finished = true;
        m_failed = failed;
        m_changed.wakeAll();
    }

    // Returns the next chunk, or an empty array at the end (check failed()).
    QByteArray pop()
    {
        QMutexLocker locker(&m_mutex);
        while (m_chunks.isEmpty() && !m_finished && !m_closedByConsumer)
            m_changed.wait(&m_mutex);
        if (m_chunks.isEmpty())
            return {};
        QByteArray chunk = m_chunks.dequeue();
        const bool wasFull = m_bytes >= m_capacity;
        m_bytes -= chunk.size();
        if (wasFull && m_bytes < m_capacity)
            m_changed.wakeAll();
        return chunk;
    }

    // Called by the consumer when it stops reading early.
    void close()
    {
        QMutexLocker locker(&m_mutex);
        m_closedByConsumer = true;
        m_chunks.clear();
        m_bytes = 0;
        m_changed.wakeAll();
    }

    bool failed() const
    {
        QMutexLocker locker(&m_mutex);
        return m_failed;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QQueue<QByteArray> m_chunks;
    qsizetype m_capacity;
    qsizetype m_bytes = 0;
    bool m_finished = false;
    bool m_failed = false;
    bool m_closedByConsumer = false;
};

} // namespace saasodoo::backup
