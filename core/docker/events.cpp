// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

#include <algorithm>

namespace saasodoo::docker {

namespace {

// Several times the engine's replay buffer (256 events in moby's events
// package), so a full replay is deduplicated.
constexpr qsizetype maxRecentKeys = 1024;

} // namespace

bool EventCursor::accept(const Event &event)
{
    const QString key = keyOf(event);
    if (m_recentKeys.contains(key))
        return false;
    m_recentKeys.insert(key);
    m_recentOrder.enqueue(key);
    if (m_recentOrder.size() > maxRecentKeys)
        m_recentKeys.remove(m_recentOrder.dequeue());
    m_lastTimeNano = std::max(m_lastTimeNano, event.timeNano);
    return true;
}

QString EventCursor::sinceParameter() const
{
    if (m_lastTimeNano <= 0)
        return {};
    constexpr qint64 nanosPerSecond = 1000000000;
    return QStringLiteral("%1.%2")
        .arg(m_lastTimeNano / nanosPerSecond)
        .arg(m_lastTimeNano % nanosPerSecond, 9, 10, QLatin1Char('0'));
}

QString EventCursor::keyOf(const Event &event)
{
    return QString(event.type + u'\x1f' + event.action + u'\x1f' + event.actorId + u'\x1f'
        + QString::number(event.timeNano));
}

} // namespace saasodoo::docker
