// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QStringList>

namespace saasodoo::catalog {

class Catalog;

// Filters of searchAuditEvents. An empty field matches every event.
struct AuditSearch
{
    QDateTime since; // events at or after this time
    // Actions such as "payment.apply", or the part before the dot
    // ("payment") for every action of that kind.
    QStringList kinds;
    // Events of the customer and of its tenants, instances, subscriptions,
    // invoices and payments, including the jobs that target them.
    QString customerId;
    QString instanceId; // events of the instance, including its jobs
    int limit = 100; // newest events returned
};

struct AuditSearchResult
{
    QList<AuditEvent> events; // newest first
    bool moreMatches = false; // more events matched than the limit
    // The scan stopped at maxAuditScan events of one target, or of the
    // whole log, that were all newer than `since`; older matches were not read.
    bool scanCapped = false;
};

// The number of events read per target, or from the whole log, before the
// filters on time and kind apply.
constexpr int maxAuditScan = 100000;

// Returns the audit events that match every filter of `search`.
Result<AuditSearchResult> searchAuditEvents(Catalog &catalog, const AuditSearch &search);

// Returns true when `action` is one of `kinds`, or has one of them before its dot.
bool auditKindMatches(const QString &action, const QStringList &kinds);

} // namespace saasodoo::catalog
