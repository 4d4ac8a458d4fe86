// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paymentfollower.h"

#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/billing/paynowclient.h"
#include "core/common/logging.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace saasodoo::billing {

struct PaymentFollower::Followed
{
    catalog::Payment payment;
    PaynowSettings settings;
    std::unique_ptr<PaynowClient> client;
    PaynowPoller *poller = nullptr; // a child of the follower, deleted when following ends
    QString rejection; // why the follower stopped the poller itself
};

PaymentFollower::PaymentFollower(
    BillingService *service, catalog::Catalog *catalog, secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

PaymentFollower::~PaymentFollower()
{
    // The pollers go before their clients, and no signal reaches a receiver
    // that is being destroyed with this object.
    for (const std::shared_ptr<Followed> &entry : std::as_const(m_followed)) {
        if (entry->poller) {
            entry->poller->disconnect(this);
            delete entry->poller;
        }
    }
}

Status PaymentFollower::follow(const catalog::Payment &payment)
{
    if (m_followed.contains(payment.id))
        return {};
    if (payment.status != catalog::PaymentStatus::Pending) {
        return makeError(tr("Payment %1 is %2; only a pending payment can be followed.")
                             .arg(payment.reference, catalog::toString(payment.status)));
    }
    if (payment.pollUrl.isEmpty())
        return makeError(
            tr("Payment %1 has no Paynow poll URL, so its status cannot be checked.").arg(payment.reference));
    const Result<BillingSettings> stored = loadBillingSettings(*m_catalog);
    if (!stored)
        return makeError(stored.error());

    auto entry = std::make_shared<Followed>();
    entry->payment = payment;
    entry->settings.baseUrl = stored->paynowBaseUrl;
    entry->settings.returnUrl = stored->paynowReturnUrl;
    entry->settings.resultUrl = stored->paynowResultUrl;
    m_followed.insert(payment.id, entry);

    const QString paymentId = payment.id;
    const QString currencyName = catalog::toString(payment.currency);
    const QString keyName = paynowIntegrationKeyKey(payment.currency);
    secrets::SecretStore *store = m_secrets;
    // Each step checks that the payment is still followed by the same entry,
    // because stop() and a second follow() may come while the keychain reads.
    const auto current = [this, paymentId, entry] { return m_followed.value(paymentId) == entry; };
    m_secrets->read(paynowIntegrationIdKey(payment.currency))
        .then(this, [this, store, keyName, currencyName, paymentId, current](const Result<QString> &id) {
            if (!current())
                return;
            if (!id) {
                finish(paymentId, PollOutcome::Rejected,
                    tr("The Paynow integration for %1 is not set up: %2").arg(currencyName, id.error()));
                return;
            }
            const QString integrationId = id.value();
            store->read(keyName).then(
                this, [this, integrationId, currencyName, paymentId, current](const Result<QString> &key) {
                    if (!current())
                        return;
                    if (!key) {
                        finish(paymentId, PollOutcome::Rejected,
                            tr("The Paynow integration key for %1 is not set up: %2")
                                .arg(currencyName, key.error()));
                        return;
                    }
                    startPolling(paymentId, PaynowCredentials { integrationId, key.value() });
                });
        });
    return {};
}

void PaymentFollower::startPolling(const QString &paymentId, const PaynowCredentials &credentials)
{
    const std::shared_ptr<Followed> entry = m_followed.value(paymentId);
    if (!entry)
        return;
    entry->client = std::make_unique<PaynowClient>(m_network.get(), entry->settings, credentials);
    entry->poller = new PaynowPoller(
        entry->client.get(), QUrl(entry->payment.pollUrl), entry->payment.reference, m_schedule, this);
    connect(entry->poller, &PaynowPoller::statusReceived, this,
        [this, paymentId](const StatusUpdate &update) { applyStatus(paymentId, update); });
    connect(entry->poller, &PaynowPoller::pollFailed, this,
        [this, paymentId](const QString &message) { emit pollFailed(paymentId, message); });
    connect(entry->poller, &PaynowPoller::finished, this,
        [this, paymentId](
            PollOutcome outcome, const QString &message) { finish(paymentId, outcome, message); });
    entry->poller->start();
}

void PaymentFollower::applyStatus(const QString &paymentId, const StatusUpdate &update)
{
    const Result<PaymentUpdateResult> applied = m_service->applyStatusUpdate(update);
    if (applied)
        return;
    // A status that does not match the stored payment will not match on the
    // next poll either.
    const std::shared_ptr<Followed> entry = m_followed.value(paymentId);
    if (!entry || !entry->poller)
        return;
    qCWarning(lcBilling).noquote() << "Stopped following payment" << entry->payment.reference << ":"
                                   << applied.error();
    entry->rejection = applied.error();
    entry->poller->cancel();
}

void PaymentFollower::stop(const QString &paymentId)
{
    const std::shared_ptr<Followed> entry = m_followed.value(paymentId);
    if (!entry)
        return;
    if (entry->poller) {
        entry->poller->cancel();
        return;
    }
    finish(paymentId, PollOutcome::Cancelled,
        tr("Checking payment %1 with Paynow was cancelled.").arg(entry->payment.reference));
}

void PaymentFollower::stopAll()
{
    const QStringList ids = m_followed.keys();
    for (const QString &id : ids)
        stop(id);
}

void PaymentFollower::finish(const QString &paymentId, PollOutcome outcome, const QString &message)
{
    const std::shared_ptr<Followed> entry = m_followed.take(paymentId);
    if (!entry)
        return;
    if (entry->poller) {
        entry->poller->disconnect(this);
        // The poller has stopped, so it no longer uses the client that goes
        // with the entry; it is deleted once its signal has returned.
        entry->poller->deleteLater();
    }
    if (!entry->rejection.isEmpty())
        emit finished(paymentId, PollOutcome::Rejected, entry->rejection);
    else
        emit finished(paymentId, outcome, message);
}

} // namespace saasodoo::billing
