// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgclient.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

QString versionOutput(const QString &pgDump)
{
    QProcess process;
    process.start(pgDump, { QStringLiteral("--version") });
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

QString ClientTools::pgDump() const
{
    return QDir(directory).filePath(QStringLiteral("pg_dump"));
}

QString ClientTools::pgRestore() const
{
    return QDir(directory).filePath(QStringLiteral("pg_restore"));
}

QString ClientTools::psql() const
{
    return QDir(directory).filePath(QStringLiteral("psql"));
}

int parseClientMajorVersion(const QString &versionText)
{
    // PostgreSQL 10 and later number releases major.minor; 9.x used
    // major.major.minor, where 9 is what server_version_num / 10000 gives.
    static const QRegularExpression pattern(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(versionText);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int serverMajorVersion(int serverVersionNum)
{
    return serverVersionNum / 10000;
}

QList<ClientTools> findClientTools(const QStringList &extraDirectories)
{
    QStringList directories = extraDirectories;
    const QDir debian(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &major : debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        directories << debian.filePath(major + QStringLiteral("/bin"));
    directories << qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);

    QList<ClientTools> found;
    QSet<QString> seen;
    for (const QString &directory : std::as_const(directories)) {
        const QFileInfo pgDump(QDir(directory).filePath(QStringLiteral("pg_dump")));
        if (!pgDump.isExecutable())
            continue;
        const QString canonical = pgDump.canonicalFilePath();
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);
        ClientTools tools;
        // Debian's /usr/bin/pg_dump is a wrapper that picks a version by
        // itself, so the real directory is used when the link resolves to one.
        tools.directory = QFileInfo(canonical).fileName() == QLatin1String("pg_dump")
                && QFileInfo(QFileInfo(canonical).dir().filePath(QStringLiteral("psql"))).isExecutable()
            ? QFileInfo(canonical).absolutePath()
            : directory;
        tools.versionText = versionOutput(tools.pgDump());
        tools.majorVersion = parseClientMajorVersion(tools.versionText);
        if (tools.majorVersion == 0) {
            qCWarning(lcStorage) << "ignoring" << tools.pgDump() << "because its version is unreadable";
            continue;
        }
        found << tools;
    }
    std::stable_sort(found.begin(), found.end(),
        [](const ClientTools &a, const ClientTools &b) { return a.majorVersion > b.majorVersion; });
    return found;
}

Result<ClientTools> chooseClientTools(const QList<ClientTools> &available, int serverVersionNum)
{
    const int serverMajor = serverMajorVersion(serverVersionNum);
    const ClientTools *best = nullptr;
    for (const ClientTools &tools : available) {
        if (tools.majorVersion < serverMajor)
            continue;
        if (!best || tools.majorVersion < best->majorVersion)
            best = &tools;
    }
    if (best)
        return *best;

    QStringList versions;
    for (const ClientTools &tools : available)
        versions << QString::number(tools.majorVersion);
    const QString foundText = versions.isEmpty() ? tr("none found") : versions.join(QStringLiteral(", "));
    return makeError(tr("The PostgreSQL server runs version %1, but the newest pg_dump on this computer is older "
                        "(major versions found: %2), and pg_dump refuses to dump a newer server. "
                        "Install the Debian package postgresql-client-%1 and run the backup again.")
                         .arg(serverMajor)
                         .arg(foundText));
}

} // namespace saasodoo::backup
