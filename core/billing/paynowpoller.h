// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/paynowmessages.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace saasodoo::billing {

class PaynowClient;

struct PollSchedule
{
    // Waits before each poll, counted from the previous reply; the last one
    // repeats. The first wait gives the customer time to approve on the phone.
    QList<std::chrono::milliseconds> intervals { std::chrono::seconds(3), std::chrono::seconds(5),
        std::chrono::seconds(10), std::chrono::seconds(20), std::chrono::seconds(30) };
    // Polling stops with TimedOut when no final status arrived by then; the
    // last poll is sent at the limit.
    std::chrono::milliseconds timeLimit = std::chrono::minutes(10);
};

enum class PollOutcome {
    FinalStatus, // the last statusReceived() carries a final status
    TimedOut,
    Cancelled,
    Rejected, // a reply failed verification or was an Error reply
};

// Polls one Paynow transaction on a back-off schedule until its status is
// final, the time limit passes or cancel() is called. Network and HTTP errors
// are retried on the schedule. A reply with a wrong hash ends polling,
// because the next reply would be signed the same way.
class PaynowPoller : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the poller. `reference` names the payment in
    // messages and logs.
    PaynowPoller(const PaynowClient *client, QUrl pollUrl, QString reference, PollSchedule schedule = {},
        QObject *parent = nullptr);

    // Starts polling. Does nothing when polling is already running.
    void start();

    // Stops polling and emits finished(Cancelled). A reply still in transit
    // is dropped when it arrives.
    void cancel();

    bool isRunning() const { return m_running; }
    int pollCount() const { return m_pollCount; }
    const std::optional<StatusUpdate> &lastUpdate() const { return m_lastUpdate; }

signals:
    void statusReceived(const saasodoo::billing::StatusUpdate &update);
    // A poll failed on the network or with an HTTP error; polling goes on.
    void pollFailed(const QString &message);
    // Emitted once per start(). `message` explains every outcome except
    // FinalStatus.
    void finished(saasodoo::billing::PollOutcome outcome, const QString &message);

private:
    void scheduleNextPoll();
    void sendPoll();
    void handleReply(const Result<QByteArray> &reply);
    void finish(PollOutcome outcome, const QString &message);

    const PaynowClient *m_client;
    QUrl m_pollUrl;
    QString m_reference;
    PollSchedule m_schedule;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::optional<StatusUpdate> m_lastUpdate;
    int m_pollCount = 0;
    quint64 m_generation = 0; // bumped on finish, so late replies are dropped
    bool m_running = false;
};

} // namespace saasodoo::billing
