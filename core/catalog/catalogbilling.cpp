// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Plans, subscriptions, invoices, payments and billing settings.
#include "catalog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>

#include <iterator>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

// ---- plans -----------------------------------------------------------------

const QString PlanColumns = QStringLiteral(
    "id, name, price_usd_cents, price_zwg_cents, max_instances, max_cpu_millicores, max_memory_bytes, "
    "max_storage_bytes, backup_retention_days, trial_days, active, created_at, updated_at, updated_by, row_version");

Plan planFromQuery(const QSqlQuery &query)
{
    Plan plan;
    plan.id = query.value(0).toString();
    plan.name = query.value(1).toString();
    plan.priceUsdCents = query.value(2).toLongLong();
    plan.priceZwgCents = query.value(3).toLongLong();
    plan.maxInstances = query.value(4).toInt();
    plan.maxCpuMillicores = query.value(5).toInt();
    plan.maxMemoryBytes = query.value(6).toLongLong();
    plan.maxStorageBytes = query.value(7).toLongLong();
    plan.backupRetentionDays = query.value(8).toInt();
    plan.trialDays = query.value(9).toInt();
    plan.active = query.value(10).toBool();
    plan.createdAt = decodeTime(query.value(11));
    plan.updatedAt = decodeTime(query.value(12));
    plan.updatedBy = query.value(13).toString();
    plan.rowVersion = query.value(14).toLongLong();
    return plan;
}

// Formats cents with two decimals and no currency: "9999999999.99".
QString formatCents(qint64 cents)
{
    return formatMoney(cents, Currency::Usd).section(u' ', 1);
}

Status validatePlan(Plan &plan)
{
    plan.name = plan.name.trimmed();
    if (Status name = validateRequiredText(tr("Plan name"), plan.name, 100); !name)
        return name;
    if (plan.priceUsdCents < 0 || plan.priceZwgCents < 0)
        return makeError(tr("Plan %1 has a negative price; prices are zero or more.").arg(plan.name));
    if (plan.priceUsdCents > maxAmountCents || plan.priceZwgCents > maxAmountCents) {
        return makeError(tr("Plan %1 has a price over the maximum of %2 per month.")
                             .arg(plan.name, formatCents(maxAmountCents)));
    }
    QStringList negative;
    if (plan.maxInstances < 0)
        negative.append(tr("instances %1").arg(plan.maxInstances));
    if (plan.maxCpuMillicores < 0)
        negative.append(tr("CPU %1 cores").arg(QString::number(double(plan.maxCpuMillicores) / 1000.0, 'g', 6)));
    if (plan.maxMemoryBytes < 0)
        negative.append(tr("memory %1 bytes").arg(plan.maxMemoryBytes));
    if (plan.maxStorageBytes < 0)
        negative.append(tr("storage %1 bytes").arg(plan.maxStorageBytes));
    if (!negative.isEmpty()) {
        return makeError(tr("Plan %1 has a negative limit (%2); limits are zero or more.")
                             .arg(plan.name, negative.join(QStringLiteral(", "))));
    }
    // A limit is a total over the customer's instances, so a limit above 0
    // must take at least one instance of the smallest size.
    QStringList small;
    if (plan.maxCpuMillicores > 0 && plan.maxCpuMillicores < minInstanceCpuMillicores)
        small.append(tr("CPU %1 cores, the minimum is %2")
                         .arg(QString::number(double(plan.maxCpuMillicores) / 1000.0, 'g', 6),
                             QString::number(double(minInstanceCpuMillicores) / 1000.0, 'g', 6)));
    if (plan.maxMemoryBytes > 0 && plan.maxMemoryBytes < minInstanceMemoryBytes)
        small.append(tr("memory %1, the minimum is %2")
                         .arg(formatByteSize(plan.maxMemoryBytes), formatByteSize(minInstanceMemoryBytes)));
    if (plan.maxStorageBytes > 0 && plan.maxStorageBytes < minInstanceStorageBytes)
        small.append(tr("storage %1, the minimum is %2")
                         .arg(formatByteSize(plan.maxStorageBytes), formatByteSize(minInstanceStorageBytes)));
    if (!small.isEmpty()) {
        return makeError(tr("Plan %1 has a limit below the smallest instance (%2): no instance would fit. Use 0 "
                            "for none, or at least the minimum.")
                             .arg(plan.name, small.join(QStringLiteral("; "))));
    }
    if (plan.backupRetentionDays < 0 || plan.backupRetentionDays > 3650)
        return makeError(tr("Backup retention of %1 days is invalid: use 0 to 3650 days.").arg(plan.backupRetentionDays));
    if (plan.trialDays < 0 || plan.trialDays > 365)
        return makeError(tr("A trial of %1 days is invalid: use 0 to 365 days.").arg(plan.trialDays));
    return {};
}

QJsonObject planDetails(const Plan &plan)
{
    return { { QStringLiteral("name"), plan.name },
        { QStringLiteral("price_usd_cents"), QString::number(plan.priceUsdCents) },
        { QStringLiteral("price_zwg_cents"), QString::number(plan.priceZwgCents) },
        { QStringLiteral("max_instances"), plan.maxInstances },
        { QStringLiteral("max_cpu_millicores"), plan.maxCpuMillicores },
        { QStringLiteral("max_memory_bytes"), QString::number(plan.maxMemoryBytes) },
        { QStringLiteral("max_storage_bytes"), QString::number(plan.maxStorageBytes) },
        { QStringLiteral("trial_days"), plan.trialDays }, { QStringLiteral("active"), plan.active } };
}

// ---- subscriptions ---------------------------------------------------------

const QString SubscriptionColumns = QStringLiteral(
    "id, customer_id, plan_id, currency, status, period_start, period_end, next_invoice_date, trial_ends_on, "
    "created_at, updated_at, updated_by, row_version, billing_day");

Subscription subscriptionFromQuery(const QSqlQuery &query)
{
    Subscription subscription;
    subscription.id = query.value(0).toString();
    subscription.customerId = query.value(1).toString();
    subscription.planId = query.value(2).toString();
    subscription.currency = currencyFromString(query.value(3).toString()).value_or(Currency::Usd);
    subscription.status
        = subscriptionStatusFromString(query.value(4).toString()).value_or(SubscriptionStatus::Cancelled);
    subscription.periodStart = decodeDate(query.value(5));
    subscription.periodEnd = decodeDate(query.value(6));
    subscription.nextInvoiceDate = decodeDate(query.value(7));
    subscription.trialEndsOn = decodeDate(query.value(8));
    subscription.createdAt = decodeTime(query.value(9));
    subscription.updatedAt = decodeTime(query.value(10));
    subscription.updatedBy = query.value(11).toString();
    subscription.rowVersion = query.value(12).toLongLong();
    subscription.billingDay = query.value(13).toInt();
    return subscription;
}

// Checks a subscription before it is written. Cancelling skips the date
// checks, so a subscription stored with dates outside the billing window
// before they were checked can still be cancelled.
Status validateSubscription(const Subscription &subscription)
{
    if (Status customer = validateUuid(tr("Customer id"), subscription.customerId); !customer)
        return customer;
    if (Status plan = validateUuid(tr("Plan id"), subscription.planId); !plan)
        return plan;
    if (subscription.status == SubscriptionStatus::Cancelled && !subscription.id.isEmpty())
        return {};
    if (!subscription.periodStart.isValid() || !subscription.periodEnd.isValid()
        || subscription.periodEnd <= subscription.periodStart) {
        return makeError(tr("The subscription period %1 to %2 is invalid: it must end after it starts.")
                             .arg(subscription.periodStart.toString(Qt::ISODate),
                                 subscription.periodEnd.toString(Qt::ISODate)));
    }
    if (!subscription.nextInvoiceDate.isValid())
        return makeError(tr("The subscription has no next invoice date."));
    for (const QDate &date : { subscription.periodStart, subscription.periodEnd, subscription.nextInvoiceDate }) {
        if (!isBillingDateInRange(date)) {
            return makeError(tr("The subscription date %1 is outside the billing window %2 to %3.")
                                 .arg(date.toString(Qt::ISODate), earliestBillingDate().toString(Qt::ISODate),
                                     latestBillingDate().toString(Qt::ISODate)));
        }
    }
    if (subscription.billingDay < 1 || subscription.billingDay > 31)
        return makeError(tr("Billing day %1 is invalid: use 1 to 31.").arg(subscription.billingDay));
    return {};
}

QJsonObject subscriptionDetails(const Subscription &subscription, const QString &note)
{
    return { { QStringLiteral("customer_id"), subscription.customerId },
        { QStringLiteral("plan_id"), subscription.planId },
        { QStringLiteral("currency"), toString(subscription.currency) },
        { QStringLiteral("status"), toString(subscription.status) },
        { QStringLiteral("period_start"), subscription.periodStart.toString(Qt::ISODate) },
        { QStringLiteral("period_end"), subscription.periodEnd.toString(Qt::ISODate) },
        { QStringLiteral("note"), note } };
}

// ---- invoices --------------------------------------------------------------

const QString InvoiceColumns = QStringLiteral(
    "id, number, customer_id, subscription_id, currency, status, period_start, period_end, issue_date, due_date, "
    "vat_rate_bp, subtotal_cents, tax_cents, total_cents, void_reason, paid_at, created_at, updated_at, updated_by, "
    "row_version");

Invoice invoiceFromQuery(const QSqlQuery &query)
{
    Invoice invoice;
    invoice.id = query.value(0).toString();
    invoice.number = query.value(1).toString();
    invoice.customerId = query.value(2).toString();
    invoice.subscriptionId = query.value(3).toString();
    invoice.currency = currencyFromString(query.value(4).toString()).value_or(Currency::Usd);
    invoice.status = invoiceStatusFromString(query.value(5).toString()).value_or(InvoiceStatus::Void);
    invoice.periodStart = decodeDate(query.value(6));
    invoice.periodEnd = decodeDate(query.value(7));
    invoice.issueDate = decodeDate(query.value(8));
    invoice.dueDate = decodeDate(query.value(9));
    invoice.vatRateBasisPoints = query.value(10).toInt();
    invoice.subtotalCents = query.value(11).toLongLong();
    invoice.taxCents = query.value(12).toLongLong();
    invoice.totalCents = query.value(13).toLongLong();
    invoice.voidReason = query.value(14).toString();
    invoice.paidAt = decodeTime(query.value(15));
    invoice.createdAt = decodeTime(query.value(16));
    invoice.updatedAt = decodeTime(query.value(17));
    invoice.updatedBy = query.value(18).toString();
    invoice.rowVersion = query.value(19).toLongLong();
    return invoice;
}

// Computes each line's amount and the invoice's totals in cents. VAT is
// rounded to the nearest cent, halves away from zero. Every amount is
// bounded by maxAmountCents and every step is checked for overflow.
Status computeTotals(Invoice &invoice)
{
    const auto tooLarge = [](const QString &what) {
        return makeError(tr("%1 is over the maximum amount of %2.").arg(what, formatCents(maxAmountCents)));
    };
    if (invoice.vatRateBasisPoints < 0 || invoice.vatRateBasisPoints > 10000) {
        return makeError(tr("VAT rate %1 %% is invalid: use 0 to 100 %%.")
                             .arg(QString::number(invoice.vatRateBasisPoints / 100.0, 'f', 2)));
    }
    if (invoice.lines.isEmpty())
        return makeError(tr("An invoice needs at least one line."));
    qint64 subtotal = 0;
    for (InvoiceLine &line : invoice.lines) {
        line.description = line.description.trimmed();
        if (Status text = validateRequiredText(tr("Invoice line"), line.description, 500); !text)
            return text;
        if (line.quantity <= 0)
            return makeError(tr("Invoice line \"%1\" has quantity %2; use 1 or more.").arg(line.description).arg(line.quantity));
        qint64 amount = 0;
        if (__builtin_mul_overflow(line.quantity, line.unitCents, &amount) || amount > maxAmountCents
            || amount < -maxAmountCents)
            return tooLarge(tr("The amount of invoice line \"%1\"").arg(line.description));
        line.amountCents = amount;
        if (__builtin_add_overflow(subtotal, amount, &subtotal) || subtotal > maxAmountCents
            || subtotal < -maxAmountCents)
            return tooLarge(tr("The invoice subtotal"));
    }
    // |subtotal| <= maxAmountCents (about 1e12), so the product stays below
    // 1e16 and cannot overflow.
    const qint64 scaled = subtotal * invoice.vatRateBasisPoints;
    invoice.subtotalCents = subtotal;
    invoice.taxCents = scaled >= 0 ? (scaled + 5000) / 10000 : -((-scaled + 5000) / 10000);
    invoice.totalCents = invoice.subtotalCents + invoice.taxCents;
    if (invoice.totalCents > maxAmountCents || invoice.totalCents < -maxAmountCents)
        return tooLarge(tr("The invoice total"));
    return {};
}

QJsonObject invoiceDetails(const Invoice &invoice)
{
    return { { QStringLiteral("number"), invoice.number }, { QStringLiteral("status"), toString(invoice.status) },
        { QStringLiteral("customer_id"), invoice.customerId },
        { QStringLiteral("currency"), toString(invoice.currency) },
        { QStringLiteral("total_cents"), QString::number(invoice.totalCents) },
        { QStringLiteral("period_start"), invoice.periodStart.toString(Qt::ISODate) } };
}

// ---- payments --------------------------------------------------------------

const QString PaymentColumns = QStringLiteral(
    "id, invoice_id, reference, paynow_reference, poll_url, browser_url, method, phone, amount_cents, currency, "
    "status, paynow_status, applied_at, created_at, updated_at, row_version, application, failure_reason, "
    "paid_after_close_at, settled_invoice_id, applied_cents");

Payment paymentFromQuery(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toString();
    payment.invoiceId = query.value(1).toString();
    payment.reference = query.value(2).toString();
    payment.paynowReference = query.value(3).toString();
    payment.pollUrl = query.value(4).toString();
    payment.browserUrl = query.value(5).toString();
    payment.method = paymentMethodFromString(query.value(6).toString()).value_or(PaymentMethod::Web);
    payment.phone = query.value(7).toString();
    payment.amountCents = query.value(8).toLongLong();
    payment.currency = currencyFromString(query.value(9).toString()).value_or(Currency::Usd);
    payment.status = paymentStatusFromString(query.value(10).toString()).value_or(PaymentStatus::Failed);
    payment.paynowStatus = query.value(11).toString();
    payment.appliedAt = decodeTime(query.value(12));
    payment.createdAt = decodeTime(query.value(13));
    payment.updatedAt = decodeTime(query.value(14));
    payment.rowVersion = query.value(15).toLongLong();
    payment.application = paymentApplicationFromString(query.value(16).toString()).value_or(PaymentApplication::None);
    payment.failureReason = query.value(17).toString();
    // Paid after close is kept in its own column (schema version 11), because
    // the application column's CHECK constraint predates it.
    if (payment.application == PaymentApplication::None && !query.value(18).isNull())
        payment.application = PaymentApplication::PaidAfterClose;
    payment.settledInvoiceId = query.value(19).toString();
    payment.appliedCents = query.value(20).toLongLong();
    return payment;
}

const QString PaymentInsert = QStringLiteral(
    "INSERT INTO payments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(PaymentColumns);

// Binds every column of PaymentColumns, in its order.
void bindPaymentFields(QSqlQuery &query, const Payment &payment)
{
    bind(query, payment.id);
    bind(query, payment.invoiceId);
    bind(query, payment.reference);
    bind(query, payment.paynowReference);
    bind(query, payment.pollUrl);
    bind(query, payment.browserUrl);
    bind(query, toString(payment.method));
    bind(query, payment.phone);
    bind(query, payment.amountCents);
    bind(query, toString(payment.currency));
    bind(query, toString(payment.status));
    bind(query, payment.paynowStatus);
    bind(query, encodeTime(payment.appliedAt));
    bind(query, encodeTime(payment.createdAt));
    bind(query, encodeTime(payment.updatedAt));
    bind(query, payment.rowVersion);
    const bool paidAfterClose = payment.application == PaymentApplication::PaidAfterClose;
    bind(query, paidAfterClose ? QString() : toString(payment.application));
    bind(query, payment.failureReason);
    bind(query, encodeTime(paidAfterClose ? payment.appliedAt : QDateTime()));
    bind(query, payment.settledInvoiceId.isEmpty() ? QVariant() : QVariant(payment.settledInvoiceId));
    bind(query, payment.appliedCents);
}

QJsonObject paymentDetails(const Payment &payment)
{
    return { { QStringLiteral("invoice_id"), payment.invoiceId }, { QStringLiteral("reference"), payment.reference },
        { QStringLiteral("paynow_reference"), payment.paynowReference },
        { QStringLiteral("method"), toString(payment.method) },
        { QStringLiteral("amount_cents"), QString::number(payment.amountCents) },
        { QStringLiteral("currency"), toString(payment.currency) },
        { QStringLiteral("status"), toString(payment.status) },
        { QStringLiteral("paynow_status"), payment.paynowStatus },
        { QStringLiteral("application"), toString(payment.application) },
        { QStringLiteral("applied_cents"), QString::number(payment.appliedCents) },
        { QStringLiteral("held_cents"), QString::number(payment.heldCents()) },
        { QStringLiteral("failure_reason"), payment.failureReason } };
}

// Returns six random characters from digits and capital letters without
// the easily confused 0, 1, I, L and O: about 8.9e8 values, so two catalogs
// pick the same prefix with a chance of about 1 in 890 million.
QString newReferencePrefix()
{
    static constexpr char16_t alphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr int size = int(std::size(alphabet)) - 1;
    QString prefix;
    for (int i = 0; i < 6; ++i)
        prefix.append(QChar(alphabet[QRandomGenerator::system()->bounded(size)]));
    return prefix;
}

} // namespace

// ---- plans -----------------------------------------------------------------

Result<Plan> Catalog::createPlan(Plan plan)
{
    resetError();
    if (Status valid = validatePlan(plan); !valid)
        return failure(ErrorKind::Validation, valid.error());
    plan.id = newId();
    plan.createdAt = nowUtc();
    plan.updatedAt = plan.createdAt;
    plan.updatedBy = actorName();
    plan.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO plans (%1, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(PlanColumns));
        bind(query, plan.id);
        bind(query, plan.name);
        bind(query, plan.priceUsdCents);
        bind(query, plan.priceZwgCents);
        bind(query, plan.maxInstances);
        bind(query, plan.maxCpuMillicores);
        bind(query, plan.maxMemoryBytes);
        bind(query, plan.maxStorageBytes);
        bind(query, plan.backupRetentionDays);
        bind(query, plan.trialDays);
        bind(query, plan.active);
        bind(query, encodeTime(plan.createdAt));
        bind(query, encodeTime(plan.updatedAt));
        bind(query, plan.updatedBy);
        bind(query, plan.rowVersion);
        bind(query, plan.name.toCaseFolded());
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("plan"),
                { { QStringLiteral("ux_plans_name"), QStringLiteral("plans.name_key"),
                    tr("A plan named \"%1\" already exists (plan names are compared case-insensitively).")
                        .arg(plan.name) } });
        }
        return audit(QStringLiteral("plan.create"), QStringLiteral("plan"), plan.id, planDetails(plan));
    });
    if (!written)
        return makeError(written.error());
    return plan;
}

Result<Plan> Catalog::updatePlan(Plan plan)
{
    resetError();
    if (Status valid = validatePlan(plan); !valid)
        return failure(ErrorKind::Validation, valid.error());
    const qint64 expectedVersion = plan.rowVersion;
    plan.updatedAt = nowUtc();
    plan.updatedBy = actorName();
    plan.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE plans SET name = ?, name_key = ?, price_usd_cents = ?, price_zwg_cents = ?, max_instances = ?, "
            "max_cpu_millicores = ?, max_memory_bytes = ?, max_storage_bytes = ?, backup_retention_days = ?, "
            "trial_days = ?, active = ?, updated_at = ?, updated_by = ?, row_version = ? "
            "WHERE id = ? AND row_version = ?"));
        bind(query, plan.name);
        bind(query, plan.name.toCaseFolded());
        bind(query, plan.priceUsdCents);
        bind(query, plan.priceZwgCents);
        bind(query, plan.maxInstances);
        bind(query, plan.maxCpuMillicores);
        bind(query, plan.maxMemoryBytes);
        bind(query, plan.maxStorageBytes);
        bind(query, plan.backupRetentionDays);
        bind(query, plan.trialDays);
        bind(query, plan.active);
        bind(query, encodeTime(plan.updatedAt));
        bind(query, plan.updatedBy);
        bind(query, plan.rowVersion);
        bind(query, plan.id);
        bind(query, expectedVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("plan"),
                { { QStringLiteral("ux_plans_name"), QStringLiteral("plans.name_key"),
                    tr("A plan named \"%1\" already exists.").arg(plan.name) } });
        }
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("plans"), tr("plan"), plan.id);
        return audit(QStringLiteral("plan.update"), QStringLiteral("plan"), plan.id, planDetails(plan));
    });
    if (!written)
        return makeError(written.error());
    return plan;
}

Result<Plan> Catalog::plan(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Plan id"), id))
        return failure(ErrorKind::NotFound, tr("Plan %1 was not found.").arg(id));
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM plans WHERE id = ?").arg(PlanColumns));
    bind(query, id);
    if (Status ran = execute(query, tr("plan")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Plan %1 was not found.").arg(id));
    return planFromQuery(query);
}

Result<Plan> Catalog::planByName(const QString &name)
{
    resetError();
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM plans WHERE name_key = ?").arg(PlanColumns));
    bind(query, name.trimmed().toCaseFolded());
    if (Status ran = execute(query, tr("plan")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Plan %1 was not found.").arg(name));
    return planFromQuery(query);
}

Result<QList<Plan>> Catalog::plans()
{
    resetError();
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM plans ORDER BY name, id").arg(PlanColumns));
    if (Status ran = execute(query, tr("plan list")); !ran)
        return makeError(ran.error());
    QList<Plan> list;
    while (query.next())
        list.append(planFromQuery(query));
    return list;
}

// ---- subscriptions ---------------------------------------------------------

Status Catalog::insertSubscriptionEvent(const Subscription &subscription, const QString &fromStatus,
    const QString &note)
{
    // Entries written in the same millisecond keep their order by sequence.
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO subscription_events (id, subscription_id, sequence, occurred_at, actor, from_status, to_status, "
        "plan_id, note) SELECT ?, ?, COALESCE(MAX(sequence), 0) + 1, ?, ?, ?, ?, ?, ? FROM subscription_events "
        "WHERE subscription_id = ?"));
    bind(query, newId());
    bind(query, subscription.id);
    bind(query, encodeTime(subscription.updatedAt));
    bind(query, actorName());
    bind(query, fromStatus);
    bind(query, toString(subscription.status));
    bind(query, subscription.planId);
    bind(query, note);
    bind(query, subscription.id);
    return execute(query, tr("subscription history"));
}

Result<Subscription> Catalog::createSubscription(Subscription subscription, const QString &note)
{
    resetError();
    if (subscription.billingDay == 0 && subscription.nextInvoiceDate.isValid())
        subscription.billingDay = subscription.nextInvoiceDate.day();
    if (Status valid = validateSubscription(subscription); !valid)
        return failure(ErrorKind::Validation, valid.error());
    if (subscription.status == SubscriptionStatus::Cancelled)
        return failure(ErrorKind::Validation, tr("A new subscription cannot start cancelled."));
    subscription.id = newId();
    subscription.createdAt = nowUtc();
    subscription.updatedAt = subscription.createdAt;
    subscription.updatedBy = actorName();
    subscription.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO subscriptions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(SubscriptionColumns));
        bind(query, subscription.id);
        bind(query, subscription.customerId);
        bind(query, subscription.planId);
        bind(query, toString(subscription.currency));
        bind(query, toString(subscription.status));
        bind(query, encodeDate(subscription.periodStart));
        bind(query, encodeDate(subscription.periodEnd));
        bind(query, encodeDate(subscription.nextInvoiceDate));
        bind(query, encodeDate(subscription.trialEndsOn));
        bind(query, encodeTime(subscription.createdAt));
        bind(query, encodeTime(subscription.updatedAt));
        bind(query, subscription.updatedBy);
        bind(query, subscription.rowVersion);
        bind(query, subscription.billingDay);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("subscription"),
                { { QStringLiteral("ux_subscriptions_live"), QStringLiteral("subscriptions.customer_id"),
                    tr("The customer already has a subscription that is not cancelled. Change that one, or "
                       "cancel it first.") } });
        }
        if (Status history = insertSubscriptionEvent(subscription, QString(), note); !history)
            return history;
        return audit(QStringLiteral("subscription.create"), QStringLiteral("subscription"), subscription.id,
            subscriptionDetails(subscription, note));
    });
    if (!written)
        return makeError(written.error());
    return subscription;
}

Result<Subscription> Catalog::updateSubscription(Subscription subscription, const QString &note)
{
    resetError();
    if (Status valid = validateSubscription(subscription); !valid)
        return failure(ErrorKind::Validation, valid.error());
    const Status written = write([&]() -> Status { return writeSubscriptionUpdate(subscription, note); });
    if (!written)
        return makeError(written.error());
    return subscription;
}

// Saves `subscription` inside the caller's transaction when its rowVersion
// is still the stored one, with its history entry and audit event, and
// moves it to the next row version.
Status Catalog::writeSubscriptionUpdate(Subscription &subscription, const QString &note)
{
    const qint64 expectedVersion = subscription.rowVersion;
    subscription.updatedAt = nowUtc();
    subscription.updatedBy = actorName();
    subscription.rowVersion = expectedVersion + 1;

    QSqlQuery previous = prepare(QStringLiteral("SELECT status, plan_id FROM subscriptions WHERE id = ?"));
    bind(previous, subscription.id);
    if (Status ran = execute(previous, tr("subscription")); !ran)
        return ran;
    if (!previous.next())
        return failure(ErrorKind::NotFound, tr("Subscription %1 was not found.").arg(subscription.id));
    const QString previousStatus = previous.value(0).toString();
    const QString previousPlan = previous.value(1).toString();
    previous.finish();

    QSqlQuery query = prepare(QStringLiteral(
        "UPDATE subscriptions SET plan_id = ?, currency = ?, status = ?, period_start = COALESCE(?, period_start), "
        "period_end = COALESCE(?, period_end), next_invoice_date = COALESCE(?, next_invoice_date), "
        "trial_ends_on = ?, billing_day = ?, updated_at = ?, updated_by = ?, row_version = ? "
        "WHERE id = ? AND row_version = ?"));
    bind(query, subscription.planId);
    bind(query, toString(subscription.currency));
    bind(query, toString(subscription.status));
    bind(query, encodeDate(subscription.periodStart));
    bind(query, encodeDate(subscription.periodEnd));
    bind(query, encodeDate(subscription.nextInvoiceDate));
    bind(query, encodeDate(subscription.trialEndsOn));
    bind(query, subscription.billingDay);
    bind(query, encodeTime(subscription.updatedAt));
    bind(query, subscription.updatedBy);
    bind(query, subscription.rowVersion);
    bind(query, subscription.id);
    bind(query, expectedVersion);
    if (!query.exec()) {
        return constraintError(query.lastError(), tr("subscription"),
            { { QStringLiteral("ux_subscriptions_live"), QStringLiteral("subscriptions.customer_id"),
                tr("The customer already has another subscription that is not cancelled.") } });
    }
    if (query.numRowsAffected() != 1)
        return conflict(QStringLiteral("subscriptions"), tr("subscription"), subscription.id);
    // The history keeps status and plan changes. Period moves are in the audit log.
    if (previousStatus != toString(subscription.status) || previousPlan != subscription.planId) {
        if (Status history = insertSubscriptionEvent(subscription, previousStatus, note); !history)
            return history;
    }
    QJsonObject details = subscriptionDetails(subscription, note);
    details.insert(QStringLiteral("previous_status"), previousStatus);
    return audit(QStringLiteral("subscription.update"), QStringLiteral("subscription"), subscription.id, details);
}

Result<Subscription> Catalog::subscription(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Subscription id"), id))
        return failure(ErrorKind::NotFound, tr("Subscription %1 was not found.").arg(id));
    QSqlQuery query
        = prepare(QStringLiteral("SELECT %1 FROM subscriptions WHERE id = ?").arg(SubscriptionColumns));
    bind(query, id);
    if (Status ran = execute(query, tr("subscription")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Subscription %1 was not found.").arg(id));
    return subscriptionFromQuery(query);
}

Result<std::optional<Subscription>> Catalog::liveSubscription(const QString &customerId)
{
    resetError();
    if (!validateUuid(tr("Customer id"), customerId))
        return std::optional<Subscription>();
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1 FROM subscriptions WHERE customer_id = ? AND status <> 'cancelled'")
            .arg(SubscriptionColumns));
    bind(query, customerId);
    if (Status ran = execute(query, tr("subscription")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return std::optional<Subscription>();
    return std::optional<Subscription>(subscriptionFromQuery(query));
}

Result<QList<Subscription>> Catalog::subscriptions(const QString &customerId)
{
    resetError();
    QString sql = QStringLiteral("SELECT %1 FROM subscriptions").arg(SubscriptionColumns);
    if (!customerId.isEmpty()) {
        if (!validateUuid(tr("Customer id"), customerId))
            return QList<Subscription>();
        sql += QStringLiteral(" WHERE customer_id = ?");
    }
    sql += QStringLiteral(" ORDER BY created_at, id");
    QSqlQuery query = prepare(sql);
    if (!customerId.isEmpty())
        bind(query, customerId);
    if (Status ran = execute(query, tr("subscription list")); !ran)
        return makeError(ran.error());
    QList<Subscription> list;
    while (query.next())
        list.append(subscriptionFromQuery(query));
    return list;
}

Result<QList<SubscriptionEvent>> Catalog::subscriptionEvents(const QString &subscriptionId)
{
    resetError();
    if (!validateUuid(tr("Subscription id"), subscriptionId))
        return QList<SubscriptionEvent>();
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT id, subscription_id, occurred_at, actor, from_status, to_status, plan_id, note "
        "FROM subscription_events WHERE subscription_id = ? ORDER BY sequence"));
    bind(query, subscriptionId);
    if (Status ran = execute(query, tr("subscription history")); !ran)
        return makeError(ran.error());
    QList<SubscriptionEvent> events;
    while (query.next()) {
        SubscriptionEvent event;
        event.id = query.value(0).toString();
        event.subscriptionId = query.value(1).toString();
        event.at = decodeTime(query.value(2));
        event.actor = query.value(3).toString();
        event.fromStatus = query.value(4).toString();
        event.toStatus = query.value(5).toString();
        event.planId = query.value(6).toString();
        event.note = query.value(7).toString();
        events.append(event);
    }
    return events;
}

// ---- invoices --------------------------------------------------------------

// Takes the next number of `year` inside the caller's transaction. The
// counter row is created once per year. The UPDATE then locks it, so a
// second writer on PostgreSQL waits until the first commits or rolls back
// and reads the committed value. SQLite's BEGIN IMMEDIATE already
// serializes writers. A rollback returns the number, so none is skipped.
// Numbers follow issue dates within a year, so an invoice dated before an
// already numbered one of its year is rejected here, after the counter's
// lock, whichever route issues it (a billing run, a resumed job, the CLI).
Result<QString> Catalog::allocateInvoiceNumber(const QDate &issueDate)
{
    const int year = issueDate.year();
    QSqlQuery create = prepare(QStringLiteral(
        "INSERT INTO invoice_counters (year, last_number) VALUES (?, 0) ON CONFLICT (year) DO NOTHING"));
    bind(create, year);
    if (Status ran = execute(create, tr("invoice counter")); !ran)
        return makeError(ran.error());
    create.finish();
    QSqlQuery next = prepare(QStringLiteral("UPDATE invoice_counters SET last_number = last_number + 1 WHERE year = ?"));
    bind(next, year);
    if (Status ran = execute(next, tr("invoice counter")); !ran)
        return makeError(ran.error());
    next.finish();
    QSqlQuery read = prepare(QStringLiteral("SELECT last_number FROM invoice_counters WHERE year = ?"));
    bind(read, year);
    if (Status ran = execute(read, tr("invoice counter")); !ran)
        return makeError(ran.error());
    if (!read.next())
        return failure(ErrorKind::Database, tr("The invoice counter of %1 is missing.").arg(year));
    const qint64 number = read.value(0).toLongLong();
    read.finish();

    QSqlQuery later = prepare(QStringLiteral(
        "SELECT number, issue_date FROM invoices WHERE number LIKE ? AND issue_date > ? "
        "ORDER BY issue_date DESC, number DESC LIMIT 1"));
    bind(later, QStringLiteral("INV-%1-%").arg(year));
    bind(later, encodeDate(issueDate));
    if (Status ran = execute(later, tr("invoices")); !ran)
        return makeError(ran.error());
    if (later.next()) {
        const QString laterNumber = later.value(0).toString();
        const QDate laterDate = decodeDate(later.value(1));
        return failure(ErrorKind::Validation,
            tr("An invoice dated %1 cannot be numbered: invoice %2 of %3 is dated %4, and invoice numbers follow "
               "issue dates. Issue it dated %4 or later, for example with a billing run for today.")
                .arg(issueDate.toString(Qt::ISODate), laterNumber)
                .arg(year)
                .arg(laterDate.toString(Qt::ISODate)));
    }
    return QStringLiteral("INV-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

Status Catalog::writeInvoiceLines(const Invoice &invoice)
{
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"));
    bind(remove, invoice.id);
    if (Status ran = execute(remove, tr("invoice lines")); !ran)
        return ran;
    remove.finish();
    for (int position = 0; position < invoice.lines.size(); ++position) {
        const InvoiceLine &line = invoice.lines.at(position);
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_cents, amount_cents) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        bind(query, invoice.id);
        bind(query, position + 1);
        bind(query, line.description);
        bind(query, line.quantity);
        bind(query, line.unitCents);
        bind(query, line.amountCents);
        if (Status ran = execute(query, tr("invoice line")); !ran)
            return ran;
    }
    return {};
}

Result<QList<InvoiceLine>> Catalog::readInvoiceLines(const QString &invoiceId)
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT description, quantity, unit_cents, amount_cents FROM invoice_lines WHERE invoice_id = ? "
        "ORDER BY position"));
    bind(query, invoiceId);
    if (Status ran = execute(query, tr("invoice lines")); !ran)
        return makeError(ran.error());
    QList<InvoiceLine> lines;
    while (query.next()) {
        InvoiceLine line;
        line.description = query.value(0).toString();
        line.quantity = query.value(1).toLongLong();
        line.unitCents = query.value(2).toLongLong();
        line.amountCents = query.value(3).toLongLong();
        lines.append(line);
    }
    return lines;
}

Result<Invoice> Catalog::createInvoice(Invoice invoice, bool issue)
{
    resetError();
    if (Status prepared = prepareInvoice(invoice, issue); !prepared)
        return makeError(prepared.error());
    const Status written = write([&]() -> Status { return insertInvoice(invoice, issue); });
    if (!written)
        return makeError(written.error());
    return invoice;
}

Result<Invoice> Catalog::issuePeriodInvoice(Invoice invoice, Subscription subscription, const QString &note)
{
    resetError();
    if (invoice.subscriptionId != subscription.id)
        return failure(ErrorKind::Validation, tr("The invoice belongs to another subscription."));
    if (Status valid = validateSubscription(subscription); !valid)
        return failure(ErrorKind::Validation, valid.error());
    if (Status prepared = prepareInvoice(invoice, true); !prepared)
        return makeError(prepared.error());
    const Status written = write([&]() -> Status {
        // The subscription's row first: on PostgreSQL this UPDATE locks it,
        // so a second writer of the same period waits here, before it takes
        // an invoice number, and then finds another row version once the
        // first has committed. SQLite's BEGIN IMMEDIATE serializes writers.
        QSqlQuery lock = prepare(QStringLiteral(
            "UPDATE subscriptions SET row_version = row_version WHERE id = ? AND row_version = ?"));
        bind(lock, subscription.id);
        bind(lock, subscription.rowVersion);
        if (Status ran = execute(lock, tr("subscription")); !ran)
            return ran;
        if (lock.numRowsAffected() != 1)
            return conflict(QStringLiteral("subscriptions"), tr("subscription"), subscription.id);
        lock.finish();
        if (Status inserted = insertInvoice(invoice, true); !inserted)
            return inserted;
        return writeSubscriptionUpdate(subscription, QString(note).replace(QStringLiteral("%1"), invoice.number));
    });
    if (!written)
        return makeError(written.error());
    return invoice;
}

Result<Invoice> Catalog::reissueInvoice(Invoice invoice, const QString &voidedId)
{
    resetError();
    const Result<Invoice> voided = this->invoice(voidedId);
    if (!voided)
        return voided;
    if (voided->status != InvoiceStatus::Void) {
        return failure(ErrorKind::Validation,
            tr("Invoice %1 is %2, and only a void invoice can be reissued.")
                .arg(voided->number.isEmpty() ? voided->id : voided->number, toString(voided->status)));
    }
    invoice.customerId = voided->customerId;
    invoice.subscriptionId = voided->subscriptionId;
    invoice.currency = voided->currency;
    invoice.periodStart = voided->periodStart;
    invoice.periodEnd = voided->periodEnd;
    if (Status prepared = prepareInvoice(invoice, true); !prepared)
        return makeError(prepared.error());
    const Status written = write([&]() -> Status {
        if (Status inserted = insertInvoice(invoice, true); !inserted)
            return inserted;
        return audit(QStringLiteral("invoice.reissue"), QStringLiteral("invoice"), invoice.id,
            { { QStringLiteral("number"), invoice.number }, { QStringLiteral("voided_id"), voided->id },
                { QStringLiteral("voided_number"), voided->number },
                { QStringLiteral("period_start"), invoice.periodStart.toString(Qt::ISODate) } });
    });
    if (!written)
        return makeError(written.error());
    return invoice;
}

// Checks a new invoice, computes its totals and fills in the fields that
// createInvoice sets. Writes nothing.
Status Catalog::prepareInvoice(Invoice &invoice, bool issue)
{
    if (Status customer = validateUuid(tr("Customer id"), invoice.customerId); !customer)
        return failure(ErrorKind::Validation, customer.error());
    if (Status subscription = validateUuid(tr("Subscription id"), invoice.subscriptionId); !subscription)
        return failure(ErrorKind::Validation, subscription.error());
    if (!invoice.periodStart.isValid() || !invoice.periodEnd.isValid() || invoice.periodEnd <= invoice.periodStart)
        return failure(ErrorKind::Validation, tr("The invoice period is invalid: it must end after it starts."));
    if (!invoice.dueDate.isValid())
        return failure(ErrorKind::Validation, tr("The invoice has no due date."));
    if (issue && !invoice.issueDate.isValid())
        invoice.issueDate = nowUtc().date();
    for (const QDate &date : { invoice.periodStart, invoice.periodEnd, invoice.dueDate, invoice.issueDate }) {
        if (date.isValid() && !isBillingDateInRange(date)) {
            return failure(ErrorKind::Validation,
                tr("The invoice date %1 is outside the billing window %2 to %3.")
                    .arg(date.toString(Qt::ISODate), earliestBillingDate().toString(Qt::ISODate),
                        latestBillingDate().toString(Qt::ISODate)));
        }
    }
    if (Status totals = computeTotals(invoice); !totals)
        return failure(ErrorKind::Validation, totals.error());
    invoice.id = newId();
    // Nothing can be paid on an invoice of zero, so it is paid when issued
    // and dunning never waits for it.
    invoice.status = !issue ? InvoiceStatus::Draft
        : invoice.totalCents == 0 ? InvoiceStatus::Paid
                                  : InvoiceStatus::Open;
    invoice.paidAt = invoice.status == InvoiceStatus::Paid ? nowUtc() : QDateTime();
    invoice.number.clear();
    invoice.createdAt = nowUtc();
    invoice.updatedAt = invoice.createdAt;
    invoice.updatedBy = actorName();
    invoice.rowVersion = 1;
    return {};
}

// Inserts a prepared invoice and its lines inside the caller's transaction,
// with its number when `issue`, and audits it.
Status Catalog::insertInvoice(Invoice &invoice, bool issue)
{
    if (issue) {
        const Result<QString> number = allocateInvoiceNumber(invoice.issueDate);
        if (!number)
            return makeError(number.error());
        invoice.number = number.value();
    }
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO invoices (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  .arg(InvoiceColumns));
    bind(query, invoice.id);
    bind(query, invoice.number.isEmpty() ? QVariant() : QVariant(invoice.number));
    bind(query, invoice.customerId);
    bind(query, invoice.subscriptionId);
    bind(query, toString(invoice.currency));
    bind(query, toString(invoice.status));
    bind(query, encodeDate(invoice.periodStart));
    bind(query, encodeDate(invoice.periodEnd));
    bind(query, encodeDate(invoice.issueDate));
    bind(query, encodeDate(invoice.dueDate));
    bind(query, invoice.vatRateBasisPoints);
    bind(query, invoice.subtotalCents);
    bind(query, invoice.taxCents);
    bind(query, invoice.totalCents);
    bind(query, invoice.voidReason);
    bind(query, encodeTime(invoice.paidAt));
    bind(query, encodeTime(invoice.createdAt));
    bind(query, encodeTime(invoice.updatedAt));
    bind(query, invoice.updatedBy);
    bind(query, invoice.rowVersion);
    if (!query.exec()) {
        return constraintError(query.lastError(), tr("invoice"),
            { { QStringLiteral("ux_invoices_period"), QStringLiteral("invoices.subscription_id, invoices.period_start"),
                tr("The subscription already has an invoice for the period starting %1; void it first to "
                   "invoice the period again.")
                    .arg(invoice.periodStart.toString(Qt::ISODate)) } });
    }
    query.finish();
    if (Status lines = writeInvoiceLines(invoice); !lines)
        return lines;
    if (Status audited = audit(issue ? QStringLiteral("invoice.issue") : QStringLiteral("invoice.create"),
            QStringLiteral("invoice"), invoice.id, invoiceDetails(invoice));
        !audited)
        return audited;
    if (invoice.status != InvoiceStatus::Paid)
        return {};
    return audit(QStringLiteral("invoice.paid"), QStringLiteral("invoice"), invoice.id,
        { { QStringLiteral("reason"), QStringLiteral("zero total, paid when issued") } });
}

Result<Invoice> Catalog::issueInvoice(const QString &id, const QDate &issueDate)
{
    resetError();
    Result<Invoice> loaded = invoice(id);
    if (!loaded)
        return loaded;
    Invoice issued = loaded.value();
    if (issued.status != InvoiceStatus::Draft) {
        return failure(ErrorKind::Validation,
            tr("Invoice %1 is %2; only a draft can be issued.").arg(issued.number, toString(issued.status)));
    }
    issued.issueDate = issueDate.isValid() ? issueDate : nowUtc().date();
    if (!isBillingDateInRange(issued.issueDate)) {
        return failure(ErrorKind::Validation,
            tr("The issue date %1 is outside the billing window %2 to %3.")
                .arg(issued.issueDate.toString(Qt::ISODate), earliestBillingDate().toString(Qt::ISODate),
                    latestBillingDate().toString(Qt::ISODate)));
    }
    // As in prepareInvoice, an invoice of zero is paid when issued.
    issued.status = issued.totalCents == 0 ? InvoiceStatus::Paid : InvoiceStatus::Open;
    issued.paidAt = issued.status == InvoiceStatus::Paid ? nowUtc() : QDateTime();
    issued.updatedAt = nowUtc();
    issued.updatedBy = actorName();
    const qint64 expectedVersion = issued.rowVersion;
    issued.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        const Result<QString> number = allocateInvoiceNumber(issued.issueDate);
        if (!number)
            return makeError(number.error());
        issued.number = number.value();
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE invoices SET number = ?, status = ?, paid_at = ?, issue_date = ?, updated_at = ?, updated_by = ?, "
            "row_version = ? WHERE id = ? AND row_version = ? AND status = 'draft'"));
        bind(query, issued.number);
        bind(query, toString(issued.status));
        bind(query, encodeTime(issued.paidAt));
        bind(query, encodeDate(issued.issueDate));
        bind(query, encodeTime(issued.updatedAt));
        bind(query, issued.updatedBy);
        bind(query, issued.rowVersion);
        bind(query, issued.id);
        bind(query, expectedVersion);
        if (!query.exec())
            return constraintError(query.lastError(), tr("invoice"), {});
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("invoices"), tr("invoice"), issued.id);
        if (Status audited
            = audit(QStringLiteral("invoice.issue"), QStringLiteral("invoice"), issued.id, invoiceDetails(issued));
            !audited)
            return audited;
        if (issued.status != InvoiceStatus::Paid)
            return {};
        return audit(QStringLiteral("invoice.paid"), QStringLiteral("invoice"), issued.id,
            { { QStringLiteral("reason"), QStringLiteral("zero total, paid when issued") } });
    });
    if (!written)
        return makeError(written.error());
    return issued;
}

Result<Invoice> Catalog::voidInvoice(const QString &id, const QString &reason)
{
    resetError();
    Result<Invoice> loaded = invoice(id);
    if (!loaded)
        return loaded;
    Invoice voided = loaded.value();
    if (voided.status == InvoiceStatus::Paid || voided.status == InvoiceStatus::Void) {
        return failure(ErrorKind::Validation, tr("Invoice %1 is %2 and cannot be voided.")
                                                  .arg(voided.number.isEmpty() ? voided.id : voided.number,
                                                      toString(voided.status)));
    }
    if (Status text = validateRequiredText(tr("Reason"), reason.trimmed(), 500); !text)
        return failure(ErrorKind::Validation, text.error());
    // A draft has no number, and a voided one keeps its number, so voiding
    // never leaves a gap.
    voided.status = InvoiceStatus::Void;
    voided.voidReason = reason.trimmed();
    voided.updatedAt = nowUtc();
    voided.updatedBy = actorName();
    const qint64 expectedVersion = voided.rowVersion;
    voided.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        // Checked inside the transaction, after locking the invoice's row as
        // startPaymentAttempt does, so a payment attempt started by another
        // session cannot slip in between the check and the update.
        QSqlQuery lock = prepare(QStringLiteral("UPDATE invoices SET row_version = row_version WHERE id = ?"));
        bind(lock, voided.id);
        if (Status ran = execute(lock, tr("invoice")); !ran)
            return ran;
        lock.finish();
        QSqlQuery pending = prepare(QStringLiteral(
            "SELECT reference FROM payments WHERE invoice_id = ? AND status = 'pending' ORDER BY created_at"));
        bind(pending, voided.id);
        if (Status ran = execute(pending, tr("payment")); !ran)
            return ran;
        if (pending.next()) {
            const QString reference = pending.value(0).toString();
            return failure(ErrorKind::Validation,
                tr("Invoice %1 has payment %2 pending at Paynow and cannot be voided, because the customer may "
                   "still pay it. Check it with 'saasodoo payment poll %2', or cancel it with "
                   "'saasodoo payment cancel %2' first.")
                    .arg(voided.number, reference));
        }
        pending.finish();
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE invoices SET status = 'void', void_reason = ?, updated_at = ?, updated_by = ?, row_version = ? "
            "WHERE id = ? AND row_version = ? AND status IN ('draft', 'open')"));
        bind(query, voided.voidReason);
        bind(query, encodeTime(voided.updatedAt));
        bind(query, voided.updatedBy);
        bind(query, voided.rowVersion);
        bind(query, voided.id);
        bind(query, expectedVersion);
        if (!query.exec())
            return constraintError(query.lastError(), tr("invoice"), {});
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("invoices"), tr("invoice"), voided.id);
        QJsonObject details = invoiceDetails(voided);
        details.insert(QStringLiteral("reason"), voided.voidReason);
        return audit(QStringLiteral("invoice.void"), QStringLiteral("invoice"), voided.id, details);
    });
    if (!written)
        return makeError(written.error());
    return voided;
}

Result<Invoice> Catalog::readInvoice(const QString &column, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM invoices WHERE %2 = ?").arg(InvoiceColumns, column));
    bind(query, value);
    if (Status ran = execute(query, tr("invoice")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Invoice %1 was not found.").arg(value.toString()));
    Invoice found = invoiceFromQuery(query);
    query.finish();
    Result<QList<InvoiceLine>> lines = readInvoiceLines(found.id);
    if (!lines)
        return makeError(lines.error());
    found.lines = lines.value();
    return found;
}

Result<Invoice> Catalog::invoice(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Invoice id"), id))
        return failure(ErrorKind::NotFound, tr("Invoice %1 was not found.").arg(id));
    return readInvoice(QStringLiteral("id"), id);
}

Result<Invoice> Catalog::invoiceByNumber(const QString &number)
{
    resetError();
    return readInvoice(QStringLiteral("number"), number.trimmed().toUpper());
}

Result<QList<Invoice>> Catalog::invoices(const InvoiceFilter &filter)
{
    resetError();
    QString sql = QStringLiteral("SELECT %1 FROM invoices WHERE 1 = 1").arg(InvoiceColumns);
    QVariantList values;
    if (!filter.customerId.isEmpty()) {
        if (!validateUuid(tr("Customer id"), filter.customerId))
            return QList<Invoice>();
        sql += QStringLiteral(" AND customer_id = ?");
        values.append(filter.customerId);
    }
    if (!filter.subscriptionId.isEmpty()) {
        if (!validateUuid(tr("Subscription id"), filter.subscriptionId))
            return QList<Invoice>();
        sql += QStringLiteral(" AND subscription_id = ?");
        values.append(filter.subscriptionId);
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (InvoiceStatus status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(toString(status));
        }
        sql += QStringLiteral(" AND status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY period_start, created_at, id");
    QSqlQuery query = prepare(sql);
    for (const QVariant &value : values)
        bind(query, value);
    if (Status ran = execute(query, tr("invoice list")); !ran)
        return makeError(ran.error());
    QList<Invoice> list;
    while (query.next())
        list.append(invoiceFromQuery(query));
    query.finish();
    for (Invoice &item : list) {
        Result<QList<InvoiceLine>> lines = readInvoiceLines(item.id);
        if (!lines)
            return makeError(lines.error());
        item.lines = lines.value();
    }
    return list;
}

// ---- payments --------------------------------------------------------------

Result<Payment> Catalog::createPayment(Payment payment)
{
    resetError();
    if (Status invoiceId = validateUuid(tr("Invoice id"), payment.invoiceId); !invoiceId)
        return failure(ErrorKind::Validation, invoiceId.error());
    if (Status reference = validateRequiredText(tr("Payment reference"), payment.reference, 100); !reference)
        return failure(ErrorKind::Validation, reference.error());
    if (payment.amountCents <= 0)
        return failure(ErrorKind::Validation, tr("A payment amount must be more than zero."));
    if (payment.pollUrl.isEmpty())
        return failure(ErrorKind::Validation, tr("Payment %1 has no poll URL.").arg(payment.reference));
    payment.id = newId();
    payment.createdAt = nowUtc();
    payment.updatedAt = payment.createdAt;
    payment.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(PaymentInsert);
        bindPaymentFields(query, payment);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("payment"),
                { { QStringLiteral("ux_payments_reference"), QStringLiteral("payments.reference"),
                    tr("A payment with reference %1 already exists.").arg(payment.reference) } });
        }
        return audit(QStringLiteral("payment.create"), QStringLiteral("payment"), payment.id, paymentDetails(payment));
    });
    if (!written)
        return makeError(written.error());
    return payment;
}

Result<Payment> Catalog::startPaymentAttempt(Payment payment)
{
    resetError();
    if (Status invoiceId = validateUuid(tr("Invoice id"), payment.invoiceId); !invoiceId)
        return failure(ErrorKind::Validation, invoiceId.error());
    if (payment.amountCents <= 0)
        return failure(ErrorKind::Validation, tr("A payment amount must be more than zero."));
    payment.id = newId();
    payment.status = PaymentStatus::Pending;
    payment.paynowStatus.clear();
    payment.pollUrl.clear();
    payment.browserUrl.clear();
    payment.paynowReference.clear();
    payment.application = PaymentApplication::None;
    payment.failureReason.clear();
    payment.createdAt = nowUtc();
    payment.updatedAt = payment.createdAt;
    payment.rowVersion = 1;

    const Status written = write([&]() -> Status {
        // Locks the invoice's row on PostgreSQL, so that a second attempt or
        // a void of the same invoice waits until this one commits and then
        // reads its pending payment. SQLite's BEGIN IMMEDIATE serializes writers.
        QSqlQuery lock = prepare(QStringLiteral("UPDATE invoices SET row_version = row_version WHERE id = ?"));
        bind(lock, payment.invoiceId);
        if (Status ran = execute(lock, tr("invoice")); !ran)
            return ran;
        lock.finish();
        QSqlQuery invoice = prepare(QStringLiteral("SELECT number, status FROM invoices WHERE id = ?"));
        bind(invoice, payment.invoiceId);
        if (Status ran = execute(invoice, tr("invoice")); !ran)
            return ran;
        if (!invoice.next())
            return failure(ErrorKind::NotFound, tr("Invoice %1 was not found.").arg(payment.invoiceId));
        const QString number = invoice.value(0).toString();
        const QString status = invoice.value(1).toString();
        invoice.finish();
        if (status != QLatin1String("open")) {
            return failure(ErrorKind::Validation,
                tr("Invoice %1 is %2; only an open invoice can be paid.").arg(number, status));
        }

        // Every attempt, failed ones included, is a row, so the count gives
        // the next attempt number and no reference is ever sent twice.
        QSqlQuery earlier = prepare(QStringLiteral(
            "SELECT reference, status, created_at FROM payments WHERE invoice_id = ? ORDER BY created_at"));
        bind(earlier, payment.invoiceId);
        if (Status ran = execute(earlier, tr("payment")); !ran)
            return ran;
        int attempts = 0;
        while (earlier.next()) {
            ++attempts;
            if (earlier.value(1).toString() != QLatin1String("pending"))
                continue;
            const QString reference = earlier.value(0).toString();
            return failure(ErrorKind::Validation,
                tr("Invoice %1 already has payment %2 pending since %3 UTC. Check it with 'saasodoo payment poll "
                   "%2', or cancel it with 'saasodoo payment cancel %2' if the customer will not complete it.")
                    .arg(number, reference,
                        decodeTime(earlier.value(2)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
        earlier.finish();

        // References start with a random prefix that the catalog keeps from
        // its first payment on, so two catalogs on one Paynow integration
        // (a test and a production console) never send the same reference
        // for their own INV-2026-000001. Payments made before the prefix
        // existed keep the references they were sent with.
        const QString prefixName = QStringLiteral("payment_reference_prefix");
        QSqlQuery claim = prepare(QStringLiteral(
            "INSERT INTO catalog_properties (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
        bind(claim, prefixName);
        bind(claim, newReferencePrefix());
        if (Status ran = execute(claim, tr("payment reference prefix")); !ran)
            return ran;
        claim.finish();
        QSqlQuery stored = prepare(QStringLiteral("SELECT value FROM catalog_properties WHERE name = ?"));
        bind(stored, prefixName);
        if (Status ran = execute(stored, tr("payment reference prefix")); !ran)
            return ran;
        if (!stored.next())
            return failure(ErrorKind::Database, tr("The catalog has no payment reference prefix."));
        const QString prefix = stored.value(0).toString();
        stored.finish();
        payment.reference = QStringLiteral("%1-%2-%3").arg(prefix, number).arg(attempts + 1);

        QSqlQuery query = prepare(PaymentInsert);
        bindPaymentFields(query, payment);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("payment"),
                { { QStringLiteral("ux_payments_reference"), QStringLiteral("payments.reference"),
                    tr("A payment with reference %1 already exists.").arg(payment.reference) } });
        }
        return audit(QStringLiteral("payment.attempt"), QStringLiteral("payment"), payment.id, paymentDetails(payment));
    });
    if (!written)
        return makeError(written.error());
    return payment;
}

Result<Payment> Catalog::recordPaymentInitiated(Payment payment)
{
    resetError();
    if (payment.pollUrl.isEmpty())
        return failure(ErrorKind::Validation, tr("Payment %1 has no poll URL.").arg(payment.reference));
    const qint64 expectedVersion = payment.rowVersion;
    payment.updatedAt = nowUtc();
    payment.rowVersion = expectedVersion + 1;
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE payments SET poll_url = ?, browser_url = ?, paynow_reference = ?, updated_at = ?, row_version = ? "
            "WHERE id = ? AND row_version = ?"));
        bind(query, payment.pollUrl);
        bind(query, payment.browserUrl);
        bind(query, payment.paynowReference);
        bind(query, encodeTime(payment.updatedAt));
        bind(query, payment.rowVersion);
        bind(query, payment.id);
        bind(query, expectedVersion);
        if (Status ran = execute(query, tr("payment")); !ran)
            return ran;
        if (query.numRowsAffected() != 1) {
            return failure(ErrorKind::Conflict,
                tr("Payment %1 was changed by another session while Paynow was asked.").arg(payment.reference));
        }
        return audit(QStringLiteral("payment.create"), QStringLiteral("payment"), payment.id, paymentDetails(payment));
    });
    if (!written)
        return makeError(written.error());
    return payment;
}

Result<Payment> Catalog::closePendingPayment(const QString &paymentId, PaymentStatus status, const QString &reason)
{
    resetError();
    if (status != PaymentStatus::Failed && status != PaymentStatus::Cancelled)
        return failure(ErrorKind::Validation, tr("A pending payment can only be closed as failed or cancelled."));
    const QString text = reason.trimmed().left(500);
    if (Status required = validateRequiredText(tr("Reason"), text, 500); !required)
        return failure(ErrorKind::Validation, required.error());
    Result<Payment> loaded = payment(paymentId);
    if (!loaded)
        return loaded;
    Payment closed = loaded.value();
    if (closed.status != PaymentStatus::Pending) {
        return failure(ErrorKind::Validation,
            tr("Payment %1 is %2, not pending; only a pending payment can be cancelled.")
                .arg(closed.reference, toString(closed.status)));
    }
    closed.status = status;
    closed.failureReason = text;
    closed.updatedAt = nowUtc();
    const qint64 expectedVersion = closed.rowVersion;
    closed.rowVersion = expectedVersion + 1;
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE payments SET status = ?, failure_reason = ?, updated_at = ?, row_version = ? "
            "WHERE id = ? AND row_version = ? AND status = 'pending'"));
        bind(query, toString(closed.status));
        bind(query, closed.failureReason);
        bind(query, encodeTime(closed.updatedAt));
        bind(query, closed.rowVersion);
        bind(query, closed.id);
        bind(query, expectedVersion);
        if (Status ran = execute(query, tr("payment")); !ran)
            return ran;
        if (query.numRowsAffected() != 1) {
            return failure(ErrorKind::Conflict,
                tr("Payment %1 was changed by another session after it was read. Check it again.")
                    .arg(closed.reference));
        }
        return audit(status == PaymentStatus::Cancelled ? QStringLiteral("payment.cancel")
                                                        : QStringLiteral("payment.fail"),
            QStringLiteral("payment"), closed.id, paymentDetails(closed));
    });
    if (!written)
        return makeError(written.error());
    return closed;
}

Result<Payment> Catalog::updatePaymentStatus(Payment payment)
{
    resetError();
    const qint64 expectedVersion = payment.rowVersion;
    payment.updatedAt = nowUtc();
    payment.rowVersion = expectedVersion + 1;
    // A payment closed as failed or cancelled that Paynow later reports
    // paid (the customer paid after all) no longer has a failure. The audit
    // log keeps the old reason.
    if (payment.status != PaymentStatus::Failed && payment.status != PaymentStatus::Cancelled)
        payment.failureReason.clear();
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(
            QStringLiteral("UPDATE payments SET status = ?, paynow_status = ?, paynow_reference = ?, failure_reason = ?, "
                           "updated_at = ?, row_version = ? WHERE id = ? AND row_version = ?"));
        bind(query, toString(payment.status));
        bind(query, payment.paynowStatus);
        bind(query, payment.paynowReference);
        bind(query, payment.failureReason);
        bind(query, encodeTime(payment.updatedAt));
        bind(query, payment.rowVersion);
        bind(query, payment.id);
        bind(query, expectedVersion);
        if (!query.exec())
            return constraintError(query.lastError(), tr("payment"), {});
        if (query.numRowsAffected() != 1) {
            QSqlQuery exists = prepare(QStringLiteral("SELECT row_version FROM payments WHERE id = ?"));
            bind(exists, payment.id);
            if (Status ran = execute(exists, tr("payment")); !ran)
                return ran;
            if (!exists.next())
                return failure(ErrorKind::NotFound, tr("Payment %1 was not found.").arg(payment.reference));
            return failure(ErrorKind::Conflict,
                tr("Payment %1 was changed by another session after it was read. Poll it again.")
                    .arg(payment.reference));
        }
        return audit(QStringLiteral("payment.status"), QStringLiteral("payment"), payment.id, paymentDetails(payment));
    });
    if (!written)
        return makeError(written.error());
    return payment;
}

Result<PaymentApplication> Catalog::applyPayment(const QString &paymentId)
{
    resetError();
    PaymentApplication application = PaymentApplication::None;
    const Status written = write([&]() -> Status {
        const QDateTime now = nowUtc();
        const Result<Payment> found = readPayment(QStringLiteral("id"), paymentId);
        if (!found)
            return makeError(found.error());
        Payment payment = found.value();
        if (payment.status != PaymentStatus::Paid || payment.appliedAt.isValid())
            return {};

        // Settling first: the condition on the invoice's status decides,
        // under the row lock, whether this payment pays the invoice. A
        // second payment of the same invoice then matches nothing.
        QSqlQuery settle = prepare(QStringLiteral(
            "UPDATE invoices SET status = 'paid', paid_at = ?, updated_at = ?, updated_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND status = 'open'"));
        bind(settle, encodeTime(now));
        bind(settle, encodeTime(now));
        bind(settle, actorName());
        bind(settle, payment.invoiceId);
        if (Status ran = execute(settle, tr("invoice")); !ran)
            return ran;
        const bool settled = settle.numRowsAffected() == 1;
        settle.finish();
        PaymentApplication applied = PaymentApplication::Settled;
        if (!settled) {
            QSqlQuery status = prepare(QStringLiteral("SELECT status FROM invoices WHERE id = ?"));
            bind(status, payment.invoiceId);
            if (Status ran = execute(status, tr("invoice")); !ran)
                return ran;
            const QString invoiceStatus = status.next() ? status.value(0).toString() : QString();
            applied = invoiceStatus == QLatin1String("paid") ? PaymentApplication::Overpayment
                                                             : PaymentApplication::VoidInvoice;
        }

        // The conditions make the update a no-op for a payment that another
        // session applied meanwhile. On PostgreSQL a second writer waits for
        // the first's row lock and then matches nothing.
        QSqlQuery mark = prepare(QStringLiteral(
            "UPDATE payments SET applied_at = ?, application = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND status = 'paid' AND applied_at IS NULL"));
        bind(mark, encodeTime(now));
        bind(mark, toString(applied));
        bind(mark, encodeTime(now));
        bind(mark, paymentId);
        if (Status ran = execute(mark, tr("payment")); !ran)
            return ran;
        if (mark.numRowsAffected() != 1) {
            // Another session applied it between the read and this update;
            // returning an error rolls back the settling above.
            return failure(ErrorKind::Conflict,
                tr("Payment %1 was applied by another session meanwhile.").arg(payment.reference));
        }
        mark.finish();
        payment.application = applied;
        payment.appliedAt = now;

        QJsonObject details = paymentDetails(payment);
        details.insert(QStringLiteral("invoice_settled"), settled);
        if (Status audited = audit(QStringLiteral("payment.apply"), QStringLiteral("payment"), payment.id, details);
            !audited)
            return audited;
        application = applied;
        if (!settled) {
            // Money arrived that no invoice takes: an admin refunds it.
            return audit(QStringLiteral("payment.refund_due"), QStringLiteral("payment"), payment.id, details);
        }
        return audit(QStringLiteral("invoice.paid"), QStringLiteral("invoice"), payment.invoiceId,
            { { QStringLiteral("payment_reference"), payment.reference },
                { QStringLiteral("paynow_reference"), payment.paynowReference } });
    });
    if (!written) {
        // Losing the race to another session is the same as finding the
        // payment applied: nothing to do here.
        if (lastErrorKind() == ErrorKind::Conflict) {
            resetError();
            return PaymentApplication::None;
        }
        return makeError(written.error());
    }
    return application;
}

Result<PaymentRefund> Catalog::refundPayment(const QString &paymentId, RefundScope scope)
{
    resetError();
    PaymentRefund outcome;
    // Settles `invoiceId`, which `refunded` had paid and which was reopened
    // for its refund, with another payment of that invoice held as an
    // overpayment for refund, so that one payment is not both owed back and
    // missing. Stores the held payment's reference in outcome. Runs inside
    // refundPayment's transaction.
    // NOTE: a held payment with less than the invoice's total still held
    // stays held, and the invoice stays open.
    const auto settleWithHeldOverpayment = [this, &outcome](const Payment &refunded, const QString &invoiceId,
                                               const QDateTime &now) -> Status {
        QSqlQuery find = prepare(QStringLiteral(
            "SELECT p.id FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.invoice_id = ? AND p.id <> ? "
            "AND p.status = 'paid' AND p.application = 'overpayment' AND p.amount_cents - p.applied_cents >= "
            "i.total_cents ORDER BY p.applied_at, p.id LIMIT 1"));
        bind(find, invoiceId);
        bind(find, refunded.id);
        if (Status ran = execute(find, tr("payments")); !ran)
            return ran;
        if (!find.next())
            return {};
        const QString heldId = find.value(0).toString();
        find.finish();
        const Result<Payment> found = readPayment(QStringLiteral("id"), heldId);
        if (!found)
            return makeError(found.error());
        Payment held = found.value();
        const Result<Invoice> reopened = readInvoice(QStringLiteral("id"), invoiceId);
        if (!reopened)
            return makeError(reopened.error());

        QSqlQuery settle = prepare(QStringLiteral(
            "UPDATE invoices SET status = 'paid', paid_at = ?, updated_at = ?, updated_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND status = 'open'"));
        bind(settle, encodeTime(now));
        bind(settle, encodeTime(now));
        bind(settle, actorName());
        bind(settle, invoiceId);
        if (Status ran = execute(settle, tr("invoice")); !ran)
            return ran;
        if (settle.numRowsAffected() != 1)
            return failure(ErrorKind::Conflict, tr("Invoice %1 changed while a refund reopened it.").arg(invoiceId));
        settle.finish();
        if (Status allocated = allocateHeldPayment(held, reopened.value(), now); !allocated)
            return allocated;
        outcome.replacementReference = held.reference;
        return audit(QStringLiteral("invoice.paid"), QStringLiteral("invoice"), invoiceId,
            { { QStringLiteral("payment_reference"), held.reference },
                { QStringLiteral("paynow_reference"), held.paynowReference },
                { QStringLiteral("replaces_refunded_payment"), refunded.reference },
                { QStringLiteral("reason"), QStringLiteral("overpayment held for refund applied after a refund") } });
    };

    // Records that only the money still held was refunded: the part applied
    // to invoices keeps paying them, so the payment is Settled.
    const auto refundHeldRest = [this, &outcome](Payment &payment) -> Status {
        const PaymentApplication previous = payment.application;
        const qint64 refundedCents = payment.heldCents();
        QSqlQuery mark = prepare(QStringLiteral(
            "UPDATE payments SET application = 'settled', updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"));
        bind(mark, encodeTime(nowUtc()));
        bind(mark, payment.id);
        bind(mark, payment.rowVersion);
        if (Status ran = execute(mark, tr("payment")); !ran)
            return ran;
        if (mark.numRowsAffected() != 1)
            return failure(ErrorKind::Conflict,
                tr("Payment %1 was changed by another session meanwhile. Check it and try again.")
                    .arg(payment.reference));
        mark.finish();
        outcome.recorded = true;
        payment.application = PaymentApplication::Settled;
        QJsonObject details = paymentDetails(payment);
        details.insert(QStringLiteral("previous_application"), toString(previous));
        details.insert(QStringLiteral("refunded_cents"), QString::number(refundedCents));
        return audit(QStringLiteral("payment.refund"), QStringLiteral("payment"), payment.id, details);
    };

    const Status written = write([&]() -> Status {
        outcome = {};
        const Result<Payment> found = readPayment(QStringLiteral("id"), paymentId);
        if (!found)
            return makeError(found.error());
        Payment payment = found.value();
        if (!payment.appliedAt.isValid() || payment.application == PaymentApplication::Refunded)
            return {};
        if (scope == RefundScope::HeldRest && payment.heldCents() > 0 && payment.appliedCents > 0)
            return refundHeldRest(payment);
        const PaymentApplication previous = payment.application;
        const QDateTime now = nowUtc();

        QSqlQuery mark = prepare(QStringLiteral(
            "UPDATE payments SET application = 'refunded', applied_cents = 0, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND application <> 'refunded'"));
        bind(mark, encodeTime(now));
        bind(mark, paymentId);
        if (Status ran = execute(mark, tr("payment")); !ran)
            return ran;
        if (mark.numRowsAffected() != 1)
            return {};
        mark.finish();
        outcome.recorded = true;
        payment.application = PaymentApplication::Refunded;
        payment.appliedCents = 0;
        QJsonObject details = paymentDetails(payment);
        details.insert(QStringLiteral("previous_application"), toString(previous));
        details.insert(QStringLiteral("refunded_cents"), QString::number(payment.amountCents));
        if (Status audited = audit(QStringLiteral("payment.refund"), QStringLiteral("payment"), payment.id, details);
            !audited)
            return audited;

        // The refunded payment had paid these invoices, so they are owed
        // again: open, outstanding, and no longer revenue. A held payment
        // that an admin applied paid the invoices of its allocations. Any
        // other settled payment paid its own invoice.
        QStringList paidInvoiceIds;
        QSqlQuery allocations = prepare(QStringLiteral(
            "SELECT invoice_id FROM payment_allocations WHERE payment_id = ? AND refunded_at IS NULL "
            "ORDER BY applied_at, id"));
        bind(allocations, paymentId);
        if (Status ran = execute(allocations, tr("payment allocations")); !ran)
            return ran;
        while (allocations.next())
            paidInvoiceIds.append(allocations.value(0).toString());
        allocations.finish();
        if (paidInvoiceIds.isEmpty() && previous == PaymentApplication::Settled)
            paidInvoiceIds.append(payment.invoiceId);
        QSqlQuery release = prepare(QStringLiteral(
            "UPDATE payment_allocations SET refunded_at = ? WHERE payment_id = ? AND refunded_at IS NULL"));
        bind(release, encodeTime(now));
        bind(release, paymentId);
        if (Status ran = execute(release, tr("payment allocations")); !ran)
            return ran;
        release.finish();

        for (const QString &paidInvoiceId : std::as_const(paidInvoiceIds)) {
            QSqlQuery reopen = prepare(QStringLiteral(
                "UPDATE invoices SET status = 'open', paid_at = NULL, updated_at = ?, updated_by = ?, "
                "row_version = row_version + 1 WHERE id = ? AND status = 'paid'"));
            bind(reopen, encodeTime(now));
            bind(reopen, actorName());
            bind(reopen, paidInvoiceId);
            if (Status ran = execute(reopen, tr("invoice")); !ran)
                return ran;
            if (reopen.numRowsAffected() != 1)
                continue;
            reopen.finish();
            if (Status audited = audit(QStringLiteral("invoice.reopen"), QStringLiteral("invoice"), paidInvoiceId,
                    { { QStringLiteral("reason"), QStringLiteral("payment refunded") },
                        { QStringLiteral("payment_reference"), payment.reference } });
                !audited)
                return audited;
            if (!outcome.reopenedInvoiceId.isEmpty()) {
                outcome.moreReopenedInvoiceIds.append(paidInvoiceId);
                continue;
            }
            outcome.reopenedInvoiceId = paidInvoiceId;
            if (Status settled = settleWithHeldOverpayment(payment, paidInvoiceId, now); !settled)
                return settled;
        }
        return {};
    });
    if (!written)
        return makeError(written.error());
    return outcome;
}

Result<bool> Catalog::markPaidAfterClose(const QString &paymentId)
{
    resetError();
    bool marked = false;
    const Status written = write([&]() -> Status {
        const Result<Payment> found = readPayment(QStringLiteral("id"), paymentId);
        if (!found)
            return makeError(found.error());
        Payment payment = found.value();
        if (payment.application == PaymentApplication::PaidAfterClose)
            return {};
        const PaymentApplication previous = payment.application;
        const QString previousStatus = payment.paynowStatus;
        const QDateTime now = nowUtc();

        QSqlQuery mark = prepare(QStringLiteral(
            "UPDATE payments SET application = '', paid_after_close_at = ?, paynow_status = 'Paid', "
            "applied_at = COALESCE(applied_at, ?), updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND NOT (application = '' AND paid_after_close_at IS NOT NULL)"));
        bind(mark, encodeTime(now));
        bind(mark, encodeTime(now));
        bind(mark, encodeTime(now));
        bind(mark, paymentId);
        if (Status ran = execute(mark, tr("payment")); !ran)
            return ran;
        if (mark.numRowsAffected() != 1)
            return {};
        mark.finish();
        marked = true;
        payment.application = PaymentApplication::PaidAfterClose;
        payment.paynowStatus = QStringLiteral("Paid");
        QJsonObject details = paymentDetails(payment);
        details.insert(QStringLiteral("previous_application"), toString(previous));
        details.insert(QStringLiteral("previous_paynow_status"), previousStatus);
        if (Status audited
            = audit(QStringLiteral("payment.paid_after_close"), QStringLiteral("payment"), payment.id, details);
            !audited)
            return audited;
        return audit(QStringLiteral("payment.refund_due"), QStringLiteral("payment"), payment.id, details);
    });
    if (!written)
        return makeError(written.error());
    return marked;
}

Result<Invoice> Catalog::applyHeldPayment(const QString &paymentId, const QString &invoiceId)
{
    resetError();
    Invoice settledInvoice;
    const Status written = write([&]() -> Status {
        const Result<Payment> found = readPayment(QStringLiteral("id"), paymentId);
        if (!found)
            return makeError(found.error());
        Payment payment = found.value();
        // A payment paid after close keeps the status it was closed with
        // (failed or cancelled), so the application decides, not the status.
        if (payment.application == PaymentApplication::Settled)
            return failure(ErrorKind::Validation, tr("Payment %1 is applied to an invoice already.").arg(payment.reference));
        if (!isRefundDue(payment.application)) {
            const QString state = payment.application == PaymentApplication::Refunded
                ? tr("refunded")
                : toString(payment.status);
            return failure(ErrorKind::Validation,
                tr("Payment %1 is %2, not money held to refund, so it cannot be applied to an invoice.")
                    .arg(payment.reference, state));
        }
        const Result<Invoice> own = readInvoice(QStringLiteral("id"), payment.invoiceId);
        if (!own)
            return makeError(own.error());
        const Result<Invoice> target
            = invoiceId.isEmpty() ? own : readInvoice(QStringLiteral("id"), invoiceId);
        if (!target)
            return makeError(target.error());
        Invoice invoice = target.value();
        if (invoice.customerId != own->customerId)
            return failure(ErrorKind::Validation,
                tr("Invoice %1 belongs to another customer than payment %2, so the payment cannot be applied to it.")
                    .arg(invoice.number, payment.reference));
        if (invoice.currency != payment.currency)
            return failure(ErrorKind::Validation,
                tr("Invoice %1 is in %2 and payment %3 in %4, so the payment cannot be applied to it.")
                    .arg(invoice.number, toString(invoice.currency), payment.reference, toString(payment.currency)));
        if (invoice.status != InvoiceStatus::Open)
            return failure(ErrorKind::Validation,
                tr("Invoice %1 is %2; a payment can be applied only to an open invoice.")
                    .arg(invoice.number.isEmpty() ? invoice.id : invoice.number, toString(invoice.status)));
        const qint64 held = payment.heldCents();
        if (held < invoice.totalCents)
            return failure(ErrorKind::Validation,
                tr("Payment %1 holds %2 and invoice %3 totals %4; a held payment can be applied only to an invoice "
                   "it pays in full. Refund it instead and record that with 'saasodoo payment mark-refunded %1'.")
                    .arg(payment.reference, formatMoney(held, payment.currency), invoice.number,
                        formatMoney(invoice.totalCents, invoice.currency)));

        const QDateTime now = nowUtc();
        QSqlQuery settle = prepare(QStringLiteral(
            "UPDATE invoices SET status = 'paid', paid_at = ?, updated_at = ?, updated_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND status = 'open'"));
        bind(settle, encodeTime(now));
        bind(settle, encodeTime(now));
        bind(settle, actorName());
        bind(settle, invoice.id);
        if (Status ran = execute(settle, tr("invoice")); !ran)
            return ran;
        if (settle.numRowsAffected() != 1)
            return failure(ErrorKind::Conflict,
                tr("Invoice %1 was changed by another session meanwhile. Check it and try again.").arg(invoice.number));
        settle.finish();

        if (Status allocated = allocateHeldPayment(payment, invoice, now); !allocated)
            return allocated;
        invoice.status = InvoiceStatus::Paid;
        invoice.paidAt = now;
        settledInvoice = invoice;
        return audit(QStringLiteral("invoice.paid"), QStringLiteral("invoice"), invoice.id,
            { { QStringLiteral("payment_reference"), payment.reference },
                { QStringLiteral("paynow_reference"), payment.paynowReference },
                { QStringLiteral("reason"), QStringLiteral("held payment applied by an admin") } });
    });
    if (!written)
        return makeError(written.error());
    return settledInvoice;
}

// Records that `invoice`, just marked paid, takes its total from the held
// `payment`: the payment's applied amount grows, an allocation row names the
// invoice, and a payment with nothing left held becomes Settled. Audits
// payment.apply. Runs inside the caller's write transaction.
Status Catalog::allocateHeldPayment(Payment &payment, const Invoice &invoice, const QDateTime &now)
{
    const qint64 applied = payment.appliedCents + invoice.totalCents;
    const bool whole = applied == payment.amountCents;
    const QString settledInvoiceId = whole ? invoice.id : QString();

    // The row version makes a second application from another session,
    // which read the same applied amount, match nothing and roll back.
    QSqlQuery mark = prepare(QStringLiteral(
        "UPDATE payments SET applied_cents = ?, application = CASE WHEN ? = 1 THEN 'settled' ELSE application END, "
        "settled_invoice_id = ?, applied_at = COALESCE(applied_at, ?), updated_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND applied_cents = ?"));
    bind(mark, applied);
    bind(mark, whole ? 1 : 0);
    bind(mark, settledInvoiceId.isEmpty() ? QVariant() : QVariant(settledInvoiceId));
    bind(mark, encodeTime(now));
    bind(mark, encodeTime(now));
    bind(mark, payment.id);
    bind(mark, payment.rowVersion);
    bind(mark, payment.appliedCents);
    if (Status ran = execute(mark, tr("payment")); !ran)
        return ran;
    if (mark.numRowsAffected() != 1)
        return failure(ErrorKind::Conflict, tr("Payment %1 was applied by another session meanwhile.").arg(payment.reference));
    mark.finish();

    QSqlQuery record = prepare(QStringLiteral(
        "INSERT INTO payment_allocations (id, payment_id, invoice_id, amount_cents, applied_at, applied_by) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    bind(record, newId());
    bind(record, payment.id);
    bind(record, invoice.id);
    bind(record, invoice.totalCents);
    bind(record, encodeTime(now));
    bind(record, actorName());
    if (Status ran = execute(record, tr("payment allocation")); !ran)
        return ran;
    record.finish();

    const PaymentApplication previous = payment.application;
    payment.appliedCents = applied;
    payment.rowVersion += 1;
    if (!payment.appliedAt.isValid())
        payment.appliedAt = now;
    if (whole) {
        payment.application = PaymentApplication::Settled;
        payment.settledInvoiceId = settledInvoiceId;
    }
    QJsonObject details = paymentDetails(payment);
    details.insert(QStringLiteral("previous_application"), toString(previous));
    details.insert(QStringLiteral("settled_invoice_id"), invoice.id);
    details.insert(QStringLiteral("settled_invoice_number"), invoice.number);
    details.insert(QStringLiteral("allocated_cents"), QString::number(invoice.totalCents));
    details.insert(QStringLiteral("invoice_settled"), true);
    return audit(QStringLiteral("payment.apply"), QStringLiteral("payment"), payment.id, details);
}

Result<QList<PaymentAllocation>> Catalog::paymentAllocations(const QString &paymentId)
{
    resetError();
    if (!validateUuid(tr("Payment id"), paymentId))
        return failure(ErrorKind::NotFound, tr("Payment %1 was not found.").arg(paymentId));
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT a.id, a.payment_id, a.invoice_id, i.number, a.amount_cents, a.applied_at, a.applied_by, "
        "a.refunded_at FROM payment_allocations a JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = ? "
        "ORDER BY a.applied_at, a.id"));
    bind(query, paymentId);
    if (Status ran = execute(query, tr("payment allocations")); !ran)
        return makeError(ran.error());
    QList<PaymentAllocation> list;
    while (query.next()) {
        PaymentAllocation allocation;
        allocation.id = query.value(0).toString();
        allocation.paymentId = query.value(1).toString();
        allocation.invoiceId = query.value(2).toString();
        allocation.invoiceNumber = query.value(3).toString();
        allocation.amountCents = query.value(4).toLongLong();
        allocation.appliedAt = decodeTime(query.value(5));
        allocation.appliedBy = query.value(6).toString();
        allocation.refundedAt = decodeTime(query.value(7));
        list.append(allocation);
    }
    return list;
}

Result<Payment> Catalog::readPayment(const QString &column, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM payments WHERE %2 = ?").arg(PaymentColumns, column));
    bind(query, value);
    if (Status ran = execute(query, tr("payment")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Payment %1 was not found.").arg(value.toString()));
    return paymentFromQuery(query);
}

Result<Payment> Catalog::payment(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Payment id"), id))
        return failure(ErrorKind::NotFound, tr("Payment %1 was not found.").arg(id));
    return readPayment(QStringLiteral("id"), id);
}

Result<Payment> Catalog::paymentByReference(const QString &reference)
{
    resetError();
    return readPayment(QStringLiteral("reference"), reference.trimmed());
}

Result<QList<Payment>> Catalog::payments(const QString &invoiceId)
{
    resetError();
    QString sql = QStringLiteral("SELECT %1 FROM payments").arg(PaymentColumns);
    if (!invoiceId.isEmpty()) {
        if (!validateUuid(tr("Invoice id"), invoiceId))
            return QList<Payment>();
        sql += QStringLiteral(" WHERE invoice_id = ?");
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id");
    QSqlQuery query = prepare(sql);
    if (!invoiceId.isEmpty())
        bind(query, invoiceId);
    if (Status ran = execute(query, tr("payment list")); !ran)
        return makeError(ran.error());
    QList<Payment> list;
    while (query.next())
        list.append(paymentFromQuery(query));
    return list;
}

// ---- settings, usage, suspensions ------------------------------------------

Result<QMap<QString, QString>> Catalog::billingSettings()
{
    resetError();
    QSqlQuery query = prepare(QStringLiteral("SELECT key, value FROM billing_settings"));
    if (Status ran = execute(query, tr("billing settings")); !ran)
        return makeError(ran.error());
    QMap<QString, QString> settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    return settings;
}

Status Catalog::setBillingSetting(const QString &key, const QString &value)
{
    resetError();
    if (Status name = validateRequiredText(tr("Setting name"), key, 100); !name)
        return failure(ErrorKind::Validation, name.error());
    return write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO billing_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?"));
        bind(query, key);
        bind(query, value);
        bind(query, value);
        if (Status ran = execute(query, tr("billing setting")); !ran)
            return ran;
        return audit(QStringLiteral("billing.setting"), QStringLiteral("setting"), key,
            { { QStringLiteral("value"), value } });
    });
}

Result<CustomerUsage> Catalog::customerUsage(const QString &customerId, const QString &excludeInstanceId)
{
    resetError();
    if (!validateUuid(tr("Customer id"), customerId))
        return failure(ErrorKind::NotFound, tr("Customer %1 was not found.").arg(customerId));
    QString sql = QStringLiteral(
        "SELECT COUNT(*), CAST(COALESCE(SUM(x.cpu_millicores), 0) AS BIGINT), "
        "CAST(COALESCE(SUM(x.memory_bytes), 0) AS BIGINT), CAST(COALESCE(SUM(x.storage_bytes), 0) AS BIGINT) "
        "FROM instances x JOIN tenants t ON t.id = x.tenant_id WHERE t.customer_id = ? AND x.status <> 'deleted' "
        // An instance in error whose create made nothing (no container and
        // no live ledger row) uses no resources, so it does not count.
        // NOTE: an instance in error from before the ledger (schema
        // version 8) without a container id does not count either.
        "AND NOT (x.status = 'error' AND x.container_id = '' AND NOT EXISTS "
        "(SELECT 1 FROM instance_objects o WHERE o.instance_id = x.id AND o.removed_at IS NULL))");
    const bool exclude = !excludeInstanceId.isEmpty() && validateUuid(tr("Instance id"), excludeInstanceId).ok();
    if (exclude)
        sql += QStringLiteral(" AND x.id <> ?");
    QSqlQuery query = prepare(sql);
    bind(query, customerId);
    if (exclude)
        bind(query, excludeInstanceId);
    if (Status ran = execute(query, tr("customer usage")); !ran)
        return makeError(ran.error());
    CustomerUsage usage;
    if (query.next()) {
        usage.instances = query.value(0).toInt();
        usage.cpuMillicores = query.value(1).toLongLong();
        usage.memoryBytes = query.value(2).toLongLong();
        usage.storageBytes = query.value(3).toLongLong();
    }
    return usage;
}

Status Catalog::addDunningSuspension(const DunningSuspension &suspension)
{
    resetError();
    return write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO dunning_suspensions (instance_id, subscription_id, invoice_id, suspended_at, previous_status) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_id) DO NOTHING"));
        bind(query, suspension.instanceId);
        bind(query, suspension.subscriptionId);
        bind(query, suspension.invoiceId);
        bind(query, encodeTime(suspension.suspendedAt.isValid() ? suspension.suspendedAt : nowUtc()));
        bind(query, toString(suspension.previousStatus));
        if (!query.exec())
            return constraintError(query.lastError(), tr("dunning suspension"), {});
        return {};
    });
}

Status Catalog::replaceDunningSuspension(const DunningSuspension &suspension)
{
    resetError();
    return write([&]() -> Status {
        QSqlQuery remove = prepare(QStringLiteral("DELETE FROM dunning_suspensions WHERE instance_id = ?"));
        bind(remove, suspension.instanceId);
        if (Status ran = execute(remove, tr("dunning suspension")); !ran)
            return ran;
        remove.finish();
        QSqlQuery insert = prepare(QStringLiteral(
            "INSERT INTO dunning_suspensions (instance_id, subscription_id, invoice_id, suspended_at, previous_status) "
            "VALUES (?, ?, ?, ?, ?)"));
        bind(insert, suspension.instanceId);
        bind(insert, suspension.subscriptionId);
        bind(insert, suspension.invoiceId);
        bind(insert, encodeTime(suspension.suspendedAt.isValid() ? suspension.suspendedAt : nowUtc()));
        bind(insert, toString(suspension.previousStatus));
        if (!insert.exec())
            return constraintError(insert.lastError(), tr("dunning suspension"), {});
        return {};
    });
}

Status Catalog::removeDunningSuspension(const QString &instanceId)
{
    resetError();
    return write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral("DELETE FROM dunning_suspensions WHERE instance_id = ?"));
        bind(query, instanceId);
        return execute(query, tr("dunning suspension"));
    });
}

Result<QList<DunningSuspension>> Catalog::dunningSuspensions(const QString &subscriptionId)
{
    resetError();
    QString sql = QStringLiteral(
        "SELECT instance_id, subscription_id, invoice_id, suspended_at, previous_status FROM dunning_suspensions");
    if (!subscriptionId.isEmpty())
        sql += QStringLiteral(" WHERE subscription_id = ?");
    sql += QStringLiteral(" ORDER BY suspended_at, instance_id");
    QSqlQuery query = prepare(sql);
    if (!subscriptionId.isEmpty())
        bind(query, subscriptionId);
    if (Status ran = execute(query, tr("dunning suspensions")); !ran)
        return makeError(ran.error());
    QList<DunningSuspension> list;
    while (query.next()) {
        DunningSuspension suspension;
        suspension.instanceId = query.value(0).toString();
        suspension.subscriptionId = query.value(1).toString();
        suspension.invoiceId = query.value(2).toString();
        suspension.suspendedAt = decodeTime(query.value(3));
        suspension.previousStatus
            = instanceStatusFromString(query.value(4).toString()).value_or(InstanceStatus::Running);
        list.append(suspension);
    }
    return list;
}

Status Catalog::recordAudit(const QString &action, const QString &targetType, const QString &targetId,
    const QJsonObject &details)
{
    resetError();
    return write([&]() -> Status { return audit(action, targetType, targetId, details); });
}

} // namespace saasodoo::catalog
