// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layout of the backup zip that Odoo's database manager writes
// (odoo/service/db.py, dump_db, 16.0 to 18.0): the members dump.sql (plain
// pg_dump --no-owner), manifest.json and filestore/<xx>/<sha1>, in that
// order, with no database-name prefix under filestore/.

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QMap>
#include <QString>

namespace saasodoo::backup {

inline constexpr char dumpMember[] = "dump.sql";
inline constexpr char manifestMember[] = "manifest.json";
inline constexpr char filestorePrefix[] = "filestore/";

// The last comment pg_dump writes into a complete plain-format dump.
inline constexpr char dumpCompleteTrailer[] = "-- PostgreSQL database dump complete";

// manifest.json, as dump_db_manifest() writes it.
struct Manifest
{
    QString odooDump = QStringLiteral("1");
    QString databaseName;
    QString version; // release.version, such as "18.0" or "saas~17.2"
    QJsonArray versionInfo; // such as [18, 0, 0, "final", 0, ""]
    QString majorVersion; // such as "18.0"
    QString pgVersion; // "15.0" style, as Odoo 16 to 18 write it
    QMap<QString, QString> modules; // installed module -> latest_version

    QByteArray toJson() const;
    static Result<Manifest> fromJson(const QByteArray &json);
};

// Builds a manifest's version fields for an Odoo series such as "18.0".
void setOdooVersion(Manifest &manifest, const QString &series);

// Formats server_version_num the way Odoo 16 to 18 do: "%d.%d" %
// divmod(server_version / 100, 100), which gives "15.0" for 150018.
QString odooPgVersion(int serverVersionNum);

// Whether data is already compressed, so deflating it would waste CPU for
// nothing: known magic numbers (PNG, JPEG, GIF, WebP, PDF, ZIP and its
// office formats, gzip, xz, bzip2, zstd, 7z, MP4, MP3, Ogg), else a byte
// entropy above 7.5 bits per byte in `head`. Filestore files have no
// extension (their names are SHA-1 hashes), so `name` helps only for other files.
bool looksCompressed(QByteArrayView head, const QString &name = {});

} // namespace saasodoo::backup
