// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingservice.h"

#include "core/billing/billingjobs.h"
#include "core/billing/billingsettings.h"
#include "core/billing/invoicepdf.h"
#include "core/billing/paynowclient.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogfiles.h"
#include "core/catalog/connectionrecovery.h"
#include "core/catalog/validation.h"
#include "core/common/logging.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QRegularExpression>

namespace saasodoo::billing {

namespace {

template<typename T>
QFuture<Result<T>> readyError(const QString &message)
{
    return QtFuture::makeReadyFuture(Result<T>(makeError(message)));
}

template<typename T>
void finish(const std::shared_ptr<QPromise<Result<T>>> &promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

std::optional<MobileMoneyMethod> mobileMethod(catalog::PaymentMethod method)
{
    switch (method) {
    case catalog::PaymentMethod::EcoCash:
        return MobileMoneyMethod::EcoCash;
    case catalog::PaymentMethod::OneMoney:
        return MobileMoneyMethod::OneMoney;
    case catalog::PaymentMethod::Web:
        break;
    }
    return std::nullopt;
}

} // namespace

catalog::PaymentStatus paymentStatusFor(PaymentState state)
{
    switch (state) {
    case PaymentState::Pending:
        return catalog::PaymentStatus::Pending;
    case PaymentState::Paid:
        return catalog::PaymentStatus::Paid;
    case PaymentState::Cancelled:
        return catalog::PaymentStatus::Cancelled;
    case PaymentState::Failed:
        return catalog::PaymentStatus::Failed;
    case PaymentState::Flagged:
        return catalog::PaymentStatus::Flagged;
    }
    return catalog::PaymentStatus::Failed;
}

BillingService::BillingService(catalog::Catalog *catalog, secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

BillingService::~BillingService() = default;

void BillingService::setJobRunner(jobs::JobRunner *runner, provisioning::Provisioner *provisioner)
{
    m_runner = runner;
    m_provisioner = provisioner;
}

Result<QList<BillingAction>> BillingService::previewBillingRun(const QDate &today)
{
    return planBillingRun(*m_catalog, today);
}

Result<QString> BillingService::startBillingRun(const QDate &today, bool invoicesOnly)
{
    if (!m_runner)
        return makeError(tr("The billing run needs the job runner, which this session has not set up."));
    // A run dated after today would suspend customers whose invoices are not
    // overdue yet, and its invoices would block earlier-dated ones.
    const QDate utcToday = QDateTime::currentDateTimeUtc().date();
    if (today > utcToday) {
        return makeError(tr("The billing run cannot run for %1, which is after today (%2, UTC), because it would issue "
                            "invoices early and suspend customers whose invoices are not overdue yet. Preview that "
                            "day instead.")
                             .arg(today.toString(Qt::ISODate), utcToday.toString(Qt::ISODate)));
    }
    return m_runner->submit(billingRunRequest(today, invoicesOnly),
        billingRunBody(m_catalog->config(), m_provisioner, today, invoicesOnly));
}

Result<QString> BillingService::startReactivation(const QString &subscriptionId)
{
    if (!m_runner)
        return QString();
    jobs::JobInfo request;
    request.kind = QStringLiteral("billing.reactivate");
    request.title = tr("Reactivate subscription %1 after a payment").arg(subscriptionId);
    request.targetType = QStringLiteral("subscription");
    request.targetId = subscriptionId;
    const catalog::CatalogConfig config = m_catalog->config();
    provisioning::Provisioner *provisioner = m_provisioner;
    return m_runner->submit(request, [config, provisioner, subscriptionId](jobs::JobContext &context) -> Status {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
        if (!opened)
            return makeError(opened.error());
        return reactivateIfSettled(*opened.value(), provisioner, context, subscriptionId,
            QDateTime::currentDateTimeUtc().date());
    });
}

QFuture<Status> BillingService::storePaynowCredentials(catalog::Currency currency, const QString &integrationId,
    const QString &integrationKey)
{
    if (integrationId.trimmed().isEmpty() || integrationKey.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(Status(makeError(tr("The Paynow integration id and key are both required."))));
    // Paynow's integration ids are numbers. Stored without leading zeros,
    // one id has one spelling, so the check against the other currency's
    // id below compares like with like.
    static const QRegularExpression numeric(QStringLiteral("^[0-9]{1,12}$"));
    if (!numeric.match(integrationId.trimmed()).hasMatch()) {
        return QtFuture::makeReadyFuture(Status(makeError(
            tr("The Paynow integration id \"%1\" is invalid: Paynow's integration ids are numbers, such as 12345. "
               "Copy it from the Paynow dashboard.")
                .arg(integrationId.trimmed().left(40)))));
    }
    // Paynow's integration ids are positive numbers, so 0 (also spelled
    // "000") names no integration and every request with it would fail.
    if (integrationId.trimmed().toULongLong() == 0) {
        return QtFuture::makeReadyFuture(Status(makeError(
            tr("The Paynow integration id \"%1\" is invalid: Paynow's integration ids are positive numbers, such "
               "as 12345. Copy it from the Paynow dashboard.")
                .arg(integrationId.trimmed()))));
    }
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    const QString id = QString::number(integrationId.trimmed().toULongLong());
    const QString key = integrationKey.trimmed();
    const QString idName = paynowIntegrationIdKey(currency);
    const QString keyName = paynowIntegrationKeyKey(currency);
    const catalog::Currency other
        = currency == catalog::Currency::Usd ? catalog::Currency::Zwg : catalog::Currency::Usd;
    const QString currencyName = catalog::toString(currency);
    const QString otherName = catalog::toString(other);
    secrets::SecretStore *store = m_secrets;
    // Paynow issues one integration per currency, and a payment made through
    // the other currency's integration is paid in that currency. A missing
    // or unreadable entry for the other currency is no conflict.
    m_secrets->read(paynowIntegrationIdKey(other))
        .then(this, [this, promise, store, id, key, idName, keyName, currencyName, otherName](
                        const Result<QString> &existing) {
            if (existing && QString::number(existing->trimmed().toULongLong()) == id) {
                promise->addResult(Status(makeError(
                    tr("This Paynow integration id is already stored for %1. Paynow issues a separate integration "
                       "for each currency: store the id and key of the %2 integration from the Paynow dashboard.")
                        .arg(otherName, currencyName))));
                promise->finish();
                return;
            }
            store->write(idName, id).then(this, [promise, store, keyName, key](const Status &written) {
                if (!written) {
                    promise->addResult(written);
                    promise->finish();
                    return;
                }
                store->write(keyName, key).then([promise](const Status &stored) {
                    promise->addResult(stored);
                    promise->finish();
                });
            });
        });
    return promise->future();
}

void BillingService::readCredentials(catalog::Currency currency, CredentialsHandler handler)
{
    const QString idKey = paynowIntegrationIdKey(currency);
    const QString keyKey = paynowIntegrationKeyKey(currency);
    const QString currencyName = catalog::toString(currency);
    secrets::SecretStore *store = m_secrets;
    // The keychain is read every time, because `saasodoo payment
    // set-integration` in another process may have changed or removed the
    // integration since this long-running process read it.
    m_secrets->readFromKeychain(idKey).then(this, [this, store, keyKey, currencyName, handler](const Result<QString> &id) {
        if (!id) {
            handler(makeError(tr("Could not read the Paynow integration id for %1 from the keychain: %2 If it was "
                                 "never stored, store it with 'saasodoo payment set-integration --currency %1'.")
                                  .arg(currencyName, id.error())));
            return;
        }
        const QString integrationId = id.value();
        store->readFromKeychain(keyKey).then(this, [integrationId, currencyName, handler](const Result<QString> &key) {
            if (!key) {
                handler(makeError(tr("Could not read the Paynow integration key for %1 from the keychain: %2 If "
                                     "it was never stored, store it with 'saasodoo payment set-integration "
                                     "--currency %1'.")
                                      .arg(currencyName, key.error())));
                return;
            }
            handler(PaynowCredentials { integrationId, key.value() });
        });
    });
}

Result<PaynowSettings> BillingService::paynowSettings()
{
    const Result<BillingSettings> stored = loadBillingSettings(*m_catalog);
    if (!stored)
        return makeError(stored.error());
    PaynowSettings settings;
    settings.baseUrl = stored->paynowBaseUrl;
    settings.returnUrl = stored->paynowReturnUrl;
    settings.resultUrl = stored->paynowResultUrl;
    settings.requestTimeout = m_requestTimeout;
    if (!settings.returnUrl.isValid() || !settings.resultUrl.isValid()) {
        return makeError(tr("The Paynow return and result URLs are not set. Set paynow_return_url and "
                            "paynow_result_url in the billing settings."));
    }
    return settings;
}

QFuture<Result<catalog::Payment>> BillingService::requestWebPayment(const QString &invoiceId, const QString &email)
{
    return requestPayment(invoiceId, catalog::PaymentMethod::Web, QString(), email);
}

QFuture<Result<catalog::Payment>> BillingService::requestMobilePayment(const QString &invoiceId,
    catalog::PaymentMethod method, const QString &phone, const QString &email)
{
    if (!mobileMethod(method))
        return readyError<catalog::Payment>(tr("Choose EcoCash or OneMoney for a mobile payment."));
    return requestPayment(invoiceId, method, phone, email);
}

QFuture<Result<catalog::Payment>> BillingService::requestPayment(const QString &invoiceId,
    catalog::PaymentMethod method, const QString &phone, const QString &email)
{
    const Result<catalog::Invoice> invoice = m_catalog->invoice(invoiceId);
    if (!invoice)
        return readyError<catalog::Payment>(invoice.error());
    if (invoice->status != catalog::InvoiceStatus::Open) {
        return readyError<catalog::Payment>(tr("Invoice %1 is %2; only an open invoice can be paid.")
                                                .arg(invoice->number.isEmpty() ? invoice->id : invoice->number,
                                                    catalog::toString(invoice->status)));
    }
    const Result<catalog::Customer> customer = m_catalog->customer(invoice->customerId);
    if (!customer)
        return readyError<catalog::Payment>(customer.error());

    // A wrong number fails here, before the keychain or Paynow is asked.
    const std::optional<MobileMoneyMethod> mobile = mobileMethod(method);
    QString wallet;
    if (mobile) {
        const Result<QString> normalised = normaliseWalletNumber(phone, *mobile);
        if (!normalised)
            return readyError<catalog::Payment>(normalised.error());
        wallet = normalised.value();
    }
    // A wrong address fails here too, because an attempt rejected later has
    // used up its merchant reference.
    if (!email.trimmed().isEmpty()) {
        if (const Status valid = catalog::validateEmail(tr("The payer's email"), email.trimmed()); !valid)
            return readyError<catalog::Payment>(valid.error());
    }
    const Result<PaynowSettings> settings = paynowSettings();
    if (!settings)
        return readyError<catalog::Payment>(settings.error());

    catalog::Payment record;
    record.invoiceId = invoice->id;
    record.method = method;
    record.phone = wallet;
    record.amountCents = invoice->totalCents;
    record.currency = invoice->currency;

    PaymentRequest request;
    request.amountCents = invoice->totalCents;
    request.additionalInfo = tr("Invoice %1").arg(invoice->number);
    // --email first, then the merchant's paynow_auth_email, then the customer's.
    const Result<BillingSettings> billingSettings = loadBillingSettings(*m_catalog);
    if (!billingSettings)
        return readyError<catalog::Payment>(billingSettings.error());
    request.authEmail = !email.trimmed().isEmpty() ? email.trimmed()
        : !billingSettings->paynowAuthEmail.isEmpty() ? billingSettings->paynowAuthEmail
                                                      : customer->email;

    auto promise = std::make_shared<QPromise<Result<catalog::Payment>>>();
    promise->start();
    const PaynowSettings paynow = settings.value();
    readCredentials(invoice->currency,
        [this, promise, paynow, request, record, mobile, wallet](const Result<PaynowCredentials> &credentials) {
            if (!credentials) {
                finish(promise, Result<catalog::Payment>(makeError(credentials.error())));
                return;
            }
            // The attempt is stored before anything is sent: it takes the
            // next reference, and the catalog rejects it while another
            // payment of the invoice is pending.
            const Result<catalog::Payment> attempt = m_catalog->startPaymentAttempt(record);
            if (!attempt) {
                finish(promise, attempt);
                return;
            }
            PaymentRequest sent = request;
            sent.reference = attempt->reference;
            auto client = std::make_shared<PaynowClient>(m_network.get(), paynow, credentials.value());
            QFuture<Result<InitiateResponse>> started = mobile
                ? client->initiateMobilePayment(sent, *mobile, wallet)
                : client->initiateWebPayment(sent);
            const catalog::Payment stored = attempt.value();
            started.then(this, [this, promise, client, stored](const Result<InitiateResponse> &response) {
                if (!response) {
                    // NOTE: after a timeout Paynow may still have created the
                    // transaction. Its result POST then finds this payment,
                    // and a paid status is applied as usual.
                    const Result<catalog::Payment> closed = m_catalog->closePendingPayment(stored.id,
                        catalog::PaymentStatus::Failed, response.error());
                    if (!closed) {
                        qCWarning(lcBilling).noquote() << "Payment attempt" << stored.reference
                                                       << "failed, and the catalog did not record it:" << closed.error();
                    }
                    finish(promise, Result<catalog::Payment>(makeError(response.error())));
                    return;
                }
                catalog::Payment payment = stored;
                payment.pollUrl = response->pollUrl.toString();
                payment.browserUrl = response->browserUrl.toString();
                payment.paynowReference = response->paynowReference;
                const Result<catalog::Payment> saved = m_catalog->recordPaymentInitiated(payment);
                if (!saved) {
                    qCWarning(lcBilling).noquote() << "Paynow accepted payment" << payment.reference
                                                   << "but the catalog did not store its poll URL:" << saved.error();
                }
                finish(promise, saved);
            });
        });
    return promise->future();
}

Result<catalog::Payment> BillingService::cancelPayment(const QString &paymentId, const QString &reason)
{
    const QString text = reason.trimmed().isEmpty() ? tr("Cancelled by an admin.") : reason.trimmed();
    Result<catalog::Payment> cancelled
        = m_catalog->closePendingPayment(paymentId, catalog::PaymentStatus::Cancelled, text);
    if (cancelled)
        emit paymentUpdated(cancelled.value());
    return cancelled;
}

QFuture<Result<PaymentUpdateResult>> BillingService::pollPayment(const QString &paymentId)
{
    const Result<catalog::Payment> payment = m_catalog->payment(paymentId);
    if (!payment)
        return readyError<PaymentUpdateResult>(payment.error());
    if (payment->pollUrl.isEmpty() && payment->status == catalog::PaymentStatus::Pending) {
        // The attempt is stored before the request is sent, so a request
        // that was killed, or is still running, leaves it like this.
        return readyError<PaymentUpdateResult>(
            tr("Payment %1 has no poll URL, because the request that created it did not finish: it was interrupted "
               "or is still running. It is unknown whether Paynow accepted it. Look up merchant reference %1 in "
               "the Paynow dashboard, then cancel it with 'saasodoo payment cancel %1' before you request a new "
               "payment. If the customer pays it anyway, Paynow's status update to the result URL still applies "
               "it.")
                .arg(payment->reference));
    }
    if (payment->pollUrl.isEmpty() && !payment->paynowStatus.isEmpty()) {
        // The request failed, but Paynow registered the payment anyway and
        // its status update to the result URL was applied. There is still
        // nothing to poll, so the stored status is the latest known.
        PaymentUpdateResult stored;
        stored.payment = payment.value();
        stored.outcome = UpdateOutcome::Duplicate;
        return QtFuture::makeReadyFuture(Result<PaymentUpdateResult>(stored));
    }
    if (payment->pollUrl.isEmpty()) {
        return readyError<PaymentUpdateResult>(
            tr("Payment %1 has no poll URL, because its request failed (%2), so there is nothing to poll. If "
               "Paynow registered it anyway, its status update to the result URL is still applied.")
                .arg(payment->reference,
                    payment->failureReason.isEmpty() ? catalog::toString(payment->status) : payment->failureReason));
    }
    const Result<PaynowSettings> settings = paynowSettings();
    if (!settings)
        return readyError<PaymentUpdateResult>(settings.error());

    auto promise = std::make_shared<QPromise<Result<PaymentUpdateResult>>>();
    promise->start();
    const PaynowSettings paynow = settings.value();
    const QUrl pollUrl(payment->pollUrl);
    readCredentials(payment->currency, [this, promise, paynow, pollUrl](const Result<PaynowCredentials> &credentials) {
        if (!credentials) {
            finish(promise, Result<PaymentUpdateResult>(makeError(credentials.error())));
            return;
        }
        auto client = std::make_shared<PaynowClient>(m_network.get(), paynow, credentials.value());
        client->pollStatus(pollUrl).then(this, [this, promise, client](const Result<StatusUpdate> &update) {
            if (!update) {
                finish(promise, Result<PaymentUpdateResult>(makeError(update.error())));
                return;
            }
            finish(promise, applyStatusUpdate(update.value()));
        });
    });
    return promise->future();
}

QFuture<Result<PaymentUpdateResult>> BillingService::handleStatusMessage(const QByteArray &body,
    catalog::Currency currency)
{
    auto promise = std::make_shared<QPromise<Result<PaymentUpdateResult>>>();
    promise->start();
    readCredentials(currency, [this, promise, body](const Result<PaynowCredentials> &credentials) {
        if (!credentials) {
            finish(promise, Result<PaymentUpdateResult>(makeError(credentials.error())));
            return;
        }
        const Result<StatusUpdate> update = parseStatusUpdate(body, credentials->integrationKey);
        if (!update) {
            finish(promise, Result<PaymentUpdateResult>(makeError(update.error())));
            return;
        }
        finish(promise, applyStatusUpdate(update.value()));
    });
    return promise->future();
}

QFuture<Result<PaymentUpdateResult>> BillingService::handleResultPost(const QByteArray &body)
{
    return processResultPost(body).then(this, [](const ResultPostOutcome &outcome) { return outcome.result; });
}

QFuture<ResultPostOutcome> BillingService::processResultPost(const QByteArray &body)
{
    return processResultPostOnce(body).then(this, [this, body](const ResultPostOutcome &outcome) {
        if (outcome.result || !outcome.temporary)
            return QtFuture::makeReadyFuture(outcome);
        // A long-running listener outlives PostgreSQL restarts, which drop
        // its connection; Paynow's retries must not all fail for that.
        const Result<bool> reopened = catalog::reopenIfLost(m_catalog->database(), m_catalog->backend());
        if (!reopened) {
            qCWarning(lcBilling).noquote() << reopened.error();
            return QtFuture::makeReadyFuture(outcome);
        }
        if (!reopened.value())
            return QtFuture::makeReadyFuture(outcome);
        return processResultPostOnce(body);
    }).unwrap();
}

QFuture<ResultPostOutcome> BillingService::processResultPostOnce(const QByteArray &body)
{
    const auto ready = [](const QString &message, bool temporary) {
        return QtFuture::makeReadyFuture(ResultPostOutcome { makeError(message), temporary });
    };
    // The reference is read before the hash is checked only to choose the
    // integration key; nothing is changed until the hash has passed.
    const Result<FormFields> fields = decodeForm(body);
    if (!fields)
        return ready(tr("The Paynow status update is not a form: %1").arg(fields.error()), false);
    const QString reference = fieldValue(fields.value(), u"reference");
    if (reference.isEmpty())
        return ready(tr("The Paynow status update has no reference."), false);
    const Result<catalog::Payment> payment = m_catalog->paymentByReference(reference);
    if (!payment) {
        if (m_catalog->lastErrorKind() != catalog::ErrorKind::NotFound)
            return ready(payment.error(), true);
        return ready(
            tr("Paynow sent a status for payment %1, which the catalog does not have; it was ignored.").arg(reference),
            false);
    }

    auto promise = std::make_shared<QPromise<ResultPostOutcome>>();
    promise->start();
    readCredentials(payment->currency, [this, promise, body](const Result<PaynowCredentials> &credentials) {
        ResultPostOutcome outcome;
        if (!credentials) {
            // The keychain is locked or unreachable: the update may be good,
            // so Paynow should send it again later.
            outcome.temporary = true;
            outcome.result = makeError(tr("%1 The update is not applied yet, and Paynow will send it again.")
                                           .arg(credentials.error()));
        } else if (const Result<StatusUpdate> update = parseStatusUpdate(body, credentials->integrationKey); !update) {
            outcome.result = makeError(update.error());
        } else {
            outcome.result = applyUpdate(update.value(), outcome.temporary);
        }
        promise->addResult(std::move(outcome));
        promise->finish();
    });
    return promise->future();
}

Result<PaymentUpdateResult> BillingService::applyStatusUpdate(const StatusUpdate &update)
{
    bool temporary = false;
    return applyUpdate(update, temporary);
}

Result<PaymentUpdateResult> BillingService::applyUpdate(const StatusUpdate &update, bool &temporaryFailure)
{
    temporaryFailure = false;
    const Result<catalog::Payment> loaded = m_catalog->paymentByReference(update.reference);
    if (!loaded) {
        temporaryFailure = m_catalog->lastErrorKind() != catalog::ErrorKind::NotFound;
        if (temporaryFailure)
            return makeError(loaded.error());
        return makeError(tr("Paynow sent a status for payment %1, which the catalog does not have; it was ignored.")
                             .arg(update.reference));
    }
    catalog::Payment payment = loaded.value();
    if (!update.amount.isEmpty()) {
        const std::optional<qint64> cents = parseAmountCents(update.amount);
        if (!cents || *cents != payment.amountCents) {
            return makeError(tr("Paynow reported amount %1 for payment %2 of %3; the update was rejected.")
                                 .arg(update.amount, payment.reference,
                                     catalog::formatMoney(payment.amountCents, payment.currency)));
        }
    }
    if (!payment.paynowReference.isEmpty() && !update.paynowReference.isEmpty()
        && payment.paynowReference != update.paynowReference) {
        return makeError(tr("Paynow reported Paynow reference %1 for payment %2, which has %3; the update was "
                            "rejected.")
                             .arg(update.paynowReference, payment.reference, payment.paynowReference));
    }

    // From here on every failure is the catalog's, and Paynow may retry.
    temporaryFailure = true;
    PaymentUpdateResult result;
    const std::optional<PaynowStatus> current = parsePaynowStatus(payment.paynowStatus);
    result.outcome = classifyStatusChange(current, update.status);
    // Money that Paynow reports received for a payment it had failed,
    // cancelled or refunded: held for an admin to refund or apply, and
    // never settling an invoice by itself.
    if (current && paymentStateFor(update.status) == PaymentState::Paid
        && (isFailedState(paymentStateFor(*current)) || *current == PaynowStatus::Refunded)) {
        const Result<bool> marked = m_catalog->markPaidAfterClose(payment.id);
        if (!marked)
            return makeError(marked.error());
        result.paidAfterClose = marked.value();
        result.outcome = marked.value() ? UpdateOutcome::Applied : UpdateOutcome::Duplicate;
        if (marked.value()) {
            result.application = catalog::PaymentApplication::PaidAfterClose;
            qCWarning(lcBilling).noquote()
                << QStringLiteral("Paynow reported payment %1 %2 after %3; it is recorded as money to refund or apply.")
                       .arg(payment.reference, paynowStatusName(update.status), payment.paynowStatus);
        }
        const Result<catalog::Payment> reread = m_catalog->payment(payment.id);
        if (!reread)
            return makeError(reread.error());
        temporaryFailure = false;
        result.payment = reread.value();
        emit paymentUpdated(result.payment);
        return result;
    }
    if (result.outcome == UpdateOutcome::Applied) {
        payment.status = paymentStatusFor(paymentStateFor(update.status));
        payment.paynowStatus = paynowStatusName(update.status);
        if (payment.paynowReference.isEmpty())
            payment.paynowReference = update.paynowReference;
        const Result<catalog::Payment> saved = m_catalog->updatePaymentStatus(payment);
        if (!saved)
            return makeError(saved.error());
        payment = saved.value();
    } else if (result.outcome == UpdateOutcome::IgnoredConflict) {
        qCWarning(lcBilling).noquote()
            << QStringLiteral("Paynow sent %1 for payment %2 after %3, so the update was ignored.")
                   .arg(paynowStatusName(update.status), payment.reference, payment.paynowStatus);
    }

    // Applying is idempotent, so a duplicate update also completes an
    // earlier one that stopped between saving the status and applying.
    if (payment.status == catalog::PaymentStatus::Paid) {
        const Result<catalog::PaymentApplication> applied = m_catalog->applyPayment(payment.id);
        if (!applied)
            return makeError(applied.error());
        result.application = applied.value();
        result.invoiceSettled = applied.value() == catalog::PaymentApplication::Settled;
        if (applied.value() != catalog::PaymentApplication::None) {
            const Result<catalog::Payment> reread = m_catalog->payment(payment.id);
            if (reread)
                payment = reread.value();
        }
        if (applied.value() == catalog::PaymentApplication::Overpayment
            || applied.value() == catalog::PaymentApplication::VoidInvoice) {
            qCWarning(lcBilling).noquote()
                << QStringLiteral("Payment %1 was paid for an invoice that is %2, so it is recorded as money to refund.")
                       .arg(payment.reference,
                           applied.value() == catalog::PaymentApplication::Overpayment ? QStringLiteral("paid already")
                                                                                         : QStringLiteral("void"));
        }
        if (result.invoiceSettled) {
            const Result<catalog::Invoice> invoice = m_catalog->invoice(payment.invoiceId);
            if (!invoice)
                return makeError(invoice.error());
            if (Status started = startCustomerReactivations(invoice->customerId, result); !started)
                return makeError(started.error());
        }
    } else if (payment.paynowStatus == paynowStatusName(PaynowStatus::Refunded) && payment.appliedAt.isValid()) {
        // A full refund: Paynow refunds whole transactions only. A Paid
        // status after it is recorded as paid after close (above).
        const Result<catalog::PaymentRefund> refunded = m_catalog->refundPayment(payment.id);
        if (!refunded)
            return makeError(refunded.error());
        result.refunded = refunded->recorded;
        result.refund = refunded.value();
        if (refunded->recorded) {
            const Result<catalog::Payment> reread = m_catalog->payment(payment.id);
            if (reread)
                payment = reread.value();
        }
    }
    temporaryFailure = false;
    result.payment = payment;
    emit paymentUpdated(payment);
    return result;
}

Status BillingService::startCustomerReactivations(const QString &customerId, PaymentUpdateResult &result)
{
    // Every subscription of the customer is checked, because the last
    // overdue invoice may belong to a cancelled subscription whose suspended
    // instances now resume.
    const Result<QList<catalog::Subscription>> subscriptions = m_catalog->subscriptions(customerId);
    if (!subscriptions)
        return makeError(subscriptions.error());
    for (const catalog::Subscription &subscription : subscriptions.value()) {
        const Result<bool> reactivate
            = needsReactivation(*m_catalog, subscription.id, QDateTime::currentDateTimeUtc().date());
        if (!reactivate)
            return makeError(reactivate.error());
        if (!reactivate.value())
            continue;
        const Result<QString> job = startReactivation(subscription.id);
        if (!job)
            return makeError(job.error());
        if (job->isEmpty())
            continue;
        result.reactivationJobIds.append(job.value());
        if (result.reactivationJobId.isEmpty())
            result.reactivationJobId = job.value();
    }
    return {};
}

Result<PaymentUpdateResult> BillingService::applyHeldPayment(const QString &paymentId, const QString &invoiceId)
{
    const Result<catalog::Invoice> settled = m_catalog->applyHeldPayment(paymentId, invoiceId);
    if (!settled)
        return makeError(settled.error());
    const Result<catalog::Payment> payment = m_catalog->payment(paymentId);
    if (!payment)
        return makeError(payment.error());
    return heldPaymentApplied(payment.value(), settled->customerId);
}

Result<PaymentUpdateResult> BillingService::heldPaymentApplied(const catalog::Payment &payment, const QString &customerId)
{
    PaymentUpdateResult result;
    result.payment = payment;
    result.application = catalog::PaymentApplication::Settled;
    result.invoiceSettled = true;
    if (Status started = startCustomerReactivations(customerId, result); !started)
        return makeError(started.error());
    emit paymentUpdated(result.payment);
    return result;
}

Status BillingService::exportInvoicePdf(const QString &invoiceId, const QString &path)
{
    // QPdfWriter truncates the file it writes, and a symbolic link to the
    // catalog leads there too.
    if (Status checked = catalog::CatalogFiles::rejectCatalogFile(path); !checked)
        return checked;
    const Result<catalog::Invoice> invoice = m_catalog->invoice(invoiceId);
    if (!invoice)
        return makeError(invoice.error());
    const Result<catalog::Customer> customer = m_catalog->customer(invoice->customerId);
    if (!customer)
        return makeError(customer.error());
    const Result<BillingSettings> settings = loadBillingSettings(*m_catalog);
    if (!settings)
        return makeError(settings.error());
    return writeInvoicePdf(invoice.value(), customer.value(), settings.value(), path);
}

} // namespace saasodoo::billing
