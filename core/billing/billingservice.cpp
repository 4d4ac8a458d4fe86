// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingservice.h"

#include "core/billing/billingjobs.h"
#include "core/billing/billingsettings.h"
#include "core/billing/invoicepdf.h"
#include "core/billing/paynowclient.h"
#include "core/catalog/catalog.h"
#include "core/common/logging.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPromise>

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
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    const QString key = integrationKey.trimmed();
    const QString keyName = paynowIntegrationKeyKey(currency);
    secrets::SecretStore *store = m_secrets;
    m_secrets->write(paynowIntegrationIdKey(currency), integrationId.trimmed())
        .then(this, [promise, store, keyName, key](const Status &written) {
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
    return promise->future();
}

void BillingService::readCredentials(catalog::Currency currency, CredentialsHandler handler)
{
    const QString idKey = paynowIntegrationIdKey(currency);
    const QString keyKey = paynowIntegrationKeyKey(currency);
    const QString currencyName = catalog::toString(currency);
    secrets::SecretStore *store = m_secrets;
    m_secrets->read(idKey).then(this, [this, store, keyKey, currencyName, handler](const Result<QString> &id) {
        if (!id) {
            handler(makeError(tr("The Paynow integration for %1 is not set up: %2 Store it with "
                                 "'saasodoo payment set-integration'.")
                                  .arg(currencyName, id.error())));
            return;
        }
        const QString integrationId = id.value();
        store->read(keyKey).then(this, [integrationId, currencyName, handler](const Result<QString> &key) {
            if (!key) {
                handler(makeError(tr("The Paynow integration key for %1 is not set up: %2")
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
    const Result<PaynowSettings> settings = paynowSettings();
    if (!settings)
        return readyError<catalog::Payment>(settings.error());
    const Result<QList<catalog::Payment>> earlier = m_catalog->payments(invoice->id);
    if (!earlier)
        return readyError<catalog::Payment>(earlier.error());
    for (const catalog::Payment &payment : earlier.value()) {
        if (payment.status == catalog::PaymentStatus::Paid) {
            return readyError<catalog::Payment>(
                tr("Invoice %1 already has a paid payment, %2.").arg(invoice->number, payment.reference));
        }
    }

    PaymentRequest request;
    // Paynow wants a new reference for every attempt, so a retry after a
    // cancelled payment gets the next suffix.
    request.reference = QStringLiteral("%1-%2").arg(invoice->number).arg(earlier->size() + 1);
    request.amountCents = invoice->totalCents;
    request.additionalInfo = tr("Invoice %1").arg(invoice->number);
    request.authEmail = email.trimmed().isEmpty() ? customer->email : email.trimmed();

    catalog::Payment record;
    record.invoiceId = invoice->id;
    record.reference = request.reference;
    record.method = method;
    record.phone = wallet;
    record.amountCents = invoice->totalCents;
    record.currency = invoice->currency;

    auto promise = std::make_shared<QPromise<Result<catalog::Payment>>>();
    promise->start();
    const PaynowSettings paynow = settings.value();
    readCredentials(invoice->currency,
        [this, promise, paynow, request, record, mobile, wallet](const Result<PaynowCredentials> &credentials) {
            if (!credentials) {
                finish(promise, Result<catalog::Payment>(makeError(credentials.error())));
                return;
            }
            auto client = std::make_shared<PaynowClient>(m_network.get(), paynow, credentials.value());
            QFuture<Result<InitiateResponse>> started = mobile
                ? client->initiateMobilePayment(request, *mobile, wallet)
                : client->initiateWebPayment(request);
            started.then(this, [this, promise, client, record](const Result<InitiateResponse> &response) {
                if (!response) {
                    finish(promise, Result<catalog::Payment>(makeError(response.error())));
                    return;
                }
                catalog::Payment payment = record;
                payment.pollUrl = response->pollUrl.toString();
                payment.browserUrl = response->browserUrl.toString();
                payment.paynowReference = response->paynowReference;
                const Result<catalog::Payment> stored = m_catalog->createPayment(payment);
                if (!stored) {
                    qCWarning(lcBilling).noquote() << "Paynow accepted payment" << payment.reference
                                                   << "but the catalog did not store it:" << stored.error();
                }
                finish(promise, stored);
            });
        });
    return promise->future();
}

QFuture<Result<PaymentUpdateResult>> BillingService::pollPayment(const QString &paymentId)
{
    const Result<catalog::Payment> payment = m_catalog->payment(paymentId);
    if (!payment)
        return readyError<PaymentUpdateResult>(payment.error());
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
    // The reference is read before the hash is checked only to choose the
    // integration key; nothing is changed until the hash has passed.
    const Result<FormFields> fields = decodeForm(body);
    if (!fields)
        return readyError<PaymentUpdateResult>(tr("The Paynow status update is not a form: %1").arg(fields.error()));
    const QString reference = fieldValue(fields.value(), u"reference");
    if (reference.isEmpty())
        return readyError<PaymentUpdateResult>(tr("The Paynow status update has no reference."));
    const Result<catalog::Payment> payment = m_catalog->paymentByReference(reference);
    if (!payment) {
        return readyError<PaymentUpdateResult>(
            tr("Paynow sent a status for payment %1, which the catalog does not have; it was ignored.").arg(reference));
    }
    return handleStatusMessage(body, payment->currency);
}

Result<PaymentUpdateResult> BillingService::applyStatusUpdate(const StatusUpdate &update)
{
    const Result<catalog::Payment> loaded = m_catalog->paymentByReference(update.reference);
    if (!loaded) {
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

    PaymentUpdateResult result;
    const std::optional<PaynowStatus> current = parsePaynowStatus(payment.paynowStatus);
    result.outcome = classifyStatusChange(current, update.status);
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
        qCWarning(lcBilling).noquote() << "Paynow sent" << paynowStatusName(update.status) << "for payment"
                                       << payment.reference << "after" << payment.paynowStatus << "; ignored";
    }

    // Applying is idempotent, so a duplicate update also completes an
    // earlier one that stopped between saving the status and settling.
    if (payment.status == catalog::PaymentStatus::Paid) {
        const Result<bool> applied = m_catalog->applyPayment(payment.id);
        if (!applied)
            return makeError(applied.error());
        result.invoiceSettled = applied.value();
        if (result.invoiceSettled) {
            const Result<catalog::Payment> reread = m_catalog->payment(payment.id);
            if (reread)
                payment = reread.value();
            const Result<catalog::Invoice> invoice = m_catalog->invoice(payment.invoiceId);
            if (!invoice)
                return makeError(invoice.error());
            const Result<bool> reactivate
                = needsReactivation(*m_catalog, invoice->subscriptionId, QDateTime::currentDateTimeUtc().date());
            if (!reactivate)
                return makeError(reactivate.error());
            if (reactivate.value()) {
                const Result<QString> job = startReactivation(invoice->subscriptionId);
                if (!job)
                    return makeError(job.error());
                result.reactivationJobId = job.value();
            }
        }
    }
    result.payment = payment;
    emit paymentUpdated(payment);
    return result;
}

Status BillingService::exportInvoicePdf(const QString &invoiceId, const QString &path)
{
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
