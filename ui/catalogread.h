// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/catalogconfig.h"
#include "workerpools.h"

#include <QObject>
#include <QtConcurrent>

#include <memory>
#include <type_traits>
#include <utility>

namespace saasodoo::ui {

// Reads from the catalog on a worker thread, so a slow catalog server does
// not block the window. Each read opens its own catalog session from the
// same configuration, since a Catalog belongs to the thread that opened it.
//
// Only the newest read is shown: start() and drop() make any read still
// running deliver nothing when it finishes.
class BackgroundCatalogRead
{
public:
    // Runs `read(catalog::Catalog &)`, which returns a Result, on a worker
    // and passes that Result to `show` on `context`'s thread, unless a later
    // start() or drop() came first or `context` was destroyed meanwhile.
    // `context` must own this object.
    template<typename Read, typename Show>
    void start(QObject *context, const catalog::CatalogConfig &config, Read read, Show show)
    {
        using Read_t = std::invoke_result_t<Read &, catalog::Catalog &>;
        const quint64 generation = ++m_generation;
        m_running = true;
        QtConcurrent::run(workerPool(), [config, read = std::move(read)]() mutable -> Read_t {
            Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
            if (!opened)
                return Error { opened.error() };
            return read(*opened.value());
        }).then(context, [this, generation, show = std::move(show)](Read_t result) mutable {
            if (generation != m_generation)
                return;
            m_running = false;
            show(std::move(result));
        });
    }

    // Drops the read still running, if any.
    void drop()
    {
        ++m_generation;
        m_running = false;
    }

    // Whether a read was started and has not been shown or dropped yet.
    bool running() const { return m_running; }

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace saasodoo::ui
