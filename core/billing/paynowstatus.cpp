// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowstatus.h"

#include <array>
#include <utility>

namespace saasodoo::billing {

namespace {

constexpr std::array<std::pair<PaynowStatus, const char *>, 9> statusNames { {
    { PaynowStatus::Created, "Created" },
    { PaynowStatus::Sent, "Sent" },
    { PaynowStatus::Paid, "Paid" },
    { PaynowStatus::AwaitingDelivery, "Awaiting Delivery" },
    { PaynowStatus::Delivered, "Delivered" },
    { PaynowStatus::Cancelled, "Cancelled" },
    { PaynowStatus::Failed, "Failed" },
    { PaynowStatus::Disputed, "Disputed" },
    { PaynowStatus::Refunded, "Refunded" },
} };

} // namespace

std::optional<PaynowStatus> parsePaynowStatus(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &[status, text] : statusNames) {
        if (trimmed.compare(QLatin1StringView(text), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString paynowStatusName(PaynowStatus status)
{
    for (const auto &[candidate, text] : statusNames) {
        if (candidate == status)
            return QString::fromLatin1(text);
    }
    Q_UNREACHABLE();
    return QString();
}

PaymentState paymentStateFor(PaynowStatus status)
{
    switch (status) {
    case PaynowStatus::Created:
    case PaynowStatus::Sent:
        return PaymentState::Pending;
    case PaynowStatus::Paid:
    case PaynowStatus::AwaitingDelivery:
    case PaynowStatus::Delivered:
        return PaymentState::Paid;
    case PaynowStatus::Cancelled:
        return PaymentState::Cancelled;
    case PaynowStatus::Failed:
        return PaymentState::Failed;
    case PaynowStatus::Disputed:
    case PaynowStatus::Refunded:
        return PaymentState::Flagged;
    }
    Q_UNREACHABLE();
    return PaymentState::Pending;
}

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Pending:
        return QStringLiteral("pending");
    case PaymentState::Paid:
        return QStringLiteral("paid");
    case PaymentState::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentState::Failed:
        return QStringLiteral("failed");
    case PaymentState::Flagged:
        return QStringLiteral("flagged");
    }
    Q_UNREACHABLE();
    return QString();
}

bool isFinalState(PaymentState state)
{
    return state != PaymentState::Pending;
}

bool isFailedState(PaymentState state)
{
    return state == PaymentState::Cancelled || state == PaymentState::Failed;
}

} // namespace saasodoo::billing
