// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/paynowpoller.h"

#include "core/billing/paynowclient.h"
#include "core/common/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>

#include <algorithm>

namespace saasodoo::billing {

using namespace std::chrono;

PaynowPoller::PaynowPoller(const PaynowClient *client, QUrl pollUrl, QString reference, PollSchedule schedule,
    QObject *parent)
    : QObject(parent),
      m_client(client),
      m_pollUrl(std::move(pollUrl)),
      m_reference(std::move(reference)),
      m_schedule(std::move(schedule))
{
    if (m_schedule.intervals.isEmpty())
        m_schedule.intervals.append(seconds(5));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PaynowPoller::sendPoll);
}

void PaynowPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollCount = 0;
    m_lastUpdate.reset();
    m_elapsed.start();
    qCDebug(lcBilling).noquote() << "Polling Paynow payment" << m_reference;
    scheduleNextPoll();
}

void PaynowPoller::cancel()
{
    if (!m_running)
        return;
    finish(PollOutcome::Cancelled,
        QCoreApplication::translate("Paynow", "Checking payment %1 with Paynow was cancelled.").arg(m_reference));
}

void PaynowPoller::scheduleNextPoll()
{
    const milliseconds remaining = m_schedule.timeLimit - milliseconds(m_elapsed.elapsed());
    if (remaining <= milliseconds::zero()) {
        const double limitSeconds = duration<double>(m_schedule.timeLimit).count();
        finish(PollOutcome::TimedOut,
            QCoreApplication::translate("Paynow",
                "Paynow sent no final status for payment %1 within %2 s, so it is still pending. Check it "
                "again later.")
                .arg(m_reference, QString::number(limitSeconds, 'g', 4)));
        return;
    }

    const qsizetype index = std::min<qsizetype>(m_pollCount, m_schedule.intervals.size() - 1);
    const milliseconds wait = std::min(m_schedule.intervals.at(index), remaining);
    m_timer.start(wait);
}

void PaynowPoller::sendPoll()
{
    ++m_pollCount;
    const quint64 generation = m_generation;

    // The watcher is a child of the poller, so a reply that arrives after the
    // poller is deleted is dropped.
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        handleReply(watcher->future().result());
    });
    watcher->setFuture(m_client->requestStatus(m_pollUrl));
}

void PaynowPoller::handleReply(const Result<QByteArray> &reply)
{
    if (!reply) {
        qCWarning(lcBilling).noquote() << "Poll" << m_pollCount << "for Paynow payment" << m_reference
                                       << "failed, retrying:" << reply.error();
        emit pollFailed(reply.error());
        scheduleNextPoll();
        return;
    }

    Result<StatusUpdate> update = m_client->parseStatusUpdate(reply.value());
    if (!update) {
        qCWarning(lcBilling).noquote() << "Poll reply for Paynow payment" << m_reference
                                       << "rejected:" << update.error();
        finish(PollOutcome::Rejected, update.error());
        return;
    }

    m_lastUpdate = update.value();
    qCDebug(lcBilling).noquote() << "Paynow payment" << m_reference << "has status"
                                 << paynowStatusName(update->status);
    emit statusReceived(update.value());
    if (!m_running)
        return; // a receiver cancelled

    if (isFinalState(paymentStateFor(update->status)))
        finish(PollOutcome::FinalStatus, QString());
    else
        scheduleNextPoll();
}

void PaynowPoller::finish(PollOutcome outcome, const QString &message)
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    if (outcome == PollOutcome::TimedOut)
        qCWarning(lcBilling).noquote() << message; // handleReply() already logged a rejection
    emit finished(outcome, message);
}

} // namespace saasodoo::billing
