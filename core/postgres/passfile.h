// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <memory>

namespace saasodoo::postgres {

// A libpq password file (mode 0600) for one child process such as pg_dump
// or psql, so the password never appears in its argument list or in the
// console's own environment. The file is deleted with this object.
class PassFile
{
public:
    static Result<std::unique_ptr<PassFile>> create(const PgEndpoint &endpoint, const QString &password);

    QString path() const { return m_file.fileName(); }

    // `base` plus PGPASSFILE pointing at this file, for QProcess.
    QProcessEnvironment environment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;

private:
    PassFile() = default;
    QTemporaryFile m_file;
};

// Escapes ':' and '\' as the password file format requires.
QString escapePassFileField(const QString &field);

} // namespace saasodoo::postgres
