// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passfile.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace saasodoo::postgres {

QString escapePassFileField(const QString &field)
{
    QString escaped = field;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u':', QStringLiteral("\\:"));
    return escaped;
}

namespace {

// A directory only this user can enter: the session's runtime directory
// (tmpfs, emptied at logout) when there is one, else one under /tmp.
QString passFileDirectory()
{
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
#ifdef Q_OS_UNIX
    const QString directory = QStringLiteral("%1/saasodoo-%2").arg(base).arg(::getuid());
#else
    const QString directory = base + QStringLiteral("/saasodoo");
#endif
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return directory;
}

// Removes password files left by processes that died before their clean-up
// ran (killed, or crashed). Each file's name carries its creator's pid.
// NOTE: a pid reused by an unrelated process keeps its old file until that
// process ends too.
void removeOrphanedPassFiles(const QString &directory)
{
#ifdef Q_OS_UNIX
    const QStringList names = QDir(directory).entryList({ QStringLiteral("pgpass-*") }, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == qint64(::getpid()))
            continue;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH) {
            if (QFile::remove(directory + QLatin1Char('/') + name))
                qCInfo(lcPostgres) << "removed a password file left by process" << pid;
        }
    }
#else
    Q_UNUSED(directory)
#endif
}

} // namespace

Result<std::unique_ptr<PassFile>> PassFile::create(const PgEndpoint &endpoint, const QString &password)
{
    const QString directory = passFileDirectory();
    removeOrphanedPassFiles(directory);
    std::unique_ptr<PassFile> file(new PassFile);
    file->m_file.setFileTemplate(
        QStringLiteral("%1/pgpass-%2-XXXXXX").arg(directory).arg(QCoreApplication::applicationPid()));
    // QTemporaryFile creates the file with mode 0600 before anything is written.
    if (!file->m_file.open())
        return makeError(QCoreApplication::translate("Postgres", "Could not create a password file in %1: %2")
                             .arg(directory, file->m_file.errorString()));
    file->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // host:port:database:user:password, with a wildcard database so the
    // same file serves pg_dump, psql and pg_restore on any database.
    const QString line = QStringLiteral("%1:%2:*:%3:%4\n")
                             .arg(escapePassFileField(endpoint.host))
                             .arg(endpoint.port)
                             .arg(escapePassFileField(endpoint.user), escapePassFileField(password));
    if (file->m_file.write(line.toUtf8()) < 0 || !file->m_file.flush())
        return makeError(QCoreApplication::translate("Postgres", "Could not write the password file %1: %2")
                             .arg(file->m_file.fileName(), file->m_file.errorString()));
    return file;
}

QProcessEnvironment PassFile::environment(QProcessEnvironment base) const
{
    base.remove(QStringLiteral("PGPASSWORD"));
    base.insert(QStringLiteral("PGPASSFILE"), path());
    return base;
}

} // namespace saasodoo::postgres
