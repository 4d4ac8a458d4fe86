// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/paynowpoller.h"
#include "core/catalog/billingentities.h"
#include "core/common/result.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace saasodoo::catalog {
class Catalog;
}
namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::billing {

class BillingService;
class PaynowClient;

// Follows pending Paynow payments until their status is final. Each payment
// gets a PaynowPoller on its back-off schedule, and every verified status
// it receives goes through BillingService::applyStatusUpdate. The service
// then emits paymentUpdated, and a paid payment settles its invoice once.
//
// Lives on the thread of the service and the catalog, whose event loop must
// run. The integration id and key are read from the keychain once per
// followed payment and kept only inside its PaynowClient.
class PaymentFollower final : public QObject
{
    Q_OBJECT

public:
    PaymentFollower(BillingService *service, catalog::Catalog *catalog, secrets::SecretStore *secrets,
        QObject *parent = nullptr);
    ~PaymentFollower() override;

    // The schedule of payments followed from now on.
    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }

    // Starts following a pending payment that has a poll URL. Fails at once,
    // changing nothing, for another status, a missing poll URL or Paynow
    // settings that are not set. Following a followed payment does nothing.
    Status follow(const catalog::Payment &payment);

    // Stops following the payment; finished() reports Cancelled.
    void stop(const QString &paymentId);
    void stopAll();

    bool isFollowing(const QString &paymentId) const { return m_followed.contains(paymentId); }
    QStringList followedPayments() const { return m_followed.keys(); }

signals:
    // A poll failed on the network or with an HTTP error; polling goes on.
    void pollFailed(const QString &paymentId, const QString &message);
    // Emitted once per follow() that succeeded. `message` explains every
    // outcome except FinalStatus.
    void finished(const QString &paymentId, saasodoo::billing::PollOutcome outcome, const QString &message);

private:
    struct Followed;

    void startPolling(const QString &paymentId, const PaynowCredentials &credentials);
    void applyStatus(const QString &paymentId, const StatusUpdate &update);
    void finish(const QString &paymentId, PollOutcome outcome, const QString &message);

    BillingService *m_service;
    catalog::Catalog *m_catalog;
    secrets::SecretStore *m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    PollSchedule m_schedule;
    QHash<QString, std::shared_ptr<Followed>> m_followed;
};

} // namespace saasodoo::billing
