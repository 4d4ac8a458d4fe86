// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

bool isSkipped(QByteArrayView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(COMMENT ON EXTENSION |ALTER [A-Z ]+ .* OWNER TO |ALTER DEFAULT PRIVILEGES FOR ROLE |SET transaction_timeout )"));
    return pattern.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 4096)))).hasMatch();
}

} // namespace

QByteArray DumpFilter::feed(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + 64);
    qsizetype start = 0;
    // Complete the line carried over from the last chunk first.
    if (!m_pending.isEmpty()) {
        const qsizetype newline = chunk.indexOf('\n');
        if (newline < 0) {
            m_pending.append(chunk.constData(), chunk.size());
            return out;
        }
        m_pending.append(chunk.constData(), newline + 1);
        processLine(m_pending, out);
        m_pending.clear();
        start = newline + 1;
    }
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0) {
            m_pending.append(chunk.constData() + start, chunk.size() - start);
            break;
        }
        processLine(chunk.sliced(start, newline + 1 - start), out);
        start = newline + 1;
    }
    return out;
}

QByteArray DumpFilter::finish()
{
    QByteArray out;
    if (!m_pending.isEmpty())
        processLine(m_pending, out);
    m_pending.clear();
    return out;
}

void DumpFilter::processLine(QByteArrayView line, QByteArray &out)
{
    if (m_inCopy) {
        out.append(line.constData(), line.size());
        const QByteArrayView content = line.trimmed();
        if (content == "\\.")
            m_inCopy = false;
        return;
    }
    const QByteArrayView content = line.trimmed();
    if (content.isEmpty() || content.startsWith("--")) {
        out.append(line.constData(), line.size());
        return;
    }
    if (m_atStatementStart) {
        if (content.startsWith('\\')) {
            if (content.startsWith("\\restrict ") || content.startsWith("\\unrestrict ")) {
                out.append(line.constData(), line.size());
                return;
            }
            if (m_error.isEmpty())
                m_error = tr("The dump contains the psql meta-command \"%1\", which a restore never runs.")
                              .arg(QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 80))));
            return;
        }
        if (content.startsWith("COPY ") && content.endsWith("FROM stdin;")) {
            m_inCopy = true;
            out.append(line.constData(), line.size());
            return;
        }
        if (content.endsWith(';') && isSkipped(content)) {
            ++m_skippedCount;
            if (m_skipped.size() < 100)
                m_skipped << QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 200)));
            return;
        }
        if (content.startsWith("CREATE EXTENSION ") && !content.startsWith("CREATE EXTENSION IF NOT EXISTS ")) {
            out.append("CREATE EXTENSION IF NOT EXISTS ");
            const qsizetype indent = line.indexOf("CREATE EXTENSION ");
            const QByteArrayView rest = line.sliced(indent + qsizetype(sizeof("CREATE EXTENSION ") - 1));
            out.append(rest.constData(), rest.size());
            m_atStatementStart = content.endsWith(';');
            return;
        }
    }
    out.append(line.constData(), line.size());
    m_atStatementStart = content.endsWith(';');
}

} // namespace saasodoo::backup
