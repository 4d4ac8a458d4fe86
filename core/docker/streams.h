// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <functional>

namespace saasodoo::docker {

enum class StreamType : std::uint8_t { Stdin = 0, Stdout = 1, Stderr = 2 };

// Receives output bytes of a container, exec or log stream. Returning false
// stops the stream; the call then succeeds with what was received.
using OutputSink = std::function<bool(StreamType stream, QByteArrayView data)>;

// Receives a body chunk by chunk; returning false stops the transfer early.
using ByteSink = std::function<bool(QByteArrayView data)>;

// Fills `buffer` with up to `size` bytes of a request body and returns the
// count, 0 at the end, or -1 to abort the upload.
using ByteSource = std::function<qint64(char *buffer, qint64 size)>;

// Splits Docker's multiplexed stream (an 8-byte header [type, 0, 0, 0,
// size as big-endian uint32] before each payload) into stdout and stderr.
// It accepts chunks cut at any byte and hands payload on without waiting
// for a frame to complete, so memory stays at most the header size.
class FrameDemultiplexer
{
public:
    explicit FrameDemultiplexer(OutputSink sink);

    // Returns false when the sink stopped or the data is not a valid stream.
    bool feed(QByteArrayView chunk);

    bool failed() const { return m_failed; }
    // True when the stream ended inside a header or payload.
    bool hasPartialFrame() const { return m_headerFill != 0 || m_remaining != 0; }

private:
    OutputSink m_sink;
    char m_header[8] = {};
    int m_headerFill = 0;
    quint32 m_remaining = 0;
    StreamType m_current = StreamType::Stdout;
    bool m_failed = false;
};

// Splits a newline-delimited stream (events, stats, progress) into lines
// cut at any byte. A line longer than maxLineBytes is an error, so a broken
// stream cannot grow memory without limit.
class LineSplitter
{
public:
    using LineSink = std::function<bool(QByteArrayView line)>;

    explicit LineSplitter(LineSink sink, qsizetype maxLineBytes = 16 * 1024 * 1024);

    // Returns false when the sink stopped or a line was too long.
    bool feed(QByteArrayView chunk);
    // Delivers a last line without a trailing newline.
    bool finish();

    bool overflowed() const { return m_overflowed; }

private:
    LineSink m_sink;
    QByteArray m_pending;
    qsizetype m_maxLineBytes;
    bool m_overflowed = false;
};

// CPU use in percent of one CPU, computed as the docker CLI does: the
// container's CPU time delta over the host's CPU time delta, times the
// number of online CPUs, times 100. Returns 0 when either delta is not positive.
double cpuPercent(const StatsSample &sample);

} // namespace saasodoo::docker
