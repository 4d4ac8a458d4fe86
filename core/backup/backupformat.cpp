// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

bool startsWith(QByteArrayView data, QByteArrayView prefix, qsizetype offset = 0)
{
    return data.size() >= offset + prefix.size() && data.sliced(offset, prefix.size()) == prefix;
}

double byteEntropy(QByteArrayView data)
{
    std::array<qint64, 256> counts {};
    for (const char c : data)
        ++counts[static_cast<unsigned char>(c)];
    double entropy = 0;
    const double total = double(data.size());
    for (const qint64 count : counts) {
        if (count == 0)
            continue;
        const double p = double(count) / total;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

} // namespace

QByteArray Manifest::toJson() const
{
    QJsonObject moduleObject;
    for (auto it = modules.cbegin(); it != modules.cend(); ++it)
        moduleObject.insert(it.key(), it.value());
    const QJsonObject object { { QStringLiteral("odoo_dump"), odooDump },
        { QStringLiteral("db_name"), databaseName }, { QStringLiteral("version"), version },
        { QStringLiteral("version_info"), versionInfo }, { QStringLiteral("major_version"), majorVersion },
        { QStringLiteral("pg_version"), pgVersion }, { QStringLiteral("modules"), moduleObject } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(tr("manifest.json is not valid JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    const QJsonObject object = document.object();
    Manifest manifest;
    manifest.odooDump = object.value(QStringLiteral("odoo_dump")).toString();
    manifest.databaseName = object.value(QStringLiteral("db_name")).toString();
    manifest.version = object.value(QStringLiteral("version")).toString();
    manifest.versionInfo = object.value(QStringLiteral("version_info")).toArray();
    manifest.majorVersion = object.value(QStringLiteral("major_version")).toString();
    manifest.pgVersion = object.value(QStringLiteral("pg_version")).toString();
    const QJsonObject moduleObject = object.value(QStringLiteral("modules")).toObject();
    for (auto it = moduleObject.constBegin(); it != moduleObject.constEnd(); ++it)
        manifest.modules.insert(it.key(), it.value().toString());
    if (manifest.majorVersion.isEmpty() && !manifest.version.isEmpty()) {
        // Some writers leave major_version out; "saas~17.2" belongs to 17.0.
        QString version = manifest.version;
        version.remove(QStringLiteral("saas~"));
        manifest.majorVersion = version.section(u'.', 0, 0) + QStringLiteral(".0");
    }
    if (manifest.majorVersion.isEmpty())
        return makeError(tr("manifest.json names no Odoo version (major_version and version are missing)."));
    return manifest;
}

void setOdooVersion(Manifest &manifest, const QString &series)
{
    const int major = series.section(u'.', 0, 0).toInt();
    const int minor = series.section(u'.', 1, 1).toInt();
    manifest.version = series;
    manifest.majorVersion = QStringLiteral("%1.%2").arg(major).arg(minor);
    manifest.versionInfo = QJsonArray { major, minor, 0, QStringLiteral("final"), 0, QString() };
}

QString odooPgVersion(int serverVersionNum)
{
    // Python 3 divides server_version / 100 as a float, so the minor part is
    // a fraction that "%d" truncates to 0 on PostgreSQL 10 and later.
    const double hundredths = serverVersionNum / 100.0;
    const int major = int(hundredths / 100);
    const int minor = int(std::fmod(hundredths, 100.0));
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

bool looksCompressed(QByteArrayView head, const QString &name)
{
    static const char *const extensions[] = { ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip", ".gz",
        ".tgz", ".xz", ".bz2", ".zst", ".7z", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".mp3", ".mp4",
        ".ogg", ".webm", ".jar", ".apk" };
    for (const char *extension : extensions) {
        if (name.endsWith(QLatin1String(extension), Qt::CaseInsensitive))
            return true;
    }
    if (startsWith(head, "\x89PNG\r\n\x1a\n") || startsWith(head, "\xff\xd8\xff") || startsWith(head, "GIF8")
        || (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8)) || startsWith(head, "%PDF-")
        || startsWith(head, "PK\x03\x04") || startsWith(head, "\x1f\x8b") || startsWith(head, "\xfd" "7zXZ")
        || startsWith(head, "BZh") || startsWith(head, "\x28\xb5\x2f\xfd") || startsWith(head, "7z\xbc\xaf\x27\x1c")
        || startsWith(head, "ftyp", 4) || startsWith(head, "ID3") || startsWith(head, "OggS"))
        return true;
    // Short files gain or lose little either way.
    if (head.size() < 4096)
        return false;
    return byteEntropy(head) > 7.5;
}

} // namespace saasodoo::backup
