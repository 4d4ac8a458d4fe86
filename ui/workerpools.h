// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace saasodoo::ui {

// Thread pools for the console's blocking work. Every QtConcurrent::run in
// ui/ names one of them and never QThreadPool::globalInstance(). Qt 6.4's
// raster paint engine runs parts of its fills on the global pool, and the
// GUI thread waits for them in QSemaphore::acquire. A worker stuck there on
// a Docker engine or a catalog server therefore freezes every repaint.

// Catalog reads and writes, files and other local work.
QThreadPool *workerPool();

// Calls to Docker engines, which may hang until their timeout when an
// engine is stopped, so they never hold up the catalog work.
QThreadPool *enginePool();

// Waits until both pools are idle. ConsoleServices calls it before it
// destroys the services that queued tasks may still use.
void waitForWorkerPools();

} // namespace saasodoo::ui
