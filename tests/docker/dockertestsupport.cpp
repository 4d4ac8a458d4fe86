// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockertestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace saasodoo::test {

namespace {

struct ArchiveWriteDeleter
{
    void operator()(archive *handle) const { archive_write_free(handle); }
};

struct ArchiveReadDeleter
{
    void operator()(archive *handle) const { archive_read_free(handle); }
};

struct EntryDeleter
{
    void operator()(archive_entry *entry) const { archive_entry_free(entry); }
};

la_ssize_t appendToByteArray(archive *, void *target, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(target)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

docker::Labels dockerTestLabels()
{
    return { { QLatin1String(dockerTestLabelKey), QLatin1String(dockerTestLabelValue) } };
}

QString uniqueDockerName(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

QByteArray makeTar(const QList<TarEntry> &entries)
{
    QByteArray tar;
    std::unique_ptr<archive, ArchiveWriteDeleter> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1);
    archive_write_open(writer.get(), &tar, nullptr, appendToByteArray, nullptr);
    for (const TarEntry &item : entries) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        const QByteArray path = item.path.toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), path.constData());
        archive_entry_set_perm(entry.get(), mode_t(item.mode));
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        if (item.directory) {
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
        } else if (!item.linkTarget.isEmpty()) {
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink_utf8(entry.get(), item.linkTarget.toUtf8().constData());
        } else {
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), item.data.size());
        }
        archive_write_header(writer.get(), entry.get());
        if (!item.directory && item.linkTarget.isEmpty() && !item.data.isEmpty())
            archive_write_data(writer.get(), item.data.constData(), size_t(item.data.size()));
    }
    archive_write_close(writer.get());
    return tar;
}

QList<TarEntry> readTar(const QByteArray &tar, QString *error)
{
    QList<TarEntry> entries;
    std::unique_ptr<archive, ArchiveReadDeleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        if (error)
            *error = QString::fromUtf8(archive_error_string(reader.get()));
        return entries;
    }
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        TarEntry item;
        const char *utf8 = archive_entry_pathname_utf8(entry);
        item.path = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        item.mode = int(archive_entry_perm(entry));
        item.directory = archive_entry_filetype(entry) == AE_IFDIR;
        if (archive_entry_filetype(entry) == AE_IFLNK)
            item.linkTarget = QString::fromUtf8(archive_entry_symlink(entry));
        char buffer[65536];
        la_ssize_t read = 0;
        while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0)
            item.data.append(buffer, qsizetype(read));
        entries.append(item);
    }
    if (status != ARCHIVE_EOF && error)
        *error = QString::fromUtf8(archive_error_string(reader.get()));
    return entries;
}

QByteArray busyboxRootfsTar()
{
    QFile busybox(QStringLiteral("/bin/busybox"));
    if (!busybox.open(QIODevice::ReadOnly))
        return {};
    QList<TarEntry> entries {
        TarEntry { QStringLiteral("bin"), {}, 0755, true, {} },
        TarEntry { QStringLiteral("bin/busybox"), busybox.readAll(), 0755, false, {} },
        TarEntry { QStringLiteral("tmp"), {}, 01777, true, {} },
        TarEntry { QStringLiteral("data"), {}, 0755, true, {} },
        TarEntry { QStringLiteral("etc"), {}, 0755, true, {} },
        TarEntry { QStringLiteral("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n", 0644, false, {} },
        TarEntry { QStringLiteral("etc/group"), "root:x:0:\n", 0644, false, {} },
    };
    const char *applets[] = { "sh", "sleep", "echo", "cat", "ls", "mkdir", "dd", "id", "head", "printf", "true",
        "false", "seq", "env", "yes", "stat", "find", "wc", "rm", "httpd", "kill", "chmod", "tar" };
    for (const char *applet : applets)
        entries.append(TarEntry { QStringLiteral("bin/") + QLatin1String(applet), {}, 0777, false,
            QStringLiteral("busybox") });
    return makeTar(entries);
}

docker::ByteSource byteSource(QByteArray data)
{
    auto offset = std::make_shared<qint64>(0);
    return [data = std::move(data), offset](char *buffer, qint64 size) -> qint64 {
        const qint64 count = std::min<qint64>(size, data.size() - *offset);
        std::copy_n(data.constData() + *offset, count, buffer);
        *offset += count;
        return count;
    };
}

docker::DockerResult<QString> importBusyboxImage(
    const docker::DockerClient &client, const QString &repository, const QString &tag)
{
    const QString label = QStringLiteral("LABEL %1=%2")
                              .arg(QLatin1String(dockerTestLabelKey), QLatin1String(dockerTestLabelValue));
    return client.importImage(byteSource(busyboxRootfsTar()), repository, tag, { label });
}

} // namespace saasodoo::test
