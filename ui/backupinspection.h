// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace saasodoo::ui {

// The result of checking a file dropped on the Instances pane.
struct BackupInspection
{
    enum class Kind {
        NotBackup,
        OdooZip, // an Odoo database manager zip: manifest.json and dump.sql
        PgDumpCustom, // a pg_dump custom-format archive (starts with "PGDMP")
    };

    QString path;
    Kind kind = Kind::NotBackup;
    qint64 sizeBytes = 0;
    QString reason; // why it is not a backup, for the message
    QJsonObject manifest; // the zip's manifest.json, when it parsed
    bool hasFilestore = false; // the zip has a filestore/ folder
    int moduleCount = 0; // installed modules the manifest lists
    // The restore engine's summary, when its checks passed. Otherwise
    // validationError contains the reason it would reject the file.
    backup::BackupSummary summary;
    QString validationError;
};

// Checks a local file without reading more than its head and, for a zip, its
// central directory and manifest, so a multi-gigabyte backup is checked in
// milliseconds. A backup then goes through backup::inspectBackup, the
// restore engine's own validation. Blocks on file I/O: call it on a worker
// thread.
class BackupInspector
{
    Q_DECLARE_TR_FUNCTIONS(BackupInspector)

public:
    static BackupInspection inspect(const QString &path);

private:
    // Tells a backup from any other file, with the reason for the message.
    static BackupInspection inspectFormat(const QString &path);
};

} // namespace saasodoo::ui

Q_DECLARE_METATYPE(saasodoo::ui::BackupInspection)
