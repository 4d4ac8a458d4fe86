// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace saasodoo::billing {

// A transaction status as Paynow names it in status updates and poll
// replies (https://developers.paynow.co.zw/docs/status_update.html). Failed
// is not in that list, but test mode sends it when the customer cancels
// (https://developers.paynow.co.zw/docs/test_mode.html).
enum class PaynowStatus {
    Created,
    Sent,
    Paid,
    AwaitingDelivery,
    Delivered,
    Cancelled,
    Failed,
    Disputed,
    Refunded,
};

// The state of an invoice's payment, derived from its Paynow status.
enum class PaymentState {
    Pending, // Created or Sent: not paid yet
    Paid, // Paid, Awaiting Delivery or Delivered: money received
    Cancelled, // a failed payment, which Paynow requires to be created again
    Failed,
    Flagged, // Disputed or Refunded: an operator has to look at it
};

// Parses a status name, ignoring case and surrounding spaces. Returns
// nothing for a name Paynow does not document.
std::optional<PaynowStatus> parsePaynowStatus(QStringView name);

// Returns the name Paynow uses, such as "Awaiting Delivery".
QString paynowStatusName(PaynowStatus status);

PaymentState paymentStateFor(PaynowStatus status);

// Returns a lower-case name such as "pending", for logs and tests.
QString paymentStateName(PaymentState state);

// Returns true for every state except Pending: no later update is expected,
// so polling can stop. A Paid payment may still become Flagged by a dispute.
bool isFinalState(PaymentState state);

// Returns true for Cancelled and Failed.
bool isFailedState(PaymentState state);

} // namespace saasodoo::billing
