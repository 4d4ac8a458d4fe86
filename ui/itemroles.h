// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace saasodoo::ui {

// Data roles shared by the console's table models and their proxy.
enum ItemRole {
    // The raw value a column sorts by (a number, a date or a plain string),
    // so sorting never parses display text.
    SortRole = Qt::UserRole + 1,
    // The record's id (a UUID string or a job id), on every column.
    IdRole,
    // The stored status name ("running", "failed"...), on every column.
    StatusRole,
    // The text that the search box matches, on every column.
    SearchRole,
};

} // namespace saasodoo::ui
