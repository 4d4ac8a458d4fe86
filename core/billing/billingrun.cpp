// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingrun.h"

#include "core/billing/customerlock.h"
#include "core/billing/planlimits.h"
#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/common/logging.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobowner.h"
#include "core/provisioning/provisioner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

using catalog::InvoiceStatus;
using catalog::SubscriptionStatus;

// Catching up more periods than this in one run points to a wrong date or
// clock rather than a missed day, so the rest waits for the next run.
constexpr int maxPeriodsPerRun = 12;

QDate lastDay(const QDate &periodEnd)
{
    return periodEnd.addDays(-1);
}

// The open invoices of a customer, of all its subscriptions (cancelled
// ones included), sorted by due date. Dunning counts them all, so that
// cancelling a subscription and starting a new one does not clear a debt.
Result<QList<catalog::Invoice>> openInvoices(catalog::Catalog &catalog, const QString &customerId)
{
    catalog::InvoiceFilter filter;
    filter.customerId = customerId;
    filter.statuses = { InvoiceStatus::Open };
    const Result<QList<catalog::Invoice>> loaded = catalog.invoices(filter);
    if (!loaded)
        return loaded;
    QList<catalog::Invoice> open = loaded.value();
    std::stable_sort(open.begin(), open.end(),
        [](const catalog::Invoice &a, const catalog::Invoice &b) { return a.dueDate < b.dueDate; });
    return open;
}

// The oldest open invoice unpaid more than `days` after its due date.
std::optional<catalog::Invoice> oldestOverdue(const QList<catalog::Invoice> &open, const QDate &today, int days)
{
    for (const catalog::Invoice &invoice : open) {
        if (invoice.dueDate.addDays(days) < today)
            return invoice;
    }
    return std::nullopt;
}

// The day a reactivation is judged on: the run's day, but never before
// the current day (UTC), so that a run dated in the past does not resume
// a customer whose invoices are overdue today.
QDate reactivationDay(const QDate &runDay)
{
    return std::max(runDay, QDateTime::currentDateTimeUtc().date());
}

// Whether an instance in `status` may have its container up after a job
// that was killed half way (a resume, start, restart or suspension).
bool isTransitional(catalog::InstanceStatus status)
{
    return status == catalog::InstanceStatus::Starting || status == catalog::InstanceStatus::Restarting
        || status == catalog::InstanceStatus::Stopping;
}

// The customer's instances that a suspension stops: running or stopped,
// or left starting, restarting or stopping by an interrupted job, because
// their container may still be up. An instance in error counts only when
// dunning recorded a suspension of it, because then a dunning stop or
// resume left it so.
Result<QList<catalog::InstanceRow>> suspendableInstances(catalog::Catalog &catalog, const QString &customerId)
{
    catalog::InstanceFilter filter;
    filter.customerId = customerId;
    filter.statuses = { catalog::InstanceStatus::Running, catalog::InstanceStatus::Stopped,
        catalog::InstanceStatus::Starting, catalog::InstanceStatus::Restarting, catalog::InstanceStatus::Stopping,
        catalog::InstanceStatus::Error };
    const Result<QList<catalog::InstanceRow>> rows = catalog.instanceRows(filter);
    if (!rows)
        return rows;
    const Result<QList<catalog::DunningSuspension>> recorded = catalog.dunningSuspensions();
    if (!recorded)
        return makeError(recorded.error());
    QSet<QString> dunned;
    for (const catalog::DunningSuspension &entry : recorded.value())
        dunned.insert(entry.instanceId);
    QList<catalog::InstanceRow> suspendable;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.status != catalog::InstanceStatus::Error || dunned.contains(row.id))
            suspendable.append(row);
    }
    return suspendable;
}

// A SuspendInstances action that stops `instances` for the overdue
// `invoice`. The caller writes the description.
BillingAction suspendInstancesAction(const BillingAction &base, const catalog::Invoice &invoice,
    const QList<catalog::InstanceRow> &instances, bool finishSuspension)
{
    BillingAction action = base;
    action.kind = BillingActionKind::SuspendInstances;
    action.finishSuspension = finishSuspension;
    action.invoiceId = invoice.id;
    action.invoiceNumber = invoice.number;
    action.dueDate = invoice.dueDate;
    for (const catalog::InstanceRow &row : instances) {
        action.instanceIds.append(row.id);
        action.instanceNames.append(row.name);
    }
    return action;
}

// Whether the customer still has an invoice overdue long enough for a
// suspension on `today`. A payment made while a run suspends settles it.
Result<bool> stillSuspends(catalog::Catalog &catalog, const BillingSettings &settings, const QString &customerId,
    const QDate &today)
{
    const Result<QList<catalog::Invoice>> open = openInvoices(catalog, customerId);
    if (!open)
        return makeError(open.error());
    return oldestOverdue(open.value(), today, settings.graceDays + settings.suspendAfterDays).has_value();
}

QString invoiceLineText(const QString &planName, const QDate &start, const QDate &end)
{
    return tr("Odoo hosting, plan %1, %2 to %3")
        .arg(planName, start.toString(Qt::ISODate), lastDay(end).toString(Qt::ISODate));
}

// Plans one subscription's actions and appends them to `actions`.
// `carriesDunning` is set on the one cancelled subscription that carries
// the dunning of a customer without a live subscription.
Status planSubscription(catalog::Catalog &catalog, const BillingSettings &settings,
    const catalog::Subscription &subscription, const QDate &today, bool carriesDunning, QList<BillingAction> &actions)
{
    const Result<catalog::Plan> plan = catalog.plan(subscription.planId);
    if (!plan)
        return makeError(plan.error());
    const Result<catalog::Customer> customer = catalog.customer(subscription.customerId);
    if (!customer)
        return makeError(customer.error());

    BillingAction base;
    base.subscriptionId = subscription.id;
    base.customerId = subscription.customerId;
    base.customerName = customer->name;
    base.planName = plan->name;
    base.currency = subscription.currency;

    if (subscription.status == SubscriptionStatus::Cancelled) {
        // A cancelled subscription gets no invoice, but the instances that
        // dunning suspended under it resume once the customer has no
        // overdue invoice left.
        const Result<bool> settled = needsReactivation(catalog, subscription.id, reactivationDay(today));
        if (!settled)
            return makeError(settled.error());
        if (settled.value()) {
            BillingAction action = base;
            action.kind = BillingActionKind::Reactivate;
            action.description = tr("Resume the instances that dunning suspended under the cancelled subscription "
                                    "of %1, which has no overdue invoice left.")
                                     .arg(customer->name);
            actions.append(action);
            return {};
        }
        if (!carriesDunning)
            return {};
        // The customer has no live subscription, so this one carries the
        // dunning of its open invoices. It stays cancelled, so there is no
        // past-due step, but the instances are suspended.
        const Result<QList<catalog::Invoice>> open = openInvoices(catalog, subscription.customerId);
        if (!open)
            return makeError(open.error());
        const std::optional<catalog::Invoice> suspend
            = oldestOverdue(open.value(), today, settings.graceDays + settings.suspendAfterDays);
        if (!suspend)
            return {};
        const Result<QList<catalog::InstanceRow>> left = suspendableInstances(catalog, subscription.customerId);
        if (!left)
            return makeError(left.error());
        if (left->isEmpty())
            return {};
        BillingAction action = suspendInstancesAction(base, *suspend, left.value(), true);
        action.description = tr("Suspend %1 instance(s) of %2 (%3): the subscription is cancelled, but invoice %4, "
                                "due %5, is unpaid.")
                                 .arg(action.instanceIds.size())
                                 .arg(customer->name, action.instanceNames.join(QStringLiteral(", ")),
                                     suspend->number, suspend->dueDate.toString(Qt::ISODate));
        actions.append(action);
        return {};
    }

    // Invoices for the periods that have started. A suspended subscription
    // gets none until it is settled.
    if (subscription.status != SubscriptionStatus::Suspended) {
        QDate start = subscription.nextInvoiceDate;
        for (int count = 0; start.isValid() && start <= today && count < maxPeriodsPerRun; ++count) {
            BillingAction action = base;
            action.kind = BillingActionKind::GenerateInvoice;
            action.periodStart = start;
            action.periodEnd = nextPeriodStart(start, subscription.billingDay);
            action.amountCents = totalWithVat(plan->priceCents(subscription.currency), settings.vatRateBasisPoints);
            action.description = tr("Invoice %1 for plan %2, %3 to %4: %5.")
                                     .arg(customer->name, plan->name, action.periodStart.toString(Qt::ISODate),
                                         lastDay(action.periodEnd).toString(Qt::ISODate),
                                         catalog::formatMoney(action.amountCents, subscription.currency));
            actions.append(action);
            start = action.periodEnd;
        }
    }

    // Dunning looks only at invoices already issued, because the ones
    // generated above are due in the future.
    const Result<QList<catalog::Invoice>> open = openInvoices(catalog, subscription.customerId);
    if (!open)
        return makeError(open.error());
    const std::optional<catalog::Invoice> pastDue = oldestOverdue(open.value(), today, settings.graceDays);
    const std::optional<catalog::Invoice> suspend
        = oldestOverdue(open.value(), today, settings.graceDays + settings.suspendAfterDays);
    const bool overdueNow = pastDue || oldestOverdue(open.value(), reactivationDay(today), settings.graceDays);

    if (pastDue && (subscription.status == SubscriptionStatus::Active || subscription.status == SubscriptionStatus::Trial)) {
        BillingAction action = base;
        action.kind = BillingActionKind::MarkPastDue;
        action.invoiceId = pastDue->id;
        action.invoiceNumber = pastDue->number;
        action.dueDate = pastDue->dueDate;
        action.description = tr("Mark the subscription of %1 past due: invoice %2 was due on %3 and is unpaid "
                                "after %4 grace day(s).")
                                 .arg(customer->name, pastDue->number, pastDue->dueDate.toString(Qt::ISODate))
                                 .arg(settings.graceDays);
        actions.append(action);
    }
    if (suspend && subscription.status != SubscriptionStatus::Suspended) {
        const Result<QList<catalog::InstanceRow>> instances = suspendableInstances(catalog, subscription.customerId);
        if (!instances)
            return makeError(instances.error());
        BillingAction action = suspendInstancesAction(base, *suspend, instances.value(), false);
        action.description = tr("Suspend the subscription of %1 and its %2 instance(s) (%3): invoice %4 was due "
                                "on %5.")
                                 .arg(customer->name)
                                 .arg(action.instanceIds.size())
                                 .arg(action.instanceNames.isEmpty() ? tr("none")
                                                                     : action.instanceNames.join(QStringLiteral(", ")),
                                     suspend->number, suspend->dueDate.toString(Qt::ISODate));
        actions.append(action);
    }
    if (suspend && subscription.status == SubscriptionStatus::Suspended) {
        const Result<QList<catalog::InstanceRow>> left = suspendableInstances(catalog, subscription.customerId);
        if (!left)
            return makeError(left.error());
        if (!left->isEmpty()) {
            BillingAction action = suspendInstancesAction(base, *suspend, left.value(), true);
            action.description = tr("Finish suspending %1 instance(s) of %2 (%3): the subscription is suspended "
                                    "for invoice %4, due %5, but they are not stopped (an admin started them, or "
                                    "an earlier run was interrupted).")
                                     .arg(action.instanceIds.size())
                                     .arg(customer->name, action.instanceNames.join(QStringLiteral(", ")),
                                         suspend->number, suspend->dueDate.toString(Qt::ISODate));
            actions.append(action);
        }
    }
    if (!overdueNow
        && (subscription.status == SubscriptionStatus::Active || subscription.status == SubscriptionStatus::Trial)) {
        // A reactivation killed half way (a payment's job or an earlier
        // run) left the subscription active and instances suspended or
        // starting with their records: the run finishes it.
        const Result<QList<catalog::DunningSuspension>> left = catalog.dunningSuspensions(subscription.id);
        if (!left)
            return makeError(left.error());
        if (!left->isEmpty()) {
            BillingAction action = base;
            action.kind = BillingActionKind::Reactivate;
            for (const catalog::DunningSuspension &entry : left.value()) {
                action.instanceIds.append(entry.instanceId);
                const Result<catalog::Instance> instance = catalog.instance(entry.instanceId);
                action.instanceNames.append(instance ? instance->name : entry.instanceId);
            }
            action.description = tr("Finish resuming %1 instance(s) of %2 (%3): the subscription is active again, "
                                    "but an earlier resume did not finish.")
                                     .arg(action.instanceIds.size())
                                     .arg(customer->name, action.instanceNames.join(QStringLiteral(", ")));
            actions.append(action);
        }
    }
    if (!overdueNow
        && (subscription.status == SubscriptionStatus::PastDue || subscription.status == SubscriptionStatus::Suspended)) {
        const Result<QList<catalog::DunningSuspension>> suspended = catalog.dunningSuspensions(subscription.id);
        if (!suspended)
            return makeError(suspended.error());
        BillingAction action = base;
        action.kind = BillingActionKind::Reactivate;
        int toStart = 0;
        for (const catalog::DunningSuspension &entry : suspended.value()) {
            action.instanceIds.append(entry.instanceId);
            const Result<catalog::Instance> instance = catalog.instance(entry.instanceId);
            action.instanceNames.append(instance ? instance->name : entry.instanceId);
            toStart += entry.previousStatus == catalog::InstanceStatus::Running ? 1 : 0;
        }
        action.description = tr("Reactivate the subscription of %1, which has no overdue invoice, and resume %2 "
                                "instance(s); %3 that were stopped before the suspension stay stopped.")
                                 .arg(customer->name)
                                 .arg(toStart)
                                 .arg(action.instanceIds.size() - toStart);
        actions.append(action);
    }
    return {};
}

Status generateInvoice(catalog::Catalog &catalog, const BillingSettings &settings, const BillingAction &action,
    const QDate &today, jobs::JobContext &context)
{
    const Result<catalog::Subscription> loaded = catalog.subscription(action.subscriptionId);
    if (!loaded)
        return makeError(loaded.error());
    catalog::Subscription subscription = loaded.value();
    if (subscription.nextInvoiceDate < action.periodStart) {
        // An earlier period of this run failed, so this one waits for it.
        return makeError(tr("The period starting %1 of %2 was not invoiced, because the period starting %3 is not "
                            "invoiced yet.")
                             .arg(action.periodStart.toString(Qt::ISODate), action.customerName,
                                 subscription.nextInvoiceDate.toString(Qt::ISODate)));
    }
    if (subscription.nextInvoiceDate != action.periodStart) {
        context.info(tr("The invoice for the period starting %1 of %2 was already generated by another run; "
                        "skipped.")
                         .arg(action.periodStart.toString(Qt::ISODate), action.customerName));
        return {};
    }
    const Result<catalog::Plan> plan = catalog.plan(subscription.planId);
    if (!plan)
        return makeError(plan.error());

    catalog::Invoice invoice;
    invoice.customerId = subscription.customerId;
    invoice.subscriptionId = subscription.id;
    invoice.currency = subscription.currency;
    invoice.periodStart = action.periodStart;
    invoice.periodEnd = action.periodEnd;
    // NOTE: a run dated in the past issues invoices that may already be due,
    // so the CLI requires --yes and prints that before such a run.
    invoice.issueDate = today;
    invoice.dueDate = today.addDays(settings.paymentTermsDays);
    invoice.vatRateBasisPoints = settings.vatRateBasisPoints;
    invoice.lines.append({ invoiceLineText(plan->name, action.periodStart, action.periodEnd), 1,
        plan->priceCents(subscription.currency), 0 });
    const SubscriptionStatus before = subscription.status;
    subscription.periodStart = action.periodStart;
    subscription.periodEnd = action.periodEnd;
    subscription.nextInvoiceDate = action.periodEnd;
    if (subscription.status == SubscriptionStatus::Trial)
        subscription.status = SubscriptionStatus::Active;
    // issuePeriodInvoice puts the invoice number in place of %1.
    const QString note
        = before == SubscriptionStatus::Trial ? tr("Trial ended; invoice %1 issued.") : tr("Invoice %1 issued.");

    // One transaction: a second run invoicing the same period at the same
    // time fails on the subscription's row version and writes nothing.
    const Result<catalog::Invoice> created = catalog.issuePeriodInvoice(invoice, subscription, note);
    if (!created) {
        // A run in another process may have issued this period's invoice
        // first. Its commit shows as a row-version conflict, or as the
        // one-invoice-per-period constraint, and either way the period is
        // invoiced, which is what this run wanted.
        const catalog::ErrorKind kind = catalog.lastErrorKind();
        if (kind != catalog::ErrorKind::Conflict && kind != catalog::ErrorKind::Validation)
            return makeError(created.error());
        const Result<catalog::Subscription> current = catalog.subscription(action.subscriptionId);
        if (!current)
            return makeError(current.error());
        if (current->nextInvoiceDate > action.periodStart) {
            context.info(tr("The invoice for the period starting %1 of %2 was already generated by another run; "
                            "skipped.")
                             .arg(action.periodStart.toString(Qt::ISODate), action.customerName));
            return {};
        }
        return makeError(created.error());
    }
    context.info(tr("Issued invoice %1 to %2: %3, due %4.")
                     .arg(created->number, action.customerName,
                         catalog::formatMoney(created->totalCents, created->currency),
                         created->dueDate.toString(Qt::ISODate)));
    return {};
}

Result<catalog::Subscription> setStatus(catalog::Catalog &catalog, const QString &subscriptionId,
    SubscriptionStatus status, const QString &note)
{
    const Result<catalog::Subscription> loaded = catalog.subscription(subscriptionId);
    if (!loaded)
        return loaded;
    catalog::Subscription changed = loaded.value();
    changed.status = status;
    return catalog.updateSubscription(changed, note);
}

// Moves a subscription to `status` for a dunning action when its stored
// status is still one of `from`. Returns false, changing nothing, when it
// is not, because another billing run (or an admin) changed it after this
// run planned the action. A row-version conflict is retried once with the
// status read again.
Result<bool> moveStatus(catalog::Catalog &catalog, const QString &subscriptionId,
    std::initializer_list<SubscriptionStatus> from, SubscriptionStatus status, const QString &note)
{
    for (int attempt = 0;; ++attempt) {
        const Result<catalog::Subscription> loaded = catalog.subscription(subscriptionId);
        if (!loaded)
            return makeError(loaded.error());
        if (std::find(from.begin(), from.end(), loaded->status) == from.end())
            return false;
        catalog::Subscription changed = loaded.value();
        changed.status = status;
        const Result<catalog::Subscription> saved = catalog.updateSubscription(changed, note);
        if (saved)
            return true;
        if (catalog.lastErrorKind() != catalog::ErrorKind::Conflict || attempt > 0)
            return makeError(saved.error());
    }
}

// The status changes of an instance since dunning recorded its suspension, read
// from the instance's status audit events.
struct SinceSuspension
{
    // The suspension reached the suspended state.
    bool suspended = false;
    // After that the instance ran or was stopped, by an admin or by an
    // earlier resume: the record no longer describes its state.
    bool changedSince = false;
};

Result<SinceSuspension> sinceSuspension(catalog::Catalog &catalog, const catalog::DunningSuspension &entry)
{
    const Result<QList<catalog::AuditEvent>> events = catalog.auditEvents(entry.instanceId, 500);
    if (!events)
        return makeError(events.error());
    SinceSuspension since;
    // Newest first, so walk them backwards.
    for (auto event = events->crbegin(); event != events->crend(); ++event) {
        if (event->action != QLatin1String("instance.status") || event->at < entry.suspendedAt)
            continue;
        const std::optional<catalog::InstanceStatus> status
            = catalog::instanceStatusFromString(event->details.value(QStringLiteral("status")).toString());
        if (!status)
            continue;
        if (!since.suspended) {
            since.suspended = *status == catalog::InstanceStatus::Suspended;
        } else if (*status == catalog::InstanceStatus::Running || *status == catalog::InstanceStatus::Stopped
            || *status == catalog::InstanceStatus::Deleting || *status == catalog::InstanceStatus::Deleted) {
            since.changedSince = true;
        }
    }
    return since;
}

// The dunning suspension recorded for `instanceId` under the subscription, if any.
Result<std::optional<catalog::DunningSuspension>> recordedSuspension(catalog::Catalog &catalog,
    const QString &subscriptionId, const QString &instanceId)
{
    const Result<QList<catalog::DunningSuspension>> recorded = catalog.dunningSuspensions(subscriptionId);
    if (!recorded)
        return makeError(recorded.error());
    for (const catalog::DunningSuspension &entry : recorded.value()) {
        if (entry.instanceId == instanceId)
            return std::optional<catalog::DunningSuspension>(entry);
    }
    return std::optional<catalog::DunningSuspension>();
}

Status suspendInstances(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    const BillingSettings &settings, const BillingAction &action, const QDate &today, jobs::JobContext &context)
{
    // A reactivation of the same customer may be resuming the instances
    // right now, after a payment this run's plan has not seen. The lock
    // waits for it, and the check below then finds the invoice paid.
    const Result<std::unique_ptr<CustomerBillingLock>> lock
        = CustomerBillingLock::acquire(catalog, action.customerId, action.customerName, context);
    if (!lock)
        return makeError(lock.error());
    const Result<bool> due = stillSuspends(catalog, settings, action.customerId, today);
    if (!due)
        return makeError(due.error());
    if (!due.value()) {
        context.info(tr("%1 has no invoice overdue for suspension any more; nothing is suspended.")
                         .arg(action.customerName));
        return {};
    }

    const QString note = tr("Dunning: invoice %1, due %2, is unpaid.")
                             .arg(action.invoiceNumber, action.dueDate.toString(Qt::ISODate));
    const Result<bool> marked = moveStatus(catalog, action.subscriptionId,
        { SubscriptionStatus::Active, SubscriptionStatus::Trial, SubscriptionStatus::PastDue },
        SubscriptionStatus::Suspended, note);
    if (!marked)
        return makeError(marked.error());
    if (!marked.value() && action.finishSuspension) {
        const Result<catalog::Subscription> current = catalog.subscription(action.subscriptionId);
        if (!current)
            return makeError(current.error());
        if (current->status != SubscriptionStatus::Suspended && current->status != SubscriptionStatus::Cancelled) {
            context.info(tr("The subscription of %1 is %2 now, not suspended; its instances are left as they are.")
                             .arg(action.customerName, catalog::toString(current->status)));
            return {};
        }
    } else if (!marked.value()) {
        // The run that suspended the subscription also suspends its instances.
        context.info(tr("The subscription of %1 was already suspended or changed by another run; skipped.")
                         .arg(action.customerName));
        return {};
    }
    if (!action.instanceIds.isEmpty() && !provisioner)
        return makeError(tr("No provisioner is available to suspend the instances of %1.").arg(action.customerName));

    QStringList failures;
    for (const QString &instanceId : action.instanceIds) {
        // Stopping takes a while per instance, and the customer may pay
        // meanwhile: then the rest stay up.
        const Result<bool> overdue = stillSuspends(catalog, settings, action.customerId, today);
        if (!overdue) {
            failures.append(overdue.error());
            break;
        }
        const Result<catalog::Subscription> current = catalog.subscription(action.subscriptionId);
        if (!current) {
            failures.append(current.error());
            break;
        }
        if (!overdue.value() || current->status == SubscriptionStatus::Active
            || current->status == SubscriptionStatus::Trial) {
            context.info(tr("%1 has no invoice overdue for suspension any more (subscription %2); stopped suspending "
                            "the instances.")
                             .arg(action.customerName, catalog::toString(current->status)));
            break;
        }
        const Result<catalog::Instance> instance = catalog.instance(instanceId);
        if (!instance) {
            failures.append(instance.error());
            continue;
        }
        if (instance->status == catalog::InstanceStatus::Suspended)
            continue;
        const Result<std::optional<catalog::DunningSuspension>> existing
            = recordedSuspension(catalog, action.subscriptionId, instanceId);
        if (!existing) {
            failures.append(existing.error());
            continue;
        }
        // Recorded first, so that a payment resumes the instance even when
        // the stop below fails half way and leaves it in error. An instance
        // that was stopped already stays stopped after the payment.
        catalog::InstanceStatus previous = instance->status == catalog::InstanceStatus::Stopped
            ? catalog::InstanceStatus::Stopped
            : catalog::InstanceStatus::Running;
        // A record left by an interrupted resume belongs to an earlier
        // suspension, so a new suspension replaces it. A finishing run keeps
        // the record of an interrupted suspension. It replaces a record that
        // an admin's start, stop or resume made stale, so that the record's
        // time is this suspension's: the payment skips instances changed
        // after that time. The replacement is one transaction, so a kill
        // never leaves the instance without a record.
        bool keepRecord = false;
        if (existing->has_value() && action.finishSuspension) {
            const Result<SinceSuspension> since = sinceSuspension(catalog, existing->value());
            if (!since) {
                failures.append(since.error());
                continue;
            }
            if (!since->changedSince)
                previous = existing->value().previousStatus;
            keepRecord = !since->changedSince && !since->suspended;
        }
        if (!keepRecord) {
            const Status recorded = catalog.replaceDunningSuspension(
                { instanceId, action.subscriptionId, action.invoiceId, QDateTime(), previous });
            if (!recorded) {
                failures.append(recorded.error());
                continue;
            }
        }
        if (isTransitional(instance->status) || instance->status == catalog::InstanceStatus::Error) {
            // A job killed half way left it starting, restarting or stopping,
            // which allows no action, or a dunning stop or resume failed and
            // left it in error. Its container may be up. The stop is safe to
            // repeat, so it restarts from running.
            // NOTE: two runs at the same time may both stop it.
            const Result<catalog::Instance> reset = catalog.setInstanceStatus(instanceId, instance->rowVersion,
                catalog::InstanceStatus::Running, tr("An interrupted job left it %1; suspending it for dunning.")
                                                      .arg(catalog::toString(instance->status)));
            if (!reset) {
                if (catalog.lastErrorKind() == catalog::ErrorKind::Conflict) {
                    // Another run finishing the same suspension reset it first
                    // and stops it.
                    context.info(tr("Instance %1 is being suspended by another run; skipped.").arg(instance->name));
                    continue;
                }
                failures.append(reset.error());
                continue;
            }
            context.info(tr("Instance %1 was left %2 by an interrupted job; suspending it.")
                             .arg(instance->name, catalog::toString(instance->status)));
        }
        const Status suspended = provisioner->suspend(context, instanceId,
            tr("invoice %1 unpaid since %2").arg(action.invoiceNumber, action.dueDate.toString(Qt::ISODate)));
        if (!suspended) {
            // A second run may have suspended it between the check above and
            // this stop, which is the state this run wanted.
            const Result<catalog::Instance> now = catalog.instance(instanceId);
            if (now
                && (now->status == catalog::InstanceStatus::Suspended
                    || now->status == catalog::InstanceStatus::Stopping)) {
                context.info(tr("Instance %1 was suspended by another run; skipped.").arg(instance->name));
                continue;
            }
            context.error(suspended.error());
            failures.append(suspended.error());
        }
    }
    if (!failures.isEmpty())
        return makeError(failures.join(u'\n'));
    return {};
}

// Returns whether a job other than `ownJobId` that may be stopping the
// instance still runs: a billing job, or a job on the instance, whose
// process is alive or on another machine.
Result<bool> stopMayBeRunning(catalog::Catalog &catalog, const QString &instanceId, const QString &ownJobId)
{
    const Result<QList<catalog::Job>> stored = catalog.liveJobs();
    if (!stored)
        return makeError(stored.error());
    for (const catalog::Job &job : stored.value()) {
        if (job.id == ownJobId
            || (job.state != catalog::JobState::Queued && job.state != catalog::JobState::Running))
            continue;
        const bool onInstance = job.targetType == QLatin1String("instance") && job.targetId == instanceId;
        if (!onInstance && !job.kind.startsWith(QLatin1String("billing.")))
            continue;
        if (jobs::ownerLiveness(job.owner) != jobs::OwnerLiveness::Dead)
            return true;
    }
    return false;
}

// Waits up to two minutes for an instance to leave the stopping state,
// which a running suspension holds for the length of one container stop.
// It does not wait when no live job can be stopping it: the process that
// set the state was killed.
Result<catalog::Instance> waitWhileStopping(catalog::Catalog &catalog, const QString &instanceId,
    jobs::JobContext &context)
{
    constexpr int waitSeconds = 120;
    Result<catalog::Instance> instance = catalog.instance(instanceId);
    for (int second = 0; second < waitSeconds && !context.isCancelled(); ++second) {
        if (!instance || instance->status != catalog::InstanceStatus::Stopping)
            return instance;
        const Result<bool> running = stopMayBeRunning(catalog, instanceId, context.jobId());
        if (running && !running.value()) {
            context.info(tr("Instance %1 is stopping, but no running job is stopping it: the process that "
                            "stopped it ended before the stop did.")
                             .arg(instance->name));
            return instance;
        }
        if (second == 0)
            context.info(tr("Instance %1 is stopping; waiting for the stop to end.").arg(instance->name));
        QThread::sleep(1);
        instance = catalog.instance(instanceId);
    }
    return instance;
}

Status resumeInstances(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    const QString &subscriptionId, jobs::JobContext &context)
{
    const Result<QList<catalog::DunningSuspension>> suspended = catalog.dunningSuspensions(subscriptionId);
    if (!suspended)
        return makeError(suspended.error());
    if (!suspended->isEmpty() && !provisioner)
        return makeError(tr("No provisioner is available to resume the suspended instances."));
    QStringList failures;
    for (const catalog::DunningSuspension &entry : suspended.value()) {
        Result<catalog::Instance> instance = catalog.instance(entry.instanceId);
        const Result<SinceSuspension> since = sinceSuspension(catalog, entry);
        if (!since) {
            failures.append(since.error());
            continue;
        }
        if (instance && since->changedSince) {
            // A stale record: an admin started, stopped or suspended the
            // instance again after the dunning suspension, so the payment
            // leaves it as the admin left it.
            if (instance->status == catalog::InstanceStatus::Deleted)
                context.info(tr("Instance %1 was deleted after its dunning suspension; nothing to resume.")
                                 .arg(instance->name));
            else
                context.info(tr("Instance %1 was started or stopped after its dunning suspension and is %2 now; "
                                "left as it is.")
                                 .arg(instance->name, provisioning::statusPhrase(instance->status)));
            if (Status removed = catalog.removeDunningSuspension(entry.instanceId); !removed)
                failures.append(removed.error());
            continue;
        }
        if (instance && instance->status == catalog::InstanceStatus::Starting && since->suspended
            && entry.previousStatus == catalog::InstanceStatus::Running) {
            // A resume after the payment was killed during the start. Its
            // container may be up; starting it again is safe.
            instance = catalog.setInstanceStatus(entry.instanceId, instance->rowVersion,
                catalog::InstanceStatus::Suspended, tr("An interrupted resume left it starting; resuming it again."));
            if (!instance) {
                context.error(instance.error());
                failures.append(instance.error());
                continue;
            }
            context.info(tr("Instance %1 was left starting by an interrupted resume; resuming it again.")
                             .arg(instance->name));
        }
        if (instance && instance->status == catalog::InstanceStatus::Stopping) {
            // The customer's dunning lock keeps billing runs out while this
            // runs, so the instance is left stopping by a run that was
            // killed, or by a run of a program without that lock. The wait
            // is bounded by a stop's time.
            instance = waitWhileStopping(catalog, entry.instanceId, context);
        }
        if (instance
            && (instance->status == catalog::InstanceStatus::Stopping
                || instance->status == catalog::InstanceStatus::Error)) {
            // The dunning suspension was interrupted during the stop, or a
            // dunning stop or an earlier resume failed and left it in error.
            // The record stores the instance's previous status, so it is
            // treated as suspended and resumed (or left stopped) like the
            // others.
            instance = catalog.setInstanceStatus(entry.instanceId, instance->rowVersion,
                catalog::InstanceStatus::Suspended,
                tr("A dunning suspension or resume left it %1; treated as suspended.")
                    .arg(catalog::toString(instance->status)));
            if (!instance) {
                context.error(instance.error());
                failures.append(instance.error());
                continue;
            }
        }
        if (instance && instance->status != catalog::InstanceStatus::Suspended) {
            // An admin resumed or deleted it meanwhile.
            context.info(tr("Instance %1 is %2, not suspended; left as it is.")
                             .arg(instance->name, provisioning::statusPhrase(instance->status)));
        } else if (instance && entry.previousStatus == catalog::InstanceStatus::Stopped) {
            // The suspension found it stopped and its container is still
            // stopped, so only the record changes.
            const Result<catalog::Instance> stopped = catalog.setInstanceStatus(entry.instanceId,
                instance->rowVersion, catalog::InstanceStatus::Stopped,
                tr("Suspension lifted; the instance was stopped before it and stays stopped."));
            if (!stopped) {
                context.error(stopped.error());
                failures.append(stopped.error());
                continue;
            }
            context.info(tr("Instance %1 was stopped before the suspension; it stays stopped.").arg(instance->name));
        } else {
            const Status resumed = provisioner->resume(context, entry.instanceId);
            if (!resumed) {
                context.error(resumed.error());
                failures.append(resumed.error());
                continue;
            }
        }
        if (Status removed = catalog.removeDunningSuspension(entry.instanceId); !removed)
            failures.append(removed.error());
    }
    if (!failures.isEmpty())
        return makeError(failures.join(u'\n'));
    return {};
}

// Checks that the customer's instances that are not deleted fit `plan`.
// The error names every limit exceeded, with the plan's value and the
// customer's total.
Status checkUsageFitsPlan(catalog::Catalog &catalog, const QString &customerId, const catalog::Plan &plan)
{
    const Result<catalog::CustomerUsage> usage = catalog.customerUsage(customerId);
    if (!usage)
        return makeError(usage.error());
    QStringList overLimits;
    if (usage->instances > plan.maxInstances)
        overLimits.append(tr("%1 instances where it allows %2").arg(usage->instances).arg(plan.maxInstances));
    if (usage->cpuMillicores > plan.maxCpuMillicores) {
        overLimits.append(tr("%1 CPU cores in total where it allows %2")
                              .arg(QString::number(double(usage->cpuMillicores) / 1000.0, 'g', 6),
                                  QString::number(double(plan.maxCpuMillicores) / 1000.0, 'g', 6)));
    }
    if (usage->memoryBytes > plan.maxMemoryBytes) {
        overLimits.append(tr("%1 of memory in total where it allows %2")
                              .arg(catalog::formatByteSize(usage->memoryBytes),
                                  catalog::formatByteSize(plan.maxMemoryBytes)));
    }
    if (usage->storageBytes > plan.maxStorageBytes) {
        overLimits.append(tr("%1 of storage in total where it allows %2")
                              .arg(catalog::formatByteSize(usage->storageBytes),
                                  catalog::formatByteSize(plan.maxStorageBytes)));
    }
    if (!overLimits.isEmpty()) {
        return makeError(tr("The customer's instances do not fit plan %1: they have %2. Reduce the instances or "
                            "their limits first, or choose a larger plan.")
                             .arg(plan.name, overLimits.join(tr(", and "))));
    }
    return {};
}

} // namespace

QDate nextPeriodStart(const QDate &periodStart, int billingDay)
{
    const QDate nextMonth = QDate(periodStart.year(), periodStart.month(), 1).addMonths(1);
    return QDate(nextMonth.year(), nextMonth.month(), qBound(1, billingDay, nextMonth.daysInMonth()));
}

QString billingActionName(BillingActionKind kind)
{
    switch (kind) {
    case BillingActionKind::GenerateInvoice:
        return QStringLiteral("generate_invoice");
    case BillingActionKind::MarkPastDue:
        return QStringLiteral("mark_past_due");
    case BillingActionKind::SuspendInstances:
        return QStringLiteral("suspend_instances");
    case BillingActionKind::Reactivate:
        return QStringLiteral("reactivate");
    }
    return {};
}

Result<bool> hadSubscription(catalog::Catalog &catalog, const QString &customerId)
{
    const Result<QList<catalog::Subscription>> earlier = catalog.subscriptions(customerId);
    if (!earlier)
        return makeError(earlier.error());
    return !earlier->isEmpty();
}

Result<catalog::Subscription> subscribe(catalog::Catalog &catalog, const QString &customerId, const QString &planId,
    catalog::Currency currency, const QDate &start, bool trial)
{
    const Result<catalog::Plan> plan = catalog.plan(planId);
    if (!plan)
        return makeError(plan.error());
    int trialDays = 0;
    if (trial && plan->trialDays > 0) {
        const Result<bool> earlier = hadSubscription(catalog, customerId);
        if (!earlier)
            return makeError(earlier.error());
        trialDays = earlier.value() ? 0 : plan->trialDays;
    }
    return subscribeWithTrial(catalog, customerId, planId, currency, start, trialDays);
}

Result<catalog::Subscription> subscribeWithTrial(catalog::Catalog &catalog, const QString &customerId,
    const QString &planId, catalog::Currency currency, const QDate &start, int trialDays)
{
    if (trialDays < 0 || trialDays > maxTrialDays)
        return makeError(tr("A trial of %1 days is invalid: use 0 to %2 days.").arg(trialDays).arg(maxTrialDays));
    const Result<catalog::Plan> plan = catalog.plan(planId);
    if (!plan)
        return makeError(plan.error());
    if (!plan->active)
        return makeError(tr("Plan %1 is inactive and takes no new subscriptions.").arg(plan->name));
    if (!plan->soldIn(currency)) {
        return makeError(tr("Plan %1 has no %2 price. Subscribe in %3, choose a plan with a %2 price, or give plan "
                            "%1 a %2 price with Edit plan in the console's Plans tab.")
                             .arg(plan->name, catalog::toString(currency),
                                 catalog::toString(currency == catalog::Currency::Usd ? catalog::Currency::Zwg
                                                                                      : catalog::Currency::Usd)));
    }
    if (Status fits = checkUsageFitsPlan(catalog, customerId, plan.value()); !fits)
        return makeError(fits.error());
    if (!catalog::isBillingDateInRange(start)) {
        return makeError(tr("The start date %1 is outside the billing window %2 to %3.")
                             .arg(start.isValid() ? start.toString(Qt::ISODate) : tr("(none)"),
                                 catalog::earliestBillingDate().toString(Qt::ISODate),
                                 catalog::latestBillingDate().toString(Qt::ISODate)));
    }
    catalog::Subscription subscription;
    subscription.customerId = customerId;
    subscription.planId = planId;
    subscription.currency = currency;
    subscription.periodStart = start;
    if (trialDays > 0) {
        subscription.status = SubscriptionStatus::Trial;
        subscription.trialEndsOn = start.addDays(trialDays);
        subscription.periodEnd = subscription.trialEndsOn;
        subscription.nextInvoiceDate = subscription.trialEndsOn;
        // The paid periods start on the day the trial ends.
        subscription.billingDay = subscription.trialEndsOn.day();
    } else {
        subscription.status = SubscriptionStatus::Active;
        subscription.billingDay = start.day();
        subscription.periodEnd = nextPeriodStart(start, subscription.billingDay);
        subscription.nextInvoiceDate = start;
    }
    return catalog.createSubscription(subscription,
        subscription.status == SubscriptionStatus::Trial
            ? tr("Subscribed to %1 with a %2-day trial.").arg(plan->name).arg(trialDays)
            : tr("Subscribed to %1.").arg(plan->name));
}

QDate firstBilledDay(const catalog::Plan &plan, const QDate &start, bool trial)
{
    return trial && plan.trialDays > 0 ? start.addDays(plan.trialDays) : start;
}

Result<std::optional<catalog::Invoice>> invoiceBilledFrom(catalog::Catalog &catalog, const QString &customerId,
    const QDate &firstBilledDay)
{
    catalog::InvoiceFilter filter;
    filter.customerId = customerId;
    filter.statuses = { InvoiceStatus::Draft, InvoiceStatus::Open, InvoiceStatus::Paid };
    const Result<QList<catalog::Invoice>> loaded = catalog.invoices(filter);
    if (!loaded)
        return makeError(loaded.error());
    std::optional<catalog::Invoice> latest;
    for (const catalog::Invoice &invoice : loaded.value()) {
        if (invoice.periodEnd > firstBilledDay && (!latest || invoice.periodEnd > latest->periodEnd))
            latest = invoice;
    }
    return latest;
}

QString doubleBillingWarning(const catalog::Invoice &invoice, const QDate &firstBilledDay)
{
    const QString name = invoice.number.isEmpty() ? tr("draft %1").arg(invoice.id) : invoice.number;
    const QDate from = std::max(firstBilledDay, invoice.periodStart);
    return tr("The customer was invoiced up to %1 already, by invoice %2 (%3). A subscription billed from %4 would "
              "invoice the days from %5 to %1 a second time.")
        .arg(lastDay(invoice.periodEnd).toString(Qt::ISODate), name, catalog::toString(invoice.status),
            firstBilledDay.toString(Qt::ISODate), from.toString(Qt::ISODate));
}

Result<catalog::Subscription> changePlan(catalog::Catalog &catalog, const QString &subscriptionId,
    const QString &planId, const QDate &today)
{
    const Result<catalog::Subscription> loaded = catalog.subscription(subscriptionId);
    if (!loaded)
        return loaded;
    if (loaded->status == SubscriptionStatus::Cancelled) {
        return makeError(tr("Subscription %1 is cancelled, so its plan cannot change. Create a new subscription "
                            "for the customer instead.")
                             .arg(subscriptionId));
    }
    const Result<catalog::Plan> plan = catalog.plan(planId);
    if (!plan)
        return makeError(plan.error());
    if (plan->id == loaded->planId)
        return makeError(tr("Subscription %1 is on plan %2 already; nothing was changed.").arg(subscriptionId, plan->name));
    if (!plan->active)
        return makeError(tr("Plan %1 is inactive and takes no new subscriptions.").arg(plan->name));
    // The same rule as subscribe: a priced plan must have a price in the
    // subscription's currency.
    if (!plan->soldIn(loaded->currency)) {
        return makeError(tr("Plan %1 has no %2 price, and the subscription is billed in %2. Choose a plan with a "
                            "%2 price, or give plan %1 one with Edit plan in the console's Plans tab.")
                             .arg(plan->name, catalog::toString(loaded->currency)));
    }
    if (Status fits = checkPlanPriceWithVat(catalog, plan.value()); !fits)
        return makeError(fits.error());
    if (Status fits = checkUsageFitsPlan(catalog, loaded->customerId, plan.value()); !fits)
        return makeError(fits.error());
    // A plan applies from the next invoice on. When that invoice is for a
    // period that started before today, the change would reprice days the
    // customer used on the old plan, so those periods are invoiced first.
    if (loaded->nextInvoiceDate.isValid() && loaded->nextInvoiceDate < today) {
        if (loaded->status == SubscriptionStatus::Suspended) {
            return makeError(tr("Subscription %1 is suspended, and its periods from %2 on are not invoiced yet, so a plan "
                                "change now would bill them at the new price. Settle its overdue invoices and run the "
                                "billing so those periods are invoiced at the current plan, then change the plan.")
                                 .arg(subscriptionId, loaded->nextInvoiceDate.toString(Qt::ISODate)));
        }
        return makeError(tr("Subscription %1 has periods from %2 on that started and are not invoiced yet, so a "
                            "plan change now would bill them at the new price. Generate their invoices first ('saasodoo "
                            "invoice generate' or Generate invoices in the console, up to %3 periods per run) until "
                            "the next invoice date is today (%4, UTC) or later, then change the plan.")
                             .arg(subscriptionId, loaded->nextInvoiceDate.toString(Qt::ISODate))
                             .arg(maxPeriodsPerRun)
                             .arg(today.toString(Qt::ISODate)));
    }
    catalog::Subscription changed = loaded.value();
    changed.planId = planId;
    return catalog.updateSubscription(changed, tr("Plan changed to %1 from the next invoice.").arg(plan->name));
}

Result<catalog::Invoice> reissueInvoice(catalog::Catalog &catalog, const BillingSettings &settings,
    const QString &voidedId, const QDate &today)
{
    const Result<catalog::Invoice> voided = catalog.invoice(voidedId);
    if (!voided)
        return voided;
    const Result<catalog::Subscription> subscription = catalog.subscription(voided->subscriptionId);
    if (!subscription)
        return makeError(subscription.error());
    const Result<catalog::Plan> plan = catalog.plan(subscription->planId);
    if (!plan)
        return makeError(plan.error());
    if (!plan->soldIn(voided->currency)) {
        return makeError(tr("Plan %1 has no %2 price, so the period of invoice %3 cannot be invoiced again.")
                             .arg(plan->name, catalog::toString(voided->currency), voided->number));
    }

    catalog::Invoice invoice;
    invoice.issueDate = today;
    invoice.dueDate = today.addDays(settings.paymentTermsDays);
    invoice.vatRateBasisPoints = settings.vatRateBasisPoints;
    invoice.lines.append({ invoiceLineText(plan->name, voided->periodStart, voided->periodEnd), 1,
        plan->priceCents(voided->currency), 0 });
    return catalog.reissueInvoice(invoice, voided->id);
}

QString refundedInvoiceText(catalog::Catalog &catalog, const catalog::PaymentRefund &refund)
{
    if (refund.reopenedInvoiceId.isEmpty())
        return {};
    const auto numberOf = [&catalog](const QString &invoiceId) {
        const Result<catalog::Invoice> invoice = catalog.invoice(invoiceId);
        return invoice && !invoice->number.isEmpty() ? invoice->number : invoiceId;
    };
    const QString number = numberOf(refund.reopenedInvoiceId);
    QString text;
    if (refund.replacementReference.isEmpty()) {
        text = tr("Invoice %1, which this payment had paid, is open again: void it if the customer owes nothing.")
                   .arg(number);
    } else {
        text = tr("Invoice %1, which this payment had paid, is paid again by payment %2, an overpayment of that "
                  "invoice that was held for refund and is no longer a refund due.")
                   .arg(number, refund.replacementReference);
    }
    if (refund.moreReopenedInvoiceIds.isEmpty())
        return text;
    QStringList more;
    for (const QString &invoiceId : refund.moreReopenedInvoiceIds)
        more.append(numberOf(invoiceId));
    return text + u' '
        + tr("It had also paid invoice(s) %1, which are open again too.").arg(more.join(QStringLiteral(", ")));
}

Result<catalog::Subscription> cancelSubscription(catalog::Catalog &catalog, const QString &subscriptionId,
    const QString &reason)
{
    const Result<catalog::Subscription> loaded = catalog.subscription(subscriptionId);
    if (!loaded)
        return loaded;
    if (loaded->status == SubscriptionStatus::Cancelled)
        return makeError(tr("Subscription %1 is cancelled already.").arg(subscriptionId));
    return setStatus(catalog, subscriptionId, SubscriptionStatus::Cancelled,
        reason.trimmed().isEmpty() ? tr("Cancelled.") : tr("Cancelled: %1").arg(reason.trimmed()));
}

Result<QList<BillingAction>> planBillingRun(catalog::Catalog &catalog, const QDate &today)
{
    const Result<BillingSettings> settings = loadBillingSettings(catalog);
    if (!settings)
        return makeError(settings.error());
    const Result<QList<catalog::Subscription>> subscriptions = catalog.subscriptions();
    if (!subscriptions)
        return makeError(subscriptions.error());
    QSet<QString> dunnedCustomers;
    for (const catalog::Subscription &subscription : subscriptions.value()) {
        if (subscription.status != SubscriptionStatus::Cancelled)
            dunnedCustomers.insert(subscription.customerId);
    }
    QList<BillingAction> actions;
    for (const catalog::Subscription &subscription : subscriptions.value()) {
        // NOTE: of several cancelled subscriptions, the first in the
        // catalog's order carries the dunning.
        bool carriesDunning = false;
        if (subscription.status == SubscriptionStatus::Cancelled && !dunnedCustomers.contains(subscription.customerId)) {
            carriesDunning = true;
            dunnedCustomers.insert(subscription.customerId);
        }
        if (Status planned = planSubscription(catalog, settings.value(), subscription, today, carriesDunning, actions);
            !planned)
            return makeError(planned.error());
    }
    return actions;
}

Result<QList<BillingAction>> runBilling(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    jobs::JobContext &context, const QDate &today, bool invoicesOnly)
{
    const Result<BillingSettings> settings = loadBillingSettings(catalog);
    if (!settings)
        return makeError(settings.error());
    context.beginStep(tr("Plan the billing run"));
    Result<QList<BillingAction>> planned = planBillingRun(catalog, today);
    if (!planned)
        return planned;
    if (invoicesOnly) {
        QList<BillingAction> invoices;
        for (const BillingAction &action : planned.value()) {
            if (action.kind == BillingActionKind::GenerateInvoice)
                invoices.append(action);
        }
        planned = invoices;
    }
    context.info(tr("Billing run for %1: %2 action(s).").arg(today.toString(Qt::ISODate)).arg(planned->size()));
    QStringList steps;
    for (const BillingAction &action : planned.value())
        steps.append(action.description);
    context.declareSteps(steps);

    QStringList failures;
    QList<BillingAction> done;
    for (const BillingAction &action : planned.value()) {
        if (context.isCancelled()) {
            failures.append(tr("Cancelled before: %1").arg(action.description));
            break;
        }
        context.beginStep(action.description);
        Status result;
        switch (action.kind) {
        case BillingActionKind::GenerateInvoice:
            result = generateInvoice(catalog, settings.value(), action, today, context);
            break;
        case BillingActionKind::MarkPastDue: {
            const Result<bool> marked = moveStatus(catalog, action.subscriptionId,
                { SubscriptionStatus::Active, SubscriptionStatus::Trial }, SubscriptionStatus::PastDue,
                tr("Dunning: invoice %1, due %2, is unpaid.")
                    .arg(action.invoiceNumber, action.dueDate.toString(Qt::ISODate)));
            if (marked && !marked.value()) {
                context.info(tr("The subscription of %1 was already marked past due or changed by another run; "
                                "skipped.")
                                 .arg(action.customerName));
            }
            result = marked ? Status() : Status(makeError(marked.error()));
            break;
        }
        case BillingActionKind::SuspendInstances:
            result = suspendInstances(catalog, provisioner, settings.value(), action, today, context);
            break;
        case BillingActionKind::Reactivate:
            result = reactivateIfSettled(catalog, provisioner, context, action.subscriptionId, reactivationDay(today));
            break;
        }
        if (result) {
            done.append(action);
        } else {
            context.error(tr("%1 failed: %2").arg(action.description, result.error()));
            failures.append(result.error());
        }
    }
    if (!failures.isEmpty())
        return makeError(tr("%1 of %2 billing action(s) failed: %3")
                             .arg(failures.size())
                             .arg(planned->size())
                             .arg(failures.join(u'\n')));
    return done;
}

Result<bool> needsReactivation(catalog::Catalog &catalog, const QString &subscriptionId, const QDate &today)
{
    const Result<BillingSettings> settings = loadBillingSettings(catalog);
    if (!settings)
        return makeError(settings.error());
    const Result<catalog::Subscription> subscription = catalog.subscription(subscriptionId);
    if (!subscription)
        return makeError(subscription.error());
    if (subscription->status == SubscriptionStatus::Cancelled) {
        const Result<QList<catalog::DunningSuspension>> suspended = catalog.dunningSuspensions(subscriptionId);
        if (!suspended)
            return makeError(suspended.error());
        if (suspended->isEmpty())
            return false;
    } else if (subscription->status != SubscriptionStatus::PastDue
        && subscription->status != SubscriptionStatus::Suspended) {
        return false;
    }
    const Result<QList<catalog::Invoice>> open = openInvoices(catalog, subscription->customerId);
    if (!open)
        return makeError(open.error());
    return !oldestOverdue(open.value(), today, settings->graceDays).has_value();
}

Result<int> overdueInvoiceCount(catalog::Catalog &catalog, const QString &customerId, const QDate &today)
{
    const Result<QList<catalog::Invoice>> open = openInvoices(catalog, customerId);
    if (!open)
        return makeError(open.error());
    return int(std::count_if(open->cbegin(), open->cend(),
        [&today](const catalog::Invoice &invoice) { return invoice.dueDate < today; }));
}

Status reactivateIfSettled(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    jobs::JobContext &context, const QString &subscriptionId, const QDate &today)
{
    const Result<catalog::Subscription> subscription = catalog.subscription(subscriptionId);
    if (!subscription)
        return makeError(subscription.error());
    const Result<catalog::Customer> customer = catalog.customer(subscription->customerId);
    const QString customerName = customer ? customer->name : subscription->customerId;
    // Taken before the checks, so that a billing run suspending this
    // customer finishes first and the checks see its result.
    const Result<std::unique_ptr<CustomerBillingLock>> lock
        = CustomerBillingLock::acquire(catalog, subscription->customerId, customerName, context);
    if (!lock)
        return makeError(lock.error());

    const Result<bool> needed = needsReactivation(catalog, subscriptionId, today);
    if (!needed)
        return makeError(needed.error());
    const Result<catalog::Subscription> before = catalog.subscription(subscriptionId);
    if (!before)
        return makeError(before.error());
    if (before->status == SubscriptionStatus::Cancelled) {
        // The debt is settled, so the instances come back, but the
        // subscription stays cancelled.
        if (!needed.value())
            return {};
        context.info(tr("Subscription %1 is cancelled; resuming the instances that dunning suspended under it.")
                         .arg(subscriptionId));
        return resumeInstances(catalog, provisioner, subscriptionId, context);
    }
    if (needed.value()) {
        const Result<catalog::Subscription> active = setStatus(catalog, subscriptionId, SubscriptionStatus::Active,
            tr("Reactivated: no overdue invoice is left."));
        if (!active)
            return makeError(active.error());
        context.info(tr("Subscription %1 is active again.").arg(subscriptionId));
    }
    // Instances are resumed only once the subscription is in good standing,
    // also when an earlier resume failed half way.
    const Result<catalog::Subscription> current = catalog.subscription(subscriptionId);
    if (!current)
        return makeError(current.error());
    if (current->status != SubscriptionStatus::Active && current->status != SubscriptionStatus::Trial)
        return {};
    return resumeInstances(catalog, provisioner, subscriptionId, context);
}

} // namespace saasodoo::billing
