// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/catalog/catalogconfig.h"
#include "core/catalog/entities.h"
#include "core/catalog/sqldialect.h"
#include "core/common/result.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace saasodoo::catalog {

// The kind of failure that the last call of a Catalog reported, so callers
// can tell bad input from a lost race from a broken database.
enum class ErrorKind {
    None,
    Validation, // a value broke a rule or a unique constraint; nothing was written
    NotFound,
    Conflict, // someone else saved the record since it was read
    Database, // the database failed or could not be reached
};

// A session on the console's catalog: the customers, tenants, hosts,
// instances, backups, jobs and audit events.
//
// A Catalog owns one database connection and must be used only on the
// thread that opened it, because QSqlDatabase connections are per thread.
// Worker threads open their own Catalog from the same CatalogConfig; the
// database serializes their writes.
//
// Every mutation runs in one transaction together with its audit event, so
// either both are stored or neither. Updates compare the record's
// rowVersion and fail with ErrorKind::Conflict when it changed.
class Catalog
{
public:
    // Opens the catalog and upgrades its schema to latestSchemaVersion().
    // Fails without writing anything when the catalog's schema is newer than
    // this program.
    static Result<std::unique_ptr<Catalog>> open(const CatalogConfig &config);
    ~Catalog();

    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    Backend backend() const { return m_dialect.backend(); }
    const CatalogConfig &config() const { return m_config; }
    // The connection, for tests and benchmarks that check raw rows.
    QSqlDatabase database() const { return m_db; }

    // The admin's display name, recorded with the OS user name in audit
    // events and in updated_by.
    void setAdminName(const QString &name) { m_adminName = name; }
    QString adminName() const { return m_adminName; }
    // The OS user name from USER, else USERNAME, else LOGNAME, else the
    // password database.
    static QString osUserName();

    ErrorKind lastErrorKind() const { return m_lastErrorKind; }

    // Customers
    Result<Customer> createCustomer(Customer customer);
    Result<Customer> updateCustomer(Customer customer);
    Result<Customer> customer(const QString &id);
    Result<Customer> customerByEmail(const QString &email);
    // Customers ordered by name, with tenant and instance counts; `text`
    // matches name, email or company.
    Result<QList<CustomerRow>> customerRows(const QString &text = {});

    // Tenants
    Result<Tenant> createTenant(Tenant tenant);
    // Saves the name, the slug and the customer. A new slug fails while
    // instances that are not deleted use the old one. A new customer fails
    // while any instance record, deleted ones included, belongs to the
    // tenant. Both fail with ErrorKind::Validation and name the instances.
    Result<Tenant> updateTenant(Tenant tenant);
    Result<Tenant> tenant(const QString &id);
    Result<Tenant> tenantBySlug(const QString &slug);
    Result<QList<TenantRow>> tenantRows(const QString &customerId = {});

    // Hosts
    Result<Host> createHost(Host host);
    Result<Host> updateHost(Host host);
    Result<Host> host(const QString &id);
    Result<Host> hostByName(const QString &name);
    // Hosts that are not removed, by name.
    Result<QList<Host>> hosts();
    // Removes a host that has no instances other than deleted ones: it
    // leaves hosts() and hostByName() and its name is free again, while
    // host(id) still finds it for the deleted instances' records. Fails,
    // naming them, while instances that are not deleted remain on it.
    Result<Host> removeHost(const QString &id);

    // Instances
    Result<Instance> createInstance(Instance instance);
    Result<Instance> updateInstance(Instance instance);
    Result<Instance> setInstanceStatus(const QString &id, qint64 expectedRowVersion, InstanceStatus status,
        const QString &message = {});
    Result<Instance> instance(const QString &id);
    Result<QList<InstanceRow>> instanceRows(const InstanceFilter &filter = {});
    Result<int> instanceCount(const InstanceFilter &filter = {});

    // Backups. Every change is audited as backup.<action> with the
    // backup's id as target, and a policy change with the instance's id.
    // Lists are newest first.
    Result<Backup> createBackup(Backup backup);
    // Saves every field but id, instance, kind and creation time.
    Result<Backup> updateBackup(Backup backup);
    Result<Backup> backup(const QString &id);
    Result<QList<Backup>> backups(const QString &instanceId, bool includeDeleted = false);
    Result<QList<Backup>> allBackups(bool includeDeleted = false);
    // Marks a backup that retention no longer keeps, before its files are removed.
    Result<Backup> markBackupExpired(const QString &id);
    // Records that both copies are gone: clears the path and the S3 key and
    // keeps the record, with `reason` in the audit event.
    Result<Backup> markBackupDeleted(const QString &id, const QString &reason);
    // The instance's retention policy, or the default one when none is stored.
    Result<BackupPolicy> backupPolicy(const QString &instanceId);
    Result<BackupPolicy> setBackupPolicy(BackupPolicy policy);

    // Jobs. Creation and state changes are audited; progress and log lines
    // are not, because a job writes them many times a minute.
    Result<Job> createJob(Job job);
    Result<Job> updateJob(Job job);
    Status appendJobLog(const QString &jobId, const QString &level, const QString &message);
    // Flags the job for cancellation by the process that runs it, which
    // polls the flag (see JobRunner::pollCancelRequests).
    Status requestJobCancel(const QString &id);
    Result<Job> job(const QString &id);
    // Jobs, newest first; `limit` 0 means all.
    Result<QList<Job>> jobs(int limit = 0);
    // Jobs that are queued or running, newest first. Such a job may belong
    // to a process that died (see jobs::ownerLiveness).
    Result<QList<Job>> liveJobs();
    Result<QList<JobLogLine>> jobLog(const QString &jobId);

    // Audit events, newest first.
    Result<QList<AuditEvent>> auditEvents(const QString &targetId = {}, int limit = 100);

    // Billing plans
    Result<Plan> createPlan(Plan plan);
    Result<Plan> updatePlan(Plan plan);
    Result<Plan> plan(const QString &id);
    Result<Plan> planByName(const QString &name);
    Result<QList<Plan>> plans();

    // Subscriptions. Every creation and change writes a history entry and an
    // audit event in the same transaction.
    Result<Subscription> createSubscription(Subscription subscription, const QString &note = {});
    Result<Subscription> updateSubscription(Subscription subscription, const QString &note = {});
    Result<Subscription> subscription(const QString &id);
    // The customer's subscription that is not cancelled, or nothing.
    Result<std::optional<Subscription>> liveSubscription(const QString &customerId);
    // Subscriptions ordered by creation. An empty `customerId` means all.
    Result<QList<Subscription>> subscriptions(const QString &customerId = {});
    Result<QList<SubscriptionEvent>> subscriptionEvents(const QString &subscriptionId);

    // Invoices. createInvoice computes the line amounts and totals from the
    // lines and the VAT rate. With `issue` it also gives the invoice its
    // number, in the same transaction, so a failed write leaves no gap.
    Result<Invoice> createInvoice(Invoice invoice, bool issue);
    // Issues the invoice of a subscription's period and saves `subscription`,
    // moved on to its next period, in one transaction, so a period is never
    // invoiced twice or skipped. `note` goes to the subscription's history,
    // with "%1" replaced by the invoice number. Fails with
    // ErrorKind::Conflict, writing nothing, when another session changed the
    // subscription since `subscription` was read.
    Result<Invoice> issuePeriodInvoice(Invoice invoice, Subscription subscription, const QString &note);
    Result<Invoice> issueInvoice(const QString &id, const QDate &issueDate);
    Result<Invoice> voidInvoice(const QString &id, const QString &reason);
    // Issues `invoice` for the period of the void invoice `voidedId`: same
    // customer, subscription, currency and period, with a new number and an
    // invoice.reissue audit event naming the void invoice. Fails when that
    // invoice is not void, or when the period already has a live invoice
    // (the one-invoice-per-period index), so a period is never billed twice.
    Result<Invoice> reissueInvoice(Invoice invoice, const QString &voidedId);
    Result<Invoice> invoice(const QString &id);
    Result<Invoice> invoiceByNumber(const QString &number);
    Result<QList<Invoice>> invoices(const InvoiceFilter &filter = {});

    // Payments
    Result<Payment> createPayment(Payment payment);
    // Stores a payment attempt for an open invoice before it is sent to
    // Paynow: pending, with no poll URL yet, and the next attempt number in
    // its reference ("INV-2026-000001-2"). Each attempt is stored, also one
    // that fails later, so no reference is sent twice. Fails, storing
    // nothing, when the invoice is not open or already has a pending
    // payment; the error names that payment and how to check or cancel it.
    Result<Payment> startPaymentAttempt(Payment payment);
    // Saves what Paynow returned for a started attempt: the poll URL, the
    // browser URL and Paynow's reference.
    Result<Payment> recordPaymentInitiated(Payment payment);
    // Ends a pending payment as Failed or Cancelled, with `reason`, and
    // audits it. Fails for a payment that is not pending.
    Result<Payment> closePendingPayment(const QString &paymentId, PaymentStatus status, const QString &reason);
    // Saves a Paynow status update: status, Paynow's status name and
    // reference. Fails with Conflict when another session saved the payment
    // since it was read.
    Result<Payment> updatePaymentStatus(Payment payment);
    // Applies a paid payment that was never applied, in one transaction with
    // its audit events. An open invoice is marked paid (Settled). A payment
    // for an invoice that is paid already (Overpayment) or void
    // (VoidInvoice) is recorded as money to refund and never settles
    // anything. Returns None, changing nothing, when the payment is not paid
    // or was already applied, by this or another session.
    Result<PaymentApplication> applyPayment(const QString &paymentId);
    // Records that Paynow refunded an applied payment. When the payment had
    // settled an invoice (its own, or the one it was applied to later), that
    // invoice is open again, without its paid date, so it counts as
    // outstanding and no longer as revenue. A held payment split over
    // several invoices reopens each of them. Another payment of the first
    // reopened invoice, held as an overpayment with at least its total
    // still held, pays it again in the same transaction. Returns recorded
    // false, changing nothing, for a payment that is not applied or was
    // refunded already.
    // WholePayment is a refund through Paynow, which refunds whole
    // transactions. HeldRest, for an admin who sent back the money a held
    // payment still holds, refunds only that rest of a payment partly
    // applied to invoices, which stay paid. For any other payment the two
    // are the same.
    Result<PaymentRefund> refundPayment(const QString &paymentId, RefundScope scope = RefundScope::WholePayment);
    // Records that Paynow reported a payment paid after it had failed, been
    // cancelled by Paynow or refunded: Paynow's status becomes Paid and the
    // application PaidAfterClose, with payment.paid_after_close and
    // payment.refund_due audit events. No invoice changes. Returns false,
    // changing nothing, when it is recorded already.
    Result<bool> markPaidAfterClose(const QString &paymentId);
    // Applies a paid payment held as money to refund (an overpayment, a
    // payment for a void invoice, or one paid after close) to an open
    // invoice of the same customer and currency, in one transaction with
    // payment.apply and invoice.paid audit events. An empty `invoiceId`
    // takes the payment's own invoice. The held amount must be at least the
    // invoice's total: the invoice is paid in full and the rest stays held,
    // to refund or to apply to another invoice. Once nothing is held, the
    // payment is Settled. Fails, changing nothing, for any other payment or
    // invoice.
    Result<Invoice> applyHeldPayment(const QString &paymentId, const QString &invoiceId);
    // The invoices a held payment was applied to, oldest first, with the
    // invoice numbers.
    Result<QList<PaymentAllocation>> paymentAllocations(const QString &paymentId);
    Result<Payment> payment(const QString &id);
    Result<Payment> paymentByReference(const QString &reference);
    // Payments, newest first. An empty `invoiceId` means all.
    Result<QList<Payment>> payments(const QString &invoiceId = {});

    // Billing settings: plain values such as the VAT rate and the company's
    // address. Secrets never go here, because they live in the keychain.
    Result<QMap<QString, QString>> billingSettings();
    Status setBillingSetting(const QString &key, const QString &value);

    // The customer's instance count and limit totals; `excludeInstanceId`
    // leaves one instance out, for checking a resize.
    Result<CustomerUsage> customerUsage(const QString &customerId, const QString &excludeInstanceId = {});

    // Instances that dunning suspended. addDunningSuspension keeps a row
    // that exists for the instance; replaceDunningSuspension overwrites it
    // in one transaction.
    Status addDunningSuspension(const DunningSuspension &suspension);
    Status replaceDunningSuspension(const DunningSuspension &suspension);
    Status removeDunningSuspension(const QString &instanceId);
    Result<QList<DunningSuspension>> dunningSuspensions(const QString &subscriptionId = {});

    // Writes an audit event in its own transaction, for services outside
    // the catalog whose actions change no catalog row themselves.
    Status recordAudit(const QString &action, const QString &targetType, const QString &targetId,
        const QJsonObject &details = {});

private:
    Catalog(const CatalogConfig &config, QSqlDatabase db, QString connectionName);

    // The body of a write transaction; it returns an error to roll back.
    using WriteStep = std::function<Status()>;
    Status write(const WriteStep &step);
    Status audit(const QString &action, const QString &targetType, const QString &targetId,
        const QJsonObject &details = {});
    QString actorName() const;

    void resetError() { m_lastErrorKind = ErrorKind::None; }
    QSqlQuery prepare(const QString &sql);
    Status execute(QSqlQuery &query, const QString &what);
    // A unique constraint and the validation message for a duplicate. The
    // error text names the constraint on PostgreSQL and its columns
    // ("instances.pg_server, instances.database_name") on SQLite.
    struct UniqueRule
    {
        QString constraint;
        QString sqliteColumns;
        QString message;
    };
    // Turns a unique-constraint error matching one of `rules` into a
    // validation error, any other error into a database error.
    Error constraintError(const QSqlError &error, const QString &what, std::initializer_list<UniqueRule> rules);
    Error failure(ErrorKind kind, const QString &message);
    Error conflict(const QString &table, const QString &what, const QString &id);

    Result<Customer> readCustomer(const QString &column, const QVariant &value);
    Result<Tenant> readTenant(const QString &column, const QVariant &value);
    Result<Host> readHost(const QString &column, const QVariant &value);
    Status insertCustomer(const Customer &customer);
    Status insertHost(const Host &host);
    Result<Backup> readBackup(const QString &id);
    Result<QList<Backup>> listBackups(const QString &where, const QVariantList &values);
    Status insertSubscriptionEvent(const Subscription &subscription, const QString &fromStatus, const QString &note);
    Status writeSubscriptionUpdate(Subscription &subscription, const QString &note);
    Status prepareInvoice(Invoice &invoice, bool issue);
    Status insertInvoice(Invoice &invoice, bool issue);
    Status writeInvoiceLines(const Invoice &invoice);
    Result<QList<InvoiceLine>> readInvoiceLines(const QString &invoiceId);
    Result<QString> allocateInvoiceNumber(const QDate &issueDate);
    Result<Invoice> readInvoice(const QString &column, const QVariant &value);
    Result<Payment> readPayment(const QString &column, const QVariant &value);
    Status allocateHeldPayment(Payment &payment, const Invoice &invoice, const QDateTime &now);
    void bindInstance(QSqlQuery &query, const Instance &instance, const QString &pgServer);
    QString buildInstanceWhere(const InstanceFilter &filter, QVariantList &values) const;

    CatalogConfig m_config;
    QSqlDatabase m_db;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    SqlDialect m_dialect;
    QString m_adminName;
    ErrorKind m_lastErrorKind = ErrorKind::None;
    bool m_inTransaction = false;
};

// Returns the key under which instance database names are unique:
// "host:port" with the host normalised, so that spellings of one address
// give one key (every loopback name or address becomes "loopback"). It
// is an identity for comparisons, not an address to show an admin.
QString pgServerKey(const Host &host);

} // namespace saasodoo::catalog
