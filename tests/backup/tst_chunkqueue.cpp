// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/chunkqueue.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace saasodoo::backup;

class TestChunkQueue : public QObject
{
    Q_OBJECT

private slots:
    void chunksArriveInOrder();
    void closeStopsProducer();
    void failureReachesConsumer();
};

void TestChunkQueue::chunksArriveInOrder()
{
    // A capacity far below the data makes the producer wait on the consumer
    // thousands of times, so a missed wake-up shows as a hang.
    ChunkQueue queue(64 * 1024);
    constexpr int chunks = 20000;
    QThread *producer = QThread::create([&queue] {
        for (int i = 0; i < chunks; ++i)
            queue.push(QByteArray(1 + i % 7000, char(i % 251)));
        queue.finish();
    });
    producer->start();

    int received = 0;
    int firstOutOfOrder = -1; // checked after the producer ends, so a failure cannot leave it blocked
    while (true) {
        const QByteArray chunk = queue.pop();
        if (chunk.isEmpty())
            break;
        const bool expected = chunk.size() == 1 + received % 7000 && chunk.at(0) == char(received % 251);
        if (!expected && firstOutOfOrder < 0)
            firstOutOfOrder = received;
        ++received;
    }
    QVERIFY(producer->wait(60000));
    delete producer;
    QCOMPARE(received, chunks);
    QCOMPARE(firstOutOfOrder, -1);
    QVERIFY(!queue.failed());
}

void TestChunkQueue::closeStopsProducer()
{
    ChunkQueue queue(1024);
    std::atomic<bool> rejected = false;
    QThread *producer = QThread::create([&queue, &rejected] {
        while (queue.push(QByteArray(512, 'x'))) { }
        rejected = true;
    });
    producer->start();
    QCOMPARE(queue.pop().size(), 512);
    queue.close();
    QVERIFY(producer->wait(10000));
    delete producer;
    QVERIFY(rejected);
}

void TestChunkQueue::failureReachesConsumer()
{
    ChunkQueue queue;
    queue.push("partial");
    queue.finish(true);
    QCOMPARE(queue.pop(), QByteArray("partial"));
    QVERIFY(queue.pop().isEmpty());
    QVERIFY(queue.failed());
}

QTEST_GUILESS_MAIN(TestChunkQueue)
#include "tst_chunkqueue.moc"
