// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Paynow statuses mapped to payment states, and the tracker that applies
// each status update once whether it comes from a poll or the result URL.
#include "core/billing/paynowtracker.h"

#include <QTest>

using namespace saasodoo;
using namespace saasodoo::billing;

Q_DECLARE_METATYPE(saasodoo::billing::PaynowStatus)
Q_DECLARE_METATYPE(saasodoo::billing::PaymentState)

namespace {

const QString reference = QStringLiteral("INV-2025-0007");

InitiateResponse acceptedReply()
{
    InitiateResponse reply;
    reply.pollUrl = QUrl(QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=a1"));
    reply.paynowReference = QStringLiteral("1082");
    return reply;
}

StatusUpdate update(PaynowStatus status)
{
    StatusUpdate result;
    result.reference = reference;
    result.paynowReference = QStringLiteral("1082");
    result.amount = QStringLiteral("25.00");
    result.status = status;
    return result;
}

// A tracker following `reference` for 25.00.
PaymentTracker trackerWithPayment()
{
    PaymentTracker tracker;
    const Status tracked = tracker.track(reference, 2500, acceptedReply());
    Q_ASSERT(tracked.ok());
    return tracker;
}

} // namespace

class TestPaymentTracker : public QObject
{
    Q_OBJECT

private slots:
    void statusMapsToState_data();
    void statusMapsToState();
    void statusNamesRoundTrip();
    void firstUpdateIsApplied();
    void duplicateUpdateAppliedOnce();
    void pendingStatusesMoveForward();
    void regressionFromFinalIgnored();
    void contradictingFinalIgnored();
    void paidCanBecomeFlagged();
    void unknownReferenceRejected();
    void amountMismatchRejected();
    void paynowReferenceMismatchRejected();
    void trackingTwiceRejected();
    void amountsParse();
};

void TestPaymentTracker::statusMapsToState_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<PaynowStatus>("status");
    QTest::addColumn<PaymentState>("state");

    QTest::newRow("Created") << QStringLiteral("Created") << PaynowStatus::Created << PaymentState::Pending;
    QTest::newRow("Sent") << QStringLiteral("Sent") << PaynowStatus::Sent << PaymentState::Pending;
    QTest::newRow("Paid") << QStringLiteral("Paid") << PaynowStatus::Paid << PaymentState::Paid;
    QTest::newRow("Awaiting Delivery") << QStringLiteral("Awaiting Delivery") << PaynowStatus::AwaitingDelivery
                                       << PaymentState::Paid;
    QTest::newRow("Delivered") << QStringLiteral("Delivered") << PaynowStatus::Delivered << PaymentState::Paid;
    QTest::newRow("Cancelled") << QStringLiteral("Cancelled") << PaynowStatus::Cancelled << PaymentState::Cancelled;
    QTest::newRow("Failed") << QStringLiteral("Failed") << PaynowStatus::Failed << PaymentState::Failed;
    QTest::newRow("Disputed") << QStringLiteral("Disputed") << PaynowStatus::Disputed << PaymentState::Flagged;
    QTest::newRow("Refunded") << QStringLiteral("Refunded") << PaynowStatus::Refunded << PaymentState::Flagged;
    QTest::newRow("lower case") << QStringLiteral("paid") << PaynowStatus::Paid << PaymentState::Paid;
    QTest::newRow("upper case spaced") << QStringLiteral(" AWAITING DELIVERY ") << PaynowStatus::AwaitingDelivery
                                       << PaymentState::Paid;
}

void TestPaymentTracker::statusMapsToState()
{
    QFETCH(QString, name);
    QFETCH(PaynowStatus, status);
    QFETCH(PaymentState, state);

    QCOMPARE(parsePaynowStatus(name), std::optional(status));
    QCOMPARE(paymentStateFor(status), state);
    QCOMPARE(isFinalState(state), state != PaymentState::Pending);
    QCOMPARE(isFailedState(state), state == PaymentState::Cancelled || state == PaymentState::Failed);
}

void TestPaymentTracker::statusNamesRoundTrip()
{
    for (PaynowStatus status : { PaynowStatus::Created, PaynowStatus::Sent, PaynowStatus::Paid,
             PaynowStatus::AwaitingDelivery, PaynowStatus::Delivered, PaynowStatus::Cancelled, PaynowStatus::Failed,
             PaynowStatus::Disputed, PaynowStatus::Refunded }) {
        QCOMPARE(parsePaynowStatus(paynowStatusName(status)), std::optional(status));
    }
    QCOMPARE(parsePaynowStatus(u"Awaiting Redirect"), std::nullopt);
    QCOMPARE(parsePaynowStatus(u""), std::nullopt);
}

void TestPaymentTracker::firstUpdateIsApplied()
{
    PaymentTracker tracker = trackerWithPayment();
    const Result<PaymentChange> change = tracker.apply(update(PaynowStatus::Sent));
    QVERIFY2(change.ok(), qPrintable(change.error()));
    QCOMPARE(change->outcome, UpdateOutcome::Applied);
    QCOMPARE(change->previousStatus, std::nullopt);
    QCOMPARE(change->receivedStatus, PaynowStatus::Sent);
    QVERIFY(!change->stateChanged());

    const std::optional<TrackedPayment> payment = tracker.payment(reference);
    QVERIFY(payment.has_value());
    QCOMPARE(payment->status, std::optional(PaynowStatus::Sent));
    QCOMPARE(payment->appliedUpdates, 1);
}

void TestPaymentTracker::duplicateUpdateAppliedOnce()
{
    PaymentTracker tracker = trackerWithPayment();
    const Result<PaymentChange> first = tracker.apply(update(PaynowStatus::Paid));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->outcome, UpdateOutcome::Applied);
    QCOMPARE(first->previousState, PaymentState::Pending);
    QCOMPARE(first->state, PaymentState::Paid);
    QVERIFY(first->stateChanged());

    // The same update again, say from the result URL after a poll.
    const Result<PaymentChange> second = tracker.apply(update(PaynowStatus::Paid));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->outcome, UpdateOutcome::Duplicate);
    QVERIFY(!second->stateChanged());
    QCOMPARE(tracker.payment(reference)->appliedUpdates, 1);
}

void TestPaymentTracker::pendingStatusesMoveForward()
{
    PaymentTracker tracker = trackerWithPayment();
    QCOMPARE(tracker.apply(update(PaynowStatus::Created))->outcome, UpdateOutcome::Applied);
    QCOMPARE(tracker.apply(update(PaynowStatus::Sent))->outcome, UpdateOutcome::Applied);
    QCOMPARE(tracker.apply(update(PaynowStatus::Created))->outcome, UpdateOutcome::IgnoredRegression);
    QCOMPARE(tracker.payment(reference)->status, std::optional(PaynowStatus::Sent));
}

void TestPaymentTracker::regressionFromFinalIgnored()
{
    PaymentTracker tracker = trackerWithPayment();
    QCOMPARE(tracker.apply(update(PaynowStatus::Paid))->outcome, UpdateOutcome::Applied);

    const Result<PaymentChange> late = tracker.apply(update(PaynowStatus::Sent));
    QVERIFY2(late.ok(), qPrintable(late.error()));
    QCOMPARE(late->outcome, UpdateOutcome::IgnoredRegression);
    QCOMPARE(late->state, PaymentState::Paid);
    QCOMPARE(tracker.payment(reference)->status, std::optional(PaynowStatus::Paid));

    PaymentTracker cancelled = trackerWithPayment();
    QCOMPARE(cancelled.apply(update(PaynowStatus::Cancelled))->outcome, UpdateOutcome::Applied);
    QCOMPARE(cancelled.apply(update(PaynowStatus::Created))->outcome, UpdateOutcome::IgnoredRegression);
    QCOMPARE(cancelled.payment(reference)->state, PaymentState::Cancelled);
}

void TestPaymentTracker::contradictingFinalIgnored()
{
    PaymentTracker tracker = trackerWithPayment();
    QCOMPARE(tracker.apply(update(PaynowStatus::Paid))->outcome, UpdateOutcome::Applied);
    QCOMPARE(tracker.apply(update(PaynowStatus::Cancelled))->outcome, UpdateOutcome::IgnoredConflict);
    QCOMPARE(tracker.payment(reference)->state, PaymentState::Paid);

    PaymentTracker failed = trackerWithPayment();
    QCOMPARE(failed.apply(update(PaynowStatus::Failed))->outcome, UpdateOutcome::Applied);
    QCOMPARE(failed.apply(update(PaynowStatus::Paid))->outcome, UpdateOutcome::IgnoredConflict);
    QCOMPARE(failed.apply(update(PaynowStatus::Cancelled))->outcome, UpdateOutcome::IgnoredConflict);
    QCOMPARE(failed.payment(reference)->state, PaymentState::Failed);
}

void TestPaymentTracker::paidCanBecomeFlagged()
{
    PaymentTracker tracker = trackerWithPayment();
    QCOMPARE(tracker.apply(update(PaynowStatus::Paid))->outcome, UpdateOutcome::Applied);
    const Result<PaymentChange> delivered = tracker.apply(update(PaynowStatus::Delivered));
    QCOMPARE(delivered->outcome, UpdateOutcome::Applied);
    QVERIFY(!delivered->stateChanged());

    const Result<PaymentChange> refunded = tracker.apply(update(PaynowStatus::Refunded));
    QCOMPARE(refunded->outcome, UpdateOutcome::Applied);
    QCOMPARE(refunded->previousState, PaymentState::Paid);
    QCOMPARE(refunded->state, PaymentState::Flagged);
    QCOMPARE(tracker.payment(reference)->appliedUpdates, 3);
}

void TestPaymentTracker::unknownReferenceRejected()
{
    PaymentTracker tracker = trackerWithPayment();
    StatusUpdate stranger = update(PaynowStatus::Paid);
    stranger.reference = QStringLiteral("INV-9999");
    const Result<PaymentChange> change = tracker.apply(stranger);
    QVERIFY(!change.ok());
    QVERIFY2(change.error().contains(QLatin1StringView("INV-9999")), qPrintable(change.error()));
}

void TestPaymentTracker::amountMismatchRejected()
{
    PaymentTracker tracker = trackerWithPayment();
    StatusUpdate cheap = update(PaynowStatus::Paid);
    cheap.amount = QStringLiteral("2.50");
    const Result<PaymentChange> change = tracker.apply(cheap);
    QVERIFY(!change.ok());
    QVERIFY2(change.error().contains(QLatin1StringView("2.50")), qPrintable(change.error()));
    QVERIFY2(change.error().contains(QLatin1StringView("25.00")), qPrintable(change.error()));
    QCOMPARE(tracker.payment(reference)->status, std::nullopt);

    // The same amount written without decimals is accepted.
    StatusUpdate whole = update(PaynowStatus::Paid);
    whole.amount = QStringLiteral("25");
    QVERIFY(tracker.apply(whole).ok());
}

void TestPaymentTracker::paynowReferenceMismatchRejected()
{
    PaymentTracker tracker = trackerWithPayment();
    StatusUpdate other = update(PaynowStatus::Paid);
    other.paynowReference = QStringLiteral("2001");
    const Result<PaymentChange> change = tracker.apply(other);
    QVERIFY(!change.ok());
    QVERIFY2(change.error().contains(QLatin1StringView("2001")), qPrintable(change.error()));
}

void TestPaymentTracker::trackingTwiceRejected()
{
    PaymentTracker tracker = trackerWithPayment();
    const Status again = tracker.track(reference, 2500, acceptedReply());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(reference), qPrintable(again.error()));
}

void TestPaymentTracker::amountsParse()
{
    QCOMPARE(parseAmountCents(u"25.00"), std::optional<qint64>(2500));
    QCOMPARE(parseAmountCents(u"25"), std::optional<qint64>(2500));
    QCOMPARE(parseAmountCents(u"0.5"), std::optional<qint64>(50));
    QCOMPARE(parseAmountCents(u"1234.56"), std::optional<qint64>(123456));
    QCOMPARE(parseAmountCents(u"1.234"), std::nullopt);
    QCOMPARE(parseAmountCents(u"-1.00"), std::nullopt);
    QCOMPARE(parseAmountCents(u"1,00"), std::nullopt);
    QCOMPARE(parseAmountCents(u"25."), std::nullopt);
    QCOMPARE(parseAmountCents(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPaymentTracker)
#include "tst_paymenttracker.moc"
