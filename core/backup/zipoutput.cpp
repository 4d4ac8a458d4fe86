// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipoutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

la_ssize_t writeCallback(archive *, void *clientData, const void *buffer, size_t length)
{
    return la_ssize_t(static_cast<ZipOutput *>(clientData)->writeRaw(static_cast<const char *>(buffer), qint64(length)));
}

} // namespace

ZipOutput::ZipOutput(int deflateLevel) : m_deflateLevel(deflateLevel) { }

ZipOutput::~ZipOutput()
{
    abort();
}

qint64 ZipOutput::writeRaw(const char *bytes, qint64 length)
{
    if (m_file.write(bytes, length) != length) {
        m_ioError = m_file.errorString();
        return -1;
    }
    m_hash.addData(QByteArrayView(bytes, qsizetype(length)));
    m_written += length;
    return length;
}

QString ZipOutput::lastError() const
{
    if (!m_ioError.isEmpty())
        return tr("Writing %1 failed: %2").arg(m_file.fileName(), m_ioError);
    return tr("Writing %1 failed: %2")
        .arg(m_file.fileName(), QString::fromUtf8(m_archive ? archive_error_string(m_archive) : "closed"));
}

Status ZipOutput::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(tr("Could not create %1: %2").arg(path, m_file.errorString()));
    m_archive = archive_write_new();
    archive_write_set_format_zip(m_archive);
    // No padding after the end of central directory record.
    archive_write_set_bytes_per_block(m_archive, 64 * 1024);
    archive_write_set_bytes_in_last_block(m_archive, 1);
    const QByteArray level = "zip:compression-level=" + QByteArray::number(m_deflateLevel);
    if (archive_write_set_options(m_archive, level.constData()) != ARCHIVE_OK)
        return makeError(lastError());
    if (archive_write_open2(m_archive, this, nullptr, &writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        return makeError(lastError());
    return {};
}

Status ZipOutput::beginEntry(const QString &name, qint64 size, bool deflate, std::time_t mtime)
{
    if (deflate)
        archive_write_zip_set_compression_deflate(m_archive);
    else
        archive_write_zip_set_compression_store(m_archive);
    archive_entry *entry = archive_entry_new();
    const auto freeEntry = qScopeGuard([entry] { archive_entry_free(entry); });
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(entry, utf8.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, mtime ? mtime : std::time_t(QDateTime::currentSecsSinceEpoch()), 0);
    if (size >= 0)
        archive_entry_set_size(entry, size);
    else
        archive_entry_unset_size(entry);
    if (archive_write_header(m_archive, entry) != ARCHIVE_OK)
        return makeError(lastError());
    return {};
}

Status ZipOutput::writeData(QByteArrayView data)
{
    qsizetype offset = 0;
    while (offset < data.size()) {
        const la_ssize_t count = archive_write_data(m_archive, data.constData() + offset, size_t(data.size() - offset));
        if (count <= 0)
            return makeError(lastError());
        offset += count;
    }
    return {};
}

Result<ZipOutput::Summary> ZipOutput::close()
{
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return makeError(lastError());
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!m_file.flush())
        return makeError(tr("Writing %1 failed: %2").arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
    return Summary { m_written, m_hash.result().toHex() };
}

void ZipOutput::abort()
{
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    m_file.close();
}

} // namespace saasodoo::backup
