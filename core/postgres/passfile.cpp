// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passfile.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <QProcess>

#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
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

Result<std::unique_ptr<PassFile>> PassFile::create(const PgEndpoint &endpoint, const QString &password,
    Storage storage)
{
    // host:port:database:user:password, with a wildcard database so the
    // same file serves pg_dump, psql and pg_restore on any database.
    const QByteArray line = QStringLiteral("%1:%2:*:%3:%4\n")
                                .arg(escapePassFileField(endpoint.host))
                                .arg(endpoint.port)
                                .arg(escapePassFileField(endpoint.user), escapePassFileField(password))
                                .toUtf8();
    const QString directory = passFileDirectory();
    removeOrphanedPassFiles(directory);
    std::unique_ptr<PassFile> file(new PassFile);
#ifdef Q_OS_LINUX
    if (storage == Storage::Memory) {
        // Close-on-exec, so that only the children that prepare() sets up
        // inherit it. libpq rejects a file that group or others may read.
        const int descriptor = ::memfd_create("saasodoo-pgpass", MFD_CLOEXEC);
        if (descriptor >= 0) {
            file->m_descriptor = descriptor;
            if (::fchmod(descriptor, S_IRUSR | S_IWUSR) != 0
                || ::write(descriptor, line.constData(), size_t(line.size())) != ssize_t(line.size()))
                return makeError(QCoreApplication::translate("Postgres", "Could not write the in-memory password "
                                                                         "file: %1")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return file;
        }
        // An old kernel without memfd_create (before Linux 3.17) falls back to a file.
        qCInfo(lcPostgres) << "memfd_create failed, using a password file on disk:" << std::strerror(errno);
    }
#else
    Q_UNUSED(storage)
#endif
    file->m_file.setFileTemplate(
        QStringLiteral("%1/pgpass-%2-XXXXXX").arg(directory).arg(QCoreApplication::applicationPid()));
    // QTemporaryFile creates the file with mode 0600 before anything is written.
    if (!file->m_file.open())
        return makeError(QCoreApplication::translate("Postgres", "Could not create a password file in %1: %2")
                             .arg(directory, file->m_file.errorString()));
    file->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file->m_file.write(line) < 0 || !file->m_file.flush())
        return makeError(QCoreApplication::translate("Postgres", "Could not write the password file %1: %2")
                             .arg(file->m_file.fileName(), file->m_file.errorString()));
    return file;
}

PassFile::~PassFile()
{
#ifdef Q_OS_UNIX
    if (m_descriptor >= 0)
        ::close(m_descriptor);
#endif
}

QString PassFile::path() const
{
    return inMemory() ? QStringLiteral("/dev/fd/%1").arg(m_descriptor) : m_file.fileName();
}

QProcessEnvironment PassFile::environment(QProcessEnvironment base) const
{
    base.remove(QStringLiteral("PGPASSWORD"));
    base.insert(QStringLiteral("PGPASSFILE"), path());
    return base;
}

void PassFile::prepare(QProcess &process, const QProcessEnvironment &base, std::function<void()> childSetup) const
{
    process.setProcessEnvironment(environment(base));
    const int descriptor = m_descriptor;
    process.setChildProcessModifier([descriptor, childSetup = std::move(childSetup)] {
#ifdef Q_OS_UNIX
        // Clears close-on-exec in the child only, which then reads /dev/fd/<n>.
        if (descriptor >= 0)
            ::fcntl(descriptor, F_SETFD, 0);
#endif
        if (childSetup)
            childSetup();
    });
}

} // namespace saasodoo::postgres
