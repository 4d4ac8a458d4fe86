// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/passfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace saasodoo::postgres;

class TestPassFile : public QObject
{
    Q_OBJECT

private slots:
    void escapesSeparators()
    {
        QCOMPARE(escapePassFileField(QStringLiteral("a:b\\c")), QStringLiteral("a\\:b\\\\c"));
        QCOMPARE(escapePassFileField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void fileIsPrivateAndRemoved()
    {
        QString path;
        {
            PgEndpoint endpoint { QStringLiteral("db.example"), 5433, QStringLiteral("console") };
            auto file = PassFile::create(endpoint, QStringLiteral("pa:ss"), PassFile::Storage::File);
            QVERIFY2(file.ok(), qPrintable(file.error()));
            path = file.value()->path();
            const QFileDevice::Permissions permissions = QFile::permissions(path);
            QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
            QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));
            QFile content(path);
            QVERIFY(content.open(QIODevice::ReadOnly));
            QCOMPARE(content.readAll(), QByteArray("db.example:5433:*:console:pa\\:ss\n"));

            const QProcessEnvironment env = file.value()->environment(QProcessEnvironment());
            QCOMPARE(env.value(QStringLiteral("PGPASSFILE")), path);
            QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
        }
        QVERIFY(!QFile::exists(path));
    }

    void leftoverOfDeadProcessIsRemoved()
    {
        PgEndpoint endpoint { QStringLiteral("db.example"), 5433, QStringLiteral("console") };
        auto first = PassFile::create(endpoint, QStringLiteral("first"), PassFile::Storage::File);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QString directory = QFileInfo(first.value()->path()).absolutePath();
        // Only the owner may enter the directory.
        const QFileDevice::Permissions permissions = QFile::permissions(directory);
        QVERIFY(permissions.testFlag(QFileDevice::ExeOwner));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                      | QFileDevice::ExeOther)));

        // A file named for a process that has exited, as a killed backup leaves it.
        QProcess exited;
        exited.start(QStringLiteral("true"), {});
        QVERIFY(exited.waitForStarted());
        const qint64 deadPid = exited.processId();
        QVERIFY(exited.waitForFinished());
        const QString leftover = QStringLiteral("%1/pgpass-%2-Ab12Cd").arg(directory).arg(deadPid);
        QFile orphan(leftover);
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("db.example:5433:*:console:left-behind\n");
        orphan.close();

        auto second = PassFile::create(endpoint, QStringLiteral("second"), PassFile::Storage::File);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!QFile::exists(leftover));
        // Files of live processes, this one included, stay.
        QVERIFY(QFile::exists(first.value()->path()));
        QVERIFY(QFile::exists(second.value()->path()));
    }

    void memoryFileReachesPreparedChildOnly()
    {
#ifndef Q_OS_LINUX
        QSKIP("The password file is kept in memory on Linux only.");
#endif
        PgEndpoint endpoint { QStringLiteral("db.example"), 5433, QStringLiteral("console") };
        auto onDisk = PassFile::create(endpoint, QStringLiteral("disk"), PassFile::Storage::File);
        QVERIFY2(onDisk.ok(), qPrintable(onDisk.error()));
        const QDir directory = QFileInfo(onDisk.value()->path()).absoluteDir();
        const QString ownFiles = QStringLiteral("pgpass-%1-*").arg(QCoreApplication::applicationPid());
        const qsizetype filesBefore = directory.entryList({ ownFiles }, QDir::Files).size();

        auto file = PassFile::create(endpoint, QStringLiteral("in:memory"));
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(file.value()->inMemory());
        QVERIFY2(file.value()->path().startsWith(QLatin1String("/dev/fd/")), qPrintable(file.value()->path()));
        // Nothing on disk, so a SIGKILL leaves nothing behind.
        QCOMPARE(directory.entryList({ ownFiles }, QDir::Files).size(), filesBefore);
        // libpq reads it only as a regular file that group and others cannot read.
        const QFileInfo info(file.value()->path());
        QVERIFY(info.isFile());
        QVERIFY(!(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        const QStringList printFile { QStringLiteral("-c"), QStringLiteral("cat \"$PGPASSFILE\"") };
        QProcess prepared;
        file.value()->prepare(prepared, QProcessEnvironment::systemEnvironment());
        prepared.start(QStringLiteral("sh"), printFile);
        QVERIFY(prepared.waitForFinished());
        QCOMPARE(prepared.readAllStandardOutput(), QByteArray("db.example:5433:*:console:in\\:memory\n"));

        // A child started without prepare() does not inherit the descriptor.
        QProcess other;
        other.setProcessEnvironment(file.value()->environment());
        other.start(QStringLiteral("sh"), printFile);
        QVERIFY(other.waitForFinished());
        QVERIFY(other.readAllStandardOutput().isEmpty());
        QVERIFY(other.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestPassFile)
#include "tst_passfile.moc"
