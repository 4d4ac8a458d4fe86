// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

namespace saasodoo::demo {

// Fills an empty catalog through the catalog API: `hosts` hosts, one
// customer and tenant per ten instances, and `instances` instances spread
// over every status but deleted. Returns the first error.
Status fillCatalog(catalog::Catalog &catalog, int hosts, int instances);

// Adds catalog records of backups to the first `instances` instances, in
// every state and on both tiers. No archive exists behind them.
Status fillBackups(catalog::Catalog &catalog, int instances);

// Adds three plans, a subscription for each of the first `customers`
// customers, and a few months of their invoices: paid (with the Paynow
// payment that settled them), open, overdue and one voided, plus a pending
// web payment.
Status fillBilling(catalog::Catalog &catalog, int customers);

} // namespace saasodoo::demo
