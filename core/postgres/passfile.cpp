// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passfile.h"

#include <QCoreApplication>
#include <QDir>

namespace saasodoo::postgres {

QString escapePassFileField(const QString &field)
{
    QString escaped = field;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u':', QStringLiteral("\\:"));
    return escaped;
}

Result<std::unique_ptr<PassFile>> PassFile::create(const PgEndpoint &endpoint, const QString &password)
{
    std::unique_ptr<PassFile> file(new PassFile);
    file->m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/saasodoo-pgpass-XXXXXX"));
    // QTemporaryFile creates the file with mode 0600 before anything is written.
    if (!file->m_file.open())
        return makeError(QCoreApplication::translate("Postgres", "Could not create a password file in %1: %2")
                             .arg(QDir::tempPath(), file->m_file.errorString()));
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
