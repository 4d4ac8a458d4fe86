// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"

#include <QQueue>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>

namespace saasodoo::docker {

// The sink's request for the stream after each event.
enum class EventDisposition {
    Continue,
    Reconnect, // close this connection and resume from the cursor (used after a stall)
    Stop,
};

using EventSink = std::function<EventDisposition(const Event &event)>;

// The position in the event stream: the latest event time delivered and the
// keys of the most recent events. The engine replays every event at or after
// `since`, so on a reconnect the cursor drops those it already delivered and
// nothing is lost or delivered twice. Events are not dropped for being older
// than the latest one, because the engine may publish two events slightly
// out of time order.
// NOTE: the engine replays only the events still in its buffer (256 in
// moby's events package as recalled, not measured here), so a stream that is
// down while more events happen loses the older ones.
class EventCursor
{
public:
    EventCursor() = default;
    explicit EventCursor(qint64 sinceTimeNano) : m_lastTimeNano(sinceTimeNano) { }

    // Returns true when `event` is new and records it, false for a replayed duplicate.
    bool accept(const Event &event);

    // The value for GET /events?since=, "seconds.nanoseconds"; empty before any event.
    QString sinceParameter() const;
    qint64 lastTimeNano() const { return m_lastTimeNano; }

private:
    static QString keyOf(const Event &event);

    qint64 m_lastTimeNano = 0;
    QSet<QString> m_recentKeys;
    QQueue<QString> m_recentOrder; // oldest first, bounded by maxRecentKeys
};

struct EventReconnectPolicy
{
    int maxAttempts = -1; // consecutive failed reconnects before giving up; -1 means no limit
    std::chrono::milliseconds initialDelay { 200 };
    std::chrono::milliseconds maxDelay { 10000 };
};

} // namespace saasodoo::docker
