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
    bool invoiceSettled = false; // this update paid the invoice, which happens at most once per payment
    QString reactivationJobId; // the job that reactivates the subscription, when one was started
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
    Result<QString> startBillingRun(const QDate &today, bool invoicesOnly = false);

    // Stores the Paynow integration of `currency` in the keychain.
    QFuture<Status> storePaynowCredentials(catalog::Currency currency, const QString &integrationId,
        const QString &integrationKey);

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

    // Polls Paynow once for the payment's status and applies it.
    QFuture<Result<PaymentUpdateResult>> pollPayment(const QString &paymentId);

    // Verifies and applies a status message that Paynow POSTed to the result
    // URL, for a relay that forwards those posts.
    QFuture<Result<PaymentUpdateResult>> handleStatusMessage(const QByteArray &body, catalog::Currency currency);

    // Applies a status message POSTed to the result URL once its hash
    // passes with the integration key of the payment's currency. The message's
    // reference selects the payment. Fails, changing nothing, for an unknown
    // payment or a wrong hash.
    QFuture<Result<PaymentUpdateResult>> handleResultPost(const QByteArray &body);

    // Applies a verified status update to its stored payment: the status is
    // saved when it moves forward, and a paid payment settles its invoice
    // exactly once, even when the same update arrives again or from two
    // sessions at once. Fails, changing nothing, for an unknown reference or
    // a different amount or Paynow reference.
    Result<PaymentUpdateResult> applyStatusUpdate(const StatusUpdate &update);

    // Exports an issued invoice as PDF. Needs a QGuiApplication.
    Status exportInvoicePdf(const QString &invoiceId, const QString &path);

signals:
    void paymentUpdated(const saasodoo::catalog::Payment &payment);

private:
    using CredentialsHandler = std::function<void(const Result<PaynowCredentials> &)>;
    // Reads the integration of `currency` from the keychain and calls
    // `handler` on this object's thread.
    void readCredentials(catalog::Currency currency, CredentialsHandler handler);
    Result<PaynowSettings> paynowSettings();
    QFuture<Result<catalog::Payment>> requestPayment(const QString &invoiceId, catalog::PaymentMethod method,
        const QString &phone, const QString &email);
    Result<QString> startReactivation(const QString &subscriptionId);

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
