// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace saasodoo::catalog {

class Catalog;

// A cheap fingerprint of the tables the console lists, so that a console
// can notice another session's changes without reading every row. Each
// field is a table's row count and newest updated_at: an insert, an update
// or a removal changes it, unless two writes to one table land in the same
// clock tick and leave the count equal.
struct ChangeStamps
{
    QString customers;
    QString tenants;
    QString hosts;
    QString instances;

    bool operator==(const ChangeStamps &) const = default;
};

// Reads the stamps with one aggregate query per table.
Result<ChangeStamps> readChangeStamps(Catalog &db);

} // namespace saasodoo::catalog
