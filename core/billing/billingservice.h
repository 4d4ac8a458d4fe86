// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/billingrun.h"
#include "core/billing/paynowmessages.h"
#include "core/billing/paynowtracker.h"
#include "core/catalog/billingentities.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QDate>
#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace saasodoo::catalog {
class Catalog;
}
namespace saasodoo::jobs {
class JobRunner;
}
namespace saasodoo::provisioning {
class Provisioner;
}
namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::billing {

// The result of applying one Paynow status update to a stored payment.
struct PaymentUpdateResult
{
    catalog::Payment payment; // as stored after the update
    UpdateOutcome outcome = UpdateOutcome::Applied;
    bool invoiceSettled = false; // this update paid the invoice, which happens at most once per invoice
    // How this update applied the payment: Settled, or Overpayment and
    // VoidInvoice for money to refund. None when nothing was applied now.
    catalog::PaymentApplication application = catalog::PaymentApplication::None;
    bool refunded = false; // this update recorded Paynow's refund of an applied payment
    // The invoice that refund reopened, and the held overpayment that paid it
    // again at once, if any.
    catalog::PaymentRefund refund;
    // This update reported the payment paid after it had failed, been
    // cancelled by Paynow or refunded (application PaidAfterClose).
    bool paidAfterClose = false;
    QString reactivationJobId; // the first of reactivationJobIds, or empty
    // The jobs that reactivate the customer's subscriptions: one per
    // subscription that needed it, when the payment settled the last
    // overdue invoice.
    QStringList reactivationJobIds;
};

// A status update POSTed to the result URL, applied or rejected. A
// temporary failure is on this side (the keychain or the catalog could not
// be read), so the listener returns 503 and Paynow sends the update again.
struct ResultPostOutcome
{
    Result<PaymentUpdateResult> result = makeError(QString());
    bool temporary = false;
};

// Subscriptions, invoices and Paynow payments for the console and the CLI.
//
// A BillingService lives on the thread that created it, usually the UI
// thread, and uses the catalog opened on that thread. Calls that reach
// Paynow or the keychain return a QFuture at once, and the future finishes on
// the service's thread, whose event loop must run. Long work (the billing
// run, suspending and resuming instances) runs as jobs on the JobRunner, so
// it shows in the Jobs pane and never blocks the caller.
//
// The Paynow integration id and key are read from the keychain for each
// request (see paynowIntegrationIdKey) and never stored elsewhere.
class BillingService : public QObject
{
    Q_OBJECT

public:
    BillingService(catalog::Catalog *catalog, secrets::SecretStore *secrets, QObject *parent = nullptr);
    ~BillingService() override;

    // Enables jobs: the billing run, and the reactivation that follows a
    // payment. Without a runner, a payment still settles its invoice and the
    // next billing run reactivates the subscription.
    void setJobRunner(jobs::JobRunner *runner, provisioning::Provisioner *provisioner);

    // Overrides how long one Paynow request may take (30 s by default).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    // What a billing run on `today` would do. Changes nothing.
    Result<QList<BillingAction>> previewBillingRun(const QDate &today);
    // Starts the billing run of `today` as a job and returns its id. With
    // `invoicesOnly` the job only issues the invoices of periods that started.
    // A day after today (UTC) is rejected, because only the preview looks ahead.
    Result<QString> startBillingRun(const QDate &today, bool invoicesOnly = false);

    // Starts a billing.reactivate job for the subscription: it is made active
    // again when no overdue invoice is left, and the instances that dunning
    // suspended resume. Returns an empty id without a job runner.
    Result<QString> startReactivation(const QString &subscriptionId);

    // Stores the Paynow integration of `currency` in the keychain.
    QFuture<Status> storePaynowCredentials(catalog::Currency currency, const QString &integrationId,
        const QString &integrationKey);

    // Each request first stores the attempt with the next merchant reference,
    // and fails while another payment of the invoice is pending. An attempt
    // that Paynow rejects, or that times out, is kept as failed with the
    // reason.
    //
    // Starts a Paynow web checkout for an open invoice. The stored payment
    // has the browser URL to give the customer and the poll URL. `email` is
    // optional (Paynow fills the checkout form with it).
    QFuture<Result<catalog::Payment>> requestWebPayment(const QString &invoiceId, const QString &email = {});

    // Starts an EcoCash or OneMoney express checkout: Paynow prompts the
    // customer's phone. The number must be on the method's network, and a
    // wrong one fails before anything is sent. Paynow requires `email`, so the
    // customer's email is used when it is empty.
    QFuture<Result<catalog::Payment>> requestMobilePayment(const QString &invoiceId, catalog::PaymentMethod method,
        const QString &phone, const QString &email = {});

    // Cancels a pending payment in the catalog, so the invoice can take a new
    // request or be voided. Paynow has no cancel request; if the customer
    // pays the cancelled transaction anyway, its paid status is still
    // applied (or recorded as money to refund).
    Result<catalog::Payment> cancelPayment(const QString &paymentId, const QString &reason);

    // Polls Paynow once for the payment's status and applies it. A payment
    // without a poll URL, because its request failed, returns its stored
    // status as a Duplicate when a status update to the result URL reached
    // it, and fails otherwise, as there is nothing to poll.
    QFuture<Result<PaymentUpdateResult>> pollPayment(const QString &paymentId);

    // Verifies and applies a status message that Paynow POSTed to the result
    // URL, for a relay that forwards those posts.
    QFuture<Result<PaymentUpdateResult>> handleStatusMessage(const QByteArray &body, catalog::Currency currency);

    // Applies a status message POSTed to the result URL once its hash
    // passes with the integration key of the payment's currency. The message's
    // reference selects the payment. Fails, changing nothing, for an unknown
    // payment or a wrong hash.
    QFuture<Result<PaymentUpdateResult>> handleResultPost(const QByteArray &body);
    // The same, telling a temporary failure (keychain or catalog) from a
    // rejected update, for the result URL listener. When the catalog's
    // connection was lost (its server restarted), it reconnects and tries
    // the update once more.
    QFuture<ResultPostOutcome> processResultPost(const QByteArray &body);

    // Applies a verified status update to its stored payment: the status is
    // saved when it moves forward, and a paid payment is applied exactly
    // once, even when the same update arrives again or from two sessions at
    // once. It settles an open invoice; for an invoice already paid or void
    // it is recorded as money to refund. A Refunded status for an applied
    // payment reopens the invoice it had settled. Fails, changing nothing,
    // for an unknown reference or a different amount or Paynow reference.
    Result<PaymentUpdateResult> applyStatusUpdate(const StatusUpdate &update);
    // Applies a payment held as money to refund to an open invoice of the
    // same customer and currency (Catalog::applyHeldPayment; an empty
    // `invoiceId` is the payment's own invoice), then starts the
    // reactivations that any settling payment starts.
    Result<PaymentUpdateResult> applyHeldPayment(const QString &paymentId, const QString &invoiceId = {});
    // Does what applyHeldPayment() does after the catalog write, for a
    // held payment that another catalog connection (a worker thread's)
    // applied to an invoice of `customerId`: starts the reactivations and
    // emits paymentUpdated().
    Result<PaymentUpdateResult> heldPaymentApplied(const catalog::Payment &payment, const QString &customerId);

    // Exports an issued invoice as PDF. Needs a QGuiApplication.
    Status exportInvoicePdf(const QString &invoiceId, const QString &path);

signals:
    void paymentUpdated(const saasodoo::catalog::Payment &payment);

private:
    // Starts a reactivation job for each subscription of the customer that
    // needs one after a payment settled an invoice, and lists them in `result`.
    Status startCustomerReactivations(const QString &customerId, PaymentUpdateResult &result);
    using CredentialsHandler = std::function<void(const Result<PaynowCredentials> &)>;
    // Reads the integration of `currency` from the keychain and calls
    // `handler` on this object's thread.
    void readCredentials(catalog::Currency currency, CredentialsHandler handler);
    Result<PaynowSettings> paynowSettings();
    // One attempt of processResultPost.
    QFuture<ResultPostOutcome> processResultPostOnce(const QByteArray &body);
    QFuture<Result<catalog::Payment>> requestPayment(const QString &invoiceId, catalog::PaymentMethod method,
        const QString &phone, const QString &email);
    // applyStatusUpdate; sets `temporaryFailure` when the failure was the
    // catalog's rather than the update's.
    Result<PaymentUpdateResult> applyUpdate(const StatusUpdate &update, bool &temporaryFailure);

    catalog::Catalog *m_catalog;
    secrets::SecretStore *m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    jobs::JobRunner *m_runner = nullptr;
    provisioning::Provisioner *m_provisioner = nullptr;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
};

// Maps a Paynow payment state to the catalog's payment status.
catalog::PaymentStatus paymentStatusFor(PaymentState state);

} // namespace saasodoo::billing
