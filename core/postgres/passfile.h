// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <functional>
#include <memory>

class QProcess;

namespace saasodoo::postgres {

// A libpq password file (mode 0600) for one child process such as pg_dump
// or psql, so the password never appears in its argument list or in the
// console's own environment.
//
// On Linux the file lives in memory only (memfd_create), and the child
// reads it as /dev/fd/<n> through a descriptor it inherits. libpq accepts
// it because it is a regular file of mode 0600, and nothing is left on disk
// when this process is killed. Elsewhere, or with Storage::File, it is a
// file in a directory only this user can enter, deleted with this object.
// A file left by a killed process is removed by the next create().
class PassFile
{
public:
    enum class Storage { Memory, File };

    static Result<std::unique_ptr<PassFile>> create(const PgEndpoint &endpoint, const QString &password,
        Storage storage = Storage::Memory);
    ~PassFile();
    PassFile(const PassFile &) = delete;
    PassFile &operator=(const PassFile &) = delete;

    // The name PGPASSFILE gets: /dev/fd/<n> in memory, else the file's path.
    QString path() const;
    bool inMemory() const { return m_descriptor >= 0; }

    // `base` plus PGPASSFILE pointing at this file, for QProcess.
    QProcessEnvironment environment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const;

    // Sets `process`'s environment to environment(base) and keeps the
    // in-memory file's descriptor open in the child. `childSetup`, when
    // given, also runs in the child between fork and exec, so it may call
    // async-signal-safe functions only. Call before QProcess::start().
    void prepare(QProcess &process, const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
        std::function<void()> childSetup = {}) const;

private:
    PassFile() = default;
    int m_descriptor = -1; // the memfd; -1 for a file on disk
    QTemporaryFile m_file;
};

// Escapes ':' and '\' as the password file format requires.
QString escapePassFileField(const QString &field);

} // namespace saasodoo::postgres
