// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingcommands.h"

#include "cli/commandrun.h"
#include "core/backup/backuppolicy.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/billing/billingsummary.h"
#include "core/billing/paynowlistener.h"
#include "core/catalog/catalogfiles.h"
#include "core/catalog/validation.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/socket.h>
#include <unistd.h>

using namespace saasodoo::catalog;

namespace saasodoo::cli {

namespace {

using Handler = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

// The longest `payment poll --wait`, one hour. A payment still pending
// after that is better checked again later or cancelled.
constexpr int maxPollWaitSeconds = 3600;

// Waits for a future while this thread's event loop runs, because the
// billing service finishes its futures on this thread.
template<typename T>
T await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QString money(qint64 cents, Currency currency)
{
    return formatMoney(cents, currency);
}

// A plan's price in `currency`, or "no price" for a priced plan that is not
// sold in that currency (the rule billing::changePlan applies). A plan
// priced at zero in both currencies is free.
QString planPrice(const Plan &plan, Currency currency)
{
    if (!plan.soldIn(currency))
        return tr("no %1 price").arg(toString(currency).toUpper());
    return money(plan.priceCents(currency), currency);
}

QString cents(qint64 value)
{
    return QString::number(value);
}

Result<qint64> parseMoney(const QString &option, const QString &text)
{
    const std::optional<qint64> parsed = billing::parseAmountCents(text);
    if (!parsed)
        return makeError(tr("--%1 \"%2\" is not an amount: write it with at most two decimals, such as 25.00.")
                             .arg(option, text));
    if (*parsed > maxAmountCents) {
        return makeError(tr("--%1 \"%2\" is over the maximum amount of %3.")
                             .arg(option, text, formatMoney(maxAmountCents, Currency::Usd).section(u' ', 1)));
    }
    return *parsed;
}

Result<QDate> parseDate(const QString &option, const QString &text)
{
    if (text.isEmpty())
        return QDateTime::currentDateTimeUtc().date();
    // QDate::fromString() in Qt 6.4 also accepts a date-time and drops the
    // time of day, so only the date form is let through.
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = dateOnly.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return makeError(tr("--%1 \"%2\" is not a date: write it as YYYY-MM-DD.").arg(option, text));
    if (!catalog::isBillingDateInRange(date)) {
        return makeError(tr("--%1 %2 is outside the billing window %3 to %4.")
                             .arg(option, date.toString(Qt::ISODate),
                                 catalog::earliestBillingDate().toString(Qt::ISODate),
                                 catalog::latestBillingDate().toString(Qt::ISODate)));
    }
    return date;
}

QJsonObject planJson(const Plan &plan)
{
    return {
        { QStringLiteral("id"), plan.id },
        { QStringLiteral("name"), plan.name },
        { QStringLiteral("price_usd_cents"), cents(plan.priceUsdCents) },
        { QStringLiteral("price_zwg_cents"), cents(plan.priceZwgCents) },
        { QStringLiteral("max_instances"), plan.maxInstances },
        { QStringLiteral("max_cpu_millicores"), plan.maxCpuMillicores },
        { QStringLiteral("max_memory_bytes"), cents(plan.maxMemoryBytes) },
        { QStringLiteral("max_storage_bytes"), cents(plan.maxStorageBytes) },
        { QStringLiteral("backup_retention_days"), plan.backupRetentionDays },
        { QStringLiteral("trial_days"), plan.trialDays },
        { QStringLiteral("active"), plan.active },
        { QStringLiteral("updated_at"), time(plan.updatedAt) },
    };
}

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QJsonObject subscriptionJson(const Subscription &subscription)
{
    return {
        { QStringLiteral("id"), subscription.id },
        { QStringLiteral("customer_id"), subscription.customerId },
        { QStringLiteral("plan_id"), subscription.planId },
        { QStringLiteral("currency"), toString(subscription.currency) },
        { QStringLiteral("status"), toString(subscription.status) },
        { QStringLiteral("period_start"), date(subscription.periodStart) },
        { QStringLiteral("period_end"), date(subscription.periodEnd) },
        { QStringLiteral("next_invoice_date"), date(subscription.nextInvoiceDate) },
        { QStringLiteral("trial_ends_on"), date(subscription.trialEndsOn) },
        { QStringLiteral("updated_at"), time(subscription.updatedAt) },
    };
}

QJsonObject invoiceJson(const Invoice &invoice)
{
    QJsonArray lines;
    for (const InvoiceLine &line : invoice.lines) {
        lines.append(QJsonObject { { QStringLiteral("description"), line.description },
            { QStringLiteral("quantity"), cents(line.quantity) }, { QStringLiteral("unit_cents"), cents(line.unitCents) },
            { QStringLiteral("amount_cents"), cents(line.amountCents) } });
    }
    return {
        { QStringLiteral("id"), invoice.id },
        { QStringLiteral("number"), invoice.number },
        { QStringLiteral("customer_id"), invoice.customerId },
        { QStringLiteral("subscription_id"), invoice.subscriptionId },
        { QStringLiteral("currency"), toString(invoice.currency) },
        { QStringLiteral("status"), toString(invoice.status) },
        { QStringLiteral("period_start"), date(invoice.periodStart) },
        { QStringLiteral("period_end"), date(invoice.periodEnd) },
        { QStringLiteral("issue_date"), date(invoice.issueDate) },
        { QStringLiteral("due_date"), date(invoice.dueDate) },
        { QStringLiteral("vat_rate_basis_points"), invoice.vatRateBasisPoints },
        { QStringLiteral("subtotal_cents"), cents(invoice.subtotalCents) },
        { QStringLiteral("tax_cents"), cents(invoice.taxCents) },
        { QStringLiteral("total_cents"), cents(invoice.totalCents) },
        { QStringLiteral("void_reason"), invoice.voidReason },
        { QStringLiteral("paid_at"), time(invoice.paidAt) },
        { QStringLiteral("lines"), lines },
    };
}

bool isRefundDue(const Payment &payment)
{
    return catalog::isRefundDue(payment.application);
}

QJsonObject paymentJson(const Payment &payment)
{
    return {
        { QStringLiteral("id"), payment.id },
        { QStringLiteral("invoice_id"), payment.invoiceId },
        { QStringLiteral("reference"), payment.reference },
        { QStringLiteral("paynow_reference"), payment.paynowReference },
        { QStringLiteral("method"), toString(payment.method) },
        { QStringLiteral("phone"), payment.phone },
        { QStringLiteral("amount_cents"), cents(payment.amountCents) },
        { QStringLiteral("currency"), toString(payment.currency) },
        { QStringLiteral("status"), toString(payment.status) },
        { QStringLiteral("paynow_status"), payment.paynowStatus },
        { QStringLiteral("browser_url"), payment.browserUrl },
        { QStringLiteral("poll_url"), payment.pollUrl },
        { QStringLiteral("applied_at"), time(payment.appliedAt) },
        { QStringLiteral("application"), toString(payment.application) },
        { QStringLiteral("refund_due"), isRefundDue(payment) },
        { QStringLiteral("applied_cents"), cents(payment.appliedCents) },
        { QStringLiteral("held_cents"), cents(payment.heldCents()) },
        { QStringLiteral("settled_invoice_id"), payment.settledInvoiceId },
        { QStringLiteral("failure_reason"), payment.failureReason },
        { QStringLiteral("created_at"), time(payment.createdAt) },
    };
}

// Returns the sentence that describes what a status update did to the
// invoice, or an empty string when it did nothing to it.
QString applicationText(Catalog &catalog, const billing::PaymentUpdateResult &result)
{
    switch (result.application) {
    case PaymentApplication::Settled:
        return tr("The invoice is paid.");
    case PaymentApplication::Overpayment:
        return tr("The invoice was already paid by another payment: this one is an overpayment of %1 to refund "
                  "to the customer.")
            .arg(formatMoney(result.payment.amountCents, result.payment.currency));
    case PaymentApplication::VoidInvoice:
        return tr("The invoice is void: this payment of %1 is not counted and is to be refunded to the customer.")
            .arg(formatMoney(result.payment.amountCents, result.payment.currency));
    case PaymentApplication::PaidAfterClose:
        return tr("Paynow reports this payment of %1 paid after it was closed (failed, cancelled or refunded). No "
                  "invoice was settled: apply it to an open invoice with 'saasodoo payment apply %2', or refund it and "
                  "record that with 'saasodoo payment mark-refunded %2'.")
            .arg(formatMoney(result.payment.amountCents, result.payment.currency), result.payment.reference);
    case PaymentApplication::None:
    case PaymentApplication::Refunded:
        break;
    }
    if (!result.refunded)
        return {};
    if (const QString reopened = billing::refundedInvoiceText(catalog, result.refund); !reopened.isEmpty())
        return tr("Paynow refunded this payment. %1").arg(reopened);
    // The payment had paid no invoice, because it was held for refund, so
    // its own invoice keeps the status another payment or a void gave it.
    const Result<Invoice> invoice = catalog.invoice(result.payment.invoiceId);
    if (!invoice)
        return tr("Paynow refunded this payment; invoice %1 could not be read: %2")
            .arg(result.payment.invoiceId, invoice.error());
    switch (invoice->status) {
    case InvoiceStatus::Open:
        return tr("Paynow refunded this payment; invoice %1 is open again.").arg(invoice->number);
    case InvoiceStatus::Paid:
        return tr("Paynow refunded this payment; invoice %1 stays paid by another payment.").arg(invoice->number);
    case InvoiceStatus::Void:
        return tr("Paynow refunded this payment; invoice %1 stays void, so nothing is owed on it.")
            .arg(invoice->number);
    case InvoiceStatus::Draft:
        break;
    }
    return tr("Paynow refunded this payment.");
    return {};
}

// Returns the sentence that explains the stored status of a payment without
// a poll URL, which `payment poll` prints.
QString storedStatusText(Catalog &catalog, const Payment &payment)
{
    const QString intro = tr("Its request failed, so there is no poll URL, but Paynow's status update to the "
                             "result URL reached it; this is the stored status.");
    if (payment.application == PaymentApplication::Settled) {
        const QString invoiceId = payment.settledInvoiceId.isEmpty() ? payment.invoiceId : payment.settledInvoiceId;
        const Result<Invoice> invoice = catalog.invoice(invoiceId);
        return intro + u' '
            + tr("It paid invoice %1.").arg(invoice && !invoice->number.isEmpty() ? invoice->number : invoiceId);
    }
    if (isRefundDue(payment)) {
        return intro + u' '
            + tr("It paid no invoice and is held as money to refund: see 'saasodoo payment show %1'.")
                  .arg(payment.reference);
    }
    if (payment.application == PaymentApplication::Refunded)
        return intro + u' ' + tr("It was refunded.");
    return intro;
}

QJsonObject actionJson(const billing::BillingAction &action)
{
    return {
        { QStringLiteral("action"), billing::billingActionName(action.kind) },
        { QStringLiteral("subscription_id"), action.subscriptionId },
        { QStringLiteral("customer"), action.customerName },
        { QStringLiteral("plan"), action.planName },
        { QStringLiteral("period_start"), date(action.periodStart) },
        { QStringLiteral("amount_cents"), cents(action.amountCents) },
        { QStringLiteral("currency"), toString(action.currency) },
        { QStringLiteral("invoice"), action.invoiceNumber },
        { QStringLiteral("instances"), QJsonArray::fromStringList(action.instanceNames) },
        { QStringLiteral("description"), action.description },
    };
}

Result<Customer> findCustomer(Catalog &catalog, const QString &key)
{
    if (validateUuid(QString(), key))
        return catalog.customer(key.toLower());
    return catalog.customerByEmail(key);
}

// Reads each customer once for a listing. A customer that cannot be read
// shows its id as its name, so the listing still prints.
class CustomerLookup
{
public:
    explicit CustomerLookup(Catalog &catalog)
        : m_catalog(catalog)
    {
    }

    Customer find(const QString &id)
    {
        if (const auto cached = m_customers.constFind(id); cached != m_customers.cend())
            return cached.value();
        const Result<Customer> read = m_catalog.customer(id);
        Customer customer;
        if (read) {
            customer = read.value();
        } else {
            customer.id = id;
            customer.name = id;
        }
        m_customers.insert(id, customer);
        return customer;
    }

    // Adds customer_name and customer_email to `json`.
    void describe(QJsonObject &json, const QString &customerId)
    {
        const Customer customer = find(customerId);
        json.insert(QStringLiteral("customer_name"), customer.name);
        json.insert(QStringLiteral("customer_email"), customer.email);
    }

private:
    Catalog &m_catalog;
    QHash<QString, Customer> m_customers;
};

Result<Plan> findPlan(Catalog &catalog, const QString &key)
{
    if (validateUuid(QString(), key))
        return catalog.plan(key.toLower());
    return catalog.planByName(key);
}

Result<Invoice> findInvoice(Catalog &catalog, const QString &key)
{
    if (validateUuid(QString(), key))
        return catalog.invoice(key.toLower());
    return catalog.invoiceByNumber(key);
}

// Finds a payment by id or reference. A reference is the invoice number
// and an attempt number, so it is read in capitals, as invoice numbers are.
Result<Payment> findPayment(Catalog &catalog, const QString &key)
{
    if (validateUuid(QString(), key))
        return catalog.payment(key.toLower());
    return catalog.paymentByReference(key.trimmed().toUpper());
}

// Finds a subscription by id, or by its customer's email or id. A customer
// has at most one live subscription, so that one is taken, else the newest
// cancelled one.
Result<Subscription> findSubscription(Catalog &catalog, const QString &key)
{
    if (validateUuid(QString(), key)) {
        const Result<Subscription> byId = catalog.subscription(key.toLower());
        if (byId || catalog.lastErrorKind() != catalog::ErrorKind::NotFound)
            return byId;
    }
    const Result<Customer> customer = findCustomer(catalog, key);
    if (!customer)
        return makeError(tr("No subscription or customer %1 was found. Give a subscription id, or a customer's "
                            "email or id.")
                             .arg(key));
    const Result<QList<Subscription>> list = catalog.subscriptions(customer->id);
    if (!list)
        return makeError(list.error());
    std::optional<Subscription> newestCancelled;
    for (const Subscription &subscription : list.value()) {
        if (subscription.status != SubscriptionStatus::Cancelled)
            return subscription;
        if (!newestCancelled || subscription.createdAt > newestCancelled->createdAt)
            newestCancelled = subscription;
    }
    if (newestCancelled)
        return *newestCancelled;
    return makeError(tr("Customer %1 has no subscription.").arg(customer->email));
}

// The service and, for commands that run jobs, the job runner and the
// provisioner that suspends and resumes instances.
struct BillingSession
{
    // `withNetworkOption`: the command has --network (see addNetworkOption).
    explicit BillingSession(CommandRun &run, bool withNetworkOption = true)
        : store(run.catalog().config())
        , runner(&store)
        , provisioner(run.catalog().config(), &secrets, provisionerOptions(run, withNetworkOption))
        , service(&run.catalog(), &secrets)
    {
        service.setJobRunner(&runner, &provisioner);
        // Printed from the worker thread as lines arrive; stderr is unbuffered.
        QObject::connect(
            &runner, &jobs::JobRunner::jobLogged, &runner,
            [](const QString &, const jobs::JobLogEntry &entry) {
                std::fprintf(stderr, "%s %s\n",
                    qPrintable(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))), qPrintable(entry.message));
            },
            Qt::DirectConnection);
    }

    static provisioning::ProvisionerOptions provisionerOptions(CommandRun &run, bool withNetworkOption)
    {
        provisioning::ProvisionerOptions options;
        QString network = withNetworkOption ? run.value("network") : QString();
        if (network.isEmpty())
            network = qEnvironmentVariable("SAASODOO_DOCKER_NETWORK");
        if (!network.isEmpty())
            options.network = network;
        return options;
    }

    // Waits for a job and returns its final state.
    jobs::JobInfo wait(const QString &jobId)
    {
        runner.waitForFinished(jobId, std::numeric_limits<int>::max());
        return runner.job(jobId).value_or(jobs::JobInfo {});
    }

    secrets::SecretStore secrets;
    jobs::CatalogJobStore store;
    jobs::JobRunner runner;
    provisioning::Provisioner provisioner;
    billing::BillingService service;
};

void addNetworkOption(CommandRun &run)
{
    run.parser().addOption({ QStringLiteral("network"),
        tr("Docker network of the instances that are suspended or resumed (default: $SAASODOO_DOCKER_NETWORK, "
           "else saasodoo)."),
        tr("name") });
}

// ---- plan -------------------------------------------------------------------

// A plan that allows instances but no CPU, memory or storage takes no
// instance at all: each limit is a total, and 0 means none, not unlimited.
// `given` returns whether the command line set an option, so that a limit
// the plan had stored already is named as the plan's limit, not as an
// option the admin typed.
Status checkUsableLimits(const Plan &plan, const std::function<bool(const char *)> &given)
{
    if (plan.maxInstances <= 0)
        return {};
    struct Limit
    {
        const char *option;
        QString name;
        bool zero;
    };
    const Limit limits[] = {
        { "cpu", tr("CPU"), plan.maxCpuMillicores <= 0 },
        { "memory", tr("memory"), plan.maxMemoryBytes <= 0 },
        { "storage", tr("storage"), plan.maxStorageBytes <= 0 },
    };
    QStringList typed;
    QStringList stored;
    QStringList options;
    for (const Limit &limit : limits) {
        if (!limit.zero)
            continue;
        const QString option = QStringLiteral("--") + QLatin1String(limit.option);
        if (given(limit.option))
            typed.append(option);
        else
            stored.append(limit.name);
        options.append(option);
    }
    if (options.isEmpty())
        return {};
    QStringList causes;
    if (!typed.isEmpty())
        causes.append(tr("%1 is 0").arg(typed.join(QStringLiteral(", "))));
    if (stored.size() == 1)
        causes.append(tr("the plan's stored %1 limit is 0").arg(stored.first()));
    else if (stored.size() > 1)
        causes.append(tr("the plan's stored %1 limits are 0").arg(stored.join(QStringLiteral(", "))));
    return makeError(tr("Plan %1 would allow %2 instance(s) but %3, so no instance would fit: a limit is the total "
                        "for all instances, and 0 means none. Give %4 with a value above 0, or keep --instances 0.")
                         .arg(plan.name)
                         .arg(plan.maxInstances)
                         .arg(causes.join(tr(" and ")), options.join(QStringLiteral(", "))));
}

int planCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo plan create"), out, err);
    run.parser().setApplicationDescription(tr("Creates a billing plan with its monthly prices and limits."));
    run.parser().addOptions({
        { QStringLiteral("name"), tr("Plan name, unique."), tr("name") },
        { QStringLiteral("price-usd"), tr("Monthly price in USD, such as 25.00."), tr("amount") },
        { QStringLiteral("price-zwg"), tr("Monthly price in ZWG, such as 650.00 (default 0: not sold in ZWG)."),
            tr("amount"), QStringLiteral("0") },
        { QStringLiteral("instances"), tr("Maximum number of instances."), tr("count") },
        { QStringLiteral("cpu"), tr("Total CPU cores of all instances, such as 2 or 1.5."), tr("cores") },
        { QStringLiteral("memory"), tr("Total memory of all instances, such as 4G."), tr("size") },
        { QStringLiteral("storage"), tr("Total storage of all instances, such as 50G."), tr("size") },
        { QStringLiteral("backup-days"),
            tr("Backup retention in days (default 30). An instance of a subscriber without its own retention "
               "policy ('saasodoo backup policy') keeps min(7, days) daily, min(4, days / 7) weekly and "
               "min(3, days / 31) monthly backups. 0 keeps the default of 7 daily, 4 weekly and 3 monthly."),
            tr("days"), QStringLiteral("30") },
        { QStringLiteral("trial-days"), tr("Days of free trial for new subscriptions (default 0)."), tr("days"),
            QStringLiteral("0") },
    });
    if (auto stop = run.parse(arguments, 0,
            { QStringLiteral("name"), QStringLiteral("price-usd"), QStringLiteral("instances"), QStringLiteral("cpu"),
                QStringLiteral("memory"), QStringLiteral("storage") }))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;

    Plan plan;
    plan.name = run.value("name");
    const Result<qint64> usd = parseMoney(QStringLiteral("price-usd"), run.value("price-usd"));
    const Result<qint64> zwg = parseMoney(QStringLiteral("price-zwg"), run.value("price-zwg"));
    const Result<qint64> memory = parseByteSize(tr("Plan memory"), run.value("memory"));
    const Result<qint64> storage = parseByteSize(tr("Plan storage"), run.value("storage"));
    // CPU is given in cores with up to three decimals and kept in millicores.
    const std::optional<qint64> cpuCentis = billing::parseAmountCents(run.value("cpu"));
    bool instancesOk = false;
    bool backupOk = false;
    bool trialOk = false;
    plan.maxInstances = run.value("instances").toInt(&instancesOk);
    plan.backupRetentionDays = run.value("backup-days").toInt(&backupOk);
    plan.trialDays = run.value("trial-days").toInt(&trialOk);
    for (const Result<qint64> *parsed : { &usd, &zwg, &memory, &storage }) {
        if (!parsed->ok())
            return run.fail(ExitCode::ValidationError, parsed->error());
    }
    if (!cpuCentis)
        return run.fail(ExitCode::ValidationError,
            tr("--cpu \"%1\" is not a number of cores, such as 2 or 1.5.").arg(run.value("cpu")));
    if (!instancesOk || !backupOk || !trialOk)
        return run.fail(ExitCode::ValidationError, tr("--instances, --backup-days and --trial-days take whole numbers."));
    plan.priceUsdCents = *usd;
    plan.priceZwgCents = *zwg;
    plan.maxMemoryBytes = *memory;
    plan.maxStorageBytes = *storage;
    plan.maxCpuMillicores = int(*cpuCentis * 10);
    if (Status usable = checkUsableLimits(plan, [](const char *) { return true; }); !usable)
        return run.fail(ExitCode::ValidationError, usable.error());
    if (Status fits = billing::checkPlanPriceWithVat(run.catalog(), plan); !fits)
        return run.fail(ExitCode::ValidationError, fits.error());

    const Result<Plan> created = run.catalog().createPlan(plan);
    if (!created)
        return run.failCatalog(created.error());
    if (run.json())
        run.printJson(planJson(created.value()));
    else
        out << tr("Created plan %1 (%2).").arg(created->name, created->id) << '\n';
    return ExitCode::Success;
}

int planUpdate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo plan update"), out, err);
    run.parser().setApplicationDescription(
        tr("Changes a billing plan, as Edit plan in the console does. Only the options given change. Subscriptions "
           "pay a new price from their next invoice; new limits apply to the next instance create or resize."));
    run.parser().addPositionalArgument(QStringLiteral("plan"), tr("Plan name or id."));
    run.parser().addOptions({
        { QStringLiteral("name"), tr("New plan name, unique."), tr("name") },
        { QStringLiteral("price-usd"), tr("Monthly price in USD, such as 25.00; 0 stops selling it in USD."),
            tr("amount") },
        { QStringLiteral("price-zwg"), tr("Monthly price in ZWG, such as 650.00; 0 stops selling it in ZWG."),
            tr("amount") },
        { QStringLiteral("instances"), tr("Maximum number of instances."), tr("count") },
        { QStringLiteral("cpu"), tr("Total CPU cores of all instances, such as 2 or 1.5."), tr("cores") },
        { QStringLiteral("memory"), tr("Total memory of all instances, such as 4G."), tr("size") },
        { QStringLiteral("storage"), tr("Total storage of all instances, such as 50G."), tr("size") },
        { QStringLiteral("backup-days"), tr("Backup retention in days, 0 to 3650."), tr("days") },
        { QStringLiteral("trial-days"), tr("Days of free trial for new subscriptions, 0 to 365."), tr("days") },
        { QStringLiteral("active"),
            tr("yes, or no to take no new subscriptions on the plan (existing ones keep it)."), tr("yes|no") },
    });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    static const QStringList fields { QStringLiteral("name"), QStringLiteral("price-usd"), QStringLiteral("price-zwg"),
        QStringLiteral("instances"), QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("storage"),
        QStringLiteral("backup-days"), QStringLiteral("trial-days"), QStringLiteral("active") };
    const bool anyField = std::any_of(fields.cbegin(), fields.cend(),
        [&run](const QString &field) { return run.parser().isSet(field); });
    if (!anyField)
        return run.usageError(tr("give at least one option to change, such as --price-usd or --instances."));
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Plan> found = findPlan(run.catalog(), run.parser().positionalArguments().first());
    if (!found)
        return run.failCatalog(found.error());

    Plan plan = found.value();
    const auto isSet = [&run](const char *option) { return run.parser().isSet(QLatin1String(option)); };
    if (isSet("name"))
        plan.name = run.value("name");
    for (const auto &[option, target] :
        { std::pair { "price-usd", &plan.priceUsdCents }, std::pair { "price-zwg", &plan.priceZwgCents } }) {
        if (!isSet(option))
            continue;
        const Result<qint64> amount = parseMoney(QLatin1String(option), run.value(option));
        if (!amount)
            return run.fail(ExitCode::ValidationError, amount.error());
        *target = *amount;
    }
    for (const auto &[option, target, label] : { std::tuple { "memory", &plan.maxMemoryBytes, tr("Plan memory") },
             std::tuple { "storage", &plan.maxStorageBytes, tr("Plan storage") } }) {
        if (!isSet(option))
            continue;
        const Result<qint64> bytes = parseByteSize(label, run.value(option));
        if (!bytes)
            return run.fail(ExitCode::ValidationError, bytes.error());
        *target = *bytes;
    }
    if (isSet("cpu")) {
        // CPU is given in cores with up to two decimals and kept in millicores.
        const std::optional<qint64> cpuCentis = billing::parseAmountCents(run.value("cpu"));
        if (!cpuCentis)
            return run.fail(ExitCode::ValidationError,
                tr("--cpu \"%1\" is not a number of cores, such as 2 or 1.5.").arg(run.value("cpu")));
        plan.maxCpuMillicores = int(*cpuCentis * 10);
    }
    for (const auto &[option, target] : { std::pair { "instances", &plan.maxInstances },
             std::pair { "backup-days", &plan.backupRetentionDays }, std::pair { "trial-days", &plan.trialDays } }) {
        if (!isSet(option))
            continue;
        bool ok = false;
        *target = run.value(option).toInt(&ok);
        if (!ok)
            return run.fail(ExitCode::ValidationError,
                tr("--%1 \"%2\" is invalid: give a whole number.").arg(QLatin1String(option), run.value(option)));
    }
    if (isSet("active")) {
        const QString active = run.value("active").toLower();
        if (active != QLatin1String("yes") && active != QLatin1String("no"))
            return run.fail(ExitCode::ValidationError,
                tr("--active \"%1\" is invalid: use yes or no.").arg(run.value("active")));
        plan.active = active == QLatin1String("yes");
    }
    if (Status usable = checkUsableLimits(plan, isSet); !usable)
        return run.fail(ExitCode::ValidationError, usable.error());
    if (Status fits = billing::checkPlanPriceWithVat(run.catalog(), plan); !fits)
        return run.fail(ExitCode::ValidationError, fits.error());
    // A price set to 0 would make the billing runs issue free invoices to
    // the subscriptions that pay in that currency.
    const Result<QList<Subscription>> subscriptions = run.catalog().subscriptions();
    if (!subscriptions)
        return run.failCatalog(subscriptions.error());
    for (const Subscription &subscription : subscriptions.value()) {
        if (subscription.planId != plan.id || subscription.status == SubscriptionStatus::Cancelled
            || plan.soldIn(subscription.currency))
            continue;
        return run.fail(ExitCode::ValidationError,
            tr("Plan %1 would have no %2 price, but subscription %3 pays for it in %2, so its next invoice would be "
               "free. Move such subscriptions to another plan with 'saasodoo subscription change-plan' first, or "
               "keep a %2 price.")
                .arg(plan.name, toString(subscription.currency), subscription.id));
    }

    const Result<Plan> updated = run.catalog().updatePlan(plan);
    if (!updated)
        return run.failCatalog(updated.error());
    if (run.json())
        run.printJson(planJson(updated.value()));
    else
        out << tr("Updated plan %1. Subscriptions pay a new price from their next invoice.").arg(updated->name)
            << '\n';
    return ExitCode::Success;
}

int planList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo plan list"), out, err);
    run.parser().setApplicationDescription(tr("Lists the billing plans."));
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<QList<Plan>> plans = run.catalog().plans();
    if (!plans)
        return run.failCatalog(plans.error());
    if (run.json()) {
        QJsonArray array;
        for (const Plan &plan : plans.value())
            array.append(planJson(plan));
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Plan &plan : plans.value()) {
        rows.append({ plan.name, planPrice(plan, Currency::Usd), planPrice(plan, Currency::Zwg),
            QString::number(plan.maxInstances), QString::number(plan.maxCpuMillicores / 1000.0),
            formatByteSize(plan.maxMemoryBytes), formatByteSize(plan.maxStorageBytes),
            QString::number(plan.trialDays) });
    }
    run.printTable({ tr("NAME"), tr("USD"), tr("ZWG"), tr("INSTANCES"), tr("CPU"), tr("MEMORY"), tr("STORAGE"),
                       tr("TRIAL DAYS") },
        rows);
    return ExitCode::Success;
}

int planShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo plan show"), out, err);
    run.parser().setApplicationDescription(tr("Shows one plan, by name or id."));
    run.parser().addPositionalArgument(QStringLiteral("plan"), tr("Plan name or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Plan> plan = findPlan(run.catalog(), run.parser().positionalArguments().first());
    if (!plan)
        return run.failCatalog(plan.error());
    if (run.json()) {
        run.printJson(planJson(plan.value()));
        return ExitCode::Success;
    }
    run.printFields({ { tr("Name"), plan->name }, { tr("Id"), plan->id },
        { tr("Price"), planPrice(plan.value(), Currency::Usd) + QStringLiteral(" / ")
                + planPrice(plan.value(), Currency::Zwg) },
        { tr("Instances"), QString::number(plan->maxInstances) },
        { tr("CPU cores"), QString::number(plan->maxCpuMillicores / 1000.0) },
        { tr("Memory"), formatByteSize(plan->maxMemoryBytes) }, { tr("Storage"), formatByteSize(plan->maxStorageBytes) },
        { tr("Backup retention"), backup::planRetentionText(plan->backupRetentionDays) },
        { tr("Trial"), tr("%1 days").arg(plan->trialDays) }, { tr("Active"), plan->active ? tr("yes") : tr("no") } });
    return ExitCode::Success;
}

// ---- subscription -----------------------------------------------------------

int subscriptionCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo subscription create"), out, err);
    run.parser().setApplicationDescription(tr("Subscribes a customer to a plan."));
    run.parser().addOptions({
        { QStringLiteral("customer"), tr("Customer email or id."), tr("customer") },
        { QStringLiteral("plan"), tr("Plan name or id."), tr("plan") },
        { QStringLiteral("currency"), tr("USD or ZWG (default USD)."), tr("currency"), QStringLiteral("USD") },
        { QStringLiteral("start"), tr("First day, YYYY-MM-DD (default today, UTC)."), tr("date") },
        { QStringLiteral("no-trial"), tr("Start paying at once even when the plan has a trial.") },
        { QStringLiteral("trial-days"),
            tr("Grant a trial of this many days, 0 to %1, whatever the plan's trial. Without it, the plan's trial "
               "is given only to a customer who never had a subscription.")
                .arg(billing::maxTrialDays),
            tr("days") },
        { QStringLiteral("yes"),
            tr("Confirm a --start before the billing period that contains today (the runs then issue an invoice for "
               "each period since), or one that bills days the customer was invoiced for already.") },
    });
    if (auto stop = run.parse(arguments, 0, { QStringLiteral("customer"), QStringLiteral("plan") }))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const std::optional<Currency> currency = currencyFromString(run.value("currency"));
    if (!currency)
        return run.fail(ExitCode::ValidationError, tr("--currency \"%1\" is invalid: use USD or ZWG.").arg(run.value("currency")));
    const Result<QDate> start = parseDate(QStringLiteral("start"), run.value("start"));
    if (!start)
        return run.fail(ExitCode::ValidationError, start.error());
    const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
    if (!customer)
        return run.failCatalog(customer.error());
    const Result<Plan> plan = findPlan(run.catalog(), run.value("plan"));
    if (!plan)
        return run.failCatalog(plan.error());
    // The rule billing::subscribe applies, checked here to name the option.
    if (!plan->soldIn(*currency)) {
        const Currency other = *currency == Currency::Usd ? Currency::Zwg : Currency::Usd;
        return run.fail(ExitCode::ValidationError,
            tr("Plan %1 has no %2 price. Subscribe with --currency %3, choose a plan with a %2 price, or give plan %1 "
               "a %2 price with Edit plan in the console's Plans tab.")
                .arg(plan->name, toString(*currency), toString(other)));
    }
    // A start in the past makes the billing runs invoice every period
    // since then, 12 per run, so more than one needs confirming. With a
    // trial, the paid periods start on the day it ends.
    // A customer who had a subscription before (trial or paid) gets no new
    // trial unless --trial-days grants one.
    int trialDays = 0;
    bool trialWithheld = false;
    if (run.parser().isSet(QStringLiteral("trial-days"))) {
        if (run.parser().isSet(QStringLiteral("no-trial")))
            return run.usageError(tr("give either --trial-days or --no-trial, not both."));
        bool daysOk = false;
        trialDays = run.value("trial-days").toInt(&daysOk);
        if (!daysOk || trialDays < 0 || trialDays > billing::maxTrialDays) {
            return run.fail(ExitCode::ValidationError,
                tr("--trial-days \"%1\" is invalid: give whole days from 0 to %2.")
                    .arg(run.value("trial-days"))
                    .arg(billing::maxTrialDays));
        }
    } else if (!run.parser().isSet(QStringLiteral("no-trial")) && plan->trialDays > 0) {
        const Result<bool> earlier = billing::hadSubscription(run.catalog(), customer->id);
        if (!earlier)
            return run.failCatalog(earlier.error());
        trialWithheld = earlier.value();
        trialDays = trialWithheld ? 0 : plan->trialDays;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const bool trial = trialDays > 0;
    const QDate firstInvoice = start->addDays(trialDays);
    int periods = 0;
    for (QDate period = firstInvoice; period <= today; period = billing::nextPeriodStart(period, firstInvoice.day()))
        ++periods;
    if (periods > 1 && !run.parser().isSet(QStringLiteral("yes"))) {
        const QString message = trial
            ? tr("--start %1 leaves %2 paid billing periods since the trial ended on %3: the billing runs would "
                 "issue %2 invoices for them, at most 12 per run. Add --yes to subscribe from that date, or give a "
                 "later --start.")
                  .arg(start->toString(Qt::ISODate))
                  .arg(periods)
                  .arg(firstInvoice.toString(Qt::ISODate))
            : tr("--start %1 is %2 billing periods ago: the billing runs would issue %2 invoices for the periods "
                 "since then, at most 12 per run. Add --yes to subscribe from that date, or give a later --start.")
                  .arg(start->toString(Qt::ISODate))
                  .arg(periods);
        return run.fail(ExitCode::UsageError, message);
    }
    // After a cancellation, a new subscription in the same period would
    // invoice the days the customer was invoiced for already.
    const Result<std::optional<Invoice>> billed = billing::invoiceBilledFrom(run.catalog(), customer->id, firstInvoice);
    if (!billed)
        return run.failCatalog(billed.error());
    if (billed.value()) {
        const Invoice &earlier = *billed.value();
        const QString warning = billing::doubleBillingWarning(earlier, firstInvoice);
        if (!run.parser().isSet(QStringLiteral("yes"))) {
            const QString number = earlier.number.isEmpty() ? earlier.id : earlier.number;
            // invoice void rejects a paid invoice, so its advice leaves
            // voiding out.
            const QString advice = earlier.status == InvoiceStatus::Paid
                ? tr("Start it on %1 with --start, because invoice %2 is paid, or add --yes to invoice the days "
                     "again.")
                      .arg(earlier.periodEnd.toString(Qt::ISODate), number)
                : tr("Start it on %1 with --start, void invoice %2 if the customer owes nothing for it, or add "
                     "--yes to invoice both.")
                      .arg(earlier.periodEnd.toString(Qt::ISODate), number);
            return run.fail(ExitCode::UsageError, warning + u' ' + advice);
        }
        err << tr("Warning: %1").arg(warning) << '\n';
    }
    const Result<Subscription> created
        = billing::subscribeWithTrial(run.catalog(), customer->id, plan->id, *currency, start.value(), trialDays);
    if (!created)
        return run.fail(ExitCode::ValidationError, created.error());
    if (run.json()) {
        QJsonObject json = subscriptionJson(created.value());
        json.insert(QStringLiteral("trial_days"), trialDays);
        json.insert(QStringLiteral("trial_withheld"), trialWithheld);
        run.printJson(json);
        return ExitCode::Success;
    }
    out << tr("Subscribed %1 to %2 (%3), status %4, next invoice %5.")
               .arg(customer->name, plan->name, created->id, toString(created->status), date(created->nextInvoiceDate))
        << '\n';
    if (trialWithheld) {
        out << tr("No trial: %1 had a subscription before, so the plan's %2-day trial is not given again. Give "
                  "--trial-days N to grant one.")
                   .arg(customer->name)
                   .arg(plan->trialDays)
            << '\n';
    }
    return ExitCode::Success;
}

int subscriptionList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo subscription list"), out, err);
    run.parser().setApplicationDescription(tr("Lists subscriptions."));
    run.parser().addOption({ QStringLiteral("customer"), tr("Only this customer's (email or id)."), tr("customer") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    QString customerId;
    if (run.parser().isSet(QStringLiteral("customer"))) {
        const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
        if (!customer)
            return run.failCatalog(customer.error());
        customerId = customer->id;
    }
    const Result<QList<Subscription>> list = run.catalog().subscriptions(customerId);
    if (!list)
        return run.failCatalog(list.error());
    if (run.json()) {
        QJsonArray array;
        for (const Subscription &subscription : list.value())
            array.append(subscriptionJson(subscription));
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Subscription &subscription : list.value()) {
        const Result<Customer> customer = run.catalog().customer(subscription.customerId);
        const Result<Plan> plan = run.catalog().plan(subscription.planId);
        rows.append({ subscription.id, customer ? customer->name : subscription.customerId,
            plan ? plan->name : subscription.planId, toString(subscription.currency), toString(subscription.status),
            date(subscription.nextInvoiceDate) });
    }
    run.printTable({ tr("ID"), tr("CUSTOMER"), tr("PLAN"), tr("CURRENCY"), tr("STATUS"), tr("NEXT INVOICE") }, rows);
    return ExitCode::Success;
}

int subscriptionShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo subscription show"), out, err);
    run.parser().setApplicationDescription(tr("Shows a subscription with its customer, plan and history."));
    run.parser().addPositionalArgument(QStringLiteral("subscription"),
        tr("Subscription id, or the customer's email or id for its live (else newest) subscription."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Subscription> subscription
        = findSubscription(run.catalog(), run.parser().positionalArguments().first());
    if (!subscription)
        return run.fail(ExitCode::ValidationError, subscription.error());
    const Result<QList<SubscriptionEvent>> events = run.catalog().subscriptionEvents(subscription->id);
    if (!events)
        return run.failCatalog(events.error());
    const Result<Customer> customer = run.catalog().customer(subscription->customerId);
    if (!customer)
        return run.failCatalog(customer.error());
    const Result<Plan> plan = run.catalog().plan(subscription->planId);
    if (!plan)
        return run.failCatalog(plan.error());
    if (run.json()) {
        QJsonObject result = subscriptionJson(subscription.value());
        result.insert(QStringLiteral("customer_name"), customer->name);
        result.insert(QStringLiteral("customer_email"), customer->email);
        result.insert(QStringLiteral("plan_name"), plan->name);
        QJsonArray history;
        for (const SubscriptionEvent &event : events.value()) {
            history.append(QJsonObject { { QStringLiteral("at"), time(event.at) },
                { QStringLiteral("actor"), event.actor }, { QStringLiteral("from"), event.fromStatus },
                { QStringLiteral("to"), event.toStatus }, { QStringLiteral("plan_id"), event.planId },
                { QStringLiteral("note"), event.note } });
        }
        result.insert(QStringLiteral("history"), history);
        run.printJson(result);
        return ExitCode::Success;
    }
    run.printFields({ { tr("Id"), subscription->id },
        { tr("Customer"), tr("%1 <%2>").arg(customer->name, customer->email) },
        { tr("Plan"), tr("%1 (%2 a month)").arg(plan->name, money(plan->priceCents(subscription->currency), subscription->currency)) },
        { tr("Status"), toString(subscription->status) },
        { tr("Currency"), toString(subscription->currency) },
        // periodEnd is exclusive; the last day is shown, as invoice show does.
        { tr("Period"),
            date(subscription->periodStart) + QStringLiteral(" – ") + date(subscription->periodEnd.addDays(-1)) },
        { tr("Next invoice"), date(subscription->nextInvoiceDate) } });
    for (const SubscriptionEvent &event : events.value()) {
        out << time(event.at) << ' ' << (event.fromStatus.isEmpty() ? QStringLiteral("-") : event.fromStatus) << " -> "
            << event.toStatus << ' ' << event.note << '\n';
    }
    return ExitCode::Success;
}

int subscriptionChange(const QStringList &arguments, QTextStream &out, QTextStream &err, bool cancel)
{
    CommandRun run(cancel ? QStringLiteral("saasodoo subscription cancel") : QStringLiteral("saasodoo subscription change-plan"),
        out, err);
    run.parser().setApplicationDescription(
        cancel ? tr("Cancels a subscription.") : tr("Moves a subscription to another plan from its next invoice."));
    run.parser().addPositionalArgument(QStringLiteral("subscription"),
        tr("Subscription id, or the customer's email or id for its live (else newest) subscription."));
    run.parser().addOption({ cancel ? QStringLiteral("reason") : QStringLiteral("plan"),
        cancel ? tr("Why it is cancelled.") : tr("The new plan's name or id."), tr("text") });
    if (cancel)
        run.parser().addOption({ QStringLiteral("force"), tr("Cancel even when the customer has open invoices.") });
    if (auto stop = run.parse(arguments, 1, cancel ? QStringList() : QStringList { QStringLiteral("plan") }))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Subscription> current = findSubscription(run.catalog(), run.parser().positionalArguments().first());
    if (!current)
        return run.fail(ExitCode::ValidationError, current.error());
    const QString id = current->id;
    Result<Subscription> changed = makeError(QString());
    QString oldPlanName;
    QString newPlanName;
    if (cancel && current->status == SubscriptionStatus::Cancelled) {
        return run.fail(ExitCode::ValidationError,
            tr("Subscription %1 is already cancelled; nothing was changed.").arg(id));
    }
    if (cancel) {
        catalog::InvoiceFilter filter;
        filter.customerId = current->customerId;
        filter.statuses = { catalog::InvoiceStatus::Open };
        const Result<QList<catalog::Invoice>> open = run.catalog().invoices(filter);
        if (!open)
            return run.failCatalog(open.error());
        const Result<int> overdue
            = billing::overdueInvoiceCount(run.catalog(), current->customerId, QDateTime::currentDateTimeUtc().date());
        if (!overdue)
            return run.failCatalog(overdue.error());
        // Invoices not yet due count too: dunning still suspends the
        // customer's instances once they are overdue.
        const QString owed = tr("The customer has %1 open invoice(s), %2 of them overdue. They stay open and owed "
                                "after the cancellation: dunning still suspends the customer's instances when "
                                "they are overdue, and paying them resumes the instances that dunning suspended.")
                                 .arg(open->size())
                                 .arg(overdue.value());
        if (!open->isEmpty() && !run.parser().isSet(QStringLiteral("force")))
            return run.fail(ExitCode::ValidationError, owed + u' ' + tr("Add --force to cancel anyway."));
        if (!open->isEmpty())
            err << tr("Warning: %1").arg(owed) << '\n';
        changed = billing::cancelSubscription(run.catalog(), id, run.value("reason"));
    } else {
        const Result<Plan> plan = findPlan(run.catalog(), run.value("plan"));
        if (!plan)
            return run.failCatalog(plan.error());
        const Result<Plan> oldPlan = run.catalog().plan(current->planId);
        oldPlanName = oldPlan ? oldPlan->name : current->planId;
        newPlanName = plan->name;
        changed = billing::changePlan(run.catalog(), id, plan->id, QDateTime::currentDateTimeUtc().date());
    }
    if (!changed)
        return run.fail(ExitCode::ValidationError, changed.error());
    if (run.json()) {
        QJsonObject json = subscriptionJson(changed.value());
        if (!cancel) {
            json.insert(QStringLiteral("previous_plan_name"), oldPlanName);
            json.insert(QStringLiteral("plan_name"), newPlanName);
            json.insert(QStringLiteral("effective_date"), date(changed->nextInvoiceDate));
        }
        run.printJson(json);
    } else if (cancel) {
        out << tr("Subscription %1 is %2.").arg(changed->id, toString(changed->status)) << '\n';
    } else {
        // Plan changes apply from the next invoice, without proration.
        out << tr("Subscription %1 moves from plan %2 to %3 from its next invoice on %4; it is %5.")
                   .arg(changed->id, oldPlanName, newPlanName, date(changed->nextInvoiceDate),
                       toString(changed->status))
            << '\n';
    }
    return ExitCode::Success;
}

// ---- invoice ----------------------------------------------------------------

int invoiceList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo invoice list"), out, err);
    run.parser().setApplicationDescription(tr("Lists invoices."));
    run.parser().addOptions({ { QStringLiteral("customer"), tr("Only this customer's (email or id)."), tr("customer") },
        { QStringLiteral("status"), tr("Only invoices in this status: draft, open, paid or void."), tr("status") } });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    InvoiceFilter filter;
    if (run.parser().isSet(QStringLiteral("customer"))) {
        const Result<Customer> customer = findCustomer(run.catalog(), run.value("customer"));
        if (!customer)
            return run.failCatalog(customer.error());
        filter.customerId = customer->id;
    }
    if (run.parser().isSet(QStringLiteral("status"))) {
        const std::optional<InvoiceStatus> status = invoiceStatusFromString(run.value("status"));
        if (!status)
            return run.fail(ExitCode::ValidationError,
                tr("--status \"%1\" is invalid: use draft, open, paid or void.").arg(run.value("status")));
        filter.statuses = { *status };
    }
    const Result<QList<Invoice>> list = run.catalog().invoices(filter);
    if (!list)
        return run.failCatalog(list.error());
    CustomerLookup customers(run.catalog());
    if (run.json()) {
        QJsonArray array;
        for (const Invoice &invoice : list.value()) {
            QJsonObject json = invoiceJson(invoice);
            customers.describe(json, invoice.customerId);
            array.append(json);
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Invoice &invoice : list.value()) {
        rows.append({ invoice.number.isEmpty() ? tr("(draft)") : invoice.number, customers.find(invoice.customerId).name,
            date(invoice.periodStart), toString(invoice.status), money(invoice.totalCents, invoice.currency),
            date(invoice.dueDate) });
    }
    run.printTable({ tr("NUMBER"), tr("CUSTOMER"), tr("PERIOD"), tr("STATUS"), tr("TOTAL"), tr("DUE") }, rows);
    return ExitCode::Success;
}

int invoiceShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo invoice show"), out, err);
    run.parser().setApplicationDescription(tr("Shows an invoice with its lines and payments."));
    run.parser().addPositionalArgument(QStringLiteral("invoice"), tr("Invoice number or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Invoice> invoice = findInvoice(run.catalog(), run.parser().positionalArguments().first());
    if (!invoice)
        return run.failCatalog(invoice.error());
    const Result<QList<Payment>> payments = run.catalog().payments(invoice->id);
    if (!payments)
        return run.failCatalog(payments.error());
    CustomerLookup customers(run.catalog());
    if (run.json()) {
        QJsonObject result = invoiceJson(invoice.value());
        customers.describe(result, invoice->customerId);
        QJsonArray array;
        for (const Payment &payment : payments.value())
            array.append(paymentJson(payment));
        result.insert(QStringLiteral("payments"), array);
        run.printJson(result);
        return ExitCode::Success;
    }
    const Customer customer = customers.find(invoice->customerId);
    run.printFields({ { tr("Number"), invoice->number },
        { tr("Customer"),
            customer.email.isEmpty() ? customer.name : tr("%1 <%2>").arg(customer.name, customer.email) },
        { tr("Status"), toString(invoice->status) },
        { tr("Period"), date(invoice->periodStart) + QStringLiteral(" – ") + date(invoice->periodEnd.addDays(-1)) },
        { tr("Issued"), date(invoice->issueDate) }, { tr("Due"), date(invoice->dueDate) },
        { tr("Subtotal"), money(invoice->subtotalCents, invoice->currency) },
        { tr("VAT %1.%2 %")
                .arg(invoice->vatRateBasisPoints / 100)
                .arg(invoice->vatRateBasisPoints % 100, 2, 10, QLatin1Char('0')),
            money(invoice->taxCents, invoice->currency) },
        { tr("Total"), money(invoice->totalCents, invoice->currency) } });
    for (const InvoiceLine &line : invoice->lines)
        out << "  " << line.description << "  " << money(line.amountCents, invoice->currency) << '\n';
    // Each payment with what it did, so that money no invoice took (an
    // overpayment, a payment for a void invoice) shows as a refund due.
    qint64 refundDueCents = 0;
    for (const Payment &payment : payments.value()) {
        QString line = tr("Payment %1: %2 %3 (%4)")
                           .arg(payment.reference, money(payment.amountCents, payment.currency),
                               toString(payment.status), toString(payment.method));
        if (payment.application != PaymentApplication::None)
            line += u' ' + tr("applied: %1").arg(toString(payment.application));
        if (isRefundDue(payment)) {
            line += u' ' + tr("(refund of %1 due)").arg(money(payment.heldCents(), payment.currency));
            refundDueCents += payment.heldCents();
        }
        out << line << '\n';
    }
    if (refundDueCents > 0) {
        out << tr("Refund due to the customer: %1. Apply a payment to an open invoice with 'saasodoo payment apply "
                  "REFERENCE', or record a refund with 'saasodoo payment mark-refunded REFERENCE'.")
                   .arg(money(refundDueCents, invoice->currency))
            << '\n';
    }
    return ExitCode::Success;
}

int paymentShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment show"), out, err);
    run.parser().setApplicationDescription(tr("Shows a payment, its invoice and what it was applied to."));
    run.parser().addPositionalArgument(QStringLiteral("payment"), tr("Payment reference or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Payment> payment = findPayment(run.catalog(), run.parser().positionalArguments().first());
    if (!payment)
        return run.failCatalog(payment.error());
    const Result<Invoice> invoice = run.catalog().invoice(payment->invoiceId);
    if (!invoice)
        return run.failCatalog(invoice.error());
    const Result<QList<catalog::PaymentAllocation>> allocations = run.catalog().paymentAllocations(payment->id);
    if (!allocations)
        return run.failCatalog(allocations.error());
    if (run.json()) {
        QJsonObject result = paymentJson(payment.value());
        result.insert(QStringLiteral("invoice"), invoice->number);
        result.insert(QStringLiteral("invoice_status"), toString(invoice->status));
        QJsonArray applications;
        for (const catalog::PaymentAllocation &allocation : allocations.value()) {
            applications.append(QJsonObject { { QStringLiteral("invoice_id"), allocation.invoiceId },
                { QStringLiteral("invoice"), allocation.invoiceNumber },
                { QStringLiteral("amount_cents"), cents(allocation.amountCents) },
                { QStringLiteral("applied_at"), time(allocation.appliedAt) },
                { QStringLiteral("applied_by"), allocation.appliedBy },
                { QStringLiteral("refunded_at"), time(allocation.refundedAt) } });
        }
        result.insert(QStringLiteral("allocations"), applications);
        run.printJson(result);
        return ExitCode::Success;
    }
    QString applied = toString(payment->application);
    if (isRefundDue(payment.value())) {
        applied = tr("%1, refund of %2 due to the customer (or apply it with 'saasodoo payment apply %3')")
                      .arg(applied, money(payment->heldCents(), payment->currency), payment->reference);
    } else if (payment->application == PaymentApplication::Settled && payment->appliedCents > 0
        && payment->appliedCents < payment->amountCents) {
        applied = tr("%1, %2 applied to invoices, %3 refunded")
                      .arg(applied, money(payment->appliedCents, payment->currency),
                          money(payment->amountCents - payment->appliedCents, payment->currency));
    } else if (!payment->settledInvoiceId.isEmpty()) {
        const Result<Invoice> settled = run.catalog().invoice(payment->settledInvoiceId);
        applied = tr("%1, to invoice %2").arg(applied, settled ? settled->number : payment->settledInvoiceId);
    }
    run.printFields({ { tr("Reference"), payment->reference }, { tr("Paynow reference"), payment->paynowReference },
        { tr("Invoice"), tr("%1 (%2)").arg(invoice->number, toString(invoice->status)) },
        { tr("Method"), toString(payment->method) }, { tr("Phone"), payment->phone },
        { tr("Amount"), money(payment->amountCents, payment->currency) }, { tr("Status"), toString(payment->status) },
        { tr("Paynow status"), payment->paynowStatus }, { tr("Applied"), applied },
        { tr("Applied at"), time(payment->appliedAt) }, { tr("Failure"), payment->failureReason },
        { tr("Created"), time(payment->createdAt) } });
    // Each invoice a held payment was applied to, with the amount it paid.
    for (const catalog::PaymentAllocation &allocation : allocations.value()) {
        QString line = tr("Applied %1 to invoice %2 on %3")
                           .arg(money(allocation.amountCents, payment->currency), allocation.invoiceNumber,
                               time(allocation.appliedAt));
        if (!allocation.appliedBy.isEmpty())
            line += u' ' + tr("by %1").arg(allocation.appliedBy);
        if (allocation.refundedAt.isValid())
            line += u' ' + tr("(reopened by the refund on %1)").arg(time(allocation.refundedAt));
        out << line << '\n';
    }
    return ExitCode::Success;
}

int invoicePdf(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo invoice pdf"), out, err);
    run.parser().setApplicationDescription(tr("Writes an invoice as an A4 PDF file, on as many pages as its lines need."));
    run.parser().addPositionalArgument(QStringLiteral("invoice"), tr("Invoice number or id."));
    run.parser().addOption({ QStringLiteral("output"),
        tr("PDF file to write, replacing an existing one; never the catalog or its SQLite working files."),
        tr("file") });
    if (auto stop = run.parse(arguments, 1, { QStringLiteral("output") }))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(run.value("output")); !checked)
        return run.fail(ExitCode::ValidationError, checked.error());
    const Result<Invoice> invoice = findInvoice(run.catalog(), run.parser().positionalArguments().first());
    if (!invoice)
        return run.failCatalog(invoice.error());
    secrets::SecretStore secrets;
    billing::BillingService service(&run.catalog(), &secrets);
    const Status written = service.exportInvoicePdf(invoice->id, run.value("output"));
    if (!written)
        return run.fail(ExitCode::OperationFailed, written.error());
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("number"), invoice->number }, { QStringLiteral("file"), run.value("output") } });
    else
        out << tr("Wrote invoice %1 to %2.").arg(invoice->number, run.value("output")) << '\n';
    return ExitCode::Success;
}

int invoiceVoid(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo invoice void"), out, err);
    run.parser().setApplicationDescription(tr("Voids an open or draft invoice; its number stays used."));
    run.parser().addPositionalArgument(QStringLiteral("invoice"), tr("Invoice number or id."));
    run.parser().addOption({ QStringLiteral("reason"), tr("Why it is voided."), tr("text") });
    if (auto stop = run.parse(arguments, 1, { QStringLiteral("reason") }))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Invoice> invoice = findInvoice(run.catalog(), run.parser().positionalArguments().first());
    if (!invoice)
        return run.failCatalog(invoice.error());
    const Result<Invoice> voided = run.catalog().voidInvoice(invoice->id, run.value("reason"));
    if (!voided)
        return run.failCatalog(voided.error());
    // Voiding an invoice resumes nothing by itself: the next billing run
    // reactivates a customer who has no overdue invoice left.
    QString note;
    const Result<QList<billing::BillingAction>> planned
        = billing::planBillingRun(run.catalog(), QDateTime::currentDateTimeUtc().date());
    if (planned) {
        for (const billing::BillingAction &action : planned.value()) {
            if (action.kind != billing::BillingActionKind::Reactivate || action.customerId != voided->customerId)
                continue;
            note = action.instanceIds.isEmpty()
                ? tr("%1 has no overdue invoice left. The next billing run makes the subscription active again; run "
                     "'saasodoo dunning run' to do it now.")
                      .arg(action.customerName)
                : tr("%1 has no overdue invoice left. The next billing run resumes the suspended instances; run "
                     "'saasodoo dunning run' to resume them now.")
                      .arg(action.customerName);
            break;
        }
    }
    if (run.json()) {
        QJsonObject json = invoiceJson(voided.value());
        json.insert(QStringLiteral("note"), note);
        run.printJson(json);
        return ExitCode::Success;
    }
    out << tr("Voided invoice %1.").arg(voided->number.isEmpty() ? voided->id : voided->number) << '\n';
    if (!note.isEmpty())
        out << note << '\n';
    return ExitCode::Success;
}

int invoiceReissue(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo invoice reissue"), out, err);
    run.parser().setApplicationDescription(
        tr("Issues a new invoice, dated today (UTC), for the period of a void invoice, at the subscription's current "
           "plan price and VAT rate. Fails when the period has another invoice that is not void."));
    run.parser().addPositionalArgument(QStringLiteral("invoice"), tr("Number or id of the void invoice."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Invoice> voided = findInvoice(run.catalog(), run.parser().positionalArguments().first());
    if (!voided)
        return run.failCatalog(voided.error());
    const Result<billing::BillingSettings> settings = billing::loadBillingSettings(run.catalog());
    if (!settings)
        return run.failCatalog(settings.error());
    const Result<Invoice> issued = billing::reissueInvoice(
        run.catalog(), settings.value(), voided->id, QDateTime::currentDateTimeUtc().date());
    if (!issued)
        return run.failCatalog(issued.error());
    if (run.json()) {
        QJsonObject json = invoiceJson(issued.value());
        json.insert(QStringLiteral("reissues"), voided->number.isEmpty() ? voided->id : voided->number);
        run.printJson(json);
        return ExitCode::Success;
    }
    out << tr("Issued invoice %1 for %2 to %3 in place of void invoice %4: %5, due %6.")
               .arg(issued->number, issued->periodStart.toString(Qt::ISODate),
                   issued->periodEnd.addDays(-1).toString(Qt::ISODate),
                   voided->number.isEmpty() ? voided->id : voided->number,
                   catalog::formatMoney(issued->totalCents, issued->currency), issued->dueDate.toString(Qt::ISODate))
        << '\n';
    return ExitCode::Success;
}

// Checks a run dated before today. Its invoices are dated that day and
// due `payment_terms_days` later, so they may be overdue at once. It
// needs --yes, and the message lists what it would do. An invoice dated
// before one already issued in the same year would break the date order
// of the numbers, so that is rejected even with --yes.
std::optional<int> checkPastRun(CommandRun &run, const QDate &day, bool invoicesOnly)
{
    const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(run.catalog(), day);
    if (!planned)
        return run.failCatalog(planned.error());
    const Result<billing::BillingSettings> settings = billing::loadBillingSettings(run.catalog());
    if (!settings)
        return run.failCatalog(settings.error());
    int invoices = 0;
    QStringList dunning;
    for (const billing::BillingAction &action : planned.value()) {
        if (action.kind == billing::BillingActionKind::GenerateInvoice)
            ++invoices;
        else if (!invoicesOnly)
            dunning.append(action.description);
    }
    if (invoices > 0) {
        InvoiceFilter filter;
        const Result<QList<Invoice>> issued = run.catalog().invoices(filter);
        if (!issued)
            return run.failCatalog(issued.error());
        for (const Invoice &invoice : issued.value()) {
            if (!invoice.number.isEmpty() && invoice.issueDate.year() == day.year() && invoice.issueDate > day) {
                return run.fail(ExitCode::ValidationError,
                    tr("--date %1 is before the issue date of invoice %2 (%3). Invoice numbers follow issue dates, so "
                       "no invoice of %4 can be dated earlier now. Run without --date: the run issues every period "
                       "that has started up to today, dated today.")
                        .arg(day.toString(Qt::ISODate), invoice.number, invoice.issueDate.toString(Qt::ISODate))
                        .arg(day.year()));
            }
        }
    }
    if (run.parser().isSet(QStringLiteral("yes")))
        return std::nullopt;
    const QDate due = day.addDays(settings->paymentTermsDays);
    QString message = tr("--date %1 is before today. The run would issue %2 invoice(s) dated %1 and due on %3")
                          .arg(day.toString(Qt::ISODate))
                          .arg(invoices)
                          .arg(due.toString(Qt::ISODate));
    if (invoices > 0 && due < QDateTime::currentDateTimeUtc().date())
        message += tr(", which is past, so the next run counts them overdue at once");
    message += u'.';
    if (!dunning.isEmpty())
        message += u' ' + tr("It would also do, counted from %1: %2").arg(day.toString(Qt::ISODate), dunning.join(u' '));
    message += u' ' + tr("A subscription is reactivated only when nothing is overdue today. Add --yes to run it.");
    return run.fail(ExitCode::UsageError, message);
}

// Previews the billing run, or runs it (with `invoicesOnly`, only its
// invoice generation) as a job and prints the outcome.
int runBillingJob(const QStringList &arguments, QTextStream &out, QTextStream &err, const QString &name, bool preview,
    bool invoicesOnly)
{
    CommandRun run(name, out, err);
    run.parser().setApplicationDescription(invoicesOnly
            ? tr("Issues the invoices of the subscription periods that have started by a day, as a job.")
            : preview
            ? tr("Shows what the billing run would do on a day: invoices, past-due marks, suspensions and "
                 "reactivations. Changes nothing.")
            : tr("Runs the billing run as a job: issues the invoices of periods that have started, marks unpaid "
                 "subscriptions past due, suspends and resumes instances."));
    run.parser().addOption({ QStringLiteral("date"), tr("The day to run for, YYYY-MM-DD (default today, UTC)."), tr("date") });
    if (!preview)
        run.parser().addOption({ QStringLiteral("yes"), tr("Confirm a --date before today.") });
    addNetworkOption(run);
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<QDate> day = parseDate(QStringLiteral("date"), run.value("date"));
    if (!day)
        return run.fail(ExitCode::ValidationError, day.error());
    // Rejected with --yes too, because such a run would suspend customers
    // whose invoices are not overdue yet, and its invoices would block
    // earlier-dated ones.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (!preview && day.value() > today) {
        return run.fail(ExitCode::ValidationError,
            tr("--date %1 is after today (%2, UTC). A billing run cannot be dated after today, because it would issue "
               "invoices early and count unpaid invoices overdue before they are. See what it would do then with "
               "'saasodoo dunning preview --date %1'.")
                .arg(day->toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    if (!preview && day.value() < today) {
        if (auto stop = checkPastRun(run, day.value(), invoicesOnly))
            return *stop;
    }

    if (preview) {
        const Result<QList<billing::BillingAction>> actions = billing::planBillingRun(run.catalog(), day.value());
        if (!actions)
            return run.failCatalog(actions.error());
        if (run.json()) {
            QJsonArray array;
            for (const billing::BillingAction &action : actions.value())
                array.append(actionJson(action));
            run.printJson(QJsonObject { { QStringLiteral("date"), date(day.value()) }, { QStringLiteral("actions"), array } });
        } else if (actions->isEmpty()) {
            out << tr("Nothing to do on %1.").arg(date(day.value())) << '\n';
        } else {
            for (const billing::BillingAction &action : actions.value())
                out << action.description << '\n';
        }
        return ExitCode::Success;
    }

    BillingSession session(run);
    const Result<QString> started = session.service.startBillingRun(day.value(), invoicesOnly);
    if (!started)
        return run.fail(ExitCode::OperationFailed, started.error());
    const jobs::JobInfo job = session.wait(started.value());
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("job_id"), job.id }, { QStringLiteral("state"), jobs::stateName(job.state) },
            { QStringLiteral("error"), job.error } });
    if (job.state != jobs::JobState::Succeeded)
        return run.fail(ExitCode::OperationFailed, job.error);
    if (!run.json())
        out << tr("Billing run for %1 finished (job %2).").arg(date(day.value()), job.id) << '\n';
    return ExitCode::Success;
}

// ---- payment ----------------------------------------------------------------

int paymentRequest(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment request"), out, err);
    run.parser().setApplicationDescription(
        tr("Asks Paynow for a payment of an open invoice: a web checkout link (--web), or an EcoCash or OneMoney "
           "prompt on the customer's phone (--mobile)."));
    run.parser().addPositionalArgument(QStringLiteral("invoice"), tr("Invoice number or id."));
    run.parser().addOptions({ { QStringLiteral("web"), tr("Web checkout: prints the link for the customer.") },
        { QStringLiteral("mobile"), tr("Mobile money: ecocash or onemoney."), tr("method") },
        { QStringLiteral("phone"), tr("The wallet's phone number, such as 0771234567 or +263 77 123 4567."), tr("number") },
        { QStringLiteral("email"), tr("Email sent to Paynow (default: the customer's)."), tr("email") } });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    const bool web = run.parser().isSet(QStringLiteral("web"));
    const bool mobile = run.parser().isSet(QStringLiteral("mobile"));
    if (web == mobile)
        return run.usageError(tr("give either --web or --mobile ecocash|onemoney."));
    if (web && run.parser().isSet(QStringLiteral("phone")))
        return run.usageError(tr("--phone applies only to --mobile: a web checkout takes no phone number."));
    std::optional<PaymentMethod> method = PaymentMethod::Web;
    if (mobile) {
        method = paymentMethodFromString(run.value("mobile").toLower());
        if (!method || *method == PaymentMethod::Web)
            return run.usageError(tr("--mobile takes ecocash or onemoney."));
        if (!run.parser().isSet(QStringLiteral("phone")))
            return run.usageError(tr("--mobile needs --phone."));
        const Result<QString> wallet = billing::normaliseWalletNumber(run.value("phone"),
            *method == PaymentMethod::EcoCash ? billing::MobileMoneyMethod::EcoCash : billing::MobileMoneyMethod::OneMoney);
        if (!wallet)
            return run.fail(ExitCode::ValidationError, wallet.error());
    }
    // The service checks the email too, but its errors exit as operation
    // failures; an invalid value is a validation error, as --phone is.
    if (const QString email = run.value("email").trimmed(); !email.isEmpty()) {
        if (const Status valid = catalog::validateEmail(tr("--email"), email); !valid)
            return run.fail(ExitCode::ValidationError, valid.error());
    }
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Invoice> invoice = findInvoice(run.catalog(), run.parser().positionalArguments().first());
    if (!invoice)
        return run.failCatalog(invoice.error());
    // The same rules the service applies, checked here so that they exit
    // as validation errors like invoice void does.
    if (invoice->status != InvoiceStatus::Open) {
        return run.fail(ExitCode::ValidationError, tr("Invoice %1 is %2; only an open invoice can be paid.")
                                                      .arg(invoice->number.isEmpty() ? invoice->id : invoice->number,
                                                          toString(invoice->status)));
    }
    const Result<QList<Payment>> earlier = run.catalog().payments(invoice->id);
    if (!earlier)
        return run.failCatalog(earlier.error());
    for (const Payment &attempt : earlier.value()) {
        if (attempt.status != PaymentStatus::Pending)
            continue;
        return run.fail(ExitCode::ValidationError,
            tr("Invoice %1 already has payment %2 pending. Check it with 'saasodoo payment poll %2', or cancel it "
               "with 'saasodoo payment cancel %2' if the customer will not complete it.")
                .arg(invoice->number, attempt.reference));
    }

    secrets::SecretStore secrets;
    billing::BillingService service(&run.catalog(), &secrets);
    const Result<Payment> payment = await(web ? service.requestWebPayment(invoice->id, run.value("email"))
                                              : service.requestMobilePayment(invoice->id, *method, run.value("phone"),
                                                  run.value("email")));
    if (!payment)
        return run.fail(ExitCode::OperationFailed, payment.error());
    if (run.json()) {
        run.printJson(paymentJson(payment.value()));
    } else if (web) {
        out << tr("Payment %1 requested. Send the customer this link:").arg(payment->reference) << '\n'
            << payment->browserUrl << '\n';
    } else {
        out << tr("Payment %1 requested. The customer confirms it on %2; check it with 'saasodoo payment poll %1'.")
                   .arg(payment->reference, payment->phone)
            << '\n';
    }
    return ExitCode::Success;
}

int paymentPoll(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment poll"), out, err);
    run.parser().setApplicationDescription(
        tr("Asks Paynow for a payment's status and applies it; a paid payment settles its invoice once and resumes "
           "instances suspended for it. A payment whose request failed has no poll URL: its stored status is "
           "printed when Paynow's status update to the result URL reached it, and polling fails otherwise."));
    run.parser().addPositionalArgument(QStringLiteral("payment"), tr("Payment reference or id."));
    run.parser().addOption({ QStringLiteral("wait"),
        tr("Poll every 5 s until the status is final or this many seconds passed, 0 to %1 (default 0: poll "
           "once).")
            .arg(maxPollWaitSeconds),
        tr("seconds"), QStringLiteral("0") });
    addNetworkOption(run);
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    bool waitOk = false;
    const int waitSeconds = run.value("wait").toInt(&waitOk);
    if (!waitOk || waitSeconds < 0 || waitSeconds > maxPollWaitSeconds) {
        return run.fail(ExitCode::ValidationError,
            tr("--wait \"%1\" is invalid: give whole seconds from 0 to %2.").arg(run.value("wait")).arg(maxPollWaitSeconds));
    }
    const Result<Payment> payment = findPayment(run.catalog(), run.parser().positionalArguments().first());
    if (!payment)
        return run.failCatalog(payment.error());

    BillingSession session(run);
    QDeadlineTimer deadline(std::chrono::seconds { waitSeconds });
    Result<billing::PaymentUpdateResult> result = makeError(QString());
    for (;;) {
        // A Paynow server that does not reply must not keep the command
        // past its --wait, so no request outlasts the time left (1 s at least).
        if (waitSeconds > 0) {
            session.service.setRequestTimeout(std::clamp<std::chrono::milliseconds>(
                std::chrono::milliseconds(deadline.remainingTime()), std::chrono::seconds(1), std::chrono::seconds(30)));
        }
        result = await(session.service.pollPayment(payment->id));
        if (result && result->payment.status != PaymentStatus::Pending)
            break;
        if (waitSeconds == 0 || deadline.hasExpired())
            break;
        // With --wait, a poll that did not reach Paynow is tried again until
        // the time is up. A reply that failed its checks (hash, status
        // Error) ends the polling, as docs/paynow.md describes.
        // NOTE: a transport failure is recognised by its advice text, which
        // a translation of the Paynow messages must keep.
        if (!result && !result.error().contains(QLatin1String("Check the internet connection")))
            break;
        if (!result)
            err << tr("Polling payment %1 failed: %2 Trying again.").arg(payment->reference, endSentence(result.error()))
                << '\n';
        err.flush();
        QThread::msleep(quint64(std::min<qint64>(5000, deadline.remainingTime())));
    }
    if (!result)
        return run.fail(ExitCode::OperationFailed, result.error());
    const bool waitedOut = waitSeconds > 0 && result->payment.status == PaymentStatus::Pending;
    QString jobError;
    for (const QString &jobId : std::as_const(result->reactivationJobIds)) {
        const jobs::JobInfo job = session.wait(jobId);
        if (job.state != jobs::JobState::Succeeded)
            jobError = jobError.isEmpty() ? job.error : jobError + u'\n' + job.error;
    }
    if (run.json()) {
        QJsonObject json = paymentJson(result->payment);
        json.insert(QStringLiteral("invoice_settled"), result->invoiceSettled);
        json.insert(QStringLiteral("applied_as"), toString(result->application));
        json.insert(QStringLiteral("reactivation_job_id"), result->reactivationJobId);
        json.insert(QStringLiteral("reactivation_job_ids"), QJsonArray::fromStringList(result->reactivationJobIds));
        run.printJson(json);
    } else {
        out << tr("Payment %1: %2 (Paynow: %3).")
                   .arg(result->payment.reference, toString(result->payment.status), result->payment.paynowStatus)
            << '\n';
        if (const QString applied = applicationText(run.catalog(), result.value()); !applied.isEmpty())
            out << applied << '\n';
        if (result->payment.pollUrl.isEmpty())
            out << storedStatusText(run.catalog(), result->payment) << '\n';
        if (waitedOut)
            out << tr("Still pending after waiting %1 s. Poll it again later.").arg(waitSeconds) << '\n';
    }
    if (!jobError.isEmpty())
        return run.fail(ExitCode::OperationFailed, jobError);
    return waitedOut ? ExitCode::StillPending : ExitCode::Success;
}

int paymentCancel(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment cancel"), out, err);
    run.parser().setApplicationDescription(
        tr("Cancels a pending payment in the catalog, so that the invoice can take a new payment request or be "
           "voided. Paynow has no cancel request: if the customer still pays it, the payment is recorded when its "
           "status arrives, as paying the invoice or as money to refund."));
    run.parser().addPositionalArgument(QStringLiteral("payment"), tr("Payment reference or id."));
    run.parser().addOption({ QStringLiteral("reason"), tr("Why it is cancelled."), tr("text") });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Payment> payment = findPayment(run.catalog(), run.parser().positionalArguments().first());
    if (!payment)
        return run.failCatalog(payment.error());
    secrets::SecretStore secrets;
    billing::BillingService service(&run.catalog(), &secrets);
    const Result<Payment> cancelled = service.cancelPayment(payment->id, run.value("reason"));
    if (!cancelled)
        return run.failCatalog(cancelled.error());
    if (run.json())
        run.printJson(paymentJson(cancelled.value()));
    else
        out << tr("Cancelled payment %1.").arg(cancelled->reference) << '\n';
    return ExitCode::Success;
}

int paymentMarkRefunded(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment mark-refunded"), out, err);
    run.parser().setApplicationDescription(
        tr("Records that a paid payment was refunded to the customer outside Paynow, such as an overpayment sent "
           "back by bank transfer. It is no longer listed as a refund due. A refunded payment that had paid an "
           "invoice reopens that invoice, unless another payment of it, held as an overpayment, pays it again at "
           "once."));
    run.parser().addPositionalArgument(QStringLiteral("payment"), tr("Payment reference or id."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Payment> payment = findPayment(run.catalog(), run.parser().positionalArguments().first());
    if (!payment)
        return run.failCatalog(payment.error());
    if (payment->application == PaymentApplication::Refunded) {
        return run.fail(ExitCode::ValidationError,
            tr("Payment %1 is marked refunded already; there is nothing to mark.").arg(payment->reference));
    }
    if (!payment->appliedAt.isValid()) {
        return run.fail(ExitCode::ValidationError,
            tr("Payment %1 is %2 and was never applied to an invoice, so no money is held to refund; there is "
               "nothing to mark.")
                .arg(payment->reference, toString(payment->status)));
    }
    const qint64 heldCents = payment->heldCents();
    const Result<catalog::PaymentRefund> refunded
        = run.catalog().refundPayment(payment->id, catalog::RefundScope::HeldRest);
    if (!refunded)
        return run.failCatalog(refunded.error());
    const Result<Payment> updated = run.catalog().payment(payment->id);
    if (!updated)
        return run.failCatalog(updated.error());
    if (run.json()) {
        QJsonObject json = paymentJson(updated.value());
        json.insert(QStringLiteral("reopened_invoice_id"), refunded->reopenedInvoiceId);
        json.insert(QStringLiteral("replacement_reference"), refunded->replacementReference);
        json.insert(QStringLiteral("more_reopened_invoice_ids"),
            QJsonArray::fromStringList(refunded->moreReopenedInvoiceIds));
        run.printJson(json);
    } else if (updated->application == PaymentApplication::Settled && updated->appliedCents > 0) {
        out << tr("The %1 that payment %2 held is recorded as refunded; the %3 applied to invoices keeps paying "
                  "them.")
                   .arg(money(heldCents, updated->currency), updated->reference,
                       money(updated->appliedCents, updated->currency))
            << '\n';
    } else {
        out << tr("Payment %1 is recorded as refunded.").arg(updated->reference) << '\n';
        if (const QString reopened = billing::refundedInvoiceText(run.catalog(), refunded.value()); !reopened.isEmpty())
            out << reopened << '\n';
    }
    return ExitCode::Success;
}

int paymentApply(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment apply"), out, err);
    run.parser().setApplicationDescription(
        tr("Applies a paid payment held as a refund due (an overpayment, a payment for a void invoice, or one "
           "Paynow reported paid after it was closed) to an open invoice of the same customer and currency. The "
           "money it still holds must cover the invoice's total; the rest stays held, to apply to the next invoice "
           "or to refund. Resumes instances suspended for unpaid invoices, as "
           "any payment does."));
    run.parser().addPositionalArgument(QStringLiteral("payment"), tr("Payment reference or id."));
    run.parser().addOption({ QStringLiteral("invoice"),
        tr("Number or id of the open invoice to settle (default: the payment's own invoice)."), tr("number") });
    addNetworkOption(run);
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<Payment> payment = findPayment(run.catalog(), run.parser().positionalArguments().first());
    if (!payment)
        return run.failCatalog(payment.error());
    QString invoiceId;
    if (run.parser().isSet(QStringLiteral("invoice"))) {
        const Result<Invoice> invoice = findInvoice(run.catalog(), run.value("invoice"));
        if (!invoice)
            return run.failCatalog(invoice.error());
        invoiceId = invoice->id;
    }

    BillingSession session(run);
    const Result<billing::PaymentUpdateResult> result = session.service.applyHeldPayment(payment->id, invoiceId);
    if (!result)
        return run.failCatalog(result.error());
    const Result<Invoice> settled = run.catalog().invoice(invoiceId.isEmpty() ? payment->invoiceId : invoiceId);
    if (!settled)
        return run.failCatalog(settled.error());
    QString jobError;
    for (const QString &jobId : std::as_const(result->reactivationJobIds)) {
        const jobs::JobInfo job = session.wait(jobId);
        if (job.state != jobs::JobState::Succeeded)
            jobError = jobError.isEmpty() ? job.error : jobError + u'\n' + job.error;
    }
    if (run.json()) {
        QJsonObject json = paymentJson(result->payment);
        json.insert(QStringLiteral("settled_invoice"), settled->number);
        json.insert(QStringLiteral("settled_invoice_total_cents"), cents(settled->totalCents));
        json.insert(QStringLiteral("reactivation_job_id"), result->reactivationJobId);
        json.insert(QStringLiteral("reactivation_job_ids"), QJsonArray::fromStringList(result->reactivationJobIds));
        run.printJson(json);
    } else {
        out << tr("Payment %1 of %2 is applied to invoice %3, which is paid.")
                   .arg(result->payment.reference, money(result->payment.amountCents, result->payment.currency),
                       settled->number)
            << '\n';
        if (const qint64 held = result->payment.heldCents(); held > 0) {
            out << tr("It paid %1 of it; %2 stays held. Apply it to another open invoice with 'saasodoo payment "
                      "apply %3 --invoice NUMBER', or refund it and record that with 'saasodoo payment "
                      "mark-refunded %3'.")
                       .arg(money(settled->totalCents, settled->currency), money(held, result->payment.currency),
                           result->payment.reference)
                << '\n';
        }
        if (!result->reactivationJobIds.isEmpty())
            out << tr("Reactivation jobs: %1.").arg(result->reactivationJobIds.join(QStringLiteral(", "))) << '\n';
    }
    if (!jobError.isEmpty())
        return run.fail(ExitCode::OperationFailed, jobError);
    return ExitCode::Success;
}

// Quits `loop` on SIGINT or SIGTERM. The handler only writes a byte to a
// socket pair, and a notifier reads it on the event loop's thread.
class QuitOnSignal
{
public:
    explicit QuitOnSignal(QEventLoop &loop)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &loop, [&loop]() {
            char byte = 0;
            if (::read(s_fds[1], &byte, 1) >= 0)
                loop.quit();
        });
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
    }

    ~QuitOnSignal()
    {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
        m_notifier.reset();
        ::close(s_fds[0]);
        ::close(s_fds[1]);
    }

    QuitOnSignal(const QuitOnSignal &) = delete;
    QuitOnSignal &operator=(const QuitOnSignal &) = delete;

private:
    static inline int s_fds[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

int paymentListen(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment listen"), out, err);
    run.parser().setApplicationDescription(
        tr("Receives the status updates that Paynow POSTs to the result URL, verifies each one's hash and applies "
           "it: a paid payment settles its invoice once and resumes instances suspended for it. Runs until "
           "SIGINT or SIGTERM. Put a TLS reverse proxy in front of it and set paynow_result_url to the proxy."));
    run.parser().addOptions({ { QStringLiteral("address"), tr("Address to listen on (default 127.0.0.1)."),
                                  tr("address"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), tr("TCP port to listen on; 0 picks a free one (default %1).")
                                      .arg(billing::PaynowResultListener::defaultPort),
            tr("port"), QString::number(billing::PaynowResultListener::defaultPort) } });
    addNetworkOption(run);
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    const QHostAddress address(run.value("address"));
    if (address.isNull())
        return run.fail(ExitCode::ValidationError, tr("--address \"%1\" is not an IP address.").arg(run.value("address")));
    bool portOk = false;
    const uint port = run.value("port").toUInt(&portOk);
    if (!portOk || port > 65535)
        return run.fail(ExitCode::ValidationError, tr("--port \"%1\" is not a port number (0 to 65535).").arg(run.value("port")));
    if (auto stop = run.openCatalog())
        return *stop;

    BillingSession session(run);
    billing::PaynowResultListener listener(&session.service);
    if (Status listening = listener.listen(address, quint16(port)); !listening)
        return run.fail(ExitCode::OperationFailed, listening.error());
    // With --json, one compact JSON object per line.
    const bool json = run.json();
    QObject::connect(&listener, &billing::PaynowResultListener::updateApplied, &listener,
        [&out, &run, json](const billing::PaymentUpdateResult &result) {
            if (json) {
                QJsonObject line = paymentJson(result.payment);
                line.insert(QStringLiteral("invoice_settled"), result.invoiceSettled);
                line.insert(QStringLiteral("applied_as"), toString(result.application));
                line.insert(QStringLiteral("reactivation_job_id"), result.reactivationJobId);
                line.insert(QStringLiteral("reactivation_job_ids"), QJsonArray::fromStringList(result.reactivationJobIds));
                out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            } else {
                out << tr("Payment %1: %2 (Paynow: %3).")
                           .arg(result.payment.reference, toString(result.payment.status), result.payment.paynowStatus);
                if (const QString applied = applicationText(run.catalog(), result); !applied.isEmpty())
                    out << ' ' << applied;
                out << '\n';
            }
            out.flush();
        });
    QObject::connect(&listener, &billing::PaynowResultListener::updateRejected, &listener, [&err](const QString &reason) {
        err << tr("Rejected a status update: %1").arg(reason) << '\n';
        err.flush();
    });
    if (json) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("address"), listener.address().toString() },
                                 { QStringLiteral("port"), int(listener.port()) } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << tr("Listening for Paynow status updates on %1 port %2.")
                   .arg(listener.address().toString())
                   .arg(listener.port())
            << '\n';
    }
    out.flush();

    QEventLoop loop;
    QuitOnSignal quit(loop);
    loop.exec();
    listener.close();
    // Reactivation jobs that a payment started finish before the exit.
    for (const jobs::JobInfo &job : session.runner.activeJobs())
        session.wait(job.id);
    if (!json)
        out << tr("Stopped listening.") << '\n';
    return ExitCode::Success;
}

int paymentList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment list"), out, err);
    run.parser().setApplicationDescription(tr("Lists Paynow payments, newest first."));
    run.parser().addOption({ QStringLiteral("invoice"), tr("Only this invoice's (number or id)."), tr("invoice") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    QString invoiceId;
    if (run.parser().isSet(QStringLiteral("invoice"))) {
        const Result<Invoice> invoice = findInvoice(run.catalog(), run.value("invoice"));
        if (!invoice)
            return run.failCatalog(invoice.error());
        invoiceId = invoice->id;
    }
    const Result<QList<Payment>> list = run.catalog().payments(invoiceId);
    if (!list)
        return run.failCatalog(list.error());
    const Result<QList<Invoice>> invoices = run.catalog().invoices();
    if (!invoices)
        return run.failCatalog(invoices.error());
    QHash<QString, QString> customerOfInvoice;
    for (const Invoice &invoice : invoices.value())
        customerOfInvoice.insert(invoice.id, invoice.customerId);
    CustomerLookup customers(run.catalog());
    if (run.json()) {
        QJsonArray array;
        for (const Payment &payment : list.value()) {
            QJsonObject json = paymentJson(payment);
            customers.describe(json, customerOfInvoice.value(payment.invoiceId));
            array.append(json);
        }
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Payment &payment : list.value()) {
        // APPLIED shows what a paid payment did: settled the invoice, or money
        // to refund (an overpayment, a payment for a void invoice).
        QString applied = toString(payment.application);
        if (isRefundDue(payment) && payment.appliedCents > 0)
            applied = tr("%1, %2 applied, %3 refund due")
                          .arg(applied, money(payment.appliedCents, payment.currency),
                              money(payment.heldCents(), payment.currency));
        else if (isRefundDue(payment))
            applied = tr("%1, refund due").arg(applied);
        rows.append({ payment.reference, customers.find(customerOfInvoice.value(payment.invoiceId)).name,
            toString(payment.method), money(payment.amountCents, payment.currency), toString(payment.status),
            payment.paynowStatus, applied, time(payment.createdAt) });
    }
    run.printTable({ tr("REFERENCE"), tr("CUSTOMER"), tr("METHOD"), tr("AMOUNT"), tr("STATUS"), tr("PAYNOW"),
                       tr("APPLIED"), tr("CREATED") },
        rows);
    return ExitCode::Success;
}

int paymentSetIntegration(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo payment set-integration"), out, err);
    run.parser().setApplicationDescription(
        tr("Stores a Paynow integration in the keychain: the id on the first line of standard input, the key on "
           "the second (never as arguments)."));
    run.parser().addOption({ QStringLiteral("currency"), tr("USD or ZWG."), tr("currency") });
    if (auto stop = run.parse(arguments, 0, { QStringLiteral("currency") }))
        return *stop;
    const std::optional<Currency> currency = currencyFromString(run.value("currency"));
    if (!currency)
        return run.fail(ExitCode::ValidationError, tr("--currency \"%1\" is invalid: use USD or ZWG.").arg(run.value("currency")));
    if (auto stop = run.openCatalog())
        return *stop;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return run.fail(ExitCode::OperationFailed, tr("Could not read standard input."));
    const QString id = QString::fromUtf8(input.readLine()).trimmed();
    const QString key = QString::fromUtf8(input.readLine()).trimmed();
    secrets::SecretStore secrets;
    billing::BillingService service(&run.catalog(), &secrets);
    const Status stored = await(service.storePaynowCredentials(*currency, id, key));
    if (!stored)
        return run.fail(ExitCode::ValidationError, stored.error());
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("currency"), toString(*currency) },
            { QStringLiteral("keychain_key"), billing::paynowIntegrationKeyKey(*currency) } });
    else
        out << tr("Stored the Paynow %1 integration in the keychain.").arg(toString(*currency)) << '\n';
    return ExitCode::Success;
}

// ---- billing settings ----------------------------------------------------------

int billingSettings(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo billing settings"), out, err);
    run.parser().setApplicationDescription(tr("Shows the billing settings."));
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<billing::BillingSettings> settings = billing::loadBillingSettings(run.catalog());
    if (!settings)
        return run.fail(ExitCode::OperationFailed, settings.error());
    const QMap<QString, QString> values = billing::billingSettingValues(settings.value());
    if (run.json()) {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key(), it.value());
        run.printJson(object);
        return ExitCode::Success;
    }
    QList<std::pair<QString, QString>> fields;
    for (const QString &name : billing::billingSettingNames())
        fields.append({ name, values.value(name) });
    run.printFields(fields);
    return ExitCode::Success;
}

int billingSet(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo billing set"), out, err);
    run.parser().setApplicationDescription(
        tr("Sets a billing setting: %1.").arg(billing::billingSettingNames().join(QStringLiteral(", "))));
    run.parser().addPositionalArgument(QStringLiteral("name"), tr("Setting name."));
    run.parser().addPositionalArgument(QStringLiteral("value"), tr("New value."));
    // The option parser reads a negative number such as -1 as options, so
    // it is taken out first and checked as the value.
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9][0-9.]*%?$"));
    QStringList options = arguments;
    QString negativeValue;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (negativeNumber.match(options.at(i)).hasMatch()) {
            negativeValue = options.takeAt(i);
            break;
        }
    }
    if (auto stop = run.parse(options, negativeValue.isEmpty() ? 2 : 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    QStringList positional = run.parser().positionalArguments();
    if (!negativeValue.isEmpty())
        positional.append(negativeValue);
    const Status saved = billing::saveBillingSetting(run.catalog(), positional.at(0), positional.at(1));
    if (!saved)
        return run.fail(ExitCode::ValidationError, saved.error());
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("name"), positional.at(0) }, { QStringLiteral("value"), positional.at(1) } });
    else
        out << tr("Set %1.").arg(positional.at(0)) << '\n';
    return ExitCode::Success;
}

QJsonObject amountsJson(const billing::CurrencyAmounts &amounts)
{
    QJsonObject object;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        object.insert(toString(it.key()), cents(it.value()));
    return object;
}

QString amountsText(const billing::CurrencyAmounts &amounts)
{
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts.append(money(it.value(), it.key()));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

int billingSummary(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo billing summary"), out, err);
    run.parser().setApplicationDescription(
        tr("Shows revenue per month, the outstanding and overdue totals, and the payments to refund, per "
           "currency."));
    run.parser().addOption({ QStringLiteral("date"), tr("The day overdue is counted on, YYYY-MM-DD (default today, UTC)."),
        tr("date") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<QDate> day = parseDate(QStringLiteral("date"), run.value("date"));
    if (!day)
        return run.fail(ExitCode::ValidationError, day.error());
    const Result<billing::BillingSummary> summary = billing::summarizeBilling(run.catalog(), day.value());
    if (!summary)
        return run.failCatalog(summary.error());
    if (run.json()) {
        QJsonObject revenue;
        for (auto it = summary->revenueByMonth.cbegin(); it != summary->revenueByMonth.cend(); ++it)
            revenue.insert(it.key(), amountsJson(it.value()));
        // Amounts are whole cents as decimal strings per currency code,
        // which the _cents suffix of each name states.
        run.printJson(QJsonObject { { QStringLiteral("revenue_by_month_cents"), revenue },
            { QStringLiteral("outstanding_cents"), amountsJson(summary->outstanding) },
            { QStringLiteral("overdue_cents"), amountsJson(summary->overdue) },
            { QStringLiteral("open_invoices"), summary->openInvoices },
            { QStringLiteral("overdue_invoices"), summary->overdueInvoices },
            { QStringLiteral("refunds_due_cents"), amountsJson(summary->refundsDue) },
            { QStringLiteral("refund_payments"), summary->refundPayments } });
        return ExitCode::Success;
    }
    QList<std::pair<QString, QString>> fields {
        { tr("Outstanding"), tr("%1 (%2 invoice(s))").arg(amountsText(summary->outstanding)).arg(summary->openInvoices) },
        { tr("Overdue"), tr("%1 (%2 invoice(s))").arg(amountsText(summary->overdue)).arg(summary->overdueInvoices) },
        { tr("Refunds due"),
            tr("%1 (%2 payment(s))").arg(amountsText(summary->refundsDue)).arg(summary->refundPayments) },
    };
    for (auto it = summary->revenueByMonth.cbegin(); it != summary->revenueByMonth.cend(); ++it)
        fields.append({ tr("Revenue %1").arg(it.key()), amountsText(it.value()) });
    run.printFields(fields);
    return ExitCode::Success;
}

} // namespace

bool isBillingJobKind(const QString &kind)
{
    return kind == QLatin1String("billing.run") || kind == QLatin1String("billing.invoices")
        || kind == QLatin1String("billing.reactivate");
}

int takeOverBillingJob(const QString &action, CommandRun &run, const catalog::Job &job, QTextStream &out,
    QTextStream &err)
{
    if (action != QLatin1String("resume")) {
        return run.fail(ExitCode::ValidationError,
            tr("Job %1 (%2) left nothing to clean up, because billing actions are safe to repeat. Finish it with "
               "'saasodoo job resume %1' (the next billing run also finishes it), or dismiss it with 'saasodoo job "
               "cancel %1'.")
                .arg(job.id, job.kind));
    }
    BillingSession session(run, false);
    Result<QString> started = makeError(QString());
    if (job.kind == QLatin1String("billing.reactivate")) {
        if (job.targetType != QLatin1String("subscription") || job.targetId.isEmpty())
            return run.fail(ExitCode::ValidationError,
                tr("Job %1 (%2) names no subscription; dismiss it with 'saasodoo job cancel %1'.").arg(job.id, job.kind));
        if (const Result<Subscription> subscription = run.catalog().subscription(job.targetId); !subscription)
            return run.failCatalog(subscription.error());
        started = session.service.startReactivation(job.targetId);
    } else {
        const QDate day = QDate::fromString(job.targetId, Qt::ISODate);
        if (!day.isValid())
            return run.fail(ExitCode::ValidationError,
                tr("Job %1 (%2) names no day to run for; dismiss it with 'saasodoo job cancel %1'.").arg(job.id, job.kind));
        started = session.service.startBillingRun(day, job.kind == QLatin1String("billing.invoices"));
    }
    if (!started)
        return run.fail(ExitCode::OperationFailed, started.error());
    err << tr("Taking over from interrupted job %1 (%2).").arg(job.id, job.kind) << '\n';
    const jobs::JobInfo done = session.wait(started.value());
    const bool ok = done.state == jobs::JobState::Succeeded;
    if (ok) {
        // Closed, so that it is no longer offered for resume.
        catalog::Job closed = job;
        closed.state = catalog::JobState::Cancelled;
        closed.error = tr("Interrupted; resumed as job %1.").arg(done.id);
        run.catalog().updateJob(closed);
        run.catalog().appendJobLog(job.id, QStringLiteral("info"), closed.error);
    }
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("job_id"), done.id },
            { QStringLiteral("state"), jobs::stateName(done.state) }, { QStringLiteral("error"), done.error },
            { QStringLiteral("resumed_job_id"), job.id } });
    if (!ok)
        return run.fail(ExitCode::OperationFailed, done.error);
    if (!run.json())
        out << tr("Resumed interrupted job %1 as job %2.").arg(job.id, done.id) << '\n';
    return ExitCode::Success;
}

bool isBillingCommand(const QString &command)
{
    static const QStringList names { QStringLiteral("plan"), QStringLiteral("subscription"), QStringLiteral("invoice"),
        QStringLiteral("payment"), QStringLiteral("billing"), QStringLiteral("dunning") };
    return names.contains(command);
}

bool billingCommandNeedsGui(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("invoice") && arguments.value(1) == QLatin1String("pdf");
}

int runBillingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using namespace std::placeholders;
    const QMap<QString, QMap<QString, Handler>> commands {
        { QStringLiteral("plan"),
            { { QStringLiteral("create"), planCreate }, { QStringLiteral("update"), planUpdate },
                { QStringLiteral("list"), planList }, { QStringLiteral("show"), planShow } } },
        { QStringLiteral("subscription"),
            { { QStringLiteral("create"), subscriptionCreate }, { QStringLiteral("list"), subscriptionList },
                { QStringLiteral("show"), subscriptionShow },
                { QStringLiteral("change-plan"), std::bind(subscriptionChange, _1, _2, _3, false) },
                { QStringLiteral("cancel"), std::bind(subscriptionChange, _1, _2, _3, true) } } },
        { QStringLiteral("invoice"),
            { { QStringLiteral("generate"),
                  std::bind(runBillingJob, _1, _2, _3, QStringLiteral("saasodoo invoice generate"), false, true) },
                { QStringLiteral("list"), invoiceList }, { QStringLiteral("show"), invoiceShow },
                { QStringLiteral("pdf"), invoicePdf }, { QStringLiteral("void"), invoiceVoid },
                { QStringLiteral("reissue"), invoiceReissue } } },
        { QStringLiteral("payment"),
            { { QStringLiteral("request"), paymentRequest }, { QStringLiteral("poll"), paymentPoll },
                { QStringLiteral("list"), paymentList }, { QStringLiteral("show"), paymentShow },
                { QStringLiteral("cancel"), paymentCancel },
                { QStringLiteral("mark-refunded"), paymentMarkRefunded }, { QStringLiteral("apply"), paymentApply },
                { QStringLiteral("set-integration"), paymentSetIntegration },
                { QStringLiteral("listen"), paymentListen } } },
        { QStringLiteral("billing"),
            { { QStringLiteral("settings"), billingSettings }, { QStringLiteral("set"), billingSet },
                { QStringLiteral("summary"), billingSummary } } },
        { QStringLiteral("dunning"),
            { { QStringLiteral("preview"),
                  std::bind(runBillingJob, _1, _2, _3, QStringLiteral("saasodoo dunning preview"), true, false) },
                { QStringLiteral("run"),
                    std::bind(runBillingJob, _1, _2, _3, QStringLiteral("saasodoo dunning run"), false, false) } } },
    };
    const QString command = arguments.value(0);
    const QMap<QString, Handler> subcommands = commands.value(command);
    const QString subcommand = arguments.value(1);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")
        || subcommand == QLatin1String("help")) {
        out << tr("Usage: saasodoo %1 COMMAND [options]\nCommands: %2.\nRun 'saasodoo %1 COMMAND --help' for the "
                  "options of one.")
                   .arg(command, subcommands.keys().join(QStringLiteral(", ")))
            << '\n';
        return ExitCode::Success;
    }
    if (!subcommands.contains(subcommand)) {
        err << tr("saasodoo %1: expected one of: %2.").arg(command, subcommands.keys().join(QStringLiteral(", "))) << '\n';
        return ExitCode::UsageError;
    }
    return subcommands.value(subcommand)(arguments.mid(2), out, err);
}

} // namespace saasodoo::cli
