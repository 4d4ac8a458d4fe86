// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace saasodoo::catalog {

class Catalog;

// A cheap fingerprint of the tables the console lists, so that a console
// can notice another session's changes without reading every row. Each
// field except `jobs` is a table's row count and newest updated_at: an
// insert, an update or a removal changes it, unless two writes to one table
// land in the same clock tick and leave the count equal. The jobs table has
// no updated_at, so its stamp is the row count, the newest created_at,
// started_at and finished_at, and the sum of the progress percentages.
struct ChangeStamps
{
    QString customers;
    QString tenants;
    QString hosts;
    QString instances;
    QString plans;
    QString subscriptions;
    QString invoices;
    QString payments;
    QString jobs;

    bool operator==(const ChangeStamps &) const = default;

    // Whether the plans, subscriptions, invoices or payments differ.
    bool billingDiffers(const ChangeStamps &other) const
    {
        return plans != other.plans || subscriptions != other.subscriptions || invoices != other.invoices
            || payments != other.payments;
    }
};

// Reads the stamps with one aggregate query per table.
Result<ChangeStamps> readChangeStamps(Catalog &db);

} // namespace saasodoo::catalog
