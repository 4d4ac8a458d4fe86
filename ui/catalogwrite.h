// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleservices.h"

#include "core/catalog/catalog.h"

#include <memory>
#include <utility>

namespace saasodoo::ui {

// Wraps `write(catalog::Catalog &, args...)`, which returns a Result, into a
// function of `args...` that opens a catalog session of its own first. A
// dialog can then run it on a worker thread (see DialogSave), since a
// Catalog belongs to the thread that opened it. The session carries the
// UI catalog's admin name, so the audit log names the same admin.
template<typename Write>
auto catalogWrite(const ConsoleServices &services, Write write)
{
    const catalog::CatalogConfig config = services.catalogConfig();
    const QString adminName = services.catalog() ? services.catalog()->adminName() : QString();
    return [config, adminName, write = std::move(write)](const auto &...args) {
        using Written = decltype(write(std::declval<catalog::Catalog &>(), args...));
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return Written(Error { opened.error() });
        opened.value()->setAdminName(adminName);
        return write(*opened.value(), args...);
    };
}

} // namespace saasodoo::ui
