// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QFile>

#include <ctime>

struct archive;

namespace saasodoo::backup {

// A zip file written entry by entry through libarchive, hashed with SHA-256
// as the bytes go to disk. Entries of unknown size (size < 0) are deflated
// with a data descriptor and zip64 sizes, so they may exceed 4 GiB.
class ZipOutput
{
public:
    struct Summary
    {
        qint64 sizeBytes = 0;
        QByteArray sha256; // hex
    };

    explicit ZipOutput(int deflateLevel);
    ~ZipOutput();
    ZipOutput(const ZipOutput &) = delete;
    ZipOutput &operator=(const ZipOutput &) = delete;

    Status open(const QString &path);
    // Starts a regular file entry; `deflate` false stores it as is, which
    // needs a known size.
    Status beginEntry(const QString &name, qint64 size, bool deflate, std::time_t mtime = 0);
    Status writeData(QByteArrayView data);
    // Writes the central directory and closes the file.
    Result<Summary> close();
    // Closes without finishing the zip; the caller removes the file.
    void abort();

    // The sink libarchive writes the zip's bytes to; returns `length`, or -1
    // when the file write failed.
    qint64 writeRaw(const char *bytes, qint64 length);

private:
    QString lastError() const;

    archive *m_archive = nullptr;
    QFile m_file;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    qint64 m_written = 0;
    int m_deflateLevel;
    QString m_ioError;
};

} // namespace saasodoo::backup
