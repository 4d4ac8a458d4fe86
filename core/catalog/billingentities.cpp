// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingentities.h"
#include "enumnames.h"

#include <QVariant>

#include <array>
#include <utility>

namespace saasodoo::catalog {

namespace {

using detail::nameOf;
using detail::valueOf;

constexpr std::array<std::pair<Currency, const char *>, 2> CurrencyNames { {
    { Currency::Usd, "USD" },
    { Currency::Zwg, "ZWG" },
} };

constexpr std::array<std::pair<SubscriptionStatus, const char *>, 5> SubscriptionStatusNames { {
    { SubscriptionStatus::Trial, "trial" },
    { SubscriptionStatus::Active, "active" },
    { SubscriptionStatus::PastDue, "past_due" },
    { SubscriptionStatus::Suspended, "suspended" },
    { SubscriptionStatus::Cancelled, "cancelled" },
} };

constexpr std::array<std::pair<InvoiceStatus, const char *>, 4> InvoiceStatusNames { {
    { InvoiceStatus::Draft, "draft" },
    { InvoiceStatus::Open, "open" },
    { InvoiceStatus::Paid, "paid" },
    { InvoiceStatus::Void, "void" },
} };

constexpr std::array<std::pair<PaymentMethod, const char *>, 3> PaymentMethodNames { {
    { PaymentMethod::Web, "web" },
    { PaymentMethod::EcoCash, "ecocash" },
    { PaymentMethod::OneMoney, "onemoney" },
} };

constexpr std::array<std::pair<PaymentStatus, const char *>, 5> PaymentStatusNames { {
    { PaymentStatus::Pending, "pending" },
    { PaymentStatus::Paid, "paid" },
    { PaymentStatus::Cancelled, "cancelled" },
    { PaymentStatus::Failed, "failed" },
    { PaymentStatus::Flagged, "flagged" },
} };

constexpr std::array<std::pair<PaymentApplication, const char *>, 6> PaymentApplicationNames { {
    { PaymentApplication::None, "" },
    { PaymentApplication::Settled, "settled" },
    { PaymentApplication::Overpayment, "overpayment" },
    { PaymentApplication::VoidInvoice, "void_invoice" },
    { PaymentApplication::Refunded, "refunded" },
    { PaymentApplication::PaidAfterClose, "paid_after_close" },
} };

} // namespace

QString toString(Currency value) { return nameOf(CurrencyNames, value); }
QString toString(SubscriptionStatus value) { return nameOf(SubscriptionStatusNames, value); }
QString toString(InvoiceStatus value) { return nameOf(InvoiceStatusNames, value); }
QString toString(PaymentMethod value) { return nameOf(PaymentMethodNames, value); }
QString toString(PaymentStatus value) { return nameOf(PaymentStatusNames, value); }
QString toString(PaymentApplication value) { return nameOf(PaymentApplicationNames, value); }

bool isRefundDue(PaymentApplication application)
{
    return application == PaymentApplication::Overpayment || application == PaymentApplication::VoidInvoice
        || application == PaymentApplication::PaidAfterClose;
}

qint64 Payment::heldCents() const
{
    return isRefundDue(application) ? amountCents - appliedCents : 0;
}

std::optional<Currency> currencyFromString(const QString &text)
{
    return valueOf(CurrencyNames, text.trimmed().toUpper());
}

std::optional<SubscriptionStatus> subscriptionStatusFromString(const QString &text)
{
    return valueOf(SubscriptionStatusNames, text);
}

std::optional<InvoiceStatus> invoiceStatusFromString(const QString &text)
{
    return valueOf(InvoiceStatusNames, text);
}

std::optional<PaymentMethod> paymentMethodFromString(const QString &text)
{
    return valueOf(PaymentMethodNames, text);
}

std::optional<PaymentStatus> paymentStatusFromString(const QString &text)
{
    return valueOf(PaymentStatusNames, text);
}

std::optional<PaymentApplication> paymentApplicationFromString(const QString &text)
{
    return valueOf(PaymentApplicationNames, text);
}

QDate earliestBillingDate()
{
    return QDate(2000, 1, 1);
}

QDate latestBillingDate()
{
    return QDate(2099, 12, 31);
}

bool isBillingDateInRange(const QDate &date)
{
    return date.isValid() && date >= earliestBillingDate() && date <= latestBillingDate();
}

QString formatMoney(qint64 cents, Currency currency)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1 %2%3.%4")
        .arg(toString(currency), sign)
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QVariant encodeDate(const QDate &date)
{
    if (!date.isValid())
        return QVariant();
    return date.toString(Qt::ISODate);
}

QDate decodeDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace saasodoo::catalog
