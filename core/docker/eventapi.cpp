// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprivate.h"

#include "core/common/logging.h"

#include <QThread>

#include <algorithm>

namespace saasodoo::docker {

using namespace detail;

namespace {

// Sleeps for `delay` in small steps; returns false when cancelled meanwhile.
bool sleepUnlessCancelled(std::chrono::milliseconds delay, const CancellationToken &cancellation)
{
    constexpr std::chrono::milliseconds step { 50 };
    for (std::chrono::milliseconds slept { 0 }; slept < delay; slept += step) {
        if (cancellation.isCancelled())
            return false;
        QThread::msleep(quint64(step.count()));
    }
    return !cancellation.isCancelled();
}

} // namespace

DockerStatus DockerClient::streamEvents(const EventFilter &filter, EventCursor &cursor, const EventSink &sink,
    const std::optional<QDateTime> &until, const CancellationToken &cancellation) const
{
    return streamEventsOnce(filter, cursor, sink, until, cancellation).status;
}

DockerClient::EventStreamEnd DockerClient::streamEventsOnce(const EventFilter &filter, EventCursor &cursor,
    const EventSink &sink, const std::optional<QDateTime> &until, const CancellationToken &cancellation) const
{
    const QString operation = tr("follow the Docker events");
    Query query("/events");
    const QString since = cursor.sinceParameter();
    if (!since.isEmpty())
        query.add("since", since);
    if (until)
        query.add("until", QByteArray::number(until->toSecsSinceEpoch()));
    const Json filters = eventFilterToJson(filter);
    if (!filters.empty())
        query.add("filters", QByteArray::fromStdString(filters.dump()));

    EventDisposition disposition = EventDisposition::Continue;
    bool invalidLine = false;
    LineSplitter lines([&](QByteArrayView line) {
        const std::optional<Json> json = parseJson(line);
        if (!json || !json->is_object()) {
            invalidLine = true;
            return false;
        }
        const Event event = parseEvent(*json);
        if (!cursor.accept(event))
            return true;
        disposition = sink(event);
        return disposition == EventDisposition::Continue;
    });
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    request.bodySink = [&lines](QByteArrayView chunk) { return lines.feed(chunk); };
    const DockerResult<HttpResponse> response = sendExpecting(request, operation, { 200 });
    if (!response)
        return { response.dockerError(), disposition };
    if (invalidLine)
        return { protocolError(operation, tr("an event is not a JSON object")), disposition };
    if (lines.overflowed())
        return { protocolError(operation, tr("an event is too long")), disposition };
    return { DockerStatus(), disposition };
}

DockerStatus DockerClient::watchEvents(const EventFilter &filter, EventCursor &cursor, const EventSink &sink,
    const EventReconnectPolicy &policy, const CancellationToken &cancellation) const
{
    // Without a start time, begin now so that a reconnect before the first
    // event does not replay the engine's older events.
    if (cursor.lastTimeNano() == 0)
        cursor = EventCursor(QDateTime::currentMSecsSinceEpoch() * 1000000);

    int failures = 0;
    std::chrono::milliseconds delay = policy.initialDelay;
    for (;;) {
        const qint64 before = cursor.lastTimeNano();
        const EventStreamEnd end = streamEventsOnce(filter, cursor, sink, std::nullopt, cancellation);
        if (end.disposition == EventDisposition::Stop)
            return end.status;
        if (!end.status) {
            const DockerError &error = end.status.dockerError();
            if (error.kind == DockerError::Kind::Cancelled || error.kind == DockerError::Kind::Configuration
                || error.kind == DockerError::Kind::UnsupportedVersion || error.kind == DockerError::Kind::Tls)
                return end.status;
            if (cursor.lastTimeNano() != before)
                failures = 0;
            ++failures;
            if (policy.maxAttempts >= 0 && failures > policy.maxAttempts)
                return end.status;
            qCWarning(lcDocker) << "Docker event stream dropped, reconnecting in" << delay.count() << "ms:"
                                << error.message;
            if (!sleepUnlessCancelled(delay, cancellation))
                return cancelledError(tr("follow the Docker events"));
            delay = std::min(delay * 2, policy.maxDelay);
            continue;
        }
        // The stream ended cleanly or the sink asked for a reconnect.
        failures = 0;
        delay = policy.initialDelay;
        qCDebug(lcDocker) << "Docker event stream closed, resuming since" << cursor.sinceParameter();
    }
}

} // namespace saasodoo::docker
