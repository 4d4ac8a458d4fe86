// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/paynowmessages.h"
#include "core/billing/paynowstatus.h"
#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace saasodoo::billing {

// A payment the console started and follows until Paynow reports a final
// status.
struct TrackedPayment
{
    QString reference; // the merchant's reference
    QString paynowReference; // empty until Paynow sends it
    qint64 amountCents = 0;
    QUrl pollUrl;
    std::optional<PaynowStatus> status; // empty until the first update
    PaymentState state = PaymentState::Pending;
    int appliedUpdates = 0;
};

enum class UpdateOutcome {
    Applied, // the status changed
    Duplicate, // the payment already had this status: the same update again
    IgnoredRegression, // an older status after a newer one, such as Sent after Paid
    IgnoredConflict, // a final status that contradicts another, such as Cancelled after Paid
};

// The result of applying one status update.
struct PaymentChange
{
    UpdateOutcome outcome = UpdateOutcome::Applied;
    QString reference;
    std::optional<PaynowStatus> previousStatus;
    PaynowStatus receivedStatus = PaynowStatus::Created;
    PaymentState previousState = PaymentState::Pending;
    PaymentState state = PaymentState::Pending; // after the update

    bool stateChanged() const { return state != previousState; }
};

// Applies Paynow status updates to the payments being followed, each status
// once. The same update can arrive twice, from a poll and from the POST to
// the result URL, and in either order.
//
// The tracker keeps payments in memory only; BillingService applies the
// same rules to the payments stored in the catalog.
class PaymentTracker
{
public:
    // Starts following a payment after Paynow accepted it. Fails when the
    // reference is already followed.
    Status track(const QString &reference, qint64 amountCents, const InitiateResponse &response);

    // Applies a verified status update. Fails, and changes nothing, when the
    // reference is not followed or the amount or Paynow reference differ from
    // the payment's.
    Result<PaymentChange> apply(const StatusUpdate &update);

    std::optional<TrackedPayment> payment(const QString &reference) const;
    QList<TrackedPayment> payments() const { return m_payments.values(); }

private:
    QHash<QString, TrackedPayment> m_payments;
};

// Decides whether the status `next` may replace `current` (nothing before
// the first update). Pending statuses only move forward, from Created to
// Sent, and a final state never goes back to pending. Money received (paid
// or flagged) and a failed payment exclude each other, so the first stays.
UpdateOutcome classifyStatusChange(std::optional<PaynowStatus> current, PaynowStatus next);

// Parses an amount such as "25.00" or "25" into cents. Returns nothing for
// anything else, including more than two decimals.
std::optional<qint64> parseAmountCents(QStringView amount);

} // namespace saasodoo::billing
