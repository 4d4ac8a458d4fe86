// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace saasodoo::ui {

namespace {

// At least four threads even on a two-core machine, because the tasks mostly
// wait on sockets, not on the CPU.
constexpr int kMinThreads = 4;

QThreadPool *makePool(const char *name)
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(std::max(kMinThreads, QThread::idealThreadCount()));
    return pool;
}

} // namespace

// The pools are never deleted, so no static destructor waits on them after
// QCoreApplication is gone. ConsoleServices waits for them instead, before
// it destroys the services their tasks use.
QThreadPool *workerPool()
{
    static QThreadPool *pool = makePool("saasodoo-worker");
    return pool;
}

QThreadPool *enginePool()
{
    static QThreadPool *pool = makePool("saasodoo-engine");
    return pool;
}

void waitForWorkerPools()
{
    workerPool()->waitForDone();
    enginePool()->waitForDone();
}

} // namespace saasodoo::ui
