// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/auditsearch.h"

#include "core/catalog/catalog.h"

#include <QSet>

#include <algorithm>

namespace saasodoo::catalog {

namespace {

// Adds the ids of the jobs that target one of `ids`, because job.create
// and job.state events name the job's target, and later events may name
// the job itself.
Status addJobsOf(Catalog &catalog, QSet<QString> &ids)
{
    const Result<QList<Job>> jobs = catalog.jobs();
    if (!jobs)
        return makeError(jobs.error());
    for (const Job &job : jobs.value()) {
        if (ids.contains(job.targetId))
            ids.insert(job.id);
    }
    return {};
}

// The ids of the records that belong to the customer.
Result<QSet<QString>> customerTargets(Catalog &catalog, const QString &customerId)
{
    QSet<QString> ids { customerId };
    const Result<QList<TenantRow>> tenants = catalog.tenantRows(customerId);
    if (!tenants)
        return makeError(tenants.error());
    for (const TenantRow &row : tenants.value())
        ids.insert(row.tenant.id);
    InstanceFilter filter;
    filter.customerId = customerId;
    filter.includeDeleted = true;
    const Result<QList<InstanceRow>> instances = catalog.instanceRows(filter);
    if (!instances)
        return makeError(instances.error());
    for (const InstanceRow &row : instances.value())
        ids.insert(row.id);
    const Result<QList<Subscription>> subscriptions = catalog.subscriptions(customerId);
    if (!subscriptions)
        return makeError(subscriptions.error());
    for (const Subscription &subscription : subscriptions.value())
        ids.insert(subscription.id);
    InvoiceFilter invoiceFilter;
    invoiceFilter.customerId = customerId;
    const Result<QList<Invoice>> invoices = catalog.invoices(invoiceFilter);
    if (!invoices)
        return makeError(invoices.error());
    for (const Invoice &invoice : invoices.value()) {
        ids.insert(invoice.id);
        const Result<QList<Payment>> payments = catalog.payments(invoice.id);
        if (!payments)
            return makeError(payments.error());
        for (const Payment &payment : payments.value())
            ids.insert(payment.id);
    }
    if (Status jobs = addJobsOf(catalog, ids); !jobs)
        return makeError(jobs.error());
    return ids;
}

} // namespace

bool auditKindMatches(const QString &action, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return true;
    const QString prefix = action.section(u'.', 0, 0);
    return std::any_of(kinds.cbegin(), kinds.cend(),
        [&](const QString &kind) { return kind == action || kind == prefix; });
}

Result<AuditSearchResult> searchAuditEvents(Catalog &catalog, const AuditSearch &search)
{
    // With a customer or an instance, the events of each target are read
    // by target id. Without either, the newest events of the whole log are.
    std::optional<QSet<QString>> targets;
    if (!search.customerId.isEmpty()) {
        const Result<QSet<QString>> ids = customerTargets(catalog, search.customerId);
        if (!ids)
            return makeError(ids.error());
        targets = ids.value();
    }
    if (!search.instanceId.isEmpty()) {
        QSet<QString> ids { search.instanceId };
        if (Status jobs = addJobsOf(catalog, ids); !jobs)
            return makeError(jobs.error());
        targets = targets ? targets->intersect(ids) : ids;
    }

    QList<QList<AuditEvent>> batches;
    if (targets) {
        for (const QString &id : *targets) {
            const Result<QList<AuditEvent>> events = catalog.auditEvents(id, maxAuditScan);
            if (!events)
                return makeError(events.error());
            batches.append(events.value());
        }
    } else {
        const Result<QList<AuditEvent>> events = catalog.auditEvents({}, maxAuditScan);
        if (!events)
            return makeError(events.error());
        batches.append(events.value());
    }

    AuditSearchResult result;
    for (const QList<AuditEvent> &batch : batches) {
        if (batch.size() >= maxAuditScan && (!search.since.isValid() || batch.last().at >= search.since))
            result.scanCapped = true;
        for (const AuditEvent &event : batch) {
            if (search.since.isValid() && event.at < search.since)
                continue;
            if (!auditKindMatches(event.action, search.kinds))
                continue;
            result.events.append(event);
        }
    }
    std::stable_sort(result.events.begin(), result.events.end(),
        [](const AuditEvent &left, const AuditEvent &right) { return left.at > right.at; });
    const int limit = std::max(1, search.limit);
    if (result.events.size() > limit) {
        result.events.resize(limit);
        result.moreMatches = true;
    }
    return result;
}

} // namespace saasodoo::catalog
