// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/passfile.h"

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
            auto file = PassFile::create(endpoint, QStringLiteral("pa:ss"));
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
        auto first = PassFile::create(endpoint, QStringLiteral("first"));
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

        auto second = PassFile::create(endpoint, QStringLiteral("second"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!QFile::exists(leftover));
        // Files of live processes, this one included, stay.
        QVERIFY(QFile::exists(first.value()->path()));
        QVERIFY(QFile::exists(second.value()->path()));
    }
};

QTEST_GUILESS_MAIN(TestPassFile)
#include "tst_passfile.moc"
