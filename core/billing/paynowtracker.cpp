// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowtracker.h"

#include "core/common/logging.h"

#include <QCoreApplication>

namespace saasodoo::billing {

UpdateOutcome classifyStatusChange(std::optional<PaynowStatus> current, PaynowStatus next)
{
    if (!current)
        return UpdateOutcome::Applied;
    if (*current == next)
        return UpdateOutcome::Duplicate;

    const PaymentState from = paymentStateFor(*current);
    const PaymentState to = paymentStateFor(next);
    if (to == PaymentState::Pending) {
        if (isFinalState(from))
            return UpdateOutcome::IgnoredRegression;
        return *current == PaynowStatus::Sent && next == PaynowStatus::Created ? UpdateOutcome::IgnoredRegression
                                                                               : UpdateOutcome::Applied;
    }
    if (isFailedState(from))
        return UpdateOutcome::IgnoredConflict;
    const bool moneyReceived = from == PaymentState::Paid || from == PaymentState::Flagged;
    if (moneyReceived && isFailedState(to))
        return UpdateOutcome::IgnoredConflict;
    return UpdateOutcome::Applied;
}

std::optional<qint64> parseAmountCents(QStringView amount)
{
    const QStringView text = amount.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;

    qint64 cents = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - u'0');
    }
    cents *= 100;
    qint64 scale = 10;
    for (const QChar c : fraction) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
        cents += (c.unicode() - u'0') * scale;
        scale /= 10;
    }
    return cents;
}

Status PaymentTracker::track(const QString &reference, qint64 amountCents, const InitiateResponse &response)
{
    if (m_payments.contains(reference)) {
        return makeError(QCoreApplication::translate("Paynow",
            "Payment %1 is already being followed. Give each Paynow payment a new reference.")
                             .arg(reference));
    }
    TrackedPayment payment;
    payment.reference = reference;
    payment.paynowReference = response.paynowReference;
    payment.amountCents = amountCents;
    payment.pollUrl = response.pollUrl;
    m_payments.insert(reference, payment);
    return {};
}

Result<PaymentChange> PaymentTracker::apply(const StatusUpdate &update)
{
    const auto found = m_payments.find(update.reference);
    if (found == m_payments.end()) {
        return makeError(QCoreApplication::translate("Paynow",
            "Paynow sent a status update for payment %1, which the console did not start. It was ignored.")
                             .arg(update.reference));
    }
    TrackedPayment &payment = found.value();

    if (!update.amount.isEmpty() && parseAmountCents(update.amount) != payment.amountCents) {
        return makeError(QCoreApplication::translate("Paynow",
            "Paynow sent a status update for payment %1 with the amount %2, but the payment is for %3. "
            "It was ignored; check the payment on Paynow's website.")
                             .arg(update.reference, update.amount, formatAmount(payment.amountCents)));
    }
    if (!update.paynowReference.isEmpty() && !payment.paynowReference.isEmpty()
        && update.paynowReference != payment.paynowReference) {
        return makeError(QCoreApplication::translate("Paynow",
            "Paynow sent a status update for payment %1 with Paynow reference %2, but the payment has "
            "Paynow reference %3. It was ignored; check the payment on Paynow's website.")
                             .arg(update.reference, update.paynowReference, payment.paynowReference));
    }

    PaymentChange change;
    change.reference = payment.reference;
    change.previousStatus = payment.status;
    change.receivedStatus = update.status;
    change.previousState = payment.state;
    change.outcome = classifyStatusChange(payment.status, update.status);

    if (change.outcome == UpdateOutcome::Applied) {
        payment.status = update.status;
        payment.state = paymentStateFor(update.status);
        ++payment.appliedUpdates;
        if (payment.paynowReference.isEmpty())
            payment.paynowReference = update.paynowReference;
        if (update.pollUrl.isValid() && !update.pollUrl.isEmpty())
            payment.pollUrl = update.pollUrl;
        qCDebug(lcBilling).noquote() << "Paynow payment" << payment.reference << "is now"
                                     << paynowStatusName(update.status);
    } else if (change.outcome == UpdateOutcome::IgnoredConflict) {
        qCWarning(lcBilling).noquote() << "Paynow payment" << payment.reference << "has status"
                                       << paynowStatusName(*payment.status) << "; ignored the contradicting status"
                                       << paynowStatusName(update.status);
    }
    change.state = payment.state;
    return change;
}

std::optional<TrackedPayment> PaymentTracker::payment(const QString &reference) const
{
    const auto found = m_payments.constFind(reference);
    if (found == m_payments.constEnd())
        return std::nullopt;
    return found.value();
}

} // namespace saasodoo::billing
