// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "streams.h"

#include <algorithm>

namespace saasodoo::docker {

FrameDemultiplexer::FrameDemultiplexer(OutputSink sink) : m_sink(std::move(sink)) { }

bool FrameDemultiplexer::feed(QByteArrayView chunk)
{
    if (m_failed)
        return false;
    qsizetype offset = 0;
    while (offset < chunk.size()) {
        if (m_remaining == 0) {
            const qsizetype take = std::min<qsizetype>(8 - m_headerFill, chunk.size() - offset);
            std::copy_n(chunk.data() + offset, take, m_header + m_headerFill);
            m_headerFill += int(take);
            offset += take;
            if (m_headerFill < 8)
                break;
            m_headerFill = 0;
            const auto type = static_cast<unsigned char>(m_header[0]);
            if (type > 2 || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0) {
                m_failed = true;
                return false;
            }
            m_current = static_cast<StreamType>(type);
            m_remaining = (quint32(static_cast<unsigned char>(m_header[4])) << 24)
                | (quint32(static_cast<unsigned char>(m_header[5])) << 16)
                | (quint32(static_cast<unsigned char>(m_header[6])) << 8)
                | quint32(static_cast<unsigned char>(m_header[7]));
            continue;
        }
        const qsizetype take = std::min<qsizetype>(m_remaining, chunk.size() - offset);
        m_remaining -= quint32(take);
        const QByteArrayView payload = chunk.sliced(offset, take);
        offset += take;
        if (!m_sink(m_current, payload))
            return false;
    }
    return true;
}

LineSplitter::LineSplitter(LineSink sink, qsizetype maxLineBytes)
    : m_sink(std::move(sink)), m_maxLineBytes(maxLineBytes)
{
}

bool LineSplitter::feed(QByteArrayView chunk)
{
    while (!chunk.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_pending.append(chunk);
            if (m_pending.size() > m_maxLineBytes) {
                m_overflowed = true;
                return false;
            }
            return true;
        }
        bool keepGoing = true;
        if (m_pending.isEmpty()) {
            if (newline > 0)
                keepGoing = m_sink(chunk.first(newline));
        } else {
            m_pending.append(chunk.first(newline));
            keepGoing = m_sink(m_pending);
            m_pending.clear();
        }
        if (!keepGoing)
            return false;
        chunk = chunk.sliced(newline + 1);
    }
    return true;
}

bool LineSplitter::finish()
{
    if (m_pending.trimmed().isEmpty())
        return true;
    const QByteArray last = std::exchange(m_pending, {});
    return m_sink(last);
}

double cpuPercent(const StatsSample &sample)
{
    if (sample.cpuTotalUsage <= sample.preCpuTotalUsage || sample.systemCpuUsage <= sample.preSystemCpuUsage)
        return 0.0;
    const double cpuDelta = double(sample.cpuTotalUsage - sample.preCpuTotalUsage);
    const double systemDelta = double(sample.systemCpuUsage - sample.preSystemCpuUsage);
    const double onlineCpus = sample.onlineCpus > 0 ? double(sample.onlineCpus) : 1.0;
    return cpuDelta / systemDelta * onlineCpus * 100.0;
}

} // namespace saasodoo::docker
